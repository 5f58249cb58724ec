"""The preview of a partner CSV before anything is imported.

It lists the rows that would be added, the rows already in the directory (skipped) and every
bad row with its line number and reason. "Importieren" is offered only for a file without
problems: the service imports all new rows in one transaction or none.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain.errors import UserError
from mbe_desktop.services.partners import ImportPreview
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.texts import catalogue_label
from mbe_desktop.ui.widgets.common import Banner, hint


def _table(headers: list[str], rows: list[tuple[str, ...]], parent: QWidget) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(row, column, item)
    table.resizeRowsToContents()
    return table


class ImportDialog(QDialog):
    imported = Signal(int)  # how many partners were added

    def __init__(
        self,
        context: UnlockedContext,
        data: bytes,
        preview: ImportPreview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.data = data
        self.preview = preview
        self.setWindowTitle(self.tr("Netzwerkpartner importieren – Vorschau"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.notice = Banner("info", self)
        if preview.problems:
            self.notice.show_message(
                self.tr(
                    "{count} Zeile(n) der Datei sind fehlerhaft. Es wird nichts importiert, "
                    "solange die Datei Fehler enthält: Bitte die Zeilen in der "
                    "Tabellenkalkulation berichtigen, als CSV UTF-8 speichern und erneut "
                    "importieren."
                ).format(count=len(preview.problems)),
                "error",
            )
        elif not preview.new:
            self.notice.show_message(
                self.tr("Alle Stellen der Datei sind schon im Verzeichnis. Es gibt nichts Neues."),
                "info",
            )
        else:
            self.notice.show_message(
                self.tr(
                    "Die Datei ist in Ordnung: {count} neue Stelle(n) werden übernommen."
                ).format(count=len(preview.new)),
                "success",
            )
        self.tabs = QTabWidget(self)
        self.problems = _table(
            [self.tr("Zeile"), self.tr("Problem")],
            [(str(p.line), p.message) for p in preview.problems],
            self,
        )
        self.new_rows = _table(
            [self.tr("Zeile"), self.tr("Name"), self.tr("Kategorie"), self.tr("Ort")],
            [
                (
                    str(r.line),
                    r.partner.name,
                    catalogue_label(cat.PARTNER_CATEGORIES, r.partner.category),
                    r.partner.city,
                )
                for r in preview.new
            ],
            self,
        )
        self.existing_rows = _table(
            [self.tr("Zeile"), self.tr("Name"), self.tr("Ort")],
            [(str(r.line), r.partner.name, r.partner.city) for r in preview.existing],
            self,
        )
        if preview.problems:
            self.tabs.addTab(
                self.problems, self.tr("&Fehler ({count})").format(count=len(preview.problems))
            )
        self.tabs.addTab(self.new_rows, self.tr("&Neu ({count})").format(count=len(preview.new)))
        self.tabs.addTab(
            self.existing_rows,
            self.tr("&Schon vorhanden ({count})").format(count=len(preview.existing)),
        )
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Importieren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(preview.can_import)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Stellen mit gleichem Namen und Ort wie im Verzeichnis werden übersprungen. "
                    "Das Format ist in der Anleitung „partners-csv.md“ beschrieben."
                ),
                self,
            )
        )
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 480)

    def run_import(self) -> None:
        try:
            count = self.context.services.partners.import_csv(self.data)
        except UserError as error:
            self.notice.show_message(error.message, "error")
            self.import_button.setEnabled(False)
            return
        self.context.events.announce("partners")
        self.imported.emit(count)
        self.accept()
