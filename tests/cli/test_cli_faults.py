"""What the command line says under faults, on real stores, as a separate process (SQLCipher
writes its own messages to the C-level stderr, which only a real process shows).

Each fault has its own message and exit code, one German line on stderr, and nothing is
written to a store that was not found sound: a damaged page before a backup (no file that
says "verified"), a zero-byte and a truncated ``store.db`` (no growth, no checkpoint of the
``-wal`` into it), a plain SQLite file, another store's database, a read-only folder (as the
unprivileged user ``nobody``), and a full disk at the backup target (a small tmpfs).
"""

from __future__ import annotations

import hashlib
import os
import pwd
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from conftest import TEST_OFFICE, TEST_PASSPHRASE
from mbe_desktop.app import create_store
from mbe_desktop.cli import (
    EXIT_FOREIGN,
    EXIT_FULL,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_READ_ONLY,
    EXIT_STORE,
)
from mbe_desktop.paths import DataPaths, data_paths
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.storage.models import Client, StoredDocument

PAGE = 4096


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


def run_cli(*args: str, user: pwd.struct_passwd | None = None, home: Path | None = None) -> Run:
    env = {**os.environ, "MBE_PASSPHRASE": TEST_PASSPHRASE}
    if home is not None:
        env.update(HOME=str(home), XDG_DATA_HOME=str(home), XDG_STATE_HOME=str(home))
    result = subprocess.run(
        [sys.executable, "-m", "mbe_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        user=None if user is None else user.pw_uid,
        group=None if user is None else user.pw_gid,
    )
    return Run(result.returncode, result.stdout, result.stderr)


def one_german_line(run: Run) -> str:
    lines = run.err.strip().splitlines()
    assert len(lines) == 1, run.err
    assert lines[0].startswith("mbe-desktop: ")
    for english in ("ERROR", "hmac", "Traceback", "Logging error", "sqlcipher"):
        assert english not in run.err
    return lines[0]


def store_with_letters(paths: DataPaths, letters: int = 3) -> None:
    services = create_store(
        paths, TEST_OFFICE, TEST_PASSPHRASE, TEST_PASSPHRASE, kdf=FAST_TEST_KDF
    ).services
    with services.store.session() as session:
        client = Client(number="2026-0001", family_name="Brief", first_contact_date=date.today())
        session.add(client)
        session.flush()
        for index in range(letters):
            content = bytes((index * 7 + position) % 251 for position in range(20_000))
            session.add(
                StoredDocument(
                    client_id=client.id,
                    kind="letter",
                    title=f"Brief {index}",
                    content=content,
                    sha256=hashlib.sha256(content).hexdigest(),
                    size=len(content),
                )
            )
    services.store.checkpoint()
    services.close()


def flip_byte_in_page(database: Path, page: int) -> None:
    """Damage page ``page`` (1-based) in the middle of its content."""
    with open(database, "r+b") as handle:
        handle.seek((page - 1) * PAGE + PAGE // 2)
        value = handle.read(1)
        handle.seek((page - 1) * PAGE + PAGE // 2)
        handle.write(bytes([value[0] ^ 0xFF]))


def files(folder: Path) -> dict[str, bytes]:
    return {
        path.name: path.read_bytes()
        for path in folder.iterdir()
        if path.is_file() and path.name != "store.lock"
    }


@pytest.mark.parametrize("where", ["last", "middle"])
def test_backup_of_a_damaged_store_is_refused_and_leaves_no_file(
    store_paths: DataPaths, tmp_path: Path, where: str
) -> None:
    store_with_letters(store_paths, letters=30)
    pages = store_paths.database.stat().st_size // PAGE
    flip_byte_in_page(store_paths.database, pages if where == "last" else pages * 3 // 4)
    target = tmp_path / "backups"
    run = run_cli("backup", "--data-dir", str(store_paths.root), "--out", str(target))
    assert run.code == EXIT_STORE, run
    line = one_german_line(run)
    assert "beschädigt" in line and "keine Sicherung" in line
    assert "verified" not in (store_paths.log_dir / "mbe-desktop.log").read_text("utf-8")
    assert not target.exists() or list(target.iterdir()) == []


def test_backup_of_a_sound_store_still_works(store_paths: DataPaths, tmp_path: Path) -> None:
    store_with_letters(store_paths)
    run = run_cli("backup", "--data-dir", str(store_paths.root), "--out", str(tmp_path / "b"))
    assert run.code == EXIT_OK, run.err
    assert run.err == ""
    assert len(list((tmp_path / "b").glob("*.mbebackup"))) == 1


def test_check_of_a_zero_byte_store_does_not_grow_it(store_paths: DataPaths) -> None:
    store_with_letters(store_paths)
    store_paths.database.write_bytes(b"")
    run = run_cli("check", "--data-dir", str(store_paths.root))
    assert run.code == EXIT_STORE
    assert "leer (0 Byte)" in one_german_line(run)
    assert store_paths.database.stat().st_size == 0
    assert not Path(f"{store_paths.database}-wal").exists()


HOT_WAL = textwrap.dedent(
    """
    import os, sys
    from datetime import date
    from mbe_desktop.app import unlock_store
    from mbe_desktop.paths import data_paths
    from mbe_desktop.storage.models import Client

    services = unlock_store(data_paths(sys.argv[1]), sys.argv[2])
    for number in range(2, 400):
        with services.store.session() as session:
            session.add(Client(number=f"2026-{number:04d}", family_name="Wal" * 50,
                               qualification="q" * 400, first_contact_date=date.today()))
    os._exit(0)   # no close: the commits stay in the -wal, nothing checkpoints them
    """
)


def test_check_of_a_truncated_store_with_a_hot_wal_keeps_the_wal(
    store_paths: DataPaths,
) -> None:
    store_with_letters(store_paths, letters=30)
    subprocess.run(
        [sys.executable, "-c", HOT_WAL, str(store_paths.root), TEST_PASSPHRASE], check=True
    )
    wal = Path(f"{store_paths.database}-wal")
    assert wal.stat().st_size > 0
    pages = store_paths.database.stat().st_size // PAGE
    with open(store_paths.database, "r+b") as handle:
        handle.truncate((pages // 2) * PAGE)
    before = files(store_paths.root)
    run = run_cli("check", "--data-dir", str(store_paths.root))
    assert run.code in (EXIT_STORE, EXIT_PROBLEMS), run
    assert "beschädigt" in one_german_line(run)
    after = files(store_paths.root)
    # The -wal is still there, nothing merged; only the -shm (SQLite's shared-memory index of
    # the -wal, rebuilt by every reader after a crash) may differ.
    for name in ("store.db", "store.db-wal", "store.keys"):
        assert after[name] == before[name], name


def test_plain_sqlite_file_is_called_foreign(store_paths: DataPaths) -> None:
    store_with_letters(store_paths)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{store_paths.database}{suffix}").unlink(missing_ok=True)
    plain = sqlite3.connect(store_paths.database)
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    before = files(store_paths.root)
    run = run_cli("check", "--data-dir", str(store_paths.root))
    assert run.code == EXIT_FOREIGN
    assert "unverschlüsselte Datenbank" in one_german_line(run)
    assert files(store_paths.root) == before


def test_database_of_another_store_is_called_foreign(
    store_paths: DataPaths, tmp_path: Path
) -> None:
    store_with_letters(store_paths)
    other = data_paths(tmp_path / "other")
    store_with_letters(other)
    shutil.copyfile(other.database, store_paths.database)
    before = files(store_paths.root)
    run = run_cli("backup", "--data-dir", str(store_paths.root), "--out", str(tmp_path / "b"))
    assert run.code == EXIT_FOREIGN
    assert "anderen Datenbestand" in one_german_line(run)
    assert files(store_paths.root) == before


def test_damaged_page_in_check_is_reported_without_writing(store_paths: DataPaths) -> None:
    store_with_letters(store_paths, letters=30)
    pages = store_paths.database.stat().st_size // PAGE
    flip_byte_in_page(store_paths.database, pages * 3 // 4)
    before = files(store_paths.root)
    run = run_cli("check", "--data-dir", str(store_paths.root))
    assert run.code == EXIT_PROBLEMS
    assert "SQLCipher-Prüfung (Seiten-HMAC): 1 Fehler" in run.out
    assert "beschädigt" in one_german_line(run)
    assert files(store_paths.root) == before  # no audit event, no checkpoint


def test_read_only_folder_is_called_read_only_not_damaged(nobody: pwd.struct_passwd) -> None:
    user = nobody
    folder = Path(tempfile.mkdtemp(prefix="mbe-readonly-"))  # /tmp: 'nobody' can reach it
    try:
        folder.chmod(0o755)
        paths = data_paths(folder / "store")
        store_with_letters(paths)
        for path in [folder, *folder.rglob("*")]:
            os.chown(path, user.pw_uid, user.pw_gid)
        for path in [paths.root, paths.log_dir]:
            path.chmod(0o500)
        before = files(paths.root)
        run = run_cli("check", "--data-dir", str(paths.root), user=user, home=folder)
        assert run.code == EXIT_READ_ONLY, run
        line = one_german_line(run)
        assert "schreibgeschützt" in line and "beschädigt" not in line
        assert files(paths.root) == before
    finally:
        for path in folder.rglob("*"):
            if path.is_dir():
                path.chmod(0o700)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def tiny_disk(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    """A tmpfs of 256 KB (or the size given by indirect parametrisation)."""
    size = str(getattr(request, "param", "256k"))
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount_point)],
        capture_output=True,
    )
    if result.returncode != 0:
        pytest.skip("mounting a tmpfs is not allowed here")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_full_disk_at_the_backup_target_is_called_full(
    store_paths: DataPaths, tiny_disk: Path
) -> None:
    store_with_letters(store_paths, letters=30)  # about 700 KB: does not fit into 256 KB
    run = run_cli("backup", "--data-dir", str(store_paths.root), "--out", str(tiny_disk))
    assert run.code == EXIT_FULL, run
    assert "voll" in one_german_line(run)
    assert list(tiny_disk.iterdir()) == []


@pytest.mark.parametrize("tiny_disk", ["2m"], indirect=True)
def test_full_disk_under_the_store_and_its_log_gives_one_line(tiny_disk: Path) -> None:
    """The log file is on the full disk too: the failing log handler stays quiet."""
    paths = data_paths(tiny_disk / "store")
    store_with_letters(paths, letters=2)
    log_file = paths.log_dir / "mbe-desktop.log"
    log_file.write_text("")
    with open(tiny_disk / "filler", "wb") as handle:
        handle.write(b"\0" * shutil.disk_usage(tiny_disk).free)
    run = run_cli("backup", "--data-dir", str(paths.root))
    assert run.code == EXIT_FULL, run
    assert "voll" in one_german_line(run)
    assert not list((paths.root / "backups").glob("*.mbebackup"))
