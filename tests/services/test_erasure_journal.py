"""The erasure journal: an erasure followed by the restore of an older backup stays erased.

Real stores, real backups: the backup is made while the client is still there, the client is
erased under the retention rules, the older backup is restored — and the client is erased
again before the store is used, with its statistics-only row, and the user is told.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from privacy_fixtures import add_client
from sqlalchemy import func, select

from conftest import TEST_PASSPHRASE
from mbe_desktop.app import Services, restore_backup, unlock_store
from mbe_desktop.cli import EXIT_OK, main
from mbe_desktop.services.erasure_journal import (
    JOURNAL_FILE,
    ErasureJournal,
    reapplied_message,
)
from mbe_desktop.storage.models import AuditEvent, Client, ErasureJournalEntry

TODAY = date(2025, 6, 1)  # both clients' cases closed in 2022: due under the 3-year default


def client_ids(services: Services) -> set[int]:
    with services.store.read_session() as session:
        return set(session.execute(select(Client.id)).scalars())


def retained_count(services: Services) -> int:
    from mbe_desktop.storage.models import RetainedCaseStatistic

    with services.store.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(RetainedCaseStatistic)) or 0)


def test_erasure_then_restore_of_an_older_backup_erases_again(
    services: Services, tmp_path: Path
) -> None:
    erased = add_client(services, "Löschmann", "Erika", tag="L1")
    kept = add_client(services, "Bleibtreu", "Karl", tag="K1", closed=None)  # case still open
    backup = services.backup.backup_to(tmp_path / "backups")
    assert {erased.id, kept.id} <= client_ids(services)

    result = services.retention.delete_clients([erased.id], TODAY)
    assert result.deleted == 1
    assert (services.paths.root / JOURNAL_FILE).exists()
    journal_bytes = (services.paths.root / JOURNAL_FILE).read_bytes()
    for text in ("Löschmann", "Erika", erased.number):  # no personal data, encrypted
        assert text.encode() not in journal_bytes
    assert json.loads(journal_bytes)["format"] == "mbe-desktop-erasure-journal"

    restored = restore_backup(services, backup.path, TEST_PASSPHRASE)
    try:
        ids = client_ids(restored)
        assert erased.id not in ids and kept.id in ids
        assert retained_count(restored) == 1  # the erased case's statistics-only row
        with restored.store.read_session() as session:
            actions = (
                session.execute(
                    select(AuditEvent.fields).where(
                        AuditEvent.action == "delete", AuditEvent.entity_id == erased.id
                    )
                )
                .scalars()
                .all()
            )
            journaled = session.scalar(select(func.count()).select_from(ErasureJournalEntry))
        assert "restore_reapplied" in actions
        assert journaled == 1  # the restored store's own journal is complete again
        # Restoring the same backup again: the journal still knows, the client goes again.
        backup_again = restored.backup.backup_to(tmp_path / "later")
        assert backup_again.path.exists()
    finally:
        restored.close()


def test_restore_says_how_many_erasures_were_repeated(
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    first = add_client(services, "Alt", "Anna", tag="A1")
    second = add_client(services, "Alt", "Bert", tag="B1")
    backup = services.backup.backup_to(tmp_path / "backups")
    services.retention.delete_clients([first.id, second.id], TODAY)
    root = services.paths.root
    services.close()
    monkeypatch.setenv("MBE_PASSPHRASE", TEST_PASSPHRASE)
    capsys.readouterr()
    assert main(["restore", "--data-dir", str(root), str(backup.path), "--yes"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "2 Löschungen aus der Zeit nach dieser Sicherung wurden erneut ausgeführt." in out
    reopened = unlock_store(services.paths, TEST_PASSPHRASE)
    try:
        assert not {first.id, second.id} & client_ids(reopened)
    finally:
        reopened.close()


def test_an_erasure_before_the_backup_and_a_reused_id_are_left_alone(
    services: Services, tmp_path: Path
) -> None:
    """Only what the backup still holds *and* was erased after it: a client with the same id
    but another number (SQLite reuses the highest id) is not touched."""
    erased = add_client(services, "Früher", "Fritz", tag="F1")
    services.retention.delete_clients([erased.id], TODAY)
    newcomer = add_client(services, "Neu", "Nora", tag="N1", closed=None)
    assert newcomer.id == erased.id  # the id came back, the number did not
    backup = services.backup.backup_to(tmp_path / "backups")
    restored = restore_backup(services, backup.path, TEST_PASSPHRASE)
    try:
        assert newcomer.id in client_ids(restored)
        journal = ErasureJournal(restored.store)
        assert journal.reapply_after_restore(datetime.now() - timedelta(days=1)) == 0
        assert newcomer.id in client_ids(restored)
    finally:
        restored.close()


def test_the_message_counts() -> None:
    assert reapplied_message(0) == ""
    assert (
        reapplied_message(1)
        == "1 Löschung aus der Zeit nach dieser Sicherung wurde erneut ausgeführt."
    )
    assert reapplied_message(3).startswith("3 Löschungen")


def test_automatic_backups_older_than_the_retention_period_are_removed(
    services: Services,
) -> None:
    folder = services.backup.folder()
    now = datetime(2026, 6, 1, 12, 0).astimezone()
    old = services.backup.backup_to(folder, now=now - timedelta(days=4 * 365))
    recent = services.backup.backup_to(folder, now=now - timedelta(days=30))
    services.backup.run_automatic(now=now)
    names = {path.name for path in folder.iterdir()}
    assert old.path.name not in names  # 4 years old, retention 3 years
    assert recent.path.name in names
