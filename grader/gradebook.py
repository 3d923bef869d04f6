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
from sqlalchemy import func, or_, select
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
        rows = _fetch(gradebook, select(Student.id, Student.first_name, Student.last_name, Student.lms_user_id))
    return [RosterStudent(*row) for row in sorted(rows)]  # by id (unique): sorted in Python, whatever the collation


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
    """The labs' results and question scores from a few flat reads: the labs' graded cells, who handed
    in each notebook, how many grade rows each cell has, and the grade rows that are not at full points.

    A 10,000-student gradebook has 680,000 grade rows, and handing each to Python costs more than
    everything else `grader grades` does. nbgrader's add_submission gives every handed-in notebook a
    row for each of its graded cells, so a cell with as many rows as its notebook has hand-ins has
    one for each: of those cells only the rows short of (or above) full points, or awaiting manual
    grading, are fetched, and the others are implied at full points. A cell with another count (one
    added to the lab after some submissions were graded) has all its rows fetched, and so has a task
    cell: the query looks up full points among the grade cells only, which is one lookup per row
    where both kinds would be two (a tenth of the query's time). Each row becomes
    a pair of small integers, (student, question of a lab's notebook), and numpy sums each pair's rows."""
    cells: dict[str, tuple[str, str, GradeId, float, str]] = {}  # cell id -> (lab, notebook, grade id, max, notebook id)
    tasks: set[str] = set()  # the task cells' ids
    for lab, assignment in assignments.items():
        for kind in (GradeCell, TaskCell):
            graded = gradebook.db.query(kind.id, kind.name, Notebook.name, kind.max_score, Notebook.id) \
                .join(Notebook, kind.notebook_id == Notebook.id).filter(Notebook.assignment_id == assignment.id)
            for cell_id, name, notebook, max_score, notebook_id in graded:
                try:
                    cells[cell_id] = (lab, notebook, parse_grade_id(name), max_score or 0.0, notebook_id)
                except ValueError as error:
                    raise GraderError(f"gradebook: {lab}/{notebook}: {error}") from error
                if kind is TaskCell:
                    tasks.add(cell_id)
    hand_in_ids, student_ids, notebook_ids = _columns(_fetch(gradebook, select(  # one row per handed-in notebook
        SubmittedNotebook.id, SubmittedAssignment.student_id, SubmittedNotebook.notebook_id)
        .join(SubmittedAssignment, SubmittedNotebook.assignment_id == SubmittedAssignment.id)
        .where(SubmittedAssignment.assignment_id.in_([a.id for a in assignments.values()]))), 3)
    codes, notebooks = pd.factorize(notebook_ids)
    hand_ins_of = {notebook: np.flatnonzero(codes == code) for code, notebook in enumerate(notebooks)}  # by notebook id
    rows_of = dict(_fetch(gradebook, select(Grade.cell_id, func.count()).group_by(Grade.cell_id)))
    partly = [cell for cell, (*_, notebook) in cells.items()
              if rows_of.get(cell, 0) != len(hand_ins_of.get(notebook, ())) or cell in tasks]
    grade_cells = GradeCell.__table__  # Grade.max_score, joined, not looked up per row
    rows = _fetch(gradebook, select(Grade.notebook_id, Grade.cell_id, Grade.score, Grade.needs_manual_grade)
                  .outerjoin(grade_cells, grade_cells.c.id == Grade.cell_id)
                  .where(or_(Grade.score != func.coalesce(grade_cells.c.max_score, 0.0), Grade.needs_manual_grade,
                             Grade.cell_id.in_(partly))))
    questions = sorted({(lab, notebook, g.key, g.tier) for lab, notebook, g, _, _ in cells.values()})
    question_of = {question[:3]: number for number, question in enumerate(questions)}
    cell_ids = pd.Index(list(cells), dtype=object)
    question_of_cell = np.array([question_of[lab, notebook, g.key] for lab, notebook, g, _, _ in cells.values()], dtype=int)
    max_of_cell = np.array([maximum for _, _, _, maximum, _ in cells.values()], dtype=float)
    student_of, students = pd.factorize(student_ids, sort=True)  # each hand-in's student number
    students = students.tolist()

    submitted, cell, score, manual = _columns(rows, 4)
    del rows
    submitted = pd.Index(hand_in_ids, dtype=object).get_indexer(submitted)  # -1: not one of these labs
    cell = cell_ids.get_indexer(cell)
    ours = (submitted >= 0) & (cell >= 0)
    submitted, cell = submitted[ours], cell[ours]
    score, manual = np.asarray(score, dtype=float)[ours], np.asarray(manual, dtype=bool)[ours]
    implied_submitted, implied_cell = _implied_rows(hand_ins_of, cells, set(partly))
    fetched = np.zeros(len(hand_in_ids) * len(cell_ids), dtype=bool)  # by (hand-in, cell): no sort, unlike np.isin
    fetched[submitted * len(cell_ids) + cell] = True
    implied = ~fetched[implied_submitted * len(cell_ids) + implied_cell]
    submitted = np.concatenate([submitted, implied_submitted[implied]])
    cell = np.concatenate([cell, implied_cell[implied]])
    score = np.concatenate([score, max_of_cell[implied_cell[implied]]])
    manual = np.concatenate([manual, np.zeros(implied.sum(), dtype=bool)])
    student, question, maximum = student_of[submitted], question_of_cell[cell], max_of_cell[cell]
    pair = student * len(questions) + question
    size = len(students) * len(questions)
    present = np.flatnonzero(np.bincount(pair, minlength=size))
    student, question = np.divmod(present, max(len(questions), 1))
    of_question = {name: np.array([q[i] for q in questions], dtype=object)
                   for i, name in enumerate(("lab", "notebook", "question", "tier"))}
    coded = {name: np.unique(values, return_inverse=True) for name, values in of_question.items()}  # sorted values, codes
    order = np.argsort(coded["lab"][1][question], kind="stable")  # present is sorted by student and question
    student, question = student[order], question[order]  # sorted by lab, student and question: the rows of scores
    lab_of = coded["lab"][1][question]

    def summed(weights: np.ndarray) -> np.ndarray:
        return np.bincount(pair, weights=weights, minlength=size)[present][order]

    scores = pd.DataFrame({
        "lab": pd.Categorical.from_codes(lab_of, coded["lab"][0]),
        "student": pd.Categorical.from_codes(student, students),
        **{name: pd.Categorical.from_codes(coded[name][1][question], coded[name][0])
           for name in ("notebook", "question", "tier")},
        "score": summed(score), "max_score": summed(maximum), "short_cells": summed(score < maximum),
        "needs_manual_grade": summed(manual) > 0})
    pairs = np.empty(len(questions), dtype=object)  # each question's (notebook, key), made once
    for number, (_, notebook, key, _) in enumerate(questions):
        pairs[number] = (notebook, key)
    short, awaited = scores["short_cells"].to_numpy() > 0, scores["needs_manual_grade"].to_numpy()
    results = {}
    lab_code = {lab: code for code, lab in enumerate(coded["lab"][0])}
    for lab, assignment in assignments.items():
        in_lab = lab_of == lab_code.get(lab, -1)
        missed, awaiting = (_by_student(students, student[rows], pairs[question[rows]])
                            for rows in (in_lab & short, in_lab & awaited))
        lab_questions = {Question(notebook, key, tier) for of_lab, notebook, key, tier in questions if of_lab == lab}
        results[lab] = _lab_gradebook(gradebook, assignment, lab_questions, missed, awaiting)
    return results, with_status(scores)


