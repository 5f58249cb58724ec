"""The Heute list as a two-level item model: the groups (overdue, today, this week, later)
and their follow-ups. The rows come from ``FollowUpService.due_list`` (computed in SQL)."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.reminders import Bucket
from mbe_desktop.services.follow_ups import DueItem, DueList
from mbe_desktop.ui.application import GERMAN
from mbe_desktop.ui.follow_ups.texts import category, describe, group_title
from mbe_desktop.ui.widgets.colours import error_text

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the follow-up's key (str), None on group rows
CLIENT_ROLE = Qt.ItemDataRole.UserRole + 2  # the client id (int)
BUCKET_ROLE = Qt.ItemDataRole.UserRole + 3  # the group (int)
OVERDUE_COLOUR = QColor("#a11d12")  # contrast ≥ 4.5:1 on white and the alternate row colour


def overdue_colour() -> QColor:
    """OVERDUE_COLOUR on light palettes, a lighter red on dark ones (≥ 4.5:1 either way)."""
    return error_text()


_Index = QModelIndex | QPersistentModelIndex
LRM, FSI, PDI = "\u200e", "\u2068", "\u2069"
_GROUP = 0  # internal id of group rows; items carry their group's row + 1


class Column(enum.IntEnum):
    DUE = 0
    NUMBER = 1
    NAME = 2
    KIND = 3
    ABOUT = 4


class DueModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listing: DueList | None = None
        self._groups: list[tuple[Bucket, tuple[DueItem, ...]]] = []
        self._headers = {
            Column.DUE: self.tr("Fällig"),
            Column.NUMBER: self.tr("Nr."),
            Column.NAME: self.tr("Name"),
            Column.KIND: self.tr("Anlass"),
            Column.ABOUT: self.tr("Worum es geht"),
        }

    # --- loading -------------------------------------------------------------------------

    def set_listing(self, listing: DueList) -> None:
        self.beginResetModel()
        self._listing = listing
        self._groups = [
            (bucket, listing.in_bucket(bucket)) for bucket in Bucket if listing.in_bucket(bucket)
        ]
        self.endResetModel()

    @property
    def listing(self) -> DueList | None:
        return self._listing

    def item(self, index: _Index) -> DueItem | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        group = index.internalId() - 1
        if not 0 <= group < len(self._groups):
            return None
        items = self._groups[group][1]
        return items[index.row()] if 0 <= index.row() < len(items) else None

    def index_of(self, key: str) -> QModelIndex:
        for group, (_bucket, items) in enumerate(self._groups):
            for row, item in enumerate(items):
                if item.key == key:
                    return self.createIndex(row, 0, group + 1)
        return QModelIndex()

    def group_index(self, bucket: Bucket) -> QModelIndex:
        for row, (found, _items) in enumerate(self._groups):
            if found == bucket:
                return self.createIndex(row, 0, _GROUP)
        return QModelIndex()

    def buckets(self) -> list[Bucket]:
        return [bucket for bucket, _items in self._groups]

    # --- structure -----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not 0 <= column < len(Column) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._groups):
                return QModelIndex()
            return self.createIndex(row, column, _GROUP)
        if parent.internalId() != _GROUP or parent.column() != 0:
            return QModelIndex()
        if not 0 <= parent.row() < len(self._groups) or row >= len(self._groups[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if (
            parent.internalId() == _GROUP
            and parent.column() == 0
            and 0 <= parent.row() < len(self._groups)
        ):
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column)
        if horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        return None

    # --- data ----------------------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(Column):
            return None
        if index.internalId() == _GROUP:
            return self._group_data(index, role)
        item = self.item(index)
        if item is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.NAME, Column.ABOUT):
            return item.display_name if column == Column.NAME else describe(item)
        if role == KEY_ROLE:
            return item.key
        if role == CLIENT_ROLE:
            return item.client_id
        if role == BUCKET_ROLE:
            return int(item.bucket)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == Column.DUE
            and item.bucket == Bucket.OVERDUE
        ):
            return overdue_colour()
        return None

    def _group_data(self, index: _Index, role: int) -> Any:
        if not 0 <= index.row() < len(self._groups):
            return None
        bucket, items = self._groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return self._group_text(bucket, len(items))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and bucket == Bucket.OVERDUE:
            return overdue_colour()
        if role == BUCKET_ROLE:
            return int(bucket)
        return None

    def _group_text(self, bucket: Bucket, shown: int) -> str:
        total = self._listing.count(bucket) if self._listing is not None else shown
        title = group_title(bucket)
        if total > shown:
            return self.tr("{title} ({total}, die ersten {shown} angezeigt)").format(
                title=title, total=GERMAN.toString(total), shown=GERMAN.toString(shown)
            )
        return f"{title} ({GERMAN.toString(total)})"

    def _display(self, item: DueItem, column: Column) -> str:
        if column == Column.DUE:
            text = format_date_de(item.due_on)
            if item.due_time is not None:
                text += self.tr(", {time} Uhr").format(time=item.due_time.strftime("%H:%M"))
            return text
        if column == Column.NUMBER:
            return item.client_number
        if column == Column.NAME:
            # Isolated, so that a name in Arabic script keeps its own order.
            return f"{LRM}{FSI}{item.display_name}{PDI}"
        if column == Column.KIND:
            return category(item)
        return describe(item)
