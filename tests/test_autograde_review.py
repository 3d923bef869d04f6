"""The review of submitted notebooks (grader.autograde.integrity) flags tampering and leaves honest code alone."""
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from grader.autograde.integrity import locked_cell_changes, review_cells

from .builders import solution_cell, test_cell


def solution(source: str, grade_id: str = "answer"):
    return solution_cell(source, grade_id)


def locked_test(source: str, grade_id: str = "test"):
    return test_cell(source, grade_id, checksum=True)


def test_honest_code_is_not_flagged():
    nb = new_notebook(cells=[
        new_code_cell("%matplotlib inline\nimport numpy as np\nimport matplotlib.pyplot as plt"),
        solution("def f(x):\n    values = np.asarray(x)\n    plt.plot(values)\n    plt.savefig('/tmp/plot.png')\n"
                 "    return values.sum()\n%time f([1])"),
        locked_test("import os\nos.kill = None\nassert f([1, 2]) == 3"),
    ])
    assert review_cells(nb) == []


@pytest.mark.parametrize("code, finding", [
    ("np.testing.assert_allclose = lambda *a, **k: None", "changes numpy.testing.assert_allclose"),
    ("get_ipython().ast_transformers.append(object())", "changes how IPython runs cells (.ast_transformers)"),
    ("import builtins\nbuiltins.len = lambda x: 0", "changes or inspects the builtins (import builtins)"),
    ("exec('x = 1')", "runs code built at run time (exec)"),
    ("import sys\nsys.modules['numpy'] = None", "reaches into sys.modules (.modules)"),
    ("f.__code__ = g.__code__", "rewrites a function's code (.__code__)"),
    ("import os\nos._exit(0)", "ends the kernel (._exit)"),
    ("!pip install cheats", "uses the IPython shell (get_ipython)"),
    ("import socket", "uses the network (import socket)"),
    ("print(open('/work/course/source/lab1/answers.ipynb').read())", "uses the path /work/course/source/lab1/answers.ipynb"),
])
def test_tampering_is_flagged(code, finding):
    nb = new_notebook(cells=[new_code_cell("import numpy as np"), solution(code)])
    assert f"cell answer {finding}" in review_cells(nb)


def test_unparsable_cells_are_left_to_fail_when_run():
    assert review_cells(new_notebook(cells=[solution("def broken(:")])) == []


def test_changed_and_deleted_locked_cells_are_found():
    edited, kept = locked_test("assert f(1) == 1", "edited"), locked_test("assert f(2) == 2", "kept")
    edited.source = "pass"
    nb = new_notebook(cells=[edited, kept, solution("def f(x):\n    return x")])
    assert locked_cell_changes(nb, {"edited", "kept", "gone"}, {"edited", "kept", "gone"}) == [
        "cell edited is locked but was changed (nbgrader graded the released version)",
        "graded cell gone was deleted"]
