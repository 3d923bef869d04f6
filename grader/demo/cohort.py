"""Synthetic cohorts of submissions, built from the solutions, the release and the answers kept beside the tests.

A student answers each question with the solution, one of its right answers (tests/right_answers/:
another style, as an honest student who did not think like the solution's author writes it) or one
of its wrong answers, and writes the code with names and comments of their own
(grader.demo.disguise). A partner hands in the group's notebooks as they are; a copier hands in
another group's, disguised. Deterministic (fixed seeds), so a demo, a test or a benchmark grades the
same cohort every time.
"""
import csv
import random
from dataclasses import dataclass
from pathlib import Path

import nbformat

from grader.authoring.answers import RIGHT, WRONG, Answer, apply_answers, load_answers
from grader.course.layout import source_notebooks, write_submission
from grader.demo.disguise import disguise_notebook


@dataclass(frozen=True)
class Student:
    """Who submits what: ``wrong`` holds the (lab, question) pairs answered wrongly; ``late`` the labs
    handed in late. ``style`` (a seed) picks the student's style for each question and their own names
    and comments; without one, the solution is handed in as written. ``same_as`` is a partner whose
    notebooks this student hands in too; ``copies`` another group's student whose notebooks this one
    copies, disguised. Either must come earlier in the cohort."""
    id: str
    blank: bool = False
    wrong: frozenset[tuple[str, str]] = frozenset()
    late: frozenset[str] = frozenset()
    style: int | None = None
    same_as: str | None = None
    copies: str | None = None


@dataclass(frozen=True)
class LabAnswers:
    """A lab's answers kept beside the tests, by question."""
    wrong: dict[str, list[Answer]]
    right: dict[str, list[Answer]]


def lab_answers(course_dir: Path, lab: str) -> LabAnswers:
    """The wrong and right answers of the lab's notebooks, by question."""
    found: dict[str, dict[str, list[Answer]]] = {WRONG: {}, RIGHT: {}}
    for path in source_notebooks(course_dir, lab):
        for kind, by_question in found.items():
            for answer in load_answers(course_dir, path.stem, kind):
                by_question.setdefault(answer.question, []).append(answer)
    return LabAnswers(wrong=found[WRONG], right=found[RIGHT])


def synthetic_cohort(questions: list[tuple[str, str]], size: int = 12, seed: int = 2223) -> list[Student]:
    """A perfect, a blank, a late and a basic-only student, one with half the basic questions wrong,
    and ``size - 5`` students of random skill, each getting a question right with that probability,
    in a style of their own. From six students on, the last one copies the late student's notebooks
    (another group's work, see grader.demo.synthetic_grades), so the similarity report has a pair to find.

    ``questions`` are (lab, question) pairs that have wrong answers.
    """
    basic = sorted(q for q in questions if q[1].startswith("basic-"))
    advanced = frozenset(q for q in questions if q[1].startswith("advanced-"))
    rng = random.Random(seed)
    cohort = [
        Student("perfect"),
        Student("blank", blank=True),
        Student("late", late=frozenset({"lab1"}), style=1),
        Student("basics_only", wrong=advanced, style=2),
        Student("half_basics", wrong=advanced | frozenset(basic[: len(basic) // 2]), style=3),
    ]
    random_students = size - len(cohort)
    for number in range(1, random_students + 1):
        skill = rng.uniform(0.3, 1.0)
        wrong = frozenset(q for q in sorted(questions) if rng.random() > skill)
        if number == random_students:
            cohort.append(Student(f"student{number:02d}", copies="late"))
        else:
            cohort.append(Student(f"student{number:02d}", wrong=wrong, style=len(cohort) + 1))
    return cohort


def copying_cohort(groups: int, copiers: int, seed: int = 2223) -> tuple[list[Student], dict[str, str]]:
    """``groups`` honest groups of two, whose partners hand in the same notebooks, each answering every
    question right in a style of its own, and ``copiers`` students, each a group of their own, who copy
    the notebooks of an honest group, disguised; returns the students and each one's group."""
    rng = random.Random(seed)
    cohort, group_of = [], {}
    for number in range(1, groups + 1):
        first, second = f"s{2 * number - 1:04d}", f"s{2 * number:04d}"
        cohort += [Student(first, style=rng.randrange(10**9)), Student(second, same_as=first)]
        group_of |= {first: f"g{number:04d}", second: f"g{number:04d}"}
    originals = rng.sample([s.id for s in cohort if s.same_as is None], copiers)
    for number, original in enumerate(originals, start=1):
        copier = f"copier{number:02d}"
        cohort.append(Student(copier, copies=original))
        group_of[copier] = f"c{number:02d}"
    return cohort, group_of


def submit(course_dir: Path, lab: str, student: Student, answers: LabAnswers, timestamp: str | None = None) -> Path:
    """Write one student's submission of ``lab`` to submitted/<student>/<lab>/, with nbgrader's
    timestamp.txt when ``timestamp`` is given."""
    handed_in = student.same_as or student.copies
    if handed_in:
        rng = random.Random(f"{student.id}/{lab}")
        notebooks = {}
        for path in sorted((course_dir / "submitted" / handed_in / lab).glob("*.ipynb")):
            nb = nbformat.read(path, as_version=4)
            notebooks[path.stem] = disguise_notebook(nb, rng, copier=True) if student.copies else nb
        return write_submission(course_dir, student.id, lab, notebooks, timestamp)
    rng = random.Random(f"{student.style}/{lab}")
    chosen, cells = [], set()
    for question in sorted(set(answers.wrong) | set(answers.right)):
        if (lab, question) in student.wrong and question in answers.wrong:
            options = answers.wrong[question][:1] if student.style is None else answers.wrong[question]
        elif student.style is not None and question in answers.right:
            options = [None, *answers.right[question]]  # None: the solution's own style
        else:
            continue
        answer = rng.choice(options)
        if answer is not None and (answer.notebook, answer.cell) not in cells:
            chosen.append(answer)
            cells.add((answer.notebook, answer.cell))
    notebooks = {}
    for path in source_notebooks(course_dir, lab):
        if student.blank:
            notebooks[path.stem] = nbformat.read(course_dir / "release" / lab / path.name, as_version=4)
            continue
        nb = apply_answers(nbformat.read(path, as_version=4), [a for a in chosen if a.notebook == path.stem])
        notebooks[path.stem] = nb if student.style is None else disguise_notebook(nb, rng, copier=False)
    return write_submission(course_dir, student.id, lab, notebooks, timestamp)


def submit_copying_cohort(course_dir: Path, lab: str, groups: int, copiers: int, seed: int = 2223) -> list[Student]:
    """Submit a copying_cohort's notebooks of ``lab`` and write its grades/groups.csv, as the similarity
    tests and benchmark need; returns the cohort."""
    cohort, group_of = copying_cohort(groups, copiers, seed)
    answers = lab_answers(course_dir, lab)
    for student in cohort:
        submit(course_dir, lab, student, answers)
    (course_dir / "grades").mkdir(exist_ok=True)
    with (course_dir / "grades" / "groups.csv").open("w", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows([["group", "student_id"], *((g, s) for s, g in group_of.items())])
    return cohort

