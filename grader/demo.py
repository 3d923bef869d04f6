"""`grader demo` (`make demo`): the whole course run on a synthetic cohort, in its own folder.

The demo course (demo/ by default) gets a copy of the course's configuration, sources and wrong
answers; it is released, a cohort of synthetic students submits (grader.cohort), and nbgrader
autogrades them. The course's own gradebook and student folders are never touched.
"""
import shutil
import time
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

from .cohort import lab_questions, submit, synthetic_cohort
from .course import due_dates, labs
from .errors import GraderError
from .gradebook_cells import cell_scores
from .nbgrader_run import run_nbgrader
from .release import release

MARKER = ".grader-demo"
COPIED = ("nbgrader_config.py", "grading.toml", "source", "tests/wrong_answers")


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


def submit_cohort(demo: Path, size: int) -> list[str]:
    """Every synthetic student submits every lab: one day early, or two hours late."""
    due = due_dates(demo)
    questions = {lab: lab_questions(demo, lab) for lab in labs(demo)}
    cohort = synthetic_cohort([(lab, q) for lab, qs in questions.items() for q in qs], size)
    for lab, lab_qs in questions.items():
        if lab not in due:
            raise GraderError(f"{demo / 'grading.toml'}: [due] has no date for {lab}")
        deadline = datetime.fromisoformat(due[lab])
        for student in cohort:
            when = deadline + (timedelta(hours=2) if lab in student.late else -timedelta(days=1))
            submit(demo, lab, student, lab_qs, when.isoformat(sep=" "))
    return [s.id for s in cohort]


def summary(demo: Path, students: list[str]) -> str:
    """Points per student and lab, as stored in the gradebook."""
    points: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
    lab_names = labs(demo)
    for lab in lab_names:
        for score in cell_scores(demo, lab):
            if score.autograded:
                total = points[(score.student, lab)]
                total[0] += score.score
                total[1] += score.max_score
    header = f"{'student':<14}" + "".join(f"{lab:>16}" for lab in lab_names)
    rows = [header]
    for student in students:
        cells = "".join(f"{points[(student, lab)][0]:>9g} / {points[(student, lab)][1]:<4g}" for lab in lab_names)
        rows.append(f"{student:<14}{cells}")
    return "\n".join(rows)


def run_demo(repo: Path, demo: Path, size: int = 12) -> str:
    prepare_demo_course(repo, demo)
    release(demo)
    students = submit_cohort(demo, size)
    for lab in labs(demo):
        started = time.perf_counter()
        run_nbgrader(demo, "autograde", lab)
        print(f"autograded {lab} for {len(students)} students in {time.perf_counter() - started:.0f} s")
    return summary(demo, students)


def add_command(subparsers) -> None:
    parser = subparsers.add_parser("demo", help="release, submit a synthetic cohort and autograde it, in demo/")
    parser.add_argument("--course", type=Path, default=Path("."), help="the course to demonstrate (default: .)")
    parser.add_argument("--out", type=Path, default=Path("demo"), help="demo course folder (default: demo/)")
    parser.add_argument("--students", type=int, default=12, help="cohort size, at least 5 (default: 12)")
    parser.set_defaults(run=_run)


def _run(args) -> int:
    if args.students < 5:
        raise GraderError("--students must be at least 5 (perfect, blank, late, basics only, half the basics)")
    print(run_demo(args.course.resolve(), args.out.resolve(), args.students))
    print(f"\nThe demo course is in {args.out}/ (gradebook: {args.out / 'gradebook.db'}, "
          f"autograded notebooks: {args.out / 'autograded'}/)")
    return 0
