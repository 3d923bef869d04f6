"""Damaged notebooks are repaired, graded on their answers and flagged; grader faults never become grades.

Each damage is made the way the tool that makes it saves the notebook (JupyterLab's paste gives the copy
a new cell id, its Split Cell keeps the metadata and the id on both halves; an editor strips the
metadata; a browser downloads the file again as "answers (1).ipynb"), graded in one batch next to
honest students, whose rows must equal stock nbgrader's.
"""
import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import nbformat
import pytest

from grader import cli
from grader.autograde.command import autograde
from grader.autograde.executors import LocalExecutor
from grader.course.nbgrader_apps import run_nbgrader
from grader.errors import ExitStatus, GraderError
from grader.gradebook import gradebook_url

from .autograde_course import (
    CORRECT,
    LAB,
    WRONG,
    copy_course,
    gradebook_rows,
    make_course,
    released,
    submit,
    tree_digest,
)
from .builders import notebook, solution_cell, test_cell

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("autograde")]
HONEST = ("perfect", "wrong")
FULL = 3 + 1  # answers.ipynb (square 1, total 2) and second.ipynb (1)


def second_notebook():
    return notebook(solution_cell("### BEGIN SOLUTION\ndef half(x):\n    return x / 2\n### END SOLUTION", "half"),
                    test_cell("assert half(4) == 2", "test_half", 1))


def answered(course, answers=CORRECT):
    nb = released(course)
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") in answers:
            cell.source = answers[cell.metadata.nbgrader.grade_id]
    return nb


def second_answered(course):
    nb = nbformat.read(course / "release" / LAB / "second.ipynb", as_version=4)
    nb.cells[0].source = "def half(x):\n    return x / 2\n"
    return nb


def index_of(nb, grade_id):
    return next(i for i, c in enumerate(nb.cells) if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def pasted_test_cell(nb):
    i = index_of(nb, "test_square")
    pasted = copy.deepcopy(nb.cells[i])
    pasted.id = uuid.uuid4().hex[:8]  # JupyterLab's paste: the metadata, a new id
    nb.cells.insert(i + 1, pasted)


def pasted_solution_cell(nb):
    i = index_of(nb, "total")
    pasted = copy.deepcopy(nb.cells[i])
    pasted.id = uuid.uuid4().hex[:8]
    nb.cells.insert(i + 1, pasted)


def split_solution_cell(nb):
    i = index_of(nb, "total")
    top, bottom = copy.deepcopy(nb.cells[i]), copy.deepcopy(nb.cells[i])  # Split Cell keeps metadata and id
    top.source, bottom.source = "def total(xs):", "    return sum(xs)\n"
    nb.cells[i:i + 1] = [top, bottom]


def stripped_metadata(nb):
    for cell in nb.cells:
        cell.metadata.pop("nbgrader", None)


def deleted_test_cell(nb):
    del nb.cells[index_of(nb, "test_total")]


def new_cell_ids(nb):
    for cell in nb.cells:
        cell.id = uuid.uuid4().hex[:8]


def retyped_to_markdown(nb):
    cell = nb.cells[index_of(nb, "total")]
    cell.cell_type = "markdown"
    cell.pop("outputs")
    cell.pop("execution_count")


def scratch_cells(nb):
    for number in range(20):
        nb.cells.insert(index_of(nb, "total"), nbformat.v4.new_code_cell(f"scratch_{number} = {number} * 2"))


def big_outputs(nb):
    cell = nb.cells[index_of(nb, "square")]
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=("x" * 99 + "\n") * 10_000) for _ in range(30)]


# Handled right by stock nbgrader already (the list): graded as stock grades them, never flagged.
STOCK_HANDLES = {"new_ids": new_cell_ids, "retyped_markdown": retyped_to_markdown, "scratch_cells": scratch_cells,
                 "big_outputs": big_outputs}
DAMAGES = {"pasted_test": pasted_test_cell, "pasted_solution": pasted_solution_cell, "split_solution": split_solution_cell,
           "stripped": stripped_metadata, "deleted_test": deleted_test_cell}
# the repair named in each submission's summary row
NAMED = {"pasted_test": "locked cell test_square was in 2 cells", "pasted_solution": "solution cell total was in 2 cells",
         "split_solution": "solution cell total was in 2 cells (split or pasted): graded on all its parts", "stripped": "the nbgrader metadata of 6 cells was missing",
         "deleted_test": "test cell test_total was deleted: restored from the release and run",
         "renamed_alone": "the file was handed in as answers (1).ipynb", "renamed_beside": "handed in as answers (1).ipynb"}


