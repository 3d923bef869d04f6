"""The catalog of hostile and broken submissions of the tiny course's lab (tests/autograde_course.py).

Each case is a real notebook: the released one with its answers replaced (or the file replaced), the
score its real answers deserve, and whether it must be flagged for review. The attacks are aimed at
the course directory they are submitted to, the grader's own process and a port it listens on.
"""
from dataclasses import dataclass
from pathlib import Path

from .autograde_course import CORRECT, WRONG, released

# Right on scalars only, so that only a tampered assertion helper lets the array test pass.
SCALAR_SQUARE = "import numpy as np\ndef square(x):\n    return x * x if np.isscalar(x) else x\n"
FIRST_TOTAL = "def total(xs):\n    return xs[0]\n"
INSTRUCTOR_NOTES = "INSTRUCTOR-NOTES-5e2b"
# Four processes that each fill 700 MB: more than the tiny course's 2 GiB per sandbox together.
FORKED_MEMORY = """import os, time
children = []
for _ in range(8):
    pid = os.fork()
    if pid == 0:
        hog = b'x' * (400 * 2**20)
        time.sleep(2)
        os._exit(0)
    children.append(pid)
print('children killed:', sum(os.waitpid(pid, 0)[1] != 0 for pid in children))
"""


NAMES = ("infinite_loop", "ignores_interrupt", "memory_bomb", "fork_bomb", "forked_memory", "huge_output", "kernel_crash",
         "sys_exit", "invalid_json", "tests_edited", "kernelspec", "writes_outside", "reads_secrets", "network",
         "kills_grader", "patches_helpers", "patches_in_place", "patches_ipython", "blanks_tests")
# Harmless to the machine without the sandbox, to show what the sandbox contains; the others would, as
# root, fork without limit or kill every process.
SAFE_UNSANDBOXED = ("writes_outside", "reads_secrets", "network")


@dataclass(frozen=True)
class Case:
    answers: dict[str, str] | None = None
    score: float = 0.0
    flagged: bool = False
    notebook: object = None          # a whole notebook instead of answers
    raw: str | None = None           # the notebook file's text instead


def _try(code: str) -> str:
    """``code`` in a try block that prints what happened, so that the answer cell itself succeeds."""
    body = "\n".join("    " + line for line in code.splitlines())
    return f"try:\n{body}\nexcept BaseException as error:\n    print('blocked:', type(error).__name__, error)\n"


def outside_files(grader_pid: int) -> list[Path]:
    """What the writes_outside case tries to create in the instructor's home directory and in /tmp."""
    return [Path.home() / f"pwned-{grader_pid}.txt", Path(f"/tmp/pwned-{grader_pid}.txt")]


def instructor_notes(course: Path) -> Path:
    """A file of the instructor's outside the course (the test writes INSTRUCTOR_NOTES in it)."""
    return course.parent / "instructor-notes.txt"


