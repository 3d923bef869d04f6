"""A tiny released course and its submissions, for the autograding tests.

Lab "hw" has one notebook, answers.ipynb: a locked setup cell, two answers (``square``, 1 point of
tests with a hidden test; ``total``, 2 points) and a support file (data.txt) that nbgrader copies next
to each submission. Submissions are the released notebook with the answer cells replaced.
"""
import hashlib
import json
import shutil
from pathlib import Path

import nbformat

from grader import gradebook
from grader.course.nbgrader_apps import run_nbgrader
from grader.gradebook import gradebook_url

from . import builders
from .builders import locked_cell, notebook, solution_cell, test_cell

LAB = "hw"
SECRET = "HIDDEN-TEST-7c1f"  # appears only in source/ and in the instructor's hidden test
CORRECT = {"square": "def square(x):\n    return x * x\n", "total": "def total(xs):\n    return sum(xs)\n"}
WRONG = {"square": "def square(x):\n    return x + x\n", "total": "def total(xs):\n    return max(xs)\n"}
DUE = "2030-01-01 00:00:00 UTC"
ON_TIME, LATE = "2029-12-31 12:00:00 UTC", "2030-01-02 12:00:00 UTC"
CONFIG = """
c = get_config()  # noqa: F821
c.CourseDirectory.course_id = "test"
c.CourseDirectory.db_url = "sqlite:///gradebook.db"
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\\nraise NotImplementedError()"}
c.ExecutePreprocessor.timeout = 6
c.ExecutePreprocessor.interrupt_on_timeout = True
c.LimitOutput.max_lines = 1000
c.ExecuteOnWorker.notebook_timeout = 60
c.ExecuteOnWorker.memory_limit = 2 * 2**30
c.ExecuteOnWorker.sandbox_memory_limit = 2 * 2**30
c.ExecuteOnWorker.process_limit = 64
c.ExecuteOnWorker.output_limit = 2**20
"""


def _solution(grade_id: str, body: str):
    return solution_cell(f"### BEGIN SOLUTION\n{body}### END SOLUTION", grade_id)


def source_notebook():
    return notebook(
        locked_cell("# Homework", "intro", kind="markdown"),
        locked_cell("import numpy as np\nfrom numpy.testing import assert_allclose", "setup"),
        _solution("square", CORRECT["square"]),
        test_cell("np.testing.assert_allclose(square(np.arange(3)), [0, 1, 4])\nassert square(3) == 9\n"
                  f"### BEGIN HIDDEN TESTS\nassert square(-2) == 4, '{SECRET}'\n### END HIDDEN TESTS", "test_square", 1),
        _solution("total", CORRECT["total"]),
        test_cell("assert_allclose(total([1, 2, 3]), 6)\nassert total([5]) == 5", "test_total", 2),
    )


def make_course(folder: Path, more_notebooks: dict | None = None) -> Path:
    """Write the course (answers.ipynb and ``more_notebooks``), release it with nbgrader and record the
    due date; returns the course directory."""
    builders.make_course(folder, LAB, {"answers": source_notebook(), **(more_notebooks or {})}, config=CONFIG)
    (folder / "source" / LAB / "data.txt").write_text("support file\n")
    run_nbgrader(folder, "db", "assignment", "add", LAB, f"--duedate={DUE}")
    run_nbgrader(folder, "generate_assignment", LAB)
    return folder


def released(course: Path):
    return nbformat.read(course / "release" / LAB / "answers.ipynb", as_version=4)


def submit(course: Path, student: str, answers: dict[str, str] | None = None, *, timestamp: str = ON_TIME,
           nb=None, raw: str | None = None) -> Path:
    """Submit the released notebook with ``answers`` (grade id -> code) in place of the stubs; or ``nb``
    as it is, or ``raw`` text as the notebook file."""
    folder = course / "submitted" / student / LAB
    folder.mkdir(parents=True, exist_ok=True)
    if raw is not None:
        (folder / "answers.ipynb").write_text(raw)
    else:
        nb = nb if nb is not None else released(course)
        for cell in nb.cells:
            grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
            if answers and grade_id in answers:
                cell.source = answers[grade_id]
        nbformat.write(nb, folder / "answers.ipynb")
    (folder / "timestamp.txt").write_text(timestamp)
    return folder


def copy_course(course: Path, target: Path) -> Path:
    shutil.copytree(course, target)
    return target


def gradebook_rows(course: Path, lab: str = LAB) -> dict:
    """grader.gradebook.gradebook_rows, of the tiny course's lab unless told."""
    return gradebook.gradebook_rows(course, lab)


def scores(course: Path, lab: str = LAB) -> dict[str, float]:
    from nbgrader.api import Gradebook

    with Gradebook(gradebook_url(course)) as gradebook:
        return {s.student_id: s.score for s in gradebook.assignment_submissions(lab)}


def autograded_cells(course: Path, student: str, lab: str = LAB) -> list:
    """The autograded notebooks' cells without what differs between two runs of the same code
    (tracebacks name the kernel's temporary files, timing metadata)."""
    result = []
    for path in sorted((course / "autograded" / student / lab).glob("*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            outputs = [{k: v for k, v in output.items() if k != "traceback"} for output in cell.get("outputs", [])]
            meta = {k: v for k, v in cell.metadata.items() if k != "execution"}
            result.append((path.name, cell.cell_type, cell.source, cell.get("execution_count"), json.dumps(outputs, sort_keys=True), json.dumps(meta, sort_keys=True)))
    return result


def tree_digest(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """Path -> sha256 of every file under ``folder``, except under the relative paths in ``skip``."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not str(p.relative_to(folder)).startswith(skip)}
