"""`grader autograde LAB`: nbgrader's autograding with the submissions executed in parallel, sandboxed.

The gradebook and autograded/ get what `nbgrader autograde LAB` would write: each submission goes
through nbgrader's own Autograde converter, configured (grader.autograde.preprocessors) to hand the execution
of each sanitized notebook to a worker. One thread per submission in flight runs the converter; they
take turns on one lock, so the gradebook and the course's files are only ever touched by this process
and by one submission at a time, and a thread gives the lock up while its notebook executes. The
workers are sandboxes on this machine (--workers, default: one per core) or on a Dask cluster
(--scheduler tcp://host:8786); they see nothing of the course but the notebook and its files.

A submission is written to autograded/.grader-staging/ and moved into place when it is complete, so
an interrupted run leaves no half-graded submission: run it again and it grades the rest. As with
nbgrader, a graded submission is skipped unless it was resubmitted since or --force is given.
Beyond nbgrader: a notebook whose kernel dies or runs out of time keeps the scores of the cells that
ran (nbgrader would give up on the submission), and submissions flagged for review (grader.autograde.integrity,
the kernel guard) have their grades marked as needing manual grading. Damaged notebooks are repaired
and flagged (grader.autograde.repair), renamed ones graded under their lab name. And faults never
become grades: a trivial notebook runs first where the real ones will (preflight), and a submission
the grader could not run (sandbox or worker failed) is "not graded": its gradebook rows are put back
as they were, autograded/ keeps what it had, and the same command grades it again. A run stops early
when STOP_AFTER submissions in a row fail for the same reason.

The lock hand-off, for two submissions A and B and one worker slot:

    thread A   [lock: sanitize A, send job A]......(waits)......[lock: score A, write autograded/A]
    thread B                       [lock: sanitize B, send job B]..(waits)..[lock: score B, write B]
    worker                          [execute A]                   [execute B]

A thread holds the lock whenever it is in nbgrader's code, and gives it up only inside
Coordinator.execute, between sending its job and getting the result back. nbgrader's converter sets
NBGRADER_EXECUTION around its Execute step and deletes it afterwards; threads interleave there, so
the variable one thread deletes may be the one another still relies on: each sets it again when it
takes the lock back.
"""
import argparse
import json
import logging
import os
import shutil
import threading
import time
import warnings
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from pathlib import Path

import nbformat
from nbgrader.apps import AutogradeApp
from nbgrader.converters import Autograde, NbGraderException
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import Execute, SaveAutoGrades
from nbgrader.utils import rmtree
from sqlalchemy.exc import SAWarning
from traitlets.utils.importstring import import_item

from grader.autograde.executors import DaskExecutor, LocalExecutor
from grader.autograde.preprocessors import (
    REVIEW_KEY,
    ExecuteOnWorker,
    FlagForReview,
    RepairSubmission,
    ReviewSubmission,
)
from grader.autograde.progress import Progress, SubmissionReport, summary_table
from grader.autograde.repair import RENAMED_FOLDER, renamed_notebooks
from grader.course.layout import student_ids_with_submission
from grader.course.nbgrader_apps import nbgrader_app
from grader.errors import ExitStatus, GraderError
from grader.gradebook import lab_notebooks, restore_submission, snapshot_submission, submission_totals
from grader.sandbox.execute import ExecutionJob, ExecutionResult

STAGING = ".grader-staging"
STOP_AFTER = 3
PREFLIGHT_CELL = "print('the sandbox runs')"
log = logging.getLogger(__name__)


