"""The lab letter summary at the top of the feedback says the letter, what is missing and what the next letter needs."""
from grader.feedback.summary import letter_summary
from grader.grading.policy import Policy
from grader.grading.records import LabGradebook, Question, Submission

QUESTIONS = (Question("one", "basic-a", "basic"), Question("one", "basic-b", "basic"), Question("two", "basic-c", "basic"),
             Question("one", "advanced-x", "advanced"), Question("two", "advanced-y", "advanced"),
             Question("two", "advanced-z", "advanced"), Question("two", "advanced-w", "advanced"))


def summary(missed=(), awaiting=(), seconds_late=0.0, policy=Policy()) -> str:
    where = {q.key: q.notebook for q in QUESTIONS}
    submission = Submission("ada", seconds_late, frozenset((where[k], k) for k in missed),
                            frozenset((where[k], k) for k in awaiting))
    return letter_summary(LabGradebook("lab1", QUESTIONS, {"ada": submission}), "ada", policy)


def test_all_questions_make_an_a_with_nothing_missing():
    text = summary()
    assert text.startswith("## Your lab letter for lab1: A\n")
    assert "3 of 3 basic questions, 4 of 4 advanced questions" in text
    assert "missing" not in text and "For a" not in text and "deadline" not in text


def test_missing_and_ungraded_questions_are_named_with_their_notebooks():
    text = summary(missed={"advanced-y", "advanced-z", "advanced-w"}, awaiting={"advanced-w"})
    assert "## Your lab letter for lab1 so far: C\n" in text
    assert "3 of 3 basic questions, 1 of 4 advanced questions" in text
    assert "- Still missing, advanced: `advanced-y` (two), `advanced-z` (two)\n" in text
    assert "- Awaiting grading by hand: `advanced-w` (two)" in text
    assert "For a B: 1 more advanced question." in text


def test_nothing_done_needs_half_the_basic_questions_for_a_d():
    text = summary(missed={q.key for q in QUESTIONS})
    assert "lab1: E" in text and "0 of 3 basic questions" in text
    assert "- Still missing, basic: `basic-a` (one), `basic-b` (one), `basic-c` (two)" in text
    assert "For a D: 2 more basic questions." in text


def test_next_letter_can_need_both_tiers():
    text = summary(missed={"basic-a", "basic-b", "advanced-x", "advanced-y", "advanced-z", "advanced-w"})
    assert "lab1: E" in text and "For a D: 1 more basic question." in text
    text = summary(missed={"basic-a", "advanced-x", "advanced-y", "advanced-z"})
    assert "lab1: D" in text and "For a C: 1 more basic question." in text


def test_late_submission_says_what_the_lab_counts_as():
    text = summary(missed={"advanced-x", "advanced-y"}, seconds_late=3600)
    assert "lab1: B" in text
    assert "Submitted after the deadline: the lab counts as C (B lowered by 1 letter)." in text
