"""A synthetic cohort of submissions, built from the solutions, the release and the wrong answers.

Deterministic (fixed seed), so a demo or a benchmark grades the same cohort every time.
"""
import random
from dataclasses import dataclass
from pathlib import Path

import nbformat

from grader.authoring.wrong_answers import WrongAnswer, apply_wrong_answers, load_wrong_answers
from grader.course.layout import source_notebooks, write_submission


@dataclass(frozen=True)
class Student:
    """Who submits what: ``wrong`` holds the (lab, question) pairs answered wrongly; ``late`` the labs handed in late."""
    id: str
    blank: bool = False
    wrong: frozenset[tuple[str, str]] = frozenset()
    late: frozenset[str] = frozenset()


def lab_questions(course_dir: Path, lab: str) -> dict[str, list[WrongAnswer]]:
    """The lab's questions that have wrong answers, each with its wrong answers."""
    questions: dict[str, list[WrongAnswer]] = {}
    for path in source_notebooks(course_dir, lab):
        for answer in load_wrong_answers(course_dir, path.stem):
            questions.setdefault(answer.question, []).append(answer)
    return questions


def synthetic_cohort(questions: list[tuple[str, str]], size: int = 12, seed: int = 2223) -> list[Student]:
    """A perfect, a blank, a late and a basic-only student, one with half the basic questions wrong,
    and ``size - 5`` students of random skill, each getting a question right with that probability.

    ``questions`` are (lab, question) pairs.
    """
    basic = sorted(q for q in questions if q[1].startswith("basic-"))
    advanced = frozenset(q for q in questions if q[1].startswith("advanced-"))
    rng = random.Random(seed)
    cohort = [
        Student("perfect"),
        Student("blank", blank=True),
        Student("late", late=frozenset({"lab1"})),
        Student("basics_only", wrong=advanced),
        Student("half_basics", wrong=advanced | frozenset(basic[: len(basic) // 2])),
    ]
    for number in range(1, size - len(cohort) + 1):
        skill = rng.uniform(0.3, 1.0)
        cohort.append(Student(f"student{number:02d}", wrong=frozenset(q for q in sorted(questions) if rng.random() > skill)))
    return cohort


def submit(course_dir: Path, lab: str, student: Student, questions: dict[str, list[WrongAnswer]],
           timestamp: str) -> Path:
    """Write one student's submission of ``lab`` to submitted/<student>/<lab>/, with nbgrader's timestamp.txt."""
    chosen, cells = [], set()
    for question in sorted(q for l, q in student.wrong if l == lab and q in questions):
        answer = questions[question][0]
        if (answer.notebook, answer.cell) not in cells:
            chosen.append(answer)
            cells.add((answer.notebook, answer.cell))
    notebooks = {}
    for path in source_notebooks(course_dir, lab):
        if student.blank:
            notebooks[path.stem] = nbformat.read(course_dir / "release" / lab / path.name, as_version=4)
        else:
            notebooks[path.stem] = apply_wrong_answers(nbformat.read(path, as_version=4),
                                                       [a for a in chosen if a.notebook == path.stem])
    return write_submission(course_dir, student.id, lab, notebooks, timestamp)
