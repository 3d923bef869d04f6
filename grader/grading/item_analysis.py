"""Item analysis: which questions of a lab work, from every submission's score on every question.

Per question: the mean score, the share of submissions with full marks, and two discrimination
indices, as classical test theory defines them: the point-biserial correlation of the question's
score with the rest of the lab's score (the lab total without this question, so that the question
does not correlate with itself), and the upper-minus-lower index (the share with full marks among
the 27% of submissions with the highest lab totals, minus that among the 27% with the lowest).
The mean share of the question's points in each quintile of the lab total shows the same at a
glance. A question is flagged when it discriminates negatively (the stronger students do worse on
it: a wrong test, or a misleading text), or when nobody or everybody gets full marks on it.
"""
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from grader.grading.records import QuestionScore

EXTREME_GROUP = 0.27  # Kelley's 27%: the upper and lower groups of the upper-minus-lower index
QUINTILES = 5


@dataclass(frozen=True)
class ItemStatistics:
    lab: str
    notebook: str
    question: str
    tier: str
    submissions: int
    max_score: float
    mean_score: float
    share_full: float
    point_biserial: float | None  # None where it is undefined: every score, or every rest, alike
    upper_lower: float | None     # None for fewer than 4 submissions
    quintiles: tuple[float, ...]  # mean share of the question's points, lowest lab totals first

    @property
    def flag(self) -> str:
        if self.share_full == 0:
            return "nobody gets full marks"
        if self.share_full == 1:
            return "everybody gets full marks"
        if (self.point_biserial is not None and self.point_biserial < 0) or (self.upper_lower or 0) < 0:
            return "discriminates negatively"
        return ""


def _correlation(x: np.ndarray, y: np.ndarray) -> float | None:
    if len(x) < 2 or np.ptp(x) == 0 or np.ptp(y) == 0:
        return None
    return float(np.corrcoef(x, y)[0, 1])


def item_statistics(scores: list[QuestionScore]) -> list[ItemStatistics]:
    """The statistics of every question, lab by lab; a submission's lab total is the sum of its
    scores on the lab's questions. Scores awaiting manual grading count as not full."""
    by_lab: dict[str, list[QuestionScore]] = defaultdict(list)
    for score in scores:
        by_lab[score.lab].append(score)
    results = []
    for lab, lab_scores in sorted(by_lab.items()):
        students = sorted({s.student for s in lab_scores})
        row = {student: i for i, student in enumerate(students)}
        items = sorted({(s.notebook, s.question, s.tier) for s in lab_scores})
        column = {(notebook, question): j for j, (notebook, question, _) in enumerate(items)}
        points = np.zeros((len(students), len(items)))
        maxima = np.zeros(len(items))
        full = np.zeros((len(students), len(items)), dtype=bool)
        for s in lab_scores:
            i, j = row[s.student], column[(s.notebook, s.question)]
            points[i, j] = s.score
            maxima[j] = max(maxima[j], s.max_score)
            full[i, j] = s.status == "full"
        totals = points.sum(axis=1)
        order = np.lexsort((np.arange(len(students)), totals))  # by lab total, then by student id
        group = round(EXTREME_GROUP * len(students))
        for j, (notebook, question, tier) in enumerate(items):
            share = points[:, j] / maxima[j] if maxima[j] else np.zeros(len(students))
            upper_lower = (float(full[order[-group:], j].mean() - full[order[:group], j].mean())
                           if len(students) >= 4 and group else None)
            results.append(ItemStatistics(
                lab=lab, notebook=notebook, question=question, tier=tier, submissions=len(students),
                max_score=float(maxima[j]), mean_score=float(points[:, j].mean()), share_full=float(full[:, j].mean()),
                point_biserial=_correlation(points[:, j], totals - points[:, j]), upper_lower=upper_lower,
                quintiles=tuple(float(share[part].mean()) for part in np.array_split(order, QUINTILES) if len(part))))
    return results
