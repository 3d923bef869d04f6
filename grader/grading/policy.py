"""The course's grading policy, read from grading.toml and checked before anything is graded.

Numbers are read as exact fractions (TOML's ``0.15`` becomes ``3/20``, never a float), so the policy
can be applied without rounding errors. A table or key left out keeps the course's default (the
rules of the introductory lecture); ``[weights]``, ``[letters]`` and ``[lab_letters]`` are replaced
as a whole when given, because their keys are what they define.
"""
import math
import re
import tomllib
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from pathlib import Path

from grader.errors import GraderError
from grader.questions import TIERS

GRADE_LETTERS = ("A", "B", "C", "D", "E", "F")
PASSING_LETTERS = GRADE_LETTERS[:-1]
LAB_LETTER_RULES = ("D", "C", "B", "A")
ROUNDINGS = ("half_down", "half_up")
BONUS_UNITS = ("points", "share")
COMPONENT_NAME = re.compile(r"^[a-z0-9_]+$")


@dataclass(frozen=True)
class LetterRule:
    """A lab letter and the least share of the basic and of the advanced questions it needs."""
    letter: str
    basic: Fraction
    advanced: Fraction


@dataclass(frozen=True)
class Policy:
    weights: dict[str, Fraction] = field(default_factory=lambda: {
        "exam": Fraction(3, 10), "lab1": Fraction(3, 20), "lab2": Fraction(3, 20)})
    letters: dict[str, int] = field(default_factory=lambda: {"A": 5, "B": 4, "C": 3, "D": 2, "E": 1})
    rounding: str = "half_down"
    cap: Fraction = Fraction(5)
    pass_minimum: str = "E"
    late_penalty: int = 1
    bonus: Fraction = Fraction(9, 100)
    bonus_unit: str = "points"
    due: dict[str, str] = field(default_factory=dict)  # lab -> due date, nbgrader's format (grading.toml's [due])
    lab_letters: tuple[LetterRule, ...] = (
        LetterRule("D", Fraction(1, 2), Fraction(0)),
        LetterRule("C", Fraction(1), Fraction(0)),
        LetterRule("B", Fraction(1), Fraction(1, 2)),
        LetterRule("A", Fraction(1), Fraction(1)),
    )

    @cached_property
    def labs(self) -> tuple[str, ...]:
        """The labs, in the order of ``[weights]``: every weighted component except the exam."""
        return tuple(name for name in self.weights if name != "exam")

    @cached_property
    def whole_weights(self) -> tuple[dict[str, int], int]:
        """The weights as whole numbers over their common denominator, and their sum: a weighted
        average is then one exact division (the grading of 10,000 students stays fast)."""
        denominator = math.lcm(*(w.denominator for w in self.weights.values()))
        whole = {name: int(w * denominator) for name, w in self.weights.items()}
        return whole, sum(whole.values())

    def points(self, letter: str) -> int:
        """What a letter counts in the average; F counts 0 (and fails the course anyway)."""
        return self.letters.get(letter, 0)


def load_policy(path: Path) -> Policy:
    """Read and check ``path``; a GraderError names the file and the offending key."""
    try:
        with path.open("rb") as f:
            data = tomllib.load(f, parse_float=Fraction)
    except OSError as error:
        raise GraderError(f"{path}: {error.strerror or error}") from error
    except ValueError as error:  # TOMLDecodeError, or inf/nan, which are no fractions
        raise GraderError(f"{path}: not valid TOML: {error}") from error
    try:
        return policy_from_dict(data)
    except ValueError as error:
        raise GraderError(f"{path}: {error}") from error


