"""The QApplication: German locale, the UI language's translations, Qt messages into logging.

The UI language is German (the source language of every string) or English. The choice is a UI
preference in QSettings (the store is not open before unlock); without one, the system's UI
language decides on first start: English for ``en*``, German for ``de*`` and for everything else
(the users are German counselling offices). ``MBE_LANGUAGE=de|en`` overrides both (smoke tests,
screenshots). Dates and numbers stay German (``QLocale("de_DE")``) in either language.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QSettings,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from mbe_desktop import APP_NAME, __version__
from mbe_desktop.domain import messages
from mbe_desktop.resources import resources_dir
from mbe_desktop.ui.icons import app_icon
from mbe_desktop.ui.texts import DEFAULT_LANGUAGE, LANGUAGES, set_ui_language

log = logging.getLogger("mbe_desktop.qt")

DESKTOP_FILE_NAME = "mbe-desktop"  # mbe-desktop.desktop, installed by installer/linux

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
LANGUAGE_KEY = "ui/language"
LANGUAGE_ENV = "MBE_LANGUAGE"
TRANSLATIONS_BASENAME = "mbe_desktop"
# The names shown in the language setting: each in its own language.
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}

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


def ui_settings() -> QSettings:
    """The UI preferences (organisation and application name must be set)."""
    return QSettings()


def saved_language(settings: QSettings | None = None) -> str | None:
    value = (settings or ui_settings()).value(LANGUAGE_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(language: str, settings: QSettings | None = None) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown UI language: {language}")
    settings = settings or ui_settings()
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()


def system_language(locale: QLocale | None = None) -> str:
    """The UI language that fits the system's: English for English, German otherwise."""
    locale = locale or QLocale.system()
    preferred = [*locale.uiLanguages(), locale.name()]
    for name in preferred:
        lowered = name.lower()
        if lowered.startswith("de"):
            return "de"
        if lowered.startswith("en"):
            return "en"
        if lowered not in ("c", ""):
            break  # the first real preference decides
    return DEFAULT_LANGUAGE


def preferred_language(settings: QSettings | None = None, locale: QLocale | None = None) -> str:
    """The environment override, else the saved choice, else the system's language."""
    override = os.environ.get(LANGUAGE_ENV, "")
    if override in LANGUAGES:
        return override
    return saved_language(settings) or system_language(locale)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own texts and the application's for ``language``; returns the translators."""
    translators: list[QTranslator] = []
    locale = QLocale(QLocale.Language.English if language == "en" else QLocale.Language.German)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", qt_folder):
        app.installTranslator(qt_translator)
        translators.append(qt_translator)
    else:
        log.info("Qt's translations for %s were not found", language)
    own = QTranslator(app)
    if own.load(f"{TRANSLATIONS_BASENAME}_{language}", str(translations_dir())):
        app.installTranslator(own)
        translators.append(own)
    elif language != DEFAULT_LANGUAGE:
        # German is the source language: without a file the texts are German anyway.
        log.warning("the %s translations were not found in %s", language, translations_dir())
    # The core's messages (errors, labels) are looked up through Qt from now on.
    messages.install_translator(qt_translate, language)
    set_ui_language(language)
    return translators


def qt_translate(context: str, text: str, disambiguation: str | None) -> str:
    """Qt's lookup for ``domain.messages``: the source text itself when there is none."""
    return QCoreApplication.translate(context, text, disambiguation)


def configure_application(
    app: QApplication, language: str | None = DEFAULT_LANGUAGE
) -> list[QTranslator]:
    """Name, locale and translations. Returns the installed translators (keep them alive).

    ``language=None``: the user's choice (see ``preferred_language``); run before any window."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("MBE")
    QCoreApplication.setApplicationVersion(__version__)
    QLocale.setDefault(GERMAN)
    app.setQuitOnLastWindowClosed(False)  # the controller decides when the app ends
    app.setWindowIcon(app_icon())  # every window, the taskbar and Alt+Tab
    # Wayland shows the icon of the desktop entry whose name matches (installer/linux).
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    return install_translations(app, language or preferred_language())


def install_message_handler() -> Any:
    """Route Qt's warnings into logging; returns the previous handler."""
    return qInstallMessageHandler(qt_message_handler)
