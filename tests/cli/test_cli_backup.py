"""mbe-desktop backup / restore: exit codes, prompts, refusal of damaged backups."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import TEST_PASSPHRASE
from mbe_desktop.cli import EXIT_OK, EXIT_STORE, EXIT_USAGE, EXIT_WRONG_SECRET, main
from mbe_desktop.paths import data_paths


@pytest.fixture(autouse=True)
def no_secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("MBE_PASSPHRASE", "MBE_NEW_PASSPHRASE", "MBE_RECOVERY_CODE"):
        monkeypatch.delenv(name, raising=False)


def test_backup_and_restore_from_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store"
    monkeypatch.setenv("MBE_PASSPHRASE", TEST_PASSPHRASE)
    args = ["--data-dir", str(store)]
    assert main(["demo", *args, "--clients", "5", "--insecure-fast-kdf"]) == EXIT_OK
    out = tmp_path / "out"
    assert main(["backup", *args, "--out", str(out)]) == EXIT_OK
    [backup] = list(out.iterdir())
    printed = capsys.readouterr().out
    assert "Sicherung angelegt und geprüft" in printed and "5 Ratsuchende" in printed
    assert main(["backup", *args]) == EXIT_OK  # default: the backup folder in the data dir
    assert len(list((store / "backups").glob("*.mbebackup"))) == 1

    # No terminal and no --yes: refused, nothing changed.
    before = (store / "store.db").read_bytes()
    assert main(["restore", *args, str(backup)]) == EXIT_USAGE
    assert (store / "store.db").read_bytes() == before
    assert main(["restore", *args, str(backup), "--yes"]) == EXIT_OK
    printed = capsys.readouterr().out
    assert "5 Ratsuchende" in printed and "Wiederhergestellt" in printed
    assert len(list(data_paths(store).safety_copies.glob("before-restore-*"))) == 1

    monkeypatch.setenv("MBE_PASSPHRASE", "falsch-falsch-falsch")
    assert main(["restore", *args, str(backup), "--yes"]) == EXIT_WRONG_SECRET
    monkeypatch.setenv("MBE_PASSPHRASE", TEST_PASSPHRASE)
    damaged = tmp_path / "damaged.mbebackup"
    data = backup.read_bytes()
    damaged.write_bytes(data[: len(data) - 5000])
    assert main(["restore", *args, str(damaged), "--yes"]) == EXIT_STORE
    assert "unvollständig" in capsys.readouterr().err
    assert main(["restore", *args, str(tmp_path / "fehlt.mbebackup"), "--yes"]) == EXIT_STORE
    assert main(["backup", *args, "--out", str(backup)]) == EXIT_USAGE  # never overwritten


def test_restore_into_an_empty_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MBE_PASSPHRASE", TEST_PASSPHRASE)
    store = tmp_path / "store"
    assert main(["demo", "--data-dir", str(store), "--clients", "2", "--insecure-fast-kdf"]) == 0
    target = tmp_path / "b.mbebackup"
    assert main(["backup", "--data-dir", str(store), "--out", str(target)]) == EXIT_OK
    fresh = tmp_path / "new-laptop"
    assert main(["restore", "--data-dir", str(fresh), str(target), "--yes"]) == EXIT_OK
    assert main(["check", "--data-dir", str(fresh)]) == EXIT_OK
