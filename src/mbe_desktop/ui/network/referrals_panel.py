"""The referrals of one client (for the client record): status with dates, the stored letter.

Opening, printing or saving a copy of a letter is an explicit action; opening goes through a
private temp folder that is removed with the panel. Refreshes on the "referrals" topic.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain.errors import UserError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.services.referrals import STATUS_CHOICES, ReferralRow
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.follow_ups.dialogs import FollowUpDialog, open_new_follow_up
from mbe_desktop.ui.network.pdf_files import PreviewFolder, print_pdf, save_pdf_copy
from mbe_desktop.ui.texts import catalogue_label, catalogue_text
from mbe_desktop.ui.widgets.common import Banner, hint

COLUMNS = (
    QT_TRANSLATE_NOOP("ReferralsPanel", "Versandt am"),
    QT_TRANSLATE_NOOP("ReferralsPanel", "Stelle"),
    QT_TRANSLATE_NOOP("ReferralsPanel", "Zweck"),
    QT_TRANSLATE_NOOP("ReferralsPanel", "Stand"),
    QT_TRANSLATE_NOOP("ReferralsPanel", "Rückmeldung am"),
    QT_TRANSLATE_NOOP("ReferralsPanel", "Grundlage"),
)
# A follow-up from a referral is due this many days after it was sent (as the automatic
# reminder about missing feedback), or in a week when that day has passed.
FOLLOW_UP_DAYS = 14


class StatusDialog(QDialog):
    """The new status of a referral and the day it happened (default today)."""

    chosen = Signal(str, object)  # status code, date

    def __init__(self, row: ReferralRow, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stand der Weiterleitung"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.status = QComboBox(self)
        for code in STATUS_CHOICES:
            self.status.addItem(catalogue_label(cat.REFERRAL_STATUSES, code), code)
        self.status.setCurrentIndex(max(0, self.status.findData(row.status)))
        self.on = QDateEdit(self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd.MM.yyyy")
        self.on.setDate(QDate(today.year, today.month, today.day))
        self.on.setMaximumDate(QDate(today.year, today.month, today.day))
        if row.sent_on is not None:
            self.on.setMinimumDate(QDate(row.sent_on.year, row.sent_on.month, row.sent_on.day))
        form = QFormLayout()
        form.addRow(self.tr("&Stand:"), self.status)
        form.addRow(self.tr("&Datum:"), self.on)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Ü&bernehmen"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "„Rückmeldung erhalten“ und „Termin vereinbart“ halten das Datum der "
                    "Rückmeldung fest; solange eine weitergeleitete Anfrage ohne Rückmeldung "
                    "ist, erinnert „Heute“ daran."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.accepted.connect(self._emit)

    def _emit(self) -> None:
        value = self.on.date()
        self.chosen.emit(
            str(self.status.currentData()), date(value.year(), value.month(), value.day())
        )


class ReferralsPanel(QWidget):
    """Embed in the client record and call :meth:`show_client`."""

    def __init__(self, context: UnlockedContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.services.referrals
        self.client_id: int | None = None
        self.rows: list[ReferralRow] = []
        self.child: QWidget | None = None
        self.previews = PreviewFolder(self)
        self.notice = Banner("info", self)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("referrals_table")
        self.table.setHorizontalHeaderLabels([self.tr(str(c)) for c in COLUMNS])
        self.table.setAccessibleName(self.tr("Weiterleitungen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.open_letter())
        self.status_button = QPushButton(self.tr("Stand ä&ndern …"), self)
        self.status_button.clicked.connect(self.ask_status)
        self.follow_up_button = QPushButton(self.tr("Wieder&vorlage …"), self)
        self.follow_up_button.setToolTip(
            self.tr("Eine Wiedervorlage zur ausgewählten Weiterleitung anlegen")
        )
        self.follow_up_button.clicked.connect(lambda: self.new_follow_up())
        self.open_button = QPushButton(self.tr("Schreiben ö&ffnen"), self)
        self.open_button.clicked.connect(self.open_letter)
        self.print_button = QPushButton(self.tr("Dr&ucken …"), self)
        self.print_button.clicked.connect(self.print_letter)
        self.save_button = QPushButton(self.tr("&Kopie speichern …"), self)
        self.save_button.clicked.connect(self.save_letter)
        self.empty = hint(
            self.tr(
                "Noch keine Weiterleitungen. Eine Weiterleitung schreiben Sie aus dem "
                "Beratungsfall heraus („Weiterleiten …“)."
            ),
            self,
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_button)
        buttons.addWidget(self.follow_up_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        context.events.changed.connect(self._data_changed)
        self._update_buttons()

    # --- data ------------------------------------------------------------------------------

    def show_client(self, client_id: int) -> None:
        self.client_id = client_id
        self.notice.clear()
        self.reload()

    def clear(self) -> None:
        self.client_id = None
        self.rows = []
        self.table.setRowCount(0)
        self.previews.remove()
        self._update_buttons()

    def _data_changed(self, topics: frozenset[str]) -> None:
        if self.client_id is not None and "referrals" in topics:
            self.reload()

    def reload(self) -> None:
        if self.client_id is None:
            return
        selected = self.selected()
        try:
            self.rows = self.service.referrals_of(self.client_id)
        except UserError as error:
            self.notice.show_message(error.message, "error")
            self.rows = []
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            target = row.partner_name or catalogue_text(row.partner_category_label)
            if row.override_reason:
                basis = self.tr("Notfall ohne Entbindung")
            elif row.consent_given_on is not None:
                basis = self.tr("Entbindung vom {date}").format(
                    date=format_date_de(row.consent_given_on)
                )
            else:
                basis = ""
            values = (
                format_date_de(row.sent_on) if row.sent_on else "",
                target,
                row.purpose,
                self.tr("{status} (seit {date})").format(
                    status=catalogue_text(row.status_label),
                    date=format_date_de(row.status_changed_on),
                ),
                format_date_de(row.feedback_on) if row.feedback_on else "",
                basis,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                tooltip = value
                if column == 2 and row.data_labels:
                    tooltip = self.tr("{purpose}\nWeitergegeben: Name, {data}").format(
                        purpose=row.purpose, data=", ".join(row.data_labels)
                    )
                if column == 5 and row.override_reason:
                    tooltip = row.override_reason
                item.setToolTip(tooltip)
                self.table.setItem(index, column, item)
        self.empty.setVisible(not self.rows)
        self.table.setVisible(bool(self.rows))
        if self.rows:
            ids = [row.id for row in self.rows]
            keep = selected.id if selected is not None and selected.id in ids else ids[0]
            self.table.selectRow(ids.index(keep))
        self._update_buttons()

    def selected(self) -> ReferralRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes or indexes[0].row() >= len(self.rows):
            return None
        return self.rows[indexes[0].row()]

    def _update_buttons(self) -> None:
        row = self.selected()
        self.status_button.setEnabled(row is not None)
        self.follow_up_button.setEnabled(row is not None and self.client_id is not None)
        has_letter = row is not None and row.document_id is not None
        for button in (self.open_button, self.print_button, self.save_button):
            button.setEnabled(has_letter)
            button.setToolTip(
                ""
                if has_letter or row is None
                else self.tr("Zu dieser Weiterleitung ist kein Schreiben gespeichert.")
            )

    # --- actions ---------------------------------------------------------------------------

    def ask_status(self) -> StatusDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = StatusDialog(row, date.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda status, on: self.set_status(row.id, status, on))
        self.child = dialog
        dialog.open()
        return dialog

    def new_follow_up(self) -> FollowUpDialog | None:
        """A new follow-up for the selected referral: ask the partner for feedback."""
        row = self.selected()
        if row is None or self.client_id is None:
            return None
        today = date.today()
        due = (row.sent_on or today) + timedelta(days=FOLLOW_UP_DAYS)
        target = row.partner_name or catalogue_text(row.partner_category_label)
        reason = self.tr("Rückmeldung von {partner} zur Weiterleitung nachfragen").format(
            partner=target
        )
        if row.purpose:
            reason += f" ({row.purpose})"
        dialog = open_new_follow_up(
            self.context,
            self.window(),
            client_id=self.client_id,
            case_id=row.case_id,
            reason=reason,
            due_on=due if due > today else today + timedelta(days=7),
        )
        self.child = dialog
        return dialog

    def set_status(self, referral_id: int, status: str, on: date) -> None:
        try:
            self.service.set_status(referral_id, status, on)
        except UserError as error:
            self.notice.show_message(error.message, "error")
            return
        self.notice.show_message(
            self.tr("Stand gespeichert: {status}.").format(
                status=catalogue_label(cat.REFERRAL_STATUSES, status)
            ),
            "success",
        )
        self.context.events.announce("referrals", "follow_ups")

    def open_letter(self) -> None:
        row = self.selected()
        if row is None or row.document_id is None:
            return
        try:
            self.previews.open(f"Weiterleitung-{row.client_number}", self.service.letter(row.id))
        except UserError as error:
            self.notice.show_message(error.message, "error")

    def print_letter(self) -> None:
        row = self.selected()
        if row is None or row.document_id is None:
            return
        self.child = print_pdf(
            self,
            self.tr("Weiterleitungsschreiben drucken"),
            lambda: self.service.letter(row.id, "print"),
        )

    def save_letter(self) -> None:
        row = self.selected()
        if row is None or row.document_id is None:
            return
        self.child = save_pdf_copy(
            self,
            self.tr("Weiterleitungsschreiben speichern"),
            f"Weiterleitung-{row.client_number}",
            lambda: self.service.letter(row.id),
            lambda path: self.notice.show_message(
                self.tr("Kopie gespeichert: {name}").format(name=path.name), "success"
            ),
        )
