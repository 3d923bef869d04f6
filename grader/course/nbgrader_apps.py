"""Run nbgrader's apps in a course directory, with a clear error when one fails.

Two ways, each for its purpose: ``run_nbgrader`` runs the command line (`nbgrader ARGS`) in a
process of its own, exactly as an instructor would type it; ``nbgrader_app`` makes an app in this
process (never nbgrader's singleton), for the commands that plug grader's own classes into it
(autograde's preprocessors, collect's file-name plugin) and read results back from them.
"""
import logging
import os
import subprocess
import sys
from pathlib import Path

from grader.errors import GraderError

# absolute() but not resolve(): the venv's python is a symlink to the base interpreter.
BIN_DIR = Path(sys.executable).absolute().parent


def nbgrader_env() -> dict[str, str]:
    """The environment nbgrader needs: it runs ``alembic`` from PATH, so the venv's bin comes first."""
    env = dict(os.environ)
    env["PATH"] = f"{BIN_DIR}{os.pathsep}{env.get('PATH', '')}"
    return env


def run_nbgrader(course_dir: Path, *args: str) -> str:
    """Run ``nbgrader ARGS`` with ``course_dir`` as the course root and return its combined output."""
    command = [str(BIN_DIR / "nbgrader"), *args]
    result = subprocess.run(
        command, cwd=course_dir, env=nbgrader_env(), capture_output=True, text=True
    )
    output = result.stdout + result.stderr
    if result.returncode != 0:
        tail = "\n".join(output.strip().splitlines()[-25:])
        raise GraderError(f"`nbgrader {' '.join(args)}` failed in {course_dir}:\n{tail}")
    return output


def nbgrader_app(app_class, course_dir: Path, argv: list[str] | None = None, log_path: Path | None = None):
    """An ``app_class`` (an nbgrader app) of the course in ``course_dir``, initialized with ``argv``;
    with ``log_path`` it logs there instead of to the terminal. Call it with ``course_dir`` as the
    working directory: nbgrader reads nbgrader_config.py from there."""
    app = app_class()
    app.initialize([*(argv or []), f"--CourseDirectory.root={Path(course_dir).resolve()}"])
    if log_path is not None:
        for handler in list(app.log.handlers):
            handler.close()
            app.log.removeHandler(handler)
        log_path.parent.mkdir(parents=True, exist_ok=True)
        app.init_logging(logging.FileHandler, [str(log_path)], color=False)
        app.log.propagate = False
    return app
