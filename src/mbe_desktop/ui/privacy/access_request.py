"""Access request (Art. 15 DSGVO): passphrase again, choose a folder, write PDF and JSON.

The files are named after the client number only ("Auskunft-2025-0042.pdf"), never a name. All
dialogs are non-blocking (``open()``), so a lock closes them like every other window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mbe_desktop.app import Services
from mbe_desktop.domain.errors import UserError
from mbe_desktop.services.privacy import ExportedFiles
from mbe_desktop.ui.tasks import TaskRunner
from mbe_desktop.ui.widgets.common import show_message
from mbe_desktop.ui.widgets.reauth import ask_passphrase_again

log = logging.getLogger(__name__)


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def start_access_request(
    parent: QWidget,
    services: Services,
    client_id: int,
    *,
    runner: TaskRunner | None = None,
    on_done: Callable[[ExportedFiles], None] | None = None,
) -> QWidget:
    """Ask for the passphrase again, then for a folder; then build and write both files."""

    def choose_folder() -> None:
        dialog = QFileDialog(
            parent,
            QCoreApplication.translate("AccessRequest", "Ordner für die Auskunft wählen"),
            str(documents_folder()),
        )
        dialog.setObjectName("access_request_folder_dialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: export(Path(name)))
        dialog.open()

    def export(folder: Path) -> None:
        def work() -> ExportedFiles:
            return services.privacy.export_access_report(client_id, folder)

        if runner is None:
            try:
                result = work()
            except Exception as error:
                failed(error)
                return
            done(result)
        else:
            runner.run(work, done, failed)

    def done(files: ExportedFiles) -> None:
        show_message(
            parent,
            QCoreApplication.translate("AccessRequest", "Auskunft gespeichert"),
            QCoreApplication.translate(
                "AccessRequest",
                "Die Auskunft wurde gespeichert:\n{pdf}\n{json}\n\nGeben Sie die Dateien nur der "
                "betroffenen Person selbst (oder ausgedruckt) und löschen Sie sie danach.",
            ).format(pdf=str(files.pdf), json=str(files.json)),
            icon=QMessageBox.Icon.Information,
        )
        if on_done is not None:
            on_done(files)

    def failed(error: BaseException) -> None:
        if isinstance(error, UserError):
            message = error.message
        else:
            log.error("access report failed: %s", type(error).__name__)
            message = QCoreApplication.translate(
                "AccessRequest", "Die Auskunft konnte nicht erstellt werden."
            )
        show_message(
            parent,
            QCoreApplication.translate("AccessRequest", "Auskunft nicht gespeichert"),
            message,
            icon=QMessageBox.Icon.Warning,
        )

    return ask_passphrase_again(
        parent,
        services,
        QCoreApplication.translate(
            "AccessRequest", "Auskunft nach Art. 15 DSGVO mit allen Daten dieser Person speichern"
        ),
        choose_folder,
        runner=runner,
    )
