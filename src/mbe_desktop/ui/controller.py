"""The application's states and the only place that opens and closes a store in the GUI.

    no store ──setup wizard──▶ unlocked ◀──unlock window── store exists
                                  │  ▲
                 lock(reason) ────┘  └──── unlock
                                  ▼
                           unlock window

Locking saves unsaved form input as encrypted drafts, closes every window and dialog that
shows personal data (modal ones included), closes the store and shows the unlock window with
the reason. A QLockFile in the data folder keeps a second instance away from the same store.
"""

from __future__ import annotations

import enum
import importlib
import logging
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from mbe_desktop.domain.errors import StoreDamaged, UserError, WrongPassphrase
from mbe_desktop.paths import DataPaths
from mbe_desktop.storage.info import store_info
from mbe_desktop.storage.keyslots import KdfParams
from mbe_desktop.ui import backup_flow
from mbe_desktop.ui.crash import report_bug
from mbe_desktop.ui.idle import Clock, IdleWatcher
from mbe_desktop.ui.system_lock import SystemLockWatcher
from mbe_desktop.ui.tasks import TaskRunner, ThreadPoolRunner
from mbe_desktop.ui.unlock_window import UnlockWindow
from mbe_desktop.ui.widgets.common import show_message

if TYPE_CHECKING:
    from mbe_desktop.app import Services
    from mbe_desktop.ui.dialogs.restore import RestoreDialog
    from mbe_desktop.ui.main_window import MainWindow
    from mbe_desktop.ui.setup_wizard import SetupWizard
    from mbe_desktop.ui.widgets.backup_progress import BackupProgressDialog

# The unlock window needs none of these; they are imported while the user types the passphrase
# (see warm_up_imports), so the unlock screen appears fast and unlocking does not wait for them.
HEAVY_MODULES = ("mbe_desktop.app", "mbe_desktop.services.settings", "mbe_desktop.ui.drafts")

log = logging.getLogger(__name__)

LOCK_FILE_NAME = "mbe-desktop.lock"


class LockReason(enum.Enum):
    MANUAL = "manual"
    IDLE = "idle"
    SLEEP = "sleep"
    SCREEN = "screen"  # the system locked the screen


class State(enum.Enum):
    STARTING = "starting"
    REFUSED = "refused"  # another instance holds the store, or the folder is not writable
    SETUP = "setup"
    LOCKED = "locked"
    UNLOCKED = "unlocked"
    CLOSED = "closed"


