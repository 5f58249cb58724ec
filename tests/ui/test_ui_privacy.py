"""Data-protection UI: retention dialog, access request, consents, audit log, unlock audit,
locking on screen lock / sleep."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from ui_support import OFFSCREEN_NOISE, PASSPHRASE, Harness, make_store, unlock

from mbe_desktop.app import Services
from mbe_desktop.services.audit_log import AuditFilter
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.controller import State
from mbe_desktop.ui.privacy.audit_view import AuditLogDialog, AuditLogModel
from mbe_desktop.ui.privacy.record_actions import RecordPrivacyActions
from mbe_desktop.ui.privacy.retention import RetentionDialog
from mbe_desktop.ui.tasks import SyncRunner
from mbe_desktop.ui.widgets.reauth import ReauthDialog

sys.path.insert(0, str(Path(__file__).parent.parent / "services"))
from privacy_fixtures import add_client, partner

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def harness(qtbot: QtBot) -> Any:
    h = Harness()
    yield h
    h.close()


def context_of(services: Services) -> UnlockedContext:
    return UnlockedContext(services, SyncRunner(), FAST_TEST_KDF)


def visible(kind: type) -> list[Any]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def confirm_passphrase() -> None:
    dialogs = visible(ReauthDialog)
    assert len(dialogs) == 1
    dialogs[0].secret.setText(PASSPHRASE)
    dialogs[0].ok_button.click()


def click(box: QMessageBox, text: str) -> None:
    for button in box.buttons():
        if button.text().replace("&", "") == text:
            button.click()
            return
    raise AssertionError([b.text() for b in box.buttons()])


def test_retention_dialog_deletes_selected(qtbot: QtBot, services: Services) -> None:
    pid = partner(services)
    first = add_client(services, "Löschova", "Anna", tag="x1", partner_id=pid)
    second = add_client(services, "Bleibova", "Berta", tag="x2", partner_id=pid)
    add_client(services, "Offenova", "Clara", tag="x3", closed=None, partner_id=pid)
    dialog = RetentionDialog(context_of(services), None, today=lambda: date(2026, 1, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 2
    assert "2 Akten haben die Löschfrist von 3 Jahren" in dialog.summary.text()
    assert dialog.table.item(0, 1).text() == "Löschova, Anna"
    assert dialog.table.item(0, 2).text() == "15.03.2022"
    assert dialog.table.item(0, 3).text() == "15.03.2025"
    assert not dialog.delete_button.isEnabled()
    dialog.set_all(True)
    assert dialog.selected_ids() == [first.id, second.id]
    dialog.table.item(1, 0).setCheckState(dialog.table.item(1, 0).checkState().Unchecked)
    assert dialog.selected_ids() == [first.id] and dialog.delete_button.isEnabled()
    deleted: list[int] = []
    dialog.deleted.connect(deleted.append)
    dialog.delete_button.click()
    confirm_passphrase()
    assert (
        dialog.question is not None
        and "1 Akten werden endgültig gelöscht" in dialog.question.text()
        and "Sicherungen von vorher" in dialog.question.informativeText()
    )
    click(dialog.question, "Endgültig löschen")
    assert deleted == [1]
    assert "1 Akten wurden endgültig gelöscht; 1 Beratungsfälle" in dialog.notice.text()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "Bleibova, Berta"
    assert [d.id for d in services.retention.due_for_deletion(date(2026, 1, 1))] == [second.id]


def test_retention_cancel_at_confirmation_deletes_nothing(qtbot: QtBot, services: Services) -> None:
    add_client(services, "Löschova", "Anna", tag="y1")
    dialog = RetentionDialog(context_of(services), None, today=lambda: date(2026, 1, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_all(True)
    dialog.delete_button.click()
    confirm_passphrase()
    assert dialog.question is not None
    click(dialog.question, "Abbrechen")
    assert dialog.table.rowCount() == 1
    assert len(services.retention.due_for_deletion(date(2026, 1, 1))) == 1


def test_access_request_from_the_record(
    qtbot: QtBot, harness: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = make_store(tmp_path)
    controller = harness.controller(store.paths)
    unlock(controller)
    services = controller.services
    assert services is not None
    client = add_client(services, "Шевченко", "Gülşen", tag="z1")
    main = controller.main_window
    assert main is not None
    main.show_view(1)
    main.clients.open_client(client.id)
    record = main.clients.record
    actions: RecordPrivacyActions = main.clients.privacy_actions
    assert actions.access_button.isVisible() and actions.consents_button.isVisible()
    assert not actions.banner.isVisible()

    out = tmp_path / "out"
    out.mkdir()
    opened: list[QFileDialog] = []

    def fake_open(self: QFileDialog) -> None:
        assert self.testOption(QFileDialog.Option.DontUseNativeDialog)
        opened.append(self)
        self.fileSelected.emit(str(out))

    monkeypatch.setattr(QFileDialog, "open", fake_open)
    actions.access_button.click()
    assert not opened  # the passphrase first
    confirm_passphrase()
    assert len(opened) == 1
    names = sorted(path.name for path in out.iterdir())
    assert names == [f"Auskunft-{client.number}.json", f"Auskunft-{client.number}.pdf"]
    boxes = visible(QMessageBox)
    assert boxes and "Die Auskunft wurde gespeichert" in boxes[-1].text()
    boxes[-1].accept()
    assert services.audit_log.count(AuditFilter(action="export")) == 1
    assert "Шевченко" not in main.windowTitle()

    # Consents: withdraw the GDPR consent → banner in the record.
    dialog = actions.open_consents()
    assert dialog is not None and client.number in dialog.windowTitle()
    assert "Шевченко" not in dialog.windowTitle()
    row = next(i for i, c in enumerate(dialog.consents) if c.kind == "gdpr_processing")
    dialog.table.selectRow(row)
    dialog.withdraw_button.click()
    assert dialog.withdraw_dialog is not None
    dialog.withdraw_dialog.confirm_button.click()
    assert "Der Widerruf vom" in dialog.notice.text()
    assert not dialog.withdraw_button.isEnabled()
    assert actions.banner.isVisible() and "Einwilligung widerrufen am" in actions.banner.text()
    dialog.accept()
    assert record.detail is not None


def test_audit_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: Any, services: Services
) -> None:
    for _ in range(3):
        services.audit_log.record_unlock(recovery_code=False)
    model = AuditLogModel(services.audit_log)
    model.set_filter(AuditFilter())
    qtmodeltester.check(model)
    assert model.rowCount() == model.total == 3
    assert model.data(model.index(0, 1)) == "entsperrt"
    dialog = AuditLogDialog(services.audit_log)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.action.setCurrentIndex(dialog.action.findData("unlock"))
    assert dialog.model.total == 3 and dialog.count.text() == "3 Einträge"
    dialog.use_to.setChecked(True)
    dialog.date_to.setDate(dialog.date_to.date().addDays(-1))
    assert dialog.model.total == 0


def test_audit_model_pages_in_sql(qtbot: QtBot, qtmodeltester: Any, services: Services) -> None:
    from mbe_desktop.services import audit

    with services.store.session() as session:
        for index in range(450):
            audit.record(session, "update", "client", index, ["phone"])
    model = AuditLogModel(services.audit_log)
    model.set_filter(AuditFilter(action="update"))
    assert model.total == 450 and model.rowCount() == 200
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 400
    qtmodeltester.check(model)


def test_failed_unlocks_are_audited_at_the_next_unlock(
    qtbot: QtBot, harness: Harness, tmp_path: Path
) -> None:
    store = make_store(tmp_path)
    controller = harness.controller(store.paths)
    unlock(controller, "falsch-falsch-falsch-1")
    unlock(controller, "falsch-falsch-falsch-2")
    assert controller.state is State.LOCKED
    unlock(controller)
    assert controller.state is State.UNLOCKED
    services = controller.services
    assert services is not None
    rows = services.audit_log.page(AuditFilter())
    assert sorted(r.action for r in rows) == ["unlock", "unlock_failed", "unlock_failed"]
    failed = [r.at for r in rows if r.action == "unlock_failed"]
    assert failed == [datetime.fromtimestamp(harness.clock.now).replace(microsecond=0)] * 2
    assert all(r.entity == "store" and r.entity_id is None for r in rows[:3])
    # Screen lock and sleep reported by the system lock the store.
    controller.system_lock.on_active_changed(False)
    assert controller.state is State.UNLOCKED
    controller.system_lock.on_active_changed(True)
    assert controller.state is State.LOCKED
    assert controller.unlock_window is not None
    assert "Bildschirmsperre" in controller.unlock_window.reason.text()
    unlock(controller)
    controller.system_lock.on_prepare_for_sleep(True)
    assert controller.state is State.LOCKED


DBUS_PROBE = """
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtDBus import QDBusConnection, QDBusMessage
app = QCoreApplication([])
from mbe_desktop.ui.system_lock import SystemLockWatcher
watcher = SystemLockWatcher()
hits = []
watcher.screen_locked.connect(lambda: hits.append("screen"))
message = QDBusMessage.createSignal(
    "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
)
message.setArguments([True])
QDBusConnection.sessionBus().send(message)
QTimer.singleShot(300, app.quit)
app.exec()
print("HITS", hits)
"""


@pytest.mark.skipif(shutil.which("dbus-run-session") is None, reason="no dbus-run-session")
def test_screen_lock_signal_on_a_real_session_bus() -> None:
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", DBUS_PROBE],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert "HITS ['screen']" in result.stdout, result.stderr[-2000:]
