"""Opening, printing and saving PDFs that live inside the store (letters, release forms).

Opening goes through a private temp folder (0700, files 0600, names without personal data)
that is removed when the owner is destroyed (lock, quit) or the process exits. Saving a copy
asks for a file with a non-blocking dialog; printing renders the pages with pdfium. Nothing is
written anywhere unless the user asked for it.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from mbe_desktop.domain.errors import UserError
from mbe_desktop.ui import emergency
from mbe_desktop.ui.clients.consent import documents_folder, write_pdf
from mbe_desktop.ui.widgets.common import show_message

log = logging.getLogger(__name__)


def safe_file_name(stem: str) -> str:
    """Letters, digits and hyphens only (stems carry a client number, never a name)."""
    return "".join(ch for ch in stem if ch.isascii() and (ch.isalnum() or ch == "-")) or "Dokument"


class PreviewFolder(QObject):
    """A private temp folder for PDFs handed to the system viewer; removed with its owner."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Kept outside the wrapper: ``destroyed`` fires when the Python side may be gone.
        self._state: dict[str, Path | None] = {"path": None}
        self.opener: Callable[[QUrl], bool] = QDesktopServices.openUrl
        state = self._state
        self.destroyed.connect(lambda *_args: _remove(state))

    @property
    def path(self) -> Path | None:
        return self._state["path"]

    def write(self, stem: str, data: bytes) -> Path:
        folder = self._state["path"]
        if folder is None or not folder.is_dir():
            folder = Path(tempfile.mkdtemp(prefix="mbe-preview-"))  # mode 0700
            atexit.register(shutil.rmtree, folder, True)
            self._state["path"] = folder
        target = folder / f"{safe_file_name(stem)}.pdf"
        counter = 2
        while target.exists():
            target = folder / f"{safe_file_name(stem)}-{counter}.pdf"
            counter += 1
        handle = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        return target

    def open(self, stem: str, data: bytes) -> Path:
        """Write ``data`` and open it in the system's PDF viewer."""
        path = self.write(stem, data)
        if not self.opener(QUrl.fromLocalFile(str(path))):
            raise UserError(
                QCoreApplication.translate(
                    "NetworkPdf",
                    "Es ist kein Programm zum Anzeigen von PDF-Dateien eingerichtet. Speichern "
                    "Sie stattdessen eine Kopie oder drucken Sie das Schreiben.",
                )
            )
        return path

    def remove(self) -> None:
        _remove(self._state)


def _remove(state: dict[str, Path | None]) -> None:
    folder = state["path"]
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
        state["path"] = None


def save_pdf_copy(
    parent: QWidget | None,
    title: str,
    file_name: str,
    produce: Callable[[], bytes],
    on_saved: Callable[[Path], None] | None = None,
) -> QFileDialog:
    """Ask for a file (non-blocking), then write the bytes ``produce`` returns."""
    name = f"{safe_file_name(file_name.removesuffix('.pdf'))}.pdf"
    dialog = QFileDialog(
        parent,
        title,
        str(documents_folder() / name),
        QCoreApplication.translate("NetworkPdf", "PDF-Dokumente (*.pdf)"),
    )
    dialog.setObjectName("pdf_save_dialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    dialog.setDefaultSuffix("pdf")
    dialog.selectFile(name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def write(path: Path) -> None:
        try:
            write_pdf(path, produce())
        except UserError as error:
            show_message(
                parent,
                QCoreApplication.translate("NetworkPdf", "Nicht gespeichert"),
                error.message,
                icon=QMessageBox.Icon.Warning,
            )
            return
        if on_saved is not None:
            on_saved(path)

    def chosen(selected: str) -> None:
        path = Path(selected)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if path.exists():
            ask_overwrite(parent, path, lambda: write(path))
        else:
            write(path)

    dialog.fileSelected.connect(chosen)
    dialog.open()
    return dialog


def ask_overwrite(parent: QWidget | None, path: Path, then: Callable[[], None]) -> QMessageBox:
    """A non-blocking "replace the file?" question; ``then`` runs on "Ersetzen"."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("NetworkPdf", "Datei ersetzen?"),
        QCoreApplication.translate(
            "NetworkPdf", "„{name}“ gibt es dort schon. Soll die Datei ersetzt werden?"
        ).format(name=path.name),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    replace = box.addButton(
        QCoreApplication.translate("NetworkPdf", "&Ersetzen"), QMessageBox.ButtonRole.AcceptRole
    )
    keep = box.addButton(
        QCoreApplication.translate("NetworkPdf", "Abbrechen"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: then() if button is replace else None)
    box.open()
    return box


def print_pdf(parent: QWidget | None, title: str, produce: Callable[[], bytes]) -> QWidget | None:
    """The print dialog (non-blocking); prints what ``produce`` returns once accepted."""
    if not emergency.printing_available():
        show_message(
            parent,
            title,
            QCoreApplication.translate(
                "NetworkPdf",
                "Drucken ist hier nicht möglich. Speichern Sie eine Kopie und drucken Sie diese.",
            ),
            icon=QMessageBox.Icon.Warning,
        )
        return None
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def accepted() -> None:
        try:
            emergency.print_pdf(produce(), printer)
        except UserError as error:
            show_message(
                parent,
                QCoreApplication.translate("NetworkPdf", "Nicht gedruckt"),
                error.message,
                icon=QMessageBox.Icon.Warning,
            )

    dialog.accepted.connect(accepted)
    QDialog.open(dialog)
    return dialog


__all__ = ["PreviewFolder", "print_pdf", "safe_file_name", "save_pdf_copy"]
