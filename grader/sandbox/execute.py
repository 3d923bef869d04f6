"""Execute one sanitized notebook in a bubblewrap sandbox: the only thing workers do.

``execute_in_sandbox(job)`` depends on its job alone, which names no path of the course, so it runs
the same in a local thread and on a Dask worker on another machine. Student code runs:
- without network (a network namespace of its own, with only a loopback device) and in its own PID,
  IPC and UTS namespaces, killed with everything it started when the sandbox ends;
- in a private, size-limited, memory-backed copy of that submission's files, with a private /tmp;
  the only other things it sees are, read-only, the Python installation, /usr, the runner's two files
  and the system files a plain kernel reads (SYSTEM_FILES: fonts, locale, CA certificates, time zone)
  (no source/, release/, other students, gradebook.db or home directory);
- as an unprivileged user of its own (a fresh random uid when the grader runs as root, so that one
  submission's fork bomb cannot exhaust another's process limit), with limits on memory, processes
  and file size (rlimits), output kept, time per cell (nbgrader's Execute.timeout) and per notebook.
"""
import json
import os
import secrets
import selectors
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from grader.sandbox import control_group

RUNNER = "runner.py"  # run by path inside the sandbox, with kernel_guard.py beside it
RUNNER_FILES = (RUNNER, "kernel_guard.py")
END = b'{"done": true}\n'  # the last line of the runner's report
HOME = "/home/student"
SANDBOX_UIDS = (3_000_000, 2_000_000_000)  # far above the uids of real users and of systemd's dynamic users
# What a plain kernel reads of the system besides /usr, bound read-only where they exist: the loader's
# cache; the time zone; fonts, their configuration and cache (without /etc/fonts fontconfig writes an
# error to stderr, which fails a test cell); locale aliases and default; CA certificates (not the host's
# private keys, HIDDEN).
SYSTEM_FILES = ("/etc/ld.so.cache", "/etc/localtime", "/etc/timezone", "/etc/fonts", "/var/cache/fontconfig",
                "/etc/locale.alias", "/etc/default/locale", "/etc/ssl", "/etc/ca-certificates")
HIDDEN = ("/etc/ssl/private",)
PRIVATE_ROOTS = (Path("/root"), Path("/home"))  # a system file that resolves below these is not bound
GUARD_NOT_STARTED = "the grader's guard did not start"  # runner.py's words, said before any cell runs


@dataclass(frozen=True)
class Limits:
    """What one notebook's execution may use; each cell is also bounded by nbgrader's Execute.timeout."""
    memory: int = 4 * 2**30          # address space of each process (bytes); TensorFlow alone maps 1.6 GB
    sandbox_memory: int = 6 * 2**30  # memory of all its processes together, tmpfs included (control group)
    processes: int = 256             # processes and threads of the sandbox's user
    disk: int = 512 * 2**20          # size of each of the working directory and /tmp (memory-backed)
    file_size: int = 256 * 2**20     # largest file a process may write
    output: int = 20 * 2**20         # output kept per notebook, in bytes of JSON
    notebook_timeout: float = 600    # wall-clock seconds for the whole notebook, kernel start included


@dataclass(frozen=True)
class ExecutionJob:
    name: str                        # "student/lab/notebook", for messages
    notebook: dict                   # the sanitized notebook, nbformat JSON
    files: dict[str, bytes]          # the submission's other files, by relative path
    settings: dict                   # nbclient settings taken from nbgrader's Execute (timeouts, ...)
    limits: Limits = Limits()
    sandbox: bool = True


@dataclass
class ExecutionResult:
    """What the runner reported; cells it did not report never ran.

    ``fault`` is set when the grader, not the student's code, kept the notebook from running, so that a
    cell that did not run because of the grader never becomes a score (the notebook is run again)."""
    cells: dict[int, dict] = field(default_factory=dict)       # index -> outputs, execution_count, execution, reply
    failed_tests: dict[int, str] = field(default_factory=dict)  # index -> why the test does not count
    language_info: dict | None = None
    tampered: list[str] = field(default_factory=list)
    problem: str | None = None
    # Why the grader, not the student's code, could not run the notebook: the sandbox, the interpreter or
    # the runner failed before the kernel was ready, or the kernel stopped before the first cell (the
    # grader's guard did not start). Never set for endings student code causes once its kernel runs (a
    # memory bomb, an endless loop, os._exit, too much output). A cell that did not run because of the
    # grader must never become a score: such a notebook is not graded, and is run again.
    fault: str | None = None
    kernel_start: float | None = None
    duration: float = 0.0
    worker: str = ""                                           # host/pid of the worker
    user: int | None = None                                    # the sandbox's uid (a fresh one per sandbox as root)


