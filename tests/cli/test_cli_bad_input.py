"""Bad files and odd input on the command line: the README's exit code, one German line on
stderr, no traceback, and the store's files byte-identical."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import TEST_PASSPHRASE
from mbe_desktop.cli import EXIT_OK, EXIT_STORE, EXIT_USAGE, main
from mbe_desktop.paths import data_paths

ENGLISH = ("Traceback", "Error", "error:", "object", "invalid")


@pytest.fixture(autouse=True)
def no_secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("MBE_PASSPHRASE", "MBE_NEW_PASSPHRASE", "MBE_RECOVERY_CODE"):
        monkeypatch.delenv(name, raising=False)


def store_hashes(root: Path) -> dict[str, str]:
    """Every file of the store and its safety copies (the log folder is allowed to grow)."""
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "logs" not in path.relative_to(root).parts
    }


def one_german_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("mbe-desktop: "), err
    assert not [word for word in ENGLISH if word in err], err
    return err


@pytest.fixture
def store_with_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[Path, Path]:
    store = tmp_path / "store"
    monkeypatch.setenv("MBE_PASSPHRASE", TEST_PASSPHRASE)
    assert main(["demo", "--data-dir", str(store), "--clients", "3", "--insecure-fast-kdf"]) == 0
    backup = tmp_path / "good.mbebackup"
    assert main(["backup", "--data-dir", str(store), "--out", str(backup)]) == EXIT_OK
    capsys.readouterr()
    return store, backup


def _variant(backup: Path, target: Path, **changes: bytes) -> Path:
    with zipfile.ZipFile(backup) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members.update(changes)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    target.write_bytes(buffer.getvalue())
    return target


def test_crafted_backups_are_refused_with_exit_4_and_nothing_changes(
    store_with_backup: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, backup = store_with_backup
    with zipfile.ZipFile(backup) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        keys = json.loads(archive.read("store.keys"))
    empty_manifest = dict(manifest, counts={}, db_sha256=hashlib.sha256(b"").hexdigest(), db_size=0)
    keys["slots"][0]["kdf"]["memory_kib"] = 4 * 1024 * 1024
    variants = {
        "empty-db.mbebackup": {
            "manifest.json": json.dumps(empty_manifest).encode(),
            "store.db": b"",
        },
        "deep.mbebackup": {"manifest.json": b"[" * 100_000 + b"]" * 100_000},
        "huge.mbebackup": {"manifest.json": json.dumps(dict(manifest, db_size=10**40)).encode()},
        "inf.mbebackup": {"manifest.json": json.dumps(dict(manifest, db_size=1e999)).encode()},
        "argon.mbebackup": {"store.keys": json.dumps(keys).encode()},
    }
    before = store_hashes(store)
    for name, changes in variants.items():
        path = _variant(backup, tmp_path / name, **changes)
        code = main(["restore", "--data-dir", str(store), str(path), "--yes"])
        err = one_german_line(capsys.readouterr().err)
        assert code == EXIT_STORE, (name, err)
        assert name in err and "nichts verändert" in err, err
        assert store_hashes(store) == before, name
    assert not list(data_paths(store).safety_copies.glob("before-restore-*"))
    assert main(["check", "--data-dir", str(store)]) == EXIT_OK  # the store still opens


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"a = " + b"[" * 3000 + b"]" * 3000, "zu tief verschachtelt"),
        (b"retention_years = " + b"9" * 5000, "zu vielen Stellen"),
        (b"\xff\xfe\x00", "UTF-8"),
        (b"backup_folder = '/" + b"x" * 3000 + b"'", "Die Voreinstellungen aus"),
    ],
)
def test_bad_presets_files_give_one_german_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    path = tmp_path / "mbe-desktop-presets.toml"
    path.write_bytes(content)
    code = main(["presets", "--data-dir", str(tmp_path / "d"), "--file", str(path)])
    captured = capsys.readouterr()
    if code == EXIT_OK:  # the long folder name is merely a folder that does not exist yet
        assert expected == "Die Voreinstellungen aus" and "in Ordnung" in captured.out
        return
    assert code == EXIT_USAGE
    assert expected in one_german_line(captured.err)


@pytest.mark.parametrize("name", ["x" * 300, "ordner", "fehlt/datei.toml"])
def test_odd_presets_paths_give_one_german_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    (tmp_path / "ordner").mkdir()
    code = main(["presets", "--data-dir", str(tmp_path / "d"), "--file", str(tmp_path / name)])
    assert code == EXIT_USAGE
    err = one_german_line(capsys.readouterr().err)
    assert ("ist ein Ordner" if name == "ordner" else "gibt es nicht") in err, err


def test_a_passphrase_variable_that_is_not_utf8_gets_a_message(
    store_with_backup: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store, backup = store_with_backup
    before = store_hashes(store)
    monkeypatch.setenv("MBE_PASSPHRASE", "Kiefernzapfen\udcff")  # the bytes b"...\xff"
    assert os.environb[b"MBE_PASSPHRASE"].endswith(b"\xff")
    for args in (
        ["check", "--data-dir", str(store)],
        ["restore", "--data-dir", str(store), str(backup), "--yes"],
        ["backup", "--data-dir", str(store), "--out", str(store.parent / "x.mbebackup")],
    ):
        assert main(args) == EXIT_USAGE
        err = one_german_line(capsys.readouterr().err)
        assert "MBE_PASSPHRASE" in err and "UTF-8" in err, err
    assert store_hashes(store) == before


@pytest.mark.skipif(not os.supports_bytes_environ, reason="environment of bytes (POSIX)")
def test_invalid_passphrase_bytes_in_a_real_process(store_with_backup: tuple[Path, Path]) -> None:
    store, _backup = store_with_backup
    before = store_hashes(store)
    src = str(Path(__file__).resolve().parents[2] / "src")
    result = subprocess.run(
        [sys.executable, "-m", "mbe_desktop", "check", "--data-dir", str(store)],
        capture_output=True,
        env={
            b"PATH": b"/usr/bin:/bin",
            b"PYTHONPATH": src.encode(),
            b"PYTHONIOENCODING": b"utf-8",
            b"MBE_PASSPHRASE": b"\xc3\x28\xff-kein-utf8",
        },
    )
    err = result.stderr.decode("utf-8")
    assert result.returncode == EXIT_USAGE, err
    assert "MBE_PASSPHRASE" in one_german_line(err)
    assert store_hashes(store) == before


def test_a_lone_surrogate_passphrase_is_refused_without_a_traceback(
    store_with_backup: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A surrogate that is no escaped byte (e.g. from a broken clipboard) reaches the key slot."""
    store, _backup = store_with_backup
    monkeypatch.setattr("mbe_desktop.cli._env_text", lambda _name: "Kiefernzapfen\ud800")
    assert main(["check", "--data-dir", str(store)]) == EXIT_USAGE
    assert "kein gültiger Text" in one_german_line(capsys.readouterr().err)
