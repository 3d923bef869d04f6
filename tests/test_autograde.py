"""`grader autograde` writes what `nbgrader autograde` writes, in parallel, and resumes where it stopped."""
import shutil
import signal
import subprocess
import sys
import time

import pytest

from grader import cli
from grader.autograde.command import autograde
from grader.autograde.executors import LocalExecutor
from grader.course.nbgrader_apps import run_nbgrader
from grader.errors import ExitStatus, GraderError
from grader.sandbox import control_group

from .autograde_course import (
    CORRECT,
    LAB,
    LATE,
    WRONG,
    autograded_cells,
    copy_course,
    gradebook_rows,
    make_course,
    submit,
)

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("autograde")]
STUDENTS = ("blank", "late", "perfect", "wrong")


class CountingExecutor(LocalExecutor):
    """Local workers that count the notebooks they execute."""

    def __init__(self, workers=2):
        super().__init__(workers)
        self.executed = []

    def submit(self, job):
        self.executed.append(job.name)
        return super().submit(job)


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    """The tiny course with four submissions, not yet graded."""
    course = make_course(tmp_path_factory.mktemp("autograde") / "course")
    submit(course, "perfect", CORRECT)
    submit(course, "wrong", {"square": WRONG["square"], "total": CORRECT["total"]})
    submit(course, "blank")
    submit(course, "late", CORRECT, timestamp=LATE)
    return course


@pytest.fixture(scope="module")
def stock(course, tmp_path_factory):
    graded = copy_course(course, tmp_path_factory.mktemp("stock") / "course")
    run_nbgrader(graded, "autograde", LAB)
    return graded


@pytest.fixture(scope="module")
def ours(course, tmp_path_factory):
    graded = copy_course(course, tmp_path_factory.mktemp("ours") / "course")
    reports = autograde(graded, LAB, LocalExecutor(2))
    assert [(r.student, r.status) for r in reports] == [(s, "graded") for s in STUDENTS]
    return graded


def test_gradebook_rows_are_nbgraders(stock, ours):
    assert gradebook_rows(ours) == gradebook_rows(stock)


def test_scores_reflect_the_answers(ours):
    rows = gradebook_rows(ours)
    points = {s: sum(g[0] or 0 for nb in r["notebooks"].values() for g in nb["grades"].values()) for s, r in rows.items()}
    assert points == {"blank": 0, "late": 3, "perfect": 3, "wrong": 2}


def test_autograded_notebooks_are_nbgraders(stock, ours):
    for student in STUDENTS:
        assert autograded_cells(ours, student) == autograded_cells(stock, student), student
        files = sorted(p.name for p in (ours / "autograded" / student / LAB).iterdir())
        assert files == sorted(p.name for p in (stock / "autograded" / student / LAB).iterdir())


def test_graded_submissions_are_skipped_and_force_grades_them_again(ours, stock, tmp_path):
    again = copy_course(ours, tmp_path / "again")
    executor = CountingExecutor()
    assert {r.status for r in autograde(again, LAB, executor)} == {"skipped"}
    assert executor.executed == []
    reports = autograde(again, LAB, executor, students=["wrong"], force=True)
    assert [(r.student, r.status, r.score) for r in reports] == [("wrong", "graded", 2)]
    assert executor.executed == [f"wrong/{LAB}/answers"]
    assert gradebook_rows(again) == gradebook_rows(stock)


def test_interrupted_run_grades_the_rest(ours, stock, tmp_path):
    """A run killed while grading "late" left its half-written staging folder and no result."""
    killed = copy_course(ours, tmp_path / "killed")
    shutil.rmtree(killed / "autograded" / "late")
    (killed / "autograded" / ".grader-staging" / "late" / LAB).mkdir(parents=True)
    executor = CountingExecutor()
    reports = autograde(killed, LAB, executor)
    assert {r.student: r.status for r in reports} == {"blank": "skipped", "late": "graded", "perfect": "skipped",
                                                      "wrong": "skipped"}
    assert executor.executed == [f"late/{LAB}/answers"]
    assert not (killed / "autograded" / ".grader-staging").exists()
    assert gradebook_rows(killed) == gradebook_rows(stock)


def test_interrupted_command_resumes(course, stock, tmp_path):
    """Ctrl-C after the first submission is graded; running the command again grades the rest."""
    interrupted = copy_course(course, tmp_path / "interrupted")
    # Ctrl-C as a terminal delivers it: a test run started in the background of a non-interactive
    # shell (`make test &`) ignores SIGINT, and the command would inherit that and never see it.
    terminal = "import runpy, signal; signal.signal(signal.SIGINT, signal.default_int_handler); " \
               "runpy.run_module('grader.cli', run_name='__main__')"
    command = [sys.executable, "-c", terminal, "autograde", LAB, "--course-dir", str(interrupted), "--workers", "1"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 120
    while not any((interrupted / "autograded" / s / LAB).exists() for s in STUDENTS) and time.monotonic() < deadline:
        time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    output, _ = process.communicate(timeout=60)
    assert process.returncode == 130, output
    assert "interrupted" in output and "run the same command again" in output
    done = {s for s in STUDENTS if (interrupted / "autograded" / s / LAB).exists()}
    assert 0 < len(done) < len(STUDENTS)
    reports = autograde(interrupted, LAB, LocalExecutor(2))
    assert {r.student for r in reports if r.status == "skipped"} == done
    assert {r.student for r in reports if r.status == "graded"} == set(STUDENTS) - done
    assert not (interrupted / "autograded" / ".grader-staging").exists()
    assert gradebook_rows(interrupted) == gradebook_rows(stock)


def test_resubmission_is_graded_again(ours, tmp_path):
    resubmitted = copy_course(ours, tmp_path / "resubmitted")
    submit(resubmitted, "wrong", CORRECT, timestamp="2029-12-31 18:00:00 UTC")
    reports = autograde(resubmitted, LAB, CountingExecutor())
    assert {r.student: (r.status, r.score) for r in reports}["wrong"] == ("graded", 3)


def test_unknown_student_is_a_clear_error(course):
    with pytest.raises(GraderError, match="no submission of hw .* for: nobody"):
        autograde(course, LAB, LocalExecutor(1), students=["nobody"])


def test_command_prints_the_summary(ours, tmp_path, capsys):
    graded = copy_course(ours, tmp_path / "cli")
    status = cli.main(["autograde", LAB, "--course-dir", str(graded), "--student", "perfect", "--force", "--workers", "1"])
    out = capsys.readouterr().out
    assert status == 0
    assert "perfect  3/3" in out and "1 graded" in out


def test_command_refuses_without_bubblewrap(ours, monkeypatch, capsys):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert cli.main(["autograde", LAB, "--course-dir", str(ours)]) == ExitStatus.INPUT
    assert "install the Debian package `bubblewrap`" in capsys.readouterr().err


def test_command_notes_sandboxes_without_control_group(ours, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(control_group, "available", lambda: False)
    graded = copy_course(ours, tmp_path / "no-cgroup")
    assert cli.main(["autograde", LAB, "--course-dir", str(graded), "--student", "perfect", "--force"]) == 0
    assert "grader: note: no control groups here" in capsys.readouterr().err


def test_unsandboxed_run_warns_that_code_runs_with_your_rights(ours, tmp_path, capsys):
    graded = copy_course(ours, tmp_path / "unsandboxed")
    assert cli.main(["autograde", LAB, "--course-dir", str(graded), "--student", "perfect", "--force", "--no-sandbox"]) == 0
    assert "grader: warning: --no-sandbox" in capsys.readouterr().err
