"""The re-authentication dialog: passphrase or recovery code, inline errors, lock closes it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_support import OFFSCREEN_NOISE, PASSPHRASE, Harness, make_store, unlock

from mbe_desktop.app import Services
from mbe_desktop.ui.controller import LockReason, State
from mbe_desktop.ui.widgets.reauth import ReauthDialog, ask_passphrase_again

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _open(qtbot: QtBot, services: Services) -> tuple[QWidget, ReauthDialog, list[str]]:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    calls: list[str] = []
    dialog = ask_passphrase_again(parent, services, "Daten löschen", lambda: calls.append("ok"))
    return parent, dialog, calls


def test_right_passphrase_runs_the_action(qtbot: QtBot, services: Services) -> None:
    _parent, dialog, calls = _open(qtbot, services)
    assert "Bitte bestätigen Sie mit Ihrer Passphrase: Daten löschen" in dialog.message.text()
    assert dialog.isVisible()
    dialog.ok_button.click()  # empty
    assert "Bitte geben Sie" in dialog.error.text() and calls == []
    dialog.secret.setText("falsch-falsch-falsch")
    dialog.ok_button.click()
    assert dialog.error.text() == "Die Passphrase ist falsch."
    assert dialog.isVisible() and calls == [] and dialog.secret.text() == ""
    dialog.secret.setText(PASSPHRASE)
    dialog.ok_button.click()
    assert calls == ["ok"]
    assert not dialog.isVisible()
    assert QApplication.overrideCursor() is None


def test_recovery_code_works_too(qtbot: QtBot, new_store: tuple[Services, str]) -> None:
    services, recovery_code = new_store
    _parent, dialog, calls = _open(qtbot, services)
    dialog.use_recovery.setChecked(True)
    dialog.secret.setText("0000-1111")
    dialog.ok_button.click()
    assert dialog.error.text() and calls == []
    dialog.secret.setText(PASSPHRASE)  # the passphrase is not a recovery code
    dialog.ok_button.click()
    assert calls == []
    dialog.secret.setText(recovery_code.lower().replace("-", " "))
    dialog.ok_button.click()
    assert calls == ["ok"]


def test_cancel_runs_nothing(qtbot: QtBot, services: Services) -> None:
    _parent, dialog, calls = _open(qtbot, services)
    dialog.secret.setText(PASSPHRASE)
    dialog.reject()
    assert calls == [] and not dialog.isVisible()


def test_lock_closes_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    harness = Harness()
    try:
        controller = harness.controller(make_store(tmp_path).paths)
        unlock(controller)
        assert controller.state is State.UNLOCKED
        main, services = controller.main_window, controller.services
        assert main is not None and services is not None
        calls: list[str] = []
        dialog = ask_passphrase_again(main, services, "Test", lambda: calls.append("ok"))
        dialog.secret.setText(PASSPHRASE)
        controller.lock(LockReason.MANUAL)
        assert not dialog.isVisible() and calls == []
    finally:
        harness.close()
