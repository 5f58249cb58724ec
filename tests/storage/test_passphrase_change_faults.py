"""A passphrase change is one step: afterwards either the new key file is in place and the
audit trail says so, or the old passphrase still opens the store and nothing was recorded.

Faults on real stores: a kill just before and just after the key file's rename, a full disk
(a small tmpfs, as root), a read-only ``store.db`` (as the unprivileged user ``nobody``: root
would write through the file mode), and a second change from a process that unlocked earlier.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from conftest import TEST_OFFICE, TEST_PASSPHRASE
from mbe_desktop.app import create_store, unlock_store
from mbe_desktop.domain.errors import StorageFull, UserError, WrongPassphrase
from mbe_desktop.paths import DataPaths, data_paths
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.storage.models import AuditEvent, Setting
from mbe_desktop.storage.store import PENDING_KEY_CHANGE, PENDING_KEYS_NAME

NEW_PASSPHRASE = "Wolkenkratzer-Holunder-Pinguin-77"

# Changes the passphrase and dies (like kill -9) at the chosen moment of the change.
KILLED_CHANGE = textwrap.dedent(
    """
    import os, sys
    from mbe_desktop.app import unlock_store
    from mbe_desktop.paths import data_paths
    from mbe_desktop.storage import store as store_module
    from mbe_desktop.storage.keyslots import FAST_TEST_KDF

    root, old, new, moment = sys.argv[1:5]
    services = unlock_store(data_paths(root), old)
    if moment == "after-rename":
        # fsync_dir in store.py runs right after the key file's rename (step 3)
        store_module.fsync_dir = lambda folder: os._exit(9)
    else:
        real_replace, calls = os.replace, []
        def replace(source, target):
            calls.append(target)
            if len(calls) == 2:      # 1: the new key file's temp name; 2: the rename (step 3)
                os._exit(9)
            real_replace(source, target)
        os.replace = replace
    services.keys.change_passphrase(old, new, new, kdf=FAST_TEST_KDF)
    print("not killed", flush=True)
    """
)

READ_ONLY_CHANGE = textwrap.dedent(
    """
    import sys
    from mbe_desktop.app import unlock_store
    from mbe_desktop.domain.errors import UserError
    from mbe_desktop.paths import data_paths
    from mbe_desktop.storage.keyslots import FAST_TEST_KDF

    root, old, new = sys.argv[1:4]
    try:
        services = unlock_store(data_paths(root), old)
    except UserError as error:
        print("refused:", type(error).__name__, error.message, flush=True)
        sys.exit(0)
    try:
        services.keys.change_passphrase(old, new, new, kdf=FAST_TEST_KDF)
    except UserError as error:
        print("refused:", type(error).__name__, error.message, flush=True)
    else:
        print("changed", flush=True)
    services.close()
    """
)


def closed_store(paths: DataPaths) -> None:
    create_store(
        paths, TEST_OFFICE, TEST_PASSPHRASE, TEST_PASSPHRASE, kdf=FAST_TEST_KDF
    ).services.close()


def key_changes(paths: DataPaths, passphrase: str) -> tuple[int, bool]:
    """(passphrase_change events, whether a pending-change record is left) — opened with
    ``passphrase``, which must work."""
    services = unlock_store(paths, passphrase)
    try:
        with services.store.read_session() as session:
            events = session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.action == "passphrase_change")
            )
            pending = session.get(Setting, PENDING_KEY_CHANGE) is not None
        return int(events or 0), pending
    finally:
        services.close()


def assert_unchanged(paths: DataPaths) -> None:
    assert key_changes(paths, TEST_PASSPHRASE) == (0, False)
    with pytest.raises(WrongPassphrase):
        unlock_store(paths, NEW_PASSPHRASE)
    assert not (paths.root / PENDING_KEYS_NAME).exists()


def assert_changed_once(paths: DataPaths) -> None:
    assert key_changes(paths, NEW_PASSPHRASE) == (1, False)
    with pytest.raises(WrongPassphrase):
        unlock_store(paths, TEST_PASSPHRASE)
    assert not (paths.root / PENDING_KEYS_NAME).exists()


def run_killed_change(paths: DataPaths, moment: str) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            KILLED_CHANGE,
            str(paths.root),
            TEST_PASSPHRASE,
            NEW_PASSPHRASE,
            moment,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 9, result.stderr
    assert "not killed" not in result.stdout


def test_kill_right_after_the_rename_finishes_the_change_with_its_audit_event(
    store_paths: DataPaths,
) -> None:
    closed_store(store_paths)
    run_killed_change(store_paths, "after-rename")
    # The new key file is in place, the audit event not yet written; the next start writes it.
    assert_changed_once(store_paths)


def test_kill_just_before_the_rename_rolls_the_change_back(store_paths: DataPaths) -> None:
    closed_store(store_paths)
    run_killed_change(store_paths, "before-rename")
    assert (store_paths.root / PENDING_KEYS_NAME).exists()  # what the next start must clean up
    assert_unchanged(store_paths)


def test_a_change_from_a_process_that_unlocked_earlier_is_refused(
    store_paths: DataPaths,
) -> None:
    """Two programs had the store open (the second one before the first changed the key):
    the second change is checked against the key file as it is now and refused."""
    closed_store(store_paths)
    first = unlock_store(store_paths, TEST_PASSPHRASE)
    second = unlock_store(store_paths, TEST_PASSPHRASE)
    try:
        first.keys.change_passphrase(
            TEST_PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE, kdf=FAST_TEST_KDF
        )
        with pytest.raises(WrongPassphrase):
            second.keys.change_passphrase(
                TEST_PASSPHRASE, "Dritte-Passphrase-Lavendel-19", "Dritte-Passphrase-Lavendel-19"
            )
    finally:
        first.close()
        second.close()
    assert_changed_once(store_paths)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)], capture_output=True
    )
    if result.returncode != 0:
        pytest.skip("mounting a tmpfs is not allowed here")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(disk: Path, leave_bytes: int) -> Path:
    """A filler file that leaves about ``leave_bytes`` free on ``disk``."""
    filler = disk / "filler"
    with open(filler, "wb") as handle:
        free = shutil.disk_usage(disk).free
        handle.write(b"\0" * max(free - leave_bytes, 0))
    return filler


@pytest.mark.parametrize("leave_bytes", [0, 4096, 12288])
def test_full_disk_changes_nothing_and_says_so(tiny_disk: Path, leave_bytes: int) -> None:
    paths = data_paths(tiny_disk / "store")
    closed_store(paths)
    services = unlock_store(paths, TEST_PASSPHRASE)
    filler = fill(tiny_disk, leave_bytes)
    try:
        with pytest.raises(UserError) as caught:
            services.keys.change_passphrase(
                TEST_PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE, kdf=FAST_TEST_KDF
            )
        assert isinstance(caught.value, StorageFull), caught.value.message
        assert "voll" in caught.value.message
    finally:
        services.close()
        filler.unlink()
    assert_unchanged(paths)


def test_read_only_database_changes_nothing_and_says_so(nobody: pwd.struct_passwd) -> None:
    user = nobody
    folder = Path(tempfile.mkdtemp(prefix="mbe-readonly-"))  # /tmp: 'nobody' can reach it
    try:
        folder.chmod(0o755)
        paths = data_paths(folder / "store")
        closed_store(paths)
        for path in [folder, *folder.rglob("*")]:
            os.chown(path, user.pw_uid, user.pw_gid)
        paths.database.chmod(0o400)
        env = {**os.environ, "HOME": str(folder)}
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                READ_ONLY_CHANGE,
                str(paths.root),
                TEST_PASSPHRASE,
                NEW_PASSPHRASE,
            ],
            capture_output=True,
            text=True,
            timeout=60,
            user=user.pw_uid,
            group=user.pw_gid,
            env=env,
        )
        # Found at the unlock already (read-only diagnosis), with its own message.
        assert result.stdout.startswith("refused: StoreReadOnly"), (result.stdout, result.stderr)
        assert "store.db" in result.stdout and "schreibgeschützt" in result.stdout
        paths.database.chmod(0o600)
        assert_unchanged(paths)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
