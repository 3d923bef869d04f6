"""The harness itself can fail: each kind of defect in a notebook's tests is reported, and only those."""
import shutil

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from grader.prove import prove

from .conftest import ROOT

SOLUTION = "def double(x):\n    ### BEGIN SOLUTION\n    return 2 * x\n    ### END SOLUTION"


def cell(kind, source, grade_id, **nbgrader):
    meta = {"grade": False, "solution": False, "locked": False, "schema_version": 3, "task": False,
            "grade_id": grade_id, **nbgrader}
    make = new_code_cell if kind == "code" else new_markdown_cell
    return make(source, metadata={"nbgrader": meta})


def notebook(*cells):
    nb = new_notebook(cells=list(cells))
    nb.metadata.kernelspec = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    return nb


def test_cell(source, grade_id):
    return cell("code", source, grade_id, grade=True, locked=True, points=1)


test_cell.__test__ = False


@pytest.fixture(scope="module")
def proof(tmp_path_factory):
    course = tmp_path_factory.mktemp("course")
    shutil.copy(ROOT / "nbgrader_config.py", course)
    (course / "source" / "labx").mkdir(parents=True)
    good = notebook(cell("code", SOLUTION, "double-solution", solution=True),
                    test_cell("assert double(2) == 4\n### BEGIN HIDDEN TESTS\nassert double(5) == 10\n### END HIDDEN TESTS", "basic-double"),
                    cell("markdown", "Why?\n### BEGIN SOLUTION\nBecause.\n### END SOLUTION", "basic-why",
                         grade=True, solution=True, points=1))
    bad = notebook(cell("code", SOLUTION, "twice-solution", solution=True),
                   test_cell("assert double(3) == 6", "basic-twice"),
                   test_cell("assert True", "basic-leaky"),
                   test_cell("assert double(2) == 5", "advanced-broken"),
                   test_cell("assert double(1) == 2", "easy-badly_named"))
    bad.cells[0].execution_count = 3
    nbformat.write(good, course / "source" / "labx" / "good.ipynb")
    nbformat.write(bad, course / "source" / "labx" / "bad.ipynb")
    wrong = {
        "good/basic-double.adds.py": "# cell: double-solution\ndef double(x):\n    return x + 2\n",
        "good/basic-double.zero.py": "# cell: double-solution\ndef double(x):\n    return 0\n",
        "bad/basic-twice.same.py": "# cell: twice-solution\ndef double(x):\n    return x + x\n",
        "bad/basic-twice.zero.py": "# cell: twice-solution\ndef double(x):\n    return 0\n",
    }
    for name, text in wrong.items():
        path = course / "tests" / "wrong_answers" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return prove(course, "labx")


def test_a_sound_notebook_raises_no_problem(proof):
    assert not [p for kind in proof.problems.values() for p in kind if "good" in p]


def test_outputs_left_in_a_source_notebook_are_reported(proof):
    assert any("bad.ipynb: cell 0" in p for p in proof.problems["outputs"])


def test_a_grade_id_without_tier_is_reported(proof):
    assert any("easy-badly_named" in p for p in proof.problems["grade ids"])


def test_a_test_the_solution_fails_is_reported(proof):
    assert proof.problems["solution"] == ["bad: advanced-broken: the solution gets 0 of 1"]


def test_a_test_the_blank_release_passes_is_reported(proof):
    assert proof.problems["release"] == ["bad: basic-leaky: the blank release gets 1 of 1"]


def test_a_wrong_answer_that_passes_is_reported(proof):
    assert any("basic-twice.same.py: this wrong answer gets full marks" in p for p in proof.problems["wrong answers"])


def test_a_question_with_too_few_wrong_answers_is_reported(proof):
    assert any("basic-leaky has 0 wrong answers" in p for p in proof.problems["wrong answers"])
