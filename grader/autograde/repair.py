"""Everyday damage to submitted notebooks, repaired so that the student's answers are graded.

Beyond nbgrader, which fails or gives zero on each of these (its DeduplicateIds empties the metadata
of a repeated cell, which its next step rejects, nbgrader#1083; a renamed file is skipped as
unknown): a pasted copy of a cell, JupyterLab's Split Cell (both halves keep the metadata and the
cell id), an editor that strips nbgrader's metadata, a deleted test cell, and a file downloaded
again as ``name (1).ipynb``. Pure functions of notebooks and file names: RepairSubmission
(grader.autograde.preprocessors) applies them before nbgrader's own sanitizing, and every repair
returns a note that flags the submission for review. Nothing is repaired silently.
"""
import copy
import difflib
import re
import uuid

import nbformat

RENAMED_FOLDER = ".grader-renamed"  # where grader autograde copies a submission under its lab's file names
# How browsers, JupyterLab and file-sharing services rename a notebook downloaded or copied again.
MANGLED_NAMES = (
    re.compile(r"^(?P<name>.+?) ?\(\d+\)$"),         # linear_algebra (1), linear_algebra(2)
    re.compile(r"^(?P<name>.+?)-\d+$"),              # linear_algebra-1
    re.compile(r"^(?P<name>.+?)-Copy\d*$"),          # linear_algebra-Copy1 (JupyterLab's Duplicate)
    re.compile(r"^(?:Copy of |copy of )(?P<name>.+)$"),
    re.compile(r"^(?P<name>.+?)[ _](?:- )?[Cc]opy(?: \d+)?$"),
)


def _nbgrader(cell) -> dict:
    return cell.metadata.get("nbgrader") or {}


def _grade_id(cell) -> str | None:
    return _nbgrader(cell).get("grade_id")


def _is_locked_original(meta: dict) -> bool:
    """A cell the instructor wrote and nbgrader restores: locked and not a solution (tests, given code)."""
    return bool(meta.get("locked")) and not meta.get("solution")


def repair_notebook(nb: nbformat.NotebookNode, release: nbformat.NotebookNode | None) -> list[str]:
    """Repair ``nb`` in place against ``release`` (the lab's released notebook, or None when there is
    none to compare with); returns one note per repair, empty for an undamaged notebook."""
    notes = []
    if release is not None:
        notes += restore_stripped_metadata(nb, release)
    notes += merge_repeated_cells(nb)
    if release is not None:
        notes += restore_deleted_locked_cells(nb, release)
    notes += renew_repeated_cell_ids(nb)
    return notes


def restore_stripped_metadata(nb, release) -> list[str]:
    """Give cells whose nbgrader metadata an editor removed their release cell's metadata back.

    Locked cells (tests, given code) are matched by their source, in order; each solution cell is then
    matched, between the locked cells around it, to the plain cell of its type most like its stub."""
    present = {_grade_id(c) for c in nb.cells} - {None}
    wanted = [(i, c) for i, c in enumerate(release.cells) if _grade_id(c) and _grade_id(c) not in present]
    if not wanted:
        return []
    plain = [i for i, c in enumerate(nb.cells) if not _nbgrader(c)]
    anchors = {}  # release index -> submitted index, for every cell whose place is known
    for r, cell in enumerate(release.cells):
        grade_id = _grade_id(cell)
        if grade_id in present:
            anchors[r] = next(i for i, c in enumerate(nb.cells) if _grade_id(c) == grade_id)
    after = -1
    for r, cell in wanted:
        if _is_locked_original(_nbgrader(cell)):
            start = max([s for q, s in anchors.items() if q < r], default=-1)
            match = next((i for i in plain if i > max(start, after) and nb.cells[i].source.strip() == cell.source.strip()
                          and nb.cells[i].cell_type == cell.cell_type), None)
            if match is not None:
                anchors[r] = after = match
    restored = []
    for r, cell in wanted:
        if r in anchors and not _nbgrader(nb.cells[anchors[r]]):
            nb.cells[anchors[r]].metadata["nbgrader"] = copy.deepcopy(cell.metadata["nbgrader"])
            restored.append(_grade_id(cell))
            continue
        if _is_locked_original(_nbgrader(cell)):
            continue
        low = max([s for q, s in anchors.items() if q < r], default=-1)
        high = min([s for q, s in anchors.items() if q > r], default=len(nb.cells))
        candidates = [i for i in plain if low < i < high and nb.cells[i].cell_type == cell.cell_type
                      and not _nbgrader(nb.cells[i])]
        if candidates:
            best = max(candidates, key=lambda i: difflib.SequenceMatcher(None, nb.cells[i].source, cell.source).ratio())
            nb.cells[best].metadata["nbgrader"] = copy.deepcopy(cell.metadata["nbgrader"])
            anchors[r] = best
            restored.append(_grade_id(cell))
    if not restored:
        return []
    return [f"the nbgrader metadata of {len(restored)} cells was missing (an editor removed it): matched back to "
            f"the release's cells {', '.join(restored)}"]


