"""Global options before or after the command; the restore confirmation names the folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import TEST_PASSPHRASE
from mbe_desktop.cli import EXIT_OK, build_parser, main
from mbe_desktop.paths import data_paths


@pytest.fixture(autouse=True)
def default_store_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The default data folder (platformdirs) points into tmp_path, to see it stays empty."""
    home = tmp_path / "default-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("MBE_PASSPHRASE", TEST_PASSPHRASE)
    return home


@pytest.mark.parametrize("before", [True, False])
def test_data_dir_counts_before_and_after_the_command(before: bool, tmp_path: Path) -> None:
    folder = str(tmp_path / "x")
    for command in ("check", "passwd", "backup", "demo"):
        argv = ["--data-dir", folder, command] if before else [command, "--data-dir", folder]
        assert build_parser().parse_args(argv).data_dir == folder
    assert build_parser().parse_args(["check"]).data_dir is None


def test_restore_with_data_dir_before_the_command_replaces_that_store_only(
    tmp_path: Path, default_store_elsewhere: Path
) -> None:
    store = tmp_path / "x"
    assert main(["--data-dir", str(store), "demo", "--clients", "2", "--insecure-fast-kdf"]) == 0
    backups = tmp_path / "backups"
    assert main(["--data-dir", str(store), "backup", "--out", str(backups)]) == EXIT_OK
    backup = next(backups.glob("*.mbebackup"))
    assert main(["--data-dir", str(store), "restore", str(backup), "--yes"]) == EXIT_OK
    assert any(
        path.name.startswith("before-restore") for path in (store / "safety-copies").iterdir()
    )
    default = data_paths(None)
    assert str(default.root).startswith(str(default_store_elsewhere))
    assert not default.database.exists() and not default.key_slots.exists()


def test_restore_confirmation_names_the_store_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "x"
    assert main(["demo", "--data-dir", str(store), "--clients", "2", "--insecure-fast-kdf"]) == 0
    assert main(["backup", "--data-dir", str(store), "--out", str(tmp_path / "b")]) == EXIT_OK
    backup = next((tmp_path / "b").glob("*.mbebackup"))
    database_before = (store / "store.db").read_bytes()
    prompts: list[str] = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: prompts.append(prompt) or "n")
    capsys.readouterr()
    assert main(["restore", "--data-dir", str(store), str(backup)]) == EXIT_OK
    assert len(prompts) == 1 and str(store.resolve()) in prompts[0]
    assert "ersetzen" in prompts[0]
    assert "Es wurde nichts verändert" in capsys.readouterr().out
    assert (store / "store.db").read_bytes() == database_before
