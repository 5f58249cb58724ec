"""Creating and editing a follow-up (Wiedervorlage), and snoozing to a chosen date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.reminders import check_snooze_date
from mbe_desktop.services.clients import ClientQuery
from mbe_desktop.services.follow_ups import REASON_CHARS, FollowUpInput, FollowUpRow
from mbe_desktop.ui.clients.widgets import DateField
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.widgets.common import INVALID_STYLE, Banner, hint, set_invalid

CLIENT_MATCHES = 8
SEARCH_DELAY_MS = 120
DEFAULT_TIME = time(9, 0)


class FollowUpDialog(QDialog):
    """A new follow-up (for ``client_id``, or a client picked by search) or an existing one
    (``row``). Non-modal towards the rest of the app: ``open()`` it; ``saved`` reports the
    stored row and the "follow_ups" data event is announced."""

    saved = Signal(object)  # FollowUpRow

    def __init__(
        self,
        context: UnlockedContext,
        parent: QWidget | None = None,
        *,
        client_id: int | None = None,
        client_label: str = "",
        case_id: int | None = None,
        row: FollowUpRow | None = None,
        today: Callable[[], date] = date.today,
        reason: str = "",
        due_on: date | None = None,
    ) -> None:
        """``reason`` and ``due_on`` prefill a new follow-up (a step's text and due date …)."""
        super().__init__(parent)
        self.context = context
        self.service = context.services.follow_ups
        self.today = today
        self.row = row
        self.client_id = row.client_id if row is not None else client_id
        self.case_id = row.case_id if row is not None else case_id
        self.setWindowTitle(
            self.tr("Wiedervorlage bearbeiten") if row else self.tr("Neue Wiedervorlage")
        )
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setStyleSheet(INVALID_STYLE)
        self.banner = Banner("error", self)

        form = QFormLayout()
        self.client_search: QLineEdit | None = None
        self.client_list: QListWidget | None = None
        if self.client_id is None:
            self._build_client_picker(form)
        else:
            label = QLabel(client_label or self._client_label(self.client_id), self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(self.tr("Ratsuchende/r:"), label)

        self.due = DateField(self)
        self.due.setAccessibleName(self.tr("Fällig am"))
        start = row.due_on if row else due_on or today() + timedelta(days=7)
        self.due.set_date(start)
        quick = QHBoxLayout()
        quick.setContentsMargins(0, 0, 0, 0)
        quick.addWidget(self.due)
        for text, days in (
            (self.tr("Morgen"), 1),
            (self.tr("In 1 Woche"), 7),
            (self.tr("In 4 Wochen"), 28),
        ):
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, d=days: self._set_in(d))
            quick.addWidget(button)
        quick.addStretch(1)
        due_label = QLabel(self.tr("Fällig &am:"), self)
        due_label.setBuddy(self.due)
        form.addRow(due_label, quick)

        self.with_time = QCheckBox(self.tr("&Uhrzeit:"), self)
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        chosen_time = row.due_time if row and row.due_time else DEFAULT_TIME
        self.time.setTime(QTime(chosen_time.hour, chosen_time.minute))
        self.time.setAccessibleName(self.tr("Uhrzeit"))
        self.with_time.setChecked(bool(row and row.due_time))
        self.time.setEnabled(self.with_time.isChecked())
        self.with_time.toggled.connect(self.time.setEnabled)
        time_row = QHBoxLayout()
        time_row.addWidget(self.time)
        time_row.addStretch(1)
        form.addRow(self.with_time, time_row)

        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("Zum Beispiel: Nachfragen, ob der Bescheid des Jobcenters da ist")
        )
        self.reason.setAccessibleName(self.tr("Grund"))
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 16)
        if row:
            self.reason.setPlainText(row.reason)
        elif reason:
            self.reason.setPlainText(reason[:REASON_CHARS])
        reason_label = QLabel(self.tr("&Grund:"), self)
        reason_label.setBuddy(self.reason)
        form.addRow(reason_label, self.reason)

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Speichern"), self)
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        if self.client_search is not None:
            self.client_search.setFocus()
        else:
            self.reason.setFocus()

    # --- the client ----------------------------------------------------------------------

    def _client_label(self, client_id: int) -> str:
        try:
            detail = self.context.services.clients.get(client_id)
        except UserError:
            return ""
        name = ", ".join(p for p in (detail.data.family_name, detail.data.given_names) if p)
        return f"{detail.number} – {name}"

    def _build_client_picker(self, form: QFormLayout) -> None:
        self.client_search = QLineEdit(self)
        self.client_search.setPlaceholderText(self.tr("Name, Nummer oder Geburtsdatum"))
        self.client_search.setClearButtonEnabled(True)
        self.client_search.setAccessibleName(self.tr("Ratsuchende suchen"))
        self.client_list = QListWidget(self)
        self.client_list.setAccessibleName(self.tr("Gefundene Ratsuchende"))
        self.client_list.setFixedHeight(self.client_list.fontMetrics().lineSpacing() * 5 + 12)
        self.client_list.currentItemChanged.connect(self._client_chosen)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_clients)
        self.client_search.textEdited.connect(lambda _text: self._search_timer.start())
        self.client_search.returnPressed.connect(self.search_clients)
        label = QLabel(self.tr("&Ratsuchende/r:"), self)
        label.setBuddy(self.client_search)
        form.addRow(label, self.client_search)
        form.addRow("", self.client_list)

    def search_clients(self) -> None:
        assert self.client_search is not None and self.client_list is not None
        self._search_timer.stop()
        text = self.client_search.text().strip()
        self.client_list.clear()
        self.client_id = None
        if not text:
            return
        try:
            rows = self.context.services.clients.page(ClientQuery(text=text, limit=CLIENT_MATCHES))
        except UserError as error:
            self.banner.show_message(error.message, "error")
            return
        for found in rows:
            entry = QListWidgetItem(f"{found.number} – {found.display_name}", self.client_list)
            entry.setData(Qt.ItemDataRole.UserRole, found.id)
        if rows:
            self.client_list.setCurrentRow(0)

    def _client_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.client_id = None if current is None else int(current.data(Qt.ItemDataRole.UserRole))
        self.case_id = None

    # --- saving --------------------------------------------------------------------------

    def _set_in(self, days: int) -> None:
        self.due.set_date(self.today() + timedelta(days=days))

    def value(self) -> FollowUpInput | None:
        """The input, or None (with the message shown) when the client or date is missing."""
        set_invalid(self.due.edit, False)
        if self.client_id is None:
            self.banner.show_message(
                self.tr("Bitte suchen und wählen Sie die ratsuchende Person aus."), "error"
            )
            if self.client_search is not None:
                self.client_search.setFocus()
            return None
        problem = self.due.problem()
        if problem:
            self.banner.show_message(problem, "error")
            set_invalid(self.due.edit, True)
            self.due.setFocus()
            return None
        chosen_time = None
        if self.with_time.isChecked():
            value = self.time.time()
            chosen_time = time(value.hour(), value.minute())
        return FollowUpInput(
            client_id=self.client_id,
            due_on=self.due.value(),
            reason=self.reason.toPlainText()[: REASON_CHARS + 1],
            due_time=chosen_time,
            case_id=self.case_id,
        )

    def save(self) -> None:
        data = self.value()
        if data is None:
            return
        try:
            if self.row is None:
                stored = self.service.create(data)
            else:
                stored = self.service.update(self.row.id, data)
        except ValidationError as error:
            self.banner.show_message(error.message, "error")
            if error.field == "due_on":
                set_invalid(self.due.edit, True)
                self.due.setFocus()
            elif error.field == "reason":
                self.reason.setFocus()
            return
        except UserError as error:
            self.banner.show_message(error.message, "error")
            return
        self.row = stored
        self.saved.emit(stored)
        self.context.events.announce("follow_ups")
        self.accept()


