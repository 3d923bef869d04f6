"""The harness itself can fail: each kind of defect in a notebook's tests is reported, and only those."""
import pytest

from grader.prove import prove

from .tiny_course import DOUBLE, cell, double_notebook, make_course, notebook, test_cell


@pytest.fixture(scope="module")
def proof(tmp_path_factory):
    bad = notebook(cell("code", DOUBLE, "twice-solution", solution=True),
                   test_cell("assert double(3) == 6", "basic-twice"),
                   test_cell("assert True", "basic-leaky"),
                   test_cell("assert double(2) == 5", "advanced-broken"),
                   test_cell("assert double(1) == 2", "easy-badly_named"))
    bad.cells[0].execution_count = 3
    course = make_course(tmp_path_factory.mktemp("course"), "labx", {"good": double_notebook(), "bad": bad})
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
