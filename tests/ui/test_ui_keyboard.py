"""Keyboard use: every window's Alt+letter mnemonics are unique; Enter does the main thing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from ui_support import OFFSCREEN_NOISE, Harness, make_store, mnemonics, unlock

from mbe_desktop.paths import data_paths
from mbe_desktop.ui.controller import AppController

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def harness(qtbot: QtBot) -> Iterator[Harness]:
    harness = Harness()
    yield harness
    harness.close()


def assert_unique(window: QWidget, where: str) -> None:
    keys = mnemonics(window)
    assert keys, where
    duplicates = [key for key, count in Counter(keys).items() if count > 1]
    assert not duplicates, f"{where}: Alt+{duplicates} used twice"


def test_unlock_window_mnemonics(harness: Harness, tmp_path: Path) -> None:
    controller = harness.controller(make_store(tmp_path).paths)
    window = controller.unlock_window
    assert window is not None
    assert_unique(window, "unlock, passphrase")
    window.toggle.click()
    assert_unique(window, "unlock, recovery code")


def test_wizard_mnemonics(harness: Harness, tmp_path: Path) -> None:
    from ui_support import NEW_PASSPHRASE

    controller = harness.controller(data_paths(tmp_path / "new"))
    wizard = controller.wizard
    assert wizard is not None
    assert_unique(wizard, "wizard page 1")
    form = wizard.office_page.form
    form.edits["counsellor_name"].setText("Maria Beispiel")
    form.edits["office_name"].setText("MBE Musterstadt")
    wizard.next()
    assert_unique(wizard, "wizard page 2")
    wizard.passphrase_page.form.first.setText(NEW_PASSPHRASE)
    wizard.passphrase_page.form.second.setText(NEW_PASSPHRASE)
    wizard.next()
    assert wizard.currentPage() is wizard.code_page
    assert_unique(wizard, "wizard page 3")


def test_main_window_and_dialog_mnemonics(harness: Harness, tmp_path: Path) -> None:
    controller: AppController = harness.controller(make_store(tmp_path).paths)
    unlock(controller)
    main = controller.main_window
    assert main is not None
    for index in range(5):
        main.show_view(index)
        assert_unique(main, f"main window, view {index + 1}")
    main.settings.security.open_change_dialog()
    dialog = main.settings.security.dialog
    assert dialog is not None
    assert_unique(dialog, "change passphrase")
    dialog.use_recovery.setChecked(True)
    assert_unique(dialog, "change passphrase, recovery code")
