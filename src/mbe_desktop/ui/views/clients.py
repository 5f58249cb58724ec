"""Ratsuchende: the list of clients with search and filters, the intake and the client record.

The list is a table model over ``ClientService`` (filter, sort and paging in SQL). Typing in
the search field runs the query 120 ms after the last key; the query is fast (< 50 ms at
50,000 clients), so it runs on the GUI thread, and a newer query always replaces the result of
an older one. A record opens in place of the list ("Zurück zur Liste", Alt+←), so the lock
closes it together with the main window.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain.errors import UserError
from mbe_desktop.services.clients import (
    CaseFilter,
    ClientDetail,
    ClientQuery,
    ClientRow,
    ClientService,
)
from mbe_desktop.ui.application import GERMAN
from mbe_desktop.ui.clients.intake import IntakeDialog, IntakeDraftHost
from mbe_desktop.ui.clients.merge import MERGE_DRAFT_KEY, MergeDialog
from mbe_desktop.ui.clients.model import ClientListModel, Column
from mbe_desktop.ui.clients.record import ClientRecordPage
from mbe_desktop.ui.clients.widgets import elide
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.drafts import DialogDraftHost
from mbe_desktop.ui.privacy import record_actions
from mbe_desktop.ui.views.base import EmptyState, ViewPage
from mbe_desktop.ui.widgets.common import Banner, heading, hint

if TYPE_CHECKING:
    from mbe_desktop.ui.cases.dormant import DormantCasesDialog

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 120


class _SearchEdit(QLineEdit):
    """↓ moves into the list; Enter opens the selected (or first) client."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class ClientTable(QTableView):
    """Enter opens the current row (Qt's ``activated`` does not fire for Enter everywhere)."""

    open_current = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_current.emit()
            return
        super().keyPressEvent(event)


