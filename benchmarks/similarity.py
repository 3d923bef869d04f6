"""Time `grader similarity lab1` on generated cohorts of 100, 300 and 1,000 students; target: 300 in under a minute.

Each cohort (grader.demo.cohort.copying_cohort) has honest groups of two, whose partners hand in
the same notebooks, each group answering every question of lab 1 in a style of its own (the
solution's or a right answer's, with its own names, comments and small choices), and six copiers
who hand in another group's notebooks, disguised. The notebooks are put in autograded/ as handed
in (the similarity reads only code and outputs); the time runs from reading them to both reports
on disk, on all the machine's cores (normalising uses two processes). It prints the time per
cohort, how it grows, and whether every copied pair ranked above every honest pair.

    .venv/bin/python benchmarks/similarity.py [--students 100 300 1000]
"""
import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader.demo.cohort import submit_copying_cohort  # noqa: E402
from grader.similarity.command import DEFAULT_THRESHOLD, lab_similarity, write_similarity_reports  # noqa: E402

LAB, COPIERS = "lab1", 6
COPIED = ("nbgrader_config.py", f"source/{LAB}", f"release/{LAB}", "tests/wrong_answers", "tests/right_answers")


def timed_run(students: int, scratch: Path) -> tuple[float, int, bool]:
    """(seconds, pairs listed, every copy ranked above every honest pair) for one cohort."""
    course = scratch / f"cohort{students}"
    course.mkdir()
    for name in COPIED:
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy)(ROOT / name, course / name)
    cohort = submit_copying_cohort(course, LAB, groups=(students - COPIERS) // 2, copiers=COPIERS)
    shutil.copytree(course / "submitted", course / "autograded")
    started = time.perf_counter()
    found = lab_similarity(course, LAB, DEFAULT_THRESHOLD)
    write_similarity_reports(course, found, DEFAULT_THRESHOLD)
    seconds = time.perf_counter() - started
    partner = {s.id: s.same_as for s in cohort if s.same_as}
    original = {s.id: s.copies for s in cohort if s.copies}
    copied = [any(x in original and original[x] in (y, partner.get(y)) for x, y in ((p.student_a, p.student_b),
                                                                                    (p.student_b, p.student_a)))
              for p in found.pairs]
    separated = all(copied[:copied.count(True)]) and copied.count(True) == 2 * COPIERS * len(found.release)
    return seconds, len(found.pairs), separated


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, nargs="+", default=[100, 300, 1000])
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}; threshold {DEFAULT_THRESHOLD}")
    print(f"{'students':>8} {'seconds':>8} {'per student':>12} {'growth':>7} {'pairs':>6}  copies first")
    previous = None
    with tempfile.TemporaryDirectory(prefix="similarity-benchmark-") as tmp:
        for students in args.students:
            seconds, pairs, separated = timed_run(students, Path(tmp))
            growth = f"{seconds / previous[1]:.1f}x" if previous else "-"
            print(f"{students:>8} {seconds:>8.1f} {seconds / students * 1000:>9.0f} ms {growth:>7} {pairs:>6}  "
                  f"{'yes' if separated else 'NO'}")
            previous = (students, seconds)


if __name__ == "__main__":
    main()
