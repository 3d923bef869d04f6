"""Shared test set-up: the course root, and the timing reports printed after the run."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "test-artifacts" / "reports"


@pytest.fixture
def root() -> Path:
    return ROOT


def pytest_sessionstart(session):
    if not hasattr(session.config, "workerinput"):  # the controller, not an xdist worker
        for old in REPORTS.glob("*.txt"):
            old.unlink()


def pytest_terminal_summary(terminalreporter):
    """Print the reports tests wrote (xdist workers cannot print to the controller's terminal)."""
    for path in sorted(REPORTS.glob("*.txt")):
        terminalreporter.write_sep("-", path.stem)
        terminalreporter.write_line(path.read_text())
