"""The application icon, built from the pre-rendered PNGs in resources/icons.

PNGs rather than the SVG: the frozen build then needs neither QtSvg nor the SVG icon-engine
plugin, and the two smallest sizes are a simplified drawing that Qt could not derive itself.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from mbe_desktop.resources import resources_dir

ICON_NAME = "mbe-desktop"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The window and taskbar icon; empty (Qt's default) if the files are missing.

    Not cached: a QIcon kept past the QApplication would outlive the pixmap cache it uses."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in ICON_SIZES:
        path = folder / f"{ICON_NAME}-{size}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon
