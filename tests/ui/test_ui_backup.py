"""Einstellungen → Datensicherung, the restore wizard, and the restore offer after damage."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from ui_support import OFFSCREEN_NOISE, PASSPHRASE, Harness, StoreFixture, make_store, unlock

from mbe_desktop.app import unlock_store
from mbe_desktop.storage.models import OfficeProfileRow
from mbe_desktop.ui import backup_flow
from mbe_desktop.ui.controller import AppController, State
from mbe_desktop.ui.tasks import OnDone, OnError, SyncRunner, Work
from mbe_desktop.ui.views.backup_section import BackupSection
from mbe_desktop.ui.widgets.reauth import ReauthDialog

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


def section(controller: AppController) -> BackupSection:
    assert controller.main_window is not None
    return controller.main_window.settings.backup


def rename_office(controller: AppController, name: str) -> None:
    assert controller.services is not None
    with controller.services.store.session() as session:
        row = session.get(OfficeProfileRow, 1)
        assert row is not None
        row.office_name = name


def office_name(controller: AppController) -> str:
    assert controller.services is not None
    with controller.services.store.read_session() as session:
        return str(session.scalar(select(OfficeProfileRow.office_name)))


def test_settings_section_backs_up_now_and_saves_its_settings(
    unlocked: AppController, store: StoreFixture, tmp_path: Path
) -> None:
    backup = section(unlocked)
    assert backup.last.text() == "noch keine"
    backup.set_folder(str(tmp_path / "usb"))
    assert backup.folder.text() == str(tmp_path / "usb")
    backup.keep.setValue(12)  # more backups: no confirmation needed
    services = unlocked.services
    assert services is not None
    assert services.backup.keep() == 12 and services.backup.daily() is True
    assert backup.reauth_dialog is None
    backup.backup_button.click()
    assert "angelegt und geprüft" in backup.notice.label.text()
    assert len(list((tmp_path / "usb").glob("*.mbebackup"))) == 1
    assert backup.last.text() != "noch keine"
    assert backup.progress_dialog is None and backup.backup_button.isEnabled()
    # The unlock screen knows the folder without the key.
    assert (store.paths.root / "backup-location.json").exists()


def test_restore_wizard_replaces_the_store_after_reauth(
    unlocked: AppController, store: StoreFixture, tmp_path: Path
) -> None:
    backup = section(unlocked)
    backup.start_backup(tmp_path / "b")
    [file] = list((tmp_path / "b").iterdir())
    rename_office(unlocked, "Nach der Sicherung")

    dialog = backup.open_restore(file)
    assert dialog is not None and dialog.isVisible()
    dialog.secret.setText("falsch-falsch-falsch")
    dialog.check_button.click()
    assert "passt nicht" in dialog.error.text() and dialog.pages.currentIndex() == 0
    dialog.secret.setText(PASSPHRASE)
    dialog.check_button.click()
    assert dialog.pages.currentIndex() == 1
    assert dialog.summary_labels["Programmversion:"].text().startswith("MBE Desktop")
    assert str(store.paths.root) in dialog.warning.text()  # names the folder it replaces
    dialog.restore_button.click()
    reauth = dialog.reauth
    assert reauth is not None and reauth.isVisible()
    reauth.secret.setText(PASSPHRASE)  # the CURRENT passphrase
    reauth.ok_button.click()

    assert unlocked.state is State.UNLOCKED and unlocked.main_window is not None
    assert office_name(unlocked) == "MBE Teststadt"
    assert len(list(store.paths.safety_copies.glob("before-restore-*"))) == 1


def test_cancelled_reauth_changes_nothing(
    unlocked: AppController, store: StoreFixture, tmp_path: Path
) -> None:
    backup = section(unlocked)
    backup.start_backup(tmp_path / "b")
    [file] = list((tmp_path / "b").iterdir())
    rename_office(unlocked, "Bleibt")
    dialog = backup.open_restore(file)
    assert dialog is not None
    dialog.secret.setText(PASSPHRASE)
    dialog.check_button.click()
    dialog.restore_button.click()
    assert dialog.reauth is not None
    dialog.reauth.reject()
    dialog.reject()
    assert office_name(unlocked) == "Bleibt"
    assert not list(store.paths.safety_copies.glob("before-restore-*"))


def test_damaged_store_offers_the_newest_backup(
    harness: Harness, store: StoreFixture, tmp_path: Path
) -> None:
    services = unlock_store(store.paths, PASSPHRASE)
    try:
        services.backup.run_automatic()
    finally:
        services.close()
    data = bytearray(store.paths.database.read_bytes())
    data[5000:5100] = bytes(100)  # page damage
    store.paths.database.write_bytes(bytes(data[:8192]))  # and truncated

    controller = harness.controller(store.paths)
    unlock(controller)
    window = controller.unlock_window
    assert controller.state is State.LOCKED and window is not None
    assert window.restore_button.isVisible()
    assert "Neueste Sicherung vom" in window.restore_button.text().replace("&", "")
    window.restore_button.click()
    dialog = controller.restore_dialog
    assert dialog is not None and dialog.file.text()
    dialog.secret.setText(PASSPHRASE)
    dialog.check_button.click()
    dialog.restore_button.click()  # no open store: no reauth, the backup's passphrase suffices
    assert controller.state is State.UNLOCKED
    assert controller.services is not None and controller.services.store.check().ok


def test_daily_maintenance_backs_up_and_checks_once(
    unlocked: AppController, store: StoreFixture
) -> None:
    services = unlocked.services
    assert services is not None
    backup_flow.run_maintenance(unlocked)
    assert len(services.backup.backups()) == 1
    assert not services.backup.check_due()
    backup_flow.run_maintenance(unlocked)
    assert len(services.backup.backups()) == 1  # once a day


def test_quit_makes_an_automatic_backup(unlocked: AppController, store: StoreFixture) -> None:
    unlocked.quit()
    assert unlocked.state is State.CLOSED
    assert len(list((store.paths.root / "backups").glob("*.mbebackup"))) == 1


class HeldRunner(SyncRunner):
    """Synchronous, but while ``hold`` is set the work waits for :meth:`release` — so a test
    can look at (and cancel) a backup that is still "running"."""

    def __init__(self) -> None:
        self.hold = False
        self.held: list[tuple[Work, OnDone, OnError]] = []

    @property
    def busy(self) -> bool:  # type: ignore[override]
        return bool(self.held)

    def run(self, work: Work, on_done: OnDone, on_error: OnError) -> None:
        if self.hold:
            self.held.append((work, on_done, on_error))
        else:
            super().run(work, on_done, on_error)

    def release(self) -> None:
        self.hold = False
        while self.held:
            super().run(*self.held.pop(0))


def quitting(harness: Harness, store: StoreFixture) -> tuple[AppController, HeldRunner]:
    runner = HeldRunner()
    controller = harness.controller(store.paths, runner=runner)
    unlock(controller)
    assert controller.state is State.UNLOCKED
    runner.hold = True
    controller.quit()
    assert controller.state is State.UNLOCKED  # quitting waits for the backup
    dialog = controller.quit_progress
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowModality() is Qt.WindowModality.WindowModal
    assert dialog.parentWidget() is controller.main_window
    return controller, runner


def test_quit_backup_shows_progress_and_then_quits(harness: Harness, store: StoreFixture) -> None:
    controller, runner = quitting(harness, store)
    dialog = controller.quit_progress
    assert dialog is not None
    progress = dialog.progress
    runner.release()
    assert progress.total > 0 and progress.done == progress.total  # reported to the dialog
    assert not dialog.isVisible() and controller.quit_progress is None
    assert controller.state is State.CLOSED
    assert len(list((store.paths.root / "backups").glob("*.mbebackup"))) == 1


def test_quit_backup_cancelled_leaves_no_file_and_quits(
    harness: Harness, store: StoreFixture
) -> None:
    controller, runner = quitting(harness, store)
    dialog = controller.quit_progress
    assert dialog is not None
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Abbrechen"
    cancel.click()
    runner.release()
    assert dialog.progress.cancel.is_set()
    assert controller.state is State.CLOSED and controller.quit_progress is None
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]  # no error box
    folder = store.paths.root / "backups"
    assert not folder.exists() or list(folder.iterdir()) == []


def confirm(backup: BackupSection, secret: str | None) -> None:
    """Answer the passphrase prompt: ``None`` cancels it."""
    dialog = backup.reauth_dialog
    assert dialog is not None and dialog.isVisible()
    if secret is None:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    else:
        dialog.secret.setText(secret)
        dialog.ok_button.click()
    assert not dialog.isVisible()


def prompts() -> list[ReauthDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ReauthDialog) and w.isVisible()
    ]


def test_switching_automatic_backups_off_needs_the_passphrase(unlocked: AppController) -> None:
    backup = section(unlocked)
    services = unlocked.services
    assert services is not None
    backup.daily.setChecked(False)
    confirm(backup, None)
    assert backup.daily.isChecked() and services.backup.daily() is True

    backup.daily.setChecked(False)
    dialog = backup.reauth_dialog
    assert dialog is not None
    dialog.secret.setText("falsch-falsch-falsch")
    dialog.ok_button.click()
    assert dialog.isVisible() and "falsch" in dialog.error.label.text()
    assert services.backup.daily() is True  # a wrong passphrase saves nothing
    confirm(backup, PASSPHRASE)
    assert not backup.daily.isChecked() and services.backup.daily() is False

    backup.daily.setChecked(True)  # switching on strengthens protection: saved at once
    assert not prompts() and services.backup.daily() is True


def test_keeping_fewer_backups_needs_the_passphrase(unlocked: AppController) -> None:
    backup = section(unlocked)
    services = unlocked.services
    assert services is not None
    assert services.backup.keep() == 10
    backup.keep.setValue(3)
    confirm(backup, None)
    assert backup.keep.value() == 10 and services.backup.keep() == 10

    backup.keep.setValue(3)
    confirm(backup, PASSPHRASE)
    assert backup.keep.value() == 3 and services.backup.keep() == 3
    backup.keep.setValue(5)  # more: saved without asking
    assert not prompts() and services.backup.keep() == 5
