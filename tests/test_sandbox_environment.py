"""What the sandbox gives student code besides the submission: the interpreter it runs (found where it is
bound, even when the course's virtualenv is reached through a symlink), the read-only system files a plain
kernel sees (fonts, locale, certificates, time zone) and nothing of the course; and ``fault``, which tells
the grader's failures apart from the student's. Executed directly, without a course."""
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

import pytest
from nbclient import NotebookClient
from nbconvert.preprocessors import CoalesceStreamsPreprocessor
from nbformat import from_dict
from nbformat.v4 import new_code_cell, new_notebook

import grader.sandbox.execute as execute_module
from grader.sandbox import control_group
from grader.sandbox.execute import ExecutionJob, Limits, bwrap_command, execute_in_sandbox

from .builders import solution_cell
from .conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("sandbox")]
SETTINGS = {"timeout": 30, "interrupt_on_timeout": True, "allow_errors": True, "kernel_name": "python3",
            "error_on_timeout": {"ename": "CellTimeoutError", "evalue": "", "traceback": ["timeout"]}}
MiB = 2**20


def job(*sources: str, limits: Limits = Limits()) -> ExecutionJob:
    nb = new_notebook(cells=[solution_cell(source, f"s{i}") for i, source in enumerate(sources)])
    return ExecutionJob("environment", json.loads(json.dumps(nb)), {}, SETTINGS, limits)


def streams(outputs: list[dict]) -> list[tuple[str, str]]:
    """A cell's outputs as (stream name, text), other outputs as (output type, their text/plain). Consecutive
    texts of one stream are joined as a notebook shows them (nbconvert's CoalesceStreamsPreprocessor): how a
    print reaches the kernel's output channel, in one message or two ("117.0" then "\\n"), depends on timing,
    not on what the code saw."""
    cell, _ = CoalesceStreamsPreprocessor().preprocess_cell(from_dict({"outputs": outputs}), {}, 0)
    return [(o["name"], o["text"]) if o["output_type"] == "stream"
            else (o["output_type"], o.get("data", {}).get("text/plain", o.get("ename"))) for o in cell.outputs]


# 1. The interpreter is run where the sandbox binds it.

IN_SUBPROCESS = """
import json, sys
from dataclasses import asdict
from grader.sandbox.execute import ExecutionJob, Limits, execute_in_sandbox
notebook, settings = json.loads(sys.argv[1]), json.loads(sys.argv[2])
result = execute_in_sandbox(ExecutionJob("venvlink", notebook, {}, settings, Limits()))
print(json.dumps({"prefix": sys.prefix, "result": asdict(result)}))
"""


def test_virtualenv_reached_through_a_symlink_below_tmp_runs_the_notebook():
    """/tmp is private inside the sandbox: the interpreter must be run by its resolved folder, not by the link."""
    venv = Path(os.path.realpath(sys.prefix))
    assert (venv / "pyvenv.cfg").exists(), "the tests run in the course's virtualenv"
    nb = json.dumps(json.loads(json.dumps(new_notebook(cells=[new_code_cell("print(1+1)")]))))
    with tempfile.TemporaryDirectory(dir="/tmp") as tmp:
        link = Path(tmp) / "venvlink"
        link.symlink_to(venv, target_is_directory=True)
        ran = subprocess.run([str(link / "bin" / "python"), "-c", IN_SUBPROCESS, nb, json.dumps(SETTINGS)],
                             capture_output=True, text=True, cwd=tmp, timeout=300)
    assert ran.returncode == 0, ran.stderr
    report = json.loads(ran.stdout.strip().splitlines()[-1])
    assert report["prefix"] == str(link)  # the venv was really reached through the link
    result = report["result"]
    assert result["problem"] is None and result["fault"] is None
    assert list(result["cells"]) == ["0"]
    assert result["cells"]["0"]["reply"]["status"] == "ok"
    assert streams(result["cells"]["0"]["outputs"]) == [("stdout", "2\n")]


