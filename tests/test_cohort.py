"""The demo's synthetic cohort is deterministic and covers every lab letter from blank to perfect."""
import nbformat
from nbformat.v4 import new_notebook

from grader.authoring.wrong_answers import WrongAnswer
from grader.demo.cohort import Student, submit, synthetic_cohort

from .builders import solution_cell

QUESTIONS = [("lab1", "basic-a"), ("lab1", "basic-b"), ("lab1", "advanced-c"), ("lab2", "basic-d")]


def test_cohort_is_the_same_on_every_run():
    assert synthetic_cohort(QUESTIONS) == synthetic_cohort(QUESTIONS)


def test_cohort_spans_perfect_to_blank():
    cohort = {s.id: s for s in synthetic_cohort(QUESTIONS, size=12)}
    assert len(cohort) == 12
    assert cohort["perfect"].wrong == frozenset() and not cohort["perfect"].blank
    assert cohort["blank"].blank
    assert cohort["late"].late == {"lab1"}
    assert cohort["basics_only"].wrong == {("lab1", "advanced-c")}
    assert cohort["half_basics"].wrong == {("lab1", "advanced-c"), ("lab1", "basic-a")}


def test_submission_carries_the_wrong_answers_and_the_timestamp(tmp_path):
    cell = solution_cell("x = 1", "a-solution")
    (tmp_path / "source" / "lab1").mkdir(parents=True)
    nbformat.write(new_notebook(cells=[cell]), tmp_path / "source" / "lab1" / "nb.ipynb")
    wrong = {"basic-a": [WrongAnswer("nb", "basic-a", "zero", "a-solution", "x = 0\n", None)]}
    student = Student("s1", wrong=frozenset({("lab1", "basic-a"), ("lab2", "basic-a")}))
    folder = submit(tmp_path, "lab1", student, wrong, "2026-12-05 01:00:00+01:00")
    assert nbformat.read(folder / "nb.ipynb", as_version=4).cells[0].source == "x = 0\n"
    assert (folder / "timestamp.txt").read_text() == "2026-12-05 01:00:00+01:00"
