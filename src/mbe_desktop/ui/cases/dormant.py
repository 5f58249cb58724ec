"""Ruhende Fälle: open or paused cases without a contact for months, closed in one go.

Closing dormant cases one by one is a chore counsellors complain about; here they are listed
(all ticked), and after one confirmation that says exactly what happens they are closed as
"Kontaktabbruch" today.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain.errors import UserError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.services.cases import DormantCase
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.texts import catalogue_label
from mbe_desktop.ui.widgets.common import Banner, hint

COLUMNS = (
    QT_TRANSLATE_NOOP("DormantCasesDialog", "Akte"),
    QT_TRANSLATE_NOOP("DormantCasesDialog", "Name"),
    QT_TRANSLATE_NOOP("DormantCasesDialog", "Eröffnet am"),
    QT_TRANSLATE_NOOP("DormantCasesDialog", "Form"),
    QT_TRANSLATE_NOOP("DormantCasesDialog", "Status"),
    QT_TRANSLATE_NOOP("DormantCasesDialog", "Letzter Kontakt"),
)
CASE_ID_ROLE = Qt.ItemDataRole.UserRole
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_MONTHS = 6


class DormantCasesDialog(QDialog):
    open_client = Signal(int)  # client id, on double-click

    def __init__(self, context: UnlockedContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = context.services
        self.rows: list[DormantCase] = []
        self.question: QMessageBox | None = None
        self.setWindowTitle(self.tr("Ruhende Fälle"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.months = QSpinBox(self)
        self.months.setRange(1, 60)
        self.months.setValue(DEFAULT_MONTHS)
        self.months.setSuffix(self.tr(" Monaten"))
        self.months.setAccessibleName(self.tr("Ohne Kontakt seit mehr als … Monaten"))
        months_label = QLabel(self.tr("&Ohne Kontakt seit mehr als"), self)
        months_label.setBuddy(self.months)
        self.months.valueChanged.connect(lambda _value: self.reload())
        top = QHBoxLayout()
        top.addWidget(months_label)
        top.addWidget(self.months)
        top.addStretch(1)

        self.summary = hint("", self)
        self.notice = Banner("info", self)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("dormant_table")
        self.table.setAccessibleName(self.tr("Ruhende Fälle"))
        self.table.setHorizontalHeaderLabels([self.tr(str(c)) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.itemChanged.connect(lambda _item: self._update_buttons())
        self.table.itemDoubleClicked.connect(self._double_clicked)
        self.table.setToolTip(self.tr("Doppelklick öffnet die Akte"))

        self.all_button = QPushButton(self.tr("&Alle"), self)
        self.all_button.clicked.connect(lambda: self.set_all(True))
        self.none_button = QPushButton(self.tr("&Keine"), self)
        self.none_button.clicked.connect(lambda: self.set_all(False))
        self.close_cases_button = QPushButton(self)
        self.close_cases_button.clicked.connect(self.request_close)
        close = QPushButton(self.tr("Schließen"), self)
        close.clicked.connect(self.reject)
        for button in (self.all_button, self.none_button, self.close_cases_button, close):
            button.setAutoDefault(False)  # Enter in the months field must not close cases
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_cases_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 520)
        self.reload()

    # --- list ----------------------------------------------------------------------------

    def reload(self) -> None:
        months = self.months.value()
        try:
            self.rows = self.services.cases.dormant_cases(months)
        except UserError as error:
            self.notice.show_message(error.message, "error")
            self.rows = []
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for row, case in enumerate(self.rows):
            number = QTableWidgetItem(case.client_number)
            number.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            number.setCheckState(Qt.CheckState.Checked)
            number.setData(CASE_ID_ROLE, case.case_id)
            number.setData(CLIENT_ID_ROLE, case.client_id)
            self.table.setItem(row, 0, number)
            last = (
                format_date_de(case.last_contact_on)
                if case.last_contact_on
                else self.tr("noch kein Kontakt")
            )
            texts = (
                case.client_name,
                format_date_de(case.opened_on),
                catalogue_label(cat.CASE_FORMS, case.form),
                catalogue_label(cat.CASE_STATUSES, case.status),
                last,
            )
            for column, text in enumerate(texts, start=1):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setData(CLIENT_ID_ROLE, case.client_id)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        if self.rows:
            text = (
                self.tr(
                    "{count} offene oder ruhende Fälle hatten seit mehr als {months} Monaten "
                    "keinen Kontakt (ohne Kontakt zählt die Eröffnung). Doppelklick öffnet die "
                    "Akte."
                )
                if len(self.rows) != 1
                else self.tr(
                    "1 offener oder ruhender Fall hatte seit mehr als {months} Monaten keinen "
                    "Kontakt (ohne Kontakt zählt die Eröffnung). Doppelklick öffnet die Akte."
                )
            ).format(count=len(self.rows), months=months)
        else:
            text = self.tr(
                "Kein offener Fall ist seit mehr als {months} Monaten ohne Kontakt."
            ).format(months=months)
        self.summary.setText(text)
        self.table.setVisible(bool(self.rows))
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
                ids.append(int(item.data(CASE_ID_ROLE)))
        return ids

    def _update_buttons(self) -> None:
        count = len(self.selected_ids())
        self.close_cases_button.setText(
            self.tr("{count} Fälle als „Kontaktabbruch“ a&bschließen …").format(count=count)
            if count != 1
            else self.tr("1 Fall als „Kontaktabbruch“ a&bschließen …")
        )
        self.close_cases_button.setEnabled(count > 0)
        self.all_button.setEnabled(bool(self.rows))
        self.none_button.setEnabled(count > 0)

    def _double_clicked(self, item: QTableWidgetItem) -> None:
        client_id = item.data(CLIENT_ID_ROLE)
        if client_id is not None:
            self.open_client.emit(int(client_id))

    # --- closing -------------------------------------------------------------------------

    def request_close(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        what = (
            self.tr("1 Fall wird")
            if len(ids) == 1
            else self.tr("{count} Fälle werden").format(count=len(ids))
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Ruhende Fälle abschließen?"),
            self.tr(
                "{what} mit dem heutigen Datum ({today}) abgeschlossen, "
                "Art des Abschlusses „Kontaktabbruch“.\n\n"
                "Noch offene Schritte der Kooperationsvereinbarungen werden als „entfallen“ "
                "markiert, noch offene Handlungsziele als „nicht erreicht“.\n\n"
                "Jeder Fall kann in seiner Akte wieder eröffnet werden."
            ).format(what=what, today=format_date_de(_today())),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        confirm = box.addButton(
            self.tr("{count} Fälle &abschließen").format(count=len(ids))
            if len(ids) != 1
            else self.tr("1 Fall &abschließen"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        cancel = box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self.close_cases(ids) if button is confirm else None
        )
        box.finished.connect(self._question_closed)
        self.question = box
        box.open()

    def _question_closed(self, _result: int) -> None:
        self.question = None

    def close_cases(self, ids: list[int]) -> None:
        try:
            closed = self.services.cases.close_dormant(ids)
        except UserError as error:
            self.reload()
            self.notice.show_message(error.message, "error")
            return
        self.context.events.announce("cases", "plans")
        self.reload()
        text = (
            self.tr("1 Fall wurde als „Kontaktabbruch“ abgeschlossen.")
            if closed == 1
            else self.tr("{count} Fälle wurden als „Kontaktabbruch“ abgeschlossen.").format(
                count=closed
            )
        )
        self.notice.show_message(text, "success")


def _today() -> date:
    return date.today()
