"""The `grader` command: a thin layer over functions that the tests call directly.

Each command lives in its own module, which defines ``add_command(subparsers, common)``: the parser
it adds takes ``common`` (the options every command shares) as a parent and sets ``run`` to a
function taking the parsed arguments and returning an ExitStatus. Results go to stdout; notes,
warnings and errors to stderr as ``grader: note: ...`` through the ``grader`` logger.
"""
import argparse
import importlib
import logging
import sys
from importlib.metadata import version
from pathlib import Path

from grader.errors import ExitStatus, GraderError

log = logging.getLogger("grader")

# In the order of the instructor's journey (README).
COMMAND_MODULES = (
    "grader.authoring.prove",
    "grader.course.release",
    "grader.course.collect",
    "grader.autograde.command",
    "grader.similarity.command",
    "grader.grading.command",
    "grader.demo.command",
)
LOG_LEVELS = ("DEBUG", "INFO", "WARN", "ERROR", "CRITICAL")  # nbgrader's --log-level names
LEVEL_WORDS = {logging.DEBUG: "debug", logging.INFO: "note", logging.WARNING: "warning"}

DESCRIPTION = """\
Run the course's labs with nbgrader: prove each notebook's tests, release the labs to the students,
collect their submissions from Canvas, autograde them in sandboxes, find groups whose code is alike,
and compute the final grades.
Run it in the course directory (the folder with nbgrader_config.py), or name it with --course-dir."""

EPILOG = """\
exit status: 0 done; 1 done, with results that need you (a failed proof, a submission not graded,
files not collected); 2 usage error; 3 bad input or a failed step (the message names the file);
4 the grader's own error (logged with its traceback); 130 interrupted (run it again to finish)."""


class _Format(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        word = LEVEL_WORDS.get(record.levelno, "error")
        text = f"grader: {word}: {record.getMessage()}"
        if record.exc_info:
            text += "\n" + self.formatException(record.exc_info)
        return text


class _DeprecatedCourse(argparse.Action):
    """``--course DIR``, the old name of --course-dir (nbgrader's --course is the course id)."""

    def __call__(self, parser, namespace, values, option_string=None):
        log.warning("--course is deprecated: use --course-dir %s (nbgrader's --course means the course id)", values)
        namespace.course_dir = values


def configure_logging(level: int | str = logging.INFO) -> None:
    """One handler on stderr for the ``grader`` logger and its children (each module's ``__name__``)."""
    if not any(getattr(h, "grader_cli", False) for h in log.handlers):
        handler = logging.StreamHandler()
        handler.grader_cli = True
        handler.setFormatter(_Format())
        log.addHandler(handler)
        log.propagate = False
    for handler in log.handlers:
        if getattr(handler, "grader_cli", False):
            handler.stream = sys.stderr  # the current one (tests capture it)
    log.setLevel("WARNING" if level == "WARN" else level)


def common_options() -> argparse.ArgumentParser:
    """The options every command takes, as nbgrader's apps name them."""
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("common options")
    group.add_argument("--course-dir", type=Path, default=Path("."), metavar="DIR",
                       help="the course directory, with nbgrader_config.py (default: the current directory)")
    group.add_argument("--course", type=Path, dest="course_dir", default=argparse.SUPPRESS, action=_DeprecatedCourse,
                       help=argparse.SUPPRESS)
    group.add_argument("--log-level", choices=LOG_LEVELS, default="INFO", help="how much to tell on stderr (default: INFO)")
    group.add_argument("--debug", dest="log_level", action="store_const", const="DEBUG", help="same as --log-level DEBUG")
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="grader", description=DESCRIPTION, epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version",
                        version=f"grader {version('grader')} (nbgrader {version('nbgrader')})")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                       title="commands, in the order of the instructor's journey")
    common = common_options()
    for name in COMMAND_MODULES:
        importlib.import_module(name).add_command(subparsers, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    configure_logging()
    args = build_parser().parse_args(argv)
    configure_logging(args.log_level)
    try:
        if not args.course_dir.is_dir():
            raise GraderError(f"{args.course_dir}: no such course directory")
        return int(args.run(args) or ExitStatus.OK)
    except GraderError as error:
        log.error("%s", error)
        return ExitStatus.INPUT
    except KeyboardInterrupt:
        log.error("interrupted: run the same command again to finish")
        return ExitStatus.INTERRUPTED
    except Exception:
        log.critical("unexpected error in `grader %s` (a bug of the grader; please report it with this traceback)",
                     args.command, exc_info=True)
        return ExitStatus.INTERNAL


if __name__ == "__main__":
    sys.exit(main())
