"""A tiny nbgrader notebook built in code, for tests that need a real course but not the labs."""
import nbformat

from .builders import cell, notebook, solution_cell, test_cell

DOUBLE = "def double(x):\n    ### BEGIN SOLUTION\n    return 2 * x\n    ### END SOLUTION"


def double_notebook() -> nbformat.NotebookNode:
    """One autograded question (basic-double) and one written answer (basic-why)."""
    return notebook(
        solution_cell(DOUBLE, "double-solution"),
        test_cell("assert double(2) == 4\n### BEGIN HIDDEN TESTS\nassert double(5) == 10\n### END HIDDEN TESTS",
                  "basic-double"),
        cell("markdown", "Why?\n### BEGIN SOLUTION\nBecause.\n### END SOLUTION", "basic-why",
             grade=True, solution=True, points=1),
    )
