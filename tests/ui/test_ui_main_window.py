"""Main window: navigation, views, settings (office profile, passphrase change), menus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from ui_support import (
    NEW_PASSPHRASE,
    OFFSCREEN_NOISE,
    PASSPHRASE,
    Harness,
    StoreFixture,
    make_store,
    unlock,
)

from mbe_desktop import __version__
from mbe_desktop.ui.controller import AppController, LockReason, State
from mbe_desktop.ui.dialogs.change_passphrase import ChangePassphraseDialog
from mbe_desktop.ui.main_window import CLIENTS, SETTINGS, TODAY, MainWindow
from mbe_desktop.ui.widgets.screen_fit import available_size

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

VIEW_TITLES = ["Heute", "Ratsuchende", "Netzwerk", "Statistik", "Einstellungen"]


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


def main_of(controller: AppController) -> MainWindow:
    assert controller.main_window is not None
    return controller.main_window


def test_ctrl_1_to_5_switch_the_views(qtbot: QtBot, unlocked: AppController) -> None:
    main = main_of(unlocked)
    assert [main.navigation.item(i).text() for i in range(5)] == VIEW_TITLES
    for number in (5, 2, 4, 3, 1):
        qtbot.keyClick(main, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        index = number - 1
        assert main.current_view_index() == index
        assert main.navigation.currentRow() == index
        assert main.view_actions[index].isChecked()
        assert main.current_view().heading.text() == VIEW_TITLES[index]


def test_navigation_list_switches_views(unlocked: AppController) -> None:
    main = main_of(unlocked)
    main.navigation.setCurrentRow(2)
    assert main.current_view_index() == 2
    assert main.view_actions[2].isChecked()


def test_views_are_built_when_first_needed(
    qtbot: QtBot, harness: Harness, store: StoreFixture
) -> None:
    """Unlocking builds only the shown view; the rest follow in idle time (or at once when
    asked for), and a view built late is the one shown and works."""
    controller = harness.controller(store.paths)
    unlock(controller)
    main = main_of(controller)
    assert [type(view).__name__ for view in main.built_views()] == ["TodayView"]
    main.show_view(SETTINGS)
    assert main.current_view().heading.text() == "Einstellungen"
    assert main.current_view().isVisible()
    qtbot.waitUntil(lambda: len(main.built_views()) == 5)
    assert [view.heading.text() for view in main.built_views()] == VIEW_TITLES


def test_the_last_view_is_built_first_after_unlocking(
    qtbot: QtBot, harness: Harness, store: StoreFixture
) -> None:
    controller = harness.controller(store.paths)
    unlock(controller)
    main_of(controller).show_view(SETTINGS)
    controller.lock(LockReason.MANUAL)
    unlock(controller)
    main = main_of(controller)
    assert main.current_view_index() == SETTINGS
    assert {type(view).__name__ for view in main.built_views()} == {"TodayView", "SettingsView"}


def test_empty_views_are_honest(unlocked: AppController) -> None:
    main = main_of(unlocked)
    for view in main.views[:4]:
        texts = " ".join(label.text() for label in view.findChildren(QLabel))
        assert len(texts) > 100
        for banned in ("TODO", "coming soon", "demnächst", "Lorem"):
            assert banned.lower() not in texts.lower()


def test_menus_and_shortcuts(unlocked: AppController) -> None:
    main = main_of(unlocked)
    menus = [action.text() for action in main.menuBar().actions()]
    assert menus == ["&Datei", "&Ansicht", "&Hilfe"]
    assert main.lock_action.shortcut().toString() == "Ctrl+L"
    assert main.quit_action.shortcut().toString() == "Ctrl+Q"
    assert [a.shortcut().toString() for a in main.view_actions] == [
        f"Ctrl+{n}" for n in range(1, 6)
    ]


def test_about_shows_the_version(unlocked: AppController) -> None:
    main = main_of(unlocked)
    about = main.show_about()
    assert about.isVisible()
    assert __version__ in about.summary_text()  # type: ignore[attr-defined]
    about.accept()


def test_office_profile_validation_is_inline(unlocked: AppController) -> None:
    main = main_of(unlocked)
    main.show_view(SETTINGS)
    section = main.settings.office
    form = section.form
    assert not section.save_button.isEnabled()
    form.edits["office_name"].setText("")
    form.edits["office_name"].textEdited.emit("")
    section.save_button.click()
    assert form.error.text().startswith("„Beratungsstelle“:")
    assert form.edits["office_name"].property("invalid") is True
    assert unlocked.services is not None
    assert unlocked.services.office.profile().office_name == "MBE Teststadt"

    form.edits["office_name"].setText("MBE Neustadt")
    form.edits["office_name"].textEdited.emit("MBE Neustadt")
    section.save_button.click()
    assert not form.error.isVisible()
    assert section.notice.text() == "Die Angaben wurden gespeichert."
    assert unlocked.services.office.profile().office_name == "MBE Neustadt"
    assert main.windowTitle() == "MBE Desktop – MBE Neustadt"
    assert not section.save_button.isEnabled()


def test_store_location_is_shown(unlocked: AppController, store: StoreFixture) -> None:
    main = main_of(unlocked)
    assert main.settings.store.location.text() == str(store.paths.root)


def open_change_dialog(controller: AppController) -> ChangePassphraseDialog:
    main = main_of(controller)
    main.show_view(SETTINGS)
    main.settings.security.change_button.click()
    dialog = main.settings.security.dialog
    assert isinstance(dialog, ChangePassphraseDialog)
    assert dialog.isVisible() and dialog.isModal()
    return dialog


def test_change_passphrase_then_unlock_with_the_new_one(unlocked: AppController) -> None:
    dialog = open_change_dialog(unlocked)
    # Wrong old passphrase: message, dialog stays.
    dialog.old.setText("Falsche-Passphrase-123")
    dialog.new.first.setText(NEW_PASSPHRASE)
    dialog.new.second.setText(NEW_PASSPHRASE)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "falsch" in dialog.error.text()
    assert dialog.old.text() == ""
    # Weak new passphrase: the reason is shown.
    dialog.old.setText(PASSPHRASE)
    dialog.new.first.setText("kurz")
    dialog.new.second.setText("kurz")
    dialog.ok_button.click()
    assert "mindestens 12 Zeichen" in dialog.error.text()
    assert dialog.isVisible()
    # Right: the dialog closes with a confirmation.
    dialog.new.first.setText(NEW_PASSPHRASE)
    dialog.new.second.setText(NEW_PASSPHRASE)
    dialog.ok_button.click()
    assert not dialog.isVisible()
    security = main_of(unlocked).settings.security
    assert "Passphrase wurde geändert" in security.notice.text()

    main_of(unlocked).lock_action.trigger()
    unlock(unlocked, PASSPHRASE)
    assert unlocked.state is State.LOCKED
    unlock(unlocked, NEW_PASSPHRASE)
    assert unlocked.state is State.UNLOCKED


def test_change_passphrase_with_the_recovery_code(
    unlocked: AppController, store: StoreFixture
) -> None:
    dialog = open_change_dialog(unlocked)
    dialog.use_recovery.setChecked(True)
    assert dialog.old_caption.text() == "Wiederherstellungs&code:"
    dialog.old.setText(store.recovery_code)
    dialog.new.first.setText(NEW_PASSPHRASE)
    dialog.new.second.setText(NEW_PASSPHRASE)
    dialog.ok_button.click()
    assert not dialog.isVisible()
    main_of(unlocked).lock_action.trigger()
    unlock(unlocked, NEW_PASSPHRASE)
    assert unlocked.state is State.UNLOCKED


def test_escape_cancels_the_change_dialog(qtbot: QtBot, unlocked: AppController) -> None:
    dialog = open_change_dialog(unlocked)
    dialog.old.setText(PASSPHRASE)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert unlocked.state is State.UNLOCKED


def test_a_view_built_late_gets_the_room_it_needs_once(
    qtbot: QtBot, harness: Harness, store: StoreFixture
) -> None:
    """Sized at unlock for Heute only, the window widens (within the screen) the first time a
    wider view is shown, as it did when all views were built at once; later the size the user
    chose stays."""
    controller = harness.controller(store.paths)
    unlock(controller)
    main = main_of(controller)
    main.resize(700, 500)  # smaller than any view needs
    main.show_view(CLIENTS)
    needed = main.clients.minimumSizeHint().width() + main.navigation.width()
    area = available_size(main)  # None offscreen: no screen size to keep within
    assert main.width() >= (needed if area is None else min(needed, area.width()))
    assert main.width() > 700
    main.resize(700, 500)
    main.show_view(TODAY)
    main.show_view(CLIENTS)
    assert main.width() == 700  # shown before: the user's size stays
