"""Execute one sanitized notebook in a bubblewrap sandbox: the only thing workers do.

``execute_in_sandbox(job)`` depends on its job alone, which names no path of the course, so it runs
the same in a local thread and on a Dask worker on another machine. Student code runs:
- without network (a network namespace of its own, with only a loopback device) and in its own PID,
  IPC and UTS namespaces, killed with everything it started when the sandbox ends;
- in a private, size-limited, memory-backed copy of that submission's files, with a private /tmp;
  the only other things it sees are the read-only Python installation, /usr and the runner's two files
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
    """What the runner reported; cells it did not report never ran."""
    cells: dict[int, dict] = field(default_factory=dict)       # index -> outputs, execution_count, execution, reply
    failed_tests: dict[int, str] = field(default_factory=dict)  # index -> why the test does not count
    language_info: dict | None = None
    tampered: list[str] = field(default_factory=list)
    problem: str | None = None
    kernel_start: float | None = None
    duration: float = 0.0
    worker: str = ""                                           # host/pid of the worker


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


def bwrap_command(python: Path, runner_dir: Path, staging: Path, limits: Limits) -> list[str]:
    """The bubblewrap command line for one execution; ``staging`` holds submission/, passwd and group."""
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
    for name in ("ld.so.cache", "localtime"):
        if (Path("/etc") / name).exists():
            command += ["--ro-bind", f"/etc/{name}", f"/etc/{name}"]
    command += ["--ro-bind", str(staging / "passwd"), "/etc/passwd", "--ro-bind", str(staging / "group"), "/etc/group"]
    # The private /tmp and home first: a Python installation below /tmp (a CI checkout) is bound over them.
    command += ["--perms", "1777", "--size", str(limits.disk), "--tmpfs", "/tmp",
                "--perms", "1777", "--size", str(limits.disk), "--tmpfs", HOME]
    made = {Path("/tmp"), *Path(HOME).parents}
    for root in _python_roots():
        if any(root.is_relative_to(b) for b in bound):
            continue
        for parent in reversed(root.parents[:-1]):
            if parent not in made:
                command += ["--perms", "0755", "--dir", str(parent)]
                made.add(parent)
        command += ["--ro-bind", str(root), str(root)]
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


def execute_in_sandbox(job: ExecutionJob, cancel: threading.Event | None = None) -> ExecutionResult:
    """Execute ``job``'s notebook in a fresh sandbox and return what happened, whatever student code
    does; setting ``cancel`` kills the sandbox."""
    started = time.monotonic()
    result = ExecutionResult(worker=f"{socket.gethostname()}/{os.getpid()}")
    uid = secrets.randbelow(SANDBOX_UIDS[1] - SANDBOX_UIDS[0]) + SANDBOX_UIDS[0] if os.geteuid() == 0 else os.getuid()
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
        if not done and not result.problem:
            log = (staging / "stderr").read_text(errors="replace").strip().splitlines()
            result.problem = f"the sandbox stopped (exit status {process.returncode})" + (f": {log[-1][:300]}" if log else "")
    result.duration = time.monotonic() - started
    return result