def sandbox_problem() -> str | None:
    """Why this machine cannot run sandboxes, or None when it can."""
    if shutil.which("bwrap") is None:
        return ("bubblewrap (bwrap) is not installed: install the Debian package `bubblewrap` "
                "(apt-get install bubblewrap), or pass --no-sandbox to run student code unconfined")
    probe = subprocess.run(["bwrap", *_namespaces(), "--ro-bind", "/", "/", "--", "true"],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        return f"bubblewrap cannot create a sandbox here: {probe.stderr.strip() or probe.returncode}"
    return None


def sandbox_warning() -> str | None:
    """What this machine's sandboxes lack, or None: the one memory limit for all of a sandbox's processes."""
    if control_group.available():
        return None
    return ("no control groups here (they need root): each process of a sandbox has its own memory limit, "
            "but not all of them together")


def _namespaces() -> list[str]:
    user = [] if os.geteuid() == 0 else ["--unshare-user"]
    return [*user, "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try"]


def _python_roots() -> list[Path]:
    """The directories the Python installation lives in, outermost first."""
    roots = sorted({Path(os.path.realpath(p)) for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)},
                   key=lambda p: len(p.parts))
    return [r for i, r in enumerate(roots) if not any(r.is_relative_to(o) for o in roots[:i])]


def _bound_interpreter(python: Path) -> Path:
    """``python`` at the path where the sandbox binds it: its folder resolved, as _python_roots binds the
    installation (a link to it may lie in the host's /tmp, which the sandbox hides), its own name kept (a
    venv's bin/python links to the base interpreter, which run by its own path would not find the venv's
    pyvenv.cfg, and so not its site-packages)."""
    return Path(os.path.realpath(python.parent)) / python.name


def _system_files() -> list[str]:
    """The SYSTEM_FILES that exist here, those with a HIDDEN entry replaced by their other entries."""
    found = []
    for name in SYSTEM_FILES:
        path = Path(name)
        if not path.exists() or any(Path(os.path.realpath(path)).is_relative_to(p) for p in PRIVATE_ROOTS):
            continue
        if path.is_dir() and any(Path(hidden).parent == path for hidden in HIDDEN):
            found += sorted(str(entry) for entry in path.iterdir() if str(entry) not in HIDDEN)
        else:
            found.append(name)
    return found


