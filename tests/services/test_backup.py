"""Backup and restore with real SQLCipher files: round trip, secrets, damage, live writers."""

from __future__ import annotations

import hashlib
import json
import threading
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from sqlalchemy import select

from conftest import TEST_OFFICE, TEST_PASSPHRASE
from mbe_desktop.app import Services, create_store, restore_backup, unlock_store
from mbe_desktop.domain.errors import UserError, WrongPassphrase
from mbe_desktop.paths import DataPaths, data_paths
from mbe_desktop.services.backup import (
    BackupCancelled,
    BackupRefused,
    inspect_backup,
    newest_backup,
)
from mbe_desktop.services.demo import generate_demo
from mbe_desktop.storage import backup as files
from mbe_desktop.storage.engine import raw_key_literal
from mbe_desktop.storage.keyslots import FAST_TEST_KDF, PASSPHRASE
from mbe_desktop.storage.models import Client
from mbe_desktop.storage.store import Store

OTHER_PASSPHRASE = "Wendeltreppe-Sonnenblume-Ahorn-7"


def table_hashes(services: Services) -> dict[str, str]:
    raw = services.store.engine.raw_connection()
    try:
        connection: Any = raw.driver_connection
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            ).fetchall()
        ]
        hashes = {}
        for table in tables:
            rows = sorted(repr(row) for row in connection.execute(f'SELECT * FROM "{table}"'))
            hashes[table] = f"{len(rows)}:{hashlib.sha256(repr(rows).encode()).hexdigest()}"
        return hashes
    finally:
        raw.close()


def file_bytes(paths: DataPaths) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (paths.database, paths.key_slots)}


@pytest.fixture
def demo(new_store: tuple[Services, str]) -> tuple[Services, str]:
    services, recovery = new_store
    generate_demo(services.store, clients=40, seed=3)
    return services, recovery


def add_client(services: Services, number: str, family_name: str = "Nachher") -> None:
    with services.store.session() as session:
        session.add(Client(number=number, family_name=family_name, first_contact_date=date.today()))


def test_round_trip_preserves_every_row_of_every_table(
    demo: tuple[Services, str], tmp_path: Path
) -> None:
    services, _recovery = demo
    before = table_hashes(services)
    steps: list[tuple[int, int]] = []
    info = services.backup.backup_to(tmp_path / "out", lambda d, t: steps.append((d, t)) or True)
    assert info.path.parent == tmp_path / "out"
    assert info.path.name.startswith("MBE-Sicherung-") and info.path.suffix == ".mbebackup"
    assert steps and steps[-1][0] == steps[-1][1]
    assert info.counts["client"] >= 40
    assert [p.name for p in (tmp_path / "out").iterdir()] == [info.path.name]  # no leftovers
    assert services.backup.last_backup() is not None
    add_client(services, "2099-00001")  # a change after the backup: the restore drops it

    restored = restore_backup(services, info.path, TEST_PASSPHRASE)
    try:
        after = table_hashes(restored)
        for table, digest in before.items():
            if table != "audit_event":
                assert after[table] == digest, table
        with restored.store.read_session() as session:
            assert session.scalar(select(Client).where(Client.number == "2099-00001")) is None
        assert restored.store.check().ok
    finally:
        restored.close()
    # The old store is kept as a safety copy that opens with its passphrase.
    [safety] = list(services.paths.safety_copies.glob("before-restore-*"))
    assert sorted(p.name for p in safety.iterdir()) == ["store.db", "store.keys"]
    copy = data_paths(tmp_path / "copy")
    copy.ensure()
    for name in ("store.db", "store.keys"):
        (copy.root / name).write_bytes((safety / name).read_bytes())
    old = unlock_store(copy, TEST_PASSPHRASE)
    try:
        with old.store.read_session() as session:
            assert session.scalar(select(Client).where(Client.number == "2099-00001"))
    finally:
        old.close()
    assert not list(services.paths.root.glob(".mbe-*")), "work folders must be removed"


