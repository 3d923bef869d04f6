"""What the grading rules read: the roster, and each lab's questions and submissions, as plain data.

grader.gradebook fills these from nbgrader's gradebook; the tests build them by hand.
"""
from dataclasses import dataclass
from functools import cached_property


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
        return self.tiers.keys() - {key for _, key in submission.missed | submission.awaiting}

    def awaiting(self, submission: Submission) -> set[str]:
        return {key for _, key in submission.awaiting}


@dataclass(frozen=True)
class QuestionScore:
    """One submission's points on one question of a notebook (the sum over the question's graded cells)."""
    student: str
    lab: str
    notebook: str
    question: str  # <tier>-<question>
    tier: str
    score: float
    max_score: float
    needs_manual_grade: bool

    @property
    def status(self) -> str:
        """full, partial or zero; needs manual grading while a cell of it awaits a person's grade."""
        if self.needs_manual_grade:
            return "needs manual grading"
        return "full" if self.score >= self.max_score else "zero" if self.score <= 0 else "partial"
