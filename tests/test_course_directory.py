"""The gradebook URL as nbgrader's apps see it, from the course's nbgrader_config.py."""
import pytest

from grader.errors import GraderError
from grader.gradebook import gradebook_url, open_gradebook, shown_url


def config(course, *lines: str):
    (course / "nbgrader_config.py").write_text("c = get_config()  # noqa: F821\n" + "".join(f"{line}\n" for line in lines))
    return course


def test_default_is_nbgraders_gradebook_db_in_the_course(tmp_path):
    assert gradebook_url(config(tmp_path)) == f"sqlite:///{tmp_path / 'gradebook.db'}"


def test_a_relative_sqlite_path_is_taken_from_the_course_directory(tmp_path, monkeypatch):
    monkeypatch.chdir("/")
    course = config(tmp_path, 'c.CourseDirectory.db_url = "sqlite:///data/grades.db"')
    assert gradebook_url(course) == f"sqlite:///{tmp_path / 'data' / 'grades.db'}"


def test_a_database_server_url_is_used_as_configured(tmp_path):
    url = "postgresql+psycopg://staff:secret@db.example.org:5432/id2223"
    assert gradebook_url(config(tmp_path, f"c.CourseDirectory.db_url = {url!r}")) == url
    assert "secret" not in shown_url(url)


def test_a_broken_config_names_the_file(tmp_path):
    with pytest.raises(GraderError, match=r"nbgrader_config.py: NameError"):
        gradebook_url(config(tmp_path, "c.CourseDirectory.db_url = undefined_name"))


def test_a_missing_sqlite_gradebook_is_a_clear_error(tmp_path):
    with pytest.raises(GraderError, match=r"gradebook.db: no gradebook \(run `grader release`"):
        open_gradebook(config(tmp_path))