def policy_from_dict(data: dict) -> Policy:
    """The policy of a parsed grading.toml; ValueError names the key that is wrong."""
    _known(data, "", ("due", "weights", "letters", "final", "project", "lab_letters"))
    default = Policy()
    due = _table(data, "due")
    for lab, date in due.items():
        if not isinstance(date, str):
            raise ValueError(f"due.{lab} must be a date string such as \"2026-12-04T23:59:00+01:00\"")

    weights = default.weights
    if "weights" in data:
        weights = _weights(_table(data, "weights"))
        for lab in weights:
            if lab != "exam" and lab not in due:
                raise ValueError(f"weights.{lab} is a lab with no due date in [due] (is the name right?)")
    letters = _letters(_table(data, "letters")) if "letters" in data else default.letters

    final = _table(data, "final")
    _known(final, "final", ("rounding", "cap", "pass_minimum", "late_penalty"))
    rounding = _choice(final, "final", "rounding", ROUNDINGS, default.rounding)
    cap = _number(final, "final", "cap", default.cap)
    if cap < letters["E"]:
        raise ValueError(f"final.cap ({_show(cap)}) must be at least what an E counts (letters.E = {letters['E']})")
    pass_minimum = _choice(final, "final", "pass_minimum", PASSING_LETTERS, default.pass_minimum)
    late_penalty = final.get("late_penalty", default.late_penalty)
    if not isinstance(late_penalty, int) or isinstance(late_penalty, bool) or late_penalty < 0:
        raise ValueError(f"final.late_penalty must be a whole number of letters (0 or more), got {late_penalty!r}")

    project = _table(data, "project")
    _known(project, "project", ("bonus", "bonus_unit"))
    bonus = _number(project, "project", "bonus", default.bonus)
    if bonus < 0:
        raise ValueError(f"project.bonus must not be negative, got {_show(bonus)}")
    bonus_unit = _choice(project, "project", "bonus_unit", BONUS_UNITS, default.bonus_unit)

    lab_letters = _lab_letters(_table(data, "lab_letters")) if "lab_letters" in data else default.lab_letters
    return Policy(weights=weights, letters=letters, rounding=rounding, cap=cap, pass_minimum=pass_minimum,
                  late_penalty=late_penalty, bonus=bonus, bonus_unit=bonus_unit, due=dict(due), lab_letters=lab_letters)


def _weights(table: dict) -> dict[str, Fraction]:
    if "exam" not in table:
        raise ValueError("weights must give the exam a weight (weights.exam)")
    weights = {}
    for name in table:
        if not COMPONENT_NAME.match(name):
            raise ValueError(f"weights.{name}: a component name is made of a-z, 0-9 and _")
        weight = _number(table, "weights", name, None)
        if weight <= 0:
            raise ValueError(f"weights.{name} must be positive, got {_show(weight)}")
        weights[name] = weight
    return weights


def _letters(table: dict) -> dict[str, int]:
    _known(table, "letters", PASSING_LETTERS)
    previous = None
    for letter in PASSING_LETTERS:
        value = table.get(letter)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ValueError(f"letters.{letter} must be a whole number of points (1 or more), got {value!r}")
        if previous is not None and value >= table[previous]:
            raise ValueError(f"letters.{letter} must be less than letters.{previous} (letters go down from A to E)")
        previous = letter
    return {letter: table[letter] for letter in PASSING_LETTERS}


def _lab_letters(table: dict) -> tuple[LetterRule, ...]:
    _known(table, "lab_letters", LAB_LETTER_RULES)
    rules: list[LetterRule] = []
    for letter in LAB_LETTER_RULES:
        key = f"lab_letters.{letter}"
        shares = table.get(letter)
        if shares is None:
            raise ValueError(f"{key} is missing (the table gives D, C, B and A)")
        if not isinstance(shares, dict):
            raise ValueError(f"{key} must be given as {{ basic = ..., advanced = ... }}")
        _known(shares, key, TIERS)
        basic, advanced = (_number(shares, key, tier, None) for tier in TIERS)
        for tier, share in zip(TIERS, (basic, advanced)):
            if not 0 <= share <= 1:
                raise ValueError(f"{key}.{tier} is a share of the questions, between 0 and 1, got {_show(share)}")
            if rules and share < getattr(rules[-1], tier):
                raise ValueError(f"{key}.{tier} ({_show(share)}) asks for less than lab_letters.{rules[-1].letter}"
                                 f".{tier} ({_show(getattr(rules[-1], tier))}): letters are in the order D, C, B, A")
        rules.append(LetterRule(letter, basic, advanced))
    return tuple(rules)


def _table(data: dict, key: str) -> dict:
    table = data.get(key, {})
    if not isinstance(table, dict):
        raise ValueError(f"{key} must be a table ([{key}])")
    return table


def _known(table: dict, where: str, keys: tuple[str, ...]) -> None:
    for key in table:
        if key not in keys:
            name = f"{where}.{key}" if where else key
            raise ValueError(f"unknown key {name} (expected one of: {', '.join(keys)})")


def _number(table: dict, where: str, key: str, default: Fraction | None) -> Fraction:
    if key not in table:
        if default is None:
            raise ValueError(f"{where}.{key} is missing")
        return default
    value = table[key]
    if isinstance(value, bool) or not isinstance(value, (int, Fraction)):
        raise ValueError(f"{where}.{key} must be a number, got {value!r}")
    return Fraction(value)


def _choice(table: dict, where: str, key: str, choices: tuple[str, ...], default: str) -> str:
    value = table.get(key, default)
    if value not in choices:
        raise ValueError(f"{where}.{key} must be one of {', '.join(map(repr, choices))}, got {value!r}")
    return value


def _show(number: Fraction) -> str:
    return str(number) if number.denominator == 1 else f"{float(number):g}"
