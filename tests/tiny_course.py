"""Tiny nbgrader notebooks and courses built in code, for tests that need a real course but not the labs."""
import shutil
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from .conftest import ROOT

DOUBLE = "def double(x):\n    ### BEGIN SOLUTION\n    return 2 * x\n    ### END SOLUTION"


def cell(kind: str, source: str, grade_id: str, **nbgrader) -> nbformat.NotebookNode:
    meta = {"grade": False, "solution": False, "locked": False, "schema_version": 3, "task": False,
            "grade_id": grade_id, **nbgrader}
    make = new_code_cell if kind == "code" else new_markdown_cell
    return make(source, metadata={"nbgrader": meta})


def test_cell(source: str, grade_id: str, points: int = 1) -> nbformat.NotebookNode:
    return cell("code", source, grade_id, grade=True, locked=True, points=points)


test_cell.__test__ = False


def notebook(*cells) -> nbformat.NotebookNode:
    nb = new_notebook(cells=list(cells))
    nb.metadata.kernelspec = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    return nb


def double_notebook() -> nbformat.NotebookNode:
    """One autograded question (basic-double) and one written answer (basic-why)."""
    return notebook(
        cell("code", DOUBLE, "double-solution", solution=True),
        test_cell("assert double(2) == 4\n### BEGIN HIDDEN TESTS\nassert double(5) == 10\n### END HIDDEN TESTS",
                  "basic-double"),
        cell("markdown", "Why?\n### BEGIN SOLUTION\nBecause.\n### END SOLUTION", "basic-why",
             grade=True, solution=True, points=1),
    )


def make_course(folder: Path, lab: str, notebooks: dict[str, nbformat.NotebookNode], due: str | None = None) -> Path:
    """A course directory with the course's nbgrader config and ``notebooks`` in source/<lab>/."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "nbgrader_config.py", folder)
    (folder / "grading.toml").write_text(f'[due]\n{lab} = "{due}"\n' if due else "")
    (folder / "source" / lab).mkdir(parents=True)
    for name, nb in notebooks.items():
        nbformat.write(nb, folder / "source" / lab / f"{name}.ipynb")
    return folder
