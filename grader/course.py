"""The course directory: where its labs, notebooks and gradebook are."""
import tomllib
from pathlib import Path

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
