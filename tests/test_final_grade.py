"""The final grade: the seed's examples, exact arithmetic, the bonus, the cap, the pass rule, and properties."""
from dataclasses import replace
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.grading.final_grade import Components, LabLetter, final_grade, round_average
from grader.grading.policy import GRADE_LETTERS, Policy

POLICY = Policy()


def grade(exam="B", lab1="B", lab2="B", project="pass", policy=POLICY, labs=None):
    """The final grade of these letters; ``labs`` gives LabLetter options per lab (late, awaiting, source)."""
    options = labs or {}
    labs = {name: LabLetter(letter, **options.get(name, {}))
            for name, letter in (("lab1", lab1), ("lab2", lab2)) if letter}
    return final_grade(Components(exam, labs, project), policy)


@pytest.mark.parametrize("average, rounded", [
    (Fraction(36, 10), 4),     # the seed: 3.6 -> 4
    (Fraction(45, 10), 4),     # the seed: 4.5 -> 4
    (Fraction(451, 100), 5),   # just above half rounds up
    (Fraction(35, 10), 3),
    (Fraction(3), 3),
])
def test_rounding_goes_up_only_above_half(average, rounded):
    assert round_average(average, "half_down") == rounded


def test_half_up_reading_rounds_half_up():
    assert round_average(Fraction(9, 2), "half_up") == 5


def test_late_a_becomes_b():
    result = grade(lab1="A", labs={"lab1": {"late": True}})
    assert result.labs["lab1"] == "B"
    assert "lab1 late: A->B" in result.notes


def test_float_trap_half_rounds_down():
    # exam A, both labs B: 2.7 / 0.6, which floats make 4.500000000000001 and would round up to A
    assert (0.3 * 5 + 0.15 * 4 + 0.15 * 4) / 0.6 > 4.5
    result = grade(exam="A", lab1="B", lab2="B")
    assert result.average == Fraction(9, 2)
    assert (result.final, result.status) == ("B", "pass")
    assert result.notes[-1] == "average 4.50 rounds down to 4: B"


def test_lab_letters_in_the_average_are_after_the_late_penalty():
    result = grade(exam="B", lab1="A", lab2="B", labs={"lab1": {"late": True}})  # (8 + 4 + 4) / 4 = 4
    assert (result.average, result.final) == (4, "B")


def test_excellent_project_bonus_lifts_a_half_to_the_next_letter():
    result = grade(exam="A", lab1="B", lab2="B", project="excellent")
    assert result.average == Fraction(459, 100)
    assert result.final == "A"
    assert "excellent-project bonus 0.09 = 4.59 rounds up to 5: A" in result.notes[-1]


def test_twenty_percent_bonus_reading():
    share = replace(POLICY, bonus=Fraction(1, 5), bonus_unit="share")
    result = grade(exam="B", lab1="C", lab2="B", project="excellent", policy=share)  # 3.75 * 1.2 = 4.5
    assert (result.average, result.final) == (Fraction(9, 2), "B")


def test_bonus_is_capped_at_five():
    result = grade(exam="A", lab1="A", lab2="A", project="excellent")
    assert (result.average, result.final) == (5, "A")
    assert "capped at 5.00" in result.notes[-1]


@pytest.mark.parametrize("kwargs, reason", [
    ({"exam": "F"}, "exam F"),
    ({"lab2": "F"}, "lab2 F"),
    ({"project": "fail"}, "project fail"),
])
def test_pass_needs_e_in_every_part_and_a_passed_project(kwargs, reason):
    result = grade(**{"exam": "A", "lab1": "A", "lab2": "A", "project": "excellent", **kwargs})
    assert (result.status, result.final) == ("fail", "F")
    assert reason in result.notes[-1]


def test_late_e_lab_fails():
    result = grade(lab1="E", labs={"lab1": {"late": True}})
    assert (result.labs["lab1"], result.status, result.final) == ("F", "fail", "F")


def test_all_e_passes_with_e():
    assert (grade("E", "E", "E").final, grade("E", "E", "E").status) == ("E", "pass")


def test_missing_parts_are_named_and_give_no_letter():
    result = grade(exam=None, lab2=None, project=None)
    assert (result.status, result.final, result.average) == ("incomplete", None, None)
    assert "incomplete: missing exam, lab2, project" in result.notes


def test_missing_project_only_still_shows_the_average():
    result = grade(project=None)
    assert (result.status, result.final, result.average) == ("incomplete", None, 4)


