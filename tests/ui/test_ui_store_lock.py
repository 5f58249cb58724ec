"""The window and the command line at once: while the window has the store unlocked, a command
that would change it (``passwd``, ``restore``) is refused with one German line naming the
window; once the window is locked, the command runs, and the window's next unlock is refused
while a command holds the store."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ui_support import (
    NEW_PASSPHRASE,
    OFFSCREEN_NOISE,
    PASSPHRASE,
    Harness,
    StoreFixture,
    make_store,
    unlock,
)

from mbe_desktop.cli import EXIT_IN_USE, EXIT_OK
from mbe_desktop.ui.controller import AppController, LockReason, State

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def harness(qtbot: QtBot) -> Iterator[Harness]:
    harness = Harness()
    yield harness
    harness.close()


@pytest.fixture
def store(tmp_path: Path) -> StoreFixture:
    return make_store(tmp_path)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MBE_PASSPHRASE": PASSPHRASE, "MBE_NEW_PASSPHRASE": NEW_PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "mbe_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_passwd_beside_the_unlocked_window_is_refused(
    harness: Harness, store: StoreFixture
) -> None:
    controller = harness.controller(store.paths)
    unlock(controller)
    assert controller.state is State.UNLOCKED
    keys_before = store.paths.key_slots.read_bytes()

    result = cli("passwd", "--data-dir", str(store.paths.root), "--insecure-fast-kdf")
    assert result.returncode == EXIT_IN_USE
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Programmfenster von MBE Desktop" in lines[0]
    assert f"Prozess {os.getpid()}" in lines[0]
    assert store.paths.key_slots.read_bytes() == keys_before

    controller.lock(LockReason.MANUAL)  # the window closes the store: the command may run
    assert controller.state is State.LOCKED
    result = cli("passwd", "--data-dir", str(store.paths.root), "--insecure-fast-kdf")
    assert result.returncode == EXIT_OK, result.stderr
    unlock(controller, NEW_PASSPHRASE)
    assert controller.state is State.UNLOCKED


HOLDING_COMMAND = textwrap.dedent(
    """
    import sys
    from mbe_desktop.app import unlock_store
    from mbe_desktop.paths import data_paths
    from mbe_desktop.storage import lock

    lock.hold_as_command("backup")
    services = unlock_store(data_paths(sys.argv[1]), sys.argv[2])
    print("ready", flush=True)
    sys.stdin.readline()
    services.close()
    """
)


def test_the_window_is_refused_while_a_command_holds_the_store(
    harness: Harness, store: StoreFixture
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDING_COMMAND, str(store.paths.root), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        controller: AppController = harness.controller(store.paths)
        unlock(controller)
        assert controller.state is State.LOCKED
        window = controller.unlock_window
        assert window is not None
        assert "mbe-desktop backup" in window.error.text()
    finally:
        assert child.stdin is not None
        child.stdin.write("\n")
        child.stdin.flush()
        child.wait(30)
    unlock(controller)
    assert controller.state is State.UNLOCKED
