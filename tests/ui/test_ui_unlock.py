"""The unlock window: wrong and right passphrase, recovery code, damaged stores, demo banner."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_support import (
    OFFSCREEN_NOISE,
    PASSPHRASE,
    Harness,
    StoreFixture,
    file_state,
    make_store,
    unlock,
    visible_windows,
)

from mbe_desktop.domain.passphrase import generate_recovery_code, normalise_recovery_code
from mbe_desktop.paths import data_paths
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.storage.store import Store
from mbe_desktop.ui.controller import State
from mbe_desktop.ui.main_window import MainWindow
from mbe_desktop.ui.tasks import ThreadPoolRunner
from mbe_desktop.ui.unlock_window import UnlockWindow

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def harness(qtbot: QtBot) -> Iterator[Harness]:
    harness = Harness()
    yield harness
    harness.close()


@pytest.fixture
def store(tmp_path: Path) -> StoreFixture:
    return make_store(tmp_path)


def test_existing_store_opens_the_unlock_window(harness: Harness, store: StoreFixture) -> None:
    controller = harness.controller(store.paths)
    window = controller.unlock_window
    assert controller.state is State.LOCKED
    assert isinstance(window, UnlockWindow)
    assert window.isVisible()
    assert window.title.text() == "MBE Desktop – Datenbestand entsperren"
    assert str(store.paths.root) in window.location.text()
    assert not window.demo.isVisible()
    assert not window.reason.isVisible()
    assert window.secret.edit.hasFocus() or window.focusWidget() is window.secret.edit


def test_wrong_passphrase_shows_the_message_and_writes_nothing(
    harness: Harness, store: StoreFixture
) -> None:
    before = file_state(store.paths)
    controller = harness.controller(store.paths)
    unlock(controller, "Falsche-Passphrase-123")
    window = controller.unlock_window
    assert controller.state is State.LOCKED
    assert window is not None and window.isVisible()
    assert window.error.text() == "Die Passphrase ist falsch. Es wurde nichts verändert."
    assert window.secret.text() == ""  # cleared after each attempt
    assert file_state(store.paths) == before


def test_empty_passphrase_is_refused_kindly(
    qtbot: QtBot, harness: Harness, store: StoreFixture
) -> None:
    controller = harness.controller(store.paths)
    window = controller.unlock_window
    assert window is not None
    qtbot.keyClick(window.secret.edit, Qt.Key.Key_Return)
    assert window.error.text() == "Bitte geben Sie die Passphrase ein."


def test_right_passphrase_opens_the_main_window(
    qtbot: QtBot, harness: Harness, store: StoreFixture
) -> None:
    controller = harness.controller(store.paths)
    window = controller.unlock_window
    assert window is not None
    window.secret.setText(PASSPHRASE)
    qtbot.keyClick(window.secret.edit, Qt.Key.Key_Return)  # Enter unlocks
    assert controller.state is State.UNLOCKED
    main = controller.main_window
    assert isinstance(main, MainWindow)
    assert main.isVisible()
    assert main.windowTitle() == "MBE Desktop – MBE Teststadt"
    assert not window.isVisible()
    assert controller.unlock_window is None
    assert visible_windows() == [main]


def test_recovery_code_unlocks(harness: Harness, store: StoreFixture) -> None:
    controller = harness.controller(store.paths)
    window = controller.unlock_window
    assert window is not None
    window.toggle.click()
    assert window.recovery_mode
    assert window.caption.text().startswith("&Wiederherstellungscode")
    window.toggle.click()
    assert not window.recovery_mode
    assert window.caption.text() == "&Passphrase:"
    unlock(controller, store.recovery_code.lower().replace("-", " "), recovery=True)
    assert controller.state is State.UNLOCKED


def test_wrong_recovery_code_keeps_the_window(harness: Harness, store: StoreFixture) -> None:
    controller = harness.controller(store.paths)
    unlock(controller, generate_recovery_code(), recovery=True)
    window = controller.unlock_window
    assert controller.state is State.LOCKED
    assert window is not None and "Wiederherstellungscode" in window.error.text()
    unlock(controller, "ABC", recovery=True)
    assert "40 Zeichen" in window.error.text()


def test_damaged_key_file_shows_the_damage_and_no_input(
    harness: Harness, store: StoreFixture
) -> None:
    store.paths.key_slots.write_bytes(b"\x00garbage\xff" * 20)
    controller = harness.controller(store.paths)
    window = controller.unlock_window
    assert window is not None
    text = window.problem.text()
    assert "beschädigt" in text or "nicht lesbar" in text.lower() or "Sicherung" in text
    assert "Sicherung" in text
    assert "Traceback" not in text
    assert not window.secret.isVisible()
    assert not window.unlock_button.isEnabled()


def test_damaged_database_is_reported_at_unlock(harness: Harness, store: StoreFixture) -> None:
    data = bytearray(store.paths.database.read_bytes())
    for offset in range(4096 + 100, 4096 + 400):
        data[offset] ^= 0xFF
    store.paths.database.write_bytes(bytes(data))
    controller = harness.controller(store.paths)
    unlock(controller)
    window = controller.unlock_window
    assert controller.state is State.LOCKED
    assert window is not None
    assert "Sicherung" in window.problem.text()
    assert not window.unlock_button.isEnabled()


def test_demo_store_shows_banner_title_and_status(harness: Harness, tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "demo")
    demo_passphrase = "demo-passphrase-not-for-real-data"
    from ui_support import OFFICE

    Store.create(
        paths,
        demo_passphrase,
        OFFICE,
        normalise_recovery_code(generate_recovery_code()),
        kdf=FAST_TEST_KDF,
        demo_passphrase=demo_passphrase,
    ).close()
    controller = harness.controller(paths)
    window = controller.unlock_window
    assert window is not None
    assert window.demo.isVisible()
    assert window.demo.text() == (
        "Demo-Datenbestand mit erfundenen Daten – Passphrase: demo-passphrase-not-for-real-data"
    )
    unlock(controller, demo_passphrase)
    main = controller.main_window
    assert main is not None
    assert main.windowTitle() == "MBE Desktop – MBE Teststadt (Demo)"
    assert main.demo_label.isVisible()
    assert main.demo_label.text() == "Demo-Datenbestand"


def test_threaded_unlock_shows_busy_then_main_window(
    qtbot: QtBot, harness: Harness, store: StoreFixture
) -> None:
    controller = harness.controller(store.paths, runner=ThreadPoolRunner())
    window = controller.unlock_window
    assert window is not None
    unlock(controller)
    assert window.busy.isVisible()
    assert not window.unlock_button.isEnabled()
    qtbot.waitUntil(lambda: controller.state is State.UNLOCKED, timeout=10_000)
    assert controller.main_window is not None


def test_second_instance_is_refused(harness: Harness, store: StoreFixture) -> None:
    first = harness.controller(store.paths)
    assert first.state is State.LOCKED
    second = harness.controller(store.paths)
    assert second.state is State.REFUSED
    box = second.refusal
    assert isinstance(box, QMessageBox)
    assert "bereits geöffnet" in box.text()
    exit_codes: list[int] = []
    second.finished.connect(exit_codes.append)
    box.button(QMessageBox.StandardButton.Ok).click()
    assert exit_codes == [1]
    assert first.state is State.LOCKED  # the first instance is untouched


def test_quitting_during_a_threaded_unlock_closes_the_store(
    harness: Harness, store: StoreFixture
) -> None:
    controller = harness.controller(store.paths, runner=ThreadPoolRunner())
    unlock(controller)
    controller.quit()
    assert controller.state is State.CLOSED
    assert controller.main_window is None and controller.services is None
    assert visible_windows() == []
