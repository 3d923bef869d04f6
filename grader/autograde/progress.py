"""What `grader autograde` shows: a progress bar while it runs and a table of the submissions at the end.

On a terminal the bar redraws in place; otherwise (CI logs, pipes) each finished submission gets a line.
"""
import sys
import threading
import time
from dataclasses import dataclass, field

# graded; skipped (graded before, not resubmitted); failed (nbgrader could not grade what the student
# handed in); not graded (the grader's fault: nothing of it was stored, run again); interrupted (Ctrl-C)
STATUSES = ("graded", "skipped", "failed", "not graded", "interrupted")


@dataclass
class SubmissionReport:
    """One student's submission of the lab: how it went, for the summary (scores come from the gradebook)."""
    student: str
    status: str = "graded"            # one of STATUSES
    seconds: float = 0.0              # wall-clock time from start to finish of this submission
    score: float | None = None
    max_score: float | None = None
    late_penalty: float = 0.0
    problems: list[str] = field(default_factory=list)   # what went wrong while executing
    missing: list[str] = field(default_factory=list)    # notebooks of the lab the submission lacks (graded 0)
    flags: list[str] = field(default_factory=list)      # what needs a person's review
    workers: list[str] = field(default_factory=list)    # where its notebooks executed (host/pid)

    @property
    def flagged(self) -> bool:
        return bool(self.flags)


class Progress:
    """A thread-safe progress bar over ``total`` submissions."""

    WIDTH = 30

    def __init__(self, total: int, stream=None):
        self.total, self.done, self.running = total, 0, 0
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self.started = time.monotonic()
        self.lock = threading.Lock()

    def start(self) -> None:
        with self.lock:
            self.running += 1
            self._draw()

    def finish(self, report: SubmissionReport) -> None:
        with self.lock:
            self.running -= 1
            self.done += 1
            if not self.live:
                score = "" if report.score is None else f" {report.score:g}/{report.max_score:g}"
                print(f"[{self.done}/{self.total}] {report.student}: {report.status}{score} "
                      f"({report.seconds:.1f} s)", file=self.stream, flush=True)
            self._draw()

    def close(self) -> None:
        if self.live:
            print(file=self.stream, flush=True)

    def _draw(self) -> None:
        if not self.live:
            return
        elapsed = time.monotonic() - self.started
        filled = self.WIDTH * self.done // max(self.total, 1)
        eta = f"  eta {_clock(elapsed / self.done * (self.total - self.done))}" if self.done else ""
        print(f"\r[{'#' * filled}{'-' * (self.WIDTH - filled)}] {self.done}/{self.total}  "
              f"running {self.running}  {_clock(elapsed)}{eta}   ", end="", file=self.stream, flush=True)


def _clock(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    return f"{minutes}m{seconds:02d}s" if minutes else f"{seconds}s"


def summary_table(reports: list[SubmissionReport]) -> str:
    """One row per student: score, time and what went wrong or needs review."""
    rows = [("student", "score", "time", "status", "notes")]
    for r in sorted(reports, key=lambda r: r.student):
        score = "-" if r.score is None else f"{r.score:g}/{r.max_score:g}"
        notes = list(r.problems)
        if r.missing:
            notes.append(f"missing: {', '.join(r.missing)} (graded 0)")
        if r.late_penalty:
            notes.append(f"late: -{r.late_penalty:g}")
        if r.flags:
            notes.append("REVIEW: " + "; ".join(r.flags))
        rows.append((r.student, score, f"{r.seconds:.1f}s" if r.status != "skipped" else "-", r.status,
                     "; ".join(notes)))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row[:4], widths)) + "  " + row[4] for row in rows]
    lines.append(summary_counts(reports))
    return "\n".join(line.rstrip() for line in lines)


def summary_counts(reports: list[SubmissionReport]) -> str:
    """The submissions by status and those to review: "10 graded, 2 skipped, 1 to review"."""
    counts = {status: sum(r.status == status for r in reports) for status in STATUSES}
    flagged = sum(r.flagged for r in reports)
    return ", ".join(f"{n} {status}" for status, n in counts.items() if n) + (f", {flagged} to review" if flagged else "")
