"""The tier rule at each boundary, and the late penalty's one level down."""
import pytest

from grader.grading.lab_letters import letter_for_counts, lower, tier_counts
from grader.grading.policy import Policy

RULES = Policy().lab_letters
# Four basic and two advanced questions: half the basic ones is two, half the advanced one.
TIERS = {"basic-a": "basic", "basic-b": "basic", "basic-c": "basic", "basic-d": "basic",
         "advanced-e": "advanced", "advanced-f": "advanced"}


def lab_letter(tiers, answered, rules):
    """The letter of a submission that answered the questions ``answered`` of a lab with these ``tiers``."""
    return letter_for_counts(tier_counts(tiers, tiers), tier_counts(tiers, answered), rules)


@pytest.mark.parametrize("answered, letter", [
    (set(), "E"),                                                     # submitted, nothing counts
    ({"basic-a"}, "E"),                                               # below half the basic questions
    ({"basic-a", "advanced-e", "advanced-f"}, "E"),                   # advanced questions do not make up for basic
    ({"basic-a", "basic-b"}, "D"),                                    # exactly half the basic questions
    ({"basic-a", "basic-b", "basic-c"}, "D"),                         # one basic question short of C
    ({"basic-a", "basic-b", "basic-c", "basic-d"}, "C"),              # all basic
    ({"basic-a", "basic-b", "basic-c", "advanced-e", "advanced-f"}, "D"),  # all advanced, one basic missing
    ({"basic-a", "basic-b", "basic-c", "basic-d", "advanced-e"}, "B"),     # all basic, half the advanced
    ({"basic-a", "basic-b", "basic-c", "basic-d", "advanced-e", "advanced-f"}, "A"),
])
def test_each_letter_needs_its_share_of_basic_and_advanced(answered, letter):
    assert lab_letter(TIERS, answered, RULES) == letter


def test_half_of_an_odd_count_needs_more_than_half():
    tiers = {"basic-a": "basic", "basic-b": "basic", "basic-c": "basic"}
    assert lab_letter(tiers, {"basic-a"}, RULES) == "E"
    assert lab_letter(tiers, {"basic-a", "basic-b"}, RULES) == "D"


def test_lab_without_advanced_questions_gets_an_a_for_all_basic():
    tiers = {"basic-a": "basic", "basic-b": "basic"}
    assert lab_letter(tiers, {"basic-a", "basic-b"}, RULES) == "A"


@pytest.mark.parametrize("letter, late", [("A", "B"), ("B", "C"), ("C", "D"), ("D", "E"), ("E", "F"), ("F", "F")])
def test_late_lowers_one_level(letter, late):
    assert lower(letter, 1) == late


def test_no_late_penalty_keeps_the_letter():
    assert lower("B", 0) == "B"
