"""The application icon: every window gets it, and the desktop entry's name matches."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize  # noqa: TID251 - a UI test
from PySide6.QtWidgets import QApplication  # noqa: TID251 - a UI test

from mbe_desktop.ui.application import DESKTOP_FILE_NAME, configure_application
from mbe_desktop.ui.icons import ICON_SIZES

INSTALLER = Path(__file__).resolve().parents[2] / "installer"


def test_every_window_gets_the_app_icon_in_all_sizes(qapp: QApplication) -> None:
    translators = configure_application(qapp)
    try:
        icon = qapp.windowIcon()
        assert not icon.isNull()
        assert {QSize(size, size) for size in ICON_SIZES} <= set(icon.availableSizes())
        assert QApplication.desktopFileName() == DESKTOP_FILE_NAME
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_the_desktop_entry_is_named_as_the_application_says() -> None:
    entry = INSTALLER / "linux" / f"{DESKTOP_FILE_NAME}.desktop"
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    assert f"Icon={DESKTOP_FILE_NAME}" in lines
