"""nbgrader preprocessors through which `grader autograde` runs nbgrader's own Autograde converter.

``grader autograde`` configures ``Autograde.sanitize_preprocessors`` to start with RepairSubmission and
ReviewSubmission, and ``Autograde.autograde_preprocessors`` to use ExecuteOnWorker in place of Execute,
with FlagForReview after SaveAutoGrades. Everything else (restoring locked cells, scoring, late penalties, writing
autograded/) is nbgrader's, so the gradebook gets the rows `nbgrader autograde` would write.
"""
import json
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbgrader.api import Gradebook
from nbgrader.preprocessors import Execute, NbGraderPreprocessor
from traitlets import Bool, Float, Integer

from grader.autograde.integrity import locked_cell_changes, review_cells
from grader.autograde.repair import RENAMED_FOLDER, repair_notebook
from grader.sandbox.execute import ExecutionJob, ExecutionResult, Limits

REVIEW_KEY = "grader_review"
# NotebookClient settings that cannot travel to a worker (Python objects) or belong to the runner.
NOT_SHIPPED = {"timeout_func", "kernel_manager_class"}


def _ids(resources) -> tuple[str, str, str]:
    info = resources["nbgrader"]
    return info["notebook"], info["assignment"], info["student"]


class GraderFault(Exception):
    """The grader, not the student's code, could not run a notebook: nothing of its submission may be
    stored as a grade (grader.autograde.command reports it "not graded" and restores the gradebook)."""


class RepairSubmission(NbGraderPreprocessor):
    """Repairs everyday damage (grader.autograde.repair: pasted or split cells, stripped metadata,
    deleted locked cells) against the lab's released notebook, before nbgrader's sanitizing steps,
    which would fail on it or grade it zero. Each repair is a review note. Beyond nbgrader."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.coursedir = None  # set by grader.autograde.command.DispatchingAutograde

    def preprocess(self, nb, resources):
        notebook_id, assignment_id, _ = _ids(resources)
        release = None
        if self.coursedir is not None:
            path = Path(self.coursedir.format_path(self.coursedir.release_directory, ".", assignment_id), f"{notebook_id}.ipynb")
            release = nbformat.read(path, as_version=4) if path.exists() else None
        # Notes found here were put by grader.autograde.command on a renamed file's copy (RENAMED_FOLDER);
        # anything a student put in a notebook of their own is dropped.
        found = nb.metadata.pop(REVIEW_KEY, None)
        renamed = RENAMED_FOLDER in Path(resources["metadata"]["path"]).parts and isinstance(found, list)
        nb.metadata[REVIEW_KEY] = ([str(note) for note in found] if renamed else []) + repair_notebook(nb, release)
        return nb, resources


class ReviewSubmission(NbGraderPreprocessor):
    """Notes what in a submitted notebook needs a person's review (grader.autograde.integrity: changed locked
    cells, deleted graded cells, code reaching for the test machinery) before nbgrader's sanitizing
    steps repair it. The notes travel in the notebook's metadata to ExecuteOnWorker."""

    def preprocess(self, nb, resources):
        notebook_id, assignment_id, _ = _ids(resources)
        with Gradebook(resources["nbgrader"]["db_url"]) as gradebook:
            notebook = gradebook.find_notebook(notebook_id, assignment_id)
            locked = {cell.name for cell in notebook.source_cells if cell.locked}
            graded = {cell.name for cell in notebook.grade_cells}
        nb.metadata[REVIEW_KEY] = nb.metadata.get(REVIEW_KEY, []) + locked_cell_changes(nb, locked, graded) + review_cells(nb)
        return nb, resources


