"""`grader demo` (`make demo`): the whole course run on a synthetic cohort, in its own folder.

The demo course (demo/ by default) gets a copy of the course's configuration, sources and wrong
answers; it is released, a cohort of synthetic students submits (grader.demo.cohort), `grader autograde`
grades them in parallel sandboxes, the written answers are graded as an instructor would in
formgrader (one left for later, to show a provisional letter), nbgrader generates every student's
feedback, the grade reports are written from synthetic exam and project results, and each lab's
similarity report (one student of the cohort copies another group's notebooks, disguised). The
course's own gradebook and student folders are never touched.
"""
import argparse
import logging
import random
import shutil
import time
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

from grader.autograde.command import autograde
from grader.autograde.executors import LocalExecutor
from grader.autograde.progress import summary_counts, summary_table
from grader.course.layout import due_dates, labs
from grader.course.nbgrader_apps import run_nbgrader
from grader.course.release import release
from grader.demo.cohort import lab_answers, submit, synthetic_cohort
from grader.demo.synthetic_grades import write_synthetic_grades
from grader.errors import GraderError
from grader.gradebook import cell_scores, open_gradebook
from grader.grading.command import Graded, write_reports
from grader.similarity.command import DEFAULT_THRESHOLD, lab_similarity, write_similarity_reports

MARKER = ".grader-demo"
MIN_STUDENTS = 5
log = logging.getLogger(__name__)
COPIED = ("nbgrader_config.py", "grading.toml", "source", "tests/wrong_answers", "tests/right_answers")


def prepare_demo_course(repo: Path, demo: Path) -> None:
    """Recreate ``demo`` as a fresh course; refuse to wipe a folder the demo did not make."""
    if demo.exists():
        if not (demo / MARKER).exists():
            raise GraderError(f"{demo} exists and was not made by `grader demo`: choose another --out")
        shutil.rmtree(demo)
    demo.mkdir(parents=True)
    (demo / MARKER).write_text("made by `grader demo`; recreated on every run\n")
    for name in COPIED:
        if (repo / name).is_dir():
            shutil.copytree(repo / name, demo / name)
        else:
            shutil.copy(repo / name, demo / name)
    with (demo / "nbgrader_config.py").open("a") as config:  # never the course's gradebook, wherever db_url points
        config.write('\n# grader demo: the demo course has a gradebook of its own.\nc.CourseDirectory.db_url = "sqlite:///gradebook.db"\n')


def submit_cohort(demo: Path, size: int) -> list[str]:
    """Every synthetic student submits every lab: one day early, or two hours late."""
    due = due_dates(demo)
    answers = {lab: lab_answers(demo, lab) for lab in labs(demo)}
    cohort = synthetic_cohort([(lab, q) for lab, a in answers.items() for q in a.wrong], size)
    for lab, found in answers.items():
        if lab not in due:
            raise GraderError(f"{demo / 'grading.toml'}: [due] has no date for {lab}")
        deadline = datetime.fromisoformat(due[lab])
        for student in cohort:
            when = deadline + (timedelta(hours=2) if lab in student.late else -timedelta(days=1))
            submit(demo, lab, student, found, when.isoformat(sep=" "))
    return [s.id for s in cohort]


def grade_written_answers(demo: Path, ungraded: str, seed: int = 2223) -> None:
    """Give each written answer awaiting a grade full or half points, as a grader in formgrader
    would, except those of ``ungraded``, whose lab letters stay provisional."""
    rng = random.Random(seed)
    with open_gradebook(demo) as gradebook:
        for lab in labs(demo):
            for submission in gradebook.assignment_submissions(lab):
                for notebook in submission.notebooks:
                    for grade in notebook.grades:
                        if grade.needs_manual_grade and submission.student_id != ungraded:
                            grade.manual_score = grade.max_score * rng.choice((1, 1, 1, 0.5))
                            grade.needs_manual_grade = False
        gradebook.db.commit()


