"""The harness itself can fail: each kind of defect in a notebook's tests is reported, and only those."""
import pytest

from grader.authoring.prove import prove

from .builders import cell, make_course, notebook, test_cell
from .tiny_course import DOUBLE, double_notebook

pytestmark = pytest.mark.slow


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
    right = {
        "good/basic-double.product.py": "# cell: double-solution\ndef double(x):\n    return 2 * x\n",
        "bad/basic-twice.not_right.py": "# cell: twice-solution\ndef double(x):\n    return x + 2\n",
    }
    for kind, answers in (("wrong_answers", wrong), ("right_answers", right)):
        for name, text in answers.items():
            path = course / "tests" / kind / name
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


def test_a_right_answer_short_of_full_marks_is_reported(proof):
    assert len(proof.right_submissions) == 1  # both right answers in one round
    [problem] = proof.problems["right answers"]
    assert problem.endswith("basic-twice.not_right.py: this right answer gets 0 of 1")


def test_a_question_with_too_few_wrong_answers_is_reported(proof):
    assert any("basic-leaky has 0 wrong answers" in p for p in proof.problems["wrong answers"])


def test_each_finds_a_weak_test_that_another_wrong_answer_hides(tmp_path):
    """quadruple's test is weak: its wrong answer passes with the right double. In a round it meets
    double's wrong answer, which breaks it, so only a proof that submits each wrong answer alone sees it."""
    quadruple = "def quadruple(x):\n    ### BEGIN SOLUTION\n    return double(double(x))\n    ### END SOLUTION"
    nb = notebook(cell("code", DOUBLE, "double-solution", solution=True),
                  test_cell("assert double(2) == 4\nassert double(5) == 10", "basic-double"),
                  cell("code", quadruple, "quadruple-solution", solution=True),
                  test_cell("assert quadruple(1) == 4", "basic-quadruple"))
    course = make_course(tmp_path / "course", "labx", {"nb": nb})
    wrong = {"basic-double.adds.py": "# cell: double-solution\ndef double(x):\n    return x + 2\n",
             "basic-double.zero.py": "# cell: double-solution\ndef double(x):\n    return 0\n",
             "basic-quadruple.sum.py": "# cell: quadruple-solution\ndef quadruple(x):\n    return double(x) + double(x) if x == 1 else 0\n",
             "basic-quadruple.zero.py": "# cell: quadruple-solution\ndef quadruple(x):\n    return 0\n"}
    for name, text in wrong.items():
        path = course / "tests" / "wrong_answers" / "nb" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    assert prove(course, "labx").problems["wrong answers"] == []
    problems = prove(course, "labx", each=True).problems["wrong answers"]
    assert [p.split("/")[-1] for p in problems] == ["basic-quadruple.sum.py: this wrong answer gets full marks (1 of 1)"]
