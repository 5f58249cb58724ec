"""``mbe-desktop export-stats``: periods, exit codes, one-line German errors, the written .zip."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest

from mbe_desktop.cli import (
    DEMO_PASSPHRASE,
    EXIT_OK,
    EXIT_STORE,
    EXIT_USAGE,
    EXIT_WRONG_SECRET,
    main,
)


@pytest.fixture(autouse=True)
def no_secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("MBE_PASSPHRASE", "MBE_NEW_PASSPHRASE", "MBE_RECOVERY_CODE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "store"
    code = main(["demo", "--data-dir", str(folder), "--clients", "40", "--insecure-fast-kdf"])
    assert code == EXIT_OK
    return folder


def export(demo_dir: Path, *args: str) -> int:
    return main(["export-stats", "--data-dir", str(demo_dir), *args])


def test_export_period_to_a_folder(
    demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("MBE_PASSPHRASE", DEMO_PASSPHRASE)
    year = str(date.today().year)
    assert export(demo_dir, "--period", f"{year}-H1", "--out", str(tmp_path)) == EXIT_OK
    written = tmp_path / f"MBE-Statistik_DEMO-001_{year}-H1.zip"
    out = capsys.readouterr().out
    assert str(written) in out and "SHA-256" in out
    with zipfile.ZipFile(written) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["period"]["key"] == f"{year}-H1"
    assert manifest["office_code"] == "DEMO-001"
    # Again: the earlier export is named.
    assert export(demo_dir, "--period", f"{year}-H1", "--out", str(tmp_path / "b.zip")) == EXIT_OK
    assert "schon exportiert" in capsys.readouterr().out


def test_export_from_to(
    demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("MBE_PASSPHRASE", DEMO_PASSPHRASE)
    code = export(
        demo_dir, "--from", "01.01.2025", "--to", "2025-03-31", "--out", str(tmp_path / "q.zip")
    )
    assert code == EXIT_OK
    with zipfile.ZipFile(tmp_path / "q.zip") as archive:
        tables = json.loads(archive.read("tables.json"))
    assert tables["period"]["key"] == "2025-Q1"  # the range is exactly a quarter


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--period", "2025-H3"], "kein gültiger Zeitraum"),
        (["--from", "01.05.2025", "--to", "01.04.2025"], "liegt nach dem Ende"),
        (["--from", "01.05.2025"], "Zu --from gehört --to"),
        (["--period", "2025", "--to", "01.04.2025"], "entweder --period"),
        (["--period", "2099"], "nach dem heutigen Tag"),
        # Free ranges could be differenced against each other: only on screen.
        (["--from", "01.01.2025", "--to", "15.03.2025"], "nur ganze Jahre"),
    ],
)
def test_bad_input_exits_2_with_one_german_line(
    demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, args, message
) -> None:
    monkeypatch.setenv("MBE_PASSPHRASE", DEMO_PASSPHRASE)
    assert export(demo_dir, *args, "--out", str(tmp_path / "x.zip")) == EXIT_USAGE
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.zip").exists()


def test_unwritable_target_exits_2(
    demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("MBE_PASSPHRASE", DEMO_PASSPHRASE)
    code = export(demo_dir, "--period", "2025", "--out", str(tmp_path / "no" / "x.zip"))
    assert code == EXIT_USAGE
    assert "gibt es nicht" in capsys.readouterr().err


def test_missing_period_is_a_usage_error(demo_dir: Path, tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        export(demo_dir, "--out", str(tmp_path))
    assert exit_.value.code == 2


def test_wrong_passphrase_and_missing_store(
    demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MBE_PASSPHRASE", "falsch-falsch-falsch-falsch")
    assert export(demo_dir, "--period", "2025", "--out", str(tmp_path)) == EXIT_WRONG_SECRET
    assert not list(tmp_path.iterdir())
    code = main(
        ["export-stats", "--data-dir", str(tmp_path / "none"), "--period", "2025", "--out",
         str(tmp_path)]
    )  # fmt: skip
    assert code == EXIT_STORE
