"""Small charts drawn with QPainter (PySide6-Essentials has no QtCharts): horizontal bars with
the label on the left and the number beside each bar, and a tile for a headline figure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from mbe_desktop.ui.application import GERMAN
from mbe_desktop.ui.texts import catalogue_text
from mbe_desktop.ui.widgets.colours import banner_colours, css, mix, muted_text

# Colour-blind-safe pair (Okabe–Ito blue and orange) for up to two series, then greys.
SERIES_COLOURS = ("#0072B2", "#E69F00", "#7f7f7f", "#b0b0b0")
ROW_HEIGHT = 22
SERIES_GAP = 2


def number(value: int) -> str:
    return GERMAN.toString(value)


def percent(part: int, whole: int) -> str:
    if whole <= 0:
        return "–"
    return GERMAN.toString(100.0 * part / whole, "f", 0) + " %"


@dataclass(frozen=True)
class Bar:
    label: str
    values: tuple[int, ...]  # one per series
    tooltip: str = ""


class BarChart(QWidget):
    """Horizontal bars, one row per item; several series are drawn as thin bars side by side
    (e.g. at intake / at closure) with a legend above."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: tuple[Bar, ...] = ()
        self.series: tuple[str, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(260)

    def set_data(self, bars: Sequence[Bar], series: Sequence[str] = ()) -> None:
        # Row and series labels come from the domain in German: shown in the UI language.
        self.bars = tuple(replace(bar, label=catalogue_text(bar.label)) for bar in bars)
        self.series = tuple(catalogue_text(name) for name in series)
        self.setAccessibleDescription(
            "; ".join(
                f"{bar.label}: {' / '.join(number(v) for v in bar.values)}" for bar in self.bars
            )
        )
        self.updateGeometry()
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def _row_height(self) -> int:
        # From the font, so that large system fonts do not clip the labels.
        count = max(1, len(self.series))
        line = QFontMetrics(self.font()).height()
        return max(ROW_HEIGHT, line + 6) if count == 1 else max(14, line - 2) * count + 10

    def _legend_height(self) -> int:
        return max(20, QFontMetrics(self.font()).height() + 4) if len(self.series) > 1 else 0

    def sizeHint(self) -> QSize:
        rows = max(1, len(self.bars))
        return QSize(360, self._legend_height() + rows * self._row_height() + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        width = self.width()
        text_colour = self.palette().color(self.foregroundRole())
        # The empty part of a bar: a shade between the card and the text (light and dark themes).
        track_colour = mix(self.palette().color(self.backgroundRole()), text_colour, 0.1)
        y = 0
        if len(self.series) > 1:
            x = 0
            for index, name in enumerate(self.series):
                painter.fillRect(QRectF(x, 5, 10, 10), QColor(SERIES_COLOURS[index]))
                painter.setPen(text_colour)
                painter.drawText(x + 14, 0, metrics.horizontalAdvance(name) + 4, 20,
                                 Qt.AlignmentFlag.AlignVCenter, name)  # fmt: skip
                x += 14 + metrics.horizontalAdvance(name) + 18
            y = self._legend_height()
        if not self.bars:
            painter.setPen(muted_text())
            painter.drawText(0, y, width, ROW_HEIGHT, Qt.AlignmentFlag.AlignVCenter,
                             self.tr("keine Angaben im Zeitraum"))  # fmt: skip
            return
        label_width = min(
            max(metrics.horizontalAdvance(bar.label) for bar in self.bars) + 12,
            int(width * 0.42),
        )
        widest = max(max(bar.values, default=0) for bar in self.bars)
        number_width = metrics.horizontalAdvance(number(widest)) + 10
        track = max(20, width - label_width - number_width)
        row = self._row_height()
        count = max(1, len(self.bars[0].values))
        thickness = (row - 8 - SERIES_GAP * (count - 1)) / count
        small = QFont(self.font())
        if count > 1:  # numbers beside thin bars: a little smaller, so rows do not collide
            small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        for bar in self.bars:
            painter.setFont(self.font())
            painter.setPen(text_colour)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 8)
            left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
            painter.drawText(0, y, label_width - 8, row, left, label)
            painter.fillRect(QRectF(label_width, y + 3, track, row - 6), track_colour)
            for index, value in enumerate(bar.values):
                top = y + 4 + index * (thickness + SERIES_GAP)
                length = track * value / widest if widest else 0
                colour = QColor(SERIES_COLOURS[min(index, len(SERIES_COLOURS) - 1)])
                painter.fillRect(QRectF(label_width, top, max(length, 0), thickness), colour)
                painter.setPen(text_colour)
                painter.setFont(small)
                painter.drawText(
                    QRectF(label_width + length + 4, top - 3, number_width, thickness + 6),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    number(value),
                )
            y += row
        painter.end()


class FigureCard(QFrame):
    """A titled panel: optional headline, the chart, and a legend line saying how it is
    counted (also the tooltip)."""

    def __init__(self, title: str, counting: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title, counting = catalogue_text(title), catalogue_text(counting)
        self.setObjectName("figureCard")
        self.setStyleSheet(
            "QFrame#figureCard { border: 1px solid palette(mid); border-radius: 6px;"
            " background: palette(base); }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        self.title = QLabel(title, self)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.headline.hide()
        layout.addWidget(self.headline)
        self.chart = BarChart(self)
        layout.addWidget(self.chart)
        self.extra = QLabel(self)
        self.extra.setWordWrap(True)
        self.extra.hide()
        layout.addWidget(self.extra)
        self.counting = QLabel(counting, self)
        self.counting.setWordWrap(True)
        self.counting.setStyleSheet(f"color: {css(muted_text())};")
        small = QFont(self.counting.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        self.counting.setFont(small)
        layout.addWidget(self.counting)
        layout.addStretch(1)
        self.setToolTip(counting)

    def set_headline(self, text: str) -> None:
        self.headline.setText(text)
        self.headline.setVisible(bool(text))

    def set_extra(self, text: str) -> None:
        self.extra.setText(text)
        self.extra.setVisible(bool(text))


class Tile(QFrame):
    """A headline figure: the big number and what it is."""

    def __init__(self, caption: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tooltip = catalogue_text(tooltip)
        self.setObjectName("tile")
        background, border, text = (css(colour) for colour in banner_colours("info"))
        self.setStyleSheet(
            f"QFrame#tile {{ border: 1px solid {border}; border-radius: 6px;"
            f" background: {background}; }} QFrame#tile QLabel {{ color: {text}; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(0)
        self.value = QLabel("–", self)
        font = QFont(self.value.font())
        font.setPointSizeF((font.pointSizeF() if font.pointSizeF() > 0 else 10.0) * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        layout.addWidget(self.value)
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.setToolTip(tooltip)
        self.setAccessibleName(caption)

    def set_value(self, text: str, detail: str = "") -> None:
        self.value.setText(text)
        self.value.setAccessibleName(f"{self.caption.text()}: {text}")
        if detail:
            self.setToolTip(f"{self.toolTip().split(chr(10))[0]}\n{detail}")
