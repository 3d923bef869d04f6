"""The instructor's journey after `grader demo`: formgrader lists the labs, and a written answer is graded by hand."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from nbgrader.api import Gradebook
from playwright.sync_api import expect

from grader.course import labs

from ..conftest import ROOT
from .jupyter import jupyter_lab, shot

pytestmark = pytest.mark.browser

STUDENTS = 5  # the smallest cohort `grader demo` makes
LAB, NOTEBOOK = "lab1", "linear_algebra"
SCORE = 1  # the score the instructor gives the written answer


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """The demo course made by `grader demo` with the smallest cohort."""
    out = tmp_path_factory.mktemp("instructor") / "demo"
    bin_dir = Path(sys.executable).parent
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}")  # nbgrader runs alembic from PATH
    result = subprocess.run([bin_dir / "grader", "demo", "--out", out, "--students", str(STUDENTS)],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, f"grader demo failed:\n{result.stdout}\n{result.stderr}"
    return out


@pytest.fixture(scope="module")
def formgrader(demo, tmp_path_factory):
    """JupyterLab over the demo course."""
    with jupyter_lab(demo, tmp_path_factory.mktemp("formgrader_lab")) as lab:
        yield lab


def awaiting_grade(course: Path) -> tuple[str, str]:
    """(student, grade_id) of the written answer in the notebook that awaits a grade by hand."""
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        for submission in gradebook.notebook_submissions(NOTEBOOK, LAB):
            for grade in submission.grades:
                if grade.cell.cell_type == "markdown" and grade.needs_manual_grade:
                    return submission.student.id, grade.name
    pytest.fail(f"the demo left no written answer in {LAB}/{NOTEBOOK} to grade by hand")


def manual_score(course: Path, student: str, grade_id: str) -> float | None:
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        return gradebook.find_grade(grade_id, NOTEBOOK, LAB, student).manual_score


def test_instructor_grades_a_written_answer_in_formgrader(page, formgrader, demo):
    """One test, so that the demo is made once even where xdist does not keep a group on one worker."""
    student, grade_id = awaiting_grade(demo)

    page.goto(formgrader.url("formgrader"))
    rows = page.locator("tr", has=page.locator("td.name"))
    expect(rows.locator("td.name")).to_have_text(labs(ROOT))
    expect(rows.locator("td.num-submissions")).to_have_text([str(STUDENTS)] * len(labs(ROOT)))
    shot(page, "instructor-1-manage-assignments")

    page.get_by_role("link", name="Manual Grading").click()
    page.get_by_role("link", name=LAB, exact=True).click()
    page.get_by_role("link", name=NOTEBOOK, exact=True).click()
    expect(page.get_by_role("link", name=re.compile(r"^Submission #"))).to_have_count(STUDENTS)
    awaiting = page.locator("tr", has=page.locator("td.needs-manual-grade[data-order='1']"))
    expect(awaiting).to_have_count(1)  # the demo leaves one student's written answers for the instructor
    shot(page, "instructor-2-submissions")
    awaiting.get_by_role("link", name=re.compile(r"^Submission #")).click()
    score = page.locator(f"input.score#{grade_id}")
    expect(score).to_have_class(re.compile("needs_manual_grade"))
    page.locator("div.nbgrader_cell", has=score).scroll_into_view_if_needed()
    with page.expect_response(lambda r: "/formgrader/api/grade/" in r.url and r.request.method == "PUT") as saved:
        score.fill(str(SCORE))
        score.press("Tab")
    assert saved.value.ok
    expect(score).not_to_have_class(re.compile("needs_manual_grade"))
    shot(page, "instructor-3-graded")
    assert manual_score(demo, student, grade_id) == SCORE
