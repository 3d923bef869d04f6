"""`grader similarity LAB`: rank the pairs of groups whose code in LAB is alike; write reports/similarity-LAB.*.

Reads the autograded notebooks, the release and grades/groups.csv (partners are not compared); writes
the CSV and the HTML together, atomically, and changes nothing else: no grade, no gradebook row.
"""
import argparse
import logging
import time
from dataclasses import dataclass
from pathlib import Path

from grader.gradebook import has_gradebook, read_roster
from grader.grading.inputs import read_groups
from grader.grading.reports import write_atomically
from grader.similarity.compare import Pair, similar_pairs
from grader.similarity.report import similarity_csv, similarity_html
from grader.similarity.work import NotebookWork, autograded_work, release_cells

DEFAULT_THRESHOLD = 0.7
GROUPS = "grades/groups.csv"
log = logging.getLogger(__name__)


@dataclass
class Similarity:
    lab: str
    pairs: list[Pair]
    work: dict[str, dict[str, NotebookWork]]
    release: dict[str, dict[str, str]]


def lab_similarity(course_dir: Path, lab: str, threshold: float = DEFAULT_THRESHOLD,
                   groups: Path | None = None) -> Similarity:
    """The pairs of ``lab`` to look at, most similar first. ``groups`` (default grades/groups.csv, read
    as empty when it does not exist) says who works together."""
    release = release_cells(course_dir, lab)
    work = autograded_work(course_dir, lab, list(release))
    path = groups or course_dir / GROUPS
    if groups is None and not path.exists():
        log.info("%s not found: every student is compared with every other", path)
        group_of = {}
    else:  # the roster: whoever has work here, and the gradebook's students (a partner who handed in nothing)
        roster = {student for students in work.values() for student in students}
        if has_gradebook(course_dir):
            roster |= {s.id for s in read_roster(course_dir)}
        group_of = read_groups(path, roster)
    pairs = [pair for notebook in release
             for pair in similar_pairs(notebook, work[notebook], release[notebook], group_of, threshold)]
    pairs.sort(key=lambda p: (-p.similarity, p.notebook, p.student_a, p.student_b))
    return Similarity(lab, pairs, work, release)


def write_similarity_reports(course_dir: Path, found: Similarity, threshold: float) -> list[Path]:
    folder = course_dir / "reports"
    files = {
        folder / f"similarity-{found.lab}.csv": similarity_csv(found.pairs),
        folder / f"similarity-{found.lab}.html": similarity_html(
            found.lab, found.pairs, found.work, found.release, threshold,
            {notebook: len(students) for notebook, students in found.work.items()}),
    }
    write_atomically(files)
    return list(files)


def _threshold(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(f"a similarity above 0 and at most 1, not {text!r}")
    return value


def add_command(subparsers, common) -> None:
    parser = subparsers.add_parser(
        "similarity", parents=[common], help="find groups whose code is alike, for you to read",
        description="Compare the code students wrote in LAB's solution cells (autograded/), across groups "
                    "(grades/groups.csv: partners are not compared), without the release's own code and with "
                    "names, comments and whitespace normalised; code that many groups write alike weighs little. "
                    "Writes reports/similarity-LAB.csv and .html (the pairs, most similar first, with their code "
                    "side by side). Changes no grade.")
    parser.add_argument("lab", metavar="LAB", help="the lab, as named in source/ (lab1)")
    parser.add_argument("--threshold", type=_threshold, default=DEFAULT_THRESHOLD, metavar="X",
                        help=f"list the pairs from this similarity on, in (0, 1] (default: {DEFAULT_THRESHOLD}); "
                             f"pairs with the same rare failing output are listed whatever their similarity")
    parser.add_argument("--groups", type=Path, metavar="FILE", help=f"the groups file (default: {GROUPS})")
    parser.set_defaults(run=_run)


def _run(args) -> int:
    started = time.perf_counter()
    found = lab_similarity(args.course_dir, args.lab, args.threshold, args.groups)
    paths = write_similarity_reports(args.course_dir, found, args.threshold)
    print(f"{args.lab}: {len(found.pairs)} pairs to look at ({time.perf_counter() - started:.1f} s)")
    for p in found.pairs[:10]:
        print(f"  {p.similarity:.2f}  {p.notebook}  {p.student_a} / {p.student_b}: {p.why}")
    for path in paths:
        print(f"report: {path}")
    return 0
