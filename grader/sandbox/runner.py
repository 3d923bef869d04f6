"""Executes one notebook with nbclient inside the sandbox: ``python runner.py RESULT_FD < job.json``.

The worker (grader.sandbox.execute) starts this script in bubblewrap with the job on stdin. It
becomes the sandbox user, sets the limits, copies the submission's files into its private working
directory, and runs the cells in a fresh kernel with nbgrader's Execute settings, calling the kernel
guard (kernel_guard.py, alongside) around locked cells. It reports on RESULT_FD, one JSON object a
line, so that whatever ran before a crash or a kill still counts:

    {"kernel_ready": seconds}                 {"language_info": {...}}
    {"cell": index, "outputs": [...], "execution_count": n, "execution": {...}, "reply": {...}}
    {"fail_cell": index, "reason": "..."}     a test during which student code tampered with the tests
    {"tampered": [...]}                       what the guard found (and undid)
    {"problem": "..."}                        why execution stopped early
    {"done": true}                            the end of the report: the worker then ends the sandbox

Nothing else in the sandbox can write to RESULT_FD: the kernel does not inherit it, and this process
is made non-dumpable so that the kernel (the same user) cannot reach it through /proc or ptrace.
Only the standard library and nbclient are imported, to keep each sandbox's start-up short.
"""
import ast
import asyncio
import ctypes
import json
import os
import resource
import shutil
import sys
from pathlib import Path
from queue import Empty
from time import monotonic

sys.modules["rfc3987_syntax"] = None  # jsonschema compiles this optional URI grammar at import: a second per sandbox

from nbclient import NotebookClient  # noqa: E402
from nbformat import from_dict  # noqa: E402

GUARD = Path(__file__).with_name("kernel_guard.py")
PR_SET_DUMPABLE, PR_SET_NO_NEW_PRIVS = 4, 38
GUARD_TIMEOUT = 30
LIMITS = {"memory": resource.RLIMIT_AS, "processes": resource.RLIMIT_NPROC,
          "file_size": resource.RLIMIT_FSIZE, "open_files": resource.RLIMIT_NOFILE}


class KernelUnresponsive(Exception):
    """The kernel stopped answering the grader: nothing after this point can run."""


def kind_of(cell) -> str:
    """How the guard treats a cell: "test" (locked grade cell), "trusted" (other locked cell) or "student"."""
    meta = cell.metadata.get("nbgrader", {})
    if not meta.get("locked") or meta.get("solution"):
        return "student"
    return "test" if meta.get("grade") else "trusted"


class GuardedClient(NotebookClient):
    """nbclient's client that reports each cell as it completes, calls the kernel guard around locked
    cells, keeps at most ``max_output_bytes`` of output, and stops when the kernel stops answering.

    The guard's call due after a cell rides on that cell's own execute request (as a user expression,
    which the kernel evaluates once the cell succeeded); after a failed cell it is a request of its own.
    """

    def __init__(self, nb, report, max_output_bytes: int, **settings):
        super().__init__(nb, **settings)
        self.report = report
        self.max_output_bytes = max_output_bytes
        self.output_bytes = 0
        self.started = monotonic()
        self.reply = {}
        self.expression = None
        self.calls = self.guard_calls()
        self.on_notebook_start = self.install_guard
        self.on_cell_executed = self.keep_reply

    def guard_calls(self) -> dict[int | None, str]:
        """The guard call due after each code cell (None: before the first), by the kind of the next one:
        around every locked cell, and after the last cell."""
        cells = [i for i, c in enumerate(self.nb.cells) if c.cell_type == "code" and c.source.strip()
                 and self.skip_cells_with_tag not in c.metadata.get("tags", [])]
        kinds = {i: kind_of(self.nb.cells[i]) for i in cells}
        calls = {cells[-1]: "before_cell('end')"} if cells else {}
        for before, after in zip([None, *cells], cells):
            if kinds[after] != "student" or (before is not None and kinds[before] != "student"):
                source = self.nb.cells[after].source if kinds[after] != "student" else None
                calls[before] = f"before_cell({kinds[after]!r}, {source!r})"
        return {index: f"__import__('sys').modules['_grader_guard'].{call}" for index, call in calls.items()}

    async def silent(self, code: str = "", expression: str | None = None) -> dict:
        """Run ``code`` and evaluate ``expression`` in the kernel, leaving no trace in the notebook."""
        msg_id = self.kc.execute(code, silent=True, store_history=False, allow_stdin=False,
                                 user_expressions={"r": expression} if expression else None)
        deadline = monotonic() + GUARD_TIMEOUT
        while True:
            try:
                msg = await self.kc.shell_channel.get_msg(timeout=max(0.0, deadline - monotonic()))
            except Empty:
                raise KernelUnresponsive(f"the kernel did not answer the grader within {GUARD_TIMEOUT} s") from None
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg["content"]

    async def install_guard(self, notebook) -> None:
        self.report(kernel_ready=round(monotonic() - self.started, 3))
        boot = ("import sys, types\nm = types.ModuleType('_grader_guard')\nsys.modules[m.__name__] = m\n"
                f"exec(compile({GUARD.read_text()!r}, '<grader-guard>', 'exec'), m.__dict__)\nm.install()\n")
        # Evaluated like the guard's later calls: after IPython's per-execution changes to builtins are undone.
        reply = await self.silent(expression=f"exec({boot!r}, {{}})")
        result = reply.get("user_expressions", {}).get("r", {})
        if reply["status"] != "ok" or result.get("status") != "ok":
            raise KernelUnresponsive(f"the grader's guard did not start: {result.get('ename')}: {result.get('evalue')}")
        if None in self.calls:
            await self.take_guard_result((await self.silent(expression=self.calls[None])).get("user_expressions", {}), None)
        execute = self.kc.execute

        def execute_with_guard(code, *args, **kwargs):
            if self.expression and not kwargs.get("silent"):
                kwargs["user_expressions"] = {"r": self.expression}
            return execute(code, *args, **kwargs)

        self.kc.execute = execute_with_guard

    async def take_guard_result(self, expressions: dict, index: int | None) -> None:
        """Report the guard's findings after cell ``index``; tampering found right after a test fails it."""
        result = expressions.get("r", {})
        if result.get("status") != "ok":
            raise KernelUnresponsive("student code disabled the grader's guard")
        tampered = json.loads(ast.literal_eval(result["data"]["text/plain"]))
        if tampered:
            self.report(tampered=tampered)
        if tampered and index is not None and kind_of(self.nb.cells[index]) == "test":
            self.report(fail_cell=index, reason="student code changed the test environment during this test: "
                        + "; ".join(tampered))

    def keep_reply(self, cell, cell_index, execute_reply) -> None:
        self.reply = execute_reply["content"]

    def output(self, outs, msg, display_id, cell_index):
        within = self.output_bytes <= self.max_output_bytes
        self.output_bytes += len(json.dumps(msg["content"]))
        if self.output_bytes <= self.max_output_bytes:
            return super().output(outs, msg, display_id, cell_index)
        if within:
            outs.append(from_dict({"output_type": "stream", "name": "stdout",
                                   "text": f"[the grader kept the first {self.max_output_bytes} bytes of output]\n"}))
        return None

    async def async_execute_cell(self, cell, cell_index, execution_count=None, store_history=True):
        if cell_index == 0:
            self.report(language_info=self.nb.metadata.get("language_info"))
        self.reply, self.expression = {}, self.calls.get(cell_index)
        try:
            cell = await super().async_execute_cell(cell, cell_index, execution_count, store_history)
        finally:
            self.expression = None
        if not self.reply:
            return cell  # not executed: a markdown, empty or skipped cell
        self.report(cell=cell_index, outputs=cell.outputs, execution_count=cell.execution_count,
                    execution=cell.metadata.get("execution"),
                    reply={key: self.reply.get(key) for key in ("status", "ename", "evalue", "traceback")})
        if self.error_on_timeout and self.reply.get("ename") == self.error_on_timeout.get("ename"):
            await self.silent()  # an interrupted kernel answers; one that ignores interrupts stops the notebook here
        if cell_index in self.calls:
            expressions = self.reply.get("user_expressions") if self.reply.get("status") == "ok" else None
            if not expressions:  # the kernel evaluates user expressions only after a cell that succeeded
                expressions = (await self.silent(expression=self.calls[cell_index])).get("user_expressions", {})
            await self.take_guard_result(expressions, cell_index)
            if self.calls[cell_index].endswith("before_cell('end')"):
                self.report(done=True)  # the worker ends the sandbox now: no need to wait for the kernel to stop
        return cell