def catalog(course: Path, grader_pid: int, port: int) -> dict[str, Case]:
    edited = released(course)
    for cell in list(edited.cells):
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id == "test_square":
            cell.source = "pass"
        elif grade_id == "test_total":
            edited.cells.remove(cell)
        elif grade_id in WRONG:
            cell.source = WRONG[grade_id]
    respec = released(course)
    respec.metadata.kernelspec = {"name": "bash", "display_name": "Bash", "language": "bash"}
    for cell in respec.cells:
        cell.source = CORRECT.get(cell.metadata.get("nbgrader", {}).get("grade_id"), cell.source)
    victim = course / "submitted" / "perfect" / "hw" / "answers.ipynb"
    return {
        "infinite_loop": Case({"square": "while True:\n    pass\n" + CORRECT["square"], "total": CORRECT["total"]}, 2),
        "ignores_interrupt": Case({"square": "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\n"
                                             "while True:\n    pass\n" + CORRECT["square"], "total": CORRECT["total"]}, 0),
        "memory_bomb": Case({"square": "hog = [bytearray(10**8) for _ in range(10**5)]\n" + CORRECT["square"],
                             "total": CORRECT["total"]}, 2),
        "fork_bomb": Case({"square": "import os\nwhile True:\n    os.fork()\n" + CORRECT["square"],
                           "total": CORRECT["total"]}, 2, flagged=True),
        "forked_memory": Case({"square": CORRECT["square"] + FORKED_MEMORY, "total": CORRECT["total"]}, 3, flagged=True),
        "huge_output": Case({"square": CORRECT["square"] + "for _ in range(10**6):\n    print('x' * 1000)\n",
                             "total": CORRECT["total"]}, 3),
        "kernel_crash": Case({"square": CORRECT["square"], "total": "import os\nos._exit(1)\n" + CORRECT["total"]},
                             1, flagged=True),
        "sys_exit": Case({"square": CORRECT["square"] + "import sys\nsys.exit(0)\n", "total": CORRECT["total"]}, 3),
        "invalid_json": Case(raw='{"cells": [ this is not a notebook'),
        "tests_edited": Case(notebook=edited, flagged=True),
        "kernelspec": Case(notebook=respec, score=3),
        "writes_outside": Case({"square": CORRECT["square"] + _try(
            f"import sqlite3\nwith sqlite3.connect({str(course / 'gradebook.db')!r}) as db:\n"
            "    db.execute(\"insert into student (id) values ('pwned')\")") + _try(
            f"open({str(victim)!r}, 'w').write('pwned')") + _try(
            f"open({str(course / 'source' / 'hw' / 'pwned.txt')!r}, 'w').write('pwned')") + "".join(
            _try(f"open({str(path)!r}, 'w').write('pwned')") for path in outside_files(grader_pid)),
            "total": CORRECT["total"]},
            3, flagged=True),
        "reads_secrets": Case({"square": CORRECT["square"] + _try(
            f"print(open({str(course / 'source' / 'hw' / 'answers.ipynb')!r}).read())") + _try(
            f"print(open({str(victim)!r}).read())") + _try(
            f"print(open({str(instructor_notes(course))!r}).read())") + _try("print(open('/etc/shadow').read(5))"),
            "total": CORRECT["total"]}, 3, flagged=True),
        "network": Case({"square": CORRECT["square"] + _try(
            f"import socket\nsocket.create_connection(('127.0.0.1', {port}), timeout=2).sendall(b'pwned')"),
            "total": CORRECT["total"]}, 3, flagged=True),
        "kills_grader": Case({"square": CORRECT["square"] + _try(f"import os\nos.kill({grader_pid}, 9)"),
                              "total": "import os, signal\nos.kill(-1, signal.SIGKILL)\nos.kill(os.getppid(), signal.SIGKILL)\n"
                                       + CORRECT["total"]}, 1, flagged=True),
        "patches_helpers": Case({"square": SCALAR_SQUARE + "np.testing.assert_allclose = lambda *a, **k: None\n",
                                 "total": FIRST_TOTAL + "assert_allclose = lambda *a, **k: None\n"}, 0, flagged=True),
        "patches_in_place": Case({"square": SCALAR_SQUARE + _try(
            "np.testing.assert_allclose.__code__ = (lambda *a, **k: None).__code__"), "total": CORRECT["total"]},
            2, flagged=True),
        "patches_ipython": Case({"square": SCALAR_SQUARE + (
            "import ast\nclass NoAsserts(ast.NodeTransformer):\n"
            "    def visit_Assert(self, node):\n        return ast.Pass()\n"
            "    def visit_Expr(self, node):\n        return ast.Pass()\n"
            "get_ipython().ast_transformers.append(NoAsserts())\n"), "total": FIRST_TOTAL}, 0, flagged=True),
        "blanks_tests": Case({"square": WRONG["square"], "total": WRONG["total"] +
                              "get_ipython().input_transformers_cleanup.append(lambda lines: [])\n"}, 0, flagged=True),
    }
