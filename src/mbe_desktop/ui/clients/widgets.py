"""Input widgets of the client forms: German date field with a calendar, searchable multi-select
lists (nationalities, languages), catalogue combos and optional number fields."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QIcon,
    QKeyEvent,
    QPainter,
    QPen,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain.catalogues import Catalogue
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.names import matches, search_key
from mbe_desktop.ui.application import GERMAN
from mbe_desktop.ui.texts import entry_hint, entry_label

# --- dates -------------------------------------------------------------------------------------

_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d+)")
_COMPACT = re.compile(r"(\d{2})(\d{2})(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


class DateFormatError(ValueError):
    """A date text that cannot be read; ``str(error)`` is the German message."""


def parse_date_de(text: str) -> date | None:
    """Read a date as Germans type it: ``12.03.1985``, ``1.3.1985``, ``12031985``; also ISO.

    Empty text is ``None``. Two-digit years are refused, as in the search (``12.3.85`` could
    be 1885, 1985 or 2085 to the reader)."""
    stripped = text.strip()
    if not stripped:
        return None
    dotted = _DOTTED.fullmatch(stripped)
    compact = _COMPACT.fullmatch(stripped)
    iso = _ISO.fullmatch(stripped)
    if dotted:
        day, month, year_text = dotted.groups()
        if len(year_text) != 4:
            raise DateFormatError(
                QApplication.translate(
                    "DateField", "Bitte das Jahr vierstellig eingeben, z. B. 12.03.1985."
                )
            )
        parts = int(year_text), int(month), int(day)
    elif compact:
        day, month, year_text = compact.groups()
        parts = int(year_text), int(month), int(day)
    elif iso:
        parts = tuple(int(part) for part in iso.groups())  # type: ignore[assignment]
    else:
        raise DateFormatError(
            QApplication.translate("DateField", "Bitte ein Datum als TT.MM.JJJJ eingeben.")
        )
    try:
        return date(*parts)
    except ValueError:
        raise DateFormatError(
            QApplication.translate("DateField", "Diesen Tag gibt es nicht.")
        ) from None


def calendar_icon() -> QIcon:
    """A small calendar drawn in code (no image files, no emoji font needed)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    ink = QColor("#3a4a5c")
    painter.setPen(QPen(ink, 1))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(1, 2, 14, 4, ink)
    painter.fillRect(4, 0, 2, 4, ink)
    painter.fillRect(10, 0, 2, 4, ink)
    for row in range(2):
        for column in range(3):
            painter.fillRect(3 + column * 4, 8 + row * 3, 2, 2, ink)
    painter.end()
    return QIcon(pixmap)


class CalendarPopup(QFrame):
    """A month calendar with "Heute" and "Leeren" below, shown as a popup under a field."""

    picked = Signal(object)  # date | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setLocale(GERMAN)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setAccessibleName(self.tr("Kalender"))
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.today_button = QPushButton(self.tr("Heute"), self)
        self.today_button.clicked.connect(lambda: self._picked(QDate.currentDate()))
        self.clear_button = QPushButton(self.tr("Leeren"), self)
        self.clear_button.setToolTip(self.tr("Datum entfernen"))
        self.clear_button.clicked.connect(self._cleared)
        buttons = QHBoxLayout()
        buttons.addWidget(self.today_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.calendar)
        layout.addLayout(buttons)

    def show_below(self, anchor: QWidget, current: date | None) -> None:
        shown = current or date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.adjustSize()
        position = anchor.mapToGlobal(QPoint(0, anchor.height()))
        screen = anchor.screen().availableGeometry() if anchor.screen() else None
        if screen is not None:
            if position.y() + self.height() > screen.bottom():
                position.setY(anchor.mapToGlobal(QPoint(0, 0)).y() - self.height())
            position.setX(max(screen.left(), min(position.x(), screen.right() - self.width())))
        self.move(position)
        self.show()
        self.calendar.setFocus()

    def _picked(self, value: QDate) -> None:
        self.hide()
        self.picked.emit(date(value.year(), value.month(), value.day()))

    def _cleared(self) -> None:
        self.hide()
        self.picked.emit(None)


