"""The synthetic cohorts are deterministic, cover every lab letter from blank to perfect, and hold
honest students in styles of their own, partners who hand in the same work and disguised copiers."""
import ast
import random

import nbformat

from grader.authoring.answers import Answer
from grader.demo.cohort import LabAnswers, Student, copying_cohort, submit, synthetic_cohort
from grader.demo.disguise import disguise_code

from .builders import notebook, solution_cell

QUESTIONS = [("lab1", "basic-a"), ("lab1", "basic-b"), ("lab1", "advanced-c"), ("lab2", "basic-d")]
DOUBLE = "def double(x):\n    ### BEGIN SOLUTION\n    result = x + x  # twice\n    return result\n    ### END SOLUTION\n"


def answers(wrong=(), right=()):
    by_question = {}
    for kind, sources in (("wrong", wrong), ("right", right)):
        by_question[kind] = {"basic-a": [Answer("nb", "basic-a", f"{kind}{i}", "a-solution", source, None)
                                         for i, source in enumerate(sources)]} if sources else {}
    return LabAnswers(**by_question)


def course_with(tmp_path, source=DOUBLE):
    (tmp_path / "source" / "lab1").mkdir(parents=True)
    nbformat.write(notebook(solution_cell(source, "a-solution")), tmp_path / "source" / "lab1" / "nb.ipynb")
    return tmp_path


def handed_in(folder):
    return nbformat.read(folder / "nb.ipynb", as_version=4).cells


def test_cohort_is_the_same_on_every_run():
    assert synthetic_cohort(QUESTIONS) == synthetic_cohort(QUESTIONS)
    assert copying_cohort(10, 2) == copying_cohort(10, 2)


def test_cohort_spans_perfect_to_blank():
    cohort = {s.id: s for s in synthetic_cohort(QUESTIONS, size=12)}
    assert len(cohort) == 12
    assert cohort["perfect"].wrong == frozenset() and not cohort["perfect"].blank and cohort["perfect"].style is None
    assert cohort["blank"].blank
    assert cohort["late"].late == {"lab1"}
    assert cohort["basics_only"].wrong == {("lab1", "advanced-c")}
    assert cohort["half_basics"].wrong == {("lab1", "advanced-c"), ("lab1", "basic-a")}


def test_demo_cohort_has_one_copier_of_another_group():
    cohort = synthetic_cohort(QUESTIONS, size=12)
    assert [(s.id, s.copies) for s in cohort if s.copies] == [("student07", "late")]
    assert [(s.id, s.copies) for s in synthetic_cohort(QUESTIONS, size=6) if s.copies] == [("student01", "late")]
    assert not any(s.copies for s in synthetic_cohort(QUESTIONS, size=5))


def test_copying_cohort_pairs_partners_and_gives_copiers_groups_of_their_own():
    cohort, group_of = copying_cohort(10, 3)
    assert len(cohort) == 23 and set(group_of) == {s.id for s in cohort}
    ids = [s.id for s in cohort]
    for student in cohort:
        if student.same_as:
            assert group_of[student.same_as] == group_of[student.id]
        if student.copies:
            assert ids.index(student.copies) < ids.index(student.id)
            assert sum(group_of[s] == group_of[student.id] for s in group_of) == 1
    assert len({s.style for s in cohort if s.style is not None}) == 10


def test_submission_carries_the_wrong_answers_and_the_timestamp(tmp_path):
    course = course_with(tmp_path, "x = 1")
    student = Student("s1", wrong=frozenset({("lab1", "basic-a"), ("lab2", "basic-a")}))
    folder = submit(course, "lab1", student, answers(wrong=["x = 0\n"]), "2026-12-05 01:00:00+01:00")
    assert handed_in(folder)[0].source == "x = 0\n"
    assert (folder / "timestamp.txt").read_text() == "2026-12-05 01:00:00+01:00"


def test_styled_students_choose_among_the_solution_and_the_right_answers(tmp_path):
    course = course_with(tmp_path)
    right = ["def double(x):\n    return 2 * x\n", "def double(x):\n    return x * 2\n"]
    chosen = set()
    for style in range(12):
        cells = handed_in(submit(course, "lab1", Student(f"s{style}", style=style), answers(right=right)))
        chosen |= {style for style in ("x + x", "2 * x", "x * 2") if style in cells[0].source}
        namespace = {}
        exec(cells[0].source, namespace)
        assert namespace["double"](21) == 42
    assert chosen == {"x + x", "2 * x", "x * 2"}


def test_a_partner_hands_in_the_same_notebooks_and_a_copier_a_disguise(tmp_path):
    course = course_with(tmp_path)
    original = handed_in(submit(course, "lab1", Student("a", style=5), answers()))
    partner = handed_in(submit(course, "lab1", Student("b", same_as="a"), answers()))
    copier = handed_in(submit(course, "lab1", Student("c", copies="a"), answers()))
    assert [c.source for c in partner] == [c.source for c in original]
    assert copier[0].source != original[0].source
    assert [c.get("id") for c in copier] == [original[0].get("id"), "my-scratch"]  # an extra cell of their own
    namespace = {}
    exec(copier[0].source, namespace)
    assert namespace["double"](4) == 8


def test_disguise_renames_locals_reorders_functions_and_keeps_behaviour():
    source = ("import math\n\ndef first(values, *, scale=2):\n    total = 0\n    for v in values:\n"
              "        total += v * scale\n    try:\n        root = math.sqrt(total)\n    except ValueError as e:\n"
              "        root = str(e)\n    return root\n\ndef second(n):\n    return [first([k]) for k in range(n)]\n")
    disguised = disguise_code(source, random.Random(1))
    tree = ast.parse(disguised)
    assert [type(s).__name__ for s in tree.body] == ["Import", "FunctionDef", "FunctionDef"]
    assert [s.name for s in tree.body[1:]] == ["second", "first"]
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    assert not names & {"total", "root", "v", "k"}
    assert {"values", "scale", "e", "math", "first", "range", "str"} <= names
    mine, theirs = {}, {}
    exec(source, mine)
    exec(disguised, theirs)
    assert mine["first"]([1, 3], scale=3) == theirs["first"]([1, 3], scale=3)
    assert mine["second"](4) == theirs["second"](4)
