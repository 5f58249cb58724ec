"""Bugs: logged and shown in a crash dialog whose details hold no personal data.

The details name the exception type and the code locations (file, line, function, source
line) — never the exception's message, which may quote database values or user input, and
never absolute paths, which contain the user's login name.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop import __version__
from mbe_desktop.runtime import safe_traceback

__all__ = ["CrashDialog", "CrashHandler", "crash_details", "safe_traceback"]

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def crash_details(error: BaseException) -> str:
    return (
        f"MBE Desktop {__version__}\n"
        f"Python {platform.python_version()}, Qt {qVersion()}, "
        f"{platform.system()} {platform.release()}\n\n" + safe_traceback(error)
    )


def _signature(error: BaseException) -> tuple[str, ...]:
    frames = traceback.extract_tb(error.__traceback__)
    return (type(error).__qualname__, *(f"{f.filename}:{f.lineno}" for f in frames))


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("MBE Desktop – Unerwarteter Fehler"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "<b>In MBE Desktop ist ein unerwarteter Fehler aufgetreten.</b><br>"
                "Die letzte Aktion wurde möglicherweise nicht ausgeführt. Bereits gespeicherte "
                "Daten bleiben verschlüsselt erhalten.<br><br>"
                "Bitte melden Sie den Fehler mit den folgenden Angaben. Sie enthalten keine "
                "personenbezogenen Daten, nur die Stelle im Programm."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setAccessibleName(self.tr("Fehlerdetails"))
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Details &kopieren"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class CrashHandler:
    """``sys.excepthook`` replacement: log without messages, show each distinct bug once."""

    def __init__(self) -> None:
        self._seen: set[tuple[str, ...]] = set()
        self._previous: ExceptHook | None = None
        self.dialogs: list[CrashDialog] = []  # parentless dialogs need a Python reference

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self and self._previous is not None:
            sys.excepthook = self._previous

    def __call__(
        self,
        exc_type: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.exit(130)
            return
        if error.__traceback__ is None and tb is not None:
            error = error.with_traceback(tb)
        details = crash_details(error)
        log.error("unexpected error:\n%s", details)
        signature = _signature(error)
        if signature in self._seen or QApplication.instance() is None:
            return
        self._seen.add(signature)
        dialog = CrashDialog(details, QApplication.activeWindow())
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.show()

    def _forget(self, dialog: CrashDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)


def report_bug(error: BaseException) -> None:
    """Hand an unexpected exception (e.g. from a worker thread) to the crash handler."""
    sys.excepthook(type(error), error, error.__traceback__)