def test_interpreter_and_path_use_the_resolved_folder_and_keep_the_venv_entry(tmp_path):
    """The venv's own bin/python, in its resolved folder: the base interpreter it links to would lose pyvenv.cfg."""
    venv = Path(os.path.realpath(sys.prefix))
    link = tmp_path / "venvlink"
    link.symlink_to(venv, target_is_directory=True)
    command = bwrap_command(link / "bin" / "python", Path("/opt/src/grader"), tmp_path, Limits())
    runner = command.index("--", command.index("--chdir"))
    assert command[runner + 1] == str(venv / "bin" / "python")
    assert command[command.index("PATH") + 1].split(":")[0] == str(venv / "bin")


# 2. Student code sees what a plain kernel sees of the system, read-only, and nothing of the course.

ENVIRONMENT = (
    'import matplotlib\nmatplotlib.use("Agg")\nimport matplotlib.pyplot as plt\nfrom matplotlib import font_manager\n'
    'print(font_manager.findfont("DejaVu Sans"))',
    'fig, ax = plt.subplots()\nax.set_title("Grader, gradé")\nax.text(0.5, 0.5, "text")\nfig.canvas.draw()\n'
    'print(round(ax.title.get_window_extent(fig.canvas.get_renderer()).width, 1))\nplt.close(fig)',
    'import shutil, subprocess\nfc = shutil.which("fc-match")\n'
    'print(fc and subprocess.run([fc, "sans"], capture_output=True, text=True).stdout)',
    'import locale, time\nprint(locale.getpreferredencoding(), locale.setlocale(locale.LC_ALL, ""), time.tzname)',
    'import os\nprint(open("/etc/timezone").read().strip() if os.path.exists("/etc/timezone") else None)',
    'import ssl\npaths = ssl.get_default_verify_paths()\n'
    'print(paths.cafile, paths.capath, len(ssl.create_default_context().get_ca_certs()) > 0)',
)


def test_sandbox_sees_the_system_files_of_a_plain_kernel_without_errors(monkeypatch, tmp_path):
    """Executed by nbclient in this process (a plain kernel, the same settings and environment variables)
    and in the sandbox, each cell prints the same; in the sandbox nothing is written to stderr (fontconfig
    without /etc/fonts did, which nbgrader counts as a failing test in a test cell)."""
    for name in ("TZ", "LC_ALL", "LC_CTYPE", "SSL_CERT_FILE", "SSL_CERT_DIR", "FONTCONFIG_FILE", "FONTCONFIG_PATH"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "matplotlib"))  # a fresh font cache, as in the sandbox
    sandboxed = job(*ENVIRONMENT)
    plain = NotebookClient(from_dict(sandboxed.notebook), resources={"metadata": {"path": str(tmp_path)}},
                           **SETTINGS).execute()
    result = execute_in_sandbox(sandboxed)
    assert result.problem is None and result.fault is None
    assert sorted(result.cells) == list(range(len(ENVIRONMENT)))
    stderr = {i: [text for name, text in streams(cell["outputs"]) if name == "stderr"]
              for i, cell in result.cells.items()}
    assert {i: text for i, text in stderr.items() if text} == {}
    for i, cell in enumerate(plain.cells):
        assert streams(result.cells[i]["outputs"]) == streams(cell.outputs), ENVIRONMENT[i]
        assert result.cells[i]["reply"]["status"] == "ok"


def test_sandbox_still_sees_nothing_of_the_course():
    """The Python installation is bound (here inside the repository), the rest of the repository is not."""
    course = [str(Path(__file__).resolve()), str(ROOT / "pyproject.toml"), str(ROOT / "grader"), str(ROOT / ".git")]
    assert all(os.path.exists(path) for path in course)
    result = execute_in_sandbox(job(f"import os\nprint([os.path.exists(p) for p in {course!r}])"))
    assert streams(result.cells[0]["outputs"]) == [("stdout", f"{[False] * len(course)}\n")]


