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
from dataclasses import dataclass

import numpy as np
import pandas as pd

from grader.grading.records import distinct_rows

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


def item_statistics(scores: pd.DataFrame) -> list[ItemStatistics]:
    """The statistics of every question, lab by lab, from a table of question scores
    (grader.grading.records.QUESTION_SCORES); a submission's lab total is the sum of its scores on the
    lab's questions. Scores awaiting manual grading count as not full."""
    results = []
    for lab, lab_scores in scores.groupby("lab", sort=True, observed=True):
        student, ids = pd.factorize(lab_scores["student"], sort=True)
        column, columns = distinct_rows(lab_scores[["notebook", "question", "tier"]])
        students, cell = len(ids), student * len(columns) + column

        def per_submission(values: np.ndarray) -> np.ndarray:  # submissions x questions, a question's cells summed
            return np.bincount(cell, weights=values, minlength=students * len(columns)).reshape(students, -1)

        matrix = per_submission(lab_scores["score"].to_numpy(dtype=float))
        full = per_submission((lab_scores["status"] == "full").to_numpy(dtype=float)) > 0
        maxima = np.zeros(len(columns))
        np.maximum.at(maxima, column, lab_scores["max_score"].to_numpy(dtype=float))
        totals = matrix.sum(axis=1)
        order = np.lexsort((np.arange(students), totals))  # by lab total, then by student id
        group = round(EXTREME_GROUP * students)
        for j, (notebook, question, tier) in enumerate(columns):
            maximum = float(maxima[j])
            share = matrix[:, j] / maximum if maximum else np.zeros(students)
            upper_lower = (float(full[order[-group:], j].mean() - full[order[:group], j].mean())
                           if students >= 4 and group else None)
            results.append(ItemStatistics(
                lab=lab, notebook=notebook, question=question, tier=tier, submissions=students, max_score=maximum,
                mean_score=float(matrix[:, j].mean()), share_full=float(full[:, j].mean()),
                point_biserial=_correlation(matrix[:, j], totals - matrix[:, j]), upper_lower=upper_lower,
                quintiles=tuple(float(share[part].mean()) for part in np.array_split(order, QUINTILES) if len(part))))
    return results
