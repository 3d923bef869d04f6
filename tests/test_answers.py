"""Answers (wrong and right) are read strictly and batched one per question and cell."""
import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from grader.authoring.answers import Answer, apply_answers, load_answers, rounds
from grader.errors import GraderError


def answer(question, label, cell):
    return Answer("nb", question, label, cell, "x = 0\n", None)


def write(tmp_path, name, text):
    folder = tmp_path / "tests" / "wrong_answers" / "nb"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text)


def test_rounds_hold_one_answer_per_question():
    answers = [answer("basic-a", "1", "a-solution"), answer("basic-a", "2", "a-solution"),
               answer("basic-b", "1", "b-solution"), answer("basic-b", "2", "b-solution"),
               answer("basic-b", "3", "b-solution")]
    batches = rounds(answers)
    assert [[(a.question, a.label) for a in b] for b in batches] == [
        [("basic-a", "1"), ("basic-b", "1")], [("basic-a", "2"), ("basic-b", "2")], [("basic-b", "3")]]


def test_rounds_never_put_two_answers_in_one_cell():
    batches = rounds([answer("basic-a", "1", "shared"), answer("advanced-b", "1", "shared")])
    assert len(batches) == 2


def test_file_is_read_with_its_question_and_cell(tmp_path):
    write(tmp_path, "basic-double.adds.py", "# cell: double-solution\ndef double(x):\n    return x + 2\n")
    [loaded] = load_answers(tmp_path, "nb")
    assert (loaded.question, loaded.label, loaded.cell) == ("basic-double", "adds", "double-solution")
    assert loaded.source == "def double(x):\n    return x + 2\n"


@pytest.mark.parametrize("name, text, complaint", [
    ("basic-double.py", "# cell: x\n", "<tier>-<question>.<label>.py"),
    ("easy-double.one.py", "# cell: x\n", "does not follow"),
    ("basic-double.one.py", "def double(x): ...\n", "first line"),
])
def test_malformed_file_is_named_in_the_error(tmp_path, name, text, complaint):
    write(tmp_path, name, text)
    with pytest.raises(GraderError, match=complaint) as error:
        load_answers(tmp_path, "nb")
    assert name in str(error.value)


def test_applying_to_a_missing_solution_cell_fails_clearly():
    nb = new_notebook(cells=[new_code_cell("x = 1", metadata={"nbgrader": {"grade_id": "x", "solution": False}})])
    with pytest.raises(GraderError, match="no solution cell 'x'"):
        apply_answers(nb, [answer("basic-x", "1", "x")])


def test_applying_leaves_the_original_untouched():
    nb = new_notebook(cells=[new_code_cell("x = 1", metadata={"nbgrader": {"grade_id": "x", "solution": True}})])
    changed = apply_answers(nb, [answer("basic-x", "1", "x")])
    assert changed.cells[0].source == "x = 0\n" and nb.cells[0].source == "x = 1"
    assert isinstance(changed, nbformat.NotebookNode)
