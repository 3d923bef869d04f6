"""Hostile and broken submissions (tests/hostile.py) are contained: graded in one batch with two honest
students, each gets the score its real answers deserve, the tampering ones are flagged for review,
the honest students' results are what stock nbgrader gives them alone, and nothing outside the
sandboxes changes.

These tests must fail without the sandbox: ``GRADER_TEST_SANDBOX=off pytest tests/test_sandbox.py``
grades with --no-sandbox the cases that are safe to run unconfined (the others would, as root, kill
every process on the machine or fork without limit), and the containment tests fail.
"""
import json
import os
import socket
from pathlib import Path

import pytest
from nbgrader.api import Gradebook

from grader.autograde.command import autograde
from grader.autograde import executors
from grader.course.nbgrader_apps import run_nbgrader
from grader.gradebook import gradebook_url
from grader.sandbox.execute import execute_in_sandbox

from .autograde_course import CORRECT, LAB, SECRET, WRONG, copy_course, gradebook_rows, make_course, submit, tree_digest
from .hostile import INSTRUCTOR_NOTES, NAMES, SAFE_UNSANDBOXED, catalog, instructor_notes, outside_files

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("sandbox")]
SANDBOX = os.environ.get("GRADER_TEST_SANDBOX", "on") != "off"
HONEST = {"perfect": CORRECT, "wrong": {"square": WRONG["square"], "total": CORRECT["total"]}}
CASES = NAMES if SANDBOX else SAFE_UNSANDBOXED


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """The course graded once with every case of the catalog and the honest students; the honest
    students graded alone by stock nbgrader; what the attacks could have changed, before and after."""
    course = make_course(tmp_path_factory.mktemp("hostile") / "course")
    instructor_notes(course).write_text(INSTRUCTOR_NOTES)
    for student, answers in HONEST.items():
        submit(course, student, answers)
    alone = copy_course(course, tmp_path_factory.mktemp("alone") / "course")
    run_nbgrader(alone, "autograde", LAB)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.1)
    cases = {name: case for name, case in catalog(course, os.getpid(), listener.getsockname()[1]).items()
             if name in CASES}
    for name, case in cases.items():
        submit(course, name, case.answers, nb=case.notebook, raw=case.raw)
    before = tree_digest(course, skip=("autograded", "gradebook.db"))
    users = set()  # this batch's sandbox uids: another test may run sandboxes of its own meanwhile

    def recording(job, *args):
        result = execute_in_sandbox(job, *args)
        users.add(result.user)
        return result

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(executors, "execute_in_sandbox", recording)
        reports = {r.student: r for r in autograde(course, LAB, executors.LocalExecutor(2), sandbox=SANDBOX)}
    try:
        connection = listener.accept()
    except OSError:
        connection = None
    listener.close()
    written_outside = [path for path in outside_files(os.getpid()) if path.exists()]
    for path in written_outside:
        path.unlink()  # left by a run without the sandbox
    return {"users": users - {None}, "written_outside": written_outside, "course": course, "alone": alone, "cases": cases, "reports": reports, "before": before,
            "after": tree_digest(course, skip=("autograded", "gradebook.db")), "connection": connection}


def test_hostile_submissions_do_not_stop_the_batch(batch):
    assert tuple(batch["cases"]) == CASES
    statuses = {student: report.status for student, report in batch["reports"].items()}
    assert set(statuses) == set(batch["cases"]) | set(HONEST)
    expected = {student: "failed" if student == "invalid_json" else "graded" for student in statuses}
    assert statuses == expected
    assert batch["reports"]["invalid_json"].problems == [
        f"submitted/invalid_json/{LAB}/answers.ipynb: not a valid notebook (Notebook does not appear to be JSON: "
        "'{\"cells\": [ this is not a notebook')"]


@pytest.mark.parametrize("case", CASES)
def test_attacker_gets_what_its_answers_deserve(batch, case):
    assert batch["reports"][case].score == batch["cases"][case].score


@pytest.mark.parametrize("case", CASES)
def test_tampering_is_flagged_for_review(batch, case):
    report = batch["reports"][case]
    assert report.flagged == batch["cases"][case].flagged, report.flags
    if case != "invalid_json":
        with Gradebook(gradebook_url(batch["course"])) as gradebook:
            notebook = gradebook.find_submission_notebook("answers", LAB, case)
            assert notebook.flagged == report.flagged
            if report.flagged:
                assert all(grade.needs_manual_grade for grade in notebook.grades)


def test_honest_students_get_what_nbgrader_gives_them_alone(batch):
    assert not any(batch["reports"][student].flagged for student in HONEST)
    graded = gradebook_rows(batch["course"])
    assert {student: graded[student] for student in HONEST} == gradebook_rows(batch["alone"])


def test_gradebook_is_written_by_the_grader_alone(batch):
    with Gradebook(gradebook_url(batch["course"])) as gradebook:
        assert {student.id for student in gradebook.students} == set(batch["cases"]) | set(HONEST)


def test_course_files_are_unchanged(batch):
    assert batch["after"] == batch["before"]
    assert not (batch["course"] / "source" / LAB / "pwned.txt").exists()


def test_files_outside_the_course_are_untouched(batch):
    assert batch["written_outside"] == []


def test_secrets_stay_out_of_reach(batch):
    """Neither the source notebook (solutions, hidden tests), nor another student's answers, nor the
    instructor's other files reach the attacker's outputs."""
    notebook = json.loads((batch["course"] / "autograded" / "reads_secrets" / LAB / "answers.ipynb").read_text())
    outputs = json.dumps([cell.get("outputs", []) for cell in notebook["cells"]])
    assert "FileNotFoundError" in outputs
    for secret in (SECRET, "BEGIN SOLUTION", "return x * x", INSTRUCTOR_NOTES):
        assert json.dumps(secret)[1:-1] not in outputs


def test_student_code_reaches_no_network(batch):
    assert batch["connection"] is None


@pytest.mark.skipif(not SANDBOX or os.geteuid() != 0, reason="sandboxes get uids of their own only as root")
def test_no_process_outlives_its_sandbox(batch):
    """The fork bomb's children and the kernels are gone with their sandboxes (whose users are fresh uids)."""
    assert len(batch["users"]) > len(CASES)  # one per submission, and the preflight's
    left = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            uid = int(next(line for line in status.read_text().splitlines() if line.startswith("Uid:")).split()[1])
        except (OSError, StopIteration):
            continue  # the process ended while being looked at
        if uid in batch["users"]:
            left.append(status.parent.name)
    assert left == []


@pytest.mark.skipif(not SANDBOX or os.geteuid() != 0, reason="a control group per sandbox needs root (or delegation)")
def test_processes_that_fill_memory_together_are_stopped_at_the_sandbox_limit(batch):
    """forked_memory's eight processes need 3.2 GB, each within its own 2 GiB address space (the kernel
    it forks from maps over 1 GB: a larger child gets MemoryError instead); the sandbox has 2 GiB: Linux
    kills some of them, as the sandbox's control group counts (whether the cell then ends in time
    depends on the machine's load)."""
    report = batch["reports"]["forked_memory"]
    assert any("ran out of memory: Linux killed one of its processes" in problem for problem in report.problems), \
        report.problems