def write(course, student, notebooks: dict):
    folder = course / "submitted" / student / LAB
    folder.mkdir(parents=True)
    for name, nb in notebooks.items():
        nbformat.write(nb, folder / f"{name}.ipynb")
    (folder / "timestamp.txt").write_text("2029-12-31 12:00:00 UTC")


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    course = make_course(tmp_path_factory.mktemp("damage") / "course", {"second": second_notebook()})
    write(course, "perfect", {"answers": answered(course), "second": second_answered(course)})
    write(course, "wrong", {"answers": answered(course, {"square": WRONG["square"], "total": CORRECT["total"]}),
                            "second": second_answered(course)})
    for student, damage in DAMAGES.items():
        nb = answered(course)
        damage(nb)
        write(course, student, {"answers": nb, "second": second_answered(course)})
    for student, change in STOCK_HANDLES.items():
        nb = answered(course)
        change(nb)
        write(course, student, {"answers": nb, "second": second_answered(course)})
    nbformat_4_0 = json.loads(nbformat.writes(answered(course)))  # as Jupyter wrote notebooks before 4.5: no ids
    for cell in nbformat_4_0["cells"]:
        del cell["id"]
    nbformat_4_0["nbformat_minor"] = 0
    write(course, "nbformat_4_0", {"second": second_answered(course)})
    (course / "submitted" / "nbformat_4_0" / LAB / "answers.ipynb").write_text(json.dumps(nbformat_4_0))
    write(course, "renamed_alone", {"answers (1)": answered(course)})
    write(course, "renamed_beside", {"answers (1)": answered(course), "second": second_answered(course)})
    write(course, "missing", {"answers": answered(course)})
    return course


@pytest.fixture(scope="module")
def graded(course, tmp_path_factory):
    ours = copy_course(course, tmp_path_factory.mktemp("ours") / "course")
    reports = {r.student: r for r in autograde(ours, LAB, LocalExecutor(2))}
    stock = copy_course(course, tmp_path_factory.mktemp("stock") / "course")
    for folder in (stock / "submitted").iterdir():  # stock nbgrader stops the whole batch on some damage
        if folder.name not in (*HONEST, *STOCK_HANDLES, "nbformat_4_0"):
            shutil.rmtree(folder)
    run_nbgrader(stock, "autograde", LAB)
    return {"course": ours, "reports": reports, "stock": stock}


def total(course, student):
    from nbgrader.api import Gradebook, MissingEntry
    with Gradebook(gradebook_url(course)) as gradebook:
        try:
            submission = gradebook.find_submission(LAB, student)
        except MissingEntry:
            return None
        return submission.score, any(n.flagged for n in submission.notebooks)


def test_honest_submissions_get_the_rows_stock_nbgrader_writes(graded):
    ours, stock = gradebook_rows(graded["course"]), gradebook_rows(graded["stock"])
    for student in HONEST:
        assert ours[student] == stock[student]
        assert not graded["reports"][student].flags


@pytest.mark.parametrize("student", [*STOCK_HANDLES, "nbformat_4_0"])
def test_what_stock_nbgrader_grades_right_is_graded_the_same_and_not_flagged(graded, student):
    assert gradebook_rows(graded["course"])[student] == gradebook_rows(graded["stock"])[student]
    assert graded["reports"][student].status == "graded" and not graded["reports"][student].flags


@pytest.mark.parametrize("student", [*DAMAGES, "renamed_alone", "renamed_beside"])
def test_a_damaged_submission_is_graded_on_its_answers_and_flagged(graded, student):
    report = graded["reports"][student]
    expected = FULL - (1 if student == "renamed_alone" else 0)  # renamed_alone handed in answers.ipynb only
    assert report.status == "graded", report.problems
    assert total(graded["course"], student) == (expected, True)
    assert any(NAMED[student] in flag for flag in report.flags), report.flags


def test_a_missing_notebook_is_named_on_its_row(graded):
    report = graded["reports"]["missing"]
    assert report.missing == ["second.ipynb"] and report.status == "graded"
    assert total(graded["course"], "missing") == (3, False)


def test_nothing_is_left_of_the_renamed_copies(graded):
    assert not any(graded["course"].glob("autograded/.grader-*"))
    assert sorted(p.name for p in (graded["course"] / "submitted" / "renamed_alone" / LAB).iterdir()) == [
        "answers (1).ipynb", "timestamp.txt"]


