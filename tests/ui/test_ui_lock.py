"""Locking: Ctrl+L, idle time, sleep (wall-clock jump), modal dialogs, drafts, quitting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from ui_support import (
    OFFSCREEN_NOISE,
    PASSPHRASE,
    Harness,
    StoreFixture,
    idle_for,
    make_store,
    unlock,
)

from mbe_desktop.services.settings import AUTO_LOCK_MINUTES
from mbe_desktop.ui.controller import LOCK_FILE_NAME, AppController, State
from mbe_desktop.ui.main_window import SETTINGS
from mbe_desktop.ui.tasks import SyncRunner
from mbe_desktop.ui.views.settings import OFFICE_DRAFT_KEY

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def harness(qtbot: QtBot) -> Iterator[Harness]:
    harness = Harness()
    yield harness
    harness.close()


@pytest.fixture
def store(tmp_path: Path) -> StoreFixture:
    return make_store(tmp_path)


@pytest.fixture
def unlocked(harness: Harness, store: StoreFixture) -> AppController:
    controller = harness.controller(store.paths)
    unlock(controller)
    assert controller.state is State.UNLOCKED
    return controller


def test_ctrl_l_locks_and_closes_the_main_window(qtbot: QtBot, unlocked: AppController) -> None:
    main = unlocked.main_window
    services = unlocked.services
    assert main is not None and services is not None
    qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert unlocked.state is State.LOCKED
    assert unlocked.main_window is None and unlocked.services is None
    assert not main.isVisible()
    window = unlocked.unlock_window
    assert window is not None and window.isVisible()
    assert window.reason.text() == "Gesperrt mit Strg+L."
    qtbot.waitUntil(lambda: not _alive(main))  # deleted, not just hidden
    unlock(unlocked)
    assert unlocked.state is State.UNLOCKED


def _alive(widget: object) -> bool:
    from shiboken6 import Shiboken

    return bool(Shiboken.isValid(widget))


def test_idle_lock_keeps_a_draft_and_restores_it(harness: Harness, unlocked: AppController) -> None:
    main = unlocked.main_window
    assert main is not None
    main.show_view(SETTINGS)
    section = main.settings.office
    section.form.edits["phone"].setText("0123 456789")
    section.form.edits["phone"].textEdited.emit("0123 456789")
    assert section.save_button.isEnabled()

    idle_for(unlocked, harness.clock, 9 * 60)
    assert unlocked.state is State.UNLOCKED
    idle_for(unlocked, harness.clock, 60)
    assert unlocked.state is State.LOCKED
    window = unlocked.unlock_window
    assert window is not None
    assert window.reason.text() == "Automatisch gesperrt nach 10 Minuten ohne Eingabe."

    unlock(unlocked)
    main = unlocked.main_window
    assert main is not None and unlocked.services is not None
    assert main.current_view_index() == SETTINGS  # back where the counsellor was
    section = main.settings.office
    assert section.form.edits["phone"].text() == "0123 456789"
    assert section.notice.text().startswith("Nicht gespeicherte Eingaben wurden wiederhergestellt.")
    assert main.statusBar().currentMessage() == (
        "Nicht gespeicherte Eingaben wurden wiederhergestellt."
    )
    assert section.save_button.isEnabled()
    assert unlocked.services.drafts.keys() == [OFFICE_DRAFT_KEY]
    section.save_button.click()
    assert unlocked.services.office.profile().phone == "0123 456789"
    assert unlocked.services.drafts.keys() == []


def test_reverting_discards_the_draft(harness: Harness, unlocked: AppController) -> None:
    main = unlocked.main_window
    assert main is not None
    section = main.settings.office
    section.form.edits["city"].setText("Anderswo")
    section.form.edits["city"].textEdited.emit("Anderswo")
    main.lock_action.trigger()
    unlock(unlocked)
    main = unlocked.main_window
    assert main is not None and unlocked.services is not None
    section = main.settings.office
    assert section.form.edits["city"].text() == "Anderswo"
    section.revert_button.click()
    assert section.form.edits["city"].text() == "Teststadt"
    assert unlocked.services.drafts.keys() == []


def test_no_draft_without_changes(unlocked: AppController) -> None:
    assert unlocked.main_window is not None
    unlocked.main_window.lock_action.trigger()
    unlock(unlocked)
    assert unlocked.services is not None
    assert unlocked.services.drafts.keys() == []
    assert unlocked.main_window is not None
    assert not unlocked.main_window.settings.office.notice.isVisible()


def test_input_resets_the_idle_time(
    qtbot: QtBot, harness: Harness, unlocked: AppController
) -> None:
    main = unlocked.main_window
    assert main is not None
    idle_for(unlocked, harness.clock, 9 * 60)
    qtbot.keyClick(main.navigation, Qt.Key.Key_Down)
    idle_for(unlocked, harness.clock, 2 * 60)
    assert unlocked.state is State.UNLOCKED


def test_wall_clock_jump_locks_with_the_sleep_reason(
    harness: Harness, unlocked: AppController
) -> None:
    unlocked.idle.note_input()
    harness.clock.advance(11 * 60)  # one tick later: the machine was asleep
    unlocked.idle.check()
    assert unlocked.state is State.LOCKED
    assert unlocked.unlock_window is not None
    assert unlocked.unlock_window.reason.text() == (
        "Gesperrt, weil der Rechner im Ruhezustand war."
    )


def test_clock_set_back_does_not_lock(harness: Harness, unlocked: AppController) -> None:
    harness.clock.advance(-3600)
    unlocked.idle.check()
    idle_for(unlocked, harness.clock, 5 * 60)
    assert unlocked.state is State.UNLOCKED


def test_changed_auto_lock_minutes_apply_at_once(harness: Harness, unlocked: AppController) -> None:
    main = unlocked.main_window
    assert main is not None and unlocked.services is not None
    spin = main.settings.security.minutes
    assert spin.value() == 10
    spin.setValue(3)
    assert unlocked.services.settings.get_int(AUTO_LOCK_MINUTES) == 3
    idle_for(unlocked, harness.clock, 3 * 60)
    assert unlocked.state is State.LOCKED
    assert unlocked.unlock_window is not None
    assert unlocked.unlock_window.reason.text() == (
        "Automatisch gesperrt nach 3 Minuten ohne Eingabe."
    )
    unlock(unlocked)
    assert unlocked.idle.limit_seconds == 180
    assert unlocked.main_window is not None
    assert unlocked.main_window.settings.security.minutes.value() == 3


def test_longer_auto_lock_needs_the_passphrase(harness: Harness, unlocked: AppController) -> None:
    main = unlocked.main_window
    assert main is not None and unlocked.services is not None
    security = main.settings.security
    security.minutes.setValue(30)
    # Not stored yet: a longer idle time weakens protection and asks for the passphrase first.
    assert unlocked.services.settings.get_int(AUTO_LOCK_MINUTES) == 10
    assert security.minutes.value() == 10
    dialog = security.reauth
    assert dialog is not None and dialog.isVisible()
    dialog.secret.setText("falsch")
    dialog.submit()
    assert unlocked.services.settings.get_int(AUTO_LOCK_MINUTES) == 10
    dialog.secret.setText(PASSPHRASE)
    dialog.submit()
    assert unlocked.services.settings.get_int(AUTO_LOCK_MINUTES) == 30
    assert security.minutes.value() == 30
    assert unlocked.idle.limit_seconds == 30 * 60


def test_lock_closes_open_modal_dialogs(harness: Harness, unlocked: AppController) -> None:
    main = unlocked.main_window
    assert main is not None
    main.show_view(SETTINGS)
    security = main.settings.security
    security.open_change_dialog()
    dialog = security.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.old.setText("geheim-geheim-geheim")
    about = [main.show_about()]
    assert about[0].isVisible()

    idle_for(unlocked, harness.clock, 10 * 60)
    assert unlocked.state is State.LOCKED
    assert not dialog.isVisible()
    assert not about[0].isVisible()
    assert dialog.old.text() == ""
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [unlocked.unlock_window]


def test_lock_ends_a_nested_modal_event_loop(harness: Harness, unlocked: AppController) -> None:
    """Code (ours or Qt's) running QDialog.exec() must not keep a window open after a lock."""
    main = unlocked.main_window
    assert main is not None
    box = QMessageBox(QMessageBox.Icon.Question, "Frage", "Wirklich?", parent=main)
    safety = QTimer()
    safety.setSingleShot(True)
    safety.timeout.connect(box.reject)  # never hang the test run
    safety.start(5000)

    def lock_from_inside() -> None:
        idle_for(unlocked, harness.clock, 10 * 60)

    QTimer.singleShot(50, lock_from_inside)
    result = box.exec()
    safety.stop()
    assert result == QDialog.DialogCode.Rejected
    assert unlocked.state is State.LOCKED


def test_ctrl_l_inside_a_modal_dialog_locks(qtbot: QtBot, unlocked: AppController) -> None:
    main = unlocked.main_window
    assert main is not None
    main.settings.security.open_change_dialog()
    dialog = main.settings.security.dialog
    assert dialog is not None
    dialog.activateWindow()
    dialog.old.edit.setFocus()
    assert QApplication.activeModalWidget() is dialog
    qtbot.keyClick(dialog.old.edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert unlocked.state is State.LOCKED
    assert unlocked.unlock_window is not None
    assert unlocked.unlock_window.reason.text() == "Gesperrt mit Strg+L."


def test_quit_keeps_a_draft_and_releases_the_store(
    qtbot: QtBot, harness: Harness, store: StoreFixture, unlocked: AppController
) -> None:
    main = unlocked.main_window
    assert main is not None
    codes: list[int] = []
    unlocked.finished.connect(codes.append)
    edit = main.settings.office.form.edits["provider"]
    edit.setText("Neuer Träger e. V.")
    edit.textEdited.emit(edit.text())
    qtbot.keyClick(main, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert unlocked.state is State.CLOSED
    assert codes == [0]
    assert not main.isVisible()
    assert not (store.paths.root / LOCK_FILE_NAME).exists()
    # A new instance can open the store, and finds the draft.
    again = harness.controller(store.paths)
    unlock(again, PASSPHRASE)
    assert again.main_window is not None
    assert again.main_window.settings.office.form.edits["provider"].text() == "Neuer Träger e. V."


def test_closing_the_main_window_quits(unlocked: AppController) -> None:
    assert unlocked.main_window is not None
    unlocked.main_window.close()
    assert unlocked.state is State.CLOSED


class BusyRunner(SyncRunner):
    """Pretends a key-file write is still running."""

    busy = True


def test_lock_waits_for_running_work(qtbot: QtBot, harness: Harness, store: StoreFixture) -> None:
    runner = BusyRunner()
    controller = harness.controller(store.paths, runner=runner)
    unlock(controller)
    assert controller.state is State.UNLOCKED
    assert controller.main_window is not None
    controller.main_window.lock_action.trigger()
    assert controller.state is State.UNLOCKED  # deferred, not dropped
    runner.busy = False
    qtbot.waitUntil(lambda: controller.state is State.LOCKED, timeout=2000)
