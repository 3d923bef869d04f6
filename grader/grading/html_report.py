"""reports/report.html: one self-contained page (plots embedded as base64 PNG, no external files or URLs).

It shows the cohort at a glance: the final grade distribution and pass/fail/incomplete counts, each
component's distribution, for every notebook the share of submissions that answered each question
(questions sorted from the most failed), which tells the instructor what to teach again, and the item
analysis (grader.grading.item_analysis): which questions tell strong from weak submissions.
"""
import base64
import html
import io
from collections import Counter
from collections.abc import Mapping, Sequence

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402 (the backend must be chosen first)

from grader.grading.final_grade import PROJECT_RESULTS, STATUSES  # noqa: E402
from grader.grading.item_analysis import ItemStatistics  # noqa: E402
from grader.grading.policy import GRADE_LETTERS, Policy  # noqa: E402
from grader.grading.records import LabGradebook  # noqa: E402
from grader.grading.reports import StudentGrade  # noqa: E402

MISSING = "missing"
COLOURS = {"A": "#1a9850", "B": "#91cf60", "C": "#d9ef8b", "D": "#fee08b", "E": "#fc8d59", "F": "#d73027",
           "excellent": "#1a9850", "pass": "#91cf60", "fail": "#d73027", "incomplete": "#bdbdbd", MISSING: "#bdbdbd",
           "basic": "#4575b4", "advanced": "#f46d43"}
STYLE = """body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;color:#222}
h1{font-size:1.6em}h2{margin-top:1.6em;border-bottom:1px solid #ddd}table{border-collapse:collapse}
td,th{padding:.3em .8em;border:1px solid #ccc;text-align:right}th{background:#f4f4f4}img{max-width:100%}"""


def report_html(grades: Sequence[StudentGrade], lab_gradebooks: Mapping[str, LabGradebook], policy: Policy,
                title: str = "Grade report", items: Sequence[ItemStatistics] = ()) -> str:
    statuses = Counter(g.grade.status for g in grades)
    finals = Counter(g.grade.final for g in grades if g.grade.final)
    parts = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}</title>",
        f"<style>{STYLE}</style></head><body><h1>{html.escape(title)}</h1>",
        f"<p>{len(grades)} students.</p>", _counts_table(statuses),
        "<h2>Final grades</h2>",
        _figure(_overview(finals, statuses), "Final grade distribution and pass/fail/incomplete counts"),
        "<h2>Components</h2>",
        _figure(_components(grades, policy), "Distribution of the exam, lab and project grades"),
        "<h2>Questions: share of submissions with full points</h2>",
        "<p>Sorted from the question the cohort fails most. Questions awaiting manual grading count as not answered.</p>",
    ]
    for lab in policy.labs:
        results = lab_gradebooks.get(lab)
        if results is None or not results.submissions:
            parts.append(f"<p>{html.escape(lab)}: no submissions in the gradebook.</p>")
            continue
        for notebook in sorted({q.notebook for q in results.questions}):
            rates = _pass_rates(results, notebook)
            parts.append(f"<h3>{html.escape(lab)} / {html.escape(notebook)} ({len(results.submissions)} submissions)</h3>")
            parts.append(_figure(_question_plot(rates), f"Pass rate per question of {lab}/{notebook}"))
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
             "lab's score; above 0.2 is good, below 0 is suspect). Red: flagged. Every figure is in "
             "reports/questions.csv, with the upper-minus-lower 27% index and the scores by quintile.</p>"]
    for lab in sorted({i.lab for i in items}):
        lab_items = [i for i in items if i.lab == lab]
        parts.append(f"<h3>{html.escape(lab)} ({lab_items[0].submissions} submissions)</h3>")
        parts.append(_figure(_item_plot(lab_items), f"Difficulty and discrimination of the questions of {lab}"))
        flagged = [i for i in lab_items if i.flag]
        if flagged:
            rows = "".join(f"<tr><td>{html.escape(i.notebook)}</td><td>{html.escape(i.question)}</td>"
                           f"<td>{100 * i.share_full:.0f}%</td><td>{'' if i.point_biserial is None else f'{i.point_biserial:.2f}'}"
                           f"</td><td>{html.escape(i.flag)}</td></tr>" for i in flagged)
            parts.append("<table><tr><th>notebook</th><th>question</th><th>full marks</th><th>point-biserial</th>"
                         f"<th>flag</th></tr>{rows}</table>")
    return "\n".join(parts)


