"""Everyday damage to a submitted notebook is repaired so that the answers are graded, and named."""
import copy

import pytest

from grader.autograde.repair import (merge_repeated_cells, renamed_notebooks, renew_repeated_cell_ids,
                                     repair_notebook, restore_deleted_locked_cells, restore_stripped_metadata)

from .builders import cell, locked_cell, notebook, solution_cell, test_cell

STUB = "def square(x):\n    # YOUR CODE HERE\n    raise NotImplementedError()"
ANSWER = "def square(x):\n    return x * x"


def release():
    """A released notebook: instructions, given code, an answer to write, its test, a written answer."""
    return notebook(
        locked_cell("# Squares", "intro", kind="markdown"),
        locked_cell("import math", "setup"),
        solution_cell(STUB, "square"),
        test_cell("assert square(3) == 9", "test_square"),
        cell("markdown", "YOUR ANSWER HERE", "why", solution=True, grade=True, points=1),
    )


def submitted():
    nb = release()
    nb.cells[2].source = ANSWER
    nb.cells[4].source = "Because squaring is multiplying a number by itself."
    return nb


def grade_ids(nb):
    return [c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells]


def test_an_undamaged_notebook_is_left_as_it_is():
    nb = submitted()
    before = copy.deepcopy(nb)
    assert repair_notebook(nb, release()) == []
    assert nb == before


def test_a_pasted_test_cell_leaves_the_first_copy_graded():
    nb = submitted()
    nb.cells.insert(4, copy.deepcopy(nb.cells[3]))
    notes = merge_repeated_cells(nb)
    assert grade_ids(nb) == ["intro", "setup", "square", "test_square", None, "why"]
    assert nb.cells[4].source == "assert square(3) == 9" and notes == [
        "locked cell test_square was in 2 cells (split or pasted): the first copy is graded"]


def test_a_split_solution_cell_runs_all_its_parts_in_order():
    nb = submitted()
    first, second = copy.deepcopy(nb.cells[2]), copy.deepcopy(nb.cells[2])  # JupyterLab keeps metadata and id
    first.source, second.source = "def square(x):", "    return x * x"
    nb.cells[2:3] = [first, second]
    notes = repair_notebook(nb, release())
    assert nb.cells[2].source == "def square(x):\n    return x * x"  # compiles again, as before the split
    assert grade_ids(nb) == ["intro", "setup", "square", "test_square", "why"]
    assert notes == ["solution cell square was in 2 cells (split or pasted): graded on all its parts, in order"]


def test_a_pasted_solution_cell_runs_in_place_after_the_first():
    nb = submitted()
    pasted = copy.deepcopy(nb.cells[2])
    pasted.source, pasted.id = "def square(x):\n    return x ** 2", "pasted1"
    nb.cells.insert(4, pasted)
    repair_notebook(nb, release())
    assert grade_ids(nb) == ["intro", "setup", "square", "test_square", None, "why"]
    assert [c.source for c in nb.cells[2:5:2]] == [ANSWER, "def square(x):\n    return x ** 2"]


def test_repeated_ids_of_plain_cells_are_renewed():
    nb = submitted()
    nb.cells.append(cell("code", "x = 1", "scratch"))
    del nb.cells[-1].metadata["nbgrader"]
    nb.cells[-1].id = nb.cells[0].id
    assert repair_notebook(nb, release()) == ["1 cells repeated another cell's id: given ids of their own"]


def test_a_split_written_answer_is_graded_as_one():
    nb = submitted()
    second = copy.deepcopy(nb.cells[4])
    nb.cells[4].source, second.source = "Because squaring", "is multiplying a number by itself."
    nb.cells.append(second)
    merge_repeated_cells(nb)
    assert grade_ids(nb) == ["intro", "setup", "square", "test_square", "why"]
    assert nb.cells[4].source == "Because squaring\n\nis multiplying a number by itself."


def test_stripped_metadata_is_matched_back_to_the_release():
    nb = submitted()
    for c in nb.cells:
        del c.metadata["nbgrader"]
    nb.cells.insert(3, cell("code", "print(square(4))  # trying it out", "scratch"))
    del nb.cells[3].metadata["nbgrader"]
    notes = restore_stripped_metadata(nb, release())
    assert grade_ids(nb) == ["intro", "setup", "square", None, "test_square", "why"]
    assert nb.cells[2].source == ANSWER and nb.cells[2].metadata.nbgrader == release().cells[2].metadata.nbgrader
    assert notes == ["the nbgrader metadata of 5 cells was missing (an editor removed it): matched back to the "
                     "release's cells intro, setup, square, test_square, why"]


def test_a_deleted_test_cell_is_restored_where_it_was():
    nb = submitted()
    del nb.cells[3]
    notes = restore_deleted_locked_cells(nb, release())
    assert grade_ids(nb) == ["intro", "setup", "square", "test_square", "why"]
    assert nb.cells[3].source == "assert square(3) == 9" and nb.cells[3].outputs == []
    assert notes == ["test cell test_square was deleted: restored from the release and run"]


def test_a_deleted_written_answer_is_not_invented():
    nb = submitted()
    del nb.cells[4]
    assert restore_deleted_locked_cells(nb, release()) == []
    assert "why" not in grade_ids(nb)


def test_repeated_cell_ids_are_renewed_and_others_kept():
    nb = submitted()
    nb.cells[3].id = nb.cells[2].id
    kept = [c.id for c in nb.cells]
    assert renew_repeated_cell_ids(nb) == ["1 cells repeated another cell's id: given ids of their own"]
    assert [c.id for c in nb.cells][:3] == kept[:3] and nb.cells[3].id not in kept


LAB = ["linear_algebra", "probability", "mle_cross_entropy"]


@pytest.mark.parametrize("name", ["linear_algebra (1)", "linear_algebra(2)", "linear_algebra-1", "linear_algebra-Copy1",
                                  "Copy of linear_algebra", "Copy of linear_algebra (1)", "linear_algebra copy"])
def test_a_browser_renamed_notebook_is_matched_to_its_lab_name(name):
    renames, notes = renamed_notebooks([name, "probability"], LAB)
    assert renames == {name: "linear_algebra"}
    assert notes == [f"{name}.ipynb was graded as linear_algebra.ipynb (the file was renamed)"]


def test_a_renamed_copy_next_to_the_original_is_not_graded_in_its_place():
    assert renamed_notebooks(["linear_algebra", "linear_algebra (1)"], LAB) == ({}, [])


def test_two_candidates_for_one_notebook_are_named_and_neither_is_graded():
    renames, notes = renamed_notebooks(["linear_algebra (1)", "linear_algebra (2)"], LAB)
    assert renames == {} and notes == [
        "linear_algebra (1).ipynb, linear_algebra (2).ipynb could each be linear_algebra.ipynb: none was graded as it"]


def test_an_unrelated_file_name_is_left_alone():
    assert renamed_notebooks(["my notes", "probability (1)x"], LAB) == ({}, [])