class FailingExecutor(LocalExecutor):
    """Local workers whose jobs for some students fail as a lost worker does (after the preflight)."""

    def __init__(self, failing: set[str]):
        super().__init__(2)
        self.failing = failing

    def submit(self, job):
        if job.name.split("/")[0] in self.failing or "*" in self.failing:
            from concurrent.futures import Future
            future = Future()
            future.set_exception(ConnectionError("the worker's connection was lost"))
            return future
        return super().submit(job)


@pytest.fixture
def graded_once(tmp_path):
    """A course whose two students were graded, then resubmitted."""
    course = make_course(tmp_path / "course")
    submit(course, "perfect", CORRECT)
    submit(course, "wrong", {"square": WRONG["square"], "total": CORRECT["total"]})
    autograde(course, LAB, LocalExecutor(2))
    submit(course, "perfect", CORRECT, timestamp="2029-12-31 13:00:00 UTC")
    submit(course, "wrong", CORRECT, timestamp="2029-12-31 13:00:00 UTC")
    return course


def test_a_worker_fault_is_not_graded_and_stores_nothing(graded_once):
    before_rows, before_files = gradebook_rows(graded_once), tree_digest(graded_once / "autograded" / "wrong")
    reports = {r.student: r for r in autograde(graded_once, LAB, FailingExecutor({"wrong"}))}
    assert reports["wrong"].status == "not graded"
    assert reports["wrong"].problems == ["not graded (nothing stored; run again): answers.ipynb: "
                                         "the worker failed: ConnectionError: the worker's connection was lost"]
    assert gradebook_rows(graded_once)["wrong"] == before_rows["wrong"]
    assert tree_digest(graded_once / "autograded" / "wrong") == before_files
    assert reports["perfect"].status == "graded"
    again = {r.student: r for r in autograde(graded_once, LAB, LocalExecutor(2))}
    assert again["wrong"].status == "graded" and again["wrong"].score == 3 and again["perfect"].status == "skipped"


def test_a_first_submission_the_grader_could_not_run_leaves_no_row(tmp_path):
    course = make_course(tmp_path / "course")
    submit(course, "perfect", CORRECT)
    [report] = autograde(course, LAB, FailingExecutor({"perfect"}))
    assert report.status == "not graded" and report.score is None
    assert gradebook_rows(course) == {} and not (course / "autograded" / "perfect").exists()


def test_a_run_stops_after_three_submissions_fail_for_the_same_reason(tmp_path, capsys):
    course = make_course(tmp_path / "course")
    for number in range(6):
        submit(course, f"s{number}", CORRECT)
    reports = autograde(course, LAB, FailingExecutor({"*"}))
    assert {r.status for r in reports} == {"not graded"} and gradebook_rows(course) == {}
    stopped = [r for r in reports if r.problems[0].startswith("not graded: the run stopped after 3 submissions in a row")]
    assert stopped and len(stopped) <= 6 - 3


def test_a_sandbox_that_cannot_start_refuses_the_run_and_writes_nothing(tmp_path, capsys):
    course = make_course(tmp_path / "course")
    submit(course, "perfect", CORRECT)
    with (course / "nbgrader_config.py").open("a") as config:
        config.write("c.ExecuteOnWorker.memory_limit = 16 * 2**20  # too little for the interpreter to start\n")
    before = tree_digest(course)
    with pytest.raises(GraderError, match="a test notebook did not run in the sandbox, so nothing was graded: this machine: "):
        autograde(course, LAB, LocalExecutor(1))
    assert cli.main(["autograde", LAB, "--course-dir", str(course)]) == ExitStatus.INPUT
    assert "nothing was graded" in capsys.readouterr().err
    after = tree_digest(course)
    assert {k: v for k, v in after.items() if not k.startswith("autograded/autograde-")} == before



def test_a_venv_reached_through_a_symlink_under_tmp_grades_right(tmp_path):
    """The sandbox hides the host's /tmp: the interpreter must run by a path the sandbox binds."""
    course = make_course(tmp_path / "course")
    submit(course, "perfect", CORRECT)
    link = Path(tempfile.mkdtemp(prefix="grader-venv-link-")) / "venv"
    link.symlink_to(Path(sys.prefix).resolve())
    try:
        result = subprocess.run([str(link / "bin" / "python"), "-m", "grader.cli", "autograde", LAB,
                                 "--course-dir", str(course)], capture_output=True, text=True,
                                env={**os.environ, "PATH": f"{link / 'bin'}{os.pathsep}{os.environ['PATH']}"})
    finally:
        shutil.rmtree(link.parent)
    assert result.returncode == ExitStatus.OK, result.stdout + result.stderr
    assert "perfect  3/3" in result.stdout
