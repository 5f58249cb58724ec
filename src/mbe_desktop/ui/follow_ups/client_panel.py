"""The follow-ups (Wiedervorlagen) of one client, for the client record: all manual ones, open
and done, also those further ahead than the Heute view looks. Mark done, snooze, edit and
delete with the same dialogs and service calls as Heute. Refreshes on the "follow_ups" topic.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QBrush, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain.errors import UserError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.reminders import Snooze, manual_key, snooze_target
from mbe_desktop.services.follow_ups import FollowUpRow
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.follow_ups.actions import follow_up_actions
from mbe_desktop.ui.follow_ups.dialogs import FollowUpDialog, SnoozeDialog
from mbe_desktop.ui.widgets.common import Banner, ask_destructive, hint

DUE, REASON, STATE = range(3)


def effective_due(row: FollowUpRow) -> date:
    """The day it is due: a snooze moves it later, never earlier."""
    if row.snoozed_until is not None and row.snoozed_until > row.due_on:
        return row.snoozed_until
    return row.due_on


class _Table(QTableWidget):
    """Enter edits the current follow-up; Delete deletes it (after asking)."""

    def __init__(self, panel: ClientFollowUpsPanel) -> None:
        super().__init__(0, 3, panel)
        self.panel = panel

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.currentRow() >= 0:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.panel.edit_current()
                return
            if event.key() == Qt.Key.Key_Delete:
                self.panel.delete_current()
                return
        super().keyPressEvent(event)


class ClientFollowUpsPanel(QWidget):
    """Embed in the client record and call :meth:`show_client`."""

    def __init__(
        self,
        context: UnlockedContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("client_follow_ups")
        self.context = context
        self.service = context.services.follow_ups
        self.today = today
        self.client_id: int | None = None
        self.rows: list[FollowUpRow] = []
        self.dialog: FollowUpDialog | SnoozeDialog | None = None
        self.question: QMessageBox | None = None

        self.notice = Banner("info", self)
        self.table = _Table(self)
        self.table.setObjectName("follow_ups_table")
        self.table.setAccessibleName(self.tr("Wiedervorlagen dieser Person"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Fällig am"), self.tr("Grund"), self.tr("Stand")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DUE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        actions = follow_up_actions(
            self,
            complete=self.complete_current,
            snooze=self.snooze_current,
            snooze_to_date=self.open_snooze_dialog,
            edit=self.edit_current,
            delete=self.delete_current,
        )
        self.done_action = actions.done
        self.snooze_day_action = actions.snooze_day
        self.snooze_week_action = actions.snooze_week
        self.snooze_date_action = actions.snooze_date
        self.edit_action = actions.edit
        self.delete_action = actions.delete
        self.snooze_menu = QMenu(self)
        for action in (self.snooze_day_action, self.snooze_week_action, self.snooze_date_action):
            self.snooze_menu.addAction(action)

        self.done_button = self._button(self.done_action)
        self.snooze_button = QPushButton(self.tr("Zu&rückstellen"), self)
        self.snooze_button.setMenu(self.snooze_menu)
        self.snooze_button.setToolTip(
            self.tr("Um einen Tag (Strg+T), eine Woche (Strg+Umschalt+T) oder bis zu einem Datum")
        )
        self.edit_button = self._button(self.edit_action)
        self.delete_button = self._button(self.delete_action)
        self.empty = hint(
            self.tr(
                "Noch keine Wiedervorlagen für diese Person. Eine legen Sie mit „Neue "
                "Wiedervorlage …“ oben in der Akte an (Strg+Umschalt+N), oder zu einem Schritt "
                "der Kooperationsvereinbarung, einem Kontakt oder einer Weiterleitung. "
                "Automatische Erinnerungen stehen in „Heute“."
            ),
            self,
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        buttons = QHBoxLayout()
        for button in (self.done_button, self.snooze_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        context.events.changed.connect(self._data_changed)
        self._update_buttons()

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text(), self)
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        return button

    # --- data ------------------------------------------------------------------------------

    def show_client(self, client_id: int) -> None:
        if client_id != self.client_id:
            self.notice.clear()
        self.client_id = client_id
        self.reload()

    def clear(self) -> None:
        self.client_id = None
        self.rows = []
        self.table.setRowCount(0)
        self._update_buttons()

    def _data_changed(self, topics: frozenset[str]) -> None:
        if self.client_id is not None and topics & {"follow_ups", "clients"}:
            self.reload()

    def reload(self) -> None:
        if self.client_id is None:
            return
        selected = self.selected()
        try:
            self.rows = self.service.for_client(self.client_id, include_done=True)
        except UserError as error:
            self.notice.show_message(error.message, "error")
            self.rows = []
        today = self.today()
        grey = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            due = format_date_de(row.due_on)
            if row.due_time is not None:
                due = self.tr("{date}, {time} Uhr").format(
                    date=due, time=row.due_time.strftime("%H:%M")
                )
            values = (due, " ".join(row.reason.split()), self._state(row, today))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(row.reason if column == REASON else value)
                if row.done_on is not None:
                    item.setForeground(grey)
                self.table.setItem(index, column, item)
        self.empty.setVisible(not self.rows)
        self.table.setVisible(bool(self.rows))
        if self.rows:
            ids = [row.id for row in self.rows]
            keep = selected.id if selected is not None and selected.id in ids else ids[0]
            self.table.selectRow(ids.index(keep))
        self._update_buttons()

    def _state(self, row: FollowUpRow, today: date) -> str:
        if row.done_on is not None:
            return self.tr("erledigt am {date}").format(date=format_date_de(row.done_on))
        if row.snoozed_until is not None and row.snoozed_until > today:
            return self.tr("zurückgestellt bis {date}").format(
                date=format_date_de(row.snoozed_until)
            )
        if effective_due(row) < today:
            return self.tr("überfällig")
        return self.tr("offen")

    def selected(self) -> FollowUpRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes or indexes[0].row() >= len(self.rows):
            return None
        return self.rows[indexes[0].row()]

    def select(self, follow_up_id: int) -> bool:
        ids = [row.id for row in self.rows]
        if follow_up_id in ids:
            self.table.selectRow(ids.index(follow_up_id))
        return follow_up_id in ids

    def _update_buttons(self) -> None:
        row = self.selected()
        is_open = row is not None and row.done_on is None
        for action in (
            self.done_action,
            self.snooze_day_action,
            self.snooze_week_action,
            self.snooze_date_action,
            self.edit_action,
        ):
            action.setEnabled(is_open)
        self.snooze_button.setEnabled(is_open)
        self.delete_action.setEnabled(row is not None)

    def _context_menu(self, position: QPoint) -> None:
        if self.selected() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.done_action)
        menu.addMenu(self.snooze_menu).setText(self.tr("Zu&rückstellen"))
        menu.addAction(self.edit_action)
        menu.addAction(self.delete_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(position))

    # --- commands ---------------------------------------------------------------------------

    def complete_current(self) -> None:
        row = self.selected()
        if row is None or row.done_on is not None:
            return
        if self._run(lambda: self.service.complete(manual_key(row.id))):
            self.notice.show_message(
                self.tr("Erledigt: {reason}").format(reason=row.reason), "success"
            )

    def snooze_current(self, option: Snooze) -> None:
        row = self.selected()
        if row is None or row.done_on is not None:
            return
        self._snooze(row, snooze_target(option, self.today(), effective_due(row)))

    def _snooze(self, row: FollowUpRow, until: date) -> None:
        if self._run(lambda: self.service.snooze(manual_key(row.id), until)):
            self.notice.show_message(
                self.tr("Zurückgestellt bis {date}: {reason}").format(
                    date=format_date_de(until), reason=row.reason
                ),
                "success",
            )

    def open_snooze_dialog(self) -> SnoozeDialog | None:
        row = self.selected()
        if row is None or row.done_on is not None:
            return None
        dialog = SnoozeDialog(row.reason, effective_due(row), self.window(), self.today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda until: self._snooze(row, until))
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_current(self) -> FollowUpDialog | None:
        row = self.selected()
        if row is None or row.done_on is not None:
            return None
        try:
            current = self.service.get(row.id)
        except UserError as error:
            self.notice.show_message(error.message, "error")
            self.reload()
            return None
        dialog = FollowUpDialog(self.context, self.window(), row=current, today=self.today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, row: object) -> None:
        follow_up_id = getattr(row, "id", None)
        if isinstance(follow_up_id, int):
            self.select(follow_up_id)
        self.notice.show_message(self.tr("Die Wiedervorlage wurde gespeichert."), "success")

    def delete_current(self) -> QMessageBox | None:
        row = self.selected()
        if row is None:
            return None
        text = self.tr("Die Wiedervorlage vom {date} endgültig löschen?\n\n„{reason}“").format(
            date=format_date_de(row.due_on), reason=row.reason
        )
        if row.done_on is None:
            text += "\n\n" + self.tr(
                "Ist sie erledigt, markieren Sie sie besser als erledigt: Dann bleibt sie in "
                "der Akte sichtbar."
            )
        follow_up_id = row.id

        def delete() -> None:
            if self._run(lambda: self.service.delete(follow_up_id)):
                self.notice.show_message(self.tr("Die Wiedervorlage wurde gelöscht."), "success")

        self.question = ask_destructive(
            self.window(),
            self.tr("Wiedervorlage löschen"),
            text,
            self.tr("&Löschen"),
            delete,
        )
        self.question.finished.connect(lambda _result: setattr(self, "question", None))
        return self.question

    def _run(self, command: Callable[[], object]) -> bool:
        """Run a command; on success announce it (the list reloads from the event)."""
        try:
            command()
        except UserError as error:
            self.notice.show_message(error.message, "error")
            self.reload()
            return False
        self.notice.clear()
        self.context.events.announce("follow_ups")
        return True
