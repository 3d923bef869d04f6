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

import numpy as np
import pandas as pd
from nbgrader.api import (
    Assignment,
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
from sqlalchemy import select
from sqlalchemy.engine import make_url

from grader.course.layout import course_directory
from grader.errors import GraderError
from grader.grading.records import LabGradebook, Question, RosterStudent, Submission, with_status
from grader.questions import GradeId, parse_grade_id


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


def released(gradebook: Gradebook, labs: Iterable[str]) -> Iterator[tuple[str, Assignment]]:
    """(lab, its assignment) for each of ``labs`` the gradebook knows (released), in order."""
    for lab in labs:
        try:
            yield lab, gradebook.find_assignment(lab)
        except MissingEntry:
            continue


def read_lab_results(course_dir: Path, labs: Iterable[str]) -> tuple[dict[str, LabGradebook], pd.DataFrame]:
    """Each released lab's results (a lab the gradebook does not know is left out), and every
    submission's score on every question of those labs (grader.grading.records.QUESTION_SCORES)."""
    with open_gradebook(course_dir) as gradebook:
        return _read_labs(gradebook, dict(released(gradebook, labs)))


def read_lab(gradebook: Gradebook, assignment) -> LabGradebook:
    """The questions of ``assignment`` (a gradebook Assignment) and the results of its submissions."""
    return _read_labs(gradebook, {assignment.name: assignment})[0][assignment.name]


def _read_labs(gradebook: Gradebook, assignments: dict) -> tuple[dict[str, LabGradebook], pd.DataFrame]:
    """The labs' results and question scores from three flat reads: the labs' graded cells, who handed
    in each notebook, and every grade (one scan of the grade table, which for a 10,000-student
    gradebook costs less than looking up each lab's rows by index), summed per question by pandas."""
    cells: dict[str, tuple[str, str, GradeId, float]] = {}  # cell id -> (lab, notebook, grade id, max score)
    handed_in: dict[str, str] = {}  # submitted notebook id -> student
    for lab, assignment in assignments.items():
        for kind in (GradeCell, TaskCell):
            graded = gradebook.db.query(kind.id, kind.name, Notebook.name, kind.max_score) \
                .join(Notebook, kind.notebook_id == Notebook.id).filter(Notebook.assignment_id == assignment.id)
            for cell_id, name, notebook, max_score in graded:
                try:
                    cells[cell_id] = (lab, notebook, parse_grade_id(name), max_score or 0.0)
                except ValueError as error:
                    raise GraderError(f"gradebook: {lab}/{notebook}: {error}") from error
        handed_in |= dict(gradebook.db.execute(
            select(SubmittedNotebook.id, SubmittedAssignment.student_id)
            .join(SubmittedAssignment, SubmittedNotebook.assignment_id == SubmittedAssignment.id)
            .where(SubmittedAssignment.assignment_id == assignment.id)).all())
    grades = pd.DataFrame(_fetch(gradebook, select(Grade.notebook_id, Grade.cell_id, Grade.score, Grade.needs_manual_grade)),
                          columns=["submitted", "cell", "score", "needs_manual_grade"])
    grades = grades[grades["cell"].isin(cells.keys()) & grades["submitted"].isin(handed_in.keys())]
    cell = grades["cell"].astype(pd.CategoricalDtype(list(cells)))
    codes = cell.cat.codes.to_numpy()

    def of_cell(values: list) -> pd.Categorical:  # one value per cell (in the order of cells): a column of the grades
        uniques = sorted(set(values))
        return pd.Categorical.from_codes(np.array([uniques.index(v) for v in values], dtype=int)[codes], uniques)

    table = pd.DataFrame({
        "student": grades["submitted"].map(handed_in).to_numpy(),
        "lab": of_cell([lab for lab, _, _, _ in cells.values()]),
        "notebook": of_cell([notebook for _, notebook, _, _ in cells.values()]),
        "question": of_cell([g.key for _, _, g, _ in cells.values()]),
        "score": grades["score"].astype(float).to_numpy(),
        "max_score": np.array([maximum for _, _, _, maximum in cells.values()], dtype=float)[codes],
        "needs_manual_grade": grades["needs_manual_grade"].astype(bool).to_numpy()})
    table["short_cells"] = table["score"] < table["max_score"]
    scores = table.groupby(["lab", "student", "notebook", "question"], observed=True, as_index=False).agg(
        score=("score", "sum"), max_score=("max_score", "sum"), short_cells=("short_cells", "sum"),
        needs_manual_grade=("needs_manual_grade", "any"))
    scores = scores.astype({"lab": str, "notebook": str, "question": str})
    tiers = {g.key: g.tier for _, _, g, _ in cells.values()}
    scores.insert(4, "tier", scores["question"].map(tiers))
    results = {}
    for lab, assignment in assignments.items():
        questions = {Question(notebook, g.key, g.tier) for in_lab, notebook, g, _ in cells.values() if in_lab == lab}
        results[lab] = _lab_gradebook(gradebook, assignment, questions, scores[scores["lab"] == lab])
    return results, with_status(scores)


def _fetch(gradebook: Gradebook, statement) -> list[tuple]:
    """The rows of ``statement`` as the database driver gives them (plain tuples): for the grades of a
    10,000-student gradebook, SQLAlchemy's row objects would cost more than the query itself."""
    connection = gradebook.db.connection()
    cursor = connection.connection.driver_connection.cursor()
    try:
        cursor.execute(str(statement.compile(dialect=connection.dialect)))
        return cursor.fetchall()
    finally:
        cursor.close()


def _lab_gradebook(gradebook: Gradebook, assignment, questions: set[Question], scores: pd.DataFrame) -> LabGradebook:
    """The LabGradebook of ``assignment`` from its question scores and its submissions' timestamps."""
    missed: dict[str, set] = defaultdict(set)
    awaiting: dict[str, set] = defaultdict(set)
    flagged = scores[(scores["short_cells"] > 0) | scores["needs_manual_grade"]]
    for student, notebook, question, short, needs_manual_grade in zip(
            *(flagged[c].to_numpy() for c in ("student", "notebook", "question", "short_cells", "needs_manual_grade"))):
        if short:
            missed[student].add((notebook, question))
        if needs_manual_grade:
            awaiting[student].add((notebook, question))
    submissions = {}
    timestamps = gradebook.db.execute(
        select(SubmittedAssignment.student_id, SubmittedAssignment.timestamp, SubmittedAssignment.extension)
        .where(SubmittedAssignment.assignment_id == assignment.id))
    for student, timestamp, extension in timestamps:
        submissions[student] = Submission(student, _seconds_late(assignment.duedate, timestamp, extension),
                                          frozenset(missed[student]), frozenset(awaiting[student]))
    return LabGradebook(assignment.name, tuple(sorted(questions, key=lambda q: (q.notebook, q.key))), submissions)


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
