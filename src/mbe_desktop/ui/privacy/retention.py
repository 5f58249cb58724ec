"""Löschfristen: the records whose retention period has run out, and deleting them.

Deleting asks for the passphrase again, then for a confirmation that names the count, then
deletes in rounds (one transaction each) with a progress dialog; each round reduces the cases
to statistics-only rows first. Names appear only in this list inside the app.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain.errors import UserError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.services.retention import DeletionResult, DueClient
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.widgets.common import Banner, hint
from mbe_desktop.ui.widgets.reauth import ask_passphrase_again

log = logging.getLogger(__name__)

CHUNK = 50  # clients per transaction; the progress dialog advances between rounds
COLUMNS = (
    QT_TRANSLATE_NOOP("RetentionDialog", "Akte"),
    QT_TRANSLATE_NOOP("RetentionDialog", "Name"),
    QT_TRANSLATE_NOOP("RetentionDialog", "Letzter Fallabschluss"),
    QT_TRANSLATE_NOOP("RetentionDialog", "Löschfrist abgelaufen am"),
)


class RetentionDialog(QDialog):
    deleted = Signal(int)  # number of deleted records

    def __init__(
        self,
        context: UnlockedContext,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.services = context.services
        self.today = today
        self.due: list[DueClient] = []
        self.progress: QProgressDialog | None = None
        self.question: QMessageBox | None = None
        self._queue: list[int] = []
        self._total = 0
        self._done = 0
        self._retained = 0
        self._cancelled = False
        self.setWindowTitle(self.tr("Löschfristen"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.summary = hint("", self)
        self.notice = Banner("info", self)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setAccessibleName(self.tr("Akten mit abgelaufener Löschfrist"))
        self.table.setHorizontalHeaderLabels([self.tr(str(c)) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _item: self._update_buttons())
        self.all_button = QPushButton(self.tr("&Alle auswählen"), self)
        self.all_button.clicked.connect(lambda: self.set_all(True))
        self.none_button = QPushButton(self.tr("&Keine auswählen"), self)
        self.none_button.clicked.connect(lambda: self.set_all(False))
        self.delete_button = QPushButton(self.tr("Ausgewählte &löschen …"), self)
        self.delete_button.clicked.connect(self.request_delete)
        close = QPushButton(self.tr("Schließen"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(820, 480)
        self.reload()

    # --- list ----------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            self.due = self.services.retention.due_for_deletion(self.today())
            years = self.services.retention.years
        except UserError as error:
            self.notice.show_message(error.message, "error")
            self.due, years = [], 0
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.due))
        for row, client in enumerate(self.due):
            number = QTableWidgetItem(client.number)
            number.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            number.setCheckState(Qt.CheckState.Unchecked)
            number.setData(Qt.ItemDataRole.UserRole, client.id)
            self.table.setItem(row, 0, number)
            closed = (
                format_date_de(client.closed_on)
                if client.closed_on
                else self.tr("kein Fall (Erstkontakt)")
            )
            for column, text in enumerate(
                (client.display_name, closed, format_date_de(client.due_since)), start=1
            ):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        if self.due:
            text = self.tr(
                "{count} Akten haben die Löschfrist von {years} Jahren nach dem letzten "
                "Fallabschluss erreicht. Vor dem Löschen bleibt von jedem Fall nur eine Zählung "
                "ohne Namen, Daten und Texte für die Statistik; alles andere wird endgültig "
                "gelöscht – auch Kontakte, Ziele, Weiterleitungen, Dokumente, Wiedervorlagen "
                "und Einwilligungen."
            ).format(count=len(self.due), years=years)
        else:
            text = self.tr(
                "Keine Akte hat die Löschfrist von {years} Jahren nach dem letzten "
                "Fallabschluss erreicht."
            ).format(years=years)
        self.summary.setText(text)
        self._update_buttons()

    def set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None:
                item.setCheckState(state)
        self.table.blockSignals(False)
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        ids = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def _update_buttons(self) -> None:
        count = len(self.selected_ids())
        self.delete_button.setEnabled(count > 0)
        self.all_button.setEnabled(bool(self.due))
        self.none_button.setEnabled(count > 0)

    # --- deleting ------------------------------------------------------------------------

    def request_delete(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        ask_passphrase_again(
            self,
            self.services,
            self.tr("{count} Akten endgültig löschen").format(count=len(ids)),
            lambda: self.confirm(ids),
            runner=self.context.runner,
        )

    def confirm(self, ids: list[int]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Endgültig löschen?"),
            self.tr(
                "{count} Akten werden endgültig gelöscht. Das kann nicht rückgängig gemacht "
                "werden; auch eine spätere Auskunft ist dann nicht mehr möglich."
            ).format(count=len(ids)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            self.tr(
                "Sicherungen von vorher enthalten diese Akten noch. Wird eine solche Sicherung "
                "wiederhergestellt, löscht MBE Desktop die Akten sofort wieder. Automatische "
                "Sicherungen werden spätestens nach Ablauf der Löschfrist entfernt; Sicherungen, "
                "die Sie anderswo aufbewahren (z. B. auf einem USB-Stick), löschen Sie bitte "
                "selbst, sobald sie älter als die Löschfrist sind."
            )
        )
        delete = box.addButton(
            self.tr("Endgültig &löschen"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self.start(ids) if button is delete else None)
        box.finished.connect(self._question_closed)
        self.question = box
        box.open()

    def _question_closed(self, _result: int) -> None:
        self.question = None

    def start(self, ids: list[int]) -> None:
        self._queue = list(ids)
        self._total = len(ids)
        self._done = self._retained = 0
        self._cancelled = False
        progress = QProgressDialog(
            self.tr("Akten werden gelöscht …"), self.tr("Abbrechen"), 0, self._total, self
        )
        progress.setWindowTitle(self.tr("Löschen"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self._cancel)
        self.progress = progress
        progress.setValue(0)
        self._next()

    def _cancel(self) -> None:
        self._cancelled = True  # the running round finishes; no further round starts

    def _next(self) -> None:
        if not self._queue or self._cancelled:
            self._finish()
            return
        batch, self._queue = self._queue[:CHUNK], self._queue[CHUNK:]
        today = self.today()
        retention = self.services.retention
        self.context.runner.run(
            lambda: retention.delete_clients(batch, today), self._round_done, self._failed
        )

    def _round_done(self, result: DeletionResult) -> None:
        self._done += result.deleted
        self._retained += result.retained_cases
        if self.progress is not None:
            self.progress.setValue(min(self._total, self._total - len(self._queue)))
        self._next()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            message = error.message
        else:
            log.error("deletion failed: %s", type(error).__name__)
            message = self.tr("Beim Löschen ist ein Fehler aufgetreten.")
        self._close_progress()
        self.reload()
        self.notice.show_message(
            message + " " + self.tr("Bis dahin gelöscht: {done} Akten.").format(done=self._done),
            "error",
        )
        if self._done:
            self.deleted.emit(self._done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def _finish(self) -> None:
        self._close_progress()
        self.reload()
        text = self.tr(
            "{done} Akten wurden endgültig gelöscht; {retained} Beratungsfälle bleiben als "
            "anonyme Zählung für die Statistik."
        ).format(done=self._done, retained=self._retained)
        if self._cancelled and self._queue:
            text += " " + self.tr("Abgebrochen: {rest} Akten wurden nicht gelöscht.").format(
                rest=len(self._queue)
            )
        self.notice.show_message(text, "success")
        log.info("retention dialog: %d records deleted", self._done)
        self.deleted.emit(self._done)
