"""Students' feedback shows their scores but never the hidden tests."""
import html
import re

import nbformat

from grader.nbgrader_run import run_nbgrader
from grader.release import release

from .tiny_course import double_notebook, make_course


def test_feedback_hides_the_hidden_tests_even_when_they_fail(tmp_path):
    course = make_course(tmp_path / "course", "labx", {"nb": double_notebook()}, due="2026-12-04T23:59:00+01:00")
    release(course)
    wrong = double_notebook()
    wrong.cells[0].source = "def double(x):\n    return 4 if x == 2 else 0\n"
    (course / "submitted" / "ada" / "labx").mkdir(parents=True)
    nbformat.write(wrong, course / "submitted" / "ada" / "labx" / "nb.ipynb")
    run_nbgrader(course, "autograde", "labx")
    run_nbgrader(course, "generate_feedback", "labx")
    page = (course / "feedback" / "ada" / "labx" / "nb.html").read_text()
    text = html.unescape(re.sub(r"<[^>]+>", "", page[page.index("<body"):]))
    autograded = (course / "autograded" / "ada" / "labx" / "nb.ipynb").read_text()
    assert "double(5) == 10" in autograded, "the hidden test ran and failed"
    assert "double(5)" not in page
    assert "AssertionError" in text and "assert double(2) == 4" in text
