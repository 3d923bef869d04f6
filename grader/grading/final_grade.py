"""A student's final grade from their components and the policy: pure, exact, and explained.

The weighted average is a ``Fraction`` (2.7/0.6 is exactly 4.5 here, not 4.500000000000001), so the
rounding rule sees the true value. ``notes`` says in words how the grade came about.
"""
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction

from grader.grading.lab_letters import LabLetter
from grader.grading.policy import Policy
from grader.grading.records import RosterStudent

PROJECT_RESULTS = ("fail", "pass", "excellent")
STATUSES = ("pass", "fail", "incomplete")


@dataclass(frozen=True)
class Components:
    exam: str | None = None
    labs: Mapping[str, LabLetter] = field(default_factory=dict)
    project: str | None = None


@dataclass(frozen=True)
class FinalGrade:
    status: str
    final: str | None
    average: Fraction | None
    labs: dict[str, str | None]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class StudentGrade:
    """A student of the roster, their components and the final grade they make."""
    student: RosterStudent
    components: Components
    grade: FinalGrade


def round_average(value: Fraction, rounding: str) -> int:
    """``half_down``: up only when the fraction is more than half (3.6 -> 4, 4.5 -> 4); ``half_up``: 4.5 -> 5."""
    whole = math.floor(value)
    fraction = value - whole
    up = fraction > Fraction(1, 2) if rounding == "half_down" else fraction >= Fraction(1, 2)
    return whole + up


def letter_for(points: int, policy: Policy) -> str:
    """The letter worth ``points``, or the best letter worth less (the letters need not be consecutive)."""
    return next(letter for letter, value in policy.letters.items() if value <= points)


def weighted_average(letters: Mapping[str, str], policy: Policy) -> Fraction:
    """The weighted average of the components' letters, normalised by the sum of the weights."""
    weights, total = policy.whole_weights
    return Fraction(sum(weight * policy.points(letters[name]) for name, weight in weights.items()), total)


def with_bonus(average: Fraction, project: str | None, policy: Policy) -> Fraction:
    """The average plus the excellent-project bonus (points, or a share of the average), before the cap."""
    if project != "excellent":
        return average
    return average + (policy.bonus if policy.bonus_unit == "points" else policy.bonus * average)


def final_grade(components: Components, policy: Policy) -> FinalGrade:
    """Incomplete while a part is missing or a lab awaits manual grading; otherwise F when a part
    fails (below ``pass_minimum``, or a failed project), else the rounded average's letter."""
    notes: list[str] = []
    letters: dict[str, str | None] = {"exam": components.exam}
    for lab in policy.labs:
        result = components.labs.get(lab)
        letters[lab] = _lab_letter(lab, result, policy, notes) if result else None

    missing = [name for name, letter in letters.items() if letter is None]
    if components.project is None:
        missing.append("project")
    awaiting = [lab for lab in policy.labs if (r := components.labs.get(lab)) and r.awaiting]
    failing = [f"{name} {letter}" for name, letter in letters.items()
               if letter is not None and policy.points(letter) < policy.points(policy.pass_minimum)]
    if components.project == "fail":
        failing.append("project fail")

    average = plain = boosted = None
    if not any(name in missing for name in policy.weights):
        plain = weighted_average(letters, policy)
        boosted = with_bonus(plain, components.project, policy)
        average = min(boosted, policy.cap)
    labs = {lab: letters[lab] for lab in policy.labs}

    if missing or awaiting:
        if missing:
            notes.append(f"incomplete: missing {', '.join(missing)}")
        if failing:
            notes.append(f"failing so far: {', '.join(failing)}")
        elif not missing:
            at_least = letter_for(round_average(average, policy.rounding), policy)
            notes.append(f"final at least {at_least} once {', '.join(awaiting)} {'is' if len(awaiting) == 1 else 'are'} graded")
        return FinalGrade("incomplete", None, average, labs, tuple(notes))
    if failing:
        notes.append(f"fail: {', '.join(failing)}")
        return FinalGrade("fail", "F", average, labs, tuple(notes))
    rounded = round_average(average, policy.rounding)
    final = letter_for(rounded, policy)
    notes.append(_explain(plain, boosted, average, rounded, final, policy))
    return FinalGrade("pass", final, average, labs, tuple(notes))


def _lab_letter(lab: str, result: LabLetter, policy: Policy, notes: list[str]) -> str:
    letter = result.counted(policy.late_penalty)
    if result.source:
        notes.append(f"{lab} {result.source}")
    if result.late:
        notes.append(f"{lab} late: {result.letter}->{letter}")
    if result.awaiting:
        plural = "s" if result.awaiting > 1 else ""
        notes.append(f"{lab} provisional: {result.awaiting} question{plural} awaiting manual grading (counted as not answered)")
    return letter


def _explain(plain: Fraction, boosted: Fraction, average: Fraction, rounded: int, final: str, policy: Policy) -> str:
    text = f"average {format_average(plain)}"
    if boosted != plain:
        bonus = format_average(policy.bonus) if policy.bonus_unit == "points" else f"{float(policy.bonus * 100):g}%"
        text += f" + excellent-project bonus {bonus} = {format_average(boosted)}"
        if boosted > average:
            text += f", capped at {format_average(policy.cap)}"
    if average == rounded:
        return f"{text}: {final}"
    direction = "up" if rounded > average else "down"
    return f"{text} rounds {direction} to {rounded}: {final}"


def format_average(value: Fraction) -> str:
    """Two decimals, as in final_grades.csv (the exact value decides the rounding, not this text)."""
    hundredths, remainder = divmod(value.numerator * 100, value.denominator)
    if 2 * remainder > value.denominator or (2 * remainder == value.denominator and hundredths % 2):
        hundredths += 1  # half to even, in whole numbers
    return f"{hundredths // 100}.{hundredths % 100:02d}"
