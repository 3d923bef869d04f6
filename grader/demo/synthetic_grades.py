"""Synthetic grade files for a synthetic cohort (the demo and the benchmark): deterministic, fixed seed.

Besides random exam letters and project results, the files hold one of each case the grading rules
treat specially, once the cohort has at least six students: a missing exam, a failed exam, an
excellent and a failed project, an oral-presentation lab letter (grades/labs.csv), and a group
partner who submitted nothing (``groupmate``, added to the roster, in a group with the first student)
and gets the group's lab letters.
"""
import csv
import random
from collections.abc import Sequence
from pathlib import Path

PARTNER = "groupmate"
FILES = ("roster", "exam", "project", "groups", "labs")


def synthetic_grade_rows(students: Sequence[str], labs: Sequence[str] = ("lab1", "lab2"),
                         seed: int = 2223) -> dict[str, list[list[str]]]:
    """The rows (header first) of each grade file, and of grades/roster.csv for ``nbgrader db student import``."""
    rng = random.Random(seed)
    cohort = [*students, PARTNER] if students else []
    roster = [["id", "first_name", "last_name", "email", "lms_user_id"]]
    exam, project = [["student_id", "grade"]], [["student_id", "result"]]
    for number, student in enumerate(cohort, start=1):
        roster.append([student, f"Student {number}", student.replace("_", " ").title(), f"{student}@example.edu",
                       str(100000 + number)])
        exam.append([student, rng.choices("ABCDEF", weights=(2, 4, 5, 4, 2, 1))[0]])
        project.append([student, rng.choices(("excellent", "pass", "fail"), weights=(2, 12, 1))[0]])
    if len(students) >= 6:
        exam[1][1], project[1][1] = "A", "excellent"
        exam[2][1] = ""
        exam[3][1] = "F"
        project[4][1] = "fail"
    groups = [["group", "student_id"]]
    for index, student in enumerate([PARTNER, *students] if students else []):
        groups.append([f"g{index // 2 + 1:04d}", student])
    overrides = [["student_id", "lab", "grade", "late"]]
    if len(students) >= 6:
        overrides.append([students[5], labs[-1], "B", "no"])
    return {"roster": roster, "exam": exam, "project": project, "groups": groups, "labs": overrides}


def write_synthetic_grades(course_dir: Path, students: Sequence[str], labs: Sequence[str] = ("lab1", "lab2"),
                           seed: int = 2223) -> list[Path]:
    """Write grades/{roster,exam,project,groups,labs}.csv. Import the roster before grading:
    ``nbgrader db student import grades/roster.csv`` adds the partner and everyone's Canvas id."""
    folder = course_dir / "grades"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, rows in synthetic_grade_rows(students, labs, seed).items():
        path = folder / f"{name}.csv"
        with path.open("w", newline="", encoding="utf-8") as f:
            csv.writer(f, lineterminator="\n").writerows(rows)
        paths.append(path)
    return paths
