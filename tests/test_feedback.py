"""Students' feedback shows their scores and lab letter, but never the hidden tests."""
import html
import re

import nbformat
import pytest

from grader.course.nbgrader_apps import run_nbgrader
from grader.course.release import release

from .builders import make_course
from .tiny_course import double_notebook

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def feedback(tmp_path_factory):
    """ada's feedback on a submission whose answer passes the visible test and fails the hidden one."""
    course = make_course(tmp_path_factory.mktemp("feedback") / "course", "labx", {"nb": double_notebook()},
                         due="2026-12-04T23:59:00+01:00")
    release(course)
    wrong = double_notebook()
    wrong.cells[0].source = "def double(x):\n    return 4 if x == 2 else 0\n"
    (course / "submitted" / "ada" / "labx").mkdir(parents=True)
    nbformat.write(wrong, course / "submitted" / "ada" / "labx" / "nb.ipynb")
    run_nbgrader(course, "autograde", "labx")
    run_nbgrader(course, "generate_feedback", "labx")
    page = (course / "feedback" / "ada" / "labx" / "nb.html").read_text()
    return {"course": course, "page": page, "text": html.unescape(re.sub(r"<[^>]+>", "", page[page.index("<body"):]))}


def test_feedback_hides_the_hidden_tests_even_when_they_fail(feedback):
    autograded = (feedback["course"] / "autograded" / "ada" / "labx" / "nb.ipynb").read_text()
    assert "double(5) == 10" in autograded, "the hidden test ran and failed"
    assert "double(5)" not in feedback["page"]
    assert "AssertionError" in feedback["text"] and "assert double(2) == 4" in feedback["text"]


def test_feedback_starts_with_the_lab_letter_and_what_is_missing(feedback):
    text = feedback["text"]
    summary = text[text.index("Your lab letter"):text.index("def double")]
    assert "Your lab letter for labx so far: E" in summary
    assert "0 of 2 basic questions" in summary
    assert "Still missing, basic: basic-double (nb)" in summary
    assert "Awaiting grading by hand: basic-why (nb)" in summary
    assert "For a D: 1 more basic question." in summary
