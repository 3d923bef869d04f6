"""The course directory: where its labs, notebooks, submissions and gradebook are."""
import glob
import os
import re
from pathlib import Path

import nbformat
from jupyter_core.paths import jupyter_config_path
from nbgrader.coursedir import CourseDirectory
from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

from grader.errors import GraderError
from grader.grading.policy import load_policy


def labs(course_dir: Path) -> list[str]:
    """The labs of the course: the folders of source/ that hold notebooks, in order."""
    return sorted(p.name for p in (course_dir / "source").iterdir() if any(p.glob("*.ipynb")))


def source_notebooks(course_dir: Path, lab: str) -> list[Path]:
    notebooks = sorted((course_dir / "source" / lab).glob("*.ipynb"))
    if not notebooks:
        raise GraderError(f"{course_dir / 'source' / lab}: no notebooks for lab {lab!r}")
    return notebooks


def write_submission(course_dir: Path, student: str, lab: str, notebooks: dict[str, nbformat.NotebookNode],
                     timestamp: str | None = None) -> Path:
    """Put ``notebooks`` (file stem -> notebook) in submitted/<student>/<lab>/, as nbgrader's collect
    does, with its timestamp.txt when ``timestamp`` is given; returns the folder."""
    folder = course_dir / "submitted" / student / lab
    folder.mkdir(parents=True, exist_ok=True)
    for name, nb in notebooks.items():
        nbformat.write(nb, folder / f"{name}.ipynb")
    if timestamp is not None:
        (folder / "timestamp.txt").write_text(timestamp)
    return folder


def student_ids_with_submission(coursedir: CourseDirectory, step: str, lab: str) -> list[str]:
    """The students with a folder of ``lab`` in nbgrader's ``step`` folder (coursedir.submitted_directory,
    .autograded_directory, ...), less CourseDirectory.student_id_exclude, sorted."""
    pattern = re.compile(coursedir.format_path(step, "(?P<student>[^/]+)", re.escape(lab), escape=True))
    paths = glob.glob(coursedir.format_path(step, "*", glob.escape(lab)))
    excluded = set(filter(None, coursedir.student_id_exclude.split(",")))
    return sorted({m["student"] for path in paths if os.path.isdir(path) and (m := pattern.fullmatch(path))} - excluded)


def due_dates(course_dir: Path) -> dict[str, str]:
    """The labs' due dates: the [due] table of the course's grading.toml (nbgrader's date format)."""
    return load_policy(course_dir / "grading.toml").due


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
