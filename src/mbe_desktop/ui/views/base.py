"""The frame every main-window view shares: a heading, an optional lead text and a body.

Later issues replace a view's body (``set_body``) without touching the main window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from mbe_desktop.ui.widgets.common import heading


class ViewPage(QWidget):
    """Heading plus body; :meth:`view_title` is also the navigation label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading(self.view_title(), parent=self)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(28, 22, 28, 22)
        self._layout.setSpacing(14)
        self._layout.addWidget(self.heading)
        self.body: QWidget | None = None

    @classmethod
    def view_title(cls) -> str:
        raise NotImplementedError

    def set_body(self, body: QWidget, *, scroll: bool = False) -> None:
        if self.body is not None:
            self._layout.removeWidget(self.body)
            self.body.deleteLater()
        if scroll:
            area = QScrollArea(self)
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setWidget(body)
            self.body = area
        else:
            self.body = body
        self._layout.addWidget(self.body, 1)


class EmptyState(QWidget):
    """What will appear in a view and how to get there — shown while it has nothing to show."""

    def __init__(self, headline: str, text: str, steps: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 24, 0, 0)
        layout.setSpacing(10)
        self.headline = heading(headline, level=2, parent=self)
        layout.addWidget(self.headline)
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.text.setMaximumWidth(640)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.text)
        self.steps = QLabel(steps, self)
        self.steps.setWordWrap(True)
        self.steps.setMaximumWidth(640)
        self.steps.setTextFormat(Qt.TextFormat.PlainText)
        self.steps.setVisible(bool(steps))
        layout.addWidget(self.steps)
        layout.addStretch(1)