def open_new_follow_up(
    context: UnlockedContext,
    parent: QWidget | None,
    *,
    client_id: int,
    case_id: int | None = None,
    reason: str = "",
    due_on: date | None = None,
    today: Callable[[], date] = date.today,
) -> FollowUpDialog:
    """Open the dialog for a new follow-up of ``client_id`` from a client record, step or
    referral (prefilled with ``reason`` and ``due_on``); it deletes itself when closed."""
    dialog = FollowUpDialog(
        context,
        parent,
        client_id=client_id,
        case_id=case_id,
        today=today,
        reason=reason,
        due_on=due_on,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class SnoozeDialog(QDialog):
    """Zurückstellen bis …: a day after today, default in a week."""

    chosen = Signal(object)  # date

    def __init__(
        self,
        what: str,
        current_due: date,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.today = today
        self.setWindowTitle(self.tr("Zurückstellen"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setStyleSheet(INVALID_STYLE)
        self.banner = Banner("error", self)
        self.date = DateField(self)
        self.date.setAccessibleName(self.tr("Zurückstellen bis"))
        self.date.set_date(max(today(), current_due) + timedelta(days=7))
        label = QLabel(self.tr("Zurückstellen &bis:"), self)
        label.setBuddy(self.date)
        form = QFormLayout()
        form.addRow(label, self.date)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("&Zurückstellen"), self)
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "{what}\nFällig am {due}. Bis zum gewählten Tag erscheint sie nicht als fällig."
                ).format(what=what, due=format_date_de(current_due)),
                self,
            )
        )
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.date.setFocus()

    def confirm(self) -> None:
        problem = self.date.problem()
        try:
            if problem:
                raise ValidationError(problem, "until")
            until = check_snooze_date(self.date.value(), self.today())
        except ValidationError as error:
            self.banner.show_message(error.message, "error")
            set_invalid(self.date.edit, True)
            return
        self.chosen.emit(until)
        self.accept()