def merge_repeated_cells(nb) -> list[str]:
    """Leave one cell per grade id. The first copy of a locked cell is the graded one (nbgrader
    restores the instructor's version), the others become plain cells. A solution cell that was
    duplicated or split keeps every part, in order: a graded one (a written answer) becomes one cell;
    of an ungraded one, parts next to each other (Split Cell) are joined back into one cell, and
    copies elsewhere (a paste) become plain cells in place, so that the code runs as it ran for the
    student."""
    notes = []
    by_id: dict[str, list[int]] = {}
    for index, cell in enumerate(nb.cells):
        if _grade_id(cell):
            by_id.setdefault(_grade_id(cell), []).append(index)
    remove = set()
    for grade_id, indices in by_id.items():
        if len(indices) < 2:
            continue
        first, rest = nb.cells[indices[0]], [nb.cells[i] for i in indices[1:]]
        meta = _nbgrader(first)
        if meta.get("solution") and meta.get("grade"):
            first.source = "\n\n".join(c.source for c in [first, *rest])
            remove.update(indices[1:])
            notes.append(f"solution cell {grade_id} was in {len(indices)} cells (split or pasted): graded as one, "
                         f"its parts joined in order")
        elif meta.get("solution"):
            runs = [[indices[0]]]
            for index in indices[1:]:
                runs[-1].append(index) if index == runs[-1][-1] + 1 else runs.append([index])
            for number, run in enumerate(runs):
                nb.cells[run[0]].source = "\n".join(nb.cells[i].source for i in run)
                remove.update(run[1:])
                if number:
                    del nb.cells[run[0]].metadata["nbgrader"]
            notes.append(f"solution cell {grade_id} was in {len(indices)} cells (split or pasted): graded on all "
                         f"its parts, in order")
        else:
            for cell in rest:
                del cell.metadata["nbgrader"]
            notes.append(f"locked cell {grade_id} was in {len(indices)} cells (split or pasted): the first copy is graded")
    nb.cells = [c for i, c in enumerate(nb.cells) if i not in remove]
    return notes


def restore_deleted_locked_cells(nb, release) -> list[str]:
    """Put back the release's locked cells (tests and given code) that the submission lacks, each after
    the cell that precedes it in the release, so that the instructor's tests run."""
    present = {_grade_id(c) for c in nb.cells} - {None}
    notes = []
    for r, cell in enumerate(release.cells):
        grade_id = _grade_id(cell)
        if not grade_id or grade_id in present or not _is_locked_original(_nbgrader(cell)):
            continue
        before = [_grade_id(c) for c in release.cells[:r] if _grade_id(c) in present]
        position = next((i + 1 for i, c in enumerate(nb.cells) if before and _grade_id(c) == before[-1]), 0)
        restored = copy.deepcopy(cell)
        restored.pop("outputs", None)
        if restored.cell_type == "code":
            restored.outputs, restored.execution_count = [], None
        restored["id"] = uuid.uuid4().hex[:8]
        nb.cells.insert(position, restored)
        present.add(grade_id)
        what = "test" if _nbgrader(cell).get("grade") else "locked"
        notes.append(f"{what} cell {grade_id} was deleted: restored from the release and run")
    return notes


def renew_repeated_cell_ids(nb) -> list[str]:
    """Give each cell whose id (nbformat 4.5) an earlier cell has already a fresh one."""
    seen, renewed = set(), 0
    for cell in nb.cells:
        if "id" in cell:
            if cell["id"] in seen:
                cell["id"] = uuid.uuid4().hex[:8]
                renewed += 1
            seen.add(cell["id"])
    return [f"{renewed} cells repeated another cell's id: given ids of their own"] if renewed else []


def renamed_notebooks(files: list[str], notebooks: list[str]) -> tuple[dict[str, str], list[str]]:
    """Submitted notebook files (stems) named the way a browser or an editor renames a copy, matched to
    the lab's ``notebooks`` (stems): each mangled file whose name leads to one of the lab's notebooks
    that the submission lacks, when it is the only such file. Returns {file: notebook} and notes."""
    missing = [n for n in notebooks if n not in files]
    candidates: dict[str, list[str]] = {}
    for name in files:
        if name in notebooks:
            continue
        original = name
        for _ in range(3):  # "Copy of name (1)" takes two steps
            original = next((m["name"] for p in MANGLED_NAMES if (m := p.match(original))), original)
            if original in notebooks:
                break
        if original in missing:
            candidates.setdefault(original, []).append(name)
    renames, notes = {}, []
    for notebook, names in sorted(candidates.items()):
        if len(names) == 1:
            renames[names[0]] = notebook
            notes.append(f"{names[0]}.ipynb was graded as {notebook}.ipynb (the file was renamed)")
        else:
            notes.append(f"{', '.join(f'{n}.ipynb' for n in sorted(names))} could each be {notebook}.ipynb: none "
                         f"was graded as it")
    return renames, notes
