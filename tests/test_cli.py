"""The `grader` command line: nbgrader's option names, argparse's validation, one style on stderr, exit statuses."""
import re

import pytest

from grader import cli
from grader.errors import ExitStatus, GraderError

JOURNEY = ["prove", "release", "collect", "autograde", "similarity", "grades", "demo"]


def run(capsys, *args: str) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of ``grader ARGS``, argparse's exits included."""
    try:
        status = cli.main(list(args))
    except SystemExit as exit:
        status = exit.code
    out, err = capsys.readouterr()
    return status, out, err


def test_help_lists_the_commands_in_the_order_of_the_journey():
    listed = re.findall(r"^    (\w+)\s", cli.build_parser().format_help(), re.M)
    assert listed == JOURNEY


def test_help_names_the_exit_statuses():
    text = cli.build_parser().format_help()
    assert "exit status: 0 done; 1 done, with results that need you" in text and "130 interrupted" in text


def test_version_names_grader_and_nbgrader(capsys):
    status, out, _ = run(capsys, "--version")
    assert status == 0 and re.fullmatch(r"grader \S+ \(nbgrader 0\.9\.6\)\n", out)


POSITIONAL = {"autograde": ["lab1"], "similarity": ["lab1"], "collect": ["lab1", "submissions.zip"]}


@pytest.mark.parametrize("command", JOURNEY)
def test_every_command_takes_the_common_options(command):
    args = cli.build_parser().parse_args([command, *POSITIONAL.get(command, []), "--course-dir", "elsewhere", "--debug"])
    assert str(args.course_dir) == "elsewhere" and args.log_level == "DEBUG"


def test_deprecated_course_option_still_works_and_warns(tmp_path, capsys):
    assert cli.main(["grades", "--course", str(tmp_path / "nowhere")]) == ExitStatus.INPUT
    err = capsys.readouterr().err
    assert "grader: warning: --course is deprecated: use --course-dir" in err
    assert f"grader: error: {tmp_path / 'nowhere'}: no such course directory" in err


def test_workers_and_scheduler_exclude_each_other(capsys):
    status, _, err = run(capsys, "autograde", "lab1", "--workers", "2", "--scheduler", "tcp://localhost:8786")
    assert status == ExitStatus.USAGE and "argument --scheduler: not allowed with argument --workers" in err


@pytest.mark.parametrize("args, complaint", [
    (["autograde", "lab1", "--workers", "0"], "argument --workers: expected a whole number of at least 1, got '0'"),
    (["demo", "--students", "3"], "argument --students: at least 5"),
    (["grades", "--log-level", "LOUD"], "argument --log-level: invalid choice: 'LOUD'"),
])
def test_bad_values_are_usage_errors(args, complaint, capsys):
    status, _, err = run(capsys, *args)
    assert status == ExitStatus.USAGE and complaint in err


def test_an_input_error_is_one_line_on_stderr(monkeypatch, capsys):
    def fail(args):
        raise GraderError("grades/exam.csv:3: grade 'Q' is not a letter A-F")
    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    parser._subparsers._group_actions[0].choices["grades"].set_defaults(run=fail)
    assert cli.main(["grades"]) == ExitStatus.INPUT
    assert capsys.readouterr().err == "grader: error: grades/exam.csv:3: grade 'Q' is not a letter A-F\n"


def test_an_unexpected_error_is_logged_with_its_traceback(monkeypatch, capsys):
    def crash(args):
        return {}["missing key"]
    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    parser._subparsers._group_actions[0].choices["grades"].set_defaults(run=crash)
    assert cli.main(["grades"]) == ExitStatus.INTERNAL
    err = capsys.readouterr().err
    assert err.startswith("grader: error: unexpected error in `grader grades`")
    assert "Traceback (most recent call last)" in err and "KeyError: 'missing key'" in err


def test_log_level_hides_notes(tmp_path, capsys):
    cli.configure_logging("WARN")
    cli.log.getChild("grades").info("a note")
    cli.log.getChild("grades").warning("a warning")
    assert capsys.readouterr().err == "grader: warning: a warning\n"
    cli.configure_logging()
