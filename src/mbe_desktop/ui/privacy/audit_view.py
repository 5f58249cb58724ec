"""Protokoll: the audit trail, newest first, filtered and paged in SQL.

The model loads pages of :data:`PAGE` rows as the view scrolls (``canFetchMore``/``fetchMore``),
so a trail of many thousand events opens at once. The entries hold no personal data: action,
kind of record, record number (id), field names and time.
"""

from __future__ import annotations

import enum
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain.audit import AUDIT_FIELD_LABELS
from mbe_desktop.domain.errors import UserError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.services.audit_log import AuditFilter, AuditLogService, AuditRow
from mbe_desktop.ui.texts import catalogue_text
from mbe_desktop.ui.widgets.common import Banner, hint
from mbe_desktop.ui.widgets.screen_fit import fit_to_screen

PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    TIME = 0
    ACTION = 1
    ENTITY = 2
    RECORD = 3
    FIELDS = 4


HEADERS = {
    Column.TIME: QT_TRANSLATE_NOOP("AuditLogModel", "Zeitpunkt"),
    Column.ACTION: QT_TRANSLATE_NOOP("AuditLogModel", "Aktion"),
    Column.ENTITY: QT_TRANSLATE_NOOP("AuditLogModel", "Datensatz"),
    Column.RECORD: QT_TRANSLATE_NOOP("AuditLogModel", "Nr."),
    Column.FIELDS: QT_TRANSLATE_NOOP("AuditLogModel", "Felder"),
}


def fields_text(fields: tuple[str, ...]) -> str:
    return ", ".join(catalogue_text(AUDIT_FIELD_LABELS.get(name, name)) for name in fields)


class AuditLogModel(QAbstractTableModel):
    def __init__(self, service: AuditLogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.query = AuditFilter()
        self.rows: list[AuditRow] = []
        self.total = 0

    def set_filter(self, query: AuditFilter) -> None:
        self.beginResetModel()
        self.query = query
        try:
            self.total = self.service.count(query)
            self.rows = self.service.page(query, 0, PAGE)
        except UserError:
            self.total, self.rows = 0, []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        try:
            more = self.service.page(self.query, len(self.rows), PAGE)
        except UserError:
            more = []
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return self.tr(str(HEADERS[Column(section)]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is Column.TIME:
                return f"{format_date_de(row.at.date())} {row.at:%H:%M:%S}"
            if column is Column.ACTION:
                return row.action_label
            if column is Column.ENTITY:
                return row.entity_label
            if column is Column.RECORD:
                return "" if row.entity_id is None else str(row.entity_id)
            return fields_text(row.fields)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.FIELDS:
            return fields_text(row.fields) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.RECORD:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row.id
        return None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AuditLogDialog(QDialog):
    def __init__(self, service: AuditLogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protokoll"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.model = AuditLogModel(service, self)
        self.action = QComboBox(self)
        self.action.addItem(self.tr("Alle Aktionen"), "")
        for code, label in service.actions():
            self.action.addItem(label, code)
        self.action.setAccessibleName(self.tr("Aktion"))
        today = date.today()
        self.use_from = QCheckBox(self.tr("&von"), self)
        self.date_from = QDateEdit(_qdate(today.replace(day=1)), self)
        self.use_to = QCheckBox(self.tr("&bis"), self)
        self.date_to = QDateEdit(_qdate(today), self)
        self.date_from.setAccessibleName(self.tr("Einträge von Datum"))
        self.date_to.setAccessibleName(self.tr("Einträge bis Datum"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setEnabled(False)
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_to.toggled.connect(self.date_to.setEnabled)
        for signal in (
            self.action.currentIndexChanged,
            self.use_from.toggled,
            self.use_to.toggled,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
        ):
            signal.connect(self.apply_filter)
        self.count = QLabel(self)
        self.notice = Banner("info", self)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Protokolleinträge"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        close = QPushButton(self.tr("Schließen"), self)
        close.clicked.connect(self.accept)

        filters = QHBoxLayout()
        caption = QLabel(self.tr("&Aktion:"), self)
        caption.setBuddy(self.action)
        filters.addWidget(caption)
        filters.addWidget(self.action)
        filters.addSpacing(12)
        filters.addWidget(self.use_from)
        filters.addWidget(self.date_from)
        filters.addWidget(self.use_to)
        filters.addWidget(self.date_to)
        filters.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Wer wann welche Daten angelegt, geändert, gelöscht, ausgegeben oder "
                    "gesichert hat, und jedes Entsperren (§ 22 BDSG, Art. 5 Abs. 2 DSGVO). Das "
                    "Protokoll enthält keine Namen und keine Inhalte – nur die Art des "
                    "Datensatzes, seine interne Nummer und die Namen der geänderten Felder."
                ),
                self,
            )
        )
        layout.addLayout(filters)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.resize(860, 560)
        fit_to_screen(self)  # 200 % on a small screen: not larger than it
        self.apply_filter()

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            action=str(self.action.currentData() or ""),
            date_from=_date(self.date_from.date()) if self.use_from.isChecked() else None,
            date_to=_date(self.date_to.date()) if self.use_to.isChecked() else None,
        )

    def apply_filter(self) -> None:
        query = self.current_filter()
        if query.date_from and query.date_to and query.date_from > query.date_to:
            self.notice.show_message(self.tr("„von“ liegt nach „bis“."), "error")
        else:
            self.notice.clear()
        self.model.set_filter(query)
        self.count.setText(self.tr("{count} Einträge").format(count=self.model.total))
