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

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def _short_path(filename: str) -> str:
    """A path without the user's folders: from the package name, or just the file name."""
    normalised = filename.replace("\\", "/")
    for marker in ("/mbe_desktop/", "/site-packages/"):
        index = normalised.rfind(marker)
        if index >= 0:
            start = index + 1 if marker == "/mbe_desktop/" else index + len(marker)
            return normalised[start:]
    return normalised.rsplit("/", 1)[-1]


def safe_traceback(error: BaseException) -> str:
    """Traceback lines with exception types and code locations only (no messages)."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    chain: list[BaseException] = []
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or current.__context__
    for index, exc in enumerate(reversed(chain)):
        if index:
            parts.append("\nDaraus folgte:\n")
        parts.append("Traceback (most recent call last):\n")
        for frame in traceback.extract_tb(exc.__traceback__):
            parts.append(
                f'  File "{_short_path(frame.filename)}", line {frame.lineno}, in {frame.name}\n'
            )
            if frame.line:
                parts.append(f"    {frame.line.strip()}\n")
        exc_type = type(exc)
        parts.append(f"{exc_type.__module__}.{exc_type.__qualname__}\n")
    return "".join(parts)


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