def bwrap_command(python: Path, runner_dir: Path, staging: Path, limits: Limits) -> list[str]:
    """The bubblewrap command line for one execution; ``staging`` holds submission/, passwd and group."""
    python = _bound_interpreter(python)
    command = ["bwrap", "--die-with-parent", "--new-session", *_namespaces(), "--hostname", "sandbox",
               "--clearenv", "--setenv", "PATH", f"{python.parent}:/usr/bin:/bin", "--setenv", "LANG", "C.UTF-8",
               "--setenv", "USER", "student", "--setenv", "HOME", HOME,
               "--cap-drop", "ALL"]
    if os.geteuid() == 0:
        command += ["--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]
    bound = [Path("/usr")]
    command += ["--ro-bind", "/usr", "/usr"]
    for name in ("bin", "sbin", "lib", "lib32", "lib64"):
        path = Path("/") / name
        if path.is_symlink():
            command += ["--symlink", os.readlink(path), str(path)]
        elif path.is_dir():
            command += ["--ro-bind", str(path), str(path)]
            bound.append(path)
    made = {Path("/")}

    def folders(path: Path) -> list[str]:
        """Make ``path``'s missing parents readable by all: bubblewrap would make them root's alone (0700)."""
        missing = [parent for parent in reversed(path.parents[:-1]) if parent not in made]
        made.update(missing)
        return [arg for parent in missing for arg in ("--perms", "0755", "--dir", str(parent))]

    for name in _system_files():
        command += [*folders(Path(name)), "--ro-bind", name, name]
    for name in ("passwd", "group"):
        command += [*folders(Path("/etc") / name), "--ro-bind", str(staging / name), f"/etc/{name}"]
    # The private /tmp and home first: a Python installation below /tmp (a CI checkout) is bound over them.
    command += ["--perms", "1777", "--size", str(limits.disk), "--tmpfs", "/tmp",
                "--perms", "1777", "--size", str(limits.disk), "--tmpfs", HOME]
    made.update({Path("/tmp"), *Path(HOME).parents})
    for root in _python_roots():
        if any(root.is_relative_to(b) for b in bound):
            continue
        command += [*folders(root), "--ro-bind", str(root), str(root)]
    command += ["--perms", "0755", "--dir", "/opt", "--perms", "0755", "--dir", "/opt/grader"]
    for name in RUNNER_FILES:
        command += ["--ro-bind", str(runner_dir / name), f"/opt/grader/{name}"]
    command += ["--proc", "/proc", "--dev", "/dev", "--ro-bind", str(staging / "submission"), "/submission",
                "--chdir", HOME, "--", str(python), f"/opt/grader/{RUNNER}"]
    return command


def _stage(job: ExecutionJob, staging: Path, uid: int) -> None:
    """Write the submission's files (readable by the sandbox user) and its passwd and group entries."""
    submission = staging / "submission"
    submission.mkdir(mode=0o755)
    for name, content in job.files.items():
        relative = PurePosixPath(name)
        if relative.is_absolute() or ".." in relative.parts:
            raise ValueError(f"{job.name}: file name {name!r} leaves the submission")
        target = submission.joinpath(*relative.parts)
        target.parent.mkdir(mode=0o755, parents=True, exist_ok=True)
        target.write_bytes(content)
        target.chmod(0o644)
    for folder in [submission, *submission.rglob("*")]:
        if folder.is_dir():
            folder.chmod(0o755)
    (staging / "passwd").write_text(f"student:x:{uid}:{uid}:student:{HOME}:/bin/sh\n")
    (staging / "group").write_text(f"student:x:{uid}:\n")
    for name in ("passwd", "group"):
        (staging / name).chmod(0o644)
    staging.chmod(0o755)


def _read_lines(process: subprocess.Popen, fd: int, deadline: float, cap: int, cancel: threading.Event | None,
                until_end: bool) -> tuple[list[bytes], str | None]:
    """Read the runner's report until the pipe closes (or, ``until_end``, its last line), the deadline
    passes, it exceeds ``cap`` bytes or ``cancel`` is set; the sandbox is killed in the last three cases."""
    data, problem = bytearray(), None
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                problem = "the notebook exceeded its time limit"
                break
            if cancel is not None and cancel.is_set():
                problem = "cancelled"
                break
            if not selector.select(min(remaining, 0.5)):
                continue
            chunk = os.read(fd, 1 << 20)
            data += chunk
            if not chunk or until_end and data.endswith(END):
                break
            if len(data) > cap:
                problem = "the notebook's report exceeded its size limit"
                break
    if problem:
        os.killpg(process.pid, signal.SIGKILL)
    return bytes(data).splitlines(), problem


def _parse(lines: list[bytes], result: ExecutionResult) -> bool:
    """Fill ``result`` from the runner's report; returns whether the runner finished."""
    done = False
    for line in lines:
        try:
            event = json.loads(line)
        except ValueError:
            result.problem = result.problem or "the runner's report was garbled"
            break
        if "cell" in event:
            result.cells[event["cell"]] = event
        elif "fail_cell" in event:
            result.failed_tests[event["fail_cell"]] = event["reason"]
        elif "tampered" in event:
            result.tampered += event["tampered"]
        elif "problem" in event:
            result.problem = event["problem"]
        elif "kernel_ready" in event:
            result.kernel_start = event["kernel_ready"]
        elif "language_info" in event:
            result.language_info = event["language_info"]
        elif event.get("done"):
            done = True
    return done


def _last_line(path: Path) -> str:
    """The last line the sandbox wrote to stderr (bubblewrap's or the interpreter's error), or ""."""
    with open(path, "rb") as file:
        file.seek(max(0, file.seek(0, os.SEEK_END) - 4096))
        lines = file.read().decode(errors="replace").strip().splitlines()
    return lines[-1][:300] if lines else ""


def _fault(result: ExecutionResult, reported: bool, problem: str | None, sandbox: bool, detail: str) -> str | None:
    """Why the grader could not run the notebook, or None (ExecutionResult.fault). ``reported``: whether the
    runner reported anything; ``problem``: the worker's own reason to stop it; ``detail``: the sandbox's
    last line of stderr, or its exit status."""
    if problem == "cancelled":  # the grader was asked to stop: an interrupted run, not a failed one
        return None
    if result.kernel_start is None:  # no student code ran
        if problem == "the notebook exceeded its time limit":
            return "the kernel did not become ready within the notebook's time limit"
        if not reported:
            return f"the {'sandbox' if sandbox else 'runner'} did not start: {detail}"
        return f"the kernel did not start: {result.problem or detail}"
    if result.problem and result.language_info is None:  # the runner reports it as the first cell starts
        reason = result.problem.removeprefix("KernelUnresponsive: ")
        return reason if reason.startswith(GUARD_NOT_STARTED) else f"the kernel stopped before the first cell: {reason}"
    return None


def execute_in_sandbox(job: ExecutionJob, cancel: threading.Event | None = None) -> ExecutionResult:
    """Execute ``job``'s notebook in a fresh sandbox and return what happened, whatever student code
    does; setting ``cancel`` kills the sandbox."""
    started = time.monotonic()
    result = ExecutionResult(worker=f"{socket.gethostname()}/{os.getpid()}")
    uid = secrets.randbelow(SANDBOX_UIDS[1] - SANDBOX_UIDS[0]) + SANDBOX_UIDS[0] if os.geteuid() == 0 else os.getuid()
    result.user = uid if job.sandbox and os.geteuid() == 0 else None
    python, runner_dir = Path(sys.executable), Path(__file__).resolve().parent
    with tempfile.TemporaryDirectory(prefix="grader-sandbox-") as tmp:
        staging = Path(tmp)
        _stage(job, staging, uid)
        if job.sandbox:
            command = bwrap_command(python, runner_dir, staging, job.limits)
            where = {"user": [uid, uid] if os.geteuid() == 0 else None, "submission": "/submission",
                     "workdir": f"{HOME}/work", "scratch": "/tmp"}
        else:
            (staging / "scratch").mkdir()
            command = [str(python), str(runner_dir / RUNNER)]
            where = {"user": None, "submission": str(staging / "submission"),
                     "workdir": str(staging / "work"), "scratch": str(staging / "scratch")}
        limits = {"memory": job.limits.memory, "processes": job.limits.processes, "file_size": job.limits.file_size}
        request = json.dumps({**where, "notebook": job.notebook, "settings": job.settings, "limits": limits,
                              "max_output_bytes": job.limits.output}).encode()
        read_end, write_end = os.pipe()
        group = control_group.create(job.limits.sandbox_memory, job.limits.processes) if job.sandbox else None
        command = [*command, str(write_end)]
        with open(staging / "stderr", "wb") as stderr:
            process = subprocess.Popen(group.command(command) if group else command, stdin=subprocess.PIPE, stdout=stderr,
                                       stderr=stderr, pass_fds=(write_end,), start_new_session=True, cwd=tmp)
            os.close(write_end)
            try:
                try:
                    process.stdin.write(request)
                    process.stdin.close()
                except BrokenPipeError:
                    pass
                lines, problem = _read_lines(process, read_end, started + job.limits.notebook_timeout,
                                             3 * job.limits.output + len(request), cancel,
                                             until_end=job.sandbox)  # ending the sandbox ends its kernel too
                if not problem and not (lines and lines[-1] == END.rstrip()):
                    try:  # the report stopped short: let the sandbox end by itself, to read its own exit status
                        process.wait(timeout=2)
                    except subprocess.TimeoutExpired:
                        pass
            finally:
                os.close(read_end)
                if process.poll() is None:
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                out_of_memory = group is not None and group.out_of_memory()
                if group is not None:
                    group.remove()
        done = _parse(lines, result)
        result.problem = problem or result.problem
        if out_of_memory:
            result.problem = "; ".join(filter(None, [result.problem, "the sandbox ran out of memory: Linux "
                                                     "killed one of its processes"]))
        last = _last_line(staging / "stderr")
        if not done and not result.problem:
            result.problem = f"the sandbox stopped (exit status {process.returncode})" + (f": {last}" if last else "")
        detail = last or f"exit status {process.returncode}"
        if out_of_memory:
            detail += " (the sandbox ran out of memory)"
        result.fault = _fault(result, bool(lines), problem, job.sandbox, detail)
    result.duration = time.monotonic() - started
    return result