def _implied_rows(hand_ins_of: dict[str, np.ndarray], cells: dict, partly: set[str]) -> tuple[np.ndarray, np.ndarray]:
    """(hand-in, cell) numbers of every row the cells with a row per hand-in have (all but ``partly``):
    each such cell with each hand-in of its notebook."""
    complete = [(number, hand_ins_of[notebook]) for number, (cell, (*_, notebook)) in enumerate(cells.items())
                if cell not in partly and notebook in hand_ins_of]
    if not complete:
        return np.zeros(0, dtype=int), np.zeros(0, dtype=int)
    return (np.concatenate([numbers for _, numbers in complete]),
            np.concatenate([np.full(len(numbers), cell) for cell, numbers in complete]))


def _by_student(students: list[str], student: np.ndarray, pairs: np.ndarray) -> dict[str, frozenset]:
    """The pairs of each student, from rows sorted by student."""
    starts = np.flatnonzero(np.diff(student, prepend=-1)).tolist()
    pairs = pairs.tolist()
    return {students[student[start]]: frozenset(pairs[start:end]) for start, end in zip(starts, starts[1:] + [len(pairs)])}


def _columns(rows: list[tuple], count: int) -> list[np.ndarray]:
    """The ``count`` columns of fetched rows, as object arrays."""
    return [np.array(column, dtype=object) for column in zip(*rows)] if rows else [np.zeros(0, dtype=object)] * count


def _fetch(gradebook: Gradebook, statement) -> list[tuple]:
    """The rows of ``statement`` as the database driver gives them (plain tuples of numbers and text,
    so not for dates): for the grades of a 10,000-student gradebook, SQLAlchemy's row objects would
    cost more than the query itself."""
    connection = gradebook.db.connection()
    cursor = connection.connection.driver_connection.cursor()
    compiled = statement.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    parameters = compiled.construct_params()
    try:
        cursor.execute(str(compiled), tuple(parameters[name] for name in compiled.positiontup)
                       if compiled.positional else parameters)
        return cursor.fetchall()
    finally:
        cursor.close()


def _lab_gradebook(gradebook: Gradebook, assignment, questions: set[Question], missed: dict[str, frozenset],
                   awaiting: dict[str, frozenset]) -> LabGradebook:
    """The LabGradebook of ``assignment`` from each submission's missed and awaiting questions and its timestamp."""
    timestamps = gradebook.db.execute(  # through SQLAlchemy, which turns SQLite's text into datetimes
        select(SubmittedAssignment.student_id, SubmittedAssignment.timestamp, SubmittedAssignment.extension)
        .where(SubmittedAssignment.assignment_id == assignment.id))
    none, due = frozenset(), assignment.duedate
    submissions = {student: Submission(student, _seconds_late(due, timestamp, extension),
                                       missed.get(student, none), awaiting.get(student, none))
                   for student, timestamp, extension in timestamps}
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
