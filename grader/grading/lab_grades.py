"""Which lab letter each student gets: an override, their own submission, or their group's.

In order of precedence:
1. a row of grades/labs.csv (a grade given at the oral presentation) replaces the gradebook;
2. the student's own submission, lettered by the tier rule;
3. otherwise, labs being done in groups, a submission by a member of the student's group
   (grades/groups.csv). When several members submitted, the best letter (after the late penalty)
   counts, the earlier student id breaking ties, and the note names whose submission it was.
Overrides are per student: list every member of a group in grades/labs.csv.
"""
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from grader.grading.inputs import LabOverride
from grader.grading.lab_letters import LabLetter, letter_for_counts, tier_counts
from grader.grading.policy import GRADE_LETTERS, Policy
from grader.grading.records import LabGradebook


def submission_letters(results: LabGradebook, policy: Policy) -> dict[str, LabLetter]:
    """The lab letter of every submission of the lab, by student: from how many questions of each
    tier it did not answer (a few, where the answered ones are most of the lab). Submissions with the
    same letter, lateness and questions awaiting grading share one (immutable) LabLetter."""
    tiers, letters = results.tiers, {}
    total = tier_counts(tiers, tiers)
    letter_of: dict[tuple[int, ...], str] = {}  # by the count of unanswered questions of each tier
    made: dict[tuple[str, bool, int], LabLetter] = {}
    for student, submission in results.submissions.items():
        missing = tuple(tier_counts(tiers, results.unanswered(submission)).values())
        if missing not in letter_of:
            answered = {tier: total[tier] - count for tier, count in zip(total, missing)}
            letter_of[missing] = letter_for_counts(total, answered, policy.lab_letters)
        key = (letter_of[missing], submission.seconds_late > 0, len(results.awaiting(submission)))
        if key not in made:
            made[key] = LabLetter(*key)
        letters[student] = made[key]
    return letters


def lab_grades(students: Iterable[str], lab: str, submitted: Mapping[str, LabLetter], groups: Mapping[str, str],
               overrides: Mapping[tuple[str, str], LabOverride], policy: Policy, labs_file: str = "grades/labs.csv"
               ) -> dict[str, LabLetter]:
    """Each student's result for ``lab``; a student with none (no submission of their own or their group's) is left out."""
    members: dict[str, list[str]] = defaultdict(list)
    for student, group in sorted(groups.items()):
        members[group].append(student)
    grades = {}
    for student in students:
        override = overrides.get((student, lab))
        if override:
            grades[student] = LabLetter(override.letter, override.late, source=f"{override.letter} from {labs_file} line {override.line}")
        elif student in submitted:
            grades[student] = submitted[student]
        elif student in groups:
            submitters = [m for m in members[groups[student]] if m in submitted]
            if submitters:
                best = min(submitters, key=lambda m: _rank(submitted[m], policy))
                others = f", the best of {', '.join(submitters)}" if len(submitters) > 1 else ""
                grades[student] = replace(submitted[best], source=f"from group {groups[student]} ({best}'s submission{others})")
    return grades


def _rank(result: LabLetter, policy: Policy) -> int:
    return GRADE_LETTERS.index(result.counted(policy.late_penalty))
