"""What `grader grades` needs from the gradebook, read through nbgrader's API (its Gradebook and
models, queried in bulk): the one place that does.

The roster (with each student's Canvas id, ``lms_user_id``), and per lab its questions and, for each
submission, which questions have full points, which await manual grading and how late it came in.
A question is ``<tier>-<question>`` of its cells' grade ids (grader.questions); it counts when every
one of its graded cells (autograded tests, manually graded answers, tasks) has full points.
"""
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property
from pathlib import Path

from nbgrader.api import (Grade, GradeCell, Gradebook, MissingEntry, Notebook, Student,
                          SubmittedAssignment, SubmittedNotebook, TaskCell)
from sqlalchemy import func, or_, select

from .errors import GraderError
from .course import open_gradebook
from .questions import parse_grade_id


@dataclass(frozen=True)
class RosterStudent:
    id: str
    first_name: str | None = None
    last_name: str | None = None
    lms_user_id: str | None = None


@dataclass(frozen=True)
class Question:
    notebook: str
    key: str
    tier: str


@dataclass(frozen=True)
class Submission:
    """One student's submission of a lab; ``missed`` holds the (notebook, question key) pairs with a
    cell short of full points, ``awaiting`` those with a cell that needs manual grading."""
    student: str
    seconds_late: float
    missed: frozenset[tuple[str, str]]
    awaiting: frozenset[tuple[str, str]]


@dataclass(frozen=True)
class LabResults:
    lab: str
    questions: tuple[Question, ...]
    submissions: dict[str, Submission]

    @cached_property
    def tiers(self) -> dict[str, str]:
        """Each question of the lab (keyed across its notebooks) and its tier."""
        return {q.key: q.tier for q in self.questions}

    def answered(self, submission: Submission) -> set[str]:
        """The questions that count: full points in every notebook they appear in, none awaiting grading."""
        return self.tiers.keys() - {key for _, key in submission.missed | submission.awaiting}

    def awaiting(self, submission: Submission) -> set[str]:
        return {key for _, key in submission.awaiting}


def read_roster(course_dir: Path) -> list[RosterStudent]:
    """Every student in the gradebook (``nbgrader db student import`` adds names and Canvas ids)."""
    with open_gradebook(course_dir) as gradebook:
        rows = gradebook.db.query(Student.id, Student.first_name, Student.last_name, Student.lms_user_id)
        return sorted((RosterStudent(*row) for row in rows), key=lambda s: s.id)


def read_lab_results(course_dir: Path, labs: Iterable[str]) -> dict[str, LabResults]:
    """Results of each lab the gradebook knows; a lab not yet released there is left out."""
    results = {}
    with open_gradebook(course_dir) as gradebook:
        for lab in labs:
            try:
                assignment = gradebook.find_assignment(lab)
            except MissingEntry:
                continue
            results[lab] = lab_results(gradebook, assignment)
    return results


def lab_results(gradebook: Gradebook, assignment) -> LabResults:
    """The questions of ``assignment`` (a gradebook Assignment) and the results of its submissions."""
    cells: dict[str, tuple[str, str]] = {}  # cell id -> (notebook, question key)
    questions: dict[tuple[str, str], Question] = {}
    for kind in (GradeCell, TaskCell):
        graded = gradebook.db.query(kind.id, kind.name, Notebook.name) \
            .join(Notebook, kind.notebook_id == Notebook.id).filter(Notebook.assignment_id == assignment.id)
        for cell_id, name, notebook in graded:
            try:
                grade_id = parse_grade_id(name)
            except ValueError as error:
                raise GraderError(f"gradebook: {assignment.name}/{notebook}: {error}") from error
            cells[cell_id] = (notebook, grade_id.key)
            questions.setdefault((notebook, grade_id.key), Question(notebook, grade_id.key, grade_id.tier))

    # Only the grades short of full points or awaiting manual grading: a fraction of all the rows.
    grade_cells, task_cells = GradeCell.__table__, TaskCell.__table__
    max_score = func.coalesce(grade_cells.c.max_score, task_cells.c.max_score)
    missed: dict[str, set] = defaultdict(set)
    awaiting: dict[str, set] = defaultdict(set)
    flagged = gradebook.db.execute(
        select(SubmittedAssignment.student_id, Grade.cell_id, Grade.score < max_score, Grade.needs_manual_grade)
        .join(SubmittedNotebook, SubmittedNotebook.assignment_id == SubmittedAssignment.id)
        .join(Grade, Grade.notebook_id == SubmittedNotebook.id)
        .outerjoin(grade_cells, grade_cells.c.id == Grade.cell_id)
        .outerjoin(task_cells, task_cells.c.id == Grade.cell_id)
        .where(SubmittedAssignment.assignment_id == assignment.id)
        .where(or_(Grade.score < max_score, Grade.needs_manual_grade)))
    for student, cell_id, short, needs_manual_grade in flagged:
        if short:
            missed[student].add(cells[cell_id])
        if needs_manual_grade:
            awaiting[student].add(cells[cell_id])

    submissions = {}
    timestamps = gradebook.db.execute(
        select(SubmittedAssignment.student_id, SubmittedAssignment.timestamp, SubmittedAssignment.extension)
        .where(SubmittedAssignment.assignment_id == assignment.id))
    for student, timestamp, extension in timestamps:
        submissions[student] = Submission(student, _seconds_late(assignment.duedate, timestamp, extension),
                                          frozenset(missed[student]), frozenset(awaiting[student]))
    return LabResults(assignment.name, tuple(sorted(questions.values(), key=lambda q: (q.notebook, q.key))), submissions)


def _seconds_late(duedate: datetime | None, timestamp: datetime | None, extension: timedelta | None) -> float:
    """nbgrader's SubmittedAssignment.total_seconds_late, from the columns: loading 10,000
    submissions as ORM objects only to call it would take a second."""
    if timestamp is None or duedate is None:
        return 0
    return max(0, (timestamp - (duedate + extension if extension is not None else duedate)).total_seconds())
