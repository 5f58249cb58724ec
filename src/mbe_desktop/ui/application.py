"""The QApplication: German locale, Qt's own German texts, Qt messages routed into logging."""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from mbe_desktop import APP_NAME, __version__

log = logging.getLogger("mbe_desktop.qt")

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "qt"
    log.log(_LEVELS.get(mode, logging.WARNING), "%s: %s", category, message)


def application() -> QApplication:
    """The running QApplication, created (with the process arguments) if there is none."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication(sys.argv[:1])


def configure_application(app: QApplication) -> list[QTranslator]:
    """Name, locale and translations. Returns the installed translators (keep them alive)."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("MBE")
    QCoreApplication.setApplicationVersion(__version__)
    QLocale.setDefault(GERMAN)
    app.setQuitOnLastWindowClosed(False)  # the controller decides when the app ends
    translators: list[QTranslator] = []
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load(GERMAN, "qtbase", "_", folder):
        app.installTranslator(translator)
        translators.append(translator)
    else:
        log.info("Qt's German translations were not found")
    return translators


def install_message_handler() -> Any:
    """Route Qt's warnings into logging; returns the previous handler."""
    return qInstallMessageHandler(qt_message_handler)
