"""Wiederherstellen: choose a backup → its passphrase → what it holds → confirm → restore.

The backup is checked completely (key, checksums, both integrity checks, counts) before its
contents are shown; nothing changes until the last step. With an unlocked store the user
confirms with the CURRENT passphrase first; the controller then closes the store, swaps the
backup in (the old store stays as a safety copy) and opens the restored one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.app import Services
from mbe_desktop.domain.errors import UserError, ValidationError, WrongPassphrase
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.paths import DataPaths
from mbe_desktop.services.backup import BackupInfo, inspect_backup
from mbe_desktop.ui.crash import report_bug
from mbe_desktop.ui.tasks import TaskRunner
from mbe_desktop.ui.widgets.common import Banner, BusyIndicator, hint
from mbe_desktop.ui.widgets.passphrase import SecretField
from mbe_desktop.ui.widgets.reauth import ReauthDialog, ask_passphrase_again

RestoreCallback = Callable[[Path, str, bool], None]  # file, secret of the backup, recovery code


BACKUP_SUMMARY_CAPTIONS = (
    QT_TRANSLATE_NOOP("BackupSummary", "Sicherung vom:"),
    QT_TRANSLATE_NOOP("BackupSummary", "Programmversion:"),
    QT_TRANSLATE_NOOP("BackupSummary", "Ratsuchende:"),
    QT_TRANSLATE_NOOP("BackupSummary", "Fälle:"),
    QT_TRANSLATE_NOOP("BackupSummary", "Kontakte:"),
    QT_TRANSLATE_NOOP("BackupSummary", "Speicher-ID:"),
)


def backup_summary(info: BackupInfo) -> list[tuple[str, str]]:
    counts = info.counts
    created = info.created
    captions = [caption for caption, _value in backup_summary_placeholder()]
    when = QCoreApplication.translate("BackupSummary", "{date}, {time} Uhr").format(
        date=format_date_de(created.date()), time=f"{created:%H:%M}"
    )
    values = [
        when,
        f"MBE Desktop {info.manifest.app_version}",
        str(counts.get("client", 0)),
        str(counts.get("case", 0)),
        str(counts.get("contact", 0)),
        info.manifest.store_id[:8],
    ]
    return list(zip(captions, values, strict=True))


class RestoreDialog(QDialog):
    def __init__(
        self,
        paths: DataPaths,
        runner: TaskRunner,
        on_restore: RestoreCallback,
        *,
        services: Services | None = None,
        initial_file: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.runner = runner
        self.on_restore = on_restore
        self.services = services
        self.info: BackupInfo | None = None
        self._secret = ""
        self._recovery = False
        self.reauth: ReauthDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("Datenbestand wiederherstellen"))
        self.setModal(True)
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.error = Banner("error", self)
        self.pages = QStackedWidget(self)
        self.busy = BusyIndicator(self)

        # Page 1: file and passphrase of the backup.
        choose = QWidget(self.pages)
        self.file = QLineEdit(choose)
        self.file.setAccessibleName(self.tr("Sicherungsdatei"))
        if initial_file is not None:
            self.file.setText(str(initial_file))
        self.browse_button = QPushButton(self.tr("Durchsuc&hen …"), choose)
        self.browse_button.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse_button)
        file_caption = QLabel(self.tr("Sicherungs&datei:"), choose)
        file_caption.setBuddy(self.file)
        self.secret = SecretField(self.tr("Passphrase der Sicherung"), parent=choose)
        self.secret.returnPressed.connect(self.check)
        self.secret_caption = QLabel(choose)
        self.secret_caption.setBuddy(self.secret.edit)
        self.use_recovery = QCheckBox(
            self.tr("Wiederherstellungs&code der Sicherung verwenden"), choose
        )
        self.use_recovery.toggled.connect(self._set_mode)
        form = QFormLayout()
        form.addRow(file_caption, file_row)
        form.addRow(self.secret_caption, self.secret)
        form.addRow("", self.use_recovery)
        choose_layout = QVBoxLayout(choose)
        choose_layout.setContentsMargins(0, 0, 0, 0)
        choose_layout.addWidget(
            hint(
                self.tr(
                    "Wählen Sie die Sicherung und geben Sie die Passphrase ein, die galt, als "
                    "die Sicherung angelegt wurde. Die Sicherung wird zuerst vollständig "
                    "geprüft; dabei wird nichts verändert."
                ),
                choose,
            )
        )
        choose_layout.addLayout(form)
        choose_layout.addStretch(1)
        self.pages.addWidget(choose)

        # Page 2: what the backup holds, and the confirmation.
        summary = QWidget(self.pages)
        self.summary_form = QFormLayout()
        self.summary_labels: dict[str, QLabel] = {}
        for caption, _value in backup_summary_placeholder():
            label = QLabel(summary)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.summary_labels[caption] = label
            self.summary_form.addRow(caption, label)
        self.warning = Banner("warning", summary)
        self.warning.show_message(
            self.tr(
                "Der jetzige Datenbestand in {folder} wird durch diese Sicherung ersetzt. Alles, "
                "was nach dem Datum der Sicherung eingegeben wurde, fehlt danach. Der jetzige "
                "Datenbestand bleibt als Sicherheitskopie im Datenordner erhalten."
            ).format(folder=str(self.paths.root))
        )
        summary_layout = QVBoxLayout(summary)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        summary_layout.addWidget(
            hint(self.tr("Die Sicherung ist vollständig und unbeschädigt."), summary)
        )
        summary_layout.addLayout(self.summary_form)
        summary_layout.addWidget(self.warning)
        summary_layout.addStretch(1)
        self.pages.addWidget(summary)

        self.buttons = QDialogButtonBox(self)
        self.back_button = QPushButton(self.tr("&Zurück"), self)
        self.back_button.clicked.connect(self.back)
        self.check_button = QPushButton(self.tr("Sicherung p&rüfen"), self)
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.restore_button = QPushButton(self.tr("&Wiederherstellen"), self)
        self.restore_button.clicked.connect(self.confirm)
        self.buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self._set_mode(False)
        self._show_page(0)
        self.resize(600, 380)

    # --- page 1 --------------------------------------------------------------------------

    def _set_mode(self, recovery: bool) -> None:
        self.secret.clear()
        self.secret.set_monospace(recovery)
        if recovery:
            self.secret_caption.setText(self.tr("&Wiederherstellungscode:"))
            self.secret.setAccessibleName(self.tr("Wiederherstellungscode der Sicherung"))
        else:
            self.secret_caption.setText(self.tr("Pass&phrase der Sicherung:"))
            self.secret.setAccessibleName(self.tr("Passphrase der Sicherung"))

    def browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Sicherung wählen"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [self.tr("MBE-Sicherungen (*.mbebackup)"), self.tr("Alle Dateien (*)")]
        )
        current = Path(self.file.text()).expanduser() if self.file.text() else None
        if current is not None and current.parent.is_dir():
            dialog.setDirectory(str(current.parent))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.file.setText)
        self.file_dialog = dialog
        dialog.open()

    def check(self) -> None:
        if self.busy.isVisible() or self.pages.currentIndex() != 0:
            return
        text = self.file.text().strip()
        if not text:
            self._show_error(self.tr("Bitte wählen Sie eine Sicherungsdatei."))
            return
        file = Path(text).expanduser()
        secret, recovery = self.secret.text(), self.use_recovery.isChecked()
        paths = self.paths
        self.error.clear()
        self._set_busy(True, self.tr("Die Sicherung wird geprüft …"))
        self.runner.run(
            lambda: inspect_backup(paths, file, secret, with_recovery_code=recovery),
            lambda info: self._checked(info, file, secret, recovery),
            self._check_failed,
        )

    def _checked(self, info: BackupInfo, file: Path, secret: str, recovery: bool) -> None:
        self._set_busy(False)
        if not self.isVisible():
            return
        self.info = info
        self._file = file
        self._secret, self._recovery = secret, recovery
        self.secret.clear()
        for caption, value in backup_summary(info):
            self.summary_labels[caption].setText(value)
        self._show_page(1)

    def _check_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not self.isVisible():
            return
        if isinstance(error, WrongPassphrase | ValidationError):
            self.secret.clear()
            self._show_error(error.message)
            self.secret.setFocus()
        elif isinstance(error, UserError):
            self._show_error(error.message)
        else:
            self._show_error(self.tr("Die Sicherung konnte nicht geprüft werden."))
            report_bug(error)

    # --- page 2 --------------------------------------------------------------------------

    def back(self) -> None:
        self._secret = ""
        self.info = None
        self._show_page(0)

    def confirm(self) -> None:
        if self.info is None or self.busy.isVisible():
            return
        if self.services is None:
            self._restore()
            return
        self.reauth = ask_passphrase_again(
            self,
            self.services,
            self.tr("Der jetzige Datenbestand wird durch die Sicherung ersetzt."),
            self._restore,
        )

    def _restore(self) -> None:
        if self.info is None:
            return
        file, secret, recovery = self._file, self._secret, self._recovery
        self.accept()  # clears the secret from the dialog
        self.on_restore(file, secret, recovery)

    # --- helpers -------------------------------------------------------------------------

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setVisible(index == 1)
        self.check_button.setVisible(index == 0)
        self.restore_button.setVisible(index == 1)
        self.check_button.setDefault(index == 0)
        self.restore_button.setDefault(False)  # a restore is never one Enter away
        if index == 0:
            self.secret.setFocus()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        for widget in (self.file, self.browse_button, self.secret, self.use_recovery):
            widget.setEnabled(not busy)
        self.check_button.setEnabled(not busy)
        if busy:
            self.busy.start(text)
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            self.busy.stop()
            QApplication.restoreOverrideCursor()

    def _show_error(self, message: str) -> None:
        self.error.show_message(message, "error")

    def reject(self) -> None:
        if self.busy.isVisible():
            return
        super().reject()

    def done(self, result: int) -> None:
        self.secret.clear()
        self._secret = ""
        super().done(result)


def backup_summary_placeholder() -> list[tuple[str, str]]:
    return [
        (QCoreApplication.translate("BackupSummary", str(caption)), "")
        for caption in BACKUP_SUMMARY_CAPTIONS
    ]
