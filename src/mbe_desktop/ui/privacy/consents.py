"""The consents of one client (GDPR consent and confidentiality releases) and their withdrawal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.app import Services
from mbe_desktop.domain.access_report import ConsentView
from mbe_desktop.domain.errors import UserError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.messages import display
from mbe_desktop.ui.texts import catalogue_text
from mbe_desktop.ui.widgets.common import Banner, hint

COLUMNS = (
    QT_TRANSLATE_NOOP("ConsentsDialog", "Art"),
    QT_TRANSLATE_NOOP("ConsentsDialog", "Erteilt am"),
    QT_TRANSLATE_NOOP("ConsentsDialog", "Empfänger"),
    QT_TRANSLATE_NOOP("ConsentsDialog", "Zweck"),
    QT_TRANSLATE_NOOP("ConsentsDialog", "Stand"),
)


class WithdrawDialog(QDialog):
    """Date of the withdrawal (default today) and a clear confirmation."""

    def __init__(self, consent: ConsentView, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Einwilligung widerrufen"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        given = consent.given_on
        self.date.setMinimumDate(QDate(given.year, given.month, given.day))
        self.date.setAccessibleName(self.tr("Widerrufen am"))
        what = catalogue_text(consent.kind_label)
        if consent.partner_name or consent.partner_category_label:
            what += " – " + (consent.partner_name or catalogue_text(consent.partner_category_label))
        text = self.tr(
            "{what}, erteilt am {given}. Ab dem Widerruf dürfen keine Daten mehr auf dieser "
            "Grundlage verarbeitet oder weitergegeben werden. Der Widerruf wird mit Datum "
            "gespeichert und kann nicht zurückgenommen werden."
        ).format(what=what, given=format_date_de(consent.given_on))
        self.buttons = QDialogButtonBox(self)
        self.confirm_button = QPushButton(self.tr("&Widerruf speichern"), self)
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Widerrufen &am:"), self.date)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(text, self))
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def chosen_date(self) -> date:
        value = self.date.date()
        return date(value.year(), value.month(), value.day())


class ConsentsDialog(QDialog):
    """All consents of a client, withdrawn ones included, with "Widerrufen …"."""

    changed = Signal()

    def __init__(
        self,
        services: Services,
        client_id: int,
        number: str,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.client_id = client_id
        self.today = today
        self.consents: list[ConsentView] = []
        self.withdraw_dialog: WithdrawDialog | None = None
        # The number only: a window title is visible in task bars and screen sharing.
        self.setWindowTitle(self.tr("Einwilligungen – Akte {number}").format(number=number))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.notice = Banner("info", self)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setAccessibleName(self.tr("Einwilligungen und Schweigepflichtentbindungen"))
        self.table.setHorizontalHeaderLabels([self.tr(str(c)) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.withdraw_button = QPushButton(self.tr("&Widerrufen …"), self)
        self.withdraw_button.clicked.connect(self.ask_withdraw)
        close = QPushButton(self.tr("Schließen"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Einwilligungen in die Datenverarbeitung und Schweigepflichtentbindungen "
                    "dieser Person. Widerrufene bleiben mit Datum sichtbar."
                ),
                self,
            )
        )
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(760, 360)
        self.reload()

    def reload(self) -> None:
        current = self.selected() if self.consents else None
        try:
            self.consents = self.services.privacy.consents(self.client_id)
        except UserError as error:
            self.notice.show_message(error.message, "error")
            self.consents = []
        today = self.today()
        self.table.setRowCount(len(self.consents))
        for row, consent in enumerate(self.consents):
            values = (
                catalogue_text(consent.kind_label),
                format_date_de(consent.given_on),
                consent.partner_name or catalogue_text(consent.partner_category_label),
                consent.purpose or consent.scope,
                display(consent.state_text(today)),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(consent.scope if column == 3 else value)
                self.table.setItem(row, column, item)
        if self.consents:
            ids = [consent.id for consent in self.consents]
            keep = current.id if current is not None and current.id in ids else ids[0]
            self.table.selectRow(ids.index(keep))
        self._update_buttons()

    def selected(self) -> ConsentView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.consents[rows[0].row()]

    def _update_buttons(self) -> None:
        consent = self.selected()
        self.withdraw_button.setEnabled(consent is not None and consent.withdrawn_on is None)

    def ask_withdraw(self) -> None:
        consent = self.selected()
        if consent is None or consent.withdrawn_on is not None:
            return
        dialog = WithdrawDialog(consent, self.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.withdraw(consent.id, dialog.chosen_date()))
        dialog.destroyed.connect(self._withdraw_gone)
        self.withdraw_dialog = dialog
        dialog.open()

    def _withdraw_gone(self) -> None:
        self.withdraw_dialog = None

    def withdraw(self, consent_id: int, on: date) -> None:
        try:
            self.services.privacy.withdraw_consent(consent_id, on)
        except UserError as error:
            self.notice.show_message(error.message, "error")
            return
        self.notice.show_message(
            self.tr("Der Widerruf vom {date} wurde gespeichert.").format(date=format_date_de(on)),
            "success",
        )
        self.reload()
        self.changed.emit()
