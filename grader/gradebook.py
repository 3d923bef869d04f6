"""The gradebook: where it is (nbgrader's CourseDirectory.db_url) and everything grader reads from it,
through nbgrader's API (its Gradebook and models, queried in bulk). The one module that does.

For `grader grades` and the feedback: the roster (with each student's Canvas id, ``lms_user_id``)
and per lab its questions and, for each submission, which questions have full points, which await
manual grading and how late it came in. A question is ``<tier>-<question>`` of its cells' grade ids
(grader.questions); it counts when every one of its graded cells (autograded tests, manually graded
answers, tasks) has full points. For the proofs, the demo and the tests: every graded cell's score,
and every row nbgrader's autograde writes.
"""
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd
from nbgrader.api import (
    Assignment,
    BaseCell,
    Grade,
    Gradebook,
    GradeCell,
    MissingEntry,
    Notebook,
    Student,
    SubmittedAssignment,
    SubmittedNotebook,
    TaskCell,
)
from sqlalchemy import func, or_, select
from sqlalchemy.engine import make_url

from grader.course.layout import course_directory
from grader.errors import GraderError
from grader.grading.records import QUESTION_SCORES, LabGradebook, Question, RosterStudent, Submission, with_status
from grader.questions import parse_grade_id


def gradebook_url(course_dir: Path) -> str:
    """The gradebook's database URL: CourseDirectory.db_url (nbgrader's default <course>/gradebook.db), with
    a relative SQLite path taken from the course directory, as nbgrader's apps run there take it."""
    configured = course_directory(course_dir).db_url
    url = make_url(configured)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:") or os.path.isabs(url.database):
        return configured
    return url.set(database=os.path.join(os.path.abspath(course_dir), url.database)).render_as_string(hide_password=False)


def shown_url(url: str) -> str:
    """A gradebook URL as messages show it: without its password."""
    return make_url(url).render_as_string(hide_password=True)


def has_gradebook(course_dir: Path) -> bool:
    """Whether the course has a gradebook yet: a database server's always counts; SQLite's once its file exists."""
    parsed = make_url(gradebook_url(course_dir))
    return parsed.get_backend_name() != "sqlite" or os.path.exists(parsed.database or "")


def open_gradebook(course_dir: Path) -> Gradebook:
    """The course's gradebook (nbgrader's API, under the course id), which must exist already."""
    coursedir, url = course_directory(course_dir), gradebook_url(course_dir)
    if not has_gradebook(course_dir):
        raise GraderError(f"{make_url(url).database}: no gradebook (run `grader release` and autograde first)")
    try:
        return Gradebook(url, coursedir.course_id)
    except Exception as error:  # the database server's answer: unreachable, wrong password, ...
        raise GraderError(f"cannot open the gradebook {shown_url(url)}: {error}") from error


def read_roster(course_dir: Path) -> list[RosterStudent]:
    """Every student in the gradebook (``nbgrader db student import`` adds names and Canvas ids)."""
    with open_gradebook(course_dir) as gradebook:
        rows = gradebook.db.query(Student.id, Student.first_name, Student.last_name, Student.lms_user_id)
        return sorted((RosterStudent(*row) for row in rows), key=lambda s: s.id)


def read_labs(course_dir: Path, labs: Iterable[str]) -> dict[str, LabGradebook]:
    """Results of each lab the gradebook knows; a lab not yet released there is left out."""
    with open_gradebook(course_dir) as gradebook:
        return {lab: read_lab(gradebook, assignment) for lab, assignment in released(gradebook, labs)}


def released(gradebook: Gradebook, labs: Iterable[str]) -> Iterator[tuple[str, Assignment]]:
    """(lab, its assignment) for each of ``labs`` the gradebook knows (released), in order."""
    for lab in labs:
        try:
            yield lab, gradebook.find_assignment(lab)
        except MissingEntry:
            continue


def read_lab(gradebook: Gradebook, assignment) -> LabGradebook:
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
    return LabGradebook(assignment.name, tuple(sorted(questions.values(), key=lambda q: (q.notebook, q.key))), submissions)


