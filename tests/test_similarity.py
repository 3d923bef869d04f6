"""`grader similarity`: copies across groups rank above honest pairs, partners are not compared, the
release's code and what everyone writes alike do not count, the same rare wrong answer raises a pair,
and nothing but the two reports is written."""
import csv
import shutil

import nbformat
import pytest
from nbformat.v4 import new_output

from grader.cli import main
from grader.demo.cohort import submit_copying_cohort
from grader.errors import GraderError
from grader.similarity.command import lab_similarity

from .autograde_course import tree_digest
from .builders import notebook, solution_cell, test_cell
from .conftest import ROOT

LAB = "labx"
GIVEN = '''def count_even(xs):
    """How many of xs are even."""
    counted = 0
    for value in xs:
        counted += value % 2 == 0
    return counted


def weird_sum(xs):
    """The sum of the squares of the even numbers minus the odd numbers."""
    ### BEGIN SOLUTION
    raise NotImplementedError()
    ### END SOLUTION
'''
STYLES = {  # honest, independent ways of writing weird_sum
    "loop": "    total = 0\n    for x in xs:\n        if x % 2 == 0:\n            total += x * x\n        else:\n"
            "            total -= x\n    return total\n",
    "generator": "    return sum(x * x if x % 2 == 0 else -x for x in xs)\n",
    "filters": "    evens = [x for x in xs if x % 2 == 0]\n    odds = [x for x in xs if x % 2 == 1]\n"
               "    return sum(e ** 2 for e in evens) - sum(odds)\n",
    "recursive": "    if not xs:\n        return 0\n    head = xs[0]\n"
                 "    return (head * head if head % 2 == 0 else -head) + weird_sum(xs[1:])\n",
    "while": "    i, acc = 0, 0\n    while i < len(xs):\n        v = xs[i]\n        acc = acc + (v * v if not v % 2 else -v)\n"
             "        i += 1\n    return acc\n",
}
COMMON = "def first(xs):\n    return xs[0]\n"  # what everyone writes


def answer(style: str, renamed: bool = False) -> str:
    body = STYLES[style].replace("total", "running").replace("x ", "item ") if renamed else STYLES[style]
    return GIVEN.split("    ### BEGIN SOLUTION")[0] + body


def submitted_notebook(code: str, failure: str | None = None) -> nbformat.NotebookNode:
    tested = test_cell("assert weird_sum([1, 2]) == 3", "basic-weird_sum")
    if failure:
        name, _, value = failure.partition(": ")
        tested.outputs = [new_output("error", ename=name, evalue=value, traceback=[])]
    return notebook(solution_cell(code, "weird_sum-solution"), solution_cell(COMMON, "first-solution"), tested)


def course(tmp_path, handed_in: dict[str, nbformat.NotebookNode], groups: dict[str, str]):
    """A course whose release holds GIVEN, with ``handed_in`` autograded and ``groups`` in grades/groups.csv."""
    shutil.copy(ROOT / "nbgrader_config.py", tmp_path)
    (tmp_path / "release" / LAB).mkdir(parents=True)
    release = notebook(solution_cell(GIVEN.replace("### BEGIN SOLUTION\n    raise NotImplementedError()\n    "
                                                   "### END SOLUTION\n", "# YOUR CODE HERE\n    raise "
                                                   "NotImplementedError()\n"), "weird_sum-solution"),
                       solution_cell("def first(xs):\n    raise NotImplementedError()\n", "first-solution"))
    nbformat.write(release, tmp_path / "release" / LAB / "nb.ipynb")
    for student, nb in handed_in.items():
        (tmp_path / "autograded" / student / LAB).mkdir(parents=True)
        nbformat.write(nb, tmp_path / "autograded" / student / LAB / "nb.ipynb")
    (tmp_path / "grades").mkdir()
    with (tmp_path / "grades" / "groups.csv").open("w", newline="") as f:
        csv.writer(f).writerows([["group", "student_id"], *((g, s) for s, g in groups.items())])
    return tmp_path


def pairs_of(found):
    return {(p.student_a, p.student_b): p for p in found.pairs}


@pytest.fixture
def cohort(tmp_path):
    """Four honest groups in four styles (partners a1/a2 hand in one notebook), and c1 copying a1 renamed."""
    handed_in = {"a1": answer("loop"), "a2": answer("loop"), "b1": answer("generator"), "d1": answer("filters"),
                 "e1": answer("while"), "c1": answer("loop", renamed=True)}
    groups = {"a1": "A", "a2": "A", "b1": "B", "d1": "D", "e1": "E", "c1": "C"}
    return course(tmp_path, {s: submitted_notebook(code) for s, code in handed_in.items()}, groups)


def test_a_renamed_copy_from_another_group_is_found_and_partners_are_not_compared(cohort):
    found = pairs_of(lab_similarity(cohort, LAB))
    assert set(found) == {("a1", "c1"), ("a2", "c1")}
    assert found[("a1", "c1")].similarity > 0.9
    assert found[("a1", "c1")].why == "same code in weird_sum-solution"


