"""The gradebook is wherever CourseDirectory.db_url says: on a real PostgreSQL server, the course's
release, autograde and final grades give what they give on SQLite."""
import csv
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook

from grader import cli
from grader.errors import ExitStatus
from grader.gradebook import gradebook_rows, gradebook_url

from .builders import make_course
from .tiny_course import double_notebook

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("autograde")]

LAB = "lab1"
DUE = "2030-01-01 00:00:00 UTC"
SUBMISSIONS = {"perfect": "2029-12-31 12:00:00 UTC", "late": "2030-01-02 12:00:00 UTC", "blank": "2029-12-31 12:00:00 UTC"}


def run(command: list[str], user: str | None) -> None:
    """Run a PostgreSQL tool, as ``user`` when we are root (the server refuses to run as root)."""
    prefix = ["runuser", "-u", user, "--"] if user else []
    result = subprocess.run(prefix + command, capture_output=True, text=True)
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}"


@pytest.fixture(scope="module")
def postgres() -> str:
    """A PostgreSQL server of this test's own, listening only on a private Unix socket; the URL of its
    database ``gradebook``."""
    initdb = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not initdb:
        pytest.fail("Debian's postgresql is missing: run `sudo apt-get install postgresql` (make test installs it as root)")
    bin_dir = initdb[-1].parent
    user = "postgres" if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="grader-pg-"))
    if user:
        account = pwd.getpwnam(user)
        os.chown(folder, account.pw_uid, account.pw_gid)
    data, socket = folder / "data", folder / "socket"
    run(["mkdir", str(socket)], user)
    run([str(bin_dir / "initdb"), "-D", str(data), "-U", "grader", "--auth=trust", "--no-sync", "-E", "UTF8"], user)
    run([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"), "-w",
         "-o", f"-k {socket} -c listen_addresses='' -F", "start"], user)
    try:
        run([str(bin_dir / "createdb"), "-h", str(socket), "-U", "grader", "gradebook"], user)
        yield f"postgresql+psycopg://grader@/gradebook?host={socket}"
    finally:
        run([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], user)
        shutil.rmtree(folder, ignore_errors=True)


def course_on(folder: Path, db_url: str | None) -> Path:
    """The tiny course with its gradebook at ``db_url`` (None: nbgrader's SQLite default)."""
    course = make_course(folder, LAB, {"double": double_notebook()}, due=DUE)
    if db_url:
        with (course / "nbgrader_config.py").open("a") as config:
            config.write(f"\nc.CourseDirectory.db_url = {db_url!r}\n")
    return course


def submit_everyone(course: Path) -> None:
    for student, timestamp in SUBMISSIONS.items():
        nb = nbformat.read(course / ("source" if student != "blank" else "release") / LAB / "double.ipynb", as_version=4)
        folder = course / "submitted" / student / LAB
        folder.mkdir(parents=True)
        nbformat.write(nb, folder / "double.ipynb")
        (folder / "timestamp.txt").write_text(timestamp)


def journey(course: Path) -> dict:
    """Release, autograde and grade the course with the `grader` command; what the gradebook and the reports hold."""
    assert cli.main(["release", "--course-dir", str(course)]) == ExitStatus.OK
    submit_everyone(course)
    assert cli.main(["autograde", LAB, "--course-dir", str(course), "--workers", "2"]) == ExitStatus.OK
    assert cli.main(["grades", "--course-dir", str(course)]) == ExitStatus.OK
    with (course / "reports" / "final_grades.csv").open() as f:
        final = list(csv.DictReader(f))
    return {"gradebook": gradebook_rows(course, LAB), "final_grades": final}


def test_the_journey_on_postgresql_equals_the_journey_on_sqlite(postgres, tmp_path):
    on_postgres = course_on(tmp_path / "postgres", postgres)
    assert gradebook_url(on_postgres) == postgres
    results = journey(on_postgres)
    assert results == journey(course_on(tmp_path / "sqlite", None))
    assert not (on_postgres / "gradebook.db").exists()  # everything went to the server
    with Gradebook(postgres) as gradebook:
        assert sorted(s.id for s in gradebook.students) == sorted(SUBMISSIONS)
        assert gradebook.find_submission(LAB, "late").total_seconds_late > 0
    assert {row["student_id"]: row["lab1"] for row in results["final_grades"]}["perfect"]  # lettered, not missing
