"""reports/similarity-LAB.csv and .html: the pairs to look at, most similar first.

The CSV has one row per notebook and pair (``notebook,student_a,student_b,similarity,why``,
similarity in [0, 1]) for a spreadsheet or a script. The HTML is one self-contained page: the same
ranking, each row linking to the pair's code side by side, cell by cell, with the regions they share
(beyond what the release gives) marked, and the failing outputs they share. A similarity is a reason
to read two notebooks, not a verdict.
"""
import csv
import html
import io
from collections.abc import Mapping, Sequence

from grader.similarity.compare import K, Pair, matched_code
from grader.similarity.work import NotebookWork

STYLE = """body{font-family:system-ui,sans-serif;max-width:1400px;margin:2em auto;color:#222}
table{border-collapse:collapse}td,th{padding:.3em .6em;border:1px solid #ccc;vertical-align:top}
th{background:#f4f4f4}td.n{text-align:right}.bar{background:#d73027;height:.8em}
.side{display:grid;grid-template-columns:1fr 1fr;gap:1em}pre{background:#f8f8f8;padding:.6em;overflow-x:auto;
font-size:.85em;margin:.2em 0}mark{background:#fdd49e}section{border-top:2px solid #ddd;margin-top:2em}
h3{font-size:1em;margin:1em 0 .2em}"""


def similarity_csv(pairs: Sequence[Pair]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["notebook", "student_a", "student_b", "similarity", "why"])
    for p in pairs:
        writer.writerow([p.notebook, p.student_a, p.student_b, f"{p.similarity:.3f}", p.why])
    return out.getvalue()


def similarity_html(lab: str, pairs: Sequence[Pair], work: Mapping[str, Mapping[str, NotebookWork]],
                    release: Mapping[str, Mapping[str, str]], threshold: float, compared: Mapping[str, int]) -> str:
    """The page for ``lab``: ``work`` and ``release`` by notebook, ``compared`` the students per notebook."""
    e = html.escape
    counts = ", ".join(f"{notebook}: {n} students" for notebook, n in compared.items())
    parts = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Similarity of {e(lab)}</title>",
        f"<style>{STYLE}</style></head><body><h1>Similarity of {e(lab)}</h1>",
        f"<p>Compared across groups ({e(counts)}); partners are not compared with each other. Only the code "
        f"students wrote in solution cells counts, without what the release gives; names, comments and "
        f"whitespace are normalised, and code that many groups write alike weighs little. Listed: pairs from "
        f"similarity {threshold:g}, and pairs that hand in a failing output no other group has. "
        f"A similarity is a reason to read two notebooks, not a verdict.</p>",
    ]
    if not pairs:
        parts.append("<p>No pair to look at.</p></body></html>")
        return "\n".join(parts)
    parts.append("<table><tr><th>#</th><th>notebook</th><th>student a</th><th>student b</th>"
                 "<th>similarity</th><th>why</th></tr>")
    for rank, p in enumerate(pairs, start=1):
        parts.append(f"<tr><td class='n'><a href='#pair-{rank}'>{rank}</a></td><td>{e(p.notebook)}</td>"
                     f"<td>{e(p.student_a)}</td><td>{e(p.student_b)}</td><td class='n'>{p.similarity:.2f}"
                     f"<div class='bar' style='width:{p.similarity * 100:.0f}%'></div></td><td>{e(p.why)}</td></tr>")
    parts.append("</table>")
    for rank, p in enumerate(pairs, start=1):
        a, b = work[p.notebook][p.student_a], work[p.notebook][p.student_b]
        parts.append(f"<section id='pair-{rank}'><h2>{rank}. {e(p.notebook)}: {e(p.student_a)} and "
                     f"{e(p.student_b)}, similarity {p.similarity:.2f}</h2><p>{e(p.why)}</p>"
                     f"<div class='side'><b>{e(p.student_a)}</b><b>{e(p.student_b)}</b></div>")
        for cell in p.cells:
            left, right = matched_code(a.cells[cell], b.cells[cell], release[p.notebook].get(cell, ""))
            parts.append(f"<h3>{e(cell)} ({p.cells[cell]:.0%} alike)</h3><div class='side'>"
                         f"<pre>{left}</pre><pre>{right}</pre></div>")
        for cell, output in p.failures.items():
            parts.append(f"<h3>{e(cell)}: both fail with</h3><pre>{e(output)}</pre>")
        parts.append("</section>")
    parts.append(f"<p>Fingerprints: copydetect's winnowing of {K}-character k-grams of the normalised code.</p>")
    parts.append("</body></html>")
    return "\n".join(parts)
