"""The `grader` command: a thin layer over functions that the tests call directly.

Each command lives in its own module, which defines ``add_command(subparsers)``; the parser it adds
sets ``run`` to a function taking the parsed arguments and returning the exit status.
"""
import argparse
import importlib
import sys

from .errors import GraderError

COMMAND_MODULES = (
    "grader.release",
    "grader.prove",
    "grader.canvas_collect",
    "grader.demo",
    "grader.grades",
    "grader.autograde",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="grader", description=__doc__.splitlines()[0])
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).add_command(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args) or 0
    except GraderError as error:
        print(f"grader: error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
