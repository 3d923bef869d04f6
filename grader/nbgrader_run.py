"""Run nbgrader's command-line apps in a course directory, with a clear error when one fails."""
import os
import subprocess
import sys
from pathlib import Path

from .errors import GraderError

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
