"""The controller's part in backups: restore (close → swap → reopen), the offer of the newest
backup when the store is damaged, the daily automatic backup and integrity check after unlock,
and the automatic backup when quitting.

Kept apart from controller.py so the state machine stays readable; every function takes the
controller. Heavy modules are imported inside the functions (the unlock screen must stay fast).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from mbe_desktop.domain.errors import UserError
from mbe_desktop.ui.crash import report_bug
from mbe_desktop.ui.widgets.common import show_message

if TYPE_CHECKING:
    from mbe_desktop.app import Services
    from mbe_desktop.storage.store import IntegrityReport
    from mbe_desktop.ui.controller import AppController
    from mbe_desktop.ui.unlock_window import UnlockWindow

log = logging.getLogger(__name__)

MAINTENANCE_DELAY_MS = 20_000  # after unlock: let the user start working first


def _state(name: str) -> Any:
    from mbe_desktop.ui.controller import State

    return State[name]


def _when(created: Any) -> str:
    from mbe_desktop.domain.formatting import format_date_de

    return f"{format_date_de(created.date())}, {created:%H:%M} Uhr"


# --- restore ---------------------------------------------------------------------------------


def restore_backup(controller: AppController, file: Path, secret: str, recovery: bool) -> None:
    """Close the open store (if any), swap the verified backup in, open it with its secret."""
    from mbe_desktop.app import unlock_store
    from mbe_desktop.services.backup import prepare_restore

    if controller.state is _state("UNLOCKED"):
        controller.runner.wait()  # nothing may still be reading the store being replaced
        if controller.services is not None:
            from mbe_desktop.services.erasure_journal import ErasureJournal

            ErasureJournal(controller.services.store).sync_file()  # read after the swap
        controller._close_unlocked()
        controller.show_unlock(
            QCoreApplication.translate("AppController", "Die Sicherung wird wiederhergestellt …")
        )
    window = controller.unlock_window
    if controller.state is not _state("LOCKED") or window is None:
        return
    window.set_busy(True)
    paths = controller.paths

    def work() -> tuple[Services, Any, int]:
        from mbe_desktop.storage.lock import held

        # No other process may open the store between the check, the swap and the reopening.
        with held(paths.root):
            prepared = prepare_restore(paths, file, secret, with_recovery_code=recovery)
            try:
                prepared.commit()
            finally:
                if not prepared.committed:
                    prepared.discard()
            services = unlock_store(paths, secret, with_recovery_code=recovery)
            try:
                reapplied = services.backup.record_restored(prepared.info)
            except BaseException:
                services.close()
                raise
        return services, prepared.info, reapplied

    controller.runner.run(
        work,
        lambda result: _restored(controller, result),
        lambda error: _restore_failed(controller, error),
    )


def _restored(controller: AppController, result: tuple[Services, Any, int]) -> None:
    from mbe_desktop.domain.messages import display
    from mbe_desktop.services.erasure_journal import reapplied_message

    services, info, reapplied = result
    controller._unlock_done(services)
    main = controller.main_window
    if main is not None:
        text = QCoreApplication.translate(
            "AppController",
            "Die Sicherung vom {date} wurde wiederhergestellt. Der vorherige Datenbestand "
            "liegt als Sicherheitskopie im Datenordner (Ordner „safety-copies“).",
        ).format(date=_when(info.created))
        if reapplied:
            text += " " + display(reapplied_message(reapplied))
        show_message(main, QCoreApplication.translate("AppController", "Wiederhergestellt"), text)


def _restore_failed(controller: AppController, error: BaseException) -> None:
    window = controller.unlock_window
    if window is None:
        return
    window.set_busy(False)
    if isinstance(error, UserError):
        window.show_error(error.message)
    else:
        window.show_error(
            QCoreApplication.translate(
                "AppController", "Die Sicherung konnte nicht wiederhergestellt werden."
            )
        )
        report_bug(error)


def offer_backup(controller: AppController, window: UnlockWindow, store_id: str | None) -> None:
    """The store cannot be opened: offer the newest backup whose file checks out."""
    paths = controller.paths

    def work() -> Any:
        from mbe_desktop.services.backup import newest_backup

        return newest_backup(paths, store_id)

    def done(info: Any) -> None:
        if controller.unlock_window is not window:
            return
        controller.offered_backup = None if info is None else info.path
        if info is None:
            window.offer_restore(
                QCoreApplication.translate(
                    "AppController", "Aus einer &Sicherung wiederherstellen …"
                )
            )
        else:
            window.offer_restore(
                QCoreApplication.translate(
                    "AppController", "Neueste &Sicherung vom {date} wiederherstellen …"
                ).format(date=_when(info.created))
            )

    def failed(error: BaseException) -> None:
        log.warning("looking for backups failed: %s", type(error).__name__)
        done(None)

    controller.runner.run(work, done, failed)


def open_restore_from_unlock(controller: AppController) -> None:
    from mbe_desktop.ui.dialogs.restore import RestoreDialog

    window = controller.unlock_window
    if window is None or controller.state is not _state("LOCKED"):
        return
    dialog = RestoreDialog(
        controller.paths,
        controller.runner,
        controller.restore_backup,
        services=None,
        initial_file=controller.offered_backup,
        parent=window,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    controller.restore_dialog = dialog
    dialog.destroyed.connect(lambda: setattr(controller, "restore_dialog", None))
    dialog.open()


def open_restore_unlocked(controller: AppController) -> None:
    from mbe_desktop.ui.dialogs.restore import RestoreDialog

    services, main = controller.services, controller.main_window
    if services is None or main is None:
        return
    newest = services.backup.newest()
    dialog = RestoreDialog(
        services.paths,
        controller.runner,
        controller.restore_backup,
        services=services,
        initial_file=None if newest is None else newest.path,
        parent=main,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    controller.restore_dialog = dialog
    dialog.destroyed.connect(lambda: setattr(controller, "restore_dialog", None))
    dialog.open()


# --- after unlock: daily backup and daily check ---------------------------------------------


def schedule_maintenance(controller: AppController, services: Services) -> None:
    if controller._maintenance_timer is not None:
        controller._maintenance_timer.stop()
    timer = QTimer(controller)
    timer.setSingleShot(True)
    timer.setInterval(MAINTENANCE_DELAY_MS)
    timer.timeout.connect(lambda: run_maintenance(controller, services))
    controller._maintenance_timer = timer
    timer.start()


def run_maintenance(controller: AppController, services: Services | None = None) -> None:
    """Once a day: an automatic backup (if none today) and the full integrity check."""
    services = services or controller.services
    if services is None or controller.services is not services:
        return  # locked meanwhile
    if controller.state is not _state("UNLOCKED"):
        return
    from mbe_desktop.services.backup import BackupCancelled

    cancel = controller._background_cancel
    cancel.clear()
    backup = services.backup
    try:
        backup_due, check_due = backup.automatic_due(), backup.check_due()
    except UserError:
        return

    def backup_failed(error: BaseException) -> None:
        if isinstance(error, BackupCancelled):
            return
        main = controller.main_window
        if isinstance(error, UserError) and main is not None and controller.services is services:
            main.show_notice(
                QCoreApplication.translate(
                    "AppController", "Die automatische Sicherung ist fehlgeschlagen: {reason}"
                ).format(reason=error.message)
            )
        elif not isinstance(error, UserError):
            report_bug(error)

    if backup_due:
        controller.runner.run(
            lambda: backup.run_automatic(lambda _done, _total: not cancel.is_set()),
            lambda _info: log.info("automatic daily backup written"),
            backup_failed,
        )
    if check_due:
        controller.runner.run(
            backup.run_check,
            lambda report: _check_done(controller, services, report),
            lambda error: _check_done(controller, services, None),
        )


def _check_done(
    controller: AppController, services: Services, report: IntegrityReport | None
) -> None:
    if report is not None and report.ok:
        return
    main = controller.main_window
    if main is None or controller.services is not services:
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("AppController", "Datenbestand beschädigt"),
        QCoreApplication.translate(
            "AppController",
            "Die tägliche Prüfung hat Fehler im Datenbestand gefunden. Teile der Daten sind "
            "möglicherweise nicht mehr lesbar. Stellen Sie den Datenbestand bitte aus der "
            "neuesten Sicherung wieder her; der jetzige bleibt dabei als Sicherheitskopie "
            "erhalten.",
        ),
        QMessageBox.StandardButton.NoButton,
        main,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    restore = box.addButton(
        QCoreApplication.translate("AppController", "&Wiederherstellen …"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("AppController", "&Später"), QMessageBox.ButtonRole.RejectRole
    )
    box.buttonClicked.connect(
        lambda button: open_restore_unlocked(controller) if button is restore else None
    )
    controller.damage_box = box  # type: ignore[attr-defined]
    box.open()


# --- quitting ----------------------------------------------------------------------------------


def backup_before_quit(controller: AppController) -> bool:
    """Start the automatic backup when quitting; True if quitting waits for it.

    A window-modal progress dialog shows it; "Abbrechen" stops the backup at its next step (no
    file gets a final name) and the application quits without it."""
    if controller._quit_backup_running:
        return True
    services = controller.services
    if controller.state is not _state("UNLOCKED") or services is None:
        return False
    try:
        enabled = services.backup.daily()
    except UserError:
        return False
    if not enabled:
        return False
    from mbe_desktop.services.backup import BackupCancelled
    from mbe_desktop.ui.widgets.backup_progress import BackupProgressDialog

    controller._quit_backup_running = True
    main = controller.main_window
    if main is not None:  # input made meanwhile is kept as a draft by shutdown()
        main.show_notice(
            QCoreApplication.translate("AppController", "Die Sicherung wird angelegt …")
        )
    dialog = BackupProgressDialog(
        main,
        QCoreApplication.translate("AppController", "MBE Desktop wird beendet"),
        QCoreApplication.translate(
            "AppController",
            "Die automatische Sicherung wird angelegt und geprüft …\n"
            "Beim Abbrechen wird ohne Sicherung beendet.",
        ),
        QCoreApplication.translate("AppController", "Abbrechen"),
    )
    controller.quit_progress = dialog
    progress = dialog.progress

    def end_progress() -> None:
        dialog.finish()
        controller.quit_progress = None

    def finished(_info: object) -> None:
        end_progress()
        controller.shutdown()
        controller._finish()

    def failed(error: BaseException) -> None:
        end_progress()
        if isinstance(error, BackupCancelled):
            log.info("backup at quit cancelled")
            controller.shutdown()
            controller._finish()
            return
        log.warning("backup at quit failed: %s", type(error).__name__)
        controller.shutdown()
        message = (
            error.message
            if isinstance(error, UserError)
            else QCoreApplication.translate(
                "AppController", "Unerwarteter Fehler ({name})."
            ).format(name=type(error).__name__)
        )
        show_message(
            None,
            QCoreApplication.translate("AppController", "MBE Desktop"),
            QCoreApplication.translate(
                "AppController",
                "Die automatische Sicherung beim Beenden ist fehlgeschlagen: {reason}\n\n"
                "Ihre Daten sind im Datenbestand gespeichert. Legen Sie beim nächsten Start "
                "eine Sicherung an.",
            ).format(reason=message),
            icon=QMessageBox.Icon.Warning,
            on_close=controller._finish,
        )

    controller.runner.run(lambda: services.backup.run_automatic(progress), finished, failed)
    return True
