"""The student's journey in JupyterLab: open a released lab1 notebook, run it, and validate it unsolved, then solved."""
import re

import nbformat
import pytest
from playwright.sync_api import expect

from ..conftest import ROOT
from .jupyter import KERNEL_WORK, idle_kernel, jupyter_lab, shot

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("student_journey")]

NOTEBOOK = "linear_algebra.ipynb"  # the smallest lab1 notebook
RELEASED = ROOT / "release" / "lab1" / NOTEBOOK
SOURCE = ROOT / "source" / "lab1" / NOTEBOOK
# Every code cell has run, or Run All stopped at an error: no cell waits ([*]) and one has an execution count.
RUN_ALL_DONE = """() => {
  const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')].map(p => p.textContent);
  return prompts.some(p => /\\[\\d+\\]/.test(p)) && !prompts.some(p => p.includes('*'));
}"""


def solved(notebook: nbformat.NotebookNode, source: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The released ``notebook`` with each solution cell's source copied from ``source`` by grade_id."""
    solutions = {cell.metadata.nbgrader["grade_id"]: cell.source
                 for cell in source.cells if cell.metadata.get("nbgrader", {}).get("solution")}
    for cell in notebook.cells:
        if cell.metadata.get("nbgrader", {}).get("solution"):
            cell.source = solutions[cell.metadata.nbgrader["grade_id"]]
    return notebook


def released() -> nbformat.NotebookNode:
    assert RELEASED.exists(), f"{RELEASED} is missing: run `make release`"
    return nbformat.read(RELEASED, as_version=4)


@pytest.fixture(scope="module")
def student(tmp_path_factory):
    """JupyterLab over the student's own folder; each test puts its version of the notebook there."""
    with jupyter_lab(tmp_path_factory.mktemp("student"), tmp_path_factory.mktemp("student_lab")) as lab:
        yield lab


def open_and_run_all(page, lab, notebook: nbformat.NotebookNode, step: str) -> None:
    """Save ``notebook`` in the student's folder, open it on a fresh kernel, and Run All Cells from the Run menu."""
    lab.shutdown_kernels()
    nbformat.write(notebook, lab.root_dir / NOTEBOOK)
    page.goto(lab.url(f"lab/tree/{NOTEBOOK}"))
    page.wait_for_selector(".jp-Notebook")
    expect(idle_kernel(page)).to_be_visible(timeout=KERNEL_WORK)
    shot(page, f"student-{step}-1-opened")
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name=re.compile("^Run All Cells")).click()
    page.wait_for_function(RUN_ALL_DONE, timeout=KERNEL_WORK)
    expect(idle_kernel(page)).to_be_visible(timeout=KERNEL_WORK)


def validate(page):
    """Press nbgrader's Validate button; returns the results dialog once it is shown."""
    page.locator(".jp-NotebookPanel-toolbar").get_by_role("button", name="Validate").click()
    dialog = page.locator(".jp-Dialog").filter(has_text="Validation Results")
    expect(dialog).to_be_visible(timeout=KERNEL_WORK)
    return dialog


def test_unsolved_notebook_fails_validation(page, student):
    open_and_run_all(page, student, released(), "unsolved")
    error = page.locator(".jp-OutputArea-output").filter(has_text="NotImplementedError").first
    error.scroll_into_view_if_needed()
    expect(error).to_be_in_viewport()
    shot(page, "student-unsolved-2-ran")
    dialog = validate(page)
    failures = dialog.locator(".validation-failed")
    expect(failures).to_contain_text("The following cell failed")
    expect(failures).to_contain_text("NotImplementedError")
    shot(page, "student-unsolved-3-validated")


def test_solved_notebook_passes_validation(page, student):
    open_and_run_all(page, student, solved(released(), nbformat.read(SOURCE, as_version=4)), "solved")
    prompts = page.locator(".jp-Notebook .jp-CodeCell .jp-InputPrompt")
    assert all(re.fullmatch(r"\[\d+\]:", p) for p in prompts.all_text_contents()), "Run All stopped at an error"
    shot(page, "student-solved-2-ran")
    dialog = validate(page)
    expect(dialog.locator(".validation-success")).to_have_text("Success! Your notebook passes all the tests.")
    shot(page, "student-solved-3-validated")
