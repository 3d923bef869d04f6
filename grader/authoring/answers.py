"""Answers kept beside the tests, and submissions built from them.

``tests/wrong_answers/<notebook>/<tier>-<question>.<label>.py`` is a plausible wrong answer: it must
lose its question's marks. ``tests/right_answers/<notebook>/...`` is another correct way to answer
(written independently of the solution, in another style): it must get full marks, so the tests do
not reject correct work that merely differs from the solution, and the demo's cohort has honest
students who do not all write the same code. Each file replaces the whole source of one solution
cell, named on its first line (``# cell: <grade id>``); the file name names the question. See
docs/authoring.md.
"""
import re
from dataclasses import dataclass
from pathlib import Path

import nbformat

from grader.errors import GraderError
from grader.questions import parse_grade_id

CELL_LINE = re.compile(r"^# cell: (?P<cell>\S+)\s*$")
WRONG, RIGHT = "wrong_answers", "right_answers"


@dataclass(frozen=True)
class Answer:
    notebook: str
    question: str
    label: str
    cell: str
    source: str
    path: Path


def answers_dir(course_dir: Path, kind: str = WRONG) -> Path:
    return course_dir / "tests" / kind


def load_answers(course_dir: Path, notebook: str, kind: str = WRONG) -> list[Answer]:
    """The answers of one ``kind`` for one notebook (by its file stem), sorted by question and label."""
    answers = []
    for path in sorted((answers_dir(course_dir, kind) / notebook).glob("*.py")):
        question, _, label = path.stem.partition(".")
        if not label:
            raise GraderError(f"{path}: name it <tier>-<question>.<label>.py")
        try:
            parse_grade_id(question)
        except ValueError as error:
            raise GraderError(f"{path}: {error}") from error
        first_line, _, rest = path.read_text().partition("\n")
        match = CELL_LINE.match(first_line)
        if not match:
            raise GraderError(f"{path}:1: the first line must be '# cell: <grade id of a solution cell>'")
        answers.append(Answer(notebook, question, label, match["cell"], rest.strip() + "\n", path))
    return answers


def rounds(answers: list[Answer]) -> list[list[Answer]]:
    """Group answers into submissions: each round holds at most one answer per question and per cell."""
    batches: list[list[Answer]] = []
    for answer in answers:
        for batch in batches:
            if all(a.question != answer.question and a.cell != answer.cell for a in batch):
                batch.append(answer)
                break
        else:
            batches.append([answer])
    return batches


def apply_answers(notebook: nbformat.NotebookNode, answers: list[Answer]) -> nbformat.NotebookNode:
    """A copy of ``notebook`` with each answer's solution cell replaced by the answer."""
    copy = nbformat.from_dict(notebook)
    cells = {c.metadata.get("nbgrader", {}).get("grade_id"): c for c in copy.cells}
    for answer in answers:
        cell = cells.get(answer.cell)
        if cell is None or not cell.metadata["nbgrader"].get("solution"):
            raise GraderError(f"{answer.path}:1: no solution cell {answer.cell!r} in {answer.notebook}.ipynb")
        cell.source = answer.source
    return copy
