"""Command line errors: a usage error is one German line and exit code 2; a bug is one German
line, and the log holds only exception types and code locations, never the message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mbe_desktop import cli
from mbe_desktop.cli import EXIT_BUG, EXIT_OK, EXIT_USAGE, main, usage_error_text
from mbe_desktop.paths import data_paths
from mbe_desktop.runtime import LOG_FILE

ENGLISH = ("usage", "error:", "invalid", "argument", "required", "unrecognized", "expected")
PERSONAL = "Ayşe Öztürk, geboren am 12.03.1985"


def usage_error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as exit_:
        main(list(args))
    assert exit_.value.code == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    return captured.err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["frobnicate"], "mbe-desktop: unbekannter Befehl „frobnicate“ (möglich: init, demo,"),
        (["demo", "--clients", "abc"], "mbe-desktop: --clients: bitte eine ganze Zahl angeben."),
        (["demo", "--clients", "-1"], "mbe-desktop: --clients: erlaubt sind 0 bis 1000000."),
        (["demo", "--seed", "x"], "mbe-desktop: --seed: „x“ ist keine ganze Zahl."),
        (["demo", "--clients"], "mbe-desktop: --clients braucht einen Wert."),
        (["--bogus"], "mbe-desktop: unbekannte Angabe: --bogus."),
        (["restore"], "mbe-desktop: es fehlt: DATEI."),
        (
            ["export-stats", "--out", "x"],
            "mbe-desktop: eine dieser Angaben ist nötig: --period, --from.",
        ),
        (
            ["export-stats", "--period", "2025", "--from", "01.01.2025", "--out", "x"],
            "mbe-desktop: --from und --period lassen sich nicht zusammen angeben.",
        ),
        (["restore", "--yes=ja", "f"], "mbe-desktop: --yes nimmt keinen Wert („ja“)."),
    ],
)
def test_a_usage_error_is_one_german_line(
    capsys: pytest.CaptureFixture[str], args: list[str], expected: str
) -> None:
    err = usage_error(capsys, *args)
    assert err.count("\n") == 1 and err.endswith("\n")
    assert err.startswith(expected), err
    assert not [word for word in ENGLISH if word in err.lower()], err


def test_the_help_hint_names_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        usage_error(capsys, "demo", "--clients", "abc")
        .rstrip()
        .endswith("Hilfe: mbe-desktop demo --help")
    )
    assert usage_error(capsys, "frobnicate").rstrip().endswith("Hilfe: mbe-desktop --help")


def test_an_unknown_argparse_message_is_still_german() -> None:
    assert usage_error_text("something argparse might say one day") == "Aufruf nicht verstanden."
    assert usage_error_text("unrecognized arguments: ../x") == "unbekannte Angabe: ../x."


def test_help_still_works(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["demo", "--help"])
    assert exit_.value.code == EXIT_OK
    out = capsys.readouterr().out
    assert "--clients" in out and "Anzahl Ratsuchende" in out


def test_a_usage_error_in_a_real_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mbe_desktop", "demo", "--clients", "abc"],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"},
    )
    assert result.returncode == EXIT_USAGE
    assert result.stderr == (
        "mbe-desktop: --clients: bitte eine ganze Zahl angeben. Hilfe: mbe-desktop demo --help\n"
    )


def test_a_bug_logs_no_message_and_prints_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def failing_check(*_args: object) -> int:
        raise RuntimeError(PERSONAL)  # a bug whose message quotes a record

    monkeypatch.setattr(cli, "cmd_check", failing_check)
    store_dir = tmp_path / "store"
    assert main(["check", "--data-dir", str(store_dir)]) == EXIT_BUG
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "RuntimeError" in err and "Öztürk" not in err

    log_text = (data_paths(str(store_dir)).log_dir / LOG_FILE).read_text(encoding="utf-8")
    assert "unexpected error in command line" in log_text
    assert "builtins.RuntimeError" in log_text
    assert "cli.py" in log_text and "failing_check" in log_text
    assert "Öztürk" not in log_text and "1985" not in log_text
    assert str(Path.home()) not in log_text


def test_the_command_line_logging_needs_no_qt() -> None:
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "from mbe_desktop import cli\n"
        "from mbe_desktop.runtime import safe_traceback\n"
        "try:\n"
        "    raise ValueError('geheim')\n"
        "except ValueError as error:\n"
        "    text = safe_traceback(error)\n"
        "assert 'builtins.ValueError' in text and 'geheim' not in text, text\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
