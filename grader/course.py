"""The course directory: where its labs, notebooks and gradebook are."""
import os
import tomllib
from pathlib import Path

from jupyter_core.paths import jupyter_config_path
from nbgrader.api import Gradebook
from nbgrader.coursedir import CourseDirectory
from sqlalchemy.engine import make_url
from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

from .errors import GraderError

COURSE_FILES = ("nbgrader_config.py", "grading.toml")


def labs(course_dir: Path) -> list[str]:
    """The labs of the course: the folders of source/ that hold notebooks, in order."""
    return sorted(p.name for p in (course_dir / "source").iterdir() if any(p.glob("*.ipynb")))


def source_notebooks(course_dir: Path, lab: str) -> list[Path]:
    notebooks = sorted((course_dir / "source" / lab).glob("*.ipynb"))
    if not notebooks:
        raise GraderError(f"{course_dir / 'source' / lab}: no notebooks for lab {lab!r}")
    return notebooks


def due_dates(course_dir: Path) -> dict[str, str]:
    """The labs' due dates from the [due] table of grading.toml (nbgrader's date format)."""
    path = course_dir / "grading.toml"
    try:
        with path.open("rb") as f:
            due = tomllib.load(f).get("due", {})
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise GraderError(f"{path}: {error}") from error
    if not all(isinstance(v, str) for v in due.values()):
        raise GraderError(f"{path}: every entry of [due] must be a date string such as \"2026-12-04 23:59:00 CET\"")
    return due


def course_directory(course_dir: Path) -> CourseDirectory:
    """nbgrader's CourseDirectory of the course, configured as nbgrader's apps run in ``course_dir`` see
    it: the nbgrader_config.py files of Jupyter's config path, then the course's own, which wins."""
    config = Config()
    for folder in [*reversed(jupyter_config_path()), str(course_dir)]:
        if os.path.isfile(os.path.join(folder, "nbgrader_config.py")):
            try:
                config.merge(PyFileConfigLoader("nbgrader_config.py", folder).load_config())
            except Exception as error:  # the file is Python: any error in it
                raise GraderError(f"{os.path.join(folder, 'nbgrader_config.py')}: {type(error).__name__}: {error}") from error
    # nbgrader's root defaults to the working directory, and a relative one is taken from it
    root = os.path.join(os.path.abspath(course_dir), config.CourseDirectory.root if "root" in config.CourseDirectory else "")
    return CourseDirectory(config=config, root=os.path.normpath(root))


def gradebook_url(course_dir: Path) -> str:
    """The gradebook's database URL: CourseDirectory.db_url (nbgrader's default <course>/gradebook.db), with
    a relative SQLite path taken from the course directory, as nbgrader's apps run there take it."""
    configured = course_directory(course_dir).db_url
    url = make_url(configured)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:") or os.path.isabs(url.database):
        return configured
    return url.set(database=os.path.join(os.path.abspath(course_dir), url.database)).render_as_string(hide_password=False)


def shown_url(url: str) -> str:
    """A gradebook URL as messages show it: without its password."""
    return make_url(url).render_as_string(hide_password=True)


def open_gradebook(course_dir: Path) -> Gradebook:
    """The course's gradebook (nbgrader's API, under the course id), which must exist already."""
    coursedir, url = course_directory(course_dir), gradebook_url(course_dir)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and not os.path.exists(parsed.database or ""):
        raise GraderError(f"{parsed.database}: no gradebook (run `grader release` and autograde first)")
    try:
        return Gradebook(url, coursedir.course_id)
    except Exception as error:  # the database server's answer: unreachable, wrong password, ...
        raise GraderError(f"cannot open the gradebook {shown_url(url)}: {error}") from error
