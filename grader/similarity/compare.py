"""How alike two students' code is, across the cohort, without counting what everyone writes alike.

Each solution cell is normalised by copydetect (comments and whitespace dropped; variable, function
and class names and string contents replaced by one letter each) and fingerprinted by winnowing its
k-grams (Schleimer, Wilkerson and Aiken, 2003; copydetect's defaults: k = 25 characters, windows
of 6). The fingerprints of the release's own text of the cell (signature, docstring, stub, given
code) are removed, so that never counts. A fingerprint then weighs ln((1 + G) / (1 + g)), where G is
the number of groups and g the number of groups whose code has it: code that every group writes
(a one-line ``return A.T``, the same idiom from the lecture) weighs nothing, code that only two
groups share weighs most; MOSS likewise ignores passages found in many submissions. The similarity
of two notebooks is the cosine of their weighted fingerprint vectors: 1 for the same rare code, 0 for
nothing rare in common. Each top-level statement of a cell (a function, a class...) is fingerprinted
apart, so renaming, reordering functions, rewording comments or adding cells do not change the
fingerprints of the copied code.

Pairs are compared across groups only (partners share their work by design). A pair is reported when
its similarity reaches the threshold, or when both hand in the same failing output of a test that no
third group fails that way (the same wrong answer).
"""
import ast
import functools
import io
import math
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

import numpy as np
from copydetect import CodeFingerprint
from copydetect.detector import compare_files
from copydetect.utils import filter_code, get_document_fingerprints, highlight_overlap
from markupsafe import escape
from scipy.sparse import csr_matrix

from grader.similarity.work import NotebookWork

K, WINDOW = 25, 6      # copydetect's noise threshold (k) and guarantee threshold 30 = k + window - 1
SAME, ALIKE = 0.95, 0.5  # a cell's similarity from which the why column calls it the same, or alike
PARALLEL_FROM = 400    # distinct pieces of code from which normalising is worth a second process
NOTHING = np.array([], dtype=np.int64)


@dataclass
class Pair:
    """Two students of different groups whose work in one notebook is alike."""
    notebook: str
    student_a: str
    student_b: str
    similarity: float
    cells: dict[str, float] = field(default_factory=dict)  # solution cell -> its similarity, for cells alike
    failures: dict[str, str] = field(default_factory=dict)  # test cell -> the failing output both hand in

    @property
    def why(self) -> str:
        same = [cell for cell, s in self.cells.items() if s >= SAME]
        alike = [f"{cell} ({s:.0%})" for cell, s in self.cells.items() if ALIKE <= s < SAME]
        reasons = []
        if same:
            reasons.append(f"same code in {', '.join(same)}")
        if alike:
            reasons.append(f"alike in {', '.join(alike)}")
        for cell, output in self.failures.items():
            reasons.append(f"same failing output in {cell} ({output[:80]}{'…' if len(output) > 80 else ''})")
        return "; ".join(reasons) or "small shared fragments across cells"


@functools.lru_cache(maxsize=2**16)  # each cell's code is cut once for normalising and once for hashing
def top_level_pieces(code: str) -> tuple[str, ...]:
    """The code of each top-level statement of a cell (a function with its decorators, a class, an
    assignment...), fingerprinted apart so that reordering them changes no fingerprint; code that
    does not parse is one piece."""
    try:
        body = ast.parse(code).body
    except SyntaxError:
        return (code,)
    lines = code.splitlines(keepends=True)
    return tuple("".join(lines[min([s.lineno, *(d.lineno for d in getattr(s, "decorator_list", ()))]) - 1:s.end_lineno])
                 for s in body)


def normalise(code: str) -> str:
    """copydetect's normalised form of Python code."""
    return filter_code(code, "cell.py", "python")[0]


def normalised_code(sources: set[str]) -> dict[str, str]:
    """Each distinct source's normalised form; the tokenising (pygments) runs in two processes when
    there is much of it. Hashing stays in this process: Python salts string hashes per process."""
    distinct = sorted(sources)
    if len(distinct) < PARALLEL_FROM:
        return {source: normalise(source) for source in distinct}
    with ProcessPoolExecutor(2) as pool:
        return dict(zip(distinct, pool.map(normalise, distinct, chunksize=64)))


def code_fingerprints(code: str, boilerplate: np.ndarray, normal: dict[str, str] | None = None) -> set[int]:
    """The winnowed fingerprints of each top-level piece of ``code``, less those in ``boilerplate``;
    ``normal`` holds the pieces' normalised forms when they are known already."""
    found = set()
    for piece in top_level_pieces(code):
        hashes, _ = get_document_fingerprints(normal[piece] if normal else normalise(piece), K, WINDOW, boilerplate)
        found |= hashes
    return found


def release_fingerprints(code: str, normal: dict[str, str] | None = None) -> np.ndarray:
    """The fingerprints of the release's code of a cell, as the boilerplate that never counts."""
    return np.array(sorted(code_fingerprints(code, NOTHING, normal)), dtype=np.int64)