def test_provisional_lab_makes_the_grade_incomplete_with_a_lower_bound():
    result = grade(exam="A", lab1="C", lab2="B", labs={"lab1": {"awaiting": 2}})
    assert (result.status, result.final) == ("incomplete", None)
    assert result.labs["lab1"] == "C"
    assert "lab1 provisional: 2 questions awaiting manual grading (counted as not answered)" in result.notes
    assert "final at least B once lab1 is graded" in result.notes  # (10 + 3 + 4) / 4 = 4.25


def test_provisional_with_a_failing_part_says_so():
    result = grade(exam="F", labs={"lab1": {"awaiting": 1}})
    assert result.status == "incomplete"
    assert "failing so far: exam F" in result.notes


def test_source_of_a_lab_letter_is_in_the_notes():
    result = grade(labs={"lab1": {"source": "from group g1 (bob's submission)"}})
    assert "lab1 from group g1 (bob's submission)" in result.notes


# Properties, over the course's policy and random valid ones.
letters = st.sampled_from(GRADE_LETTERS)
results = st.sampled_from(("fail", "pass", "excellent"))
weights = st.fractions(min_value=Fraction(1, 100), max_value=5, max_denominator=100)
policies = st.builds(
    lambda e, l1, l2, bonus, unit, rounding, cap: Policy(
        weights={"exam": e, "lab1": l1, "lab2": l2}, bonus=bonus, bonus_unit=unit, rounding=rounding, cap=cap),
    weights, weights, weights, st.fractions(min_value=0, max_value=1, max_denominator=100),
    st.sampled_from(("points", "share")), st.sampled_from(("half_down", "half_up")),
    st.fractions(min_value=1, max_value=5, max_denominator=4),
) | st.just(POLICY)
components = st.builds(
    lambda exam, l1, late1, l2, late2, project: Components(
        exam, {"lab1": LabLetter(l1, late1), "lab2": LabLetter(l2, late2)}, project),
    letters, letters, st.booleans(), letters, st.booleans(), results)


def rank(result) -> int:
    """F lowest, A highest."""
    return len(GRADE_LETTERS) - GRADE_LETTERS.index(result.final)


def better(letter: str) -> str:
    return GRADE_LETTERS[max(GRADE_LETTERS.index(letter) - 1, 0)]


def improvements(c: Components) -> list[Components]:
    """Each way to make one component better: a letter up, a lab on time, a better project."""
    project = {"fail": "pass", "pass": "excellent", "excellent": "excellent"}[c.project]
    changed = [replace(c, exam=better(c.exam)), replace(c, project=project)]
    for lab, result in c.labs.items():
        changed.append(replace(c, labs={**c.labs, lab: replace(result, letter=better(result.letter))}))
        changed.append(replace(c, labs={**c.labs, lab: replace(result, late=False)}))
    return changed


@settings(max_examples=300, deadline=None)
@given(components, policies)
def test_improving_any_component_never_lowers_the_final_grade(c, policy):
    before = rank(final_grade(c, policy))
    assert all(rank(final_grade(better_c, policy)) >= before for better_c in improvements(c))


@settings(max_examples=300, deadline=None)
@given(components, policies, st.sampled_from(("lab1", "lab2")))
def test_late_penalty_never_raises_the_final_grade(c, policy, lab):
    late = replace(c, labs={**c.labs, lab: replace(c.labs[lab], late=True)})
    on_time = replace(c, labs={**c.labs, lab: replace(c.labs[lab], late=False)})
    assert rank(final_grade(late, policy)) <= rank(final_grade(on_time, policy))


@settings(max_examples=300, deadline=None)
@given(components, policies)
def test_bonus_never_lowers_the_final_grade(c, policy):
    excellent, passed = replace(c, project="excellent"), replace(c, project="pass")
    assert rank(final_grade(excellent, policy)) >= rank(final_grade(passed, policy))
    assert rank(final_grade(excellent, policy)) >= rank(final_grade(excellent, replace(policy, bonus=Fraction(0))))


@settings(max_examples=300, deadline=None)
@given(components, policies)
def test_final_letter_is_f_exactly_when_a_part_fails(c, policy):
    result = final_grade(c, policy)
    fails = (c.project == "fail" or c.exam == "F"
             or any(r.letter == "F" or (r.letter == "E" and r.late) for r in c.labs.values()))
    assert (result.status == "fail") == fails == (result.final == "F")
