"""One memory and process limit for everything a sandbox starts: a Linux control group.

The rlimits of grader.sandbox.runner bound each process; a submission that forks processes which
each fill memory would still exhaust the machine. Where the grader may create control groups
(cgroup v1's memory and pids controllers, or cgroup v2 with both enabled for its own group, as
root or in a delegated group), each sandbox gets one; elsewhere ``create`` returns None and the
rlimits alone apply. When the group runs out of memory, the kernel kills a process inside it.
"""
import os
import secrets
import signal
import time
from pathlib import Path

ROOT = Path("/sys/fs/cgroup")


def _own_group(controller: str) -> Path | None:
    """This process's group in ``controller``'s hierarchy ("" for cgroup v2), relative to its mount."""
    for line in Path("/proc/self/cgroup").read_text().splitlines():
        _, controllers, path = line.split(":", 2)
        if controller in controllers.split(",") or controller == controllers:
            return Path(path.lstrip("/"))
    return None


def _settings(memory: int, processes: int) -> dict[Path, dict[str, int]]:
    """The new group's parent folders and the limits to write in each."""
    if (ROOT / "cgroup.controllers").exists():
        own = _own_group("")
        if own is None or not {"memory", "pids"} <= set((ROOT / own / "cgroup.subtree_control").read_text().split()):
            return {}
        return {ROOT / own: {"memory.max": memory, "pids.max": processes}}
    parents = {controller: _own_group(controller) for controller in ("memory", "pids")}
    if None in parents.values():
        return {}
    return {ROOT / "memory" / parents["memory"]: {"memory.limit_in_bytes": memory},
            ROOT / "pids" / parents["pids"]: {"pids.max": processes}}


class ControlGroup:
    """The folders of one sandbox's group (one per cgroup v1 hierarchy, or one in v2)."""

    def __init__(self, folders: list[Path]):
        self.folders = folders

    def command(self, command: list[str]) -> list[str]:
        """``command`` started by a shell that first moves itself into the group, so that nothing
        the sandbox starts is ever outside it."""
        join = " && ".join(f"echo $$ > '{folder}/cgroup.procs'" for folder in self.folders)
        return ["/bin/sh", "-c", f'{join} && exec "$@"', "sh", *command]

    def out_of_memory(self) -> bool:
        """Whether the kernel killed a process of the group for lack of memory."""
        for folder in self.folders:
            for name, key in (("memory.events", "oom_kill"), ("memory.oom_control", "oom_kill")):
                path = folder / name
                if path.exists():
                    counts = dict(line.split() for line in path.read_text().splitlines())
                    if int(counts.get(key, 0)):
                        return True
        return False

    def remove(self) -> None:
        """Kill what is left in the group and delete it."""
        for _ in range(50):
            pids = {int(pid) for folder in self.folders if folder.exists()
                    for pid in (folder / "cgroup.procs").read_text().split()}
            for pid in pids:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            try:
                for folder in self.folders:
                    if folder.exists():
                        folder.rmdir()
                return
            except OSError:  # busy until the killed processes are gone
                time.sleep(0.1)


def create(memory: int, processes: int) -> ControlGroup | None:
    """A new group with these limits (bytes of memory, number of processes and threads), or None
    where this machine or user cannot have one."""
    name = f"grader-{secrets.token_hex(6)}"
    folders = []
    try:
        for parent, limits in _settings(memory, processes).items():
            folder = parent / name
            folder.mkdir()
            folders.append(folder)
            for key, value in limits.items():
                (folder / key).write_text(str(value))
    except OSError:
        ControlGroup(folders).remove()
        return None
    return ControlGroup(folders) if folders else None


def available() -> bool:
    """Whether this process may create a control group for a sandbox."""
    group = create(2**30, 64)
    if group is not None:
        group.remove()
    return group is not None
