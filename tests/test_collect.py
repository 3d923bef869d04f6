"""A Canvas "Download Submissions" zip is collected into submitted/ through nbgrader's zip_collect."""
import zipfile
from datetime import datetime, timedelta

import nbformat
import pytest

from grader.course.collect import collect, parse_canvas_file_name
from grader.course.nbgrader_apps import run_nbgrader
from grader.course.release import release
from grader.errors import GraderError

from .builders import make_course
from .tiny_course import double_notebook

pytestmark = pytest.mark.slow

DUE = "2026-12-04T23:59:00+01:00"
DUE_UTC = datetime(2026, 12, 4, 22, 59)


def submission(marker: str) -> str:
    nb = double_notebook()
    nb.cells[0].source = f"# {marker}\ndef double(x):\n    return 2 * x\n"
    return nbformat.writes(nb)


@pytest.fixture
def course(tmp_path):
    course = make_course(tmp_path / "course", "labx", {"nb": double_notebook()}, due=DUE)
    release(course)
    (tmp_path / "roster.csv").write_text(
        "id,first_name,last_name,email,lms_user_id\n"
        "ada,Ada,Lovelace,ada@example.org,1001\nalan,Alan,Turing,alan@example.org,1002\n"
        "grace,Grace,Hopper,grace@example.org,1003\n")
    run_nbgrader(course, "db", "student", "import", str(tmp_path / "roster.csv"))
    return course


def canvas_zip(path, files: dict[str, str]):
    with zipfile.ZipFile(path, "w") as zipped:
        for name, text in files.items():
            zipped.writestr(name, text)
    return path


def timestamp(course, student):
    return datetime.fromisoformat((course / "submitted" / student / "labx" / "timestamp.txt").read_text())


def test_canvas_file_names_are_parsed():
    parsed = parse_canvas_file_name("lovelaceada_LATE_1001_555_nb-2.ipynb")
    assert (parsed.canvas_id, parsed.late, parsed.attempt, parsed.file_id) == ("1001", True, 2, "nb.ipynb")
    assert parse_canvas_file_name("notes.txt") is None


def test_on_time_late_resubmitted_and_unknown_files(course, tmp_path):
    archive = canvas_zip(tmp_path / "submissions.zip", {
        "lovelaceada_1001_501_nb.ipynb": submission("ada on time"),
        "turingalan_LATE_1002_502_nb.ipynb": submission("alan late"),
        "hoppergrace_1003_503_nb.ipynb": submission("grace first"),
        "hoppergrace_1003_503_nb-1.ipynb": submission("grace resubmitted"),
        "strangerx_9999_504_nb.ipynb": submission("nobody"),
        "readme.txt": "not a submission",
    })
    result = collect(course, "labx", archive)
    assert result.students == ["ada", "alan", "grace"]
    assert sorted(result.unmatched) == [
        ("readme.txt", "not named like a Canvas submission"),
        ("strangerx_9999_504_nb.ipynb", "Canvas user id 9999 is in no student's lms_user_id"),
    ]
    def source(student):
        return nbformat.read(course / "submitted" / student / "labx" / "nb.ipynb", as_version=4).cells[0].source
    assert source("ada").startswith("# ada on time")
    assert source("alan").startswith("# alan late")
    assert source("grace").startswith("# grace resubmitted")
    assert timestamp(course, "ada") < DUE_UTC < timestamp(course, "alan")
    assert timestamp(course, "grace") - DUE_UTC < timedelta(0)


def test_late_collected_submission_is_late_for_nbgrader(course, tmp_path):
    collect(course, "labx", canvas_zip(tmp_path / "z.zip", {"turingalan_LATE_1002_502_nb.ipynb": submission("late")}))
    run_nbgrader(course, "autograde", "labx")
    from nbgrader.api import Gradebook
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        assert gradebook.find_submission("labx", "alan").total_seconds_late > 0


def test_existing_submissions_are_kept_without_force(course, tmp_path):
    archive = canvas_zip(tmp_path / "z.zip", {"lovelaceada_1001_501_nb.ipynb": submission("first")})
    collect(course, "labx", archive)
    again = canvas_zip(tmp_path / "z2.zip", {"lovelaceada_1001_601_nb.ipynb": submission("second")})
    with pytest.raises(GraderError, match="already holds labx of ada: use --force"):
        collect(course, "labx", again)
    assert "first" in (course / "submitted" / "ada" / "labx" / "nb.ipynb").read_text()
    collect(course, "labx", again, force=True)
    assert "second" in (course / "submitted" / "ada" / "labx" / "nb.ipynb").read_text()


def test_a_broken_zip_is_named_in_the_error(course, tmp_path):
    broken = tmp_path / "broken.zip"
    broken.write_text("not a zip")
    with pytest.raises(GraderError, match="broken.zip: not a readable zip file"):
        collect(course, "labx", broken)
