"""release/ is what students get: always in sync with source/, with solutions and hidden tests removed."""
import json
import shutil

import nbformat
import pytest

from grader.course.layout import labs
from grader.course.release import release

from .conftest import ROOT

pytestmark = pytest.mark.slow

LABS = labs(ROOT)


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory):
    """A release made now from source/, in a scratch copy of the course."""
    course = tmp_path_factory.mktemp("course")
    for name in ("nbgrader_config.py", "grading.toml"):
        shutil.copy(ROOT / name, course)
    shutil.copytree(ROOT / "source", course / "source")
    release(course)
    return course / "release"


@pytest.mark.parametrize("lab", LABS)
def test_committed_release_is_not_stale(lab, regenerated):
    committed = {p.name: json.loads(p.read_text()) for p in sorted((ROOT / "release" / lab).glob("*"))}
    fresh = {p.name: json.loads(p.read_text()) for p in sorted((regenerated / lab).glob("*"))}
    assert committed.keys() == fresh.keys(), f"release/{lab} has other files than source/{lab}: run `make release`"
    for name in fresh:
        assert committed[name] == fresh[name], f"release/{lab}/{name} is stale: run `make release`"


@pytest.mark.parametrize("lab", LABS)
def test_release_has_no_solutions_or_hidden_tests(lab):
    for path in sorted((ROOT / "release" / lab).glob("*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            assert "BEGIN SOLUTION" not in cell.source, f"{path}: a solution was released"
            assert "HIDDEN TESTS" not in cell.source, f"{path}: hidden tests were released"


@pytest.mark.parametrize("lab", LABS)
def test_released_test_cells_are_locked(lab):
    for path in sorted((ROOT / "release" / lab).glob("*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            meta = cell.metadata.get("nbgrader", {})
            if meta.get("grade") and not meta.get("solution"):
                assert meta.get("locked"), f"{path}: test cell {meta['grade_id']} is not locked"