class AppController(QObject):
    finished = Signal(int)  # exit code; run_gui connects it to QApplication.exit
    state_changed = Signal(object)  # State

    def __init__(
        self,
        paths: DataPaths,
        kdf: KdfParams,
        *,
        runner: TaskRunner | None = None,
        clock: Clock = time.time,
        idle_interval_ms: int = 5000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.kdf = kdf
        self.runner: TaskRunner = runner if runner is not None else ThreadPoolRunner(self)
        self.idle = IdleWatcher(clock, idle_interval_ms, self)
        self.idle.idle.connect(lambda: self.lock(LockReason.IDLE))
        self.idle.slept.connect(lambda: self.lock(LockReason.SLEEP))
        self.idle.lock_key.connect(lambda: self.lock(LockReason.MANUAL))
        self.system_lock = SystemLockWatcher(self)
        self.system_lock.sleeping.connect(lambda: self.lock(LockReason.SLEEP))
        self.system_lock.screen_locked.connect(lambda: self.lock(LockReason.SCREEN))
        self._clock = clock
        # Failed unlocks cannot be written while the store is locked (and a failed attempt
        # must write nothing): kept here, written to the audit trail at the next unlock.
        self._failed_unlocks: list[datetime] = []
        self._unlock_with_recovery = False
        self.state = State.STARTING
        self.exit_code = 0
        self.services: Services | None = None
        self.main_window: MainWindow | None = None
        self.unlock_window: UnlockWindow | None = None
        self.wizard: SetupWizard | None = None
        self.refusal: QMessageBox | None = None
        self._lock_file: QLockFile | None = None
        self._last_view = 0
        self._auto_lock_minutes = 10  # replaced by the stored setting at unlock
        self._pending_lock: LockReason | None = None
        self._retired: list[QWidget] = []  # windows awaiting deleteLater (see _retire)
        self._shutting_down = False
        self._background_cancel = threading.Event()
        self._maintenance_timer: QTimer | None = None
        self._quit_backup_running = False
        self.quit_progress: BackupProgressDialog | None = None  # the backup when quitting
        self.restore_dialog: RestoreDialog | None = None
        self.offered_backup: Path | None = None  # offered on the unlock screen after damage

    # --- start ---------------------------------------------------------------------------

    def start(self) -> None:
        from mbe_desktop.storage.lock import hold_as_gui

        hold_as_gui()  # a command refused while this window works on the store names it
        problem = self._acquire_lock_file()
        if problem is not None:
            self._refuse(problem)
            return
        _finish_interrupted_restore(self.paths)
        if store_info(self.paths).exists:
            self.show_unlock()
        else:
            self.show_setup()

    def _acquire_lock_file(self) -> str | None:
        try:
            self.paths.ensure()
        except OSError:
            return self.tr(
                "Der Datenordner {folder} kann nicht angelegt werden. Prüfen Sie, ob Sie dort "
                "schreiben dürfen."
            ).format(folder=str(self.paths.root))
        lock = QLockFile(str(self.paths.root / LOCK_FILE_NAME))
        lock.setStaleLockTime(0)  # only a dead process's lock is stale, never an old one
        if lock.tryLock(0):
            self._lock_file = lock
            return None
        if lock.error() == QLockFile.LockError.LockFailedError:
            return self.tr(
                "MBE Desktop ist mit diesem Datenbestand bereits geöffnet. Wechseln Sie bitte "
                "zum geöffneten Fenster – ein Datenbestand kann nur einmal zur selben Zeit "
                "geöffnet sein."
            )
        return self.tr(
            "Im Datenordner {folder} kann MBE Desktop nicht schreiben. Prüfen Sie die "
            "Berechtigungen des Ordners."
        ).format(folder=str(self.paths.root))

    def _refuse(self, message: str) -> None:
        self.exit_code = 1
        self._set_state(State.REFUSED)
        log.warning("start refused (store in use or folder not writable)")
        self.refusal = show_message(
            None,
            self.tr("MBE Desktop"),
            message,
            icon=QMessageBox.Icon.Warning,
            on_close=self._finish,
        )

    # --- setup ---------------------------------------------------------------------------

    def show_setup(self) -> None:
        from mbe_desktop.ui.setup_wizard import SetupWizard

        wizard = SetupWizard(self.paths, self.kdf, self.runner)
        wizard.store_ready.connect(self._store_created)
        wizard.rejected.connect(self.quit)
        self.wizard = wizard
        self._set_state(State.SETUP)
        wizard.show()

    def _store_created(self, services: Services) -> None:
        if self.wizard is not None:
            self._retire(self.wizard)
            self.wizard = None
        log.info("store created in setup wizard")
        self._enter_main(services)

    # --- unlock --------------------------------------------------------------------------

    def show_unlock(self, reason: str = "") -> None:
        info = store_info(self.paths)
        if not info.exists:
            self.show_setup()
            return
        window = UnlockWindow(info, reason)
        window.unlock_requested.connect(self._unlock_requested)
        window.quit_requested.connect(self.quit)
        window.restore_requested.connect(self.open_restore_from_unlock)
        self.unlock_window = window
        self._set_state(State.LOCKED)
        if info.problem:
            self._offer_backup(window, info.store_id)
        window.show()
        window.raise_()
        window.activateWindow()
        warm_up_imports()

    def _unlock_requested(self, secret: str, with_recovery_code: bool) -> None:
        window = self.unlock_window
        if window is None or self.state is not State.LOCKED:
            return
        from mbe_desktop.app import unlock_store
        from mbe_desktop.runtime import release_memory

        paths = self.paths
        window.set_busy(True)
        release_memory()  # the last session's heap, before Argon2id adds its 64 MiB
        self._unlock_with_recovery = with_recovery_code
        self.runner.run(
            lambda: unlock_store(paths, secret, with_recovery_code=with_recovery_code),
            self._unlock_done,
            self._unlock_failed,
        )

    def _unlock_done(self, services: Services) -> None:
        window = self.unlock_window
        if window is None or self.state is not State.LOCKED or self._shutting_down:
            services.close()  # the app was closed while the key was being derived
            return
        window.set_busy(False)
        window.close_for_controller()
        self._retire(window)
        self.unlock_window = None
        self._record_unlock(services)
        self._enter_main(services)

    def _record_unlock(self, services: Services) -> None:
        failed, self._failed_unlocks = self._failed_unlocks, []
        try:
            services.audit_log.record_unlock(
                recovery_code=self._unlock_with_recovery, failed_at=failed
            )
        except UserError:
            log.warning("unlock not recorded in the audit trail")

    def _unlock_failed(self, error: BaseException) -> None:
        window = self.unlock_window
        if window is None:
            return
        window.set_busy(False)
        if isinstance(error, WrongPassphrase):
            self._failed_unlocks.append(datetime.fromtimestamp(self._clock()))
        if isinstance(error, StoreDamaged):
            window.show_damaged(error.message)
            self._offer_backup(window, window.info.store_id)
        elif isinstance(error, UserError):
            window.show_error(error.message)
        else:
            window.show_error(self.tr("Der Datenbestand konnte nicht geöffnet werden."))
            report_bug(error)

    # --- unlocked ------------------------------------------------------------------------

    def _enter_main(self, services: Services) -> None:
        from mbe_desktop.services.settings import AUTO_LOCK_MINUTES
        from mbe_desktop.ui.context import UnlockedContext
        from mbe_desktop.ui.drafts import restore_drafts
        from mbe_desktop.ui.main_window import MainWindow

        self.services = services
        try:
            self._auto_lock_minutes = services.settings.get_int(AUTO_LOCK_MINUTES)
            context = UnlockedContext(services, self.runner, self.kdf, self.restore_backup)
            window = MainWindow(context, self._last_view)
            window.lock_requested.connect(lambda: self.lock(LockReason.MANUAL))
            window.quit_requested.connect(self.quit)
            window.auto_lock_changed.connect(self._auto_lock_changed)
            if services.drafts.keys():
                window.build_all_views()  # a draft's form may sit in any view
            restored = restore_drafts(window, services.drafts)
        except BaseException:
            self.services = None
            services.close()
            self.show_unlock()
            raise
        self.main_window = window
        self._set_state(State.UNLOCKED)
        window.show()
        window.raise_()
        window.activateWindow()
        if restored:
            window.show_notice(self.tr("Nicht gespeicherte Eingaben wurden wiederhergestellt."))
        self.idle.start(self._auto_lock_minutes)
        self._schedule_maintenance(services)
        log.info("unlocked")

    def _auto_lock_changed(self, minutes: int) -> None:
        self._auto_lock_minutes = minutes
        self.idle.set_limit_minutes(minutes)

    # --- lock ----------------------------------------------------------------------------

    def reason_text(self, reason: LockReason) -> str:
        if reason is LockReason.IDLE:
            minutes = self._auto_lock_minutes
            if minutes == 1:
                return self.tr("Automatisch gesperrt nach 1 Minute ohne Eingabe.")
            return self.tr("Automatisch gesperrt nach {minutes} Minuten ohne Eingabe.").format(
                minutes=minutes
            )
        if reason is LockReason.SCREEN:
            return self.tr("Gesperrt, weil die Bildschirmsperre aktiv wurde.")
        if reason is LockReason.SLEEP:
            return self.tr("Gesperrt, weil der Rechner im Ruhezustand war.")
        return self.tr("Gesperrt mit Strg+L.")

    def lock(self, reason: LockReason) -> None:
        if self.state is not State.UNLOCKED:
            return
        if self.runner.busy:
            # A key-file write is running (e.g. a passphrase change): lock right after it.
            self._background_cancel.set()  # an automatic backup stops at its next step
            self._pending_lock = reason
            QTimer.singleShot(100, self._retry_lock)
            return
        self._pending_lock = None
        log.info("locking (%s)", reason.value)
        message = self.reason_text(reason)
        if not self._close_unlocked():
            message += " " + self.tr("Nicht gespeicherte Eingaben konnten nicht gesichert werden.")
        self.show_unlock(message)

    def _retry_lock(self) -> None:
        if self._pending_lock is not None:
            self.lock(self._pending_lock)

    def _close_unlocked(self) -> bool:
        """Keep drafts, close every window with personal data, close the store."""
        from mbe_desktop.ui.drafts import save_drafts

        self.idle.stop()
        window, services = self.main_window, self.services
        drafts_ok = True
        if window is not None:
            self._last_view = window.current_view_index()
            if services is not None:
                drafts_ok = save_drafts(window, services.drafts)
        self._close_other_windows(keep=(window, self.unlock_window))
        if window is not None:
            window.close_for_controller()
            self._retire(window)
        self.main_window = None
        self.services = None
        if services is not None:
            services.close()
        return drafts_ok

    def _close_other_windows(self, keep: tuple[QWidget | None, ...]) -> None:
        """Close dialogs (modal ones too: ``done`` ends their event loop) and other windows."""
        for widget in QApplication.topLevelWidgets():
            if any(widget is kept for kept in keep if kept is not None):
                continue
            if isinstance(widget, QDialog):
                if widget.isVisible():
                    widget.done(QDialog.DialogCode.Rejected)
            elif widget.isVisible():
                widget.close()

    # --- quit ----------------------------------------------------------------------------

    def quit(self) -> None:
        if self.state is State.CLOSED:
            return
        if self._backup_before_quit():
            return  # quits when the backup has finished
        self.shutdown()
        self._finish()

    def shutdown(self) -> None:
        """Close everything and release the lock file (also called when run_gui ends)."""
        if self.state is State.CLOSED:
            return
        self._shutting_down = True
        self.runner.wait()
        QCoreApplication.sendPostedEvents()  # deliver finished work (closes late stores)
        if self.state is State.UNLOCKED:
            self._close_unlocked()
        if self.wizard is not None:
            services = self.wizard.take_services()
            if services is not None:
                services.close()
            self.wizard.hide()
            self._retire(self.wizard)
            self.wizard = None
        if self.unlock_window is not None:
            self.unlock_window.close_for_controller()
            self._retire(self.unlock_window)
            self.unlock_window = None
        if self._lock_file is not None:
            self._lock_file.unlock()
            self._lock_file = None
        self._set_state(State.CLOSED)
        log.info("closed")

    def _finish(self) -> None:
        if self.state is not State.CLOSED:
            self.shutdown()
        self.finished.emit(self.exit_code)

    # --- backup, restore, daily check (see ui/backup_flow.py) ------------------------------

    def restore_backup(self, file: Path, secret: str, with_recovery_code: bool) -> None:
        backup_flow.restore_backup(self, file, secret, with_recovery_code)

    def open_restore_from_unlock(self) -> None:
        backup_flow.open_restore_from_unlock(self)

    def _offer_backup(self, window: UnlockWindow, store_id: str | None) -> None:
        backup_flow.offer_backup(self, window, store_id)

    def _schedule_maintenance(self, services: Services) -> None:
        backup_flow.schedule_maintenance(self, services)

    def _backup_before_quit(self) -> bool:
        return backup_flow.backup_before_quit(self)

    # --- helpers -------------------------------------------------------------------------

    def _set_state(self, state: State) -> None:
        self.state = state
        self.state_changed.emit(state)

    def _retire(self, widget: QWidget) -> None:
        """Delete a window later: it may be in the middle of emitting the signal that got us
        here, and dropping the last Python reference would delete it at once."""
        self._retired = [w for w in self._retired if _alive(w)]
        widget.hide()
        widget.deleteLater()
        self._retired.append(widget)


def _finish_interrupted_restore(paths: DataPaths) -> None:
    if (paths.root / "restore-pending.json").exists():  # rare: keep the start-up imports light
        from mbe_desktop.domain.errors import StoreInUse
        from mbe_desktop.storage.backup import finish_interrupted_restore
        from mbe_desktop.storage.lock import held

        try:
            with held(paths.root):  # not while a command's restore is still swapping
                finish_interrupted_restore(paths)
        except StoreInUse:
            log.info("restore journal left to the process that holds the store")


def _alive(widget: Any) -> bool:
    from shiboken6 import Shiboken

    return bool(Shiboken.isValid(widget))


def warm_up_imports() -> None:
    """Import the modules unlocking needs on a background thread (no Qt objects are made)."""

    def work() -> None:
        for name in HEAVY_MODULES:
            importlib.import_module(name)

    threading.Thread(target=work, name="warm-up-imports", daemon=True).start()