class Coordinator:
    """ExecuteOnWorker's dispatcher: sends jobs to the executor and keeps their results for the summary.

    Converter threads hold ``lock`` while they work and give it up only while their job executes;
    ``stop`` makes waiting threads give up (KeyboardInterrupt, which nbgrader's converter cleans up after).
    """

    def __init__(self, executor):
        self.executor = executor
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.results: dict[str, tuple[ExecutionResult, list[str]]] = {}
        self.halted: str | None = None  # why the run stopped early
        self.faults: list[str] = []    # the grader faults of the submissions finished last, in a row

    def execute(self, job: ExecutionJob) -> ExecutionResult:
        future = self.executor.submit(job)
        self.lock.release()
        try:
            result = None
            while result is None and not self.stop.is_set():
                try:
                    result = future.result(timeout=0.5)
                except TimeoutError:
                    continue
                except Exception as error:  # the worker, not the notebook: a lost Dask worker, a crashed thread
                    reason = f"the worker failed: {type(error).__name__}: {error}".strip()
                    result = ExecutionResult(problem=reason, fault=reason)
            if self.stop.is_set():  # the run was interrupted: the execution may have been cut short
                raise KeyboardInterrupt
            return result
        finally:
            self.lock.acquire()
            # nbgrader's converter sets this around execution and deletes it after; another converter
            # may have deleted it while this one waited, and nbgrader would fail on deleting it again.
            os.environ["NBGRADER_EXECUTION"] = "autograde"

    def report(self, name: str, result: ExecutionResult, review: list[str]) -> None:
        self.results[name] = (result, review)

    def finished(self, report: SubmissionReport) -> None:
        """Count grader faults in a row; STOP_AFTER of them for one reason stop the run."""
        fault = report.problems[0].split(": ", 1)[-1] if report.status == "not graded" and report.problems else None
        self.faults = self.faults + [fault] if fault else []
        if len(self.faults) >= STOP_AFTER and len(set(self.faults[-STOP_AFTER:])) == 1 and not self.halted:
            self.halted = f"{STOP_AFTER} submissions in a row could not be graded: {fault}"
            self.stop.set()
            self.executor.cancel()


@contextmanager
def _working_directory(path: Path):
    """nbgrader's converters change to the course directory; put the caller's back afterwards."""
    previous = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(previous)


def _steps(configured: list, replace: dict, after: dict) -> list:
    """The course's preprocessor classes with those of ``replace`` swapped, and those of ``after`` added."""
    steps = []
    for step in configured:
        step = import_item(step) if isinstance(step, str) else step
        steps.append(next((new for old, new in replace.items() if issubclass(step, old)), step))
        steps += [new for old, new in after.items() if issubclass(step, old)]
    return steps


class DispatchingAutograde(Autograde):
    """nbgrader's Autograde converter that hands its ExecuteOnWorker step the run's coordinator, when
    it sets up its preprocessors for the autograde pass (nbgrader's own seam for building them)."""

    def __init__(self, coordinator: Coordinator, **kwargs):
        super().__init__(**kwargs)
        self.coordinator = coordinator

    def _init_preprocessors(self) -> None:
        super()._init_preprocessors()
        for step in self.exporter._preprocessors:
            if isinstance(step, ExecuteOnWorker):
                step.dispatcher = self.coordinator
            elif isinstance(step, RepairSubmission):
                step.coursedir = self.coursedir


def autograde_app(course_dir: Path, sandbox: bool, log_path: Path) -> AutogradeApp:
    """nbgrader's autograde app with the course's configuration, set up for grader's preprocessors and
    logging to ``log_path``."""
    app = nbgrader_app(AutogradeApp, course_dir, log_path=log_path)
    configured = Autograde(coursedir=app.coursedir, parent=app)
    steps = _steps(configured.autograde_preprocessors, {Execute: ExecuteOnWorker}, {SaveAutoGrades: FlagForReview})
    if ExecuteOnWorker not in steps:
        raise GraderError("the course's Autograde.autograde_preprocessors has no Execute step to run on the workers")
    app.config.Autograde.sanitize_preprocessors = [RepairSubmission, ReviewSubmission,
                                                   *_steps(configured.sanitize_preprocessors, {}, {})]
    app.config.Autograde.autograde_preprocessors = steps
    app.config.ExecuteOnWorker.sandbox = sandbox
    return app


