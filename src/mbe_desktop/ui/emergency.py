"""Saving and printing the emergency sheet (Notfallblatt) from the setup wizard.

The PDF is built in memory. Saving writes the bytes straight to the file the user chose; no
temporary copy is made anywhere. Printing renders the pages with pdfium (``pypdfium2``) onto a
QPrinter; without it, only saving is offered.
"""

from __future__ import annotations

import contextlib
import errno
import importlib.util
import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QRect, QStandardPaths, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QFileDialog, QWidget

from mbe_desktop.app import Services
from mbe_desktop.domain.errors import StorageFull, UserError
from mbe_desktop.storage.files import os_error_to_user_error

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)

DEFAULT_FILE_NAME = "MBE-Notfallblatt.pdf"  # never personal data in file names
PRINT_DPI = 300


def sheet_bytes(services: Services, recovery_code: str) -> bytes:
    # reportlab loads with the first PDF, not with every window that may print one
    from mbe_desktop.documents.emergency_sheet import EmergencySheetInfo, build_emergency_sheet

    slots = services.store.slots
    try:
        created = date.fromisoformat(slots.created_on)
    except ValueError:
        created = date.today()
    return build_emergency_sheet(
        EmergencySheetInfo(
            recovery_code=recovery_code,
            store_location=str(services.paths.root),
            store_id=slots.store_id,
            created_on=created,
            office=services.office.profile(),
        )
    )


def ask_save_path(parent: QWidget | None) -> Path | None:
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("EmergencySheet", "Notfallblatt speichern"),
        str(Path(folder) / DEFAULT_FILE_NAME),
        QCoreApplication.translate("EmergencySheet", "PDF-Dokumente (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    return path


def write_pdf(path: Path, data: bytes) -> None:
    """Write the bytes to ``path`` (0600 where possible); a German UserError on failure."""
    try:
        with open(path, "wb") as handle:
            handle.write(data)
            handle.flush()
        with contextlib.suppress(OSError):
            path.chmod(0o600)
    except OSError as error:
        log.warning("emergency sheet not written (errno %s)", error.errno)
        converted = os_error_to_user_error(error)
        if isinstance(converted, StorageFull):
            raise converted from None
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise UserError(
                QCoreApplication.translate(
                    "EmergencySheet",
                    "In diesen Ordner darf nicht geschrieben werden. Bitte wählen Sie einen "
                    "anderen Speicherort.",
                )
            ) from None
        raise UserError(
            QCoreApplication.translate(
                "EmergencySheet",
                "Das Notfallblatt konnte nicht gespeichert werden. Bitte wählen Sie einen "
                "anderen Speicherort.",
            )
        ) from None


def printing_available() -> bool:
    return (
        importlib.util.find_spec("pypdfium2") is not None
        and importlib.util.find_spec("PySide6.QtPrintSupport") is not None
    )


def print_pdf(data: bytes, printer: QPrinter) -> None:
    """Render each page with pdfium and paint it onto ``printer``."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise UserError(
                QCoreApplication.translate(
                    "EmergencySheet",
                    "Der Drucker konnte nicht angesprochen werden. Es wurde nichts gedruckt.",
                )
            )
        try:
            for index in range(len(document)):
                if index:
                    printer.newPage()
                page = document[index]
                bitmap = page.render(scale=PRINT_DPI / 72, optimize_mode="print")
                image = bitmap_to_qimage(bitmap)
                bitmap.close()
                page.close()
                target = painter.viewport()
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), size), image)
        finally:
            painter.end()
    finally:
        document.close()


_QIMAGE_FORMATS = {
    "BGRA": QImage.Format.Format_ARGB32,
    "BGRx": QImage.Format.Format_RGB32,
    "BGR": QImage.Format.Format_BGR888,
    "RGB": QImage.Format.Format_RGB888,
    "L": QImage.Format.Format_Grayscale8,
}


def bitmap_to_qimage(bitmap: Any) -> QImage:
    """A deep copy of a pdfium bitmap as a QImage (pdfium's buffer is freed afterwards)."""
    image_format = _QIMAGE_FORMATS[str(bitmap.mode)]
    image = QImage(
        bytes(bitmap.buffer),
        int(bitmap.width),
        int(bitmap.height),
        int(bitmap.stride),
        image_format,
    )
    return image.copy()
