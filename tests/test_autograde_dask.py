"""`grader autograde --scheduler`: a real Dask scheduler and two workers, separate processes on loopback,
execute the notebooks; the gradebook gets the rows stock nbgrader writes."""
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from grader.autograde.command import autograde
from grader.autograde.executors import DaskExecutor
from grader.course.nbgrader_apps import run_nbgrader

from .autograde_course import CORRECT, LAB, WRONG, copy_course, gradebook_rows, make_course, scores, submit

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("autograde")]
DASK = Path(sys.executable).with_name("dask")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def cluster(tmp_path):
    """``dask scheduler`` and two single-thread ``dask worker`` processes; all stopped afterwards."""
    address = f"tcp://127.0.0.1:{free_port()}"
    logs = open(tmp_path / "dask.log", "w")
    processes = [subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                                   "--no-dashboard"], stdout=logs, stderr=logs, start_new_session=True)]
    processes += [subprocess.Popen([str(DASK), "worker", address, "--nthreads", "1", "--host", "127.0.0.1",
                                    "--no-dashboard", "--name", f"worker{i}"], stdout=logs, stderr=logs,
                                   start_new_session=True) for i in (1, 2)]
    try:
        from distributed import Client
        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=60)
        yield address
    finally:
        for process in processes:
            os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        logs.close()


def test_dask_workers_give_nbgraders_scores(cluster, tmp_path):
    address = cluster
    course = make_course(tmp_path / "course")
    for number in range(3):
        submit(course, f"right{number}", CORRECT)
        submit(course, f"wrong{number}", {"square": WRONG["square"], "total": CORRECT["total"]})
    stock = copy_course(course, tmp_path / "stock")
    run_nbgrader(stock, "autograde", LAB)
    executor = DaskExecutor(address)
    try:
        warnings = executor.check_sandbox()
        assert warnings == [] if os.geteuid() == 0 else len(warnings) == 2  # control groups need root
        reports = autograde(course, LAB, executor)
    finally:
        executor.close()
    assert [r.status for r in reports] == ["graded"] * 6
    assert scores(course) == scores(stock) == {**{f"right{n}": 3 for n in range(3)}, **{f"wrong{n}": 2 for n in range(3)}}
    assert gradebook_rows(course) == gradebook_rows(stock)
    ran_on = {where for r in reports for where in r.workers}
    assert len(ran_on) == 2 and os.getpid() not in {int(w.rsplit("/", 1)[1]) for w in ran_on}
