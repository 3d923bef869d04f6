"""Item analysis against an independent computation (scipy, plain numpy) on a small known table, and the
per-question export against pandas."""
import numpy as np
import pandas as pd
import pytest
from scipy import stats

from grader.grading import reports
from grader.grading.item_analysis import item_statistics
from grader.grading.records import distinct_rows, with_status
from grader.grading.reports import question_scores_csv


def scores_table(rows) -> pd.DataFrame:
    """A table of question scores from (student, lab, notebook, question, tier, score, max, needs manual) rows."""
    return with_status(pd.DataFrame(rows, columns=["student", "lab", "notebook", "question", "tier", "score",
                                                   "max_score", "needs_manual_grade"]))

# Ten submissions of a lab with three one-point questions: "easy" (almost everyone), "good" (the strong
# ones), "odd" (the weak ones: a misleading question) and a two-point "manual" written answer.
EASY = [1, 1, 1, 1, 1, 1, 1, 1, 1, 0]
GOOD = [1, 1, 1, 1, 1, 0, 0, 0, 0, 0]
ODD = [0, 0, 0, 0, 1, 1, 1, 1, 0, 1]
MANUAL = [2, 2, 2, 1, 2, 1, 0, 0, 1, 0]


def table():
    scores = []
    for i in range(10):
        student = f"s{i:02d}"
        for question, points, maximum in (("basic-easy", EASY, 1), ("basic-good", GOOD, 1), ("advanced-odd", ODD, 1),
                                          ("advanced-manual", MANUAL, 2)):
            scores.append((student, "lab1", "nb", question, question.split("-")[0], points[i], maximum, False))
    return {i.question: i for i in item_statistics(scores_table(scores))}


def test_point_biserial_is_the_correlation_with_the_rest_of_the_lab():
    items = table()
    totals = np.array(EASY) + np.array(GOOD) + np.array(ODD) + np.array(MANUAL)
    for question, points in (("basic-good", GOOD), ("advanced-odd", ODD), ("basic-easy", EASY)):
        expected = stats.pointbiserialr(points, totals - np.array(points)).statistic
        assert items[question].point_biserial == pytest.approx(expected, abs=1e-12)
    manual = stats.pearsonr(MANUAL, totals - np.array(MANUAL)).statistic
    assert items["advanced-manual"].point_biserial == pytest.approx(manual, abs=1e-12)


def test_upper_minus_lower_compares_the_top_and_bottom_27_percent():
    items = table()
    totals = np.array(EASY) + np.array(GOOD) + np.array(ODD) + np.array(MANUAL)
    order = np.lexsort((np.arange(10), totals))
    upper, lower = order[-3:], order[:3]  # round(0.27 * 10) = 3
    for question, points in (("basic-good", GOOD), ("advanced-odd", ODD)):
        full = np.array(points) == 1
        assert items[question].upper_lower == pytest.approx(full[upper].mean() - full[lower].mean())


def test_quintiles_go_from_the_lowest_lab_totals_to_the_highest():
    items = table()
    assert len(items["basic-good"].quintiles) == 5
    assert items["basic-good"].quintiles[0] == 0 and items["basic-good"].quintiles[-1] == 1
    assert items["advanced-manual"].quintiles[-1] == 1.0  # the top two have 2 of 2 points


def test_means_shares_and_flags():
    items = table()
    assert items["basic-easy"].share_full == 0.9 and items["basic-easy"].mean_score == 0.9
    assert items["advanced-manual"].mean_score == pytest.approx(1.1) and items["advanced-manual"].share_full == 0.4
    assert items["advanced-odd"].flag == "discriminates negatively"
    assert items["basic-good"].flag == "" and items["basic-good"].point_biserial > 0.5


def test_a_question_nobody_or_everybody_gets_is_flagged():
    scores = [(f"s{i}", "lab1", "nb", q, "basic", points, 1, False)
              for i in range(6) for q, points in (("basic-none", 0), ("basic-all", 1), ("basic-some", i % 2))]
    items = {i.question: i for i in item_statistics(scores_table(scores))}
    assert items["basic-none"].flag == "nobody gets full marks" and items["basic-none"].point_biserial is None
    assert items["basic-all"].flag == "everybody gets full marks"
    assert items["basic-some"].flag == ""


def test_awaiting_manual_grading_is_not_full():
    scores = scores_table([("s1", "lab1", "nb", "basic-why", "basic", 1, 1, True),
                           ("s2", "lab1", "nb", "basic-why", "basic", 1, 1, False),
                           ("s3", "lab1", "nb", "basic-why", "basic", 0.5, 1, False)])
    assert list(scores["status"]) == ["needs manual grading", "full", "partial"]
    [item] = item_statistics(scores)
    assert item.share_full == pytest.approx(1 / 3)


@pytest.mark.parametrize("block_rows", [2, reports.BLOCK_ROWS])
def test_question_scores_csv_is_what_pandas_would_write(monkeypatch, block_rows):
    """reports/question_scores.csv joins preformatted pieces, in blocks: the same bytes as pandas'
    to_csv, quoting included, whether or not a block ends before the last line."""
    monkeypatch.setattr(reports, "BLOCK_ROWS", block_rows)
    scores = scores_table([("zoë", "lab1", "nb", "basic-a", "basic", 1.0, 1, False),
                           ('o"neil, jr', "lab1", "nb", "basic-a", "basic", 0.5, 1, False),
                           ("bob", "lab1", "nb", "advanced-b", "advanced", 0.0, 2, True)])
    expected = scores[["student", "lab", "notebook", "question", "tier", "score", "max_score", "status"]] \
        .rename(columns={"student": "student_id"}).assign(score=["1", "0.5", "0"], max_score=["1", "1", "2"])
    blocks = question_scores_csv(scores)
    assert len(blocks) == 1 + -(-len(scores) // block_rows)  # the header, then the blocks of lines
    assert "".join(blocks) == expected.to_csv(index=False, lineterminator="\n")
    assert '"o""neil, jr",lab1,nb,basic-a,basic,0.5,1,partial\n' in "".join(blocks)


@pytest.mark.parametrize("wide", [False, True])
def test_distinct_rows_numbers_rows_as_sorted_tuples(wide):
    """As numbering the rows' tuples among their sorted set; ``wide``: six columns of 5,000 values, whose
    combined number would overflow 64 bits unless it is ranked again on the way."""
    rng = np.random.default_rng(3)
    size = 5_000 if wide else 200
    table = pd.DataFrame({"text": rng.choice(["b", "a", "c, d"], size), "score": rng.choice([0.0, 0.5, 2.0], size),
                          **{f"wide{i}": rng.permutation(size) for i in range(6 if wide else 1)}})
    table = pd.concat([table, table.iloc[::7]])  # rows seen twice
    numbers, rows = distinct_rows(table)
    tuples = list(table.itertuples(index=False, name=None))
    expected = sorted(set(tuples))
    assert rows == expected
    position = {row: number for number, row in enumerate(expected)}
    assert numbers.tolist() == [position[t] for t in tuples]