def already_graded(coursedir: CourseDirectory, student: str, lab: str) -> bool:
    """nbgrader's rule: graded when autograded/ has the submission and it was not resubmitted since."""
    graded = coursedir.format_path(coursedir.autograded_directory, student, lab)
    if not os.path.isdir(graded):
        return False
    new = coursedir.get_existing_timestamp(coursedir.format_path(coursedir.submitted_directory, student, lab))
    old = coursedir.get_existing_timestamp(graded)
    return not (new is not None and old is not None and new > old)


def unreadable_notebooks(root: Path, folder: Path) -> list[str]:
    """What is wrong with each notebook file in ``folder`` (under the course ``root``) that nbformat
    cannot read as a valid notebook."""
    problems = []
    for path in sorted(folder.glob("*.ipynb")):
        try:
            nbformat.validate(nbformat.read(path, as_version=4))
        except Exception as error:  # JSON, encoding or schema errors: whatever makes the file no notebook
            reason = str(error).strip().splitlines()[0][:200] if str(error).strip() else type(error).__name__
            problems.append(f"{path.relative_to(root)}: not a valid notebook ({reason})")
    return problems


class _NbgraderErrors(logging.Handler):
    """The errors nbgrader logs while it grades one submission, each with the file it was working on."""

    GENERIC = ("There was an error processing", "Please see the", "Removing failed")

    def __init__(self, root: str):
        super().__init__(logging.INFO)
        self.root, self.file, self.errors = root, None, []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if record.levelno == logging.INFO and message.startswith(("Sanitizing ", "Autograding ")):
            self.file = message.split(" ", 1)[1]
        elif record.levelno >= logging.ERROR and not message.startswith(self.GENERIC):
            reason = message.strip().splitlines()[-1] if message.strip() else message  # a traceback's last line
            where = os.path.relpath(self.file, self.root) if self.file else "the submission"
            self.errors.append(f"{where}: {reason[:300]}")


def _stage_renamed(coursedir: CourseDirectory, student: str, lab: str, report: SubmissionReport) -> Path | None:
    """When notebooks of the submission were renamed by a browser or an editor (name (1).ipynb), copy it
    with its files under the lab's names, each renamed notebook carrying a review note, and point
    ``coursedir`` at the copy (submitted/ stays as the student handed it in)."""
    submitted = Path(coursedir.format_path(coursedir.submitted_directory, student, lab))
    notebooks = lab_notebooks(coursedir.db_url, coursedir.course_id, lab)
    renames, unmatched = renamed_notebooks(sorted(p.stem for p in submitted.glob("*.ipynb")), notebooks)
    report.problems += unmatched
    copy = None
    if renames:
        base = os.path.join(os.path.dirname(coursedir.autograded_directory), RENAMED_FOLDER)
        copy = Path(coursedir.format_path(base, student, lab))
        if copy.exists():
            rmtree(str(copy))
        shutil.copytree(submitted, copy)
        for old, new in renames.items():
            nb = nbformat.read(copy / f"{old}.ipynb", as_version=nbformat.NO_CONVERT)
            nb.metadata[REVIEW_KEY] = [f"the file was handed in as {old}.ipynb: graded as {new}.ipynb"]
            nbformat.write(nb, copy / f"{new}.ipynb")
            (copy / f"{old}.ipynb").unlink()
        coursedir.submitted_directory = base
    folder = Path(coursedir.format_path(coursedir.submitted_directory, student, lab))
    report.missing = [f"{n}.ipynb" for n in notebooks if not (folder / f"{n}.ipynb").exists()]
    return copy


