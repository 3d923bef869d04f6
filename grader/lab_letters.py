"""The lab letter of one submission, from which of its questions count (the course's tier rule).

A submission is an E; each higher letter needs at least a share of the basic and of the advanced
questions (grading.toml's ``[lab_letters]``: D half the basic ones, C all basic, B all basic and half
the advanced, A all). Shares are compared exactly, so "half of 3 questions" means 2.
"""
from collections.abc import Collection, Mapping, Sequence
from fractions import Fraction

from .policy import GRADE_LETTERS, LetterRule


def lab_letter(tiers: Mapping[str, str], answered: Collection[str], rules: Sequence[LetterRule]) -> str:
    """The letter of a submission: ``tiers`` maps each question of the lab to its tier, ``answered``
    holds the questions that count; ``rules`` go from the lowest letter above E to A. A tier without
    questions is complete."""
    total = {"basic": 0, "advanced": 0}
    for tier in tiers.values():
        total[tier] += 1
    count = {"basic": 0, "advanced": 0}
    for question in answered:
        count[tiers[question]] += 1
    letter = "E"
    for rule in rules:
        if all(_has_share(count[tier], total[tier], getattr(rule, tier)) for tier in ("basic", "advanced")):
            letter = rule.letter
    return letter


def _has_share(count: int, total: int, share: Fraction) -> bool:
    """count / total >= share, in whole numbers."""
    return count * share.denominator >= share.numerator * total


def lower(letter: str, levels: int) -> str:
    """``letter`` lowered by ``levels`` grade levels, never below F (a late E becomes F)."""
    return GRADE_LETTERS[min(GRADE_LETTERS.index(letter) + levels, len(GRADE_LETTERS) - 1)]
