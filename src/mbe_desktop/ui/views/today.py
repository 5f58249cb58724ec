"""Heute: what is due — overdue, today, this week, later — with one click to the right place.

The list is ``FollowUpService.due_list`` (manual follow-ups and the automatic reminders,
computed in SQL); it is reloaded on data events that can change reminders, at midnight and
when the view is shown on a new day. ``due_count_changed`` carries the number for the
navigation (overdue and due today).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain.errors import UserError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.reminders import Bucket, Snooze, snooze_target
from mbe_desktop.services.follow_ups import DueItem, DueList
from mbe_desktop.ui.application import GERMAN
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.follow_ups.actions import follow_up_actions, make_action
from mbe_desktop.ui.follow_ups.dialogs import FollowUpDialog, SnoozeDialog
from mbe_desktop.ui.follow_ups.ics_export import IcsExportDialog
from mbe_desktop.ui.follow_ups.model import Column, DueModel
from mbe_desktop.ui.follow_ups.texts import describe, place_label
from mbe_desktop.ui.texts import ui_locale
from mbe_desktop.ui.views.base import EmptyState, ViewPage
from mbe_desktop.ui.widgets.common import Banner, ask_destructive

log = logging.getLogger(__name__)

# Topics whose changes move automatic reminders (or the manual ones themselves).
RELEVANT_TOPICS = frozenset(
    {"follow_ups", "clients", "cases", "contacts", "plans", "referrals", "settings"}
)


class _DueTree(QTreeView):
    """Enter opens the current follow-up; Delete deletes a manual one."""

    open_current = Signal()
    delete_current = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_current.emit()
            return
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.delete_current.emit()
            return
        super().keyPressEvent(event)


class TodayView(ViewPage):
    open_requested = Signal(int, str)  # client id, place: record | contacts | plan | referrals
    due_count_changed = Signal(int)  # overdue + due today

    def __init__(
        self,
        context: UnlockedContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.services.follow_ups
        self.today = today
        self.listing: DueList | None = None
        self.due_count = 0
        self.follow_up_dialog: FollowUpDialog | None = None
        self.snooze_dialog: SnoozeDialog | None = None
        self.export_dialog: IcsExportDialog | None = None
        self.question: QMessageBox | None = None
        self._shown_day: date | None = None

        self.model = DueModel(self)
        self.pages = QStackedWidget(self)
        self.list_page = self._build_list()
        self.empty = self._build_empty()
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.empty)
        self.set_body(self.pages)

        self.midnight = QTimer(self)
        self.midnight.setSingleShot(True)
        self.midnight.timeout.connect(self._new_day)
        context.events.changed.connect(self._data_changed)
        self.refresh(forget_stale=True)

    @classmethod
    def view_title(cls) -> str:
        return QCoreApplication.translate("TodayView", "Heute")

    # --- building ------------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        page = QWidget(self)
        self.date_label = QLabel(page)
        self.date_label.setObjectName("today_summary")
        self.date_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice = Banner("info", page)

        self.open_action = self._action(self.tr("Ö&ffnen"), None, self.open_current)
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
        self.new_action = self._action(
            self.tr("&Neue Wiedervorlage …"), "Ctrl+Shift+N", lambda: self.open_new()
        )
        self.new_action.setToolTip(self.tr("Neue Wiedervorlage (Strg+Umschalt+N)"))
        self.export_action = self._action(
            self.tr("&Kalender exportieren …"), None, self.open_export
        )
        self.export_action.setToolTip(
            self.tr("Die Liste als .ics-Datei für Ihren Kalender (nur Aktennummern)")
        )

        self.snooze_menu = QMenu(self)
        self.snooze_menu.addAction(self.snooze_day_action)
        self.snooze_menu.addAction(self.snooze_week_action)
        self.snooze_menu.addAction(self.snooze_date_action)

        self.open_button = self._button(self.open_action, page)
        self.done_button = self._button(self.done_action, page)
        self.snooze_button = QPushButton(self.tr("&Zurückstellen"), page)
        self.snooze_button.setMenu(self.snooze_menu)
        self.snooze_button.setToolTip(
            self.tr("Um einen Tag (Strg+T), eine Woche (Strg+Umschalt+T) oder bis zu einem Datum")
        )
        self.edit_button = self._button(self.edit_action, page)
        self.delete_button = self._button(self.delete_action, page)
        self.new_button = self._button(self.new_action, page)
        self.export_button = self._button(self.export_action, page)

        self.tree = _DueTree(page)
        self.tree.setObjectName("due_list")
        self.tree.setAccessibleName(self.tr("Fällige Wiedervorlagen"))
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setIndentation(0)
        # A little air between the lines: the list is read line by line, every morning.
        self.tree.setStyleSheet("QTreeView#due_list::item { padding: 3px 2px; }")
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.activated.connect(lambda _index: self.open_current())
        self.tree.open_current.connect(self.open_current)
        self.tree.delete_current.connect(self.delete_current)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.tree.fontMetrics()
        widths = {
            Column.DUE: metrics.horizontalAdvance("00.00.0000, 00:00 Uhr") + 24,
            Column.NUMBER: metrics.horizontalAdvance("2026-00000") + 20,
            Column.NAME: metrics.horizontalAdvance("Mustermann-Beispiel, Annabell") + 24,
            Column.KIND: metrics.horizontalAdvance("Aufenthaltstitel") + 24,
        }
        for column, width in widths.items():
            self.tree.setColumnWidth(column, width)
        self.tree.selectionModel().currentChanged.connect(lambda *_args: self._update_actions())
        self.tree.addActions(
            [
                self.done_action,
                self.snooze_day_action,
                self.snooze_week_action,
                self.edit_action,
            ]
        )

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for button in (
            self.open_button,
            self.done_button,
            self.snooze_button,
            self.edit_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.date_label)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(self.tree, 1)
        return page

    def _action(self, text: str, shortcut: str | None, slot: Callable[[], object]) -> QAction:
        return make_action(self, text, shortcut, slot)

    def _button(self, action: QAction, parent: QWidget) -> QPushButton:
        button = QPushButton(action.text(), parent)
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        return button

    def _build_empty(self) -> EmptyState:
        empty = EmptyState(
            self.tr("Heute ist nichts fällig"),
            self.tr(
                "Hier erscheinen überfällige und heute fällige Wiedervorlagen, dann die der "
                "Woche und der nächsten vier Wochen: selbst angelegte und automatische – "
                "ablaufende Aufenthaltstitel, fällige Schritte und Überprüfungen der "
                "Kooperationsvereinbarung, Case Management ohne Kontakt und Weiterleitungen "
                "ohne Rückmeldung."
            ),
            self.tr(
                "Eine Wiedervorlage legen Sie mit „Neue Wiedervorlage“ (Strg+Umschalt+N) an. "
                "Vorlaufzeiten der automatischen Erinnerungen stellen Sie unter "
                "„Einstellungen“ (Strg+5) ein."
            ),
            self,
        )
        self.empty_new_button = QPushButton(self.tr("&Neue Wiedervorlage …"), empty)
        self.empty_new_button.clicked.connect(lambda: self.open_new())
        row = QHBoxLayout()
        row.setContentsMargins(0, 8, 0, 0)
        row.addWidget(self.empty_new_button)
        row.addStretch(1)
        layout = empty.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(layout.count() - 1, row)
        return empty

    # --- loading -------------------------------------------------------------------------

    def refresh(self, *, forget_stale: bool = False) -> None:
        """Reload the list, keeping the selection where the item still exists."""
        current = self.current_item()
        current_row = self.tree.currentIndex().row()
        try:
            if forget_stale:
                self.service.forget_stale()
            listing = self.service.due_list(self.today())
        except UserError as error:
            self.notice.show_message(error.message, "error")
            return
        self.listing = listing
        self._shown_day = listing.today
        self.model.set_listing(listing)
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        self._restore_current(current, max(current_row, 0))
        self._show_state(listing)
        self._arm_midnight()
        self.due_count = listing.due_count
        self.due_count_changed.emit(listing.due_count)

    def _restore_current(self, previous: DueItem | None, previous_row: int) -> None:
        index = QModelIndex()
        if previous is not None:
            index = self.model.index_of(previous.key)
            if not index.isValid():  # done or moved: the next one in its group
                group = self.model.group_index(previous.bucket)
                if group.isValid() and self.model.rowCount(group):
                    row = min(previous_row, self.model.rowCount(group) - 1)
                    index = self.model.index(row, 0, group)
        if not index.isValid() and self.model.rowCount():
            first = self.model.index(0, 0)
            index = self.model.index(0, 0, first) if self.model.rowCount(first) else first
        if index.isValid():
            self.tree.setCurrentIndex(index)
        self._update_actions()

    def _show_state(self, listing: DueList) -> None:
        day = listing.today
        weekday = ui_locale().toString(
            QDate(day.year, day.month, day.day), self.tr("dddd, d. MMMM yyyy")
        )
        due = listing.due_count
        overdue = listing.count(Bucket.OVERDUE)
        if due == 0:
            state = self.tr("nichts fällig")
        elif overdue:
            state = self.tr("{due} fällig, davon {overdue} überfällig").format(
                due=GERMAN.toString(due), overdue=GERMAN.toString(overdue)
            )
        else:
            state = self.tr("{due} fällig").format(due=GERMAN.toString(due))
        self.date_label.setText(f"{weekday} – {state}")
        if listing.total == 0:
            self.pages.setCurrentWidget(self.empty)
            return
        self.pages.setCurrentWidget(self.list_page)
        if self.notice.kind != "error" or not self.notice.text():
            if due == 0:
                self.notice.show_message(
                    self.tr("Heute ist nichts fällig. Das steht in den nächsten Wochen an:"),
                    "info",
                )
            elif self.notice.kind == "info":
                self.notice.clear()

    def _arm_midnight(self) -> None:
        now = datetime.now()
        tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
        self.midnight.start(int((tomorrow - now).total_seconds() * 1000) + 1000)

    def _new_day(self) -> None:
        self.refresh(forget_stale=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_day is not None and self._shown_day != self.today():
            self.refresh(forget_stale=True)  # woke up on a new day

    def _data_changed(self, topics: frozenset[str]) -> None:
        if topics & RELEVANT_TOPICS:
            # When the data behind a reminder changed, snoozes that no longer apply go.
            self.refresh(forget_stale=bool(topics - {"follow_ups", "settings"}))

    # --- the current item ----------------------------------------------------------------

    def current_item(self) -> DueItem | None:
        return self.model.item(self.tree.currentIndex())

    def select(self, key: str) -> bool:
        index = self.model.index_of(key)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        return index.isValid()

    def _update_actions(self) -> None:
        item = self.current_item()
        for action in (
            self.open_action,
            self.done_action,
            self.snooze_day_action,
            self.snooze_week_action,
            self.snooze_date_action,
        ):
            action.setEnabled(item is not None)
        self.snooze_button.setEnabled(item is not None)
        manual = item is not None and item.is_manual
        self.edit_action.setEnabled(manual)
        self.delete_action.setEnabled(manual)
        self.export_action.setEnabled(bool(self.listing and self.listing.items))
        if item is not None:
            self.open_action.setToolTip(place_label(item.place) + self.tr(" (Eingabetaste)"))
            self.open_button.setToolTip(self.open_action.toolTip())

    def _context_menu(self, position: QPoint) -> None:
        if self.current_item() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addAction(self.done_action)
        menu.addMenu(self.snooze_menu).setText(self.tr("&Zurückstellen"))
        menu.addAction(self.edit_action)
        menu.addAction(self.delete_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.tree.viewport().mapToGlobal(position))

    # --- commands ------------------------------------------------------------------------

    def open_current(self) -> None:
        item = self.current_item()
        if item is not None:
            self.open_requested.emit(item.client_id, item.place)

    def complete_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        if self._run(lambda: self.service.complete(item.key)):
            self.notice.show_message(
                self.tr("Erledigt: {number} – {what}").format(
                    number=item.client_number, what=describe(item)
                ),
                "success",
            )

    def snooze_current(self, option: Snooze) -> None:
        item = self.current_item()
        if item is None:
            return
        until = snooze_target(option, self.today(), item.due_on)
        self._snooze(item, until)

    def _snooze(self, item: DueItem, until: date) -> None:
        if self._run(lambda: self.service.snooze(item.key, until)):
            self.notice.show_message(
                self.tr("Zurückgestellt bis {date}: {number} – {what}").format(
                    date=format_date_de(until), number=item.client_number, what=describe(item)
                ),
                "success",
            )

    def open_snooze_dialog(self) -> SnoozeDialog | None:
        item = self.current_item()
        if item is None:
            return None
        dialog = SnoozeDialog(
            f"{item.client_number} – {describe(item)}", item.due_on, self.window(), self.today
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda until: self._snooze(item, until))
        dialog.destroyed.connect(self._snooze_gone)
        self.snooze_dialog = dialog
        dialog.open()
        return dialog

    def _snooze_gone(self) -> None:
        self.snooze_dialog = None

    def open_new(self, client_id: int | None = None) -> FollowUpDialog:
        dialog = FollowUpDialog(self.context, self.window(), client_id=client_id, today=self.today)
        return self._open_dialog(dialog)

    def edit_current(self) -> FollowUpDialog | None:
        item = self.current_item()
        if item is None or item.follow_up_id is None:
            return None
        try:
            row = self.service.get(item.follow_up_id)
        except UserError as error:
            self.notice.show_message(error.message, "error")
            self.refresh()
            return None
        label = f"{item.client_number} – {item.display_name}"
        return self._open_dialog(
            FollowUpDialog(
                self.context, self.window(), client_label=label, row=row, today=self.today
            )
        )

    def _open_dialog(self, dialog: FollowUpDialog) -> FollowUpDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.destroyed.connect(self._dialog_gone)
        self.follow_up_dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, row: object) -> None:
        key = f"manual:{getattr(row, 'id', '')}"
        self.select(key)
        self.notice.show_message(self.tr("Die Wiedervorlage wurde gespeichert."), "success")

    def _dialog_gone(self) -> None:
        self.follow_up_dialog = None

    def delete_current(self) -> QMessageBox | None:
        item = self.current_item()
        if item is None or item.follow_up_id is None:
            return None
        follow_up_id = item.follow_up_id

        def delete() -> None:
            if self._run(lambda: self.service.delete(follow_up_id)):
                self.notice.show_message(self.tr("Die Wiedervorlage wurde gelöscht."), "success")

        self.question = ask_destructive(
            self.window(),
            self.tr("Wiedervorlage löschen"),
            self.tr(
                "Die Wiedervorlage vom {date} für {number} endgültig löschen?\n\n„{reason}“\n\n"
                "Ist sie erledigt, markieren Sie sie besser als erledigt: Dann bleibt sie in "
                "der Akte sichtbar."
            ).format(
                date=format_date_de(item.due_on), number=item.client_number, reason=item.detail
            ),
            self.tr("&Löschen"),
            delete,
        )
        self.question.finished.connect(lambda _result: setattr(self, "question", None))
        return self.question

    def open_export(self) -> IcsExportDialog | None:
        if self.listing is None or not self.listing.items:
            return None
        dialog = IcsExportDialog(self.context, self.listing, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._export_gone)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _export_gone(self) -> None:
        self.export_dialog = None

    def _run(self, command: Callable[[], object]) -> bool:
        """Run a command; on success announce it (the list reloads from the event)."""
        try:
            command()
        except UserError as error:
            self.notice.show_message(error.message, "error")
            self.refresh()
            return False
        self.notice.clear()
        self.context.events.announce("follow_ups")
        return True
