"""Über MBE Desktop: version, Python and Qt, and the licences of bundled libraries and fonts."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop import APP_NAME, __version__
from mbe_desktop.about import FontInfo, LibraryInfo, fonts, libraries
from mbe_desktop.resources import resources_dir
from mbe_desktop.ui.widgets.common import heading


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("Über MBE Desktop"))
        self.libraries: list[LibraryInfo] = libraries()
        self.fonts: list[FontInfo] = fonts(resources_dir() / "fonts")

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Über MBE Desktop"))
        self.tabs.addTab(self._build_summary(), self.tr("&Programm"))
        self.library_table, self.library_text, page = self._build_licence_page(
            [self.tr("Bibliothek"), self.tr("Version"), self.tr("Lizenz")],
            [
                (lib.name, lib.version or self.tr("nicht installiert"), lib.licence or "–")
                for lib in self.libraries
            ],
            self.tr("Bibliotheken"),
        )
        self.library_table.currentCellChanged.connect(lambda row, *_: self._show_library(row))
        self.tabs.addTab(page, self.tr("&Bibliotheken"))
        self.font_table, self.font_text, page = self._build_licence_page(
            [self.tr("Schrift"), self.tr("Dateien"), self.tr("Lizenz")],
            [(font.family, ", ".join(font.files), font.licence) for font in self.fonts],
            self.tr("Schriften"),
        )
        self.font_table.currentCellChanged.connect(lambda row, *_: self._show_font(row))
        self.tabs.addTab(page, self.tr("&Schriften"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.library_table.setCurrentCell(0, 0)
        self.font_table.setCurrentCell(0, 0)
        self.resize(self.fontMetrics().averageCharWidth() * 115, self.fontMetrics().height() * 38)

    def summary_text(self) -> str:
        return self.summary.text()

    def _build_summary(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(f"{APP_NAME} {__version__}", parent=page))
        self.summary = QLabel(page)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setText(
            self.tr(
                "Falldokumentation für die Migrationsberatung für erwachsene Zugewanderte (MBE). "
                "Arbeitet ohne Internetverbindung; alle Daten liegen verschlüsselt auf diesem "
                "Rechner.\n\n"
                "Version {version}\nPython {python}\nQt {qt}, PySide6 {pyside}\n\n"
                "Die mitgelieferten Bibliotheken und Schriften und ihre Lizenzen stehen auf den "
                "anderen Reitern."
            ).format(
                version=__version__,
                python=platform.python_version(),
                qt=qVersion(),
                pyside=pyside_version,
            )
        )
        self.summary.setAccessibleName(self.summary.text())
        layout.addWidget(self.summary)
        layout.addStretch(1)
        return page

    def _build_licence_page(
        self, headers: list[str], rows: list[tuple[str, str, str]], what: str
    ) -> tuple[QTableWidget, QPlainTextEdit, QWidget]:
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        table = QTableWidget(len(rows), len(headers), splitter)
        table.setAccessibleName(what)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        text = QPlainTextEdit(splitter)
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("Lizenztext"))
        text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        splitter.addWidget(table)
        splitter.addWidget(text)
        splitter.setStretchFactor(1, 1)
        return table, text, splitter

    def _show_library(self, row: int) -> None:
        if not 0 <= row < len(self.libraries):
            return
        library = self.libraries[row]
        self.library_text.setPlainText(
            library.licence_text
            or self.tr(
                "Zu {name} ist kein Lizenztext mitgeliefert. Lizenz laut Paketangaben: {licence}"
            ).format(name=library.name, licence=library.licence or "–")
        )

    def _show_font(self, row: int) -> None:
        if 0 <= row < len(self.fonts):
            self.font_text.setPlainText(self.fonts[row].licence_text)
