"""Netzwerk: the local partner directory with search, filters, CSV import/export and templates.

The list is small (a directory has tens to a few hundred entries) but still filtered in SQL by
``PartnerService.search``; typing runs the query 150 ms after the last key. Every change is
announced as the "partners" topic, and the view reloads on it.
"""

from __future__ import annotations

import enum
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain.countries import language_name
from mbe_desktop.domain.errors import UserError
from mbe_desktop.services.partners import (
    PartnerDetail,
    PartnerQuery,
    PartnerRow,
    read_csv_file,
)
from mbe_desktop.ui.clients.consent import documents_folder
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.network.import_dialog import ImportDialog
from mbe_desktop.ui.network.partner_dialog import PartnerDialog
from mbe_desktop.ui.network.templates import TemplateEditor
from mbe_desktop.ui.texts import catalogue_choices, catalogue_text, ui_language
from mbe_desktop.ui.views.base import EmptyState, ViewPage
from mbe_desktop.ui.widgets.common import Banner, heading

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150
ID_ROLE = Qt.ItemDataRole.UserRole + 1
EXPORT_NAME = "Netzwerkpartner.csv"
_Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    NAME = 0
    CATEGORY = 1
    PLACE = 2
    PHONE = 3


class PartnerTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PartnerRow] = []
        self._headers = {
            Column.NAME: self.tr("Name"),
            Column.CATEGORY: self.tr("Kategorie"),
            Column.PLACE: self.tr("Ort"),
            Column.PHONE: self.tr("Telefon"),
        }

    def set_rows(self, rows: list[PartnerRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def partner(self, row: int) -> PartnerRow:
        return self._rows[row]

    def row_of(self, partner_id: int) -> int | None:
        for index, row in enumerate(self._rows):
            if row.id == partner_id:
                return index
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return self._headers[Column(section)]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = Column(index.column())
        if column == Column.NAME:
            return row.name
        if column == Column.CATEGORY:
            return catalogue_text(row.category_label)
        if column == Column.PLACE:
            if role == Qt.ItemDataRole.ToolTipRole:
                return ", ".join(part for part in (row.city, row.region) if part)
            return row.city or row.region
        return row.phone


class NetworkView(ViewPage):
    def __init__(self, context: UnlockedContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.services.partners
        self.child: QWidget | None = None
        self.model = PartnerTableModel(self)
        self.pages = QStackedWidget(self)
        self.empty = self._build_empty()
        self.list_page = self._build_list()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.list_page)
        self.set_body(self.pages)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        context.events.changed.connect(self._data_changed)
        self.reload_places()
        self.refresh()

    @classmethod
    def view_title(cls) -> str:
        return QCoreApplication.translate("NetworkView", "Netzwerk")

    # --- building ------------------------------------------------------------------------

    def _build_empty(self) -> EmptyState:
        empty = EmptyState(
            self.tr("Noch keine Netzwerkpartner"),
            self.tr(
                "Hier pflegen Sie die Stellen, an die Sie Ratsuchende weiterleiten – "
                "Jobcenter, Ausländerbehörde, Integrationskursträger, Anerkennungsberatung, "
                "Schuldnerberatung und andere – mit Ansprechpersonen, Adresse, Erreichbarkeit "
                "und Sprachen."
            ),
            self.tr(
                "Ein Verzeichnis von Kolleginnen und Kollegen übernehmen Sie als CSV-Datei "
                "(UTF-8, Semikolon). Gibt eine Weiterleitung personenbezogene Daten weiter, "
                "braucht sie vorher eine schriftliche Schweigepflichtentbindung."
            ),
            self,
        )
        self.first_partner_button = QPushButton(self.tr("Ersten &Partner anlegen …"), empty)
        self.first_partner_button.clicked.connect(lambda: self.open_partner(None))
        self.first_import_button = QPushButton(self.tr("Verzeichnis &importieren (CSV) …"), empty)
        self.first_import_button.clicked.connect(self.ask_import)
        row = QHBoxLayout()
        row.setContentsMargins(0, 8, 0, 0)
        row.addWidget(self.first_partner_button)
        row.addWidget(self.first_import_button)
        row.addStretch(1)
        layout = empty.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(layout.count() - 1, row)
        return empty

    def _build_list(self) -> QWidget:
        page = QWidget(self)
        self.search = QLineEdit(page)
        self.search.setObjectName("partner_search")
        self.search.setPlaceholderText(
            self.tr("Name, Angebot, Ansprechperson – z. B. „Sprachkurs“")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Netzwerkpartner suchen"))
        self.search.textChanged.connect(lambda _text: self._timer.start())
        search_label = QLabel(self.tr("&Suchen:"), page)
        search_label.setBuddy(self.search)
        self.category = QComboBox(page)
        self.category.addItem(self.tr("Alle Kategorien"), "")
        for code, label in catalogue_choices(cat.PARTNER_CATEGORIES):
            self.category.addItem(label, code)
        self.category.currentIndexChanged.connect(lambda _index: self.refresh())
        category_label = QLabel(self.tr("&Kategorie:"), page)
        category_label.setBuddy(self.category)
        self.place = QComboBox(page)
        self.place.currentIndexChanged.connect(lambda _index: self.refresh())
        place_label = QLabel(self.tr("&Ort/Region:"), page)
        place_label.setBuddy(self.place)
        self.count_label = QLabel(page)

        self.new_button = QPushButton(self.tr("&Neuer Partner …"), page)
        self.new_button.setToolTip(self.tr("Neuen Netzwerkpartner anlegen (Einfg)"))
        self.new_button.clicked.connect(lambda: self.open_partner(None))
        self.edit_button = QPushButton(self.tr("&Bearbeiten …"), page)
        self.edit_button.setToolTip(self.tr("Markierten Partner bearbeiten (Eingabetaste)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Löschen …"), page)
        self.delete_button.setToolTip(self.tr("Markierten Partner löschen (Entf)"))
        self.delete_button.clicked.connect(self.ask_delete)
        self.import_button = QPushButton(self.tr("CSV i&mportieren …"), page)
        self.import_button.clicked.connect(self.ask_import)
        self.export_button = QPushButton(self.tr("CSV e&xportieren …"), page)
        self.export_button.clicked.connect(self.ask_export)
        self.templates_button = QPushButton(self.tr("Brief&vorlagen …"), page)
        self.templates_button.clicked.connect(self.open_templates)

        self.table = QTableView(page)
        self.table.setObjectName("partner_table")
        self.table.setAccessibleName(self.tr("Netzwerkpartner"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        self.table.setColumnWidth(
            Column.CATEGORY, metrics.horizontalAdvance("Integrationskursträger") + 24
        )
        self.table.setColumnWidth(Column.PLACE, metrics.horizontalAdvance("Musterstadt") + 30)
        self.table.setColumnWidth(Column.PHONE, metrics.horizontalAdvance("0361 12345678") + 24)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        for key, slot, what in (
            (
                QKeySequence(Qt.Key.Key_Insert),
                lambda: self.open_partner(None),
                self.tr("Neuen Partner anlegen"),
            ),
            (QKeySequence(Qt.Key.Key_Delete), self.ask_delete, self.tr("Partner löschen")),
        ):
            shortcut = QShortcut(key, page)
            shortcut.setWhatsThis(what)  # listed under Hilfe → Tastenkürzel
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self.details = QLabel(page)
        self.details.setObjectName("partner_details")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_title = heading("", level=2, parent=page)
        details_box = QWidget(page)
        details_layout = QVBoxLayout(details_box)
        details_layout.setContentsMargins(12, 0, 0, 0)
        details_layout.addWidget(self.details_title)
        details_layout.addWidget(self.details, 1)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(details_box)
        splitter = QSplitter(page)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        scroll.setMinimumWidth(300)
        splitter.setSizes([700, 400])
        self.error = Banner("error", page)

        # The combo boxes would otherwise claim the width of their longest entry and squeeze
        # the search field to a few letters.
        for combo in (self.category, self.place):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 24)
        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        filters.addSpacing(12)
        filters.addWidget(category_label)
        filters.addWidget(self.category, 1)
        filters.addSpacing(12)
        filters.addWidget(place_label)
        filters.addWidget(self.place, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addSpacing(18)
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.templates_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        return page

    # --- loading -------------------------------------------------------------------------

    def query(self) -> PartnerQuery:
        return PartnerQuery(
            text=self.search.text(),
            category=str(self.category.currentData() or ""),
            place=str(self.place.currentData() or ""),
        )

    def reload_places(self) -> None:
        current = self.place.currentData()
        self.place.blockSignals(True)
        self.place.clear()
        self.place.addItem(self.tr("Alle Orte"), "")
        try:
            for place in self.service.places():
                self.place.addItem(place, place)
        except UserError as error:
            self.error.show_message(error.message, "error")
        index = self.place.findData(current) if current else 0
        self.place.setCurrentIndex(max(index, 0))
        self.place.blockSignals(False)

    def refresh(self) -> None:
        self._timer.stop()
        selected = self.selected_id()
        try:
            total = self.service.count()
            rows = self.service.search(self.query()) if total else []
        except UserError as error:
            self.error.show_message(error.message, "error")
            return
        self.error.clear()
        self.model.set_rows(rows)
        self.pages.setCurrentWidget(self.list_page if total else self.empty)
        if len(rows) == total:
            self.count_label.setText(self.tr("{count} Stellen").format(count=total))
        else:
            self.count_label.setText(
                self.tr("{count} von {all} Stellen").format(count=len(rows), all=total)
            )
        row = self.model.row_of(selected) if selected is not None else None
        if row is None and rows:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self._selection_changed()

    def _data_changed(self, topics: frozenset[str]) -> None:
        if "partners" in topics:
            self.reload_places()
            self.refresh()

    def focus_search(self) -> None:
        """For Strg+F while this view is shown."""
        self.search.setFocus()
        self.search.selectAll()

    # --- selection and details -----------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.model.rowCount():
            return None
        return self.model.partner(rows[0].row()).id

    def select_partner(self, partner_id: int) -> bool:
        row = self.model.row_of(partner_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _selection_changed(self, *_args: object) -> None:
        partner_id = self.selected_id()
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(partner_id is not None)
        if partner_id is None:
            self.details_title.setText("")
            self.details.setText(
                self.tr("Keine Stelle gefunden. Ändern Sie die Suche oder die Filter.")
                if self.model.rowCount() == 0
                else ""
            )
            return
        try:
            detail = self.service.detail(partner_id)
        except UserError as error:
            self.error.show_message(error.message, "error")
            return
        self.details_title.setText(detail.data.name)
        self.details.setText(self.details_text(detail))

    def details_text(self, detail: PartnerDetail) -> str:
        data = detail.data
        lines = [catalogue_text(detail.category_label), ""]
        city = " ".join(part for part in (data.postcode, data.city) if part)
        lines += [part for part in (data.street, city, data.region) if part]
        contact = [
            self.tr("Telefon: {value}").format(value=data.phone) if data.phone else "",
            self.tr("E-Mail: {value}").format(value=data.email) if data.email else "",
            self.tr("Web: {value}").format(value=data.website) if data.website else "",
        ]
        if any(contact):
            lines += ["", *[line for line in contact if line]]
        if data.opening_hours:
            lines += ["", self.tr("Öffnungszeiten:"), data.opening_hours]
        if data.languages:
            names = ", ".join(
                language_name(code, ui_language()) for code in data.languages.split(",")
            )
            lines += ["", self.tr("Sprachen: {names}").format(names=names)]
        if data.services:
            lines += ["", self.tr("Angebote:"), data.services]
        if detail.people:
            lines += ["", self.tr("Ansprechpersonen:")]
            for person in detail.people:
                extra = ", ".join(
                    part for part in (person.role, person.phone, person.email) if part
                )
                lines.append(f"• {person.name}" + (f" ({extra})" if extra else ""))
        if data.notes:
            lines += ["", self.tr("Notizen:"), data.notes]
        if detail.referrals:
            lines += [
                "",
                self.tr("{count} Weiterleitung(en) an diese Stelle.").format(
                    count=detail.referrals
                ),
            ]
        return "\n".join(lines)

    # --- actions -------------------------------------------------------------------------

    def open_partner(self, partner_id: int | None) -> PartnerDialog | None:
        try:
            dialog = PartnerDialog(self.context, partner_id, self.window())
        except UserError as error:
            self.error.show_message(error.message, "error")
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda detail: self.select_partner(detail.id))
        self.child = dialog
        dialog.open()
        return dialog

    def edit_selected(self) -> PartnerDialog | None:
        partner_id = self.selected_id()
        return self.open_partner(partner_id) if partner_id is not None else None

    def ask_delete(self) -> QMessageBox | None:
        partner_id = self.selected_id()
        if partner_id is None:
            return None
        row = self.model.partner(self.model.row_of(partner_id) or 0)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Netzwerkpartner löschen?"),
            self.tr(
                "„{name}“ mit allen Ansprechpersonen aus dem Verzeichnis löschen? Das lässt "
                "sich nicht rückgängig machen."
            ).format(name=row.name),
            QMessageBox.StandardButton.NoButton,
            self.window(),
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        delete = box.addButton(self.tr("&Löschen"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self.delete_partner(partner_id) if button is delete else None
        )
        self.child = box
        box.open()
        return box

    def delete_partner(self, partner_id: int) -> None:
        try:
            self.service.delete(partner_id)
        except UserError as error:
            self.error.show_message(error.message, "error")
            return
        self.context.events.announce("partners")

    def ask_import(self) -> QFileDialog:
        dialog = QFileDialog(
            self.window(),
            self.tr("Netzwerkpartner aus CSV importieren"),
            str(documents_folder()),
            self.tr("CSV-Dateien (*.csv);;Alle Dateien (*)"),
        )
        dialog.setObjectName("partner_import_dialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.import_file(Path(name)))
        self.child = dialog
        dialog.open()
        return dialog

    def import_file(self, path: Path) -> ImportDialog | None:
        try:
            data = read_csv_file(path)
            preview = self.service.preview_import(data)
        except OSError:
            self.error.show_message(
                self.tr("Die Datei konnte nicht gelesen werden. Bitte eine andere Datei wählen."),
                "error",
            )
            return None
        except UserError as error:
            self.error.show_message(error.message, "error")
            return None
        dialog = ImportDialog(self.context, data, preview, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._imported)
        self.child = dialog
        dialog.open()
        return dialog

    def _imported(self, count: int) -> None:
        self.error.show_message(
            self.tr("{count} Netzwerkpartner importiert.").format(count=count), "success"
        )

    def ask_export(self) -> QFileDialog:
        dialog = QFileDialog(
            self.window(),
            self.tr("Netzwerkpartner als CSV exportieren"),
            str(documents_folder() / EXPORT_NAME),
            self.tr("CSV-Dateien (*.csv)"),
        )
        dialog.setObjectName("partner_export_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setDefaultSuffix("csv")
        dialog.selectFile(EXPORT_NAME)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.export_file(Path(name)))
        self.child = dialog
        dialog.open()
        return dialog

    def export_file(self, path: Path) -> bool:
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            data = self.service.export_csv()
            path.write_bytes(data)
        except UserError as error:
            self.error.show_message(error.message, "error")
            return False
        except OSError:
            self.error.show_message(
                self.tr(
                    "Die Datei konnte nicht geschrieben werden. Bitte einen anderen Ort wählen."
                ),
                "error",
            )
            return False
        self.error.show_message(
            self.tr("Verzeichnis exportiert: {name}").format(name=path.name), "success"
        )
        return True

    def open_templates(self) -> TemplateEditor:
        dialog = TemplateEditor(self.context, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.child = dialog
        dialog.open()
        return dialog