def become_sandbox_user(user: list[int] | None) -> None:
    """Switch to the sandbox's own unprivileged user (when started as root) and lock this process away."""
    libc = ctypes.CDLL(None, use_errno=True)
    if user is not None:
        uid, gid = user
        os.setgroups([])
        os.setgid(gid)
        os.setuid(uid)
    for option, value in ((PR_SET_NO_NEW_PRIVS, 1), (PR_SET_DUMPABLE, 0)):
        if libc.prctl(option, value, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), f"prctl({option}) failed")


def set_limits(limits: dict[str, int]) -> None:
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    for name, value in limits.items():
        resource.setrlimit(LIMITS[name], (value, value))


def redirect_stdio(scratch: Path) -> None:
    """The kernel inherits stdin and stdout/stderr: give it /dev/null and a log file in the scratch space."""
    null = os.open(os.devnull, os.O_RDONLY)
    log = os.open(scratch / "kernel.log", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(null, 0)
    os.dup2(log, 1)
    os.dup2(log, 2)
    os.close(null)
    os.close(log)


def kernel_environment(home: Path, scratch: Path) -> dict[str, str]:
    keep = {name: os.environ[name] for name in ("PATH", "LANG", "LC_ALL") if name in os.environ}
    return {**keep, "HOME": str(home), "TMPDIR": str(scratch), "NBGRADER_EXECUTION": "autograde",
            "JUPYTER_RUNTIME_DIR": str(scratch / "jupyter"), "IPYTHONDIR": str(scratch / "ipython"),
            "MPLCONFIGDIR": str(scratch / "matplotlib")}


def main() -> int:
    result = os.fdopen(int(sys.argv[1]), "w", buffering=1)
    os.set_inheritable(result.fileno(), False)

    def report(**event) -> None:
        result.write(json.dumps(event) + "\n")

    job = json.load(sys.stdin)
    become_sandbox_user(job["user"])
    set_limits(job["limits"])
    workdir, scratch = Path(job["workdir"]), Path(job["scratch"])
    shutil.copytree(job["submission"], workdir, dirs_exist_ok=True)
    redirect_stdio(scratch)
    environment = kernel_environment(workdir.parent, scratch)  # before clearing: it keeps PATH and LANG
    os.environ.clear()
    os.environ.update(environment)
    client = GuardedClient(from_dict(job["notebook"]), report, job["max_output_bytes"],
                           resources={"metadata": {"path": str(workdir)}}, **job["settings"])
    try:
        asyncio.run(client.async_execute())
    except Exception as error:  # a dead or unresponsive kernel; the cells reported so far stand
        report(problem=f"{type(error).__name__}: {error}".strip().splitlines()[0][:300])
    report(done=True)  # again, for a notebook without code or stopped early: the worker reads up to the first
    return 0


if __name__ == "__main__":
    sys.exit(main())