class ClientsView(ViewPage):
    show_requested = Signal()  # the main window switches to this view

    def __init__(self, context: UnlockedContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service: ClientService = context.services.clients
        self.intake: IntakeDialog | None = None
        self.merge_dialog: MergeDialog | None = None
        self._all_total = 0

        self.model = ClientListModel(self.service, self)
        self.pages = QStackedWidget(self)
        self.empty = self._build_empty()
        self.list_page = self._build_list()
        self.record = ClientRecordPage(
            self.service, context.services.drafts, self, context.services.history, context
        )
        self.record.back_requested.connect(self.show_list)
        self.record.saved.connect(self._record_saved)
        self.record.draft_restored.connect(self._show_record_page)
        self.privacy_actions = record_actions.install(self.record, context)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.record)
        self.intake_host = IntakeDraftHost(self.open_intake, self)
        # An open merge dialog comes back after a lock with its choices (like a contact).
        self.merge_drafts = DialogDraftHost(
            MERGE_DRAFT_KEY,
            self._merge_draft_payload,
            self._restore_merge_draft,
            context.services.drafts,
            self,
        )
        self.set_body(self.pages)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.refresh()

    @classmethod
    def view_title(cls) -> str:
        return QCoreApplication.translate("ClientsView", "Ratsuchende")

    # --- building ------------------------------------------------------------------------

    def _build_empty(self) -> EmptyState:
        empty = EmptyState(
            self.tr("Noch keine Ratsuchenden erfasst"),
            self.tr(
                "Hier finden Sie alle Ratsuchenden mit ihren Beratungsfällen – zu suchen nach "
                "Name, Nummer, Geburtsdatum oder Telefonnummer, zu filtern nach Fallstatus, "
                "Case Management und fälligen Wiedervorlagen."
            ),
            self.tr(
                "Eine Person legen Sie beim ersten Beratungsgespräch mit der Erstaufnahme an "
                "(Strg+N). Mitberatene Familienangehörige werden im Fall der Hauptperson "
                "erfasst und in der Statistik getrennt gezählt."
            ),
            self,
        )
        self.first_intake_button = QPushButton(self.tr("&Erste Erstaufnahme anlegen …"), empty)
        self.first_intake_button.clicked.connect(lambda: self.open_intake())
        row = QHBoxLayout()
        row.setContentsMargins(0, 8, 0, 0)
        row.addWidget(self.first_intake_button)
        row.addStretch(1)
        layout = empty.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(layout.count() - 1, row)  # above the closing stretch
        return empty

    def _build_list(self) -> QWidget:
        page = QWidget(self)
        self.search = _SearchEdit(page)
        self.search.setObjectName("client_search")
        self.search.setPlaceholderText(
            self.tr("Name, Nummer, Geburtsdatum oder Telefon – z. B. „muller“ oder „1985“")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Ratsuchende suchen"))
        self.search.setToolTip(self.tr("Suchen (Strg+F)"))
        self.search.textChanged.connect(self._search_typed)
        self.search.returnPressed.connect(self._open_from_search)
        self.search.down.connect(self._focus_table)
        search_label = QLabel(self.tr("&Suchen:"), page)
        search_label.setBuddy(self.search)
        self.count_label = QLabel(page)
        self.count_label.setObjectName("client_count")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        self.filter_open = QRadioButton(self.tr("&Offen"), page)
        self.filter_closed = QRadioButton(self.tr("A&bgeschlossen"), page)
        self.filter_all = QRadioButton(self.tr("A&lle"), page)
        self.filter_all.setChecked(True)
        self.case_filter = QButtonGroup(page)
        for button, case_filter in (
            (self.filter_open, CaseFilter.OPEN),
            (self.filter_closed, CaseFilter.CLOSED),
            (self.filter_all, CaseFilter.ALL),
        ):
            button.setProperty("case_filter", case_filter.value)
            self.case_filter.addButton(button)
        self.filter_open.setToolTip(self.tr("Ratsuchende mit offenem oder ruhendem Fall"))
        self.case_filter.buttonToggled.connect(self._filter_changed)
        self.cm_only = QCheckBox(self.tr("Nur &Case Management"), page)
        self.cm_only.toggled.connect(self._filter_changed)
        self.due_only = QCheckBox(self.tr("&Wiedervorlage fällig"), page)
        self.due_only.setToolTip(self.tr("Offene Wiedervorlage, fällig heute oder früher"))
        self.due_only.toggled.connect(self._filter_changed)
        self.new_button = QPushButton(self.tr("&Neue Erstaufnahme …"), page)
        self.new_button.setToolTip(self.tr("Neue Erstaufnahme (Strg+N)"))
        self.new_button.clicked.connect(lambda: self.open_intake())
        self.merge_button = QPushButton(self.tr("&Zusammenführen …"), page)
        self.merge_button.setToolTip(
            self.tr("Zwei markierte Akten derselben Person zusammenführen")
        )
        self.merge_button.clicked.connect(self.open_merge)
        self.dormant_button = QPushButton(self.tr("R&uhende Fälle …"), page)
        self.dormant_button.setToolTip(
            self.tr(
                "Offene Fälle ohne Kontakt seit Monaten finden und gemeinsam mit "
                "„Kontaktabbruch“ abschließen"
            )
        )
        self.dormant_button.clicked.connect(self.open_dormant)

        self.table = ClientTable(page)
        self.table.setObjectName("client_table")
        self.table.setAccessibleName(self.tr("Ratsuchende"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(Column.NUMBER, Qt.SortOrder.AscendingOrder)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        widths = {
            Column.NUMBER: metrics.horizontalAdvance("2025-00000") + 20,
            Column.AGE: metrics.horizontalAdvance("Alter") + 30,
            Column.NATIONALITY: metrics.horizontalAdvance("Staatsangehörigkeit") + 24,
            Column.CASE_FORM: metrics.horizontalAdvance("Case Management") + 24,
            Column.CASE_STATUS: metrics.horizontalAdvance("abgeschlossen") + 24,
            Column.NEXT_FOLLOW_UP: metrics.horizontalAdvance("Nächste Wiedervorlage") + 24,
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self._activated)
        self.table.open_current.connect(lambda: self._activated(self.table.currentIndex()))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.open_action = QAction(self.tr("Akte öffnen"), self)
        self.open_action.triggered.connect(lambda: self._activated(self.table.currentIndex()))
        self.merge_action = QAction(self.tr("Zusammenführen …"), self)
        self.merge_action.triggered.connect(self.open_merge)

        self.no_hits = QWidget(page)
        self.no_hits_title = heading("", level=2, parent=self.no_hits)
        self.no_hits_text = hint("", self.no_hits)
        self.no_hits_text.setMaximumWidth(640)
        no_hits_layout = QVBoxLayout(self.no_hits)
        no_hits_layout.setContentsMargins(0, 24, 0, 0)
        no_hits_layout.addWidget(self.no_hits_title)
        no_hits_layout.addWidget(self.no_hits_text)
        no_hits_layout.addStretch(1)
        self.results = QStackedWidget(page)
        self.results.addWidget(self.table)
        self.results.addWidget(self.no_hits)
        self.error = Banner("error", page)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addSpacing(16)
        search_row.addWidget(self.count_label)
        filter_row = QHBoxLayout()
        filter_row.setSpacing(10)
        cases_label = QLabel(self.tr("Fälle:"), page)
        filter_row.addWidget(cases_label)
        filter_row.addWidget(self.filter_open)
        filter_row.addWidget(self.filter_closed)
        filter_row.addWidget(self.filter_all)
        filter_row.addSpacing(18)
        filter_row.addWidget(self.cm_only)
        filter_row.addWidget(self.due_only)
        filter_row.addStretch(1)
        filter_row.addWidget(self.dormant_button)
        filter_row.addWidget(self.merge_button)
        filter_row.addWidget(self.new_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(search_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.error)
        layout.addWidget(self.results, 1)
        return page

    # --- the query -----------------------------------------------------------------------

    def current_query(self) -> ClientQuery:
        checked = self.case_filter.checkedButton()
        case_filter = CaseFilter(checked.property("case_filter")) if checked else CaseFilter.ALL
        return replace(
            self.model.query,
            text=self.search.text(),
            cases=case_filter,
            case_management_only=self.cm_only.isChecked(),
            follow_up_due=self.due_only.isChecked(),
        )

    def _search_typed(self, _text: str) -> None:
        self._timer.start()  # restarts: only the last keystroke's text is queried

    def _filter_changed(self, *_args: object) -> None:
        self._timer.stop()
        self.run_search()

    def run_search(self) -> None:
        """Query now. Always the text and filters as they are at this moment, so a result
        can never be older than the input it is shown for."""
        self._timer.stop()
        self._load(self.current_query())

    def refresh(self) -> None:
        """Reload after a change of the data (intake, edit, merge)."""
        try:
            self._all_total = self.service.count(ClientQuery())
        except UserError as error:
            self.error.show_message(error.message, "error")
            return
        self._timer.stop()
        self._load(self.current_query())

    def _load(self, query: ClientQuery) -> None:
        selected = self.selected_ids()
        try:
            self.model.set_query(query)
        except UserError as error:
            self.error.show_message(error.message, "error")
            return
        self.error.clear()
        self._restore_selection(selected)
        self._update_state()

    def _update_state(self) -> None:
        query = self.model.query
        total = self.model.total
        filtered = bool(
            query.text.strip()
            or query.cases != CaseFilter.ALL
            or query.case_management_only
            or query.follow_up_due
        )
        if not filtered:
            self._all_total = total
        self.count_label.setText(self._count_text(total, filtered))
        if self.pages.currentWidget() is not self.record:
            self.pages.setCurrentWidget(
                self.empty if self._all_total == 0 and not filtered else self.list_page
            )
        if total:
            self.results.setCurrentWidget(self.table)
        else:
            self._show_no_hits(query)
        self._selection_changed()

    def _count_text(self, total: int, filtered: bool) -> str:
        number = GERMAN.toString(total)
        if filtered:
            return self.tr("{count} von {all} Ratsuchenden").format(
                count=number, all=GERMAN.toString(self._all_total)
            )
        if total == 1:
            return self.tr("1 Ratsuchende/r")
        return self.tr("{count} Ratsuchende").format(count=number)

    def _show_no_hits(self, query: ClientQuery) -> None:
        text = query.text.strip()
        if text:
            self.no_hits_title.setText(
                self.tr("Keine Treffer für „{text}“").format(text=elide(text, 60))
            )
            lines = [
                self.tr(
                    "Versuchen Sie einen Teil des Namens, eine andere Schreibweise, das "
                    "Geburtsdatum (12.03.1985), das Geburtsjahr oder die Telefonnummer."
                )
            ]
        else:
            self.no_hits_title.setText(self.tr("Keine Ratsuchenden mit diesen Filtern"))
            lines = []
        if query.cases != CaseFilter.ALL or query.case_management_only or query.follow_up_due:
            lines.append(self.tr("Die Filter sind eingeschaltet – „Alle“ zeigt alle Fälle."))
        lines.append(self.tr("Ist die Person neu, legen Sie sie mit „Neue Erstaufnahme“ an."))
        self.no_hits_text.setText("\n".join(lines))
        self.results.setCurrentWidget(self.no_hits)

    # --- selection -----------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.client_id(row) for row in rows if row < self.model.rowCount()]

    def _restore_selection(self, client_ids: list[int]) -> None:
        for client_id in client_ids:
            row = self.model.row_of(client_id)
            if row is not None:
                self.table.selectRow(row)

    def select_client(self, client_id: int) -> bool:
        row = self.model.row_of(client_id)
        if row is None:
            return False
        self.table.clearSelection()
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _selection_changed(self, *_args: object) -> None:
        two = len(self.selected_ids()) == 2
        self.merge_button.setEnabled(two)
        self.merge_action.setEnabled(two)

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(self.table)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.open_action)
        menu.addAction(self.merge_action)
        self._selection_changed()
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _focus_table(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.selectRow(0)

    def _open_from_search(self) -> None:
        if self._timer.isActive():
            self.run_search()  # Enter right after typing: search first, then open
        if self.model.rowCount() == 0:
            return
        index = self.table.currentIndex()
        selected = self.selected_ids()
        if len(selected) == 1:
            self.open_client(selected[0])
        elif index.isValid():
            self._activated(index)
        else:
            self.open_client(self.model.client_id(0))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_client(self.model.client_id(index.row()))

    # --- intake, record, merge -----------------------------------------------------------

    def open_intake(self, draft: dict[str, Any] | None = None) -> IntakeDialog:
        if self.intake is not None and self.intake.isVisible():
            self.intake.raise_()
            self.intake.activateWindow()
            return self.intake
        dialog = IntakeDialog(self.service, self.context.services.drafts, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._intake_saved)
        dialog.open_requested.connect(self.open_client)
        dialog.destroyed.connect(self._intake_gone)
        self.intake = dialog
        if draft is not None:
            dialog.restore_draft(draft)
        dialog.open()
        return dialog

    def _intake_gone(self) -> None:
        self.intake = None

    def _intake_saved(self, detail: ClientDetail) -> None:
        self.refresh()
        self.select_client(detail.id)

    def open_client(self, client_id: int, place: str = "record") -> None:
        """Show the client's record; ``place`` picks the tab ("contacts", "plan", …)."""

        def show() -> None:
            problem = self.record.load(client_id)
            if not problem:
                self._show_record_page()
                self.record.show_place(place)
                return
            if self.is_showing_record():
                self.show_list()
            self.refresh()
            self.error.show_message(problem, "error")

        if self.record.detail is not None and self.record.detail.id != client_id:
            self._show_record_page()
            self.record.request_leave(show)
        else:
            show()

    def _show_record_page(self) -> None:
        self.heading.hide()
        self.pages.setCurrentWidget(self.record)
        self.show_requested.emit()
        self.record.back_button.setFocus()

    def show_list(self) -> None:
        shown_id = self.record.detail.id if self.record.detail is not None else None
        self.record.clear()
        self.heading.show()
        self.pages.setCurrentWidget(self.list_page)
        self.refresh()
        if shown_id is not None:
            self.select_client(shown_id)
        if self.pages.currentWidget() is self.list_page:
            self.table.setFocus()

    def is_showing_record(self) -> bool:
        return self.pages.currentWidget() is self.record

    def focus_search(self) -> None:
        """Strg+F: the search field of the list (leaving an open record first)."""

        def focus() -> None:
            if self.is_showing_record():
                self.show_list()
            self.search.setFocus()
            self.search.selectAll()

        if self.is_showing_record():
            self.record.request_leave(focus)
        else:
            focus()

    def _record_saved(self, _detail: ClientDetail) -> None:
        self.model.reload()

    def open_merge(self) -> MergeDialog | None:
        ids = self.selected_ids()
        if len(ids) != 2:
            return None
        rows = [self.model.client_row(self.model.row_of(i) or 0) for i in ids]
        return self._open_merge_dialog(rows[0], rows[1])

    def _open_merge_dialog(self, first: ClientRow, second: ClientRow) -> MergeDialog:
        dialog = MergeDialog(self.service, first, second, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._merged)
        dialog.destroyed.connect(self._merge_gone)
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def open_dormant(self) -> DormantCasesDialog:
        from mbe_desktop.ui.cases.dormant import DormantCasesDialog

        dialog = DormantCasesDialog(self.context, self.window())
        dialog.open_client.connect(self._open_from_dormant)
        self.dormant_dialog = dialog
        dialog.open()
        return dialog

    def _open_from_dormant(self, client_id: int) -> None:
        self.open_client(client_id)

    def _merge_gone(self) -> None:
        self.merge_dialog = None

    def _merge_draft_payload(self) -> dict[str, Any] | None:
        dialog = self.merge_dialog
        if dialog is None or not dialog.isVisible():
            return None
        return dialog.draft_values()

    def _restore_merge_draft(self, payload: dict[str, Any]) -> None:
        """Open the merge dialog again for the same two records, with the choices made."""
        ids = payload.get("ids")
        if not isinstance(ids, list) or len(ids) != 2 or self.merge_dialog is not None:
            return
        rows = [self._client_row(client_id) for client_id in ids]
        if rows[0] is None or rows[1] is None:
            return  # a record is gone (merged or deleted meanwhile): nothing to restore
        self.show_requested.emit()
        self.table.clearSelection()
        self._restore_selection([rows[0].id, rows[1].id])
        dialog = self._open_merge_dialog(rows[0], rows[1])
        changed = dialog.set_draft_values(payload)
        text = self.tr("Die begonnene Zusammenführung wurde wiederhergestellt.")
        if changed:
            text += " " + self.tr(
                "Eine der Akten wurde inzwischen geändert – prüfen Sie die Auswahl vor dem "
                "Zusammenführen."
            )
        dialog.error.show_message(text, "warning" if changed else "info")

    def _client_row(self, client_id: object) -> ClientRow | None:
        if not isinstance(client_id, int):
            return None
        try:
            number = self.service.get(client_id).number
            rows = self.service.page(ClientQuery(text=number, limit=20))
        except UserError:
            return None
        return next((row for row in rows if row.id == client_id), None)

    def _merged(self, detail: ClientDetail) -> None:
        self.refresh()
        self.select_client(detail.id)
