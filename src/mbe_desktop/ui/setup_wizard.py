"""First start: office profile → passphrase (creates the store) → recovery code."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mbe_desktop.app import CreatedStore, create_store
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.domain.messages import display
from mbe_desktop.paths import DataPaths
from mbe_desktop.services.office import validate_office
from mbe_desktop.services.presets import PresetLookup, find_presets
from mbe_desktop.storage.keyslots import KdfParams
from mbe_desktop.ui import emergency
from mbe_desktop.ui.crash import report_bug
from mbe_desktop.ui.tasks import TaskRunner
from mbe_desktop.ui.widgets.common import Banner, BusyIndicator, hint
from mbe_desktop.ui.widgets.office_form import OfficeForm
from mbe_desktop.ui.widgets.passphrase import NewPassphraseForm
from mbe_desktop.ui.widgets.screen_fit import fit_to_screen

log = logging.getLogger(__name__)


class OfficePage(QWizardPage):
    def __init__(self, presets: PresetLookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Willkommen bei MBE Desktop"))
        self.intro = hint(
            self.tr(
                "MBE Desktop speichert Ihre Falldokumentation verschlüsselt auf diesem Rechner. "
                "Tragen Sie zuerst die Angaben Ihrer Beratungsstelle ein. Sie stehen im "
                "Briefkopf Ihrer Schreiben und lassen sich später unter „Einstellungen“ ändern."
            ),
            self,
        )
        self.form = OfficeForm(self)
        self.presets_note = Banner("info", self)
        self._show_presets(presets)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.presets_note)
        layout.addSpacing(8)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def _show_presets(self, lookup: PresetLookup) -> None:
        """Prefill the provider's office presets and say what else the new store gets; a
        refused presets file is named with its problem (the store is created without it)."""
        if lookup.problem:
            self.presets_note.show_message(
                self.tr(
                    "{problem} Sie können alle Angaben selbst eintragen; bitte informieren Sie "
                    "Ihre IT-Abteilung."
                ).format(problem=display(lookup.problem)),
                "warning",
            )
            return
        presets = lookup.usable
        if lookup.source is None or presets.empty:
            return
        self.form.set_profile(presets.prefill(self.form.profile()))
        lines = [
            self.tr("Die Voreinstellungen Ihres Trägers ({file}) werden übernommen.").format(
                file=str(lookup.source)
            )
        ]
        if presets.retention_years is not None:
            lines.append(
                self.tr("Löschfrist nach Fallabschluss (Jahre): {years}").format(
                    years=presets.retention_years
                )
            )
        if presets.backup_folder is not None:
            lines.append(
                self.tr("Sicherungsordner: {folder}").format(folder=str(presets.backup_folder))
            )
        self.presets_note.show_message("\n".join(lines), "info")

    def initializePage(self) -> None:
        self.form.setFocus()

    def validatePage(self) -> bool:
        try:
            clean = validate_office(self.form.profile())
        except ValidationError as error:
            self.form.show_error(error)
            return False
        self.form.clear_error()
        self.profile = clean
        return True


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Passphrase festlegen"))
        self.intro = hint(
            self.tr(
                "Mit der Passphrase entsperren Sie MBE Desktop. Gut geeignet sind vier oder "
                "mehr ungewöhnliche Wörter, die nur Sie kennen, z. B. durch Bindestriche "
                "verbunden. Schreiben Sie die Passphrase nicht auf den Laptop."
            ),
            self,
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Datenbestand &anlegen"))
        self.error = Banner("error", self)
        self.form = NewPassphraseForm(parent=self, first_label=self.tr("&Passphrase:"))
        self.busy = BusyIndicator(self)
        location = hint(
            self.tr("Der verschlüsselte Datenbestand wird hier angelegt: {folder}").format(
                folder=str(wizard.paths.root)
            ),
            self,
        )
        location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.error)
        layout.addWidget(self.form)
        layout.addSpacing(8)
        layout.addWidget(location)
        layout.addStretch(1)
        layout.addWidget(self.busy)
        self._in_validate = False
        self._busy = False
        self.form.changed.connect(self.error.clear)

    def initializePage(self) -> None:
        office = self._wizard.office_page.profile
        self.form.set_user_inputs((office.counsellor_name, office.office_name, office.city))
        self.form.first.setFocus()

    def isComplete(self) -> bool:
        return not self._busy

    def validatePage(self) -> bool:
        if self._wizard.created is not None:
            return True
        problem = self.form.problem()
        if problem is not None:
            self.error.show_message(problem.message, "error")
            self.form.focus_field(problem.field)
            return False
        self.error.clear()
        passphrase, repeated = self.form.values()
        office = self._wizard.office_page.profile
        paths, kdf = self._wizard.paths, self._wizard.kdf
        self._set_busy(True)
        self._in_validate = True
        try:
            presets = self._wizard.presets.usable
            self._wizard.runner.run(
                lambda: create_store(paths, office, passphrase, repeated, kdf=kdf, presets=presets),
                self._created,
                self._failed,
            )
        finally:
            self._in_validate = False
        return self._wizard.created is not None

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.form.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Der Datenbestand wird verschlüsselt angelegt …"))
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            self.busy.stop()
            QApplication.restoreOverrideCursor()
        self.completeChanged.emit()

    def _created(self, created: CreatedStore) -> None:
        self._set_busy(False)
        self.form.clear()
        self._wizard.created = created
        if not self._in_validate:
            self._wizard.next()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, UserError):
            self.error.show_message(error.message, "error")
            if isinstance(error, ValidationError):
                self.form.focus_field(error.field)
            return
        self.error.show_message(self.tr("Der Datenbestand konnte nicht angelegt werden."), "error")
        report_bug(error)


class RecoveryCodePage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Ihr Wiederherstellungscode"))
        self.intro = hint(
            self.tr(
                "Der Datenbestand ist angelegt. Mit diesem Code öffnen Sie Ihre Daten, wenn Sie "
                "die Passphrase vergessen haben. Er wird nur jetzt angezeigt."
            ),
            self,
        )
        self.code = QLabel(self)
        self.code.setObjectName("recoveryCode")
        font = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.45)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        self.code.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.code.setAccessibleName(self.tr("Wiederherstellungscode"))
        frame = QFrame(self)
        frame.setObjectName("codeFrame")
        frame.setStyleSheet(
            "QFrame#codeFrame { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; } QLabel#recoveryCode { color: palette(text); }"
        )
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(16, 14, 16, 14)
        frame_layout.addWidget(self.code)

        advice = hint(
            self.tr(
                "Drucken Sie das Notfallblatt aus und bewahren Sie es verschlossen auf, "
                "getrennt vom Laptop. Wer den Code und den Laptop hat, kann alle Daten lesen. "
                "Ohne Passphrase und ohne diesen Code kann niemand die Daten wiederherstellen – "
                "auch nicht die IT-Abteilung."
            ),
            self,
        )
        self.print_button = QPushButton(self.tr("Notfallblatt &drucken …"), self)
        self.save_button = QPushButton(self.tr("Notfallblatt &speichern …"), self)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save_sheet)
        self.print_button.setVisible(emergency.printing_available())
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        file_note = hint(
            self.tr(
                "Eine gespeicherte Datei enthält den Code. Speichern Sie sie nur, um sie "
                "auszudrucken, und löschen Sie sie danach."
            ),
            self,
        )
        file_note.setEnabled(False)
        self.status = Banner("success", self)
        self.confirm = QCheckBox(
            self.tr("&Ich habe den Wiederherstellungscode sicher aufbewahrt."), self
        )
        self.confirm.setAccessibleName(self.confirm.text().replace("&", ""))
        self.registerField("code_stored*", self.confirm)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addWidget(frame)
        layout.addSpacing(6)
        layout.addWidget(advice)
        layout.addLayout(buttons)
        layout.addWidget(file_note)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.confirm)

    def initializePage(self) -> None:
        created = self._wizard.created
        self.code.setText(created.recovery_code if created else "")
        self._wizard.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.code.setFocus()

    def _sheet(self) -> bytes | None:
        created = self._wizard.created
        if created is None:
            return None
        return emergency.sheet_bytes(created.services, created.recovery_code)

    def save_sheet(self) -> None:
        path = emergency.ask_save_path(self)
        if path is None:
            return
        data = self._sheet()
        if data is None:
            return
        try:
            emergency.write_pdf(path, data)
        except UserError as error:
            self.status.show_message(error.message, "error")
            return
        self.status.show_message(
            self.tr("Notfallblatt gespeichert: {path}").format(path=str(path)), "success"
        )

    def print_sheet(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Notfallblatt drucken"))
        self._print_dialog = dialog

        def accepted() -> None:
            data = self._sheet()
            if data is None:
                return
            try:
                emergency.print_pdf(data, printer)
            except UserError as error:
                self.status.show_message(error.message, "error")
                return
            self.status.show_message(self.tr("Das Notfallblatt wurde gedruckt."), "success")

        dialog.accepted.connect(accepted)
        dialog.setModal(True)
        dialog.show()

    def show_reminder(self) -> None:
        self.status.show_message(
            self.tr(
                "Bitte bewahren Sie den Wiederherstellungscode sicher auf und bestätigen Sie "
                "das unten."
            ),
            "warning",
        )
        self.confirm.setFocus()


class SetupWizard(QWizard):
    """Emits ``store_ready(Services)`` when finished; ``rejected`` if cancelled before the
    store was created."""

    store_ready = Signal(object)

    def __init__(
        self,
        paths: DataPaths,
        kdf: KdfParams,
        runner: TaskRunner,
        parent: QWidget | None = None,
        presets: PresetLookup | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.kdf = kdf
        self.runner = runner
        # The provider's presets file, read once (see services.presets for where it is found).
        self.presets = presets if presets is not None else find_presets()
        self.created: CreatedStore | None = None
        self.setWindowTitle(self.tr("MBE Desktop – Einrichtung"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Weiter"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("&Zurück"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Abbrechen"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Fertig"))
        self.office_page = OfficePage(self.presets, self)
        self.passphrase_page = PassphrasePage(self)
        self.code_page = RecoveryCodePage(self)
        for page in (self.office_page, self.passphrase_page, self.code_page):
            self.addPage(page)
        self.resize(760, 640)
        fit_to_screen(self)  # 200 % on a small screen: not larger than it

    def accept(self) -> None:
        if self.created is None:
            return
        services = self.created.services
        self.created = None  # the recovery code is not kept beyond this point
        self.code_page.code.clear()
        super().accept()
        self.store_ready.emit(services)

    def reject(self) -> None:
        if self.passphrase_page._busy:
            return
        if self.created is not None:
            if self.field("code_stored"):
                self.accept()
            else:
                self.code_page.show_reminder()
            return
        super().reject()

    def take_services(self) -> Any:
        """The open services of a created store that was not finished (for shutdown)."""
        if self.created is None:
            return None
        services = self.created.services
        self.created = None
        return services
