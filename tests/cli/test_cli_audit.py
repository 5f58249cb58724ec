"""Commands that open the store write ``unlock`` to the audit trail, as the window does; a wrong
passphrase writes nothing at all."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from conftest import TEST_PASSPHRASE
from mbe_desktop.app import unlock_store
from mbe_desktop.cli import EXIT_OK, EXIT_WRONG_SECRET, main
from mbe_desktop.paths import data_paths
from mbe_desktop.storage.models import AuditEvent

NEW_PASSPHRASE = "Wendeltreppe-Sonnenblume-Ahorn-7"


@pytest.fixture(autouse=True)
def no_secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("MBE_PASSPHRASE", "MBE_NEW_PASSPHRASE", "MBE_RECOVERY_CODE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def store_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "store"
    monkeypatch.setenv("MBE_PASSPHRASE", TEST_PASSPHRASE)
    code = main(
        [
            "init",
            "--data-dir",
            str(folder),
            "--counsellor",
            "Test Beraterin",
            "--office",
            "MBE Teststadt",
            "--insecure-fast-kdf",
        ]
    )
    assert code == EXIT_OK
    return folder


def unlock_events(store_dir: Path, passphrase: str = TEST_PASSPHRASE) -> list[tuple[str, str]]:
    """(action, fields) of the unlock events; reading them writes nothing."""
    services = unlock_store(data_paths(store_dir), passphrase)
    try:
        with services.store.read_session() as session:
            rows = session.execute(
                select(AuditEvent.action, AuditEvent.fields)
                .where(AuditEvent.action.in_(("unlock", "unlock_failed")))
                .order_by(AuditEvent.id)
            ).all()
    finally:
        services.close()
    return [(action, fields) for action, fields in rows]


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_init_is_no_unlock(store_dir: Path) -> None:
    assert unlock_events(store_dir) == []


def test_each_command_that_opens_the_store_audits_the_unlock(
    store_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = ["--data-dir", str(store_dir)]
    assert main(["check", *folder]) == EXIT_OK
    assert main(["backup", *folder, "--out", str(tmp_path / "b")]) == EXIT_OK
    out = str(tmp_path / "stats.zip")
    assert main(["export-stats", *folder, "--period", "2025", "--out", out]) == EXIT_OK
    assert unlock_events(store_dir) == [("unlock", "command_line")] * 3

    [backup] = list((tmp_path / "b").iterdir())
    assert main(["restore", *folder, str(backup), "--yes"]) == EXIT_OK
    # The restored store is the backup (two unlocks in it) plus the unlock after the swap.
    assert unlock_events(store_dir) == [("unlock", "command_line")] * 3

    monkeypatch.setenv("MBE_NEW_PASSPHRASE", NEW_PASSPHRASE)
    assert main(["passwd", *folder, "--insecure-fast-kdf"]) == EXIT_OK
    assert unlock_events(store_dir, NEW_PASSPHRASE) == [("unlock", "command_line")] * 4


def test_a_wrong_passphrase_writes_nothing(
    store_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["check", "--data-dir", str(store_dir)]) == EXIT_OK
    before = fingerprint(store_dir)
    monkeypatch.setenv("MBE_PASSPHRASE", "falsch-falsch-falsch")
    for command in ("check", "backup"):
        assert main([command, "--data-dir", str(store_dir)]) == EXIT_WRONG_SECRET
    assert fingerprint(store_dir) == before  # no audit entry, no marker file, nothing
    # The command ended with the failed attempt, so the next open has none to record.
    monkeypatch.setenv("MBE_PASSPHRASE", TEST_PASSPHRASE)
    assert main(["check", "--data-dir", str(store_dir)]) == EXIT_OK
    assert unlock_events(store_dir) == [("unlock", "command_line")] * 2
