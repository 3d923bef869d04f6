"""What each student of a lab wrote, read from the autograded notebooks, and what the release gave them.

Only solution cells count as a student's work (the release's locked cells are everyone's); a test
cell that failed counts through its error output, since two groups who hand in the same wrong
answer fail the same test with the same message.
"""
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from grader.course.layout import course_directory, student_ids_with_submission
from grader.errors import GraderError

ANSI = re.compile(r"\x1b\[[0-9;]*m")
ADDRESS = re.compile(r"0x[0-9a-f]{6,}")


@dataclass
class NotebookWork:
    """One student's notebook: the code of each solution cell and the failing output of each test cell."""
    student: str
    path: Path
    cells: dict[str, str] = field(default_factory=dict)     # solution cell id -> code
    failures: dict[str, str] = field(default_factory=dict)  # test cell id -> "ErrorName: message"


def _cells(path: Path) -> list[dict]:
    try:
        notebook = json.loads(path.read_text(encoding="utf-8"))
        return [cell for cell in notebook["cells"] if isinstance(cell, dict)]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        raise GraderError(f"{path}: not a notebook that can be read ({type(error).__name__}: {error})") from error


def _source(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def _nbgrader(cell: dict) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {}) if cell.get("cell_type") == "code" else {}


def failure(outputs: list[dict]) -> str | None:
    """The error a cell's outputs end with, as ``ErrorName: message`` without colours or addresses."""
    for output in outputs:
        if output.get("output_type") == "error":
            text = f"{output.get('ename', '')}: {output.get('evalue', '')}"
            return ADDRESS.sub("0x…", ANSI.sub("", text)).strip()
    return None


def read_notebook(student: str, path: Path) -> NotebookWork:
    work = NotebookWork(student, path)
    for cell in _cells(path):
        meta = _nbgrader(cell)
        if meta.get("solution"):
            work.cells[meta.get("grade_id", "")] = _source(cell)
        elif meta.get("grade") and (error := failure(cell.get("outputs", []))):
            work.failures[meta.get("grade_id", "")] = error
    return work


def release_cells(course_dir: Path, lab: str) -> dict[str, dict[str, str]]:
    """notebook -> solution cell id -> the code the release gives (signature, docstring, stub)."""
    coursedir = course_directory(course_dir)
    folder = Path(coursedir.format_path(coursedir.release_directory, ".", lab))
    notebooks = sorted(folder.glob("*.ipynb"))
    if not notebooks:
        raise GraderError(f"{folder}: no released notebooks of {lab} (release it first: grader release {lab})")
    return {path.stem: {meta.get("grade_id", ""): _source(cell) for cell in _cells(path)
                        if (meta := _nbgrader(cell)).get("solution")}
            for path in notebooks}


def autograded_work(course_dir: Path, lab: str, notebooks: list[str]) -> dict[str, dict[str, NotebookWork]]:
    """notebook -> student -> their autograded notebook's work, for every autograded submission of ``lab``."""
    coursedir = course_directory(course_dir)
    students = student_ids_with_submission(coursedir, coursedir.autograded_directory, lab)
    if not students:
        raise GraderError(f"no autograded submissions of {lab} in "
                          f"{coursedir.format_path(coursedir.autograded_directory, '*', lab)} "
                          f"(grade them first: grader autograde {lab})")
    work: dict[str, dict[str, NotebookWork]] = {notebook: {} for notebook in notebooks}
    for student in students:
        folder = Path(coursedir.format_path(coursedir.autograded_directory, student, lab))
        for notebook in notebooks:
            if (path := folder / f"{notebook}.ipynb").exists():
                work[notebook][student] = read_notebook(student, path)
    return work
