"""The GDPR consent form of a client: save as PDF to a file the user chooses, or print it.

The PDF is built in memory by ``ClientService.consent_form_pdf`` only after a file (or printer)
was chosen. The suggested file name carries no personal data. Dialogs are opened with
``open()`` (never ``exec()``), so a lock can close them like any other window.
"""

from __future__ import annotations

import contextlib
import errno
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from mbe_desktop.domain.errors import StorageFull, UserError
from mbe_desktop.services.clients import ClientService
from mbe_desktop.storage.files import os_error_to_user_error
from mbe_desktop.ui import emergency
from mbe_desktop.ui.widgets.common import show_message

log = logging.getLogger(__name__)

DEFAULT_FILE_NAME = "Einwilligung.pdf"  # never personal data in a file name


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def write_pdf(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (0600 where possible); a German UserError on failure."""
    try:
        with open(path, "wb") as handle:
            handle.write(data)
            handle.flush()
        with contextlib.suppress(OSError):
            path.chmod(0o600)
    except OSError as error:
        log.warning("consent form not written (errno %s)", error.errno)
        converted = os_error_to_user_error(error)
        if isinstance(converted, StorageFull):
            raise converted from None
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise UserError(
                QCoreApplication.translate(
                    "ConsentForm",
                    "In diesen Ordner darf nicht geschrieben werden. Bitte wählen Sie einen "
                    "anderen Speicherort.",
                )
            ) from None
        raise UserError(
            QCoreApplication.translate(
                "ConsentForm",
                "Die Einwilligungserklärung konnte nicht gespeichert werden. Bitte wählen Sie "
                "einen anderen Speicherort.",
            )
        ) from None


def save_consent_form(
    parent: QWidget,
    service: ClientService,
    client_id: int,
    on_saved: Callable[[Path], None] | None = None,
) -> QFileDialog:
    """Ask for a file (non-native, non-blocking dialog), then build and write the PDF."""
    dialog = QFileDialog(
        parent,
        QCoreApplication.translate("ConsentForm", "Einwilligungserklärung als PDF speichern"),
        str(documents_folder() / DEFAULT_FILE_NAME),
        QCoreApplication.translate("ConsentForm", "PDF-Dokumente (*.pdf)"),
    )
    dialog.setObjectName("consent_file_dialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    # Qt's own overwrite question runs a nested exec(); ours below is non-blocking.
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    dialog.setDefaultSuffix("pdf")
    dialog.selectFile(DEFAULT_FILE_NAME)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen(name: str) -> None:
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if path.exists():
            ask_overwrite(parent, path, lambda: write(path))
        else:
            write(path)

    def write(path: Path) -> None:
        try:
            write_pdf(path, service.consent_form_pdf(client_id))
        except UserError as error:
            show_message(
                parent,
                QCoreApplication.translate("ConsentForm", "Nicht gespeichert"),
                error.message,
                icon=QMessageBox.Icon.Warning,
            )
            return
        if on_saved is not None:
            on_saved(path)

    dialog.fileSelected.connect(chosen)
    dialog.open()
    return dialog


def ask_overwrite(parent: QWidget, path: Path, then: Callable[[], None]) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("ConsentForm", "Datei ersetzen?"),
        QCoreApplication.translate(
            "ConsentForm", "„{name}“ gibt es dort schon. Soll die Datei ersetzt werden?"
        ).format(name=path.name),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    replace = box.addButton(
        QCoreApplication.translate("ConsentForm", "&Ersetzen"), QMessageBox.ButtonRole.AcceptRole
    )
    keep = box.addButton(
        QCoreApplication.translate("ConsentForm", "Abbrechen"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: then() if button is replace else None)
    box.open()
    return box


def print_consent_form(parent: QWidget, service: ClientService, client_id: int) -> QWidget | None:
    """Open the print dialog (non-blocking); print the form when it is accepted."""
    if not emergency.printing_available():
        return None
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("ConsentForm", "Einwilligungserklärung drucken")
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def accepted() -> None:
        try:
            emergency.print_pdf(service.consent_form_pdf(client_id), printer)
        except UserError as error:
            show_message(
                parent,
                QCoreApplication.translate("ConsentForm", "Nicht gedruckt"),
                error.message,
                icon=QMessageBox.Icon.Warning,
            )

    dialog.accepted.connect(accepted)
    QDialog.open(dialog)  # non-blocking; QPrintDialog.open() itself wants a slot
    return dialog


def printing_available() -> bool:
    return emergency.printing_available()
