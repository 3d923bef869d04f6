"""Stock `nbgrader autograde` against `grader autograde` on one synthetic cohort, in the same run.

    python benchmarks/autograde.py [--students 20] [--workers N] [--labs lab1 lab2] [--keep DIR]

The course's labs (every lab in source/ that has notebooks) are released into a scratch course and a
cohort of synthetic students of mixed quality submits each (grader.demo.cohort, as `make demo` does). Two
copies are graded, lab by lab, alternately: one by stock nbgrader, one by grader autograde. It prints
the time of each, the speed-up, whether the gradebooks hold the same rows (the scores and the rest),
and how much of the work is kernel start and imports: measured on each notebook by executing its
import statements alone in a fresh sandboxed kernel. Exits 1 when the gradebooks differ.
"""
import argparse
import ast
import json
import os
import shutil
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader.autograde.command import autograde  # noqa: E402
from grader.autograde.executors import LocalExecutor  # noqa: E402
from grader.course.layout import labs, source_notebooks  # noqa: E402
from grader.course.nbgrader_apps import nbgrader_env, run_nbgrader  # noqa: E402
from grader.course.release import release  # noqa: E402
from grader.demo.command import prepare_demo_course, submit_cohort  # noqa: E402
from grader.gradebook import gradebook_rows  # noqa: E402
from grader.sandbox.execute import ExecutionJob, Limits, execute_in_sandbox  # noqa: E402


def import_statements(nb) -> str:
    """The notebook's top-level import statements, in order."""
    lines = []
    for cell in nb.cells:
        if cell.cell_type == "code":
            try:
                tree = ast.parse(cell.source)
            except SyntaxError:
                continue
            lines += [ast.unparse(node) for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))]
    return "\n".join(dict.fromkeys(lines))


def kernel_start_and_imports(notebook: Path) -> tuple[float, float]:
    """Seconds to start a sandboxed kernel, and to run the notebook's imports in it."""
    nb = nbformat.read(notebook, as_version=4)
    probe = nbformat.v4.new_notebook(cells=[new_code_cell(import_statements(nb))], metadata=nb.metadata)
    settings = {"timeout": 300, "record_timing": True, "allow_errors": True, "kernel_name": "python3"}
    result = execute_in_sandbox(ExecutionJob(notebook.stem, json.loads(json.dumps(probe)), {}, settings, Limits()))
    timing = result.cells[0]["execution"]
    started, replied = (datetime.fromisoformat(timing[key].replace("Z", "+00:00"))
                        for key in ("iopub.execute_input", "shell.execute_reply"))
    return result.kernel_start, (replied - started).total_seconds()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=20, help="cohort size (default: 20)")
    parser.add_argument("--workers", type=int, default=os.cpu_count(), help="grader's local workers (default: cores)")
    parser.add_argument("--labs", nargs="*", help="labs to grade (default: every lab in source/)")
    parser.add_argument("--keep", type=Path, help="keep the graded courses in this folder")
    args = parser.parse_args()
    os.environ.update(nbgrader_env())
    scratch = Path(tempfile.mkdtemp(prefix="grader-benchmark-"))
    try:
        course = scratch / "cohort"
        prepare_demo_course(ROOT, course)
        release(course)
        students = submit_cohort(course, args.students)
        stock, ours = scratch / "stock", scratch / "grader"
        shutil.copytree(course, stock)
        shutil.copytree(course, ours)
        print(f"cohort: {len(students)} students; {os.cpu_count()} cores; load average "
              f"{os.getloadavg()[0]:.2f} before; grader with {args.workers} workers")
        times, same, share = {}, True, {}
        for lab in args.labs or labs(course):
            started = time.monotonic()
            run_nbgrader(stock, "autograde", lab)
            times[(lab, "stock")] = time.monotonic() - started
            started = time.monotonic()
            reports = autograde(ours, lab, LocalExecutor(args.workers), progress_stream=open(os.devnull, "w"))
            times[(lab, "grader")] = time.monotonic() - started
            flagged = [r.student for r in reports if r.flagged]
            failed = [r.student for r in reports if r.status != "graded"]
            lab_same = gradebook_rows(stock, lab) == gradebook_rows(ours, lab)
            same &= lab_same and not flagged and not failed
            print(f"{lab}: stock nbgrader {times[(lab, 'stock')]:.1f} s, grader autograde {times[(lab, 'grader')]:.1f} s "
                  f"({times[(lab, 'stock')] / times[(lab, 'grader')]:.2f}x); same gradebook rows: "
                  f"{'yes' if lab_same else 'NO'}" + (f"; flagged: {flagged}" if flagged else "")
                  + (f"; not graded: {failed}" if failed else ""))
            share[lab] = [kernel_start_and_imports(path) for path in source_notebooks(course, lab)]
        stock_total = sum(t for (_, who), t in times.items() if who == "stock")
        grader_total = sum(t for (_, who), t in times.items() if who == "grader")
        submissions = len(students) * len(share)
        print(f"total: {submissions} submissions; stock nbgrader {stock_total:.1f} s "
              f"({submissions / stock_total * 60:.1f}/min), grader autograde {grader_total:.1f} s "
              f"({submissions / grader_total * 60:.1f}/min): speed-up {stock_total / grader_total:.2f}x")
        overhead = 0.0
        for lab, measured in share.items():
            start = sum(k for k, _ in measured)
            imports = sum(i for _, i in measured)
            overhead += (start + imports) * len(students)
            print(f"{lab}: per submission, kernel start {start:.1f} s and imports {imports:.1f} s "
                  f"({len(measured)} notebooks)")
        print(f"kernel start and imports: {overhead / stock_total:.0%} of stock nbgrader's time")
        print(f"identical scores: {'yes' if same else 'NO'}; load average {os.getloadavg()[0]:.2f} after")
        if args.keep:
            shutil.copytree(scratch, args.keep, dirs_exist_ok=True)
        return 0 if same else 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
