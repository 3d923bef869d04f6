"""The notebook-quality harness: every lab's autograder tests are proved with real `nbgrader autograde`.

One proof per lab autogrades the solution, the blank release and the wrong answers together
(grader.authoring.prove); the tests below read its results. The per-question table and the execution times
are printed at the end of the run.
"""
from functools import cache

import nbformat
import pytest
from nbgrader.nbgraderformat import MetadataValidator

from grader.authoring.prove import Proof, format_table, prove
from grader.course.layout import labs, source_notebooks

from .conftest import REPORTS, ROOT

pytestmark = pytest.mark.slow

LABS = [pytest.param(lab, marks=pytest.mark.xdist_group(lab)) for lab in labs(ROOT)]
NOTEBOOKS = [path for lab in labs(ROOT) for path in source_notebooks(ROOT, lab)]


@cache
def proof_of(lab: str) -> Proof:
    proof = prove(ROOT, lab)
    REPORTS.mkdir(parents=True, exist_ok=True)
    (REPORTS / f"notebook proof {lab}.txt").write_text(format_table(proof))
    return proof


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_nbgrader_metadata_is_valid(path):
    MetadataValidator().validate_nb(nbformat.read(path, as_version=4))


@pytest.mark.parametrize("lab", LABS)
def test_notebooks_are_stored_without_outputs(lab):
    assert proof_of(lab).problems["outputs"] == []


@pytest.mark.parametrize("lab", LABS)
def test_grade_ids_name_tier_and_question(lab):
    assert proof_of(lab).problems["grade ids"] == []


@pytest.mark.parametrize("lab", LABS)
def test_solution_gets_full_marks(lab):
    assert proof_of(lab).problems["solution"] == []


@pytest.mark.parametrize("lab", LABS)
def test_blank_release_gets_zero(lab):
    assert proof_of(lab).problems["release"] == []


@pytest.mark.parametrize("lab", LABS)
def test_every_wrong_answer_loses_its_marks(lab):
    assert proof_of(lab).problems["wrong answers"] == []


@pytest.mark.parametrize("lab", LABS)
def test_every_right_answer_gets_full_marks(lab):
    assert proof_of(lab).problems["right answers"] == []


@pytest.mark.parametrize("lab", LABS)
def test_every_notebook_was_autograded(lab):
    proof = proof_of(lab)
    graded = {s.notebook for s in proof.scores if s.student == "solution" and s.autograded}
    assert graded == set(proof.notebooks)
