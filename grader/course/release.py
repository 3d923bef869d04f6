"""`grader release`: regenerate release/ from source/ with nbgrader, and record the due dates."""
import shutil
from pathlib import Path

from grader.course.layout import due_dates, labs
from grader.course.nbgrader_apps import run_nbgrader


def release(course_dir: Path, lab_names: list[str] | None = None) -> list[Path]:
    """Generate the student version of each lab; returns the released notebooks.

    The gradebook records each lab's locked cells and checksums (autograding restores them), and its
    due date from grading.toml. The lab's release folder is replaced whole, so a notebook deleted
    from source/ disappears from release/ too; if nbgrader fails, the previous release is put back.
    """
    due = due_dates(course_dir)
    released = []
    for lab in lab_names or labs(course_dir):
        if lab in due:
            run_nbgrader(course_dir, "db", "assignment", "add", lab, f"--duedate={due[lab]}")
        target = course_dir / "release" / lab
        previous = target.with_name(f".{lab}.previous")
        shutil.rmtree(previous, ignore_errors=True)
        if target.exists():
            target.rename(previous)
        try:
            run_nbgrader(course_dir, "generate_assignment", lab, "--force")
        except BaseException:
            shutil.rmtree(target, ignore_errors=True)
            if previous.exists():
                previous.rename(target)
            raise
        shutil.rmtree(previous, ignore_errors=True)
        released += sorted(target.glob("*.ipynb"))
    return released


def add_command(subparsers, common) -> None:
    parser = subparsers.add_parser(
        "release", parents=[common], help="make the student versions in release/ from source/",
        description="Make release/LAB/ from source/LAB/ with `nbgrader generate_assignment` (solutions and hidden "
                    "tests removed) and record each lab's due date from grading.toml in the gradebook. "
                    "Commit release/ and hand it to the students.")
    parser.add_argument("labs", nargs="*", metavar="LAB", help="labs to release (default: every lab in source/)")
    parser.set_defaults(run=_run)


def _run(args) -> int:
    for path in release(args.course_dir, args.labs):
        print(f"released {path}")
    return 0
