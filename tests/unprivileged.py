"""Run test code as an unprivileged user, so that permission tests are real even as root (CI)."""

from __future__ import annotations

import os
import pickle
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from coopextract import resources

NOBODY = 65534
T = TypeVar("T")


def shared_folder() -> Path:
    """A temporary folder the unprivileged user can reach (pytest's own tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="coopextract-test-"))
    folder.chmod(0o755)
    return folder


def give_away(path: Path) -> Path:
    """Make a folder writable by the user `as_unprivileged` runs as."""
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        os.chown(path, NOBODY, NOBODY)
    return path


def as_unprivileged(function: Callable[[], T]) -> T:
    """function() in a forked process running as `nobody` when we are root, else directly.

    The fork keeps everything already loaded (the spaCy model, imported modules), so
    the child reads nothing but the test files. Its result comes back pickled.
    """
    if os.geteuid() != 0:
        return function()
    # what a run reads of the package itself, read here as root: the checkout may sit in a folder
    # only root can enter (`mktemp -d` makes it 0700), and the test is about the input files
    resources.rules_fingerprint()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        status = 1
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            payload = pickle.dumps((True, function()))
            status = 0
        except BaseException:
            payload = pickle.dumps((False, traceback.format_exc()))
        try:
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(payload)
        finally:
            os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    ok, value = pickle.loads(data)
    if not ok:
        raise AssertionError(f"in the process running as uid {NOBODY}:\n{value}")
    return value
