"""The instructor's journey after `grader demo`: formgrader lists the labs, a written answer is graded by
hand, and the reports (grades with the item analysis, similarity) read in the browser."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from nbgrader.api import Gradebook
from playwright.sync_api import expect

from grader.course.layout import labs

from ..conftest import ROOT
from .jupyter import jupyter_lab, shot

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("instructor")]  # one worker: the demo is made once

STUDENTS = 6  # the smallest cohort of `grader demo` with a copier (grader.demo.cohort)
LAB, NOTEBOOK = "lab1", "linear_algebra"
SCORE = 1  # the score the instructor gives the written answer
# A markdown cell of the notebook with inline math ($\mathbf{x} = (x_1, x_2, \dots, x_n)^T$ and more): its heading.
MATH_CELL = "1. Vectors, matrices and tensors"


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


def assert_math_is_typeset(page) -> None:
    """MathJax has typeset the formulas of the formgrade page's ``MATH_CELL``: no raw ``$...$`` is left."""
    cell = page.locator(".text_cell_render", has=page.get_by_role("heading", name=MATH_CELL))
    # MathJax 2's output (HTML-CSS), or 3's; loading and typesetting it may take a while on a busy machine
    expect(cell.locator(".MathJax, mjx-container").first).to_be_visible(timeout=30_000)
    page.evaluate("() => new Promise(done => MathJax.Hub.Queue(done))")  # MathJax 2: every typeset is done
    assert cell.locator("script[type^='math/tex']").count() >= 5  # the cell's formulas, as MathJax keeps them
    text = cell.inner_text()
    assert "$" not in text and "\\mathbf" not in text, f"raw TeX left in the cell:\n{text}"
    expect(page.locator(".MathJax_Error, merror")).to_have_count(0)
    # When MathJax has started, formgrade.js sets MathJax.loaded and scrolls to its first input (a 500 ms jQuery
    # animation, which would undo a scroll of ours); then show the cell.
    page.wait_for_function("() => MathJax.loaded === true && !jQuery('html, body').is(':animated')")
    cell.evaluate("cell => cell.scrollIntoView({block: 'center'})")


def test_instructor_grades_a_written_answer_in_formgrader(page, formgrader, demo):
    student, grade_id = awaiting_grade(demo)
    requests, failures = [], []  # formgrader, MathJax included, must come from this server alone (no CDN)
    page.on("request", lambda request: requests.append(request.url)
            if not request.url.startswith(("about:", "data:", "blob:")) else None)  # these never leave the browser
    page.on("response", lambda response: failures.append(f"{response.status} {response.url}")
            if response.status >= 400 and "/static/jupyter_server_mathjax/" in response.url else None)

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
    assert_math_is_typeset(page)
    shot(page, "instructor-3-math")
    page.locator("div.nbgrader_cell", has=score).scroll_into_view_if_needed()
    with page.expect_response(lambda r: "/formgrader/api/grade/" in r.url and r.request.method == "PUT") as saved:
        score.fill(str(SCORE))
        score.press("Tab")
    assert saved.value.ok
    expect(score).not_to_have_class(re.compile("needs_manual_grade"))
    shot(page, "instructor-4-graded")
    assert manual_score(demo, student, grade_id) == SCORE
    assert [url for url in requests if not url.startswith(f"{formgrader.base}/")] == []
    assert failures == []  # e.g. a MathJax font or extension that the package does not ship


def test_instructor_reads_the_grade_and_similarity_reports(page, demo):
    """report.html shows the item analysis; similarity-lab1.html ranks the demo's copier first and opens
    the pair's code side by side with the shared regions marked."""
    page.goto((demo / "reports" / "report.html").as_uri())
    expect(page.get_by_role("heading", name="Item analysis")).to_be_visible()
    plots = page.locator("img[alt^='Difficulty and discrimination']")
    expect(plots).to_have_count(len(labs(ROOT)))
    assert all(plots.nth(i).evaluate("img => img.naturalWidth > 0") for i in range(plots.count()))
    page.get_by_role("heading", name="Item analysis").scroll_into_view_if_needed()
    shot(page, "instructor-5-item-analysis")

    page.goto((demo / "reports" / f"similarity-{LAB}.html").as_uri())
    first = page.locator("tr", has=page.locator("td")).first
    expect(first.locator("td").nth(2)).to_have_text("late")
    expect(first.locator("td").nth(3)).to_have_text("student01")
    expect(first.locator("td").nth(4)).to_contain_text("1.00")
    shot(page, "instructor-6-similarity")
    first.get_by_role("link").click()
    pair = page.locator("section#pair-1")
    expect(pair.locator("mark").first).to_be_visible()
    assert pair.locator("pre").count() >= 2 and pair.locator("mark").count() > 0
    shot(page, "instructor-7-similarity-pair")

