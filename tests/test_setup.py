"""scripts/debian-packages: the README's commands set up a fresh machine, or say in one line what to install."""
import os
import subprocess

import pytest

from .conftest import ROOT

SCRIPT = ROOT / "scripts" / "debian-packages"
MISSING = "grader-no-such-package-7f3a"


def as_someone_else(command: list[str]) -> list[str]:
    """``command`` run as an unprivileged user (nobody) when the tests run as root."""
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command] if os.geteuid() == 0 else command


def test_installed_packages_need_nothing():
    result = subprocess.run([str(SCRIPT), "bash", "coreutils"], capture_output=True, text=True)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_without_root_a_missing_package_stops_with_the_one_command_to_run():
    result = subprocess.run(as_someone_else([str(SCRIPT), "bash", MISSING]), capture_output=True, text=True)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == (f"missing Debian packages: run `sudo apt-get install {MISSING}`, "
                             f"then the same make command again\n")


@pytest.mark.skipif(os.geteuid() != 0, reason="the install path is root's")
def test_as_root_a_missing_package_is_installed_with_apt_get(tmp_path):
    """apt-get is replaced by a recorder: the script must ask it to update and install exactly what is missing."""
    (tmp_path / "apt-get").write_text(f"#!/bin/sh\necho \"$@\" >> {tmp_path / 'calls'}\n")
    (tmp_path / "apt-get").chmod(0o755)
    env = {**os.environ, "PATH": f"{tmp_path}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run([str(SCRIPT), "bash", MISSING], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "calls").read_text().splitlines() == [
        "update -qq", f"install -y -qq --no-install-recommends {MISSING}"]