def grade_submission(app: AutogradeApp, coordinator: Coordinator, student: str, lab: str) -> SubmissionReport:
    """Run nbgrader's converter on one submission, in the staging area; move the result into place.
    A submission the grader could not run, or an interrupted one, leaves the gradebook and autograded/
    as they were. The caller holds the coordinator's lock."""
    report = SubmissionReport(student)
    started = time.monotonic()
    coursedir = CourseDirectory(parent=app, root=app.coursedir.root)
    final_step = coursedir.autograded_directory
    coursedir.assignment_id, coursedir.student_id = lab, student
    coursedir.autograded_directory = os.path.join(final_step, STAGING)
    staging = Path(coursedir.format_path(coursedir.autograded_directory, student, lab))
    final = Path(coursedir.format_path(final_step, student, lab))
    if staging.exists():
        rmtree(str(staging))
    snapshot = snapshot_submission(coursedir.db_url, coursedir.course_id, lab, student)
    renamed_copy = _stage_renamed(coursedir, student, lab, report)
    errors = _NbgraderErrors(coursedir.root)
    app.log.addHandler(errors)
    try:
        DispatchingAutograde(coordinator, coursedir=coursedir, parent=app).start()
        if final.exists():
            rmtree(str(final))
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging, final)
    except NbGraderException:
        faults = [f"{name.rsplit('/', 1)[1]}.ipynb: {result.fault}" for name, (result, _) in
                  sorted(coordinator.results.items()) if name.startswith(f"{student}/{lab}/") and result.fault]
        if faults:
            report.status, report.problems = "not graded", [f"not graded (nothing stored; run again): {faults[0]}"]
            restore_submission(coursedir.db_url, coursedir.course_id, snapshot)
        else:
            report.status = "failed"
            submitted = Path(coursedir.format_path(coursedir.submitted_directory, student, lab))
            report.problems += unreadable_notebooks(Path(coursedir.root), submitted) or errors.errors or [
                "nbgrader could not grade it (its log says no more)"]
            if final.exists():
                rmtree(str(final))  # as stock nbgrader removes a submission it failed on
    except KeyboardInterrupt:
        report.status = "interrupted"
        restore_submission(coursedir.db_url, coursedir.course_id, snapshot)
    except Exception as error:  # the grader's own error, in nbgrader's converter or in moving the result
        log.exception("the grader failed on %s/%s", student, lab)
        report.status, report.problems = "not graded", [
            f"not graded (nothing stored; run again): the grader failed: {type(error).__name__}: {error} "
            f"(traceback on stderr)"]
        restore_submission(coursedir.db_url, coursedir.course_id, snapshot)
    finally:
        app.log.removeHandler(errors)
        if renamed_copy is not None:
            rmtree(str(renamed_copy))
    for name, (result, review) in sorted(coordinator.results.items()):
        if name.startswith(f"{student}/{lab}/"):
            notebook = name.rsplit("/", 1)[1]
            if result.problem and report.status not in ("interrupted", "not graded"):
                report.problems.append(f"{notebook}: {result.problem}")
            report.flags += [f"{notebook}: {flag}" for flag in review + result.tampered]
            report.workers.append(result.worker)
    report.seconds = time.monotonic() - started
    return report


def _add_scores(coursedir: CourseDirectory, lab: str, reports: list[SubmissionReport]) -> None:
    totals = submission_totals(coursedir.db_url, coursedir.course_id, lab)
    for report in reports:
        if report.status in ("graded", "skipped", "failed") and report.student in totals:
            report.score, report.max_score, report.late_penalty = totals[report.student]


def select_submissions(coursedir: CourseDirectory, lab: str, students: list[str] | None,
                       force: bool) -> tuple[list[str], list[SubmissionReport]]:
    """The students whose submission of ``lab`` to grade, and the reports of those skipped as graded."""
    everyone = student_ids_with_submission(coursedir, coursedir.submitted_directory, lab)
    if students:
        unknown = sorted(set(students) - set(everyone))
        if unknown:
            raise GraderError(f"no submission of {lab} in {coursedir.submitted_directory}/ for: {', '.join(unknown)}")
        everyone = sorted(set(students))
    if not everyone:
        raise GraderError(f"no submissions of {lab} in {Path(coursedir.root) / coursedir.submitted_directory}")
    todo = [s for s in everyone if force or not already_graded(coursedir, s, lab)]
    return todo, [SubmissionReport(s, status="skipped") for s in everyone if s not in todo]


