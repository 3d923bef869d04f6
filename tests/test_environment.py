"""The install is reproducible: conda's list and pip's list pin the same packages, and the lock covers them;
and it leaves out the one package that would slow every process down."""
import importlib.util
import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def normalized(name: str) -> str:
    """PEP 503 names: tensorflow_cpu and tensorflow-cpu are one package."""
    return re.sub(r"[-_.]+", "-", name).lower()


def pyproject_pins() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return project["dependencies"] + project["optional-dependencies"]["test"]


def test_every_dependency_is_pinned_exactly():
    unpinned = [p for p in pyproject_pins() if "==" not in p]
    assert unpinned == []


def test_environment_yml_pins_the_same_packages_as_pyproject():
    environment = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip_section = next(d["pip"] for d in environment["dependencies"] if isinstance(d, dict))
    assert sorted(pip_section) == sorted(pyproject_pins())


def test_constraints_lock_agrees_with_the_direct_pins():
    locked = {
        normalized(name): version
        for name, _, version in (line.partition("==") for line in (ROOT / "constraints.txt").read_text().split())
    }
    for pin in pyproject_pins():
        name, _, version = pin.partition("==")
        assert locked.get(normalized(name)) == version, f"constraints.txt disagrees with pyproject.toml on {name}"


def test_the_install_leaves_out_the_grammar_jsonschema_would_build_at_every_import():
    """`make install` removes rfc3987-syntax (see the Makefile): with it, importing jsonschema compiles a
    Lark grammar, 3 s of CPU in every nbgrader, grader and Jupyter process; jsonschema runs without it."""
    assert importlib.util.find_spec("rfc3987_syntax") is None
    import jsonschema
    assert not jsonschema.FormatChecker().conforms("not a date", "date")  # its format checks still work
