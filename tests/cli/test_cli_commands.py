"""The command line contract: exit codes, one-line German errors on stderr, no tracebacks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import TEST_PASSPHRASE
from mbe_desktop import __version__
from mbe_desktop.cli import (
    DEMO_PASSPHRASE,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_STORE,
    EXIT_USAGE,
    EXIT_WRONG_SECRET,
    main,
)
from mbe_desktop.paths import data_paths
from mbe_desktop.storage.store import store_info

NEW_PASSPHRASE = "Wendeltreppe-Sonnenblume-Ahorn-7"


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture(autouse=True)
def no_secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("MBE_PASSPHRASE", "MBE_NEW_PASSPHRASE", "MBE_RECOVERY_CODE"):
        monkeypatch.delenv(name, raising=False)


def run(*args: str) -> int:
    return main(list(args))


def init_store(store_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MBE_PASSPHRASE", TEST_PASSPHRASE)
    code = run(
        "init",
        "--data-dir",
        str(store_dir),
        "--counsellor",
        "Test Beraterin",
        "--office",
        "MBE Teststadt",
        "--insecure-fast-kdf",
    )
    assert code == EXIT_OK


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        run("--version")
    assert exit_.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_init_prints_recovery_code_and_saves_emergency_sheet(
    store_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("MBE_PASSPHRASE", TEST_PASSPHRASE)
    sheet = tmp_path / "notfallblatt.pdf"
    code = run(
        "init", "--data-dir", str(store_dir), "--counsellor", "A B", "--office", "MBE C",
        "--emergency-sheet", str(sheet), "--insecure-fast-kdf",
    )  # fmt: skip
    assert code == EXIT_OK
    out = capsys.readouterr().out
    assert "Wiederherstellungscode" in out
    assert sheet.read_bytes().startswith(b"%PDF")
    recovery = out.split("aufbewahren):")[1].split()[0]
    monkeypatch.setenv("MBE_RECOVERY_CODE", recovery)
    monkeypatch.setenv("MBE_NEW_PASSPHRASE", NEW_PASSPHRASE)
    assert run("passwd", "--data-dir", str(store_dir), "--recovery-code") == EXIT_OK


def test_init_refuses_weak_passphrase(store_dir: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("MBE_PASSPHRASE", "geheim")
    code = run("init", "--data-dir", str(store_dir), "--counsellor", "A", "--office", "B")
    assert code == EXIT_USAGE
    err = capsys.readouterr().err.strip()
    assert err.startswith("mbe-desktop: ") and "\n" not in err
    assert not store_info(data_paths(store_dir)).exists


def test_init_twice_is_refused(store_dir: Path, monkeypatch, capsys) -> None:
    init_store(store_dir, monkeypatch)
    capsys.readouterr()
    code = run("init", "--data-dir", str(store_dir), "--counsellor", "A", "--office", "B")
    assert code == EXIT_USAGE
    assert "schon einen Datenbestand" in capsys.readouterr().err


def test_check_passes_on_a_new_store(store_dir: Path, monkeypatch, capsys) -> None:
    init_store(store_dir, monkeypatch)
    assert run("check", "--data-dir", str(store_dir)) == EXIT_OK
    assert capsys.readouterr().out.count("in Ordnung") == 3


def test_check_with_wrong_passphrase(store_dir: Path, monkeypatch, capsys) -> None:
    init_store(store_dir, monkeypatch)
    monkeypatch.setenv("MBE_PASSPHRASE", "falsch")
    capsys.readouterr()
    assert run("check", "--data-dir", str(store_dir)) == EXIT_WRONG_SECRET
    assert capsys.readouterr().err.strip() == (
        "mbe-desktop: Die Passphrase ist falsch. Es wurde nichts verändert."
    )


def test_check_without_store(store_dir: Path, monkeypatch) -> None:
    monkeypatch.setenv("MBE_PASSPHRASE", TEST_PASSPHRASE)
    assert run("check", "--data-dir", str(store_dir)) == EXIT_STORE


def test_check_reports_damage(store_dir: Path, monkeypatch, capsys) -> None:
    init_store(store_dir, monkeypatch)
    database = data_paths(store_dir).database
    data = bytearray(database.read_bytes())
    data[3 * 4096 + 100] ^= 0xFF
    database.write_bytes(bytes(data))
    capsys.readouterr()
    assert run("check", "--data-dir", str(store_dir)) in (EXIT_STORE, EXIT_PROBLEMS)
    assert "beschädigt" in capsys.readouterr().err


def test_no_passphrase_without_terminal(store_dir: Path, monkeypatch, capsys) -> None:
    init_store(store_dir, monkeypatch)
    monkeypatch.delenv("MBE_PASSPHRASE")
    monkeypatch.setattr(sys, "stdin", open("/dev/null"))  # noqa: SIM115
    assert run("check", "--data-dir", str(store_dir)) == EXIT_USAGE
    assert "MBE_PASSPHRASE" in capsys.readouterr().err


def test_passwd_changes_the_passphrase(store_dir: Path, monkeypatch) -> None:
    init_store(store_dir, monkeypatch)
    monkeypatch.setenv("MBE_NEW_PASSPHRASE", NEW_PASSPHRASE)
    assert run("passwd", "--data-dir", str(store_dir), "--insecure-fast-kdf") == EXIT_OK
    assert run("check", "--data-dir", str(store_dir)) == EXIT_WRONG_SECRET
    monkeypatch.setenv("MBE_PASSPHRASE", NEW_PASSPHRASE)
    assert run("check", "--data-dir", str(store_dir)) == EXIT_OK


def test_passwd_refuses_weak_new_passphrase(store_dir: Path, monkeypatch) -> None:
    init_store(store_dir, monkeypatch)
    monkeypatch.setenv("MBE_NEW_PASSPHRASE", "abc")
    assert run("passwd", "--data-dir", str(store_dir)) == EXIT_USAGE
    assert run("check", "--data-dir", str(store_dir)) == EXIT_OK


def test_demo_store_is_marked_and_prints_its_passphrase(store_dir: Path, capsys) -> None:
    code = run("demo", "--data-dir", str(store_dir), "--clients", "25", "--insecure-fast-kdf")
    assert code == EXIT_OK
    assert DEMO_PASSPHRASE in capsys.readouterr().out
    info = store_info(data_paths(store_dir))
    assert info.is_demo and info.demo_passphrase == DEMO_PASSPHRASE


@pytest.mark.parametrize("clients", ["abc", "-1", "99999999"])
def test_demo_rejects_bad_client_counts(store_dir: Path, clients: str, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        run("demo", "--data-dir", str(store_dir), "--clients", clients)
    assert exit_.value.code == EXIT_USAGE
    assert "--clients" in capsys.readouterr().err


def test_installed_entry_point_in_a_real_process(store_dir: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "MBE_PASSPHRASE": "falsch"}
    version = subprocess.run(
        [sys.executable, "-m", "mbe_desktop", "--version"], capture_output=True, text=True, env=env
    )
    assert version.returncode == 0 and __version__ in version.stdout
    check = subprocess.run(
        [sys.executable, "-m", "mbe_desktop", "check", "--data-dir", str(store_dir)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert check.returncode == EXIT_STORE
    assert check.stderr.count("\n") == 1 and "Traceback" not in check.stderr
