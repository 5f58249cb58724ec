"""Small building blocks shared by windows: headings, banners, busy indicator, messages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.ui.widgets.colours import banner_colours, css, muted_text


def heading(text: str, *, level: int = 1, parent: QWidget | None = None) -> QLabel:
    """A bold heading; level 1 for a window or view, level 2 for a section."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * (1.6 if level == 1 else 1.2))
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def quiet(label: QLabel) -> QLabel:
    """Secondary text (a note under a field, a key hint): quieter than the text, but readable
    (4.5:1) and not announced as unavailable, as a disabled label would be."""
    label.setStyleSheet(f"QLabel {{ color: {css(muted_text())}; }}")
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """A wrapped paragraph of explanatory text."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class Banner(QFrame):
    """A coloured message box inside a window (info, success, warning, error). Hidden when
    empty, so forms do not jump around with stale messages."""

    def __init__(self, kind: str = "info", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.label, 1)
        self.set_kind(kind)
        self.hide()

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self._apply_colours()

    def colours(self) -> tuple[QColor, QColor, QColor]:
        """Background, border and text: derived from the palette (light and dark themes)."""
        return banner_colours(self.kind)

    def _apply_colours(self) -> None:
        background, border, text = (css(colour) for colour in self.colours())
        sheet = (
            f"QFrame#banner {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 4px; }}"
            f" QFrame#banner QLabel {{ color: {text}; background: transparent; }}"
        )
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self._apply_colours()  # the system switched between light and dark
        super().changeEvent(event)

    def show_message(self, text: str, kind: str | None = None) -> None:
        if kind is not None:
            self.set_kind(kind)
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.label.clear()
        self.hide()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""


class BusyIndicator(QWidget):
    """An indeterminate progress bar with a short text, shown while slow work runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setAccessibleName(text)
        self.show()

    def stop(self) -> None:
        self.hide()


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark an input as invalid (red frame) for the form's style sheet."""
    widget.setProperty("invalid", invalid)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


INVALID_STYLE = (
    'QLineEdit[invalid="true"], QComboBox[invalid="true"], QSpinBox[invalid="true"]'
    " { border: 2px solid #c0392b; border-radius: 3px; padding: 1px; }"
)


def show_message(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    on_close: Callable[[], None] | None = None,
) -> QMessageBox:
    """A non-blocking message box (``open()``, never ``exec()``), so that a lock can close it
    without leaving code waiting behind a nested event loop."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if on_close is not None:
        box.finished.connect(lambda _result: on_close())
    box.open()
    return box


def ask_destructive(
    parent: QWidget | None, title: str, text: str, action: str, on_confirm: Callable[[], None]
) -> QMessageBox:
    """A non-blocking question with a destructive button (``action``) and Cancel as the default;
    ``on_confirm`` runs only when the destructive button was clicked."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    confirm = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: on_confirm() if box.clickedButton() is confirm else None)
    box.open()
    return box
