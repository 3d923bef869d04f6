"""The one exception type the command line turns into a clear message instead of a traceback."""


class GraderError(Exception):
    """Bad input or a failed step, with a message that names the file and the problem."""
