"""Einstellungen → Datensicherung: folder, how many to keep, automatic on/off, back up now,
restore."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain.errors import UserError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.services.backup import BACKUP_KEEP, BackupCancelled, BackupInfo
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.crash import report_bug
from mbe_desktop.ui.dialogs.restore import RestoreDialog
from mbe_desktop.ui.widgets.backup_progress import BackupProgressDialog
from mbe_desktop.ui.widgets.common import Banner, hint
from mbe_desktop.ui.widgets.reauth import ReauthDialog, ask_passphrase_again


class BackupSection(QGroupBox):
    def __init__(self, context: UnlockedContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Datensicherung"))
        self.context = context
        backup = context.services.backup
        self.notice = Banner("success", self)
        self.running = False
        self.progress_dialog: BackupProgressDialog | None = None
        self.folder_dialog: QFileDialog | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.reauth_dialog: ReauthDialog | None = None

        self.folder = QLabel(str(backup.folder()), self)
        self.folder.setTextFormat(Qt.TextFormat.PlainText)
        self.folder.setWordWrap(True)
        self.folder.setAccessibleName(self.tr("Sicherungsordner"))
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton(self.tr("Ordner wählen …"), self)
        self.folder_button.clicked.connect(self.choose_folder)
        self.keep = QSpinBox(self)
        self.keep.setRange(BACKUP_KEEP.minimum, BACKUP_KEEP.maximum)
        self.keep.setKeyboardTracking(False)
        self.keep.setAccessibleName(self.tr("Anzahl aufbewahrter automatischer Sicherungen"))
        self._saved_keep = backup.keep()
        self.keep.setValue(self._saved_keep)
        self.keep.valueChanged.connect(self._keep_changed)
        self.daily = QCheckBox(
            self.tr("Aut&omatisch sichern: beim Beenden und einmal täglich beim Entsperren"), self
        )
        self._saved_daily = backup.daily()
        self.daily.setChecked(self._saved_daily)
        self.daily.toggled.connect(self._daily_changed)
        self.last = QLabel(self)
        self.last.setAccessibleName(self.tr("Letzte Sicherung"))
        self.backup_button = QPushButton(self.tr("&Jetzt sichern …"), self)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("&Wiederherstellen …"), self)
        self.restore_button.clicked.connect(self.open_restore)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.folder_button)
        keep_caption = QLabel(self.tr("Aufbewahren:"), self)
        keep_caption.setBuddy(self.keep)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep)
        keep_row.addWidget(
            QLabel(self.tr("automatische Sicherungen (die ältesten zuerst gelöscht)"), self)
        )
        keep_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Sicherungsordner:"), folder_row)
        form.addRow(keep_caption, keep_row)
        form.addRow("", self.daily)
        form.addRow(self.tr("Letzte Sicherung:"), self.last)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Eine Sicherung ist eine verschlüsselte Datei (.mbebackup). Sie lässt sich "
                    "nur mit der Passphrase oder dem Wiederherstellungscode öffnen, die beim "
                    "Sichern galten. Sichern Sie regelmäßig auch auf einen USB-Stick."
                ),
                self,
            )
        )
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self._show_last()

    # --- settings ------------------------------------------------------------------------

    def _show_last(self) -> None:
        last = self.context.services.backup.last_backup()
        if last is None:
            self.last.setText(self.tr("noch keine"))
        else:
            self.last.setText(f"{format_date_de(last.date())}, {last:%H:%M} Uhr")

    def choose_folder(self) -> None:
        dialog = QFileDialog(self.window(), self.tr("Sicherungsordner wählen"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setDirectory(str(self.context.services.backup.folder().parent))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.set_folder)
        self.folder_dialog = dialog
        dialog.open()

    def set_folder(self, folder: str) -> None:
        try:
            chosen = self.context.services.backup.set_folder(folder)
        except UserError as error:
            self.notice.show_message(error.message, "error")
            return
        self.folder.setText(str(chosen))
        self.notice.show_message(self.tr("Der Sicherungsordner wurde gespeichert."), "success")

    # Fewer kept backups or none at all weakens protection: confirm with the passphrase.

    def _keep_changed(self, value: int) -> None:
        if value == self._saved_keep:
            return
        if value < self._saved_keep:
            self._confirm(
                self.tr("nur noch {count} automatische Sicherungen aufbewahren").format(
                    count=value
                ),
                lambda: self._save_keep(value),
            )
            return
        self._save_keep(value)

    def _daily_changed(self, on: bool) -> None:
        if on == self._saved_daily:
            return
        if not on:
            self._confirm(
                self.tr("automatische Sicherungen ausschalten"), lambda: self._save_daily(False)
            )
            return
        self._save_daily(True)

    def _confirm(self, reason: str, save: Callable[[], None]) -> None:
        self.notice.clear()
        dialog = ask_passphrase_again(
            self.window(), self.context.services, reason, save, runner=self.context.runner
        )
        dialog.rejected.connect(self._show_saved)
        dialog.finished.connect(self._reauth_gone)
        self.reauth_dialog = dialog

    def _reauth_gone(self, _result: int) -> None:
        self.reauth_dialog = None

    def _show_saved(self) -> None:
        """Back to the stored values (after a cancelled confirmation or a refused value)."""
        with QSignalBlocker(self.keep), QSignalBlocker(self.daily):
            self.keep.setValue(self._saved_keep)
            self.daily.setChecked(self._saved_daily)

    def _save_keep(self, value: int) -> None:
        try:
            self._saved_keep = self.context.services.backup.set_keep(value)
        except UserError as error:
            self.notice.show_message(error.message, "error")
        self._show_saved()

    def _save_daily(self, on: bool) -> None:
        try:
            self._saved_daily = self.context.services.backup.set_daily(on)
        except UserError as error:
            self.notice.show_message(error.message, "error")
        self._show_saved()

    # --- backing up ----------------------------------------------------------------------

    def backup_now(self) -> None:
        """Back up into the backup folder (a USB stick can be chosen as that folder)."""
        self.start_backup(self.context.services.backup.folder())

    def start_backup(self, target: Path) -> None:
        if self.running:
            return
        self.notice.clear()
        self.running = True
        self.backup_button.setEnabled(False)
        dialog = BackupProgressDialog(
            self.window(),
            self.tr("Datensicherung"),
            self.tr("Die Sicherung wird angelegt und geprüft …"),
            self.tr("Abbrechen"),
        )
        self.progress_dialog = dialog
        progress = dialog.progress
        backup = self.context.services.backup
        self.context.runner.run(
            lambda: (
                backup.run_automatic(progress)
                if Path(target) == backup.folder()
                else backup.backup_to(target, progress)
            ),
            self._backup_done,
            self._backup_failed,
        )

    def _finish(self) -> None:
        self.running = False
        self.backup_button.setEnabled(True)
        if self.progress_dialog is not None:
            self.progress_dialog.finish()
            self.progress_dialog = None

    def _backup_done(self, info: BackupInfo) -> None:
        self._finish()
        self._show_last()
        self.notice.show_message(
            self.tr("Die Sicherung wurde angelegt und geprüft: {file}").format(file=str(info.path)),
            "success",
        )

    def _backup_failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, BackupCancelled):
            self.notice.show_message(error.message, "info")
        elif isinstance(error, UserError):
            self.notice.show_message(error.message, "error")
        else:
            self.notice.show_message(self.tr("Die Sicherung ist fehlgeschlagen."), "error")
            report_bug(error)

    # --- restoring -----------------------------------------------------------------------

    def open_restore(self, initial_file: Path | None = None) -> RestoreDialog | None:
        restore = self.context.restore
        if restore is None:
            return None
        self.notice.clear()
        services = self.context.services
        if initial_file is None:
            newest = services.backup.backups()
            initial_file = newest[0].path if newest else None
        dialog = RestoreDialog(
            services.paths,
            self.context.runner,
            restore,
            services=services,
            initial_file=initial_file,
            parent=self.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._restore_gone)
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def _restore_gone(self) -> None:
        self.restore_dialog = None
