"""The summary at the top of a student's feedback: the lab letter their submission reached, and why.

nbgrader_config.py adds LabLetterSummary to `nbgrader generate_feedback`. It letters the submission
from the gradebook (grader.gradebook_results) by the course's tier rule (grading.toml's
``[lab_letters]``, grader.grading.lab_letters) and puts the letter, the questions still missing and what the
next letter needs in a markdown cell before the notebook's first cell.
"""
from collections import defaultdict
from pathlib import Path

from nbformat.v4 import new_markdown_cell
from nbgrader.api import Gradebook
from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Unicode

from grader.gradebook import read_lab
from grader.grading.lab_letters import letter_for_counts, lower, questions_needed, tier_counts
from grader.grading.policy import Policy, load_policy
from grader.grading.records import LabGradebook


def _questions(keys: set[str], notebooks: dict[str, list[str]]) -> str:
    return ", ".join(f"`{key}` ({', '.join(notebooks[key])})" for key in sorted(keys))


def letter_summary(results: LabGradebook, student: str, policy: Policy) -> str:
    """Markdown: the letter of ``student``'s submission of the lab, the questions still missing or
    awaiting grading by hand, what the next letter needs, and the late penalty if any."""
    submission = results.submissions[student]
    answered, awaiting = results.answered(submission), results.awaiting(submission)
    total, done = tier_counts(results.tiers, results.tiers), tier_counts(results.tiers, answered)
    letter = letter_for_counts(total, done, policy.lab_letters)
    notebooks: dict[str, list[str]] = defaultdict(list)
    for question in results.questions:
        notebooks[question.key].append(question.notebook)

    provisional = " so far" if awaiting else ""
    lines = [f"## Your lab letter for {results.lab}{provisional}: {letter}", "",
             "Complete (every test of the question passes, or full points from the grader): "
             + ", ".join(f"{done[tier]} of {total[tier]} {tier} questions" for tier in total if total[tier]) + "."]
    for tier in total:
        missing = {key for key, t in results.tiers.items() if t == tier} - answered - awaiting
        if missing:
            lines.append(f"- Still missing, {tier}: {_questions(missing, notebooks)}")
    if awaiting:
        lines.append(f"- Awaiting grading by hand: {_questions(awaiting, notebooks)}")
    letters = [rule.letter for rule in policy.lab_letters]
    for rule in policy.lab_letters[letters.index(letter) + 1 if letter in letters else 0:][:1]:
        needs = [f"{n} more {tier} question{'s' * (n != 1)}" for tier in total
                 if (n := questions_needed(done[tier], total[tier], getattr(rule, tier)))]
        lines += ["", f"For a {rule.letter}: {' and '.join(needs)}."]
    if submission.seconds_late > 0:
        lines += ["", f"Submitted after the deadline: the lab counts as {lower(letter, policy.late_penalty)} "
                      f"({letter} lowered by {policy.late_penalty} letter{'s' * (policy.late_penalty != 1)})."]
    lines += ["", "*This is the letter of this submission by the course's rule; a grade given at the oral "
                  "presentation replaces it.*"]
    return "\n".join(lines)


class LabLetterSummary(NbGraderPreprocessor):
    """Puts the letter_summary of the student's submission of the lab before the notebook's first cell.

    One `nbgrader generate_feedback` run uses one instance for every notebook of every student: the
    lab's results and the policy are read once per run, not once per notebook."""

    policy_file = Unicode("grading.toml", help="The course's grading rules, relative to the course "
                          "directory.").tag(config=True)

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._read: dict[tuple[str, str], tuple[LabGradebook, Policy]] = {}

    def preprocess(self, nb, resources):
        info = resources["nbgrader"]
        key = (info["db_url"], info["assignment"])
        if key not in self._read:
            with Gradebook(info["db_url"]) as gradebook:
                results = read_lab(gradebook, gradebook.find_assignment(info["assignment"]))
            self._read[key] = results, load_policy(Path(self.policy_file))
        results, policy = self._read[key]
        if info["student"] in results.submissions:
            nb.cells.insert(0, new_markdown_cell(letter_summary(results, info["student"], policy)))
        return nb, resources