class _DateLineEdit(QLineEdit):
    calendar_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and (
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.calendar_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """A German date (TT.MM.JJJJ) typed freely or picked from a calendar (button, Alt+↓ or F4).

    Unlike QDateEdit it can be empty, and typing "12031985" or "1.3.1985" just works. The text
    is tidied to ``12.03.1985`` when the field is left."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _DateLineEdit(self)
        self.edit.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.edit.setMaxLength(10)
        self.edit.setClearButtonEnabled(True)
        self.edit.setToolTip(
            self.tr(
                "Datum als TT.MM.JJJJ eingeben; Kalender mit Alt+↓. Leer lassen, wenn unbekannt."
            )
        )
        width = self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 48
        self.edit.setFixedWidth(width)
        self.button = QToolButton(self)
        self.button.setIcon(calendar_icon())
        self.button.setToolTip(self.tr("Kalender öffnen (Alt+↓)"))
        self.button.setAccessibleName(self.tr("Kalender öffnen"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        self.popup: CalendarPopup | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(lambda _text: self.changed.emit())
        self.edit.textChanged.connect(self._text_changed)
        self.edit.editingFinished.connect(self.tidy)
        self.edit.calendar_requested.connect(self.open_calendar)
        self.button.clicked.connect(self.open_calendar)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        self.popup.show_below(self.edit, self.value())

    def _picked(self, value: date | None) -> None:
        self.set_date(value)
        self.edit.setFocus()
        self.changed.emit()

    def _text_changed(self, text: str) -> None:
        if not text:  # the clear button does not emit textEdited
            self.changed.emit()

    def tidy(self) -> None:
        try:
            value = self.parsed()
        except DateFormatError:
            return
        formatted = format_date_de(value) if value else ""
        if formatted != self.edit.text():
            self.edit.setText(formatted)

    # --- values --------------------------------------------------------------------------

    def parsed(self) -> date | None:
        """The date, None when empty; DateFormatError (German message) when unreadable."""
        return parse_date_de(self.edit.text())

    def value(self) -> date | None:
        """The date, or None when empty or unreadable (see :meth:`problem`)."""
        try:
            return self.parsed()
        except DateFormatError:
            return None

    def problem(self) -> str:
        try:
            self.parsed()
        except DateFormatError as error:
            return str(error)
        return ""

    def set_date(self, value: date | None) -> None:
        self.edit.setText(format_date_de(value) if value else "")

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)


# --- catalogues and numbers --------------------------------------------------------------------


COMBO_MIN_WIDTH = 260


def catalogue_combo(catalogue: Catalogue, parent: QWidget | None = None) -> QComboBox:
    """A combo of a catalogue's labels with the codes as item data; hints as tooltips."""
    combo = QComboBox(parent)
    for entry in catalogue:
        combo.addItem(entry_label(catalogue, entry), entry.code)
        if entry.hint:
            combo.setItemData(combo.count() - 1, entry_hint(entry), Qt.ItemDataRole.ToolTipRole)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumWidth(COMBO_MIN_WIDTH)
    return combo


def set_combo_code(combo: QComboBox, code: object, fallback_label: str | None = None) -> None:
    """Select the item with ``code``; an unknown (old) code is added so it stays visible."""
    index = combo.findData(code)
    if index < 0:
        combo.addItem(fallback_label if fallback_label is not None else str(code), code)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def combo_code(combo: QComboBox) -> str:
    data = combo.currentData()
    return "" if data is None else str(data)


class OptionalSpin(QSpinBox):
    """A number that may be unknown: the lowest value shows as "keine Angabe" and means None."""

    def __init__(self, minimum: int, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._minimum = minimum
        self.setRange(minimum - 1, maximum)
        self.setSpecialValueText(self.tr("keine Angabe"))
        self.setValue(minimum - 1)

    def number(self) -> int | None:
        value = self.value()
        return None if value < self._minimum else value

    def set_number(self, value: int | None) -> None:
        self.setValue(self._minimum - 1 if value is None else value)


# --- searchable multi-select ------------------------------------------------------------------

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2


class _FoldingFilter(QSortFilterProxyModel):
    """Filters by word prefixes, insensitive to case, diacritics and script ("turk" → Türkei).
    Sorted on request only (:meth:`put_checked_first`), so ticking never moves a row away
    from under the cursor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self.setDynamicSortFilter(False)

    def put_checked_first(self) -> None:
        self.invalidate()
        self.sort(0)

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        checked = Qt.CheckState.Checked
        left_key = (left.data(Qt.ItemDataRole.CheckStateRole) != checked, left.row())
        right_key = (right.data(Qt.ItemDataRole.CheckStateRole) != checked, right.row())
        return left_key < right_key

    def set_query(self, query: str) -> None:
        self.beginFilterChange()
        self._query = query
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._query.strip():
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return matches(str(index.data(KEY_ROLE) or ""), self._query)


class _ChecklistView(QListView):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
                self.model().setData(
                    index,
                    Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked,
                    Qt.ItemDataRole.CheckStateRole,
                )
            event.accept()
            return
        super().keyPressEvent(event)


class CodeChecklist(QWidget):
    """Choose several entries of a long list (countries, languages) by typing a few letters.

    Type to filter, Enter ticks the first match (or ↓ to the list, Space/Enter to tick). The
    order of ticking is kept: the first chosen nationality is the first nationality."""

    changed = Signal()

    def __init__(
        self,
        items: Iterable[tuple[str, str, str]],
        *,
        placeholder: str,
        parent: QWidget | None = None,
    ) -> None:
        """``items``: (code, German name, further search text such as the English name)."""
        super().__init__(parent)
        self._names: dict[str, str] = {}
        self._order: list[str] = []
        self.model = QStandardItemModel(self)
        for code, name, extra in items:
            item = QStandardItem(name)
            item.setEditable(False)
            item.setCheckable(True)
            item.setData(code, CODE_ROLE)
            item.setData(search_key(name, extra, code), KEY_ROLE)
            self.model.appendRow(item)
            self._names[code] = name
        self._rows = {
            str(self.model.item(row).data(CODE_ROLE)): row for row in range(self.model.rowCount())
        }
        self.proxy = _FoldingFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(placeholder)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.filter.returnPressed.connect(self._tick_first)
        self.filter.installEventFilter(self)
        self.list = _ChecklistView(self)
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        rows = 6
        self.list.setFixedHeight(
            self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 4
        )
        self.selected = QLabel(self)
        self.selected.setWordWrap(True)
        self.selected.setTextFormat(Qt.TextFormat.PlainText)
        self.model.itemChanged.connect(self._item_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(self.selected)
        self.setFocusProxy(self.filter)
        QWidget.setTabOrder(self.filter, self.list)
        self._update_label()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.filter.setAccessibleName(self.tr("{name} suchen").format(name=name))
        self.list.setAccessibleName(name)
        self.selected.setAccessibleName(self.tr("{name}: ausgewählt").format(name=name))

    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            watched is self.filter
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self.list.setFocus()
            if not self.list.currentIndex().isValid() and self.proxy.rowCount():
                self.list.setCurrentIndex(self.proxy.index(0, 0))
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    # --- values --------------------------------------------------------------------------

    def codes(self) -> tuple[str, ...]:
        return tuple(self._order)

    def set_codes(self, codes: Sequence[str]) -> None:
        self.model.blockSignals(True)
        try:
            for row in range(self.model.rowCount()):
                self.model.item(row).setCheckState(Qt.CheckState.Unchecked)
            self._order = []
            for code in codes:
                if code in self._order:
                    continue
                known = self._rows.get(code)
                if known is None:  # an unknown (old) code stays visible and selectable
                    item = QStandardItem(code)
                    item.setEditable(False)
                    item.setCheckable(True)
                    item.setData(code, CODE_ROLE)
                    item.setData(search_key(code), KEY_ROLE)
                    self.model.appendRow(item)
                    known = self.model.rowCount() - 1
                    self._rows[code] = known
                    self._names[code] = code
                self.model.item(known).setCheckState(Qt.CheckState.Checked)
                self._order.append(code)
        finally:
            self.model.blockSignals(False)
        self.proxy.put_checked_first()
        self.list.scrollToTop()
        self._update_label()

    def name(self, code: str) -> str:
        return self._names.get(code, code)

    def visible_names(self) -> list[str]:
        return [str(self.proxy.index(row, 0).data()) for row in range(self.proxy.rowCount())]

    def toggle(self, code: str) -> None:
        row = self._rows[code]
        item = self.model.item(row)
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    # --- behaviour -----------------------------------------------------------------------

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self.proxy.put_checked_first()
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
            self.list.scrollToTop()

    def _tick_first(self) -> None:
        """Enter in the filter: tick the first match not yet ticked, then clear the filter."""
        if not self.filter.text().strip():
            return
        for row in range(self.proxy.rowCount()):
            code = str(self.proxy.index(row, 0).data(CODE_ROLE))
            item = self.model.item(self._rows[code])
            if item.checkState() != Qt.CheckState.Checked:
                item.setCheckState(Qt.CheckState.Checked)
                self.filter.clear()
                return

    def _item_changed(self, item: QStandardItem) -> None:
        code = str(item.data(CODE_ROLE))
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and code not in self._order:
            self._order.append(code)
        elif not checked and code in self._order:
            self._order.remove(code)
        else:
            return
        self._update_label()
        self.changed.emit()

    def _update_label(self) -> None:
        if self._order:
            names = ", ".join(self.name(code) for code in self._order)
            self.selected.setText(self.tr("Ausgewählt: {names}").format(names=names))
        else:
            self.selected.setText(self.tr("Noch nichts ausgewählt."))


def elide(text: str, limit: int = 120) -> str:
    """Shorten very long input (names may be pasted text) for labels; one line only."""
    single = " ".join(text.split())
    return single if len(single) <= limit else single[: limit - 1].rstrip() + "…"
