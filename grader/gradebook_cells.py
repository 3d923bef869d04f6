"""Per-cell scores and the rows of a lab's submissions, read from the gradebook with nbgrader's API."""
from dataclasses import dataclass
from pathlib import Path

from .course import open_gradebook


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
