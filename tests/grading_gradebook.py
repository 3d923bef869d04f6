"""Gradebooks for the grading tests, built with nbgrader's API: no notebooks are executed."""
import os
import warnings
from pathlib import Path
from unittest import mock

from nbgrader.api import Gradebook

from grader.course.nbgrader_apps import nbgrader_env
from grader.gradebook import gradebook_url

DUE = "2026-12-04 23:59:00+01:00"
ON_TIME = "2026-12-04 12:00:00+01:00"
LATE = "2026-12-05 00:30:00+01:00"

# lab -> notebook -> graded cells as (grade id, "code" autograded test or "markdown" manual answer, points)
LAB = {
    "nb1": [("basic-a", "code", 1), ("basic-b", "code", 2), ("basic-b-why", "markdown", 1)],
    "nb2": [("basic-c", "code", 1), ("basic-d", "code", 1), ("advanced-e", "code", 3), ("advanced-f", "code", 1)],
}


def make_gradebook(course: Path, students: list[str], labs: dict[str, dict] | None = None,
                   lms_ids: dict[str, str] | None = None) -> Path:
    """A gradebook with ``labs`` (default: lab1 and lab2 shaped like LAB) and the roster ``students``.
    A new gradebook runs ``alembic`` (seconds): build one per module and copy its file."""
    with mock.patch.dict(os.environ, {"PATH": nbgrader_env()["PATH"]}), Gradebook(gradebook_url(course)) as gb:
        for lab, notebooks in (labs or {"lab1": LAB, "lab2": LAB}).items():
            gb.add_assignment(lab, duedate=DUE)
            for notebook, cells in notebooks.items():
                gb.add_notebook(notebook, lab)
                for grade_id, cell_type, points in cells:
                    gb.add_grade_cell(grade_id, notebook, lab, max_score=points, cell_type=cell_type)
        for student in students:
            gb.add_student(student, lms_user_id=(lms_ids or {}).get(student))
    return course


def submit(course: Path, lab: str, student: str, wrong: set[str] = frozenset(), ungraded: set[str] = frozenset(),
           timestamp: str = ON_TIME) -> None:
    """A graded submission: every cell full marks except the grade ids in ``wrong`` (zero) and in
    ``ungraded`` (manual answers nobody has graded yet)."""
    with Gradebook(gradebook_url(course)) as gb, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # nbgrader's add_submission trips SQLAlchemy's autoflush warnings
        submission = gb.add_submission(lab, student, timestamp=timestamp)
        for notebook in submission.notebooks:
            for grade in notebook.grades:
                if grade.cell.name in ungraded:
                    grade.auto_score, grade.needs_manual_grade = None, True
                elif grade.cell.cell_type == "markdown":
                    grade.manual_score = 0 if grade.cell.name in wrong else grade.max_score
                    grade.needs_manual_grade = False
                else:
                    grade.auto_score = 0 if grade.cell.name in wrong else grade.max_score
                    grade.needs_manual_grade = False
        gb.db.commit()