def similar_pairs(notebook: str, work: dict[str, NotebookWork], release: dict[str, str],
                  group_of: dict[str, str], threshold: float) -> list[Pair]:
    """The pairs of students of different groups whose work in ``notebook`` is alike, most similar first.

    ``work`` is each student's notebook, ``release`` the release's code of each solution cell,
    ``group_of`` each student's group (a student without one is a group alone)."""
    students = sorted(work)
    if len(students) < 2:
        return []
    codes = {code for w in work.values() for code in w.cells.values()} | set(release.values())
    normal = normalised_code({piece for code in codes for piece in top_level_pieces(code)})
    boilerplate = {cell: release_fingerprints(code, normal) for cell, code in release.items()}
    keys: dict[tuple[str, int], int] = {}
    rows: list[dict[int, str]] = []  # per student: key index -> cell
    for student in students:
        row = {}
        for cell, code in work[student].cells.items():
            for h in code_fingerprints(code, boilerplate.get(cell, NOTHING), normal):
                row[keys.setdefault((cell, h), len(keys))] = cell
        rows.append(row)
    group = [group_of.get(s, s) for s in students]
    holders: dict[int, set[str]] = defaultdict(set)
    for row, g in zip(rows, group):
        for key in row:
            holders[key].add(g)
    groups = len(set(group))
    weight = np.zeros(len(keys))
    for key, which in holders.items():
        weight[key] = math.log((1 + groups) / (1 + len(which)))
    vectors = _normalised_rows(rows, weight)
    similarity = np.clip((vectors @ vectors.T).toarray(), 0.0, 1.0)
    across = np.array(group)[:, None] != np.array(group)[None, :]
    chosen = {(i, j) for i, j in zip(*np.nonzero(np.triu(across & (similarity >= threshold), k=1)))}
    shared_failures = _shared_failures([work[s] for s in students], group)
    chosen |= set(shared_failures)
    pairs = []
    for i, j in chosen:
        pairs.append(Pair(notebook, students[i], students[j], float(similarity[i, j]),
                          cells=_cell_similarities(rows[i], rows[j], weight, list(work[students[i]].cells)),
                          failures=shared_failures.get((i, j), {})))
    return sorted(pairs, key=lambda p: (-p.similarity, p.student_a, p.student_b))


def _normalised_rows(rows: list[dict[int, str]], weight: np.ndarray) -> csr_matrix:
    """The students' weighted fingerprint vectors, each of length 1 (or 0 when nothing of it weighs)."""
    indptr, indices = [0], []
    for row in rows:
        indices += sorted(row)
        indptr.append(len(indices))
    indices = np.array(indices, dtype=np.int64)
    matrix = csr_matrix((weight[indices], indices, indptr), shape=(len(rows), len(weight)))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return csr_matrix(matrix.multiply(1.0 / norms[:, None]))


def _cell_similarities(a: dict[int, str], b: dict[int, str], weight: np.ndarray, order: list[str]) -> dict[str, float]:
    """Per solution cell, the cosine of the two students' weighted fingerprints, for cells at least alike."""
    def by_cell(row):
        cells = defaultdict(dict)
        for key, cell in row.items():
            cells[cell][key] = weight[key] ** 2
        return cells

    cells_a, cells_b = by_cell(a), by_cell(b)
    found = {}
    for cell in order:
        left, right = cells_a.get(cell, {}), cells_b.get(cell, {})
        norm = math.sqrt(sum(left.values()) * sum(right.values()))
        if norm > 0:
            cosine = sum(w for key, w in left.items() if key in right) / norm
            if cosine >= ALIKE:
                found[cell] = min(cosine, 1.0)
    return found


def _shared_failures(works: list[NotebookWork], group: list[str]) -> dict[tuple[int, int], dict[str, str]]:
    """(i, j) -> {test cell: output} for the failing outputs that exactly two groups hand in."""
    holders: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, work in enumerate(works):
        for cell, output in work.failures.items():
            holders[(cell, output)].append(index)
    shared: dict[tuple[int, int], dict[str, str]] = defaultdict(dict)
    for (cell, output), indices in holders.items():
        if len({group[i] for i in indices}) == 2:
            for i in indices:
                for j in indices:
                    if i < j and group[i] != group[j]:
                        shared[(i, j)][cell] = output
    return shared


def matched_code(code_a: str, code_b: str, release: str) -> tuple[str, str]:
    """The two cells' code as HTML, escaped, with the regions they share (beyond the release) in <mark>."""
    boilerplate = release_fingerprints(release)
    prints = [CodeFingerprint("cell.py", K, WINDOW, boilerplate=boilerplate, fp=io.StringIO(code), language="python")
              for code in (code_a, code_b)]
    overlap, _, slices = compare_files(*prints)
    if not overlap:
        return str(escape(code_a)), str(escape(code_b))
    return tuple(highlight_overlap(code, cut, "<mark>", "</mark>", escape_html=True)[0]
                 for code, cut in zip((code_a, code_b), slices))
