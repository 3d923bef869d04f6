"""The grade reports as CSV text, and the atomic write that puts all reports in place together.

reports/question_scores.csv: ``student_id,lab,notebook,question,tier,score,max_score,status``, status
full, partial, zero or "needs manual grading"; reports/questions.csv: each question's item analysis.

reports/final_grades.csv: ``student_id,exam,<labs>,project,average,final,status,notes`` (the labs of
grading.toml's [weights], lab1 and lab2 by default), lab letters after the late penalty, the average
(with the bonus, capped) to two decimals, the final letter (empty unless pass or fail).

reports/canvas_grades.csv follows the layout of Canvas's gradebook import (Grades > Import), as its
importer (canvas-lms app/models/gradebook_importer.rb) reads it: the columns ``Student, ID, SIS User
ID, SIS Login ID, Section``, then one column per assignment. Canvas finds each student by ``ID``, the
Canvas user id (nbgrader's ``lms_user_id``, from ``nbgrader db student import``), then by ``SIS User
ID``, then ``SIS Login ID`` (the nbgrader student id is put there, so a course whose student ids are
Canvas logins needs no Canvas ids), and last by the name in ``Student``. The assignment column is
matched by a title ending in ``(<assignment id>)``, else by its exact title; an unknown title creates a
new points assignment, which turns letters into nothing. So create the assignment in Canvas first,
displayed as a letter grade with an A-F grading scheme and some points possible, and name its column
``Final grade (<its id>)`` (``grader grades --canvas-column``): Canvas turns an imported letter into
a score through that scheme (Assignment#interpret_grade). A blank cell (a student still incomplete)
leaves the student's grade unchanged. The optional "Points Possible" row is left out: it only
matters for new assignments.
"""
import csv
import io
import os
import secrets
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from grader.grading.final_grade import StudentGrade, format_average
from grader.grading.item_analysis import QUINTILES, ItemStatistics
from grader.grading.policy import Policy
from grader.grading.records import distinct_rows

CANVAS_STUDENT_COLUMNS = ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")
BLOCK_ROWS = 20_000  # lines of question_scores.csv per block of its text (about 1.3 MB)
Report = str | bytes | list[str]  # a report's text, its bytes, or its text in blocks


def final_grades_csv(grades: Iterable[StudentGrade], policy: Policy) -> str:
    rows = [["student_id", "exam", *policy.labs, "project", "average", "final", "status", "notes"]]
    for g in grades:
        rows.append([
            g.student.id, g.components.exam or "", *(g.grade.labs[lab] or "" for lab in policy.labs),
            g.components.project or "", format_average(g.grade.average) if g.grade.average is not None else "",
            g.grade.final or "", g.grade.status, "; ".join(g.grade.notes),
        ])
    return _csv(rows)


def canvas_csv(grades: Iterable[StudentGrade], column: str) -> str:
    rows = [[*CANVAS_STUDENT_COLUMNS, column]]
    for g in grades:
        s = g.student
        name = ", ".join(part for part in (s.last_name, s.first_name) if part) or s.id
        rows.append([name, s.lms_user_id or "", "", s.id, "", g.grade.final or ""])
    return _csv(rows)


def question_scores_csv(scores: pd.DataFrame) -> list[str]:
    """reports/question_scores.csv: one row per student, lab, notebook and question, as text in blocks
    of BLOCK_ROWS lines. A 10,000-student table has 590,000 rows, but beyond the student few distinct
    ends of a line (the question, its score and status): each distinct student field and each distinct
    end of a line is formatted once, and each block joins its lines' two (pandas' to_csv formats every
    cell). In blocks, the 39 MB file is never one string: its pages and those of a list of its 1.2
    million pieces would cost the kernel 0.04 s to hand out."""
    columns = ("student", "lab", "notebook", "question", "tier", "score", "max_score", "status")
    student, students = pd.factorize(scores["student"])
    fields = np.array([_csv([[value]]).removesuffix("\n") for value in students], dtype=object)
    ending, rows = distinct_rows(scores[list(columns[1:])])
    endings = np.array(["," + _csv([[f"{value:g}" if column in ("score", "max_score") else value
                                     for column, value in zip(columns[1:], row)]]) for row in rows], dtype=object)
    blocks = [",".join(("student_id", *columns[1:])) + "\n"]
    pieces = np.empty(2 * BLOCK_ROWS, dtype=object)  # student, end of line, student, ...: no string per line
    for start in range(0, len(scores), BLOCK_ROWS):
        count = min(BLOCK_ROWS, len(scores) - start)
        pieces[0:2 * count:2] = fields[student[start:start + count]]
        pieces[1:2 * count:2] = endings[ending[start:start + count]]
        blocks.append("".join(pieces[:2 * count].tolist()))
    return blocks


def questions_csv(items: Iterable[ItemStatistics]) -> str:
    """reports/questions.csv: the item analysis of every question (grader.grading.item_analysis)."""
    def number(value: float | None) -> str:
        return "" if value is None else f"{value:.3f}"
    rows = [["lab", "notebook", "question", "tier", "submissions", "max_score", "mean_score", "share_full",
             "point_biserial", "upper_lower", *(f"quintile_{q}" for q in range(1, QUINTILES + 1)), "flag"]]
    for i in items:
        quintiles = [number(q) for q in i.quintiles] + [""] * (QUINTILES - len(i.quintiles))
        rows.append([i.lab, i.notebook, i.question, i.tier, str(i.submissions), f"{i.max_score:g}", number(i.mean_score),
                     number(i.share_full), number(i.point_biserial), number(i.upper_lower), *quintiles, i.flag])
    return _csv(rows)


def write_atomically(files: Mapping[Path, Report]) -> None:
    """Write every file to a temporary file beside it, then move each into place (os.replace), so a
    failure before the moves leaves the old reports untouched and no reader sees a half-written file.
    Each temporary file is created as open() creates files, with mode 0o666 less the umask: mkstemp's
    are private to their owner, and reading the umask means setting it, which would leave other
    threads' files unprotected meanwhile. A random name and O_EXCL keep it ours. Text in blocks is
    encoded a block at a time: a 39 MB report needs no 39 MB copy, whose fresh pages would cost the
    kernel more than the writing (0.03-0.1 s against 0.015 s)."""
    written: list[tuple[Path, Path]] = []
    try:
        for path, content in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.parent / f".{path.name}.{secrets.token_hex(8)}.tmp"
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            written.append((temporary, path))
            with os.fdopen(fd, "wb") as f:
                for block in [content] if isinstance(content, (str, bytes)) else content:
                    f.write(block.encode() if isinstance(block, str) else block)
    except BaseException:
        for temporary, _ in written:
            os.unlink(temporary)
        raise
    for temporary, path in written:
        os.replace(temporary, path)


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()
