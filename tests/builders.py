"""Builders for the tests: nbgrader cells (schema 3 metadata), notebooks and scratch course directories."""
import shutil
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook
from nbgrader.utils import compute_checksum

from .conftest import ROOT


def cell(kind: str, source: str, grade_id: str, **nbgrader) -> nbformat.NotebookNode:
    """A code or markdown cell with nbgrader's metadata: every flag False unless given."""
    meta = {"grade": False, "solution": False, "locked": False, "schema_version": 3, "task": False,
            "grade_id": grade_id, **nbgrader}
    make = new_code_cell if kind == "code" else new_markdown_cell
    return make(source, metadata={"nbgrader": meta})


def solution_cell(source: str, grade_id: str) -> nbformat.NotebookNode:
    return cell("code", source, grade_id, solution=True)


def test_cell(source: str, grade_id: str, points: int = 1, checksum: bool = False) -> nbformat.NotebookNode:
    """A locked autograded test cell; ``checksum`` adds the one nbgrader writes at release."""
    made = cell("code", source, grade_id, grade=True, locked=True, points=points)
    if checksum:
        made.metadata.nbgrader["checksum"] = compute_checksum(made)
    return made


test_cell.__test__ = False  # a builder, not a test


def locked_cell(source: str, grade_id: str, kind: str = "code") -> nbformat.NotebookNode:
    return cell(kind, source, grade_id, locked=True)


def notebook(*cells) -> nbformat.NotebookNode:
    nb = new_notebook(cells=list(cells))
    nb.metadata.kernelspec = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    return nb


def make_course(folder: Path, lab: str, notebooks: dict[str, nbformat.NotebookNode], due: str | None = None,
                config: str | None = None) -> Path:
    """A course directory with ``notebooks`` in source/<lab>/, the course's nbgrader_config.py (or
    ``config``) and a grading.toml giving ``lab`` its ``due`` date."""
    folder.mkdir(parents=True, exist_ok=True)
    if config is None:
        shutil.copy(ROOT / "nbgrader_config.py", folder)
    else:
        (folder / "nbgrader_config.py").write_text(config)
    (folder / "grading.toml").write_text(f'[due]\n{lab} = "{due}"\n' if due else "")
    (folder / "source" / lab).mkdir(parents=True)
    for name, nb in notebooks.items():
        nbformat.write(nb, folder / "source" / lab / f"{name}.ipynb")
    return folder
