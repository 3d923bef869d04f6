"""Mutation testing of the tests: mutants of the solution code, batched so that none hides another."""
import pytest

from grader import cli
from grader.authoring.mutants import (Mutant, QuestionResult, cell_mutants, format_mutant_table, load_equivalent,
                                      mutant_rounds)
from grader.errors import ExitStatus, GraderError

from .builders import make_course, notebook, solution_cell, test_cell

ADULT = "def is_adult(age):\n    \"\"\"Whether age is 18 or more.\"\"\"\n    ### BEGIN SOLUTION\n    return age >= 18\n    ### END SOLUTION"


def test_only_the_code_between_the_solution_markers_is_mutated():
    mutants = cell_mutants("LIMIT = 18 + 0\n" + ADULT)
    assert mutants and all(before == "    return age >= 18" for _, _, before, _ in mutants)
    assert {"ReplaceComparisonOperator_GtE_Gt", "NumberReplacer", "StatementDeletion"} <= {op for op, *_ in mutants}
    assert ("StatementDeletion", "    pass") in {(op, after) for op, _, _, after in mutants}


def test_every_solution_block_of_a_cell_is_mutated():
    second = "\n\ndef is_senior(age):\n    ### BEGIN SOLUTION\n    return age >= 65\n    ### END SOLUTION"
    lines = {before.strip() for _, _, before, _ in cell_mutants(ADULT + second)}
    assert lines == {"return age >= 18", "return age >= 65"}


def test_a_cell_without_markers_has_no_mutants():
    assert cell_mutants("def f(x):\n    return x + 1") == []


def mutant(question: str, notebook: str = "nb") -> Mutant:
    return Mutant(notebook, question, f"{question}-solution", "NumberReplacer", "", "a", "b")


def test_a_round_holds_one_mutant_per_question_and_no_dependent_questions():
    names = {"basic-a": ({"f"}, set()), "basic-b": ({"g"}, {"f"}), "basic-c": ({"h"}, set())}
    rounds = mutant_rounds([mutant("basic-a"), mutant("basic-a"), mutant("basic-b"), mutant("basic-c")], names)
    assert [[m.question for m in r] for r in rounds] == [["basic-a", "basic-c"], ["basic-a"], ["basic-b"]]


def test_the_last_line_counts_the_killed_mutants():
    result = QuestionResult("nb", "basic-a", mutants=[mutant("basic-a")] * 4, survived=[mutant("basic-a")])
    table = format_mutant_table([result])
    assert table.splitlines()[-1] == "mutants: 3/4 killed (75%)" and "SURVIVED nb basic-a" in table
    assert "  < 90%" in table


def test_an_equivalent_mutant_without_a_reason_is_an_error(tmp_path):
    folder = tmp_path / "tests" / "wrong_answers" / "nb"
    folder.mkdir(parents=True)
    (folder / "equivalent_mutants.toml").write_text(
        '[[equivalent]]\ncell = "a-solution"\noperator = "NumberReplacer"\nbefore = "x = 1"\nafter = "x = 2"\n')
    with pytest.raises(GraderError, match=r"equivalent_mutants.toml: \[\[equivalent\]\] number 1 lacks reason"):
        load_equivalent(tmp_path, "nb")


@pytest.mark.slow
@pytest.mark.xdist_group("autograde")
def test_a_boundary_the_tests_miss_survives_until_listed_equivalent(tmp_path, capsys):
    course = make_course(tmp_path / "course", "lab1", {"adult": notebook(
        solution_cell(ADULT, "is_adult-solution"),
        test_cell("assert is_adult(30)\nassert not is_adult(5)", "basic-is_adult"))})
    status = cli.main(["prove", "--mutants", "--course-dir", str(course), "--max-mutants", "5"])
    out = capsys.readouterr().out
    assert status == ExitStatus.PROBLEMS, out
    assert "-    return age >= 18\n+    return age > 18" in out
    assert out.rstrip().splitlines()[-1].startswith("mutants: ") and (course / "reports" / "mutants.txt").exists()
    folder = course / "tests" / "wrong_answers" / "adult"
    folder.mkdir(parents=True)
    (folder / "equivalent_mutants.toml").write_text(
        '[[equivalent]]\ncell = "is_adult-solution"\noperator = "ReplaceComparisonOperator_GtE_Gt"\n'
        'before = "return age >= 18"\nafter = "return age > 18"\nreason = "a test of this lesson"\n'
        '[[equivalent]]\ncell = "is_adult-solution"\noperator = "NumberReplacer"\n'
        'before = "return age >= 18"\nafter = "return age >= 19"\nreason = "a test of this lesson"\n'
        '[[equivalent]]\ncell = "is_adult-solution"\noperator = "NumberReplacer"\n'
        'before = "return age >= 18"\nafter = "return age >= 17"\nreason = "a test of this lesson"\n')
    status = cli.main(["prove", "--mutants", "--course-dir", str(course), "--max-mutants", "5"])
    out = capsys.readouterr().out
    assert status == ExitStatus.OK, out
    assert "SURVIVED" not in out
