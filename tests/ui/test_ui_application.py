"""Application set-up, the crash dialog without personal data, the task runners, run_gui."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer, qWarning
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_support import OFFSCREEN_NOISE

from mbe_desktop.paths import data_paths
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.ui import run_gui
from mbe_desktop.ui.application import configure_application, install_message_handler
from mbe_desktop.ui.crash import CrashDialog, CrashHandler, crash_details, safe_traceback
from mbe_desktop.ui.tasks import SyncRunner, ThreadPoolRunner

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

CANARY = "Canary-Mustermann-4711"


def raise_with_personal_data() -> None:
    try:
        {"name": CANARY}["missing"]
    except KeyError as error:
        raise ValueError(f"could not store {CANARY} at /home/{CANARY}/x") from error


def caught() -> BaseException:
    try:
        raise_with_personal_data()
    except ValueError as error:
        return error
    raise AssertionError("no exception")


def test_crash_details_hold_no_message_text() -> None:
    details = crash_details(caught())
    assert CANARY not in details
    assert "builtins.ValueError" in details
    assert "builtins.KeyError" in details
    assert "test_ui_application.py" in details
    assert "raise_with_personal_data" in details
    assert str(Path.home()) not in safe_traceback(caught())


def test_crash_handler_shows_each_bug_once(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    handler = CrashHandler()
    error = caught()
    with caplog.at_level(logging.ERROR):
        handler(type(error), error, error.__traceback__)
        handler(type(error), error, error.__traceback__)
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()
    ]
    assert len(dialogs) == 1
    assert CANARY not in caplog.text
    dialogs[0].copy_details()
    assert "builtins.ValueError" in QApplication.clipboard().text()
    dialogs[0].close()


def test_crash_handler_installs_and_uninstalls() -> None:
    previous = sys.excepthook
    handler = CrashHandler()
    handler.install()
    assert sys.excepthook is handler
    handler.uninstall()
    assert sys.excepthook is previous


def test_configure_application_sets_german_defaults(qapp: QApplication) -> None:
    translators = configure_application(qapp)
    assert QApplication.applicationName() == "MBE Desktop"
    assert QLocale().name() == "de_DE"
    assert not qapp.quitOnLastWindowClosed()
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.mark.qt_no_exception_capture
def test_qt_messages_go_to_logging(caplog: pytest.LogCaptureFixture) -> None:
    from PySide6.QtCore import qInstallMessageHandler

    previous = install_message_handler()
    try:
        with caplog.at_level(logging.WARNING, logger="mbe_desktop.qt"):
            qWarning("a test warning from Qt")
    finally:
        qInstallMessageHandler(previous)
    assert "a test warning from Qt" in caplog.text


def test_sync_runner_reports_errors() -> None:
    results: list[object] = []
    runner = SyncRunner()
    runner.run(lambda: 42, results.append, results.append)
    runner.run(lambda: 1 / 0, results.append, results.append)
    assert results[0] == 42
    assert isinstance(results[1], ZeroDivisionError)


def test_thread_pool_runner_delivers_on_the_gui_thread(qtbot: QtBot) -> None:
    import threading

    runner = ThreadPoolRunner()
    seen: list[tuple[object, bool]] = []
    gui_thread = threading.get_ident()

    def work() -> int:
        assert threading.get_ident() != gui_thread
        return 7

    runner.run(work, lambda r: seen.append((r, threading.get_ident() == gui_thread)), print)
    assert runner.busy
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [(7, True)]
    assert not runner.busy


def test_run_gui_starts_and_ends(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "gui")

    def close_wizard() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.windowTitle() == "MBE Desktop – Einrichtung":
                widget.close()  # cancels the wizard: the app ends with code 0

    QTimer.singleShot(200, close_wizard)
    hook = sys.excepthook
    assert run_gui(paths, FAST_TEST_KDF) == 0
    assert sys.excepthook is hook
    assert not (paths.root / "mbe-desktop.lock").exists()
