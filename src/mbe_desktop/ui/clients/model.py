"""The Ratsuchende list as a Qt table model over ``ClientService.page/count``.

Filtering, sorting and paging happen in SQL: the model holds the rows fetched so far and asks
for the next page of 200 when the view scrolls near the end (``canFetchMore``/``fetchMore``).
Sorting by a header click calls :meth:`ClientListModel.sort`, which reloads from the service —
no QSortFilterProxyModel (measured: seconds at 50,000 rows, versus milliseconds in SQL).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from mbe_desktop.domain.catalogues import CASE_FORMS
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.messages import display
from mbe_desktop.services.clients import ClientQuery, ClientRow, ClientService, SortColumn
from mbe_desktop.ui.texts import catalogue_label, catalogue_text
from mbe_desktop.ui.widgets.colours import error_text, muted_text

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the client id (int)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw value behind the cell (for tests, copying)
DUE_COLOUR = QColor("#a11d12")  # contrast ≥ 4.5:1 on white and on the alternate row colour
MUTED_COLOUR = QColor("#5f6368")  # "kein Fall": readable (≥ 4.5:1), but quieter
# On a dark palette both are replaced by shades derived from it (ui/widgets/colours.py).

_Index = QModelIndex | QPersistentModelIndex
LRM, FSI, PDI = "\u200e", "\u2068", "\u2069"


class Column(enum.IntEnum):
    NUMBER = 0
    NAME = 1
    AGE = 2
    NATIONALITY = 3
    CASE_FORM = 4
    CASE_STATUS = 5
    NEXT_FOLLOW_UP = 6


SORT_BY_COLUMN = {
    Column.NUMBER: SortColumn.NUMBER,
    Column.NAME: SortColumn.NAME,
    Column.AGE: SortColumn.AGE,
    Column.NATIONALITY: SortColumn.NATIONALITY,
    Column.CASE_FORM: SortColumn.CASE_FORM,
    Column.CASE_STATUS: SortColumn.CASE_STATUS,
    Column.NEXT_FOLLOW_UP: SortColumn.NEXT_FOLLOW_UP,
}
COLUMN_BY_SORT = {sort: column for column, sort in SORT_BY_COLUMN.items()}


class ClientListModel(QAbstractTableModel):
    def __init__(
        self,
        service: ClientService,
        parent: QObject | None = None,
        *,
        today: Callable[[], date] = date.today,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._today = today
        self._page_size = page_size
        self._query = ClientQuery(limit=page_size)
        self._rows: list[ClientRow] = []
        self._total = 0
        self._resetting = False
        self._fetching = False
        self._headers = {
            Column.NUMBER: self.tr("Nr."),
            Column.NAME: self.tr("Name"),
            Column.AGE: self.tr("Alter"),
            Column.NATIONALITY: self.tr("Staatsangehörigkeit"),
            Column.CASE_FORM: self.tr("Fallform"),
            Column.CASE_STATUS: self.tr("Fallstatus"),
            Column.NEXT_FOLLOW_UP: self.tr("Nächste Wiedervorlage"),
        }
        # The list shows the short form; the tooltip the full catalogue label.
        self._short_forms = {catalogue_label(CASE_FORMS, "counselling"): self.tr("Beratung")}

    # --- loading -------------------------------------------------------------------------

    @property
    def query(self) -> ClientQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many clients match the query (not only the rows fetched so far)."""
        return self._total

    def set_query(self, query: ClientQuery) -> None:
        """Load the first page of ``query`` (its offset and limit are the model's business)."""
        query = replace(query, offset=0, limit=self._page_size)
        total = self._service.count(query)
        rows = self._service.page(query) if total else []
        self._resetting = True  # no fetching from inside the reset's own signals
        try:
            self.beginResetModel()
            self._query = query
            self._total = max(total, len(rows))
            self._rows = list(rows)
            self.endResetModel()
        finally:
            self._resetting = False

    def reload(self) -> None:
        self.set_query(self._query)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and not self._resetting
            and not self._fetching
            and len(self._rows) < self._total
        )

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        rows = self._service.page(replace(self._query, offset=len(self._rows)))
        if not rows:  # fewer rows than counted (deleted meanwhile): stop asking
            self._total = len(self._rows)
            return
        first = len(self._rows)
        # A view with room left asks for more from inside endInsertRows' signal: a nested
        # insert would reach the other listeners before this one (the model tester caught it).
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        finally:
            self._fetching = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_BY_COLUMN:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        sort = SORT_BY_COLUMN[Column(column)]
        if sort == self._query.sort and descending == self._query.descending:
            return
        self.set_query(replace(self._query, sort=sort, descending=descending))

    # --- access --------------------------------------------------------------------------

    def client_row(self, row: int) -> ClientRow:
        return self._rows[row]

    def client_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, client_id: int) -> int | None:
        for row, item in enumerate(self._rows):
            if item.id == client_id:
                return row
        return None

    # --- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Nach „{column}“ sortieren").format(
                column=self._headers[Column(section)]
            )
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(Column):
            return None
        item = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == ID_ROLE:
            return item.id
        if role == SORT_ROLE:
            return self._raw(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.CASE_STATUS:
            return None if item.case_status else muted_text()
        if column == Column.NEXT_FOLLOW_UP and self._due(item):
            if role == Qt.ItemDataRole.ForegroundRole:
                return error_text()
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def _display(self, item: ClientRow, column: Column) -> str:
        if column == Column.NUMBER:
            return item.number
        if column == Column.NAME:
            # The name is isolated (FSI … PDI) in a left-to-right line, so an Arabic or Persian
            # name keeps its own order and the Latin form follows it instead of mixing in.
            name = f"{LRM}{FSI}{item.display_name}{PDI}"
            if item.name_latin and item.name_latin != item.display_name:
                name = f"{name} ({item.name_latin})"
            if item.match:  # found by another spelling: say so, so the list stays readable
                name = self.tr("{name} – {reason}").format(name=name, reason=display(item.match))
            return name
        if column == Column.AGE:
            return "" if item.age is None else str(item.age)
        if column == Column.NATIONALITY:
            return item.nationality
        if column == Column.CASE_FORM:
            form = catalogue_text(item.case_form or "")
            return self._short_forms.get(form, form)
        if column == Column.CASE_STATUS:
            return catalogue_text(item.case_status or "") or self.tr("kein Fall")
        return format_date_de(item.next_follow_up) if item.next_follow_up else ""

    def _raw(self, item: ClientRow, column: Column) -> object:
        return {
            Column.NUMBER: item.number,
            Column.NAME: item.display_name,
            Column.AGE: item.age,
            Column.NATIONALITY: item.nationality,
            Column.CASE_FORM: item.case_form,
            Column.CASE_STATUS: item.case_status,
            Column.NEXT_FOLLOW_UP: item.next_follow_up,
        }[column]

    def _tooltip(self, item: ClientRow, column: Column) -> str | None:
        if column == Column.NAME:
            text = item.display_name
            if item.name_latin:
                text = self.tr("{name}\nLateinische Schreibweise: {latin}").format(
                    name=item.display_name, latin=item.name_latin
                )
            if item.match:
                text += "\n" + self.tr(
                    "Gefunden als {reason} (nicht buchstabengleich mit der Suche)"
                ).format(reason=display(item.match))
            return text
        if column == Column.CASE_FORM and catalogue_text(item.case_form or "") in self._short_forms:
            return catalogue_text(item.case_form or "")
        if column == Column.NEXT_FOLLOW_UP and self._due(item):
            return self.tr("Wiedervorlage fällig")
        return None

    def _due(self, item: ClientRow) -> bool:
        return item.next_follow_up is not None and item.next_follow_up <= self._today()
