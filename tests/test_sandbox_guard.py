"""The kernel guard leaves honest notebooks alone (what the instructor's locked cells do is theirs) and
the sandbox runs them as nbgrader would; executed directly, without a course."""
import json
from pathlib import Path

import pytest
from nbformat.v4 import new_notebook

import grader.sandbox.execute as execute_in_sandbox_module
from grader.sandbox.execute import ExecutionJob, Limits, bwrap_command, execute_in_sandbox

from .builders import locked_cell, solution_cell, test_cell

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("sandbox")]
SETTINGS = {"timeout": 30, "interrupt_on_timeout": True, "allow_errors": True, "kernel_name": "python3",
            "error_on_timeout": {"ename": "CellTimeoutError", "evalue": "", "traceback": ["timeout"]}}


def locked(source: str, grade: bool = False):
    grade_id = f"c{abs(hash(source))}"
    return test_cell(source, grade_id) if grade else locked_cell(source, grade_id)


def student(source: str):
    return solution_cell(source, f"s{abs(hash(source))}")


def run(*cells, files=None):
    nb = new_notebook(cells=list(cells))
    return execute_in_sandbox(ExecutionJob("honest", json.loads(json.dumps(nb)), files or {}, SETTINGS, Limits()))


def test_honest_notebook_raises_no_flag():
    result = run(
        locked("%matplotlib inline\nimport numpy as np\nimport pandas as pd\nimport matplotlib.pyplot as plt\n"
               "from unittest import mock\nimport scipy.optimize\nimport warnings\n"
               "from collections import namedtuple\nfrom dataclasses import dataclass"),
        student("Point = namedtuple('Point', 'x y')\n@dataclass\nclass Box:\n    side: float\n"
                "    def area(self):\n        return self.side ** 2\n"
                "def mean(xs):\n    warnings.warn('computing')\n    return float(np.mean(xs))\n"
                "plt.plot([1, 2], [3, 4]); plt.show()\nframe = pd.DataFrame({'a': [1, 2]})\n"
                "print(open('data.csv').read())"),
        locked("def _forbidden(*args, **kwargs):\n    raise AssertionError('not allowed here')\n"
               "_h = _forbidden\nwith mock.patch.object(np, 'sum', _forbidden):\n    assert mean([1, 3]) == 2\n"
               "assert Box(3).area() == 9", grade=True),
        locked("_h = pd.DataFrame({'b': [1]})\nsaved = pd.DataFrame.__doc__\npd.DataFrame.grader_note = 1\n"
               "del pd.DataFrame.grader_note\nassert np.sum([1, 2]) == 3", grade=True),
        student("total = sum(range(4))"),
        files={"data.csv": b"a,b\n1,2\n"})
    assert result.problem is None and result.tampered == []
    assert result.failed_tests == {}
    assert [result.cells[i]["reply"]["status"] for i in sorted(result.cells)] == ["ok"] * 5


def test_tampering_between_tests_is_undone_and_reported():
    result = run(
        locked("import numpy as np\nfrom numpy.testing import assert_allclose"),
        student("np.testing.assert_allclose = lambda *a, **k: None\nassert_allclose = print\n"
                "import math\nmath.sqrt = lambda x: 3"),
        locked("np.testing.assert_allclose(1, 2)", grade=True),
        locked("assert_allclose(1, 2)", grade=True),
        locked("import math\nassert math.sqrt(4) == 2", grade=True))
    assert [result.cells[i]["reply"]["ename"] for i in (2, 3)] == ["AssertionError", "AssertionError"]
    assert result.cells[4]["reply"]["status"] == "ok"
    assert set(result.tampered) == {"replaced numpy.testing.assert_allclose", "rebound assert_allclose",
                                    "replaced math.sqrt"}


def test_code_rewritten_in_place_is_restored():
    result = run(
        locked("import numpy as np\nimport numpy.testing"),
        student("np.testing.assert_allclose.__code__ = (lambda *a, **k: None).__code__"),
        locked("np.testing.assert_allclose(1, 2)", grade=True))
    assert result.cells[2]["reply"]["ename"] == "AssertionError"
    assert result.tampered == ["rewrote numpy.testing.assert_allclose in place"]


def test_module_patched_as_it_is_first_imported_is_disabled():
    result = run(
        student("import numpy as np\nnp.testing.assert_allclose = lambda *a, **k: None"),
        locked("np.testing.assert_allclose(1, 1)", grade=True))
    assert result.cells[1]["reply"]["evalue"].startswith("numpy.testing.assert_allclose was changed by student code")
    assert result.tampered == ["replaced numpy.testing.assert_allclose (disabled)"]


def test_tampering_during_a_test_fails_it():
    result = run(
        locked("import numpy as np"),
        student("def square(x):\n    np.testing.assert_allclose = lambda *a, **k: None\n    return x"),
        locked("r = square(np.arange(3))\nnp.testing.assert_allclose(r, [0, 1, 4])", grade=True))
    assert result.cells[2]["reply"]["status"] == "ok"
    assert "changed the test environment during this test" in result.failed_tests[2]


def test_python_below_tmp_is_mounted_over_the_private_tmp(monkeypatch):
    """A checkout in /tmp (as on CI) keeps its Python visible inside the sandbox: bubblewrap mounts in order."""
    venv = "/tmp/checkout/.venv"
    monkeypatch.setattr(execute_in_sandbox_module, "_python_roots", lambda: [Path(venv)])
    command = bwrap_command(Path(venv) / "bin" / "python", Path("/opt/src/grader"), Path("/tmp/staging"), Limits())
    position = {tuple(command[i:i + 2]): i for i in range(len(command) - 1)}
    assert position[("--tmpfs", "/tmp")] < position[("--dir", "/tmp/checkout")] < position[("--ro-bind", venv)]
