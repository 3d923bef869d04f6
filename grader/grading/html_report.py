"""reports/report.html: one self-contained page (no external files or URLs).

It shows the cohort at a glance: the final grade distribution and pass/fail/incomplete counts, each
component's distribution, for every notebook the share of submissions that answered each question
(questions sorted from the most failed), which tells the instructor what to teach again, and the item
analysis (grader.grading.item_analysis): which questions tell strong from weak submissions.
The distributions are bar charts drawn as HTML tables (a bar per row, its figure as text beside it:
sharp at any zoom, searchable, and free to draw); the item analysis is a scatter plot that matplotlib
draws as SVG with its text kept as text (sharp at any zoom, a third of the PNG's drawing time), embedded
as base64.
"""
import base64
import html
import io
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import chain

import matplotlib
from matplotlib.figure import Figure

from grader.grading.final_grade import PROJECT_RESULTS, STATUSES
from grader.grading.item_analysis import ItemStatistics
from grader.grading.policy import GRADE_LETTERS, Policy
from grader.grading.records import LabGradebook
from grader.grading.reports import StudentGrade

MISSING = "missing"
GOOD_DISCRIMINATION = 0.2  # a point-biserial above it: the question tells strong from weak submissions
COLOURS = {"A": "#1a9850", "B": "#91cf60", "C": "#d9ef8b", "D": "#fee08b", "E": "#fc8d59", "F": "#d73027",
           "excellent": "#1a9850", "pass": "#91cf60", "fail": "#d73027", "incomplete": "#bdbdbd", MISSING: "#bdbdbd",
           "basic": "#4575b4", "advanced": "#f46d43"}
STYLE = """body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;color:#222}
h1{font-size:1.6em}h2{margin-top:1.6em;border-bottom:1px solid #ddd}table{border-collapse:collapse}
td,th{padding:.3em .8em;border:1px solid #ccc;text-align:right}th{background:#f4f4f4}img{max-width:100%}
.charts{display:flex;flex-wrap:wrap;gap:1em 2.5em;align-items:flex-start}.charts h4{margin:.2em 0}
table.bars td,table.bars th{border:none;background:none;padding:.1em .4em;font-size:.9em}
table.bars th{text-align:left;font-weight:normal}table.bars td.bar{width:var(--bar-width);padding:0;background:#f2f2f2}
table.bars span{display:block;height:1.05em;print-color-adjust:exact;-webkit-print-color-adjust:exact}"""


def report_html(grades: Sequence[StudentGrade], lab_gradebooks: Mapping[str, LabGradebook], policy: Policy,
                title: str = "Grade report", items: Sequence[ItemStatistics] = ()) -> str:
    statuses = Counter(g.grade.status for g in grades)
    finals = Counter(g.grade.final for g in grades if g.grade.final)
    parts = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}</title>",
        f"<style>{STYLE}</style></head><body><h1>{html.escape(title)}</h1>",
        f"<p>{len(grades)} students.</p>",
        "<h2>Final grades</h2>",
        _charts([("final grade", _counts(GRADE_LETTERS, finals)), ("status", _counts(STATUSES, statuses))]),
        "<h2>Components</h2>",
        _charts(_components(grades, policy)),
        "<h2>Questions: share of submissions with full points</h2>",
        "<p>Sorted from the question the cohort fails most; blue: basic, orange: advanced. Questions awaiting "
        "manual grading count as not answered.</p>",
    ]
    for lab in policy.labs:
        results = lab_gradebooks.get(lab)
        if results is None or not results.submissions:
            parts.append(f"<p>{html.escape(lab)}: no submissions in the gradebook.</p>")
            continue
        rates = _pass_rates(results)
        for notebook in sorted(rates):
            parts.append(f"<h3>{html.escape(lab)} / {html.escape(notebook)} ({len(results.submissions)} submissions)</h3>")
            parts.append(_bars([(key, 100 * share, f"{100 * share:.0f}% ({count})", COLOURS[tier])
                                for key, tier, share, count in rates[notebook]], 100, width="32em"))
    parts.append(_item_analysis(items))
    parts.append("</body></html>")
    return "\n".join(parts)


def _item_analysis(items: Sequence[ItemStatistics]) -> str:
    """Per lab: difficulty against discrimination for every question, and the flagged questions."""
    if not items:
        return ""
    parts = ["<h2>Item analysis: which questions work</h2>",
             "<p>Each point is a question: how many submissions have full marks on it (right: easy) and how well "
             "it tells strong from weak submissions (point-biserial correlation of its score with the rest of the "
             f"lab's score; above {GOOD_DISCRIMINATION} is good, below 0 is suspect). Red: flagged. The questions "
             f"that need a look, flagged or below {GOOD_DISCRIMINATION}, are named, and listed below the plot, "
             "the least discriminating first. Every figure is in reports/questions.csv, with the "
             "upper-minus-lower 27% index and the scores by quintile.</p>"]
    for lab in sorted({i.lab for i in items}):
        lab_items = [i for i in items if i.lab == lab]
        parts.append(f"<h3>{html.escape(lab)} ({lab_items[0].submissions} submissions)</h3>")
        parts.append(_figure(_item_plot(lab_items), f"Difficulty and discrimination of the questions of {lab}"))
        to_look_at = sorted((i for i in lab_items if _why_a_look(i)), key=lambda i: (
            -math.inf if i.point_biserial is None else i.point_biserial, i.notebook, i.question))
        if to_look_at:
            rows = "".join(f"<tr><td>{html.escape(i.notebook)}</td><td>{html.escape(i.question)}</td>"
                           f"<td>{100 * i.share_full:.0f}%</td><td>{'' if i.point_biserial is None else f'{i.point_biserial:.2f}'}"
                           f"</td><td>{html.escape(_why_a_look(i))}</td></tr>" for i in to_look_at)
            parts.append("<table><tr><th>notebook</th><th>question</th><th>full marks</th><th>point-biserial</th>"
                         f"<th>reason</th></tr>{rows}</table>")
    return "\n".join(parts)


