"""The single-writer lock: one process at a time works on a store; the second one is told who.

Two real processes on one real store: a child opens it (as the window or as a command would)
and waits; the test process then tries what a second program would.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from conftest import TEST_OFFICE, TEST_PASSPHRASE
from mbe_desktop.app import create_store, unlock_store
from mbe_desktop.cli import EXIT_IN_USE, EXIT_OK, main
from mbe_desktop.domain.errors import StoreInUse
from mbe_desktop.paths import DataPaths
from mbe_desktop.services.clients import ClientInput
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.storage.lock import held, is_held_here
from mbe_desktop.storage.models import Client

NEW_PASSPHRASE = "Wolkenkratzer-Holunder-Pinguin-77"

HOLDER = textwrap.dedent(
    """
    import sys
    from mbe_desktop.app import unlock_store
    from mbe_desktop.paths import data_paths
    from mbe_desktop.storage import lock

    if sys.argv[3] == "gui":
        lock.hold_as_gui()
    else:
        lock.hold_as_command(sys.argv[3])
    services = unlock_store(data_paths(sys.argv[1]), sys.argv[2])
    print("ready", flush=True)
    sys.stdin.readline()          # hold the store until the test says so
    services.close()
    print("closed", flush=True)
    """
)


def closed_store(paths: DataPaths) -> None:
    create_store(
        paths, TEST_OFFICE, TEST_PASSPHRASE, TEST_PASSPHRASE, kdf=FAST_TEST_KDF
    ).services.close()


@pytest.fixture
def holder(
    store_paths: DataPaths, request: pytest.FixtureRequest
) -> Iterator[subprocess.Popen[str]]:
    """A second process that has the store open (as ``request.param``: "gui" or a command)."""
    closed_store(store_paths)
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(store_paths.root), TEST_PASSPHRASE, request.param],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    yield child
    if child.poll() is None:
        child.kill()
    child.wait(10)


def release(child: subprocess.Popen[str]) -> None:
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write("\n")
    child.stdin.flush()
    assert child.stdout.readline().strip() == "closed"
    child.wait(10)


@pytest.mark.parametrize("holder", ["passwd"], indirect=True)
def test_a_second_process_is_refused_and_told_what_holds_the_store(
    store_paths: DataPaths, holder: subprocess.Popen[str]
) -> None:
    before = store_paths.key_slots.read_bytes()
    with pytest.raises(StoreInUse) as caught:
        unlock_store(store_paths, TEST_PASSPHRASE)
    message = caught.value.message
    assert "mbe-desktop passwd" in message and str(holder.pid) in message
    assert str(store_paths.root) in message and "nichts verändert" in message
    assert store_paths.key_slots.read_bytes() == before

    release(holder)
    unlock_store(store_paths, TEST_PASSPHRASE).close()  # free again once the holder is done


@pytest.mark.parametrize("holder", ["gui"], indirect=True)
def test_commands_beside_the_window_are_refused_with_one_german_line(
    store_paths: DataPaths,
    holder: subprocess.Popen[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = ["--data-dir", str(store_paths.root)]
    monkeypatch.setenv("MBE_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("MBE_NEW_PASSPHRASE", NEW_PASSPHRASE)
    keys_before = store_paths.key_slots.read_bytes()
    assert main(["passwd", *folder, "--insecure-fast-kdf"]) == EXIT_IN_USE
    assert main(["backup", *folder, "--out", str(tmp_path / "b")]) == EXIT_IN_USE
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 2
    assert all("Programmfenster von MBE Desktop" in line for line in lines)
    assert store_paths.key_slots.read_bytes() == keys_before
    assert not list((tmp_path / "b").glob("*.mbebackup")) if (tmp_path / "b").exists() else True

    release(holder)
    assert main(["passwd", *folder, "--insecure-fast-kdf"]) == EXIT_OK
    unlock_store(store_paths, NEW_PASSPHRASE).close()


@pytest.mark.parametrize("holder", ["backup"], indirect=True)
def test_restore_while_another_process_writes_is_refused(
    store_paths: DataPaths,
    holder: subprocess.Popen[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A backup to restore, made before the holder started would be ideal; a backup of a
    # second store (same passphrase) serves as well: the restore must not even begin.
    other = DataPaths(tmp_path / "other", tmp_path / "other" / "logs")
    services = create_store(
        other, TEST_OFFICE, TEST_PASSPHRASE, TEST_PASSPHRASE, kdf=FAST_TEST_KDF
    ).services
    backup = services.backup.backup_to(tmp_path / "backups").path
    services.close()
    before = store_paths.database.read_bytes()
    monkeypatch.setenv("MBE_PASSPHRASE", TEST_PASSPHRASE)
    code = main(["restore", "--data-dir", str(store_paths.root), str(backup), "--yes"])
    assert code == EXIT_IN_USE
    assert store_paths.database.read_bytes() == before
    assert not store_paths.safety_copies.exists() or not any(
        path.name.startswith("before-restore") for path in store_paths.safety_copies.iterdir()
    )
    release(holder)


@pytest.mark.parametrize("holder", ["check"], indirect=True)
def test_a_killed_holder_leaves_no_stale_lock(
    store_paths: DataPaths, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(StoreInUse):
        unlock_store(store_paths, TEST_PASSPHRASE)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(10)
    unlock_store(store_paths, TEST_PASSPHRASE).close()


def test_the_lock_is_counted_within_one_process(store_paths: DataPaths) -> None:
    closed_store(store_paths)
    first = unlock_store(store_paths, TEST_PASSPHRASE)
    with held(store_paths.root):
        second = unlock_store(store_paths, TEST_PASSPHRASE)
        first.close()
        assert is_held_here(store_paths.root)
        second.close()
        assert is_held_here(store_paths.root)
    assert not is_held_here(store_paths.root)


def test_client_numbers_never_collide_between_two_writers(store_paths: DataPaths) -> None:
    """Two stores (two engines, as two programs would have) create clients at the same time:
    every number is taken once; nobody gets an IntegrityError."""
    closed_store(store_paths)
    writers = [unlock_store(store_paths, TEST_PASSPHRASE) for _ in range(2)]
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def work(index: int) -> None:
        start.wait()
        try:
            for number in range(25):
                writers[index].clients.create(
                    ClientInput(
                        family_name=f"Schreiber{index}",
                        given_names=f"Nr{number}",
                        birth_date=date(1980, 1, 1),
                        first_contact_date=date(2026, 3, 1),
                        consent_given_on=date(2026, 3, 1),
                        consent_scope="Beratung und Dokumentation in der MBE",
                    )
                )
        except BaseException as error:  # collected: a thread's exception would be lost
            errors.append(error)

    threads = [threading.Thread(target=work, args=(index,)) for index in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert errors == []
        with writers[0].store.read_session() as session:
            numbers = session.execute(select(Client.number)).scalars().all()
            assert session.scalar(select(func.count(func.distinct(Client.number)))) == 50
        assert sorted(numbers) == [f"2026-{serial:04d}" for serial in range(1, 51)]
    finally:
        for services in writers:
            services.close()
