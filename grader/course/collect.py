"""`grader collect`: submissions downloaded from Canvas, collected with nbgrader's zip_collect.

Canvas names each file of a "Download Submissions" zip
``<name>_[LATE_]<canvas user id>_<submission id>_<file name>``, and adds ``-1``, ``-2`` ... to the
file name when a student uploads a file of the same name again. CanvasFileNamePlugin maps the
Canvas user id to the student through the gradebook's ``lms_user_id`` (imported from the roster
with ``nbgrader db student import``) and strips the resubmission suffix. Canvas's file names carry
no submission time, so a file marked LATE gets the due date plus one second as its timestamp
(nbgrader then counts it late) and any other file the due date minus one second; a later
resubmission gets a later timestamp, so nbgrader keeps the newest.
"""
import contextlib
import os
import re
import shutil
import zipfile
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from nbgrader.api import Gradebook, MissingEntry
from nbgrader.apps.zipcollectapp import ZipCollectApp
from nbgrader.plugins.zipcollect import FileNameCollectorPlugin
from traitlets import List

from grader.course.nbgrader_apps import nbgrader_app, nbgrader_env
from grader.errors import ExitStatus, GraderError
from grader.gradebook import gradebook_url, shown_url

CANVAS_FILE_NAME = re.compile(
    r"^(?P<name>[^_]+)_(?:(?P<late>LATE)_)?(?P<canvas_id>\d+)_(?P<submission_id>\d+)_"
    r"(?P<file>.+?)(?:-(?P<attempt>\d+))?(?P<ext>\.[^.]+)$"
)


@dataclass(frozen=True)
class CanvasFile:
    canvas_id: str
    late: bool
    attempt: int
    file_id: str


def parse_canvas_file_name(name: str) -> CanvasFile | None:
    match = CANVAS_FILE_NAME.match(name)
    if not match:
        return None
    return CanvasFile(match["canvas_id"], bool(match["late"]), int(match["attempt"] or 0),
                      match["file"] + match["ext"])


def roster(db_url: str) -> dict[str, str]:
    """Canvas user id -> student id, for the students whose ``lms_user_id`` is known."""
    with Gradebook(db_url) as gradebook:
        return {s.lms_user_id: s.id for s in gradebook.students if s.lms_user_id}


class CanvasFileNamePlugin(FileNameCollectorPlugin):
    """Collect files named the way Canvas names downloaded submissions (see the module docstring)."""

    unmatched = List(help="(file name, reason) of every file that was not collected").tag(config=False)

    def collect(self, submitted_file: str) -> dict | None:
        name = os.path.basename(submitted_file)
        parsed = parse_canvas_file_name(name)
        if parsed is None:
            self.unmatched.append((name, "not named like a Canvas submission"))
            return None
        coursedir = self.parent.coursedir
        student = roster(coursedir.db_url).get(parsed.canvas_id)
        if student is None:
            self.unmatched.append((name, f"Canvas user id {parsed.canvas_id} is in no student's lms_user_id"))
            return None
        with Gradebook(coursedir.db_url) as gradebook:
            due = gradebook.find_assignment(coursedir.assignment_id).duedate
        if due is None:
            raise GraderError(f"{coursedir.assignment_id} has no due date in the gradebook: run `grader release`")
        offset = timedelta(seconds=1 if parsed.late else -1, microseconds=parsed.attempt)
        return {"student_id": student, "file_id": parsed.file_id, "timestamp": due + offset}


@dataclass
class Collected:
    students: list[str]
    unmatched: list[tuple[str, str]]


def collect(course_dir: Path, lab: str, archive: Path, force: bool = False) -> Collected:
    """Collect ``archive`` (a Canvas zip) into submitted/<student>/<lab>/.

    A student's earlier submission is replaced only with ``force``; without it, collection stops
    before copying anything when one would be.
    """
    db_url = gradebook_url(course_dir)
    try:
        with zipfile.ZipFile(archive) as zipped:
            names = [os.path.basename(n) for n in zipped.namelist() if not n.endswith("/")]
    except (OSError, zipfile.BadZipFile) as error:
        raise GraderError(f"{archive}: not a readable zip file ({error})") from error
    try:
        with Gradebook(db_url) as gradebook:
            gradebook.find_assignment(lab)
    except MissingEntry:
        raise GraderError(f"{lab} is not in the gradebook {shown_url(db_url)}: release it first (grader release {lab})")
    canvas_ids = roster(db_url)
    if not canvas_ids:
        raise GraderError(f"no student in the gradebook {shown_url(db_url)} has a Canvas id: import the roster with "
                          "`nbgrader db student import roster.csv` (columns id,first_name,last_name,email,lms_user_id)")
    students = sorted({canvas_ids[p.canvas_id] for p in map(parse_canvas_file_name, names)
                       if p and p.canvas_id in canvas_ids})
    existing = [s for s in students if any((course_dir / "submitted" / s / lab).glob("*"))]
    if existing and not force:
        raise GraderError(f"submitted/ already holds {lab} of {', '.join(existing)}: use --force to replace them")
    staging = course_dir / "downloaded" / lab
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "archive").mkdir(parents=True)
    shutil.copy(archive, staging / "archive" / archive.name)
    app = _run_zip_collect(course_dir, lab)
    return Collected(students, list(app.collector_plugin_inst.unmatched))


def _run_zip_collect(course_dir: Path, lab: str) -> ZipCollectApp:
    argv = [lab, "--force", f"--collector={CanvasFileNamePlugin.__module__}.{CanvasFileNamePlugin.__name__}"]
    with contextlib.chdir(course_dir):
        try:
            app = nbgrader_app(ZipCollectApp, course_dir, argv)
            app.start()
        except SystemExit as stop:
            raise GraderError(f"nbgrader zip_collect {lab} failed (its log is above)") from stop
    return app


def add_command(subparsers, common) -> None:
    parser = subparsers.add_parser(
        "collect", parents=[common], help="put a Canvas submissions zip into submitted/",
        description="Collect the zip of Canvas's Download Submissions into submitted/STUDENT/LAB/ with nbgrader's "
                    "zip_collect, matching files to students by their Canvas id (the roster's lms_user_id). Files "
                    "that match no student are listed, and the exit status is then 1.")
    parser.add_argument("lab", metavar="LAB", help="the lab the zip holds, e.g. lab1")
    parser.add_argument("archive", type=Path, metavar="ZIP", help="the zip downloaded from Canvas (Download Submissions)")
    parser.add_argument("--force", action="store_true", help="replace students' earlier submissions of this lab")
    parser.set_defaults(run=_run)


def _run(args) -> int:
    os.environ["PATH"] = nbgrader_env()["PATH"]
    result = collect(args.course_dir, args.lab, args.archive, args.force)
    print(f"collected {args.lab} of {len(result.students)} students: {', '.join(result.students)}")
    for name, reason in result.unmatched:
        print(f"NOT COLLECTED {name}: {reason}")
    return ExitStatus.PROBLEMS if result.unmatched else ExitStatus.OK