def _seconds_late(duedate: datetime | None, timestamp: datetime | None, extension: timedelta | None) -> float:
    """nbgrader's SubmittedAssignment.total_seconds_late, from the columns: loading 10,000
    submissions as ORM objects only to call it would take a second."""
    if timestamp is None or duedate is None:
        return 0
    return max(0, (timestamp - (duedate + extension if extension is not None else duedate)).total_seconds())


@dataclass(frozen=True)
class CellScore:
    student: str
    notebook: str
    grade_id: str
    score: float
    max_score: float
    autograded: bool
    needs_manual_grade: bool


def cell_scores(course_dir: Path, lab: str) -> list[CellScore]:
    """Every graded cell of every submission of ``lab``; a written answer is not autograded."""
    scores = []
    with open_gradebook(course_dir) as gradebook:
        for submission in gradebook.assignment_submissions(lab):
            for notebook in submission.notebooks:
                for grade in notebook.grades:
                    scores.append(CellScore(
                        student=submission.student_id,
                        notebook=notebook.name,
                        grade_id=grade.name,
                        score=grade.score or 0.0,
                        max_score=grade.max_score,
                        autograded=grade.cell_type == "code",
                        needs_manual_grade=grade.needs_manual_grade,
                    ))
    return scores


def gradebook_rows(course_dir: Path, lab: str) -> dict:
    """Every row nbgrader's autograde writes for ``lab``, by student: grades, comments, late penalties
    and timestamps, to compare two gradings of the same submissions."""
    rows = {}
    with open_gradebook(course_dir) as gradebook:
        for submission in gradebook.assignment_submissions(lab):
            notebooks = {}
            for notebook in submission.notebooks:
                notebooks[notebook.name] = {
                    "late_submission_penalty": notebook.late_submission_penalty,
                    "grades": {g.name: (g.auto_score, g.manual_score, g.extra_credit, g.needs_manual_grade, g.max_score)
                               for g in notebook.grades},
                    "comments": {c.name: (c.auto_comment, c.manual_comment) for c in notebook.comments},
                }
            rows[submission.student_id] = {"timestamp": str(submission.timestamp), "notebooks": notebooks}
    return rows


def submission_totals(db_url: str, course_id: str, lab: str) -> dict[str, tuple[float, float, float]]:
    """(score, max score, late penalty) of every submission of ``lab``, by student, as nbgrader sums them."""
    with Gradebook(db_url, course_id) as gradebook:
        return {s.student_id: (s.score, s.max_score, s.late_submission_penalty or 0.0)
                for s in gradebook.assignment_submissions(lab)}


@dataclass(frozen=True)
class SubmissionSnapshot:
    """What the gradebook held of one student's submission of a lab before it was graded again: put
    back by restore_submission when grading it did not finish, so that nothing half-written stays."""
    lab: str
    student: str
    student_existed: bool
    timestamp: datetime | None = None
    extension: timedelta | None = None
    notebooks: dict | None = None  # None: there was no submission; else notebook -> its rows


def snapshot_submission(db_url: str, course_id: str, lab: str, student: str) -> SubmissionSnapshot:
    with Gradebook(db_url, course_id) as gradebook:
        try:
            gradebook.find_student(student)
        except MissingEntry:
            return SubmissionSnapshot(lab, student, student_existed=False)
        try:
            submission = gradebook.find_submission(lab, student)
        except MissingEntry:
            return SubmissionSnapshot(lab, student, student_existed=True)
        notebooks = {
            notebook.name: {
                "flagged": notebook.flagged,
                "late_submission_penalty": notebook.late_submission_penalty,
                "grades": {g.name: (g.auto_score, g.manual_score, g.extra_credit, g.needs_manual_grade)
                           for g in notebook.grades},
                "comments": {c.name: (c.auto_comment, c.manual_comment) for c in notebook.comments},
            } for notebook in submission.notebooks}
        return SubmissionSnapshot(lab, student, True, submission.timestamp, submission.extension, notebooks)


