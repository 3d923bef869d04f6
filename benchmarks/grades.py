"""Time `grader grades` (grader.grading.command.write_reports) for 10,000 synthetic students; target: under 2 s
of CPU. Each run is a fresh Python process, as the command is, timed from reading grading.toml to the
reports on disk (starting Python and importing nbgrader and matplotlib, printed apart, add 2-3 s).

Two courses, graded in turn --repeat times:
- from CSV: the gradebook holds only the roster (with Canvas ids) and every lab letter comes from
  grades/labs.csv, with the exam, project and group files of grader.demo.synthetic_grades;
- from the gradebook: the same files, but the lab letters come from 20,000 graded submissions of the
  course's real labs (every graded cell of source/, 68 grade rows per student).
The gradebooks are filled with bulk inserts into nbgrader's tables (setup, not timed). Last, on a
gradebook of --stock-students students, the time of stock nbgrader's CSV export (`nbgrader export`)
against `grader grades`: the export loads each submission's scores one by one, and its time grows
with the square of the cohort (here 4 s of CPU for 250 students, 54 s for 1,000, unfinished after
15 minutes for 10,000), so it is compared on a cohort it can finish.

CPU time is less noisy than wall time, but a busy host (other virtual machines sharing the cores and
caches) still inflates it, by half on a bad minute: the courses alternate, so that both see the machine
alike, and the ratio of their medians shows the cost of reading the gradebook whatever the machine's
speed at the time.

    .venv/bin/python benchmarks/grades.py [--students N] [--repeat N] [--stock-students N]
"""
import argparse
import csv
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from unittest import mock

import nbformat
from nbgrader.api import Grade, Gradebook, Student, SubmittedAssignment, SubmittedNotebook, new_uuid
from sqlalchemy import func, insert

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader.course.layout import due_dates, labs  # noqa: E402
from grader.course.nbgrader_apps import nbgrader_env  # noqa: E402
from grader.demo.synthetic_grades import synthetic_grade_rows  # noqa: E402
from grader.gradebook import gradebook_url  # noqa: E402


