"""Choosing a statistics period: this year so far, a year, a half-year, a quarter, or from–to."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from mbe_desktop.domain.errors import ValidationError
from mbe_desktop.domain.periods import (
    Period,
    parse_period,
    period_between,
    period_for,
    year_to_date,
)

YEARS_BACK = 4  # the current year and the four before it
RANGE = "range"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PeriodPicker(QWidget):
    """A combo box of periods; "Zeitraum von–bis …" shows two date fields. ``ended_only``:
    only years, half-years and quarters that have ended (what the export publishes)."""

    changed = Signal()

    def __init__(
        self,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        *,
        ended_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._ended_only = ended_only
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.label = QLabel(self.tr("&Zeitraum:"), self)
        self.combo = QComboBox(self)
        self.combo.setMinimumContentsLength(22)
        self.label.setBuddy(self.combo)
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.until = QLabel(self.tr("bis"), self)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addWidget(self.start)
        layout.addWidget(self.until)
        layout.addWidget(self.end)
        layout.addStretch(1)
        self._fill()
        self.combo.currentIndexChanged.connect(self._combo_changed)
        self.start.dateChanged.connect(lambda _d: self.changed.emit())
        self.end.dateChanged.connect(lambda _d: self.changed.emit())
        self._show_range(False)

    def _fill(self) -> None:
        today = self._today()
        if not self._ended_only:
            self.combo.addItem(
                self.tr("dieses Jahr bis heute ({period})").format(
                    period=year_to_date(today).display_label()
                ),
                year_to_date(today).key,
            )
        for year in range(today.year, today.year - YEARS_BACK - 1, -1):
            candidates = [
                period_for(year),
                *(period_for(year, "half", n) for n in (1, 2)),
                *(period_for(year, "quarter", n) for n in (1, 2, 3, 4)),
            ]
            for period in candidates:
                if not period.is_future(today) and not (self._ended_only and period.end >= today):
                    self.combo.addItem(period.display_label(), period.key)
        if not self._ended_only:
            self.combo.addItem(self.tr("Zeitraum von–bis …"), RANGE)
        self.start.setDate(_qdate(date(today.year, 1, 1)))
        self.end.setDate(_qdate(today))

    def _show_range(self, visible: bool) -> None:
        for widget in (self.start, self.until, self.end):
            widget.setVisible(visible)

    def _combo_changed(self, _index: int) -> None:
        self._show_range(self.combo.currentData() == RANGE)
        self.changed.emit()

    def period(self) -> Period:
        """The chosen period; ValidationError (German) for a from–to the wrong way round."""
        key = self.combo.currentData()
        if key == RANGE:
            return period_between(_date(self.start.date()), _date(self.end.date()))
        index = self.combo.currentIndex()
        if index == 0 and not self._ended_only:
            return year_to_date(self._today())
        return parse_period(str(key))

    def set_period(self, period: Period) -> bool:
        """Select ``period``; False (and, with ``ended_only``, nothing changed) if it is not
        in the list."""
        index = self.combo.findData(period.key)
        if index > 0 or (index == 0 and self._ended_only):
            self.combo.setCurrentIndex(index)
            return True
        if self._ended_only:
            return False
        self.start.setDate(_qdate(period.start))
        self.end.setDate(_qdate(period.end))
        self.combo.setCurrentIndex(self.combo.findData(RANGE))
        return True

    def select_latest_ended(self) -> None:
        """The period that ended last (a quarter before the half-year or year ending with it)."""
        periods = [parse_period(str(self.combo.itemData(i))) for i in range(self.combo.count())]
        if periods:
            latest = max(range(len(periods)), key=lambda i: (periods[i].end, -periods[i].days))
            self.combo.setCurrentIndex(latest)

    def try_period(self) -> Period | ValidationError:
        try:
            return self.period()
        except ValidationError as error:
            return error
