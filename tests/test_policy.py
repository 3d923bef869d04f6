"""grading.toml: the course's defaults, both readings of the project bonus, and clear errors for bad policies."""
from fractions import Fraction

import pytest

from grader.errors import GraderError
from grader.grading.policy import LetterRule, Policy, load_policy

from .conftest import ROOT

DUE = '[due]\nlab1 = "2026-12-04T23:59:00+01:00"\nlab2 = "2027-01-08T23:59:00+01:00"\n'


def load(tmp_path, text: str) -> Policy:
    path = tmp_path / "grading.toml"
    path.write_text(DUE + text)
    return load_policy(path)


def error_of(tmp_path, text: str) -> str:
    with pytest.raises(GraderError) as error:
        load(tmp_path, text)
    return str(error.value)


def test_course_policy_is_the_seeds_rules():
    policy = load_policy(ROOT / "grading.toml")
    assert policy.weights == {"exam": Fraction(3, 10), "lab1": Fraction(15, 100), "lab2": Fraction(15, 100)}
    assert policy.letters == {"A": 5, "B": 4, "C": 3, "D": 2, "E": 1}
    assert (policy.bonus, policy.bonus_unit, policy.cap) == (Fraction(9, 100), "points", 5)
    assert (policy.rounding, policy.late_penalty, policy.pass_minimum) == ("half_down", 1, "E")
    assert policy.lab_letters == (LetterRule("D", Fraction(1, 2), Fraction(0)), LetterRule("C", Fraction(1), Fraction(0)),
                                  LetterRule("B", Fraction(1), Fraction(1, 2)), LetterRule("A", Fraction(1), Fraction(1)))
    assert policy.labs == ("lab1", "lab2")


def test_numbers_are_exact_fractions_not_floats(tmp_path):
    policy = load(tmp_path, "[weights]\nexam = 0.1\nlab1 = 0.2\nlab2 = 0.3\n")
    assert sum(policy.weights.values()) == Fraction(6, 10)  # 0.1 + 0.2 + 0.3 != 0.6 in floats


def test_left_out_keys_keep_the_defaults(tmp_path):
    policy = load(tmp_path, "[final]\nrounding = \"half_up\"\n")
    assert policy == Policy(rounding="half_up", due=policy.due)


def test_due_dates_are_the_due_table_as_written(tmp_path):
    assert load(tmp_path, "").due == {"lab1": "2026-12-04T23:59:00+01:00", "lab2": "2027-01-08T23:59:00+01:00"}


def test_twenty_percent_bonus_reading_is_expressible(tmp_path):
    policy = load(tmp_path, "[project]\nbonus = 0.2\nbonus_unit = \"share\"\n")
    assert (policy.bonus, policy.bonus_unit) == (Fraction(1, 5), "share")


@pytest.mark.parametrize("text, key", [
    ("[final]\nroundng = \"half_down\"\n", "final.roundng"),
    ("[bonus]\nexcellent = 0.09\n", "unknown key bonus"),
    ("[project]\nbonus = 0.09\nunit = \"points\"\n", "project.unit"),
    ("[lab_letters]\nD = { basic = 0.5, advanced = 0 }\nC = { basic = 1, advanced = 0 }\n"
     "B = { basic = 1, advanced = 0.5 }\nA = { basic = 1, advanced = 1 }\nA_plus = { basic = 1, advanced = 1 }\n",
     "lab_letters.A_plus"),
    ("[lab_letters]\nD = { basic = 0.5, advance = 0 }\n", "lab_letters.D.advance"),
])
def test_unknown_key_is_named(tmp_path, text, key):
    message = error_of(tmp_path, text)
    assert "unknown key" in message and key in message and "grading.toml" in message


@pytest.mark.parametrize("weight", ["0", "-0.15"])
def test_weight_that_is_not_positive_is_named(tmp_path, weight):
    message = error_of(tmp_path, f"[weights]\nexam = 0.3\nlab1 = {weight}\nlab2 = 0.15\n")
    assert "weights.lab1 must be positive" in message


def test_weight_that_is_not_a_number_is_named(tmp_path):
    assert "weights.exam must be a number" in error_of(tmp_path, "[weights]\nexam = \"0.3\"\nlab1 = 1\nlab2 = 1\n")


def test_weights_need_the_exam(tmp_path):
    assert "weights.exam" in error_of(tmp_path, "[weights]\nlab1 = 0.15\nlab2 = 0.15\n")


def test_lab_without_a_due_date_is_named(tmp_path):
    assert "weights.lab3" in error_of(tmp_path, "[weights]\nexam = 0.3\nlab1 = 0.15\nlab3 = 0.15\n")


def test_tiers_out_of_order_are_named(tmp_path):
    message = error_of(tmp_path, "[lab_letters]\nD = { basic = 0.5, advanced = 0 }\nC = { basic = 1, advanced = 0 }\n"
                                 "B = { basic = 0.5, advanced = 0.5 }\nA = { basic = 1, advanced = 1 }\n")
    assert "lab_letters.B.basic" in message and "lab_letters.C" in message


def test_share_above_one_is_named(tmp_path):
    message = error_of(tmp_path, "[lab_letters]\nD = { basic = 0.5, advanced = 0 }\nC = { basic = 1, advanced = 0 }\n"
                                 "B = { basic = 1, advanced = 0.5 }\nA = { basic = 1, advanced = 1.5 }\n")
    assert "lab_letters.A.advanced" in message


def test_missing_lab_letter_is_named(tmp_path):
    assert "lab_letters.C is missing" in error_of(tmp_path, "[lab_letters]\nD = { basic = 0.5, advanced = 0 }\n")


def test_letters_must_go_down_from_a_to_e(tmp_path):
    assert "letters.C" in error_of(tmp_path, "[letters]\nA = 5\nB = 4\nC = 4\nD = 2\nE = 1\n")


@pytest.mark.parametrize("text, key", [
    ("[final]\nrounding = \"nearest\"\n", "final.rounding"),
    ("[final]\nlate_penalty = true\n", "final.late_penalty"),
    ("[final]\npass_minimum = \"F\"\n", "final.pass_minimum"),
    ("[final]\ncap = 0.5\n", "final.cap"),
    ("[project]\nbonus = -0.09\n", "project.bonus"),
    ("[project]\nbonus_unit = \"percent\"\n", "project.bonus_unit"),
])
def test_bad_value_is_named(tmp_path, text, key):
    assert key in error_of(tmp_path, text)


def test_table_that_is_not_a_table_is_named(tmp_path):
    (tmp_path / "grading.toml").write_text("weights = 3\n" + DUE)
    with pytest.raises(GraderError, match=r"weights must be a table"):
        load_policy(tmp_path / "grading.toml")


def test_malformed_toml_names_the_file(tmp_path):
    assert "grading.toml: not valid TOML" in error_of(tmp_path, "[final\n")


def test_missing_file_names_the_file(tmp_path):
    with pytest.raises(GraderError, match="nowhere.toml"):
        load_policy(tmp_path / "nowhere.toml")
