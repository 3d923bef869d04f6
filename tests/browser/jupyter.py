"""Helpers for the browser tests: a JupyterLab server per journey, screenshots, JupyterLab's status."""
import json
import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from ..conftest import ROOT

ARTIFACTS = ROOT / "test-artifacts" / "browser"
KERNEL_WORK = 120_000  # ms: running a notebook or a validation on a slow, shared machine
# Put first on JUPYTER_PATH, as `make lab` does: its nbconvert/templates/formgrade/mathjax.html.j2 makes
# formgrader load MathJax from the server (jupyter-server-mathjax) instead of a CDN.
JUPYTER_DATA = ROOT / "share" / "jupyter"
# JupyterLab settings for every test server: no "official Jupyter news?" toast, no update check.
LAB_SETTINGS = {"@jupyterlab/apputils-extension/notification.jupyterlab-settings":
                {"fetchNews": "false", "checkForUpdates": False}}


def shot(page, name: str) -> None:
    """Save a screenshot of ``page`` as test-artifacts/browser/<name>.png."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{name}.png")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class JupyterLab:
    """A running JupyterLab server over ``root_dir``: its URLs carry the token."""

    def __init__(self, root_dir: Path, port: int, token: str):
        self.root_dir = root_dir
        self.base = f"http://127.0.0.1:{port}"
        self.token = token

    def url(self, path: str) -> str:
        return f"{self.base}/{path.lstrip('/')}?token={self.token}"

    def answers(self) -> bool:
        try:
            with urllib.request.urlopen(self.url("api/status"), timeout=5):
                return True
        except OSError:
            return False

    def shutdown_kernels(self) -> None:
        """End every kernel session, so the next page starts on a fresh kernel."""
        with urllib.request.urlopen(self.url("api/sessions"), timeout=30) as response:
            sessions = json.load(response)
        for session in sessions:
            request = urllib.request.Request(self.url(f"api/sessions/{session['id']}"), method="DELETE")
            urllib.request.urlopen(request, timeout=30).close()


@contextmanager
def jupyter_lab(root_dir: Path, scratch: Path):
    """JupyterLab serving ``root_dir`` (its working directory too), with settings and logs in ``scratch``.

    SIGTERM makes the server shut its kernels down before it exits.
    """
    for name, value in LAB_SETTINGS.items():
        (scratch / "settings" / name).parent.mkdir(parents=True, exist_ok=True)
        (scratch / "settings" / name).write_text(json.dumps(value))
    env = dict(os.environ, JUPYTERLAB_SETTINGS_DIR=str(scratch / "settings"),
               JUPYTERLAB_WORKSPACES_DIR=str(scratch / "workspaces"),
               JUPYTER_PATH=os.pathsep.join(filter(None, [str(JUPYTER_DATA), os.environ.get("JUPYTER_PATH")])),
               PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    port, token = free_port(), secrets.token_hex(16)
    log = (scratch / "jupyter.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", "--ip=127.0.0.1", f"--port={port}",
         f"--ServerApp.token={token}", f"--ServerApp.root_dir={root_dir}"],
        cwd=root_dir, env=env, stdout=log, stderr=subprocess.STDOUT)
    lab = JupyterLab(root_dir, port, token)
    try:
        deadline = time.monotonic() + 120
        while not lab.answers():
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"JupyterLab did not start; see {scratch / 'jupyter.log'}")
            time.sleep(0.2)
        yield lab
    finally:
        server.terminate()
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def idle_kernel(page):
    """The status bar's kernel item, e.g. "Python 3 (ipykernel) | Idle"."""
    return page.locator(".jp-StatusBar-TextItem[title^='Change kernel']").filter(has_text=re.compile(r"\| Idle$"))
