"""The lab letter of one submission, from which of its questions count (the course's tier rule).

A submission is an E; each higher letter needs at least a share of the basic and of the advanced
questions (grading.toml's ``[lab_letters]``: D half the basic ones, C all basic, B all basic and half
the advanced, A all). Shares are compared exactly, so "half of 3 questions" means 2.
"""
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from grader.grading.policy import GRADE_LETTERS, LetterRule
from grader.questions import TIERS


@dataclass(frozen=True)
class LabLetter:
    """A student's lab letter before the late penalty. ``awaiting`` counts the questions whose manual
    grading is pending: the letter then counts them as not answered, so grading can only raise it.
    ``source`` says where the letter came from when it is not the student's own submission."""
    letter: str
    late: bool = False
    awaiting: int = 0
    source: str = ""

    def counted(self, late_penalty: int) -> str:
        """The letter that counts: lowered by ``late_penalty`` letters when the lab was late."""
        return lower(self.letter, late_penalty) if self.late else self.letter


def tier_counts(tiers: Mapping[str, str], questions: Collection[str]) -> dict[str, int]:
    """How many of ``questions`` are of each tier; ``tiers`` maps each question of the lab to its tier."""
    counts = dict.fromkeys(TIERS, 0)
    for question in questions:
        counts[tiers[question]] += 1
    return counts


def questions_needed(count: int, total: int, share: Fraction) -> int:
    """How many more of ``total`` questions make ``count`` reach ``share`` of them, in whole numbers."""
    return max(0, -(-share.numerator * total // share.denominator) - count)


def letter_for_counts(total: Mapping[str, int], count: Mapping[str, int], rules: Sequence[LetterRule]) -> str:
    """The letter of a submission that answered ``count`` of the lab's ``total`` questions of each
    tier (tier_counts); ``rules`` go from the lowest letter above E to A. A tier without questions is
    complete."""
    letter = "E"
    for rule in rules:
        if all(questions_needed(count[tier], total[tier], getattr(rule, tier)) == 0 for tier in TIERS):
            letter = rule.letter
    return letter


def lower(letter: str, levels: int) -> str:
    """``letter`` lowered by ``levels`` grade levels, never below F (a late E becomes F)."""
    return GRADE_LETTERS[min(GRADE_LETTERS.index(letter) + levels, len(GRADE_LETTERS) - 1)]
