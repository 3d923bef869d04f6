"""The errors the command line turns into clear messages, and its exit statuses."""
from enum import IntEnum


class GraderError(Exception):
    """Bad input or a failed step, with a message that names the file and the problem."""


class ExitStatus(IntEnum):
    """What `grader` exits with (README, "The grader command"); argparse's own usage errors are 2."""
    OK = 0
    PROBLEMS = 1      # the command ran, and its results need you: a proof failed, a submission was not graded
    USAGE = 2         # the command line is wrong (argparse)
    INPUT = 3         # bad input or a failed step: the message names the file and the problem
    INTERNAL = 4      # the grader's own fault: an unexpected error, logged with its traceback
    INTERRUPTED = 130  # Ctrl-C: run the same command again to finish