def test_sandbox_user_can_read_the_system_files():
    """bubblewrap makes the folders it creates for its mounts root's alone: /etc must be made readable to all."""
    system = [arg for i, arg in enumerate(bwrap_command(Path(sys.executable), ROOT / "grader" / "sandbox", ROOT,
                                                        Limits())) if i and arg.startswith(("/etc/", "/var/"))]
    result = execute_in_sandbox(job(f"import os, pwd\nprint(pwd.getpwuid(os.getuid()).pw_name, "
                                    f"[p for p in {sorted(set(system))!r} if not os.access(p, os.R_OK)])"))
    assert streams(result.cells[0]["outputs"]) == [("stdout", "student []\n")]


def test_system_files_are_bound_read_only_and_outside_the_course_and_homes(tmp_path):
    command = bwrap_command(Path(sys.executable), ROOT / "grader" / "sandbox", tmp_path, Limits())
    assert "--bind" not in command and "--bind-try" not in command
    sources = [command[i + 1] for i, arg in enumerate(command) if arg == "--ro-bind"]
    system = [s for s in sources if s.startswith(("/etc/", "/var/"))]
    assert {p for p in ("/etc/fonts", "/etc/ssl/certs", "/etc/timezone") if os.path.exists(p)} <= set(system)
    assert not any(s.startswith("/etc/ssl/private") for s in system)  # the host's private keys
    for source in system:
        assert os.path.exists(source)
        assert not Path(os.path.realpath(source)).is_relative_to(ROOT)
        assert not source.startswith(("/root", "/home"))


# 3. A grader fault is told apart from what the student's code did.

def test_sandbox_that_does_not_start_is_a_grader_fault(monkeypatch):
    monkeypatch.setattr(execute_module, "bwrap_command", lambda *args: ["bwrap", "--no-such-option", "--", "true"])
    result = execute_in_sandbox(job("print(1)"))
    assert result.cells == {} and result.kernel_start is None
    assert result.fault is not None and result.fault.startswith("the sandbox did not start: bwrap: ")
    assert result.problem is not None  # the summary still shows it


def test_interpreter_without_memory_to_start_is_a_grader_fault():
    result = execute_in_sandbox(job("print(1)", limits=Limits(memory=16 * MiB)))
    assert result.cells == {} and result.kernel_start is None
    assert result.fault is not None and result.problem is not None


def test_guard_that_does_not_start_is_a_grader_fault(monkeypatch, tmp_path):
    """The guard is installed before any student cell: a guard that fails to load is the grader's failure."""
    sandbox = Path(execute_module.__file__).resolve().parent
    for name in execute_module.RUNNER_FILES:
        (tmp_path / name).write_text((sandbox / name).read_text())
    (tmp_path / "kernel_guard.py").write_text("raise ImportError('broken guard')\n")
    monkeypatch.setattr(execute_module, "__file__", str(tmp_path / "execute.py"))  # it binds the runner beside it
    result = execute_in_sandbox(job("print(1)"))
    assert result.cells == {} and result.kernel_start is not None
    assert result.fault is not None and result.fault.startswith("the grader's guard did not start: ")


@pytest.mark.parametrize("ending, limits, problem", [
    ("import os\nos._exit(1)", Limits(), "Kernel died"),
    ("while True:\n    pass", Limits(notebook_timeout=10), "the notebook exceeded its time limit"),
    ("raise ValueError('x' * 2**20)", Limits(output=256 * 2**10),  # its traceback alone exceeds the report's cap
     "the notebook's report exceeded its size limit"),
    pytest.param("x = b'x' * (3 * 2**29)", Limits(sandbox_memory=2**30), "the sandbox ran out of memory",
                 marks=pytest.mark.skipif(not control_group.available(),
                                          reason="no control groups here: the memory bomb is not killed")),
], ids=["os._exit", "endless loop", "too much output", "memory bomb"])
def test_endings_the_student_caused_are_no_fault(ending, limits, problem):
    result = execute_in_sandbox(job("print('good')", ending, limits=limits))
    assert problem in (result.problem or "") and result.fault is None, result.problem
    assert result.kernel_start is not None
    assert streams(result.cells[0]["outputs"]) == [("stdout", "good\n")]


def test_result_without_trouble_has_no_fault():
    result = execute_in_sandbox(job("print('good')"))
    assert asdict(result)["fault"] is None and result.problem is None