def grade_submissions(app: AutogradeApp, coordinator: Coordinator, lab: str, todo: list[str],
                      progress: Progress) -> list[SubmissionReport]:
    """Grade ``todo`` with one converter thread per submission in flight (the module docstring draws the
    lock hand-off); on Ctrl-C, stop the workers and report the rest as interrupted."""
    def grade(student: str) -> SubmissionReport:
        if coordinator.stop.is_set():
            return SubmissionReport(student, status="interrupted")
        with coordinator.lock:
            if coordinator.stop.is_set():  # stopped while this thread waited for its turn
                return SubmissionReport(student, status="interrupted")
            progress.start()
            try:
                report = grade_submission(app, coordinator, student, lab)
            except Exception as error:  # the grader's own trouble before nbgrader's converter ran
                log.exception("the grader failed on %s/%s", student, lab)
                report = SubmissionReport(student, status="not graded", problems=[
                    f"not graded (nothing stored; run again): the grader failed: {type(error).__name__}: {error} "
                    f"(traceback on stderr)"])
            coordinator.finished(report)
        progress.finish(report)
        return report

    executor = coordinator.executor
    threads = ThreadPoolExecutor(max(1, min(len(todo), 2 * executor.slots)), thread_name_prefix="submission")
    futures = {threads.submit(grade, student): student for student in todo}
    graded: dict[str, SubmissionReport] = {}
    try:
        for future in as_completed(futures):
            graded[futures[future]] = future.result()
    except KeyboardInterrupt:
        coordinator.stop.set()
        executor.cancel()
        threads.shutdown(wait=True, cancel_futures=True)
        graded.update({student: f.result() for f, student in futures.items() if f.done() and not f.cancelled()})
    finally:
        threads.shutdown(wait=True)
        progress.close()
    reports = [graded.get(student, SubmissionReport(student, status="interrupted")) for student in todo]
    if coordinator.halted:
        for report in reports:
            if report.status == "interrupted":
                report.status, report.problems = "not graded", [f"not graded: the run stopped after {coordinator.halted}"]
    return reports


def finish(app: AutogradeApp, lab: str, reports: list[SubmissionReport]) -> None:
    """Remove the staging and renaming areas when nothing is left in them, add the gradebook's scores
    to the reports, and close nbgrader's log."""
    coursedir = app.coursedir
    for area in (STAGING, RENAMED_FOLDER):
        root = Path(coursedir.format_path(os.path.join(coursedir.autograded_directory, area), ".", "."))
        if root.is_dir() and not any(root.rglob("*.ipynb")):
            rmtree(str(root))
    _add_scores(coursedir, lab, reports)
    for handler in list(app.log.handlers):
        handler.close()
        app.log.removeHandler(handler)


def preflight(app: AutogradeApp, executor) -> None:
    """Run a trivial notebook where the submissions will run, with the course's interpreter, limits and
    Execute settings (on every Dask worker); GraderError with the reason when it does not run, so that
    a sandbox that cannot start never turns a cohort's cells into zeros."""
    step = ExecuteOnWorker(parent=app)
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(PREFLIGHT_CELL)])
    notebook.metadata.kernelspec = {"name": "python3", "display_name": "Python 3", "language": "python"}
    job = ExecutionJob(name="preflight", notebook=json.loads(json.dumps(notebook)), files={},
                       settings=step.client_settings(), limits=step.limits(), sandbox=step.sandbox)
    problems = []
    for where, result in executor.preflight(job).items():
        outputs = result.cells.get(0, {}).get("outputs", [])
        if result.fault or result.problem or not any("the sandbox runs" in o.get("text", "") for o in outputs):
            problems.append(f"{where}: {result.fault or result.problem or f'the test notebook gave {outputs}'}")
    if problems:
        raise GraderError("a test notebook did not run in the sandbox, so nothing was graded: " + "; ".join(problems))