def test_backup_opens_only_with_its_passphrase_or_recovery_code(
    new_store: tuple[Services, str], tmp_path: Path
) -> None:
    services, recovery = new_store
    info = services.backup.backup_to(tmp_path / "backup.mbebackup")
    paths = services.paths
    with pytest.raises(WrongPassphrase, match="passt nicht zu dieser Sicherung"):
        inspect_backup(paths, info.path, OTHER_PASSPHRASE)
    with pytest.raises(UserError):  # not even shaped like a recovery code
        inspect_backup(paths, info.path, TEST_PASSPHRASE, with_recovery_code=True)
    with pytest.raises(UserError):
        inspect_backup(paths, info.path, "")
    assert inspect_backup(paths, info.path, TEST_PASSPHRASE).counts == info.counts
    checked = inspect_backup(paths, info.path, recovery.lower(), with_recovery_code=True)
    assert checked.manifest.store_id == services.store.slots.store_id
    # A different store's recovery code does not open it.
    other = create_store(
        data_paths(tmp_path / "other"),
        TEST_OFFICE,
        TEST_PASSPHRASE,
        TEST_PASSPHRASE,
        kdf=FAST_TEST_KDF,
    )
    other.services.close()
    with pytest.raises(WrongPassphrase):
        inspect_backup(paths, info.path, other.recovery_code, with_recovery_code=True)
    # The manifest names no person, the file is not a plain SQLite database.
    with zipfile.ZipFile(info.path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert archive.read("store.db")[:16] != b"SQLite format 3\0"
    assert set(manifest) >= {
        "format",
        "version",
        "created_at",
        "app_version",
        "store_id",
        "schema_revision",
        "counts",
        "db_sha256",
    }
    # An existing file is never overwritten.
    with pytest.raises(UserError, match="gibt es schon"):
        services.backup.backup_to(info.path)


def _flip(data: bytes, offset: int) -> bytes:
    return data[:offset] + bytes([data[offset] ^ 0x40]) + data[offset + 1 :]


def _rebuilt_with_flipped_page(source: Path, target: Path) -> None:
    """A damaged page whose zip CRC and manifest checksum were updated to match (so only the
    page HMAC can notice)."""
    with zipfile.ZipFile(source) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        keys = archive.read("store.keys")
        db = _flip(archive.read("store.db"), 4096 + 300)
    manifest["db_sha256"] = hashlib.sha256(db).hexdigest()
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("store.keys", keys)
        archive.writestr("store.db", db)


def test_damaged_or_foreign_files_are_refused_and_the_store_is_untouched(
    demo: tuple[Services, str], tmp_path: Path
) -> None:
    services, _recovery = demo
    info = services.backup.backup_to(tmp_path / "good.mbebackup")
    data = info.path.read_bytes()
    bad = tmp_path / "bad"
    bad.mkdir()
    db_offset = data.index(b"store.db", len(data) // 4 * 0) + 200  # inside the db member
    cases: dict[str, tuple[bytes | None, str]] = {
        "flipped.mbebackup": (_flip(data, len(data) // 2), "beschädigt"),
        "flipped-early.mbebackup": (_flip(data, db_offset + 5000), "beschädigt"),
        "truncated.mbebackup": (data[: len(data) // 2], "unvollständig"),
        "empty.mbebackup": (b"", "leer"),
        "random.mbebackup": (bytes(range(256)) * 64, "keine Sicherung"),
        "page.mbebackup": (None, "Seiten-Prüfsummen"),
    }
    foreign = bad / "foreign.mbebackup"
    with zipfile.ZipFile(foreign, "w") as archive:
        archive.writestr("readme.txt", "hallo")
    cases["foreign.mbebackup"] = (foreign.read_bytes(), "keine Sicherung")
    _rebuilt_with_flipped_page(info.path, bad / "page.mbebackup")

    before = file_bytes(services.paths)
    hashes = table_hashes(services)
    for name, (content, reason) in cases.items():
        path = bad / name
        if content is not None:
            path.write_bytes(content)
        with pytest.raises(BackupRefused) as refused:
            restore_backup(services, path, TEST_PASSPHRASE)
        assert reason in refused.value.message, (name, refused.value.message)
        assert "nichts verändert" in refused.value.message
        assert file_bytes(services.paths) == before, name
    with pytest.raises(BackupRefused, match="gibt es nicht"):
        restore_backup(services, bad / "missing.mbebackup", TEST_PASSPHRASE)
    assert table_hashes(services) == hashes  # still open and unchanged
    assert not list(services.paths.safety_copies.glob("before-restore-*"))
    assert not list(services.paths.root.glob(".mbe-*"))


def test_backup_during_writes_holds_every_earlier_commit_and_no_plain_text(
    demo: tuple[Services, str], tmp_path: Path
) -> None:
    services, _recovery = demo
    committed: list[str] = []
    stop = threading.Event()

    def writer() -> None:
        number = 0
        while not stop.is_set():
            number += 1
            add_client(services, f"2098-{number:05d}", "Zyxquorbelt")
            committed.append(f"2098-{number:05d}")

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(committed) < 20:
            threading.Event().wait(0.01)
        before_start = list(committed)
        info = services.backup.backup_to(tmp_path / "live")
    finally:
        stop.set()
        thread.join()
    work = tmp_path / "verify"
    _info, _keys, database = files.verify_backup(info.path, TEST_PASSPHRASE, PASSPHRASE, work)
    key = services.store.verify_secret(PASSPHRASE, TEST_PASSPHRASE)
    connection = sqlcipher3.connect(str(database))
    connection.execute(f'PRAGMA key = "{raw_key_literal(key)}"')
    numbers = {row[0] for row in connection.execute("SELECT number FROM client")}
    names = [row[0] for row in connection.execute("SELECT family_name FROM client LIMIT 40")]
    connection.close()
    assert set(before_start) <= numbers
    data = info.path.read_bytes()
    for name in {*names, "Zyxquorbelt"}:
        for encoded in (name.encode("utf-8"), name.encode("utf-16-le")):
            assert encoded not in data, "a name in plain text in the backup file"


def test_cancel_leaves_no_file(services: Services, tmp_path: Path) -> None:
    with pytest.raises(BackupCancelled):
        services.backup.backup_to(tmp_path / "out", lambda done, total: False)
    assert list((tmp_path / "out").iterdir()) == []


def test_cancel_while_verifying_leaves_no_file(services: Services, tmp_path: Path) -> None:
    """Cancelled after the copy is complete (while the written file is checked): still no file
    with a final name, and no work folder."""
    cancelled = False

    def progress(done: int, total: int) -> bool:
        nonlocal cancelled
        if cancelled:
            return False
        cancelled = done == total  # the copy is complete: cancel from the next report on
        return True

    with pytest.raises(BackupCancelled):
        services.backup.backup_to(tmp_path / "out", progress)
    assert cancelled
    assert list((tmp_path / "out").iterdir()) == []


def test_automatic_backups_daily_and_pruned(services: Services, tmp_path: Path) -> None:
    backup = services.backup
    assert backup.folder() == services.paths.root / "backups"
    assert backup.keep() == 10 and backup.daily() is True
    assert backup.automatic_due(date(2026, 11, 25))
    backup.set_folder(tmp_path / "auto")
    backup.set_keep(3)
    foreign = tmp_path / "auto" / "eigene.mbebackup"
    start = datetime(2026, 11, 20, 9, 30)
    for day in range(5):
        info = backup.run_automatic(now=start + timedelta(days=day))
        if day == 0:
            foreign.write_bytes(info.path.read_bytes())  # a user's own copy: never pruned
    names = sorted(p.name for p in (tmp_path / "auto").iterdir())
    assert names == [
        "MBE-Sicherung-2026-11-22-0930.mbebackup",
        "MBE-Sicherung-2026-11-23-0930.mbebackup",
        "MBE-Sicherung-2026-11-24-0930.mbebackup",
        "eigene.mbebackup",
    ]
    assert not backup.automatic_due(date(2026, 11, 24))
    assert backup.automatic_due(date(2026, 11, 25))
    backup.set_daily(False)
    assert not backup.automatic_due(date(2026, 11, 25))
    # The unlock screen finds the newest backup without the key.
    newest = newest_backup(services.paths, services.store.slots.store_id)
    assert newest is not None and newest.path.name.endswith("24-0930.mbebackup")
    with pytest.raises(UserError):
        backup.set_folder("relativ/ordner")
    # Two backups in the same minute get distinct names.
    again = backup.backup_to(tmp_path / "auto", now=start + timedelta(days=4))
    assert again.path.name == "MBE-Sicherung-2026-11-24-0930-2.mbebackup"


def test_daily_check_is_remembered(services: Services) -> None:
    assert services.backup.check_due(date(2026, 11, 25))
    assert services.backup.run_check(date(2026, 11, 25)).ok
    assert not services.backup.check_due(date(2026, 11, 25))
    assert services.backup.check_due(date(2026, 11, 26))


def test_interrupted_swap_is_finished_at_the_next_open(
    new_store: tuple[Services, str], tmp_path: Path
) -> None:
    services, _recovery = new_store
    info = services.backup.backup_to(tmp_path / "b.mbebackup")
    add_client(services, "2099-00002")
    paths = services.paths
    prepared = files.prepare_restore(
        paths, info.path, TEST_PASSPHRASE, PASSPHRASE, known_revisions=None
    )
    services.backup.close_for_swap()
    # Simulate a crash after the old database moved away and before the new one moved in.
    safety = paths.safety_copies / "before-restore-crash"
    safety.mkdir()
    (paths.root / files.RESTORE_JOURNAL).write_text(
        json.dumps({"staged": prepared.staged.name, "safety": safety.name})
    )
    paths.database.rename(safety / "store.db")
    store = Store.unlock(paths, TEST_PASSPHRASE)
    try:
        assert store.check().ok
        with store.read_session() as session:
            assert session.scalar(select(Client).where(Client.number == "2099-00002")) is None
    finally:
        store.close()
    assert not (paths.root / files.RESTORE_JOURNAL).exists()
    assert sorted(p.name for p in safety.iterdir()) == ["store.db", "store.keys"]