def restore_submission(db_url: str, course_id: str, snapshot: SubmissionSnapshot) -> None:
    """Put the gradebook's rows of the snapshot's submission back as they were."""
    with Gradebook(db_url, course_id) as gradebook:
        if snapshot.notebooks is None:
            try:
                gradebook.remove_submission(snapshot.lab, snapshot.student)
            except MissingEntry:
                pass
            if not snapshot.student_existed:
                try:
                    if not gradebook.find_student(snapshot.student).submissions:
                        gradebook.remove_student(snapshot.student)
                except MissingEntry:
                    pass
            return
        submission = gradebook.find_submission(snapshot.lab, snapshot.student)
        submission.timestamp, submission.extension = snapshot.timestamp, snapshot.extension
        for notebook in submission.notebooks:
            rows = snapshot.notebooks.get(notebook.name)
            if rows is None:
                continue
            notebook.flagged = rows["flagged"]
            notebook.late_submission_penalty = rows["late_submission_penalty"]
            for grade in notebook.grades:
                if grade.name in rows["grades"]:
                    grade.auto_score, grade.manual_score, grade.extra_credit, grade.needs_manual_grade = rows["grades"][grade.name]
            for comment in notebook.comments:
                if comment.name in rows["comments"]:
                    comment.auto_comment, comment.manual_comment = rows["comments"][comment.name]
        gradebook.db.commit()


def lab_notebooks(db_url: str, course_id: str, lab: str) -> list[str]:
    """The notebooks of ``lab`` as released (their file stems)."""
    with Gradebook(db_url, course_id) as gradebook:
        return sorted(notebook.name for notebook in gradebook.find_assignment(lab).notebooks)


def read_question_scores(course_dir: Path, labs: Iterable[str]) -> pd.DataFrame:
    """Every submission's score on every question of ``labs`` (grader.grading.records.QUESTION_SCORES
    columns), read from the gradebook in one query per lab and summed over the question's cells with
    pandas: a 10,000-student gradebook is read without making an object of its rows."""
    grade_cells, task_cells = GradeCell.__table__, TaskCell.__table__
    frames = []
    with open_gradebook(course_dir) as gradebook:
        for lab, assignment in released(gradebook, labs):
            query = (select(SubmittedAssignment.student_id.label("student"), Notebook.name.label("notebook"),
                            BaseCell.name.label("cell"), Grade.score.label("score"),
                            func.coalesce(grade_cells.c.max_score, task_cells.c.max_score).label("max_score"),
                            Grade.needs_manual_grade.label("needs_manual_grade"))
                     .join(SubmittedNotebook, SubmittedNotebook.assignment_id == SubmittedAssignment.id)
                     .join(Notebook, Notebook.id == SubmittedNotebook.notebook_id)
                     .join(Grade, Grade.notebook_id == SubmittedNotebook.id)
                     .join(BaseCell, BaseCell.id == Grade.cell_id)
                     .outerjoin(grade_cells, grade_cells.c.id == Grade.cell_id)
                     .outerjoin(task_cells, task_cells.c.id == Grade.cell_id)
                     .where(SubmittedAssignment.assignment_id == assignment.id))
            cells = pd.read_sql(query, gradebook.db.connection())
            ids = {}
            for notebook, cell in cells[["notebook", "cell"]].drop_duplicates().itertuples(index=False):
                try:
                    ids[cell] = parse_grade_id(cell)
                except ValueError as error:
                    raise GraderError(f"gradebook: {lab}/{notebook}: {error}") from error
            cells["question"] = cells["cell"].map({cell: grade_id.key for cell, grade_id in ids.items()})
            cells["tier"] = cells["cell"].map({cell: grade_id.tier for cell, grade_id in ids.items()})
            cells[["score", "max_score"]] = cells[["score", "max_score"]].fillna(0.0)
            cells["needs_manual_grade"] = cells["needs_manual_grade"].astype(bool)
            summed = cells.groupby(["student", "notebook", "question", "tier"], as_index=False).agg(
                score=("score", "sum"), max_score=("max_score", "sum"), needs_manual_grade=("needs_manual_grade", "any"))
            summed.insert(1, "lab", lab)
            frames.append(summed)
    scores = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=QUESTION_SCORES[:-1])
    return with_status(scores.sort_values(["lab", "student", "notebook", "question"], ignore_index=True))