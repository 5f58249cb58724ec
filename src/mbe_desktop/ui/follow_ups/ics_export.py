"""Export the due list as an .ics calendar file: pseudonymised entries, saved where the user
chooses, with a plain statement of what the file contains."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain.errors import UserError
from mbe_desktop.services.follow_ups import DueList
from mbe_desktop.ui.application import GERMAN
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.widgets.common import Banner, heading, hint


class IcsExportDialog(QDialog):
    def __init__(
        self, context: UnlockedContext, listing: DueList, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.listing = listing
        self.file_dialog: QFileDialog | None = None
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Wiedervorlagen in den Kalender exportieren"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        count = len(listing.items)
        self.summary = heading(
            self.tr("{count} Einträge als Kalenderdatei (.ics)").format(
                count=GERMAN.toString(count)
            )
            if count != 1
            else self.tr("1 Eintrag als Kalenderdatei (.ics)"),
            level=2,
            parent=self,
        )
        self.contents = hint(
            self.tr(
                "Was die Datei enthält: je Wiedervorlage einen ganztägigen Termin (oder einen "
                "Termin zur erfassten Uhrzeit) mit der Aktennummer und der Art der "
                "Wiedervorlage, zum Beispiel „Wiedervorlage 2026-0042: Schritt fällig“. "
                "Überfällige stehen auf dem heutigen Tag.\n\n"
                "Was sie nicht enthält: Namen, Geburtsdaten, Adressen, Notizen und den Text "
                "selbst erfasster Gründe.\n\n"
                "Bitte bedenken Sie: Wer die Datei oder Ihren Kalender sieht, erfährt, zu "
                "welchen Aktennummern Sie wann etwas vorhaben. Importieren Sie sie nur in Ihren "
                "dienstlichen Kalender und löschen Sie die Datei danach."
            ),
            self,
        )
        self.notice = Banner("success", self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Speichern unter …"), self)
        self.save_button.setDefault(True)
        self.save_button.setEnabled(count > 0)
        self.save_button.clicked.connect(self.choose_file)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.contents)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def default_name(self) -> str:
        return f"Wiedervorlagen-{self.listing.today.isoformat()}.ics"

    def choose_file(self) -> QFileDialog:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        dialog = QFileDialog(self, self.tr("Kalenderdatei speichern"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Kalenderdateien (*.ics)"))
        dialog.setDefaultSuffix("ics")
        dialog.setDirectory(folder)
        dialog.selectFile(self.default_name())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.write)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def write(self, name: str) -> None:
        path = Path(name)
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        try:
            count = self.context.services.follow_ups.export_ics(path, self.listing)
        except UserError as error:
            self.notice.show_message(error.message, "error")
            return
        self.written = path
        self.notice.show_message(
            self.tr("Gespeichert: {count} Einträge in {file}.").format(
                count=GERMAN.toString(count), file=str(path)
            ),
            "success",
        )
