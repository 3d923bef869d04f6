"""`grader grades`: final grades from the gradebook, grades/*.csv and grading.toml, written to reports/.

Everything is read and checked first, and the reports are written only when all inputs are
good, each through a temporary file (grader.grading.reports.write_atomically): bad input leaves reports/
as it was. The roster is the gradebook's students; a grades file naming anyone else is an error.
A default grades file that does not exist yet counts as empty (before the exam, every exam is
missing); a file given on the command line must exist.
"""
import gc
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from grader.gradebook import read_lab_results, read_roster
from grader.grading.final_grade import Components, FinalGrade, final_grade
from grader.grading.html_report import report_html
from grader.grading.inputs import read_exam, read_groups, read_lab_overrides, read_project
from grader.grading.item_analysis import item_statistics
from grader.grading.lab_grades import lab_grades, submission_letters
from grader.grading.policy import Policy, load_policy
from grader.grading.records import LabGradebook
from grader.grading.reports import (
    StudentGrade,
    canvas_csv,
    final_grades_csv,
    question_scores_csv,
    questions_csv,
    write_atomically,
)

GRADE_FILES = {"exam": "grades/exam.csv", "project": "grades/project.csv",
               "groups": "grades/groups.csv", "labs": "grades/labs.csv"}
log = logging.getLogger(__name__)


@dataclass
class Graded:
    policy: Policy
    grades: list[StudentGrade]
    lab_gradebooks: dict[str, LabGradebook]
    question_scores: pd.DataFrame  # grader.grading.records.QUESTION_SCORES
    notices: list[str] = field(default_factory=list)


def grade_course(course_dir: Path, *, exam: Path | None = None, project: Path | None = None,
                 groups: Path | None = None, labs: Path | None = None, policy: Path | None = None) -> Graded:
    """Every student's final grade. A path left as None is the course's default file (see GRADE_FILES)."""
    policy_ = load_policy(policy or course_dir / "grading.toml")
    roster = read_roster(course_dir)
    ids = {s.id for s in roster}
    notices: list[str] = []
    paths = {}
    for name, given in (("exam", exam), ("project", project), ("groups", groups), ("labs", labs)):
        path = given or course_dir / GRADE_FILES[name]
        if given is None and not path.exists():
            notices.append(f"{path} not found: read as empty")
            path = None
        paths[name] = path
    exam_letters = read_exam(paths["exam"], ids) if paths["exam"] else {}
    project_results = read_project(paths["project"], ids) if paths["project"] else {}
    group_of = read_groups(paths["groups"], ids) if paths["groups"] else {}
    overrides = read_lab_overrides(paths["labs"], ids, policy_.labs) if paths["labs"] else {}

    lab_gradebooks, question_scores = read_lab_results(course_dir, policy_.labs)
    for lab in policy_.labs:
        if lab not in lab_gradebooks:
            notices.append(f"{lab} is not in the gradebook yet: only grades/labs.csv can give its letters")
    per_lab = {
        lab: lab_grades(ids, lab, submission_letters(lab_gradebooks[lab], policy_) if lab in lab_gradebooks else {},
                        group_of, overrides, policy_, _shown(paths["labs"], course_dir))
        for lab in policy_.labs
    }
    grades = []
    finals: dict[tuple, tuple[Components, FinalGrade]] = {}  # final_grade is pure: students alike share both
    for student in roster:
        labs = tuple((lab, per_lab[lab][student.id]) for lab in policy_.labs if student.id in per_lab[lab])
        key = (exam_letters.get(student.id), labs, project_results.get(student.id))
        if key not in finals:
            components = Components(exam=key[0], labs=dict(labs), project=key[2])
            finals[key] = (components, final_grade(components, policy_))
        grades.append(StudentGrade(student, *finals[key]))
    without_canvas_id = sum(not s.lms_user_id for s in roster)
    if without_canvas_id:
        notices.append(f"{without_canvas_id} of {len(roster)} students have no Canvas id (lms_user_id): Canvas will "
                       f"match them by SIS Login ID or name (import a roster with `nbgrader db student import`)")
    return Graded(policy_, grades, lab_gradebooks, question_scores, notices)


def write_reports(course_dir: Path, out: Path | None = None, *, canvas_column: str = "Final grade",
                  **inputs: Path | None) -> tuple[list[Path], Graded]:
    """Grade the course (``inputs`` as for grade_course) and write the reports to ``out``
    (default: <course>/reports); returns the files written and the grading.

    Python's cyclic garbage collector is off meanwhile: a large course makes millions of objects
    (a row per grade), none in a cycle, and each collection would walk them all again (for 10,000
    students, 0.4-0.9 s of CPU more than the 1.5-2 s the rest takes). It is on again before this returns."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        graded = grade_course(course_dir, **inputs)
        out = out or course_dir / "reports"
        scores = graded.question_scores
        items = item_statistics(scores)
        files = {
            out / "final_grades.csv": final_grades_csv(graded.grades, graded.policy),
            out / "canvas_grades.csv": canvas_csv(graded.grades, canvas_column),
            out / "question_scores.csv": question_scores_csv(scores),
            out / "questions.csv": questions_csv(items),
            out / "report.html": report_html(graded.grades, graded.lab_gradebooks, graded.policy,
                                             f"Grade report: {course_dir.resolve().name}", items),
        }
        write_atomically(files)
    finally:
        if was_enabled:
            gc.enable()
    return list(files), graded


def _shown(path: Path | None, course_dir: Path) -> str:
    """How notes name a grades file: relative to the course when it is inside it."""
    if path is None:
        return GRADE_FILES["labs"]
    try:
        return str(path.resolve().relative_to(course_dir.resolve()))
    except ValueError:
        return str(path)


def add_command(subparsers, common) -> None:
    parser = subparsers.add_parser(
        "grades", parents=[common], help="compute the final grades and write the reports",
        description="Letter each lab from the gradebook, combine them with the exam and project results in grades/ "
                    "under the rules of grading.toml, and write reports/final_grades.csv, reports/canvas_grades.csv "
                    "(for Canvas's import) and reports/report.html. Bad input stops it before anything is written.")
    for name, what in (("exam", "exam letters: student_id,grade"), ("project", "project results: student_id,result"),
                       ("groups", "lab groups: group,student_id"), ("labs", "lab letters given outside the "
                                                                            "gradebook: student_id,lab,grade,late")):
        parser.add_argument(f"--{name}", type=Path, metavar="CSV", help=f"{what} (default: DIR/{GRADE_FILES[name]})")
    parser.add_argument("--policy", type=Path, help="grading policy (default: DIR/grading.toml)")
    parser.add_argument("--out", type=Path, help="folder for the reports (default: DIR/reports)")
    parser.add_argument("--canvas-column", default="Final grade",
                        help="column of canvas_grades.csv: the Canvas assignment, best as 'Title (id)' (default: 'Final grade')")
    parser.set_defaults(run=_run)


def _run(args) -> int:
    started = time.perf_counter()
    paths, graded = write_reports(args.course_dir, args.out, canvas_column=args.canvas_column, exam=args.exam,
                                  project=args.project, groups=args.groups, labs=args.labs, policy=args.policy)
    for notice in graded.notices:
        log.info("%s", notice)
    statuses = [g.grade.status for g in graded.grades]
    print(f"graded {len(statuses)} students in {time.perf_counter() - started:.1f} s: "
          + ", ".join(f"{statuses.count(s)} {s}" for s in ("pass", "fail", "incomplete")))
    for path in paths:
        print(f"wrote {path}")
    return 0