def autograde(course_dir: Path, lab: str, executor, students: list[str] | None = None, force: bool = False,
              sandbox: bool = True, progress_stream=None) -> list[SubmissionReport]:
    """Autograde the submissions of ``lab`` (or those of ``students``) in ``course_dir``; returns one report
    per submission. ``executor`` runs the notebooks (grader.autograde.executors)."""
    course_dir = course_dir.resolve()
    with _working_directory(course_dir), warnings.catch_warnings():
        # nbgrader 0.9.6 on SQLAlchemy 2 warns about its session use for every submission (stock nbgrader too).
        warnings.simplefilter("ignore", SAWarning)
        app = autograde_app(course_dir, sandbox, course_dir / "autograded" / f"autograde-{lab}.log")
        todo, reports = select_submissions(app.coursedir, lab, students, force)
        if todo:
            preflight(app, executor)
        reports += grade_submissions(app, Coordinator(executor), lab, todo, Progress(len(todo), progress_stream))
        finish(app, lab, reports)
    return sorted(reports, key=lambda r: r.student)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return value


def add_command(subparsers, common) -> None:
    parser = subparsers.add_parser(
        "autograde", parents=[common], help="grade a lab's submissions, each in a sandbox",
        description="Grade submitted/STUDENT/LAB/ into autograded/ and the gradebook, with the scores `nbgrader "
                    "autograde LAB` would store, running the notebooks in parallel in bubblewrap sandboxes (no "
                    "network, no sight of the course, memory and time limits). Graded submissions are skipped unless "
                    "resubmitted; after Ctrl-C the same command grades the rest. A table per student ends it; "
                    "REVIEW marks submissions to read in formgrader. Exit status 1 when a submission was not graded.")
    parser.add_argument("lab", metavar="LAB", help="the lab (nbgrader assignment) to grade, e.g. lab1")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--workers", type=_positive, metavar="N", help="sandboxes at a time on this machine "
                       "(default: one per core)")
    where.add_argument("--scheduler", metavar="ADDRESS", help="run the notebooks on the workers of this Dask "
                       "scheduler, e.g. tcp://host:8786 (they need this package and bubblewrap)")
    parser.add_argument("--student", dest="students", action="append", metavar="ID",
                        help="grade only this student (repeatable)")
    parser.add_argument("--force", action="store_true", help="grade again the submissions already graded")
    parser.add_argument("--no-sandbox", dest="sandbox", action="store_false",
                        help="run student code without the sandbox (unsafe: it runs with your rights)")
    parser.set_defaults(run=_run)


def _run(args) -> int:
    executor = DaskExecutor(args.scheduler) if args.scheduler else LocalExecutor(args.workers)
    try:
        if args.sandbox:
            for warning in executor.check_sandbox():
                log.info("%s", warning)
        else:
            log.warning("--no-sandbox: student code runs with your rights, network and files")
        reports = autograde(args.course_dir, args.lab, executor, args.students, args.force, args.sandbox)
    finally:
        executor.close()
    print(summary_table(reports))
    print(f"\nnbgrader's log: {args.course_dir / 'autograded' / f'autograde-{args.lab}.log'}")
    if any(r.status == "interrupted" for r in reports):
        print("Interrupted: run the same command again to grade the rest.")
        return ExitStatus.INTERRUPTED
    not_graded = sum(r.status == "not graded" for r in reports)
    if not_graded:
        log.error("%d submissions were not graded because of the grader (the notes say why); nothing of them "
                  "was stored: fix the cause and run the same command again", not_graded)
    return ExitStatus.PROBLEMS if not_graded or any(r.status == "failed" for r in reports) else ExitStatus.OK