def test_honest_groups_score_low_and_what_everyone_writes_weighs_nothing(cohort):
    found = pairs_of(lab_similarity(cohort, LAB, threshold=0.01))
    assert set(found) == {("a1", "c1"), ("a2", "c1")}  # the common `first` gives no honest pair any similarity


def test_code_the_release_gives_never_counts(tmp_path):
    """Students who keep the given count_even and leave weird_sum blank have nothing in common."""
    blank = GIVEN.replace("### BEGIN SOLUTION\n    raise NotImplementedError()\n    ### END SOLUTION\n",
                          "# YOUR CODE HERE\n    raise NotImplementedError()\n")
    root = course(tmp_path, {s: submitted_notebook(blank) for s in ("p", "q", "r")}, {"p": "1", "q": "2", "r": "3"})
    found = lab_similarity(root, LAB, threshold=0.01)
    assert found.pairs == []


def test_the_same_rare_failing_output_raises_a_pair_whatever_the_code(tmp_path):
    odd = "AssertionError: weird_sum([1, 2]) gave 5, expected 3"
    common = "NotImplementedError: "
    handed_in = {"a": submitted_notebook(answer("loop"), odd), "b": submitted_notebook(answer("generator"), odd),
                 "c": submitted_notebook(answer("filters"), common), "d": submitted_notebook(answer("while"), common),
                 "e": submitted_notebook(answer("recursive"), common)}
    root = course(tmp_path, handed_in, {s: s.upper() for s in handed_in})
    found = pairs_of(lab_similarity(root, LAB))
    assert ("a", "b") in found and found[("a", "b")].similarity < 0.5
    assert found[("a", "b")].failures == {"basic-weird_sum": odd}
    assert "same failing output in basic-weird_sum (AssertionError: weird_sum([1, 2]) gave 5" in found[("a", "b")].why
    assert not any(pair in found for pair in (("c", "d"), ("c", "e"), ("d", "e")))  # three groups fail that way


def test_reports_list_the_pairs_most_similar_first_and_change_nothing_else(cohort):
    before = tree_digest(cohort)
    assert main(["similarity", LAB, "--course-dir", str(cohort), "--threshold", "0.05"]) == 0
    assert tree_digest(cohort, skip=("reports",)) == before
    with (cohort / "reports" / f"similarity-{LAB}.csv").open() as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["notebook", "student_a", "student_b", "similarity", "why"]
    similarities = [float(r["similarity"]) for r in rows]
    assert similarities == sorted(similarities, reverse=True) and all(0 <= s <= 1 for s in similarities)
    page = (cohort / "reports" / f"similarity-{LAB}.html").read_text()
    assert page.count("<section id='pair-") == len(rows) and "<mark>" in page


@pytest.mark.parametrize("threshold", ["0", "1.5", "many"])
def test_a_threshold_outside_0_1_is_a_usage_error(cohort, threshold, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["similarity", LAB, "--course-dir", str(cohort), "--threshold", threshold])
    assert stop.value.code == 2 and "a similarity above 0 and at most 1" in capsys.readouterr().err


def test_no_autograded_submission_and_unreadable_notebooks_are_named(cohort):
    (cohort / "autograded" / "b1" / LAB / "nb.ipynb").write_text("{ not json")
    with pytest.raises(GraderError, match=r"autograded/b1/labx/nb.ipynb: not a notebook that can be read"):
        lab_similarity(cohort, LAB)
    shutil.rmtree(cohort / "autograded")
    with pytest.raises(GraderError, match=r"no autograded submissions of labx in .*autograded/\*/labx"):
        lab_similarity(cohort, LAB)


@pytest.fixture(scope="module")
def copying_course(tmp_path_factory):
    """Lab 1's real notebooks, handed in by 30 honest groups (partners share one submission), each
    answering every question in a style of its own (the solution's or a right answer's, with names and
    comments of its own), and 6 copiers of other groups, disguised; graded as handed in."""
    root = tmp_path_factory.mktemp("copying")
    for name in ("nbgrader_config.py", "source/lab1", "release/lab1", "tests/wrong_answers", "tests/right_answers"):
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy)(ROOT / name, root / name)
    cohort = submit_copying_cohort(root, "lab1", groups=30, copiers=6)
    shutil.copytree(root / "submitted", root / "autograded")  # similarity reads only code and outputs
    return root, cohort


def test_every_copied_pair_ranks_above_every_honest_pair(copying_course):
    root, cohort = copying_course
    found = lab_similarity(root, "lab1", threshold=0.01)
    partner = {s.id: s.same_as for s in cohort if s.same_as}
    original = {s.id: s.copies for s in cohort if s.copies}

    def copied(a, b):  # a copier and the student it copied, or that student's partner
        return any(x in original and original[x] in (y, partner.get(y)) for x, y in ((a, b), (b, a)))

    for name in found.release:
        ranked = [p for p in found.pairs if p.notebook == name]
        copies = [p.similarity for p in ranked if copied(p.student_a, p.student_b)]
        honest = [p.similarity for p in ranked if not copied(p.student_a, p.student_b)]
        assert len(copies) == 2 * len(original), name  # each copier with the original and its partner
        assert min(copies) > max(honest, default=0), name