def summary(demo: Path, graded: Graded) -> str:
    """Per student: autograded points and letter of each lab, exam, project and the final grade; the
    legend says that the letter also counts the written answers, which the points leave out."""
    points: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
    lab_names = labs(demo)
    for lab in lab_names:
        for score in cell_scores(demo, lab):
            if score.autograded:
                total = points[(score.student, lab)]
                total[0] += score.score
                total[1] += score.max_score
    header = f"{'student':<12}" + "".join(f"{lab:>15}" for lab in lab_names) + "  exam  project    final  status"
    rows = [header]
    for g in graded.grades:
        labs_shown = "".join(
            f"{points[(g.student.id, lab)][0]:>6g}/{points[(g.student.id, lab)][1]:<3g} {g.grade.labs[lab] or '-':>4}"
            for lab in lab_names)
        rows.append(f"{g.student.id:<12}{labs_shown}  {g.components.exam or '-':>4}  {g.components.project or '-':>7}"
                    f"  {g.grade.final or '-':>7}  {g.grade.status}")
    rows.append("(each lab: autograded points, then the lab letter, which also counts the written answers "
                "graded by hand)")
    return "\n".join(rows)


def autograde_labs(demo: Path, executor: LocalExecutor) -> None:
    """`grader autograde` every lab, with one line of counts each; a submission that could not be
    graded stops the demo, which would otherwise write feedback and grades from what is missing."""
    for lab in labs(demo):
        started = time.perf_counter()
        reports = autograde(demo, lab, executor)
        print(f"autograded {lab} in {time.perf_counter() - started:.0f} s with {executor.slots} sandboxed "
              f"workers: {summary_counts(reports)}")
        bad = [r for r in reports if r.status not in ("graded", "skipped")]
        if bad:
            raise GraderError(f"{lab}: {len(bad)} submissions were not graded, so the demo stops:\n{summary_table(bad)}")


def run_demo(repo: Path, demo: Path, size: int = 12) -> tuple[str, list[Path]]:
    """Run the course on a synthetic cohort; returns the summary and the reports written."""
    executor = LocalExecutor()
    try:
        for warning in executor.check_sandbox():
            log.info("%s", warning)
        prepare_demo_course(repo, demo)
        release(demo)
        students = submit_cohort(demo, size)
        autograde_labs(demo, executor)
    finally:
        executor.close()
    grade_written_answers(demo, ungraded=students[-1])
    for lab in labs(demo):
        run_nbgrader(demo, "generate_feedback", lab)
    write_synthetic_grades(demo, students, labs(demo))
    run_nbgrader(demo, "db", "student", "import", "grades/roster.csv")
    reports, graded = write_reports(demo)
    lines = [summary(demo, graded), ""]
    for lab in labs(demo):
        found = lab_similarity(demo, lab)
        reports += write_similarity_reports(demo, found, DEFAULT_THRESHOLD)
        lines.append(f"similarity of {lab}: {len(found.pairs)} pairs to look at"
                     + "".join(f"\n  {p.similarity:.2f}  {p.notebook}  {p.student_a} / {p.student_b}: {p.why}"
                               for p in found.pairs[:3]))
    return "\n".join(lines), reports


def _cohort_size(text: str) -> int:
    if not text.isdigit() or int(text) < MIN_STUDENTS:
        raise argparse.ArgumentTypeError(f"at least {MIN_STUDENTS} (perfect, blank, late, basics only, half the "
                                         f"basics), got {text!r}")
    return int(text)


def add_command(subparsers, common) -> None:
    parser = subparsers.add_parser(
        "demo", parents=[common], help="run the whole journey on a synthetic cohort, in demo/",
        description="Copy the course (--course-dir) into a demo course of its own, release it, have a synthetic "
                    "cohort submit, autograde it in sandboxes, grade the written answers, generate feedback and "
                    "write the grade reports; print each student's points, lab letters and final grade. The "
                    "course's own gradebook and student folders are never touched.")
    parser.add_argument("--out", type=Path, default=Path("demo"), help="demo course folder, recreated on every "
                        "run (default: demo/)")
    parser.add_argument("--students", type=_cohort_size, default=12, metavar="N",
                        help=f"cohort size, at least {MIN_STUDENTS} (default: 12)")
    parser.set_defaults(run=_run)


def _run(args) -> int:
    table, reports = run_demo(args.course_dir.resolve(), args.out.resolve(), args.students)
    print(table)
    print(f"\nThe demo course is in {args.out}/: gradebook {args.out / 'gradebook.db'}, "
          f"autograded notebooks in {args.out / 'autograded'}/")
    for path in reports:
        print(f"report: {path}")
    example = sorted((args.out / "feedback").glob("*/*/*.html"))[:1]
    print(f"feedback: {args.out / 'feedback'}/STUDENT/LAB/NOTEBOOK.html"
          + (f", e.g. {example[0]}" if example else ""))
    return 0
