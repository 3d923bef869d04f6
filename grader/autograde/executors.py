"""Where the notebooks execute: worker threads on this machine, or a Dask cluster.

Both take an ExecutionJob and return a future of its ExecutionResult (grader.sandbox.execute), and
say how many jobs they run at once (``slots``). ``preflight`` runs a trivial notebook where the real
ones will run (on this machine, or on every Dask worker) before anything is graded, so that a sandbox
that cannot start stops the run with its reason instead of turning every cell into a zero.
"""
import os
import threading
from concurrent.futures import Future, ThreadPoolExecutor

from grader.errors import GraderError
from grader.sandbox.execute import ExecutionJob, ExecutionResult, execute_in_sandbox, sandbox_problem, sandbox_warning


class LocalExecutor:
    """``workers`` sandboxes at a time on this machine (each sandbox is its own process tree, so
    threads that wait on them are enough); ``cancel`` kills the running sandboxes."""

    def __init__(self, workers: int | None = None):
        self.slots = workers or os.cpu_count() or 1
        if self.slots < 1:
            raise GraderError(f"--workers must be at least 1, not {self.slots}")
        self.cancelled = threading.Event()
        self.pool = ThreadPoolExecutor(self.slots, thread_name_prefix="sandbox")

    def check_sandbox(self) -> list[str]:
        """Raise GraderError when sandboxes cannot run here; return what they lack."""
        problem = sandbox_problem()
        if problem:
            raise GraderError(problem)
        return [warning] if (warning := sandbox_warning()) else []

    def preflight(self, job: ExecutionJob) -> dict[str, ExecutionResult]:
        """The trivial ``job`` run here, as the real ones will be."""
        return {"this machine": execute_in_sandbox(job)}

    def submit(self, job: ExecutionJob) -> Future:
        return self.pool.submit(execute_in_sandbox, job, self.cancelled)

    def cancel(self) -> None:
        self.cancelled.set()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskExecutor:
    """The workers of the Dask cluster whose scheduler is at ``address`` (tcp://host:8786); one job
    per worker thread. The workers need the grader package and bubblewrap; the course stays here."""

    def __init__(self, address: str):
        from distributed import Client  # only a Dask run pays for importing it

        try:
            self.client = Client(address, timeout="15s")
        except (OSError, TimeoutError) as error:
            raise GraderError(f"cannot reach the Dask scheduler at {address}: {error}") from error
        self.slots = sum(self.client.nthreads().values())
        self.futures = []
        if self.slots == 0:
            self.client.close()
            raise GraderError(f"the Dask scheduler at {address} has no workers")

    def check_sandbox(self) -> list[str]:
        """Raise GraderError when a worker cannot run sandboxes; return what the workers' sandboxes lack."""
        problems = {worker: problem for worker, problem in self.client.run(sandbox_problem).items() if problem}
        if problems:
            raise GraderError("; ".join(f"worker {worker}: {problem}" for worker, problem in sorted(problems.items())))
        warnings = self.client.run(sandbox_warning)
        return [f"worker {worker}: {warning}" for worker, warning in sorted(warnings.items()) if warning]

    def preflight(self, job: ExecutionJob) -> dict[str, ExecutionResult]:
        """The trivial ``job`` run on every worker, by worker."""
        return {f"worker {worker}": result for worker, result in sorted(self.client.run(execute_in_sandbox, job).items())}

    def submit(self, job: ExecutionJob):
        future = self.client.submit(execute_in_sandbox, job, pure=False)
        self.futures.append(future)
        return future

    def cancel(self) -> None:
        self.client.cancel(self.futures)  # sandboxes already running stop at their time limit

    def close(self) -> None:
        self.client.close()
