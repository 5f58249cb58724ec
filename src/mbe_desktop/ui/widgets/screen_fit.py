"""Windows that fit the screen: at 200 % a 1920 × 1080 laptop offers 960 × 540 points, less
than many dialogs ask for with ``resize()``. :func:`fit_to_screen` shrinks a window that would
be larger than the available screen area to it (never below its minimum size), so that its
buttons are not off the screen; Qt then centres it on the screen or its parent."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the window frame and title bar, which are not part of the widget's size.
FRAME_ALLOWANCE = QSize(16, 48)


def fitted(size: QSize, minimum: QSize, available: QSize) -> QSize:
    """``size`` bounded by the available area, but not smaller than ``minimum``."""
    return size.boundedTo(available).expandedTo(minimum)


def available_size(window: QWidget) -> QSize | None:
    """The room for a window on its screen; None on the offscreen platform (tests, screenshot
    script), whose 800 × 800 screen is a placeholder, not a display anyone reads."""
    screen = window.screen()
    if screen is None or QGuiApplication.platformName() == "offscreen":
        return None
    return screen.availableGeometry().size() - FRAME_ALLOWANCE


def fit_to_screen(window: QWidget) -> None:
    """Call after ``resize()`` in a window's constructor."""
    area = available_size(window)
    if area is None:
        return
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    size = fitted(window.size(), minimum, area)
    if size != window.size():
        window.resize(size)