def _item_plot(items: Sequence[ItemStatistics]) -> Figure:
    fig = Figure(figsize=(10, 5.5))
    ax = fig.subplots()
    fig.subplots_adjust(left=0.08, right=0.97, bottom=0.1, top=0.95)
    shares = [100 * i.share_full for i in items]
    correlations = [0 if i.point_biserial is None else i.point_biserial for i in items]
    ax.scatter(shares, correlations, s=40, c=[COLOURS[i.tier] for i in items], linewidths=2, zorder=3,
               edgecolors=["#d73027" if i.flag else "none" for i in items])
    for i, share, correlation in zip(items, shares, correlations):
        if _why_a_look(i):
            ax.annotate(i.question.split("-", 1)[1], (share, correlation), xytext=(4, 3), textcoords="offset points",
                        fontsize=7, color="#d73027" if i.flag else "#333333")
    ax.axhline(0, color="#999999", linewidth=1)
    ax.axhline(GOOD_DISCRIMINATION, color="#cccccc", linewidth=1, linestyle="--")
    ax.set_xlim(-5, 105)
    ax.set_ylim(min(-0.3, *correlations) - 0.05, 1.05)
    ax.set_xlabel("% of submissions with full marks (blue: basic, orange: advanced)")
    ax.set_ylabel("discrimination (point-biserial)")
    return fig


def _why_a_look(item: ItemStatistics) -> str:
    """Why the question needs a look, "" when it works: the plot names and the table lists only these.
    The questions that work make a cloud whose names would overlap and hide the others (and with 30 of
    them, the names took as long to draw as the rest of the plot); the table stays legible where the
    names of many weak questions still overlap."""
    if item.flag:
        return item.flag
    if item.point_biserial is None:
        return "discrimination undefined: the rest of the lab's score is alike for everyone"
    if item.point_biserial < GOOD_DISCRIMINATION:
        return f"discriminates weakly (below {GOOD_DISCRIMINATION})"
    return ""


def _pass_rates(results: LabGradebook) -> dict[str, list[tuple[str, str, float, int]]]:
    """Per notebook, (question, tier, share answered, count answered) of its questions, lowest share first."""
    total = len(results.submissions)
    unanswered = Counter(chain.from_iterable(s.missed | s.awaiting for s in results.submissions.values()))
    rates: dict[str, list] = {}
    for q in results.questions:
        count = total - unanswered[(q.notebook, q.key)]
        rates.setdefault(q.notebook, []).append((q.key, q.tier, count / total, count))
    return {notebook: sorted(rows, key=lambda r: (r[2], r[0])) for notebook, rows in rates.items()}


def _counts(labels: Sequence[str], counts: Counter) -> list[tuple[str, int]]:
    return [(label, counts.get(label, 0)) for label in labels]


def _components(grades: Sequence[StudentGrade], policy: Policy) -> list[tuple[str, list[tuple[str, int]]]]:
    """The distribution of the exam, each lab and the project (a student without the part: missing)."""
    columns = [("exam", list(GRADE_LETTERS), lambda g: g.components.exam)]
    columns += [(lab, list(GRADE_LETTERS), lambda g, lab=lab: g.grade.labs[lab]) for lab in policy.labs]
    columns.append(("project", list(reversed(PROJECT_RESULTS)), lambda g: g.components.project))
    return [(name, _counts(values + [MISSING], Counter(value_of(g) or MISSING for g in grades)))
            for name, values, value_of in columns]


def _charts(charts: Sequence[tuple[str, list[tuple[str, int]]]]) -> str:
    """Count charts side by side, each titled, its bars scaled to its largest count."""
    return "<div class='charts'>" + "".join(
        f"<div><h4>{html.escape(name)}</h4>"
        + _bars([(label, count, str(count), COLOURS.get(label, "#999999")) for label, count in counts],
                max((count for _, count in counts), default=0), width="9em") + "</div>"
        for name, counts in charts) + "</div>"


def _bars(rows: Sequence[tuple[str, float, str, str]], largest: float, width: str) -> str:
    """A bar chart as a table: per row its label, a bar as long as value / largest of ``width``, and the figure."""
    cells = "".join(
        f"<tr><th scope='row'>{html.escape(label)}</th><td class='bar'><span style='width:"
        f"{100 * value / largest if largest else 0:.1f}%;background:{colour}'></span></td><td>{html.escape(text)}</td></tr>"
        for label, value, text, colour in rows)
    return f"<table class='bars' style='--bar-width:{width}'>{cells}</table>"


def _figure(fig: Figure, alt: str) -> str:
    """The figure as an <img> with its SVG inline; the same figure gives the same bytes (fixed ids, no date)."""
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "grader"}):
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f"<p><img alt='{html.escape(alt)}' src='data:image/svg+xml;base64,{data}'></p>"
