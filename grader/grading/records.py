"""What the grading rules read: the roster, and each lab's questions and submissions, as plain data.

grader.gradebook fills these from nbgrader's gradebook; the tests build them by hand.
"""
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd


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
class LabGradebook:
    lab: str
    questions: tuple[Question, ...]
    submissions: dict[str, Submission]

    @cached_property
    def tiers(self) -> dict[str, str]:
        """Each question of the lab (keyed across its notebooks) and its tier."""
        return {q.key: q.tier for q in self.questions}

    def answered(self, submission: Submission) -> set[str]:
        """The questions that count: full points in every notebook they appear in, none awaiting grading."""
        return self.tiers.keys() - self.unanswered(submission)

    def unanswered(self, submission: Submission) -> set[str]:
        return {key for _, key in submission.missed | submission.awaiting}

    def awaiting(self, submission: Submission) -> set[str]:
        return {key for _, key in submission.awaiting}


# The columns of a table of question scores (grader.gradebook.read_lab_results): one row per
# submission and question, the points summed over the question's graded cells.
QUESTION_SCORES = ("student", "lab", "notebook", "question", "tier", "score", "max_score", "needs_manual_grade",
                   "status")


QUESTION_STATUSES = ("needs manual grading", "full", "zero", "partial")


def with_status(scores: pd.DataFrame) -> pd.DataFrame:
    """``scores`` with the status column: full, partial or zero; "needs manual grading" while a cell of
    the question awaits a person's grade."""
    scores = scores.copy()
    status = np.select([scores["needs_manual_grade"].astype(bool), scores["score"] >= scores["max_score"],
                        scores["score"] <= 0], [0, 1, 2], default=3)
    scores["status"] = pd.Categorical.from_codes(status, QUESTION_STATUSES)
    return scores[list(QUESTION_SCORES)]


def distinct_rows(table: pd.DataFrame) -> tuple[np.ndarray, list[tuple]]:
    """Each row's number among the table's distinct rows, and those rows in sorted order: as
    pd.factorize(sort=True) of the rows' tuples, without making a tuple for each row. The columns'
    sorted codes combine into one number per row, in the columns' order; the numbers are ranked
    again only when another column could make them overflow."""
    numbers, span = np.zeros(len(table), dtype=np.int64), 1  # every number is below span
    for name in table.columns:
        codes, values = pd.factorize(table[name], sort=True)
        if span * len(values) >= 2 ** 62:
            numbers, ranked = pd.factorize(numbers, sort=True)
            span = len(ranked)
        numbers, span = numbers * len(values) + codes, span * max(len(values), 1)
    numbers, distinct = pd.factorize(numbers, sort=True)
    first = np.full(len(distinct), len(numbers))  # each distinct row's first line
    np.minimum.at(first, numbers, np.arange(len(numbers)))
    return numbers, list(table.iloc[first].itertuples(index=False, name=None))