def graded_cells(lab: str) -> dict[str, list[tuple[str, str, float]]]:
    """The lab's notebooks and their graded cells (grade id, cell type, points), from source/."""
    cells = {}
    for path in sorted((ROOT / "source" / lab).glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        cells[path.stem] = [(c.metadata.nbgrader["grade_id"], c.cell_type, c.metadata.nbgrader.get("points", 0))
                            for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade")]
    return cells


def build_course(folder: Path, size: int, submissions: bool) -> None:
    shutil.copy(ROOT / "grading.toml", folder)
    students = [f"s{number:05d}" for number in range(size)]
    files = synthetic_grade_rows(students)
    rng = random.Random(7)
    lab_names = labs(ROOT)
    if not submissions:
        files["labs"] = files["labs"][:1] + [[s, lab, rng.choice("ABCDE"), rng.choice(("no",) * 9 + ("yes",))]
                                             for s in students for lab in lab_names]
    (folder / "grades").mkdir()
    for name, rows in files.items():
        with (folder / "grades" / f"{name}.csv").open("w", newline="") as f:
            csv.writer(f).writerows(rows)
    roster = [dict(zip(files["roster"][0], row)) for row in files["roster"][1:]]
    with mock.patch.dict("os.environ", {"PATH": nbgrader_env()["PATH"]}), Gradebook(gradebook_url(folder)) as gb:
        gb.db.execute(insert(Student), roster)
        gb.db.commit()
        if submissions:
            due = due_dates(ROOT)
            for lab in lab_names:
                _submit_everyone(gb, lab, due[lab], graded_cells(lab), students, rng)


def _submit_everyone(gb: Gradebook, lab: str, due: str, notebooks: dict, students: list[str], rng) -> None:
    assignment = gb.add_assignment(lab, duedate=due)
    cell_ids = {}
    for notebook, cells in notebooks.items():
        gb.add_notebook(notebook, lab)
        for grade_id, cell_type, points in cells:
            cell_ids[(notebook, grade_id)] = gb.add_grade_cell(grade_id, notebook, lab, max_score=points,
                                                               cell_type=cell_type).id
    notebook_ids = {nb.name: nb.id for nb in assignment.notebooks}
    deadline = assignment.duedate
    submitted, notebooks_rows, grades = [], [], []
    for student in students:
        skill = rng.uniform(0.5, 1.0)
        submission_id = new_uuid()
        late = rng.random() < 0.1
        submitted.append({"id": submission_id, "assignment_id": assignment.id, "student_id": student,
                          "timestamp": deadline + (timedelta(hours=2) if late else -timedelta(days=1))})
        for notebook, cells in notebooks.items():
            notebook_id = new_uuid()
            notebooks_rows.append({"id": notebook_id, "assignment_id": submission_id, "notebook_id": notebook_ids[notebook]})
            for grade_id, cell_type, points in cells:
                score = points if rng.random() < skill else 0
                grades.append({"id": new_uuid(), "cell_id": cell_ids[(notebook, grade_id)], "notebook_id": notebook_id,
                               "auto_score": score if cell_type == "code" else None,
                               "manual_score": score if cell_type == "markdown" else None,
                               "needs_manual_grade": False})
    for table, rows in ((SubmittedAssignment, submitted), (SubmittedNotebook, notebooks_rows), (Grade, grades)):
        gb.db.execute(insert(table), rows)
    gb.db.commit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--stock-students", type=int, default=1_000,
                        help="cohort for the comparison with stock nbgrader's export (0: none)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as from_csv, tempfile.TemporaryDirectory() as from_gradebook:
        courses = {"from CSV": Path(from_csv), "from the gradebook": Path(from_gradebook)}
        for name, course in courses.items():
            build_course(course, args.students, submissions=course == courses["from the gradebook"])
        print(_shape(courses["from the gradebook"]))
        cpu: dict[str, list[float]] = {name: [] for name in courses}
        for _ in range(args.repeat):  # the two courses in turn, so that both see the machine alike
            for name, course in courses.items():
                seconds, line = _time_in_new_process(course)
                cpu[name].append(seconds)
                print(f"grader grades, {args.students + 1} students {name}: {line}", flush=True)
        medians = {name: statistics.median(times) for name, times in cpu.items()}
        print("median CPU: " + ", ".join(f"{seconds:.2f} s {name}" for name, seconds in medians.items())
              + f"; from the gradebook / from CSV: {medians['from the gradebook'] / medians['from CSV']:.2f}")
    if args.stock_students:
        with tempfile.TemporaryDirectory() as folder:
            course = Path(folder)
            build_course(course, args.stock_students, submissions=True)
            ours, stock = _time_in_new_process(course)[0], _stock_export(course)
            print(f"{args.stock_students + 1} students from the gradebook: grader grades {ours:.2f} s CPU, stock "
                  f"nbgrader's CSV export {stock:.1f} s CPU ({stock / ours:.0f} times as long)")


def _shape(course: Path) -> str:
    """How many grade rows the gradebook has and how many are off full points: only those are fetched."""
    with Gradebook(gradebook_url(course)) as gb:
        rows = gb.db.query(func.count(Grade.id)).scalar()
        off = gb.db.query(func.count(Grade.id)).filter(Grade.score != Grade.max_score).scalar()
    return f"gradebook: {rows} grade rows, {off} ({100 * off / max(rows, 1):.0f}%) off full points"


def _time_in_new_process(course: Path) -> tuple[float, str]:
    """write_reports timed in a new Python process: its CPU time, and a line with its wall and CPU
    time, the import time and the counts."""
    code = f"""
import time
from pathlib import Path
started, cpu = time.perf_counter(), time.process_time()
from grader.grading.command import write_reports
imported, cpu_imported = time.perf_counter(), time.process_time()
_, graded = write_reports(Path({str(course)!r}))
elapsed, cpu = time.perf_counter() - imported, time.process_time() - cpu_imported
statuses = [g.grade.status for g in graded.grades]
counts = ", ".join(f"{{statuses.count(s)}} {{s}}" for s in ("pass", "fail", "incomplete"))
print(cpu)
print(f"{{elapsed:.2f}} s (CPU {{cpu:.2f}} s; imports {{cpu_imported:.2f}} s CPU more; {{counts}})")
"""
    cpu, line = _run_python(code, course).split("\n")
    return float(cpu), line


def _stock_export(course: Path) -> float:
    """CPU seconds of stock nbgrader's export of the course's gradebook (CsvExportPlugin, what `nbgrader
    export` runs: every assignment's score for every student), in a new Python process."""
    return float(_run_python(f"""
import time
from nbgrader.api import Gradebook
from nbgrader.plugins import CsvExportPlugin
cpu = time.process_time()
with Gradebook({gradebook_url(course)!r}) as gb:
    CsvExportPlugin(to={str(course / "export.csv")!r}).export(gb)
print(time.process_time() - cpu)
""", course))


def _run_python(code: str, course: Path) -> str:
    run = subprocess.run([sys.executable, "-c", code], env={**nbgrader_env(), "PYTHONPATH": str(ROOT)},
                         capture_output=True, text=True, cwd=ROOT)
    if run.returncode:
        sys.exit(f"timing on {course} failed:\n{run.stderr}")
    return run.stdout.strip()


if __name__ == "__main__":
    main()