class ExecuteOnWorker(Execute):
    """nbgrader's Execute step, run by a worker instead of in this process.

    The sanitized notebook, the submission's other files and nbgrader's Execute settings (timeout,
    interrupt_on_timeout, ...) go to ``dispatcher``, which has them executed in a sandbox on a local
    worker or a Dask cluster (grader.sandbox.execute); the executed cells come back and pass through
    Execute's own on_cell_executed hook, as if they had run here. Cells that did not run because of
    the student's code (the kernel died, or the notebook ran out of time) get an error, so their tests
    score zero; a notebook the grader could not run (result.fault: the sandbox or the worker failed)
    raises GraderFault instead, so that no score is stored for it.
    """

    sandbox = Bool(True, help="Execute student code in a bubblewrap sandbox.").tag(config=True)
    memory_limit = Integer(Limits.memory, help="Address space of each sandboxed process, in bytes.").tag(config=True)
    sandbox_memory_limit = Integer(Limits.sandbox_memory, help="Memory of all of a sandbox's processes together, "
                                   "in bytes (a control group, where the grader may create one).").tag(config=True)
    process_limit = Integer(Limits.processes, help="Processes and threads of the sandbox's user.").tag(config=True)
    disk_limit = Integer(Limits.disk, help="Size of each of the sandbox's working directory and /tmp, in bytes.").tag(config=True)
    file_size_limit = Integer(Limits.file_size, help="Largest file student code may write, in bytes.").tag(config=True)
    output_limit = Integer(Limits.output, help="Output kept per notebook, in bytes of JSON.").tag(config=True)
    notebook_timeout = Float(Limits.notebook_timeout, help="Wall-clock seconds for a whole notebook.").tag(config=True)

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.dispatcher = None  # set by grader.autograde.command.DispatchingAutograde: execute(job), report(...)

    def limits(self) -> Limits:
        return Limits(memory=self.memory_limit, sandbox_memory=self.sandbox_memory_limit, processes=self.process_limit, disk=self.disk_limit,
                      file_size=self.file_size_limit, output=self.output_limit, notebook_timeout=self.notebook_timeout)

    def client_settings(self) -> dict:
        """This step's nbclient settings (nbgrader's Execute defaults and the course's config)."""
        names = [name for name in NotebookClient.class_traits(config=True)
                 if name not in NOT_SHIPPED and not name.startswith("on_")]
        settings = {name: getattr(self, name) for name in names}
        json.dumps(settings)  # they travel as JSON: fail here, not on a worker
        return settings

    @staticmethod
    def submission_files(folder: Path) -> dict[str, bytes]:
        """The files nbgrader put next to the notebook (the student's own and the lab's), notebooks excepted."""
        return {path.relative_to(folder).as_posix(): path.read_bytes()
                for path in sorted(folder.rglob("*")) if path.is_file() and path.suffix != ".ipynb"}

    def preprocess(self, nb, resources):
        if self.dispatcher is None:
            raise RuntimeError("ExecuteOnWorker runs only under `grader autograde`, which provides its dispatcher")
        review = nb.metadata.pop(REVIEW_KEY, [])
        notebook_id, assignment_id, student_id = _ids(resources)
        job = ExecutionJob(name=f"{student_id}/{assignment_id}/{notebook_id}", notebook=json.loads(json.dumps(nb)),
                           files=self.submission_files(Path(resources["metadata"]["path"])),
                           settings=self.client_settings(), limits=self.limits(), sandbox=self.sandbox)
        result = self.dispatcher.execute(job)
        self.dispatcher.report(job.name, result, review)
        if result.fault:
            raise GraderFault(f"{job.name}: {result.fault}")
        self.apply(nb, result)
        resources["grader_flags"] = review + result.tampered
        return nb, resources

    def apply(self, nb, result: ExecutionResult) -> None:
        """Put the executed cells in place; when execution stopped early, the cells after fail."""
        if result.language_info:
            nb.metadata["language_info"] = result.language_info
        stopped_after = max(result.cells, default=-1) if result.problem else len(nb.cells)
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code" or not cell.source.strip():
                continue
            if index in result.cells:
                ran = result.cells[index]
                cell.outputs = [nbformat.from_dict(output) for output in ran["outputs"]]
                cell.execution_count = ran["execution_count"]
                if ran.get("execution"):
                    cell.metadata["execution"] = ran["execution"]
                self.on_cell_executed(cell=cell, cell_index=index, execute_reply={"content": ran["reply"]})
                if index in result.failed_tests:
                    cell.outputs.append(_error("TestTampered", result.failed_tests[index]))
            elif index > stopped_after:
                cell.outputs = [_error("NotExecuted", f"the grader could not run this cell: {result.problem}")]


def _error(name: str, message: str):
    return nbformat.v4.new_output("error", ename=name, evalue=message, traceback=[f"{name}: {message}"])


class FlagForReview(NbGraderPreprocessor):
    """Flags a notebook in the gradebook and marks every grade of it as needing manual grading when
    ExecuteOnWorker found something to review, so that it shows up in formgrader and never passes
    silently with full marks."""

    def preprocess(self, nb, resources):
        flags = resources.get("grader_flags")
        if flags:
            notebook_id, assignment_id, student_id = _ids(resources)
            with Gradebook(resources["nbgrader"]["db_url"]) as gradebook:
                notebook = gradebook.find_submission_notebook(notebook_id, assignment_id, student_id)
                notebook.flagged = True  # formgrader's "Flagged?" column
                for grade in notebook.grades:
                    grade.needs_manual_grade = True
                gradebook.db.commit()
            self.log.warning("%s/%s/%s needs review: %s", student_id, assignment_id, notebook_id, "; ".join(flags))
        return nb, resources