def _item_plot(items: Sequence[ItemStatistics]):
    fig, ax = plt.subplots(figsize=(10, 5.5))
    fig.subplots_adjust(left=0.08, right=0.97, bottom=0.1, top=0.95)
    for i in items:
        r = 0 if i.point_biserial is None else i.point_biserial
        ax.scatter(100 * i.share_full, r, s=40, color=COLOURS[i.tier], edgecolors="#d73027" if i.flag else "none",
                   linewidths=2, zorder=3)
        ax.annotate(i.question.split("-", 1)[1], (100 * i.share_full, r), xytext=(4, 3), textcoords="offset points",
                    fontsize=7, color="#d73027" if i.flag else "#333333")
    ax.axhline(0, color="#999999", linewidth=1)
    ax.axhline(0.2, color="#cccccc", linewidth=1, linestyle="--")
    ax.set_xlim(-5, 105)
    ax.set_ylim(min(-0.3, *(i.point_biserial or 0 for i in items)) - 0.05, 1.05)
    ax.set_xlabel("% of submissions with full marks (blue: basic, orange: advanced)")
    ax.set_ylabel("discrimination (point-biserial)")
    return fig


def _counts_table(statuses: Counter) -> str:
    header = "".join(f"<th>{s}</th>" for s in STATUSES)
    cells = "".join(f"<td>{statuses.get(s, 0)}</td>" for s in STATUSES)
    return f"<table><tr>{header}</tr><tr>{cells}</tr></table>"


def _pass_rates(results: LabGradebook, notebook: str) -> list[tuple[str, str, float, int]]:
    """(question, tier, share answered, count answered) for the notebook's questions, lowest share first."""
    total = len(results.submissions)
    rates = []
    for q in results.questions:
        if q.notebook == notebook:
            part = (notebook, q.key)
            count = sum(part not in s.missed and part not in s.awaiting for s in results.submissions.values())
            rates.append((q.key, q.tier, count / total, count))
    return sorted(rates, key=lambda r: (r[2], r[0]))


def _overview(finals: Counter, statuses: Counter):
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.2), width_ratios=(2, 1))
    _bars(left, list(GRADE_LETTERS), [finals.get(l, 0) for l in GRADE_LETTERS], "final grade")
    _bars(right, list(STATUSES), [statuses.get(s, 0) for s in STATUSES], "status")
    fig.tight_layout()
    return fig


def _components(grades: Sequence[StudentGrade], policy: Policy):
    columns = [("exam", list(GRADE_LETTERS), lambda g: g.components.exam)]
    columns += [(lab, list(GRADE_LETTERS), lambda g, lab=lab: g.grade.labs[lab]) for lab in policy.labs]
    columns.append(("project", list(reversed(PROJECT_RESULTS)), lambda g: g.components.project))
    fig, axes = plt.subplots(1, len(columns), figsize=(2.6 * len(columns), 3), squeeze=False)
    for ax, (name, values, value_of) in zip(axes[0], columns):
        counts = Counter(value_of(g) or MISSING for g in grades)
        labels = values + [MISSING]
        _bars(ax, labels, [counts.get(v, 0) for v in labels], name)
    fig.tight_layout()
    return fig


def _question_plot(rates: list[tuple[str, str, float, int]]):
    """Margins from the label lengths instead of tight_layout, which would double the drawing time."""
    height = 0.35 * len(rates) + 1
    fig, ax = plt.subplots(figsize=(10, height))
    longest = max(len(r[0]) for r in rates)
    fig.subplots_adjust(left=min(0.0085 * longest + 0.03, 0.5), right=0.97, bottom=0.6 / height, top=1 - 0.1 / height)
    names = [r[0] for r in rates]
    ax.barh(names, [100 * r[2] for r in rates], color=[COLOURS[r[1]] for r in rates])
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("% of submissions with full points (blue: basic, orange: advanced)")
    for y, r in enumerate(rates):
        ax.text(min(100 * r[2] + 1, 88), y, f"{100 * r[2]:.0f}% ({r[3]})", va="center", fontsize=8)
    return fig


def _bars(ax, labels: list[str], counts: list[int], title: str) -> None:
    ax.bar(labels, counts, color=[COLOURS.get(l, "#999999") for l in labels])
    ax.set_title(title)
    ax.set_ylim(0, max(counts, default=0) * 1.15 + 1)
    ax.yaxis.get_major_locator().set_params(integer=True)
    for x, count in enumerate(counts):
        ax.text(x, count, str(count), ha="center", va="bottom", fontsize=8)
    ax.tick_params(axis="x", labelsize=8)


def _figure(fig, alt: str) -> str:
    """The figure as an <img> with its PNG inline, and the figure closed."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=90, metadata={"Software": None})
    plt.close(fig)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f"<p><img alt='{html.escape(alt)}' src='data:image/png;base64,{data}'></p>"
