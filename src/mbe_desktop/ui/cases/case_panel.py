"""The "Beratung" tab of the client record: the counselling case and its contacts.

Shows the open (or paused) case first; earlier cases are chosen in a combo and shown read-only
with their closure. Every change goes through the case service and is announced on
``context.events``; the panel itself reloads only from that signal, like every other view.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, fields, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain.countries import language_name
from mbe_desktop.domain.errors import UserError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.services.cases import (
    CONTACT_DELETE_CONFLICT,
    CaseDetail,
    CaseSummary,
    ContactInput,
    ContactRow,
)
from mbe_desktop.ui.cases.case_dialog import CASE_DRAFT_KEY, CaseDialog, fields_text, is_conflict
from mbe_desktop.ui.cases.closure_dialog import CLOSURE_DRAFT_KEY, ClosureDialog
from mbe_desktop.ui.cases.contact_dialog import ContactDialog
from mbe_desktop.ui.clients.widgets import elide
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.drafts import DialogDraftHost
from mbe_desktop.ui.texts import catalogue_label, ui_language
from mbe_desktop.ui.views.base import EmptyState
from mbe_desktop.ui.widgets.common import Banner, heading, hint

log = logging.getLogger(__name__)

CONTACT_DRAFT_KEY = "cases/contact"


def contact_to_json(data: ContactInput) -> dict[str, Any]:
    values = asdict(data)
    values["occurred_at"] = data.occurred_at.isoformat() if data.occurred_at else None
    values["fields"] = list(data.fields)
    return values


def contact_from_json(values: dict[str, Any]) -> ContactInput:
    known = {f.name for f in fields(ContactInput)}
    data = {name: value for name, value in values.items() if name in known}
    try:
        data["occurred_at"] = datetime.fromisoformat(str(data.get("occurred_at")))
    except ValueError:
        data["occurred_at"] = None
    data["fields"] = tuple(str(code) for code in data.get("fields") or ())
    try:
        return ContactInput(**data)
    except TypeError:
        return ContactInput(occurred_at=None, note=str(values.get("note", "")))


CONTACT_COLUMNS = (
    QT_TRANSLATE_NOOP("CasePanel", "Datum"),
    QT_TRANSLATE_NOOP("CasePanel", "Form"),
    QT_TRANSLATE_NOOP("CasePanel", "Dauer"),
    QT_TRANSLATE_NOOP("CasePanel", "Sprachmittlung"),
    QT_TRANSLATE_NOOP("CasePanel", "Handlungsfelder"),
    QT_TRANSLATE_NOOP("CasePanel", "Notiz"),
)
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TOPICS = frozenset({"cases", "contacts", "plans"})
NOTE_CHARS = 90
FIELDS_COLUMN = 4
FIELDS_WIDTH = 240


def contact_when(contact: ContactRow) -> str:
    return f"{format_date_de(contact.occurred_at.date())}, {contact.occurred_at:%H:%M}"


class CasePanel(QWidget):
    case_changed = Signal(object)  # the shown CaseDetail, or None
    # A contact draft from before a lock is back: the record opens this client (id).
    contact_draft_restored = Signal(int)
    # The same for an unsaved case or closure dialog (see DialogDraftHost).
    case_draft_restored = Signal(int)

    def __init__(self, context: UnlockedContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_panel")
        self.context = context
        self.services = context.services
        self.client_id: int | None = None
        self.summaries: list[CaseSummary] = []
        self.case: CaseDetail | None = None
        self.contacts: list[ContactRow] = []
        self.dialog: QDialog | None = None
        self.question: QMessageBox | None = None

        self.notice = Banner("info", self)

        # No case yet
        self.empty = EmptyState(
            self.tr("Noch kein Beratungsfall"),
            self.tr(
                "Ein Beratungsfall sammelt die Kontakte, die Handlungsfelder und – im Case "
                "Management – die Kooperationsvereinbarung. Eröffnen Sie ihn beim ersten "
                "Beratungsgespräch."
            ),
            "",
            self,
        )
        self.empty_new_button = QPushButton(self.tr("&Neuen Beratungsfall eröffnen …"), self.empty)
        self.empty_new_button.clicked.connect(self.new_case)
        empty_layout = self.empty.layout()
        assert isinstance(empty_layout, QVBoxLayout)
        empty_layout.insertWidget(2, self.empty_new_button, 0, Qt.AlignmentFlag.AlignLeft)

        # The case
        self.case_combo = QComboBox(self)
        self.case_combo.setAccessibleName(self.tr("Beratungsfall"))
        self.case_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.case_combo.setToolTip(self.tr("Frühere Fälle der Akte anzeigen"))
        self.case_combo.activated.connect(self._case_chosen)
        self.case_label = QLabel(self.tr("&Fall:"), self)
        self.case_label.setBuddy(self.case_combo)
        self.new_button = QPushButton(self.tr("&Neuen Beratungsfall eröffnen …"), self)
        self.new_button.clicked.connect(self.new_case)
        chooser = QHBoxLayout()
        chooser.addWidget(self.case_label)
        chooser.addWidget(self.case_combo)
        chooser.addStretch(1)
        chooser.addWidget(self.new_button)

        self.case_frame = QFrame(self)
        self.case_frame.setObjectName("case_frame")
        self.case_frame.setStyleSheet(
            "QFrame#case_frame { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 4px; }"
        )
        self.title = heading("", level=2, parent=self.case_frame)
        self.facts = self._plain_label(self.case_frame)
        self.fields_label = self._plain_label(self.case_frame)
        self.history_label = self._plain_label(self.case_frame)
        self.closure_label = self._plain_label(self.case_frame)
        self.edit_button = QPushButton(self.tr("Fall &bearbeiten …"), self.case_frame)
        self.edit_button.setToolTip(
            self.tr("Form, Handlungsfelder, Eröffnungsdatum und mitberatene Angehörige ändern")
        )
        self.edit_button.clicked.connect(self.edit_case)
        self.pause_button = QPushButton(self.tr("&Ruhend stellen"), self.case_frame)
        self.pause_button.clicked.connect(self.toggle_paused)
        self.close_button = QPushButton(self.tr("Ab&schließen …"), self.case_frame)
        self.close_button.setToolTip(
            self.tr("Art des Abschlusses, Zielerreichung und Situation beim Abschluss erfassen")
        )
        self.close_button.clicked.connect(self.close_case)
        self.reopen_button = QPushButton(self.tr("Wieder er&öffnen …"), self.case_frame)
        self.reopen_button.clicked.connect(self.reopen_case)
        self.refer_button = QPushButton(self.tr("&Weiterleiten …"), self.case_frame)
        self.refer_button.setToolTip(
            self.tr(
                "An einen Netzwerkpartner weiterleiten: Schreiben mit den nötigen Angaben, "
                "geprüft gegen die Schweigepflichtentbindung"
            )
        )
        self.refer_button.clicked.connect(self.refer)
        case_buttons = QHBoxLayout()
        for button in (
            self.edit_button,
            self.pause_button,
            self.close_button,
            self.reopen_button,
            self.refer_button,
        ):
            case_buttons.addWidget(button)
        case_buttons.addStretch(1)
        frame_layout = QVBoxLayout(self.case_frame)
        frame_layout.setContentsMargins(14, 10, 14, 10)
        frame_layout.setSpacing(4)
        frame_layout.addWidget(self.title)
        frame_layout.addWidget(self.facts)
        frame_layout.addWidget(self.fields_label)
        frame_layout.addWidget(self.history_label)
        frame_layout.addWidget(self.closure_label)
        frame_layout.addSpacing(6)
        frame_layout.addLayout(case_buttons)

        # Contacts
        self.contacts_heading = heading(self.tr("Kontakte"), level=2, parent=self)
        self.record_button = QPushButton(self.tr("Kontakt &erfassen … (Strg+K)"), self)
        self.record_button.setToolTip(self.tr("Ein Beratungsgespräch dokumentieren (Strg+K)"))
        self.record_button.clicked.connect(self.record_contact)
        self.edit_contact_button = QPushButton(self.tr("Bearbei&ten …"), self)
        self.edit_contact_button.setToolTip(self.tr("Gewählten Kontakt bearbeiten (Doppelklick)"))
        self.edit_contact_button.clicked.connect(self.edit_contact)
        self.delete_contact_button = QPushButton(self.tr("&Löschen"), self)
        self.delete_contact_button.setToolTip(self.tr("Gewählten Kontakt löschen"))
        self.delete_contact_button.clicked.connect(self.delete_contact)
        contact_bar = QHBoxLayout()
        contact_bar.addWidget(self.contacts_heading)
        contact_bar.addStretch(1)
        contact_bar.addWidget(self.record_button)
        contact_bar.addWidget(self.edit_contact_button)
        contact_bar.addWidget(self.delete_contact_button)

        self.table = QTableWidget(0, len(CONTACT_COLUMNS), self)
        self.table.setObjectName("contacts_table")
        self.table.setAccessibleName(self.tr("Kontakte"))
        self.table.setHorizontalHeaderLabels([self.tr(str(c)) for c in CONTACT_COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(CONTACT_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        # Many fields of action would push the note out of sight: a fixed share, elided.
        header.setSectionResizeMode(FIELDS_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(FIELDS_COLUMN, FIELDS_WIDTH)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_contact())
        self.table.itemSelectionChanged.connect(self._update_contact_buttons)
        self.no_contacts = hint(
            self.tr(
                "Noch keine Kontakte in diesem Fall. Mit „Kontakt erfassen …“ (Strg+K) "
                "dokumentieren Sie ein Beratungsgespräch."
            ),
            self,
        )

        self.case_page = QWidget(self)
        case_layout = QVBoxLayout(self.case_page)
        case_layout.setContentsMargins(0, 0, 0, 0)
        case_layout.setSpacing(10)
        case_layout.addLayout(chooser)
        case_layout.addWidget(self.case_frame)
        case_layout.addSpacing(4)
        case_layout.addLayout(contact_bar)
        case_layout.addWidget(self.table, 1)
        case_layout.addWidget(self.no_contacts)
        case_layout.addStretch(0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.notice)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.case_page, 1)
        self.context.events.changed.connect(self._data_changed)
        self._show_nothing()
        # The case and closure dialogs keep their input across a lock like the contact dialog.
        drafts = self.services.drafts
        self.case_drafts = DialogDraftHost(
            CASE_DRAFT_KEY, self._case_draft_payload, self._restore_case_draft, drafts, self
        )
        self.closure_drafts = DialogDraftHost(
            CLOSURE_DRAFT_KEY,
            self._closure_draft_payload,
            self._restore_closure_draft,
            drafts,
            self,
        )

    @staticmethod
    def _plain_label(parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # --- public API ----------------------------------------------------------------------

    def show_client(self, client_id: int) -> None:
        """Show the cases of a client: the open or paused one, else the newest."""
        if client_id != self.client_id:
            self.notice.clear()
        self.client_id = client_id
        previous, self.case = self.case, None  # start from the client's current case
        self.reload()
        if previous is not None and self.case is None:
            self.case_changed.emit(None)

    def clear(self) -> None:
        self.client_id = None
        self.summaries = []
        self.case = None
        self.contacts = []
        self.notice.clear()
        self._show_nothing()
        self.case_changed.emit(None)

    def current_case(self) -> CaseDetail | None:
        """The case shown (open, paused or an earlier, closed one)."""
        return self.case

    def open_case(self) -> CaseSummary | None:
        """The client's open or paused case, if any (at most one)."""
        return next((s for s in self.summaries if s.status != "closed"), None)

    def refer(self) -> None:
        """Start a referral (letter to a partner) from the shown open case."""
        if self.client_id is None or self.case is None or self._busy():
            return
        from mbe_desktop.ui.network.referral import ReferralDialog

        self._open_dialog(ReferralDialog(self.context, self.client_id, self.case.id, self))

    def record_contact(self) -> None:
        """Open the contact dialog for the open (or paused) case of the client."""
        if self.client_id is None or self._busy():
            return
        current = self.open_case()
        if current is None:
            self.notice.show_message(
                self.tr(
                    "Kontakte gehören zu einem offenen Beratungsfall. Eröffnen Sie zuerst einen "
                    "mit „Neuen Beratungsfall eröffnen …“."
                ),
                "info",
            )
            return
        if self.case is None or self.case.id != current.id:
            self._select(current.id)
        if self.case is None:
            return
        self._open_dialog(ContactDialog(self.context, self.case, None, self))

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the client's cases again; the shown case stays chosen when it still exists."""
        if self.client_id is None:
            return
        keep = self.case.id if self.case is not None else None
        had_case = self.case is not None
        try:
            self.summaries = self.services.cases.cases_of(self.client_id)
        except UserError as error:
            self.summaries = []
            self.notice.show_message(error.message, "error")
        ids = [summary.id for summary in self.summaries]
        if keep not in ids:
            current = self.open_case()
            keep = current.id if current else (ids[0] if ids else None)
        self.case_combo.clear()
        for summary in self.summaries:
            self.case_combo.addItem(self.summary_text(summary), summary.id)
        if keep is None:
            self.case = None
            self._show_nothing()
            if had_case:
                self.case_changed.emit(None)
            return
        self._select(keep)

    def summary_text(self, summary: CaseSummary) -> str:
        """One line for the case chooser, e.g. "Fall vom 03.02.2025 – abgeschlossen (Wegzug)"."""
        status = catalogue_label(cat.CASE_STATUSES, summary.status)
        if summary.status == "closed" and summary.closure_type:
            status += f" ({catalogue_label(cat.CLOSURE_TYPES, summary.closure_type)})"
        return self.tr("Fall vom {date} – {status}").format(
            date=format_date_de(summary.opened_on), status=status
        )

    def _select(self, case_id: int) -> None:
        index = self.case_combo.findData(case_id)
        if index >= 0:
            self.case_combo.setCurrentIndex(index)
        selected = self._selected_contact_id()
        previous = self.case
        try:
            self.case = self.services.cases.get(case_id)
            self.contacts = self.services.cases.contacts(case_id)
        except UserError as error:
            self.notice.show_message(error.message, "error")
            return
        self._show_case(self.case)
        self._fill_contacts(selected)
        if self.case != previous:  # e.g. a new version: the plan tab follows
            self.case_changed.emit(self.case)

    def _case_chosen(self, index: int) -> None:
        case_id = self.case_combo.itemData(index)
        if case_id is not None and (self.case is None or self.case.id != case_id):
            self.notice.clear()
            self._select(int(case_id))

    def _data_changed(self, topics: frozenset[str]) -> None:
        if self.client_id is not None and topics & TOPICS:
            self.reload()

    # --- showing -------------------------------------------------------------------------

    def _show_nothing(self) -> None:
        self.case_page.hide()
        self.empty.setVisible(self.client_id is not None)
        self.table.setRowCount(0)

    def _show_case(self, case: CaseDetail) -> None:
        self.empty.hide()
        self.case_page.show()
        status = catalogue_label(cat.CASE_STATUSES, case.status)
        if case.status == "paused":
            since = next(
                (on for on, state, _type in reversed(case.status_changes) if state == "paused"),
                None,
            )
            if since is not None:
                status = self.tr("ruhend seit {date}").format(date=format_date_de(since))
        self.title.setText(f"{catalogue_label(cat.CASE_FORMS, case.form)} – {status}")
        facts = [self.tr("Eröffnet am {date}").format(date=format_date_de(case.opened_on))]
        if case.contact_count and case.last_contact_on is not None:
            facts.append(
                self.tr("{count} Kontakte, zuletzt am {date}").format(
                    count=case.contact_count, date=format_date_de(case.last_contact_on)
                )
                if case.contact_count != 1
                else self.tr("1 Kontakt am {date}").format(
                    date=format_date_de(case.last_contact_on)
                )
            )
        if case.family_members:
            facts.append(
                self.tr("{count} mitberatene Familienangehörige").format(count=case.family_members)
            )
        self.facts.setText("  ·  ".join(facts))
        self.fields_label.setText(
            self.tr("Handlungsfelder: {fields}").format(fields=fields_text(case.fields))
            if case.fields
            else self.tr("Handlungsfelder: noch keine gewählt (Fall bearbeiten …)")
        )
        switches = self._form_switches(case)
        self.history_label.setText(switches)
        self.history_label.setVisible(bool(switches))
        closed = case.status == "closed"
        self.closure_label.setText(self._closure_text(case) if closed else "")
        self.closure_label.setVisible(closed)
        has_open = self.open_case() is not None
        self.new_button.setVisible(not has_open)
        self.case_label.setVisible(len(self.summaries) > 1)
        self.case_combo.setVisible(len(self.summaries) > 1)
        self.edit_button.setVisible(not closed)
        self.pause_button.setVisible(not closed)
        self.pause_button.setText(
            self.tr("Wieder &aufnehmen") if case.status == "paused" else self.tr("&Ruhend stellen")
        )
        self.pause_button.setToolTip(
            self.tr("Der Fall wird wieder als offen geführt.")
            if case.status == "paused"
            else self.tr(
                "Der Fall bleibt bestehen, ruht aber, z. B. während einer längeren "
                "Abwesenheit der ratsuchenden Person."
            )
        )
        self.close_button.setVisible(not closed)
        self.reopen_button.setVisible(closed)
        self.refer_button.setVisible(not closed)
        for button in (self.record_button, self.edit_contact_button, self.delete_contact_button):
            button.setVisible(not closed)

    def _form_switches(self, case: CaseDetail) -> str:
        """The form switches after the opening, e.g. "Formwechsel: am 10.03.2025 zu CM"."""
        changes = list(case.form_changes)
        if changes and changes[0][0] <= case.opened_on:
            changes = changes[1:]  # the form the case was opened with
        if not changes:
            return ""
        parts = [
            self.tr("am {date} zu „{form}“").format(
                date=format_date_de(on), form=catalogue_label(cat.CASE_FORMS, form)
            )
            for on, form in changes
        ]
        return self.tr("Formwechsel: {changes}").format(changes=", ".join(parts))

    def _closure_text(self, case: CaseDetail) -> str:
        lines = []
        closed_on = format_date_de(case.closed_on) if case.closed_on else "–"
        closure = (
            catalogue_label(cat.CLOSURE_TYPES, case.closure_type) if case.closure_type else "–"
        )
        lines.append(
            self.tr("Abgeschlossen am {date}: {closure}").format(date=closed_on, closure=closure)
        )
        situation = [
            (self.tr("Deutsch"), cat.CEFR_LEVELS, case.closure_german_level),
            (self.tr("Integrationskurs"), cat.COURSE_STATUSES, case.closure_course_status),
            (self.tr("Arbeit"), cat.EMPLOYMENT_STATUSES, case.closure_employment_status),
            (self.tr("Leistungen"), cat.BENEFITS, case.closure_benefits),
            (self.tr("Aufenthalt"), cat.RESIDENCE_STATUSES, case.closure_residence_status),
        ]
        known = [
            f"{name}: {catalogue_label(catalogue, code)}"
            for name, catalogue, code in situation
            if code
        ]
        if known:
            lines.append(
                self.tr("Situation beim Abschluss: {facts}").format(facts=" · ".join(known))
            )
        lines.append(self.tr("Abgeschlossene Fälle sind nur lesbar."))
        return "\n".join(lines)

    def _fill_contacts(self, selected: int | None) -> None:
        table = self.table
        table.setRowCount(len(self.contacts))
        for row, contact in enumerate(self.contacts):
            form = catalogue_label(cat.CONTACT_FORMS, contact.form)
            if contact.place:
                form += f" – {contact.place}"
            elif contact.form == "outreach" and contact.outreach_location_id is not None:
                form += f" – {self._location_name(contact.outreach_location_id)}"
            interpreter = (
                language_name(contact.interpreter_language, ui_language()) or self.tr("ja")
                if contact.interpreter_used
                else "–"
            )
            texts = (
                contact_when(contact),
                form,
                self.tr("{minutes} Min.").format(minutes=contact.duration_minutes),
                interpreter,
                fields_text(contact.fields) or "–",
                elide(contact.note, NOTE_CHARS) if contact.note else "–",
            )
            tip = contact.note or self.tr("(keine Notiz)")
            if contact.next_steps:
                tip += "\n\n" + self.tr("Nächste Schritte: {text}").format(text=contact.next_steps)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(CONTACT_ID_ROLE, contact.id)
                if column in (FIELDS_COLUMN, FIELDS_COLUMN + 1):
                    item.setToolTip(text if column == FIELDS_COLUMN else tip)
                table.setItem(row, column, item)
        has_contacts = bool(self.contacts)
        table.setVisible(has_contacts)
        self.no_contacts.setVisible(not has_contacts)
        if self.case is not None and self.case.status == "closed":
            self.no_contacts.setText(self.tr("In diesem Fall wurden keine Kontakte erfasst."))
        else:
            self.no_contacts.setText(
                self.tr(
                    "Noch keine Kontakte in diesem Fall. Mit „Kontakt erfassen …“ (Strg+K) "
                    "dokumentieren Sie ein Beratungsgespräch."
                )
            )
        ids = [contact.id for contact in self.contacts]
        if has_contacts:
            table.selectRow(ids.index(selected) if selected in ids else 0)
        self._update_contact_buttons()

    def _location_name(self, location_id: int) -> str:
        try:
            names = self.services.outreach.names()  # deactivated places too
        except UserError:
            return ""
        return names.get(location_id, "")

    def _selected_contact_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else int(item.data(CONTACT_ID_ROLE))

    def selected_contact(self) -> ContactRow | None:
        contact_id = self._selected_contact_id()
        return next((c for c in self.contacts if c.id == contact_id), None)

    def _update_contact_buttons(self) -> None:
        chosen = self.selected_contact() is not None
        self.edit_contact_button.setEnabled(chosen)
        self.delete_contact_button.setEnabled(chosen)

    # --- case commands -------------------------------------------------------------------

    def new_case(self) -> None:
        if self.client_id is None or self._busy():
            return
        self._open_dialog(self._case_dialog(self.client_id, None))

    def _case_dialog(self, client_id: int, case: CaseDetail | None) -> CaseDialog:
        """The dialog to open a case (``case`` None) or to edit ``case``, connected."""
        dialog = CaseDialog(self.context, client_id, case, self)
        if case is None:
            dialog.saved.connect(self._case_opened)
        else:
            dialog.conflict.connect(self.reload)
            dialog.saved.connect(self._case_saved)
        return dialog

    def _case_opened(self, detail: CaseDetail) -> None:
        self.reload()
        self._select(detail.id)
        self.notice.show_message(
            self.tr("Der Beratungsfall wurde eröffnet. Kontakte erfassen Sie mit Strg+K."),
            "success",
        )

    def edit_case(self) -> None:
        if self.client_id is None or self.case is None or self._busy():
            return
        self._open_dialog(self._case_dialog(self.client_id, self.case))

    def _case_saved(self, _detail: CaseDetail) -> None:
        self.notice.show_message(self.tr("Die Angaben zum Fall wurden gespeichert."), "success")

    def toggle_paused(self) -> None:
        case = self.case
        if case is None or case.status == "closed":
            return
        pause = case.status != "paused"
        try:
            self.services.cases.set_paused(case.id, pause, case.version)
        except UserError as error:
            self._command_failed(error)
            return
        self.context.events.announce("cases")
        self.notice.show_message(
            self.tr("Der Fall ruht jetzt. Mit „Wieder aufnehmen“ wird er wieder als offen geführt.")
            if pause
            else self.tr("Der Fall ist wieder aufgenommen."),
            "success",
        )

    def close_case(self) -> None:
        if self.case is None or self.case.status == "closed" or self._busy():
            return
        self._open_dialog(self._closure_dialog(self.case))

    def _closure_dialog(self, case: CaseDetail) -> ClosureDialog:
        dialog = ClosureDialog(self.context, case, self)
        dialog.conflict.connect(self.reload)
        dialog.closed.connect(self._closed)
        return dialog

    def _closed(self, detail: CaseDetail) -> None:
        closure = catalogue_label(cat.CLOSURE_TYPES, detail.closure_type or "")
        self.notice.show_message(
            self.tr("Der Fall wurde abgeschlossen ({closure}).").format(closure=closure),
            "success",
        )

    def reopen_case(self) -> None:
        case = self.case
        if case is None or case.status != "closed" or self._busy():
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Fall wieder eröffnen?"),
            self.tr(
                "Der Fall vom {opened} wird wieder eröffnet. Der Abschluss ({closure}) wird "
                "zurückgenommen; der Fall zählt wieder als offen."
            ).format(
                opened=format_date_de(case.opened_on),
                closure=catalogue_label(cat.CLOSURE_TYPES, case.closure_type or ""),
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        confirm = box.addButton(self.tr("Wieder &eröffnen"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(confirm)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._reopen(case) if button is confirm else None)
        box.finished.connect(self._question_closed)
        self.question = box
        box.open()

    def _reopen(self, case: CaseDetail) -> None:
        try:
            self.services.cases.reopen_case(case.id, case.version)
        except UserError as error:
            self._command_failed(error)
            return
        self.context.events.announce("cases", "plans")
        self.notice.show_message(self.tr("Der Fall ist wieder offen."), "success")

    def _command_failed(self, error: UserError) -> None:
        if is_conflict(error):
            self.reload()
            self.notice.show_message(
                error.message
                + "\n"
                + self.tr("Der Fall wurde neu geladen; bitte wiederholen Sie den Schritt."),
                "error",
            )
            return
        self.notice.show_message(error.message, "error")

    # --- contact commands ----------------------------------------------------------------

    def edit_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None or self.case is None or self.case.status == "closed" or self._busy():
            return
        self._open_dialog(ContactDialog(self.context, self.case, contact, self))

    def delete_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None or self.case is None or self.case.status == "closed" or self._busy():
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Kontakt löschen?"),
            self.tr(
                "Der Kontakt vom {when} Uhr ({form}) wird mit Notiz und nächsten Schritten "
                "gelöscht. Das kann nicht rückgängig gemacht werden."
            ).format(
                when=contact_when(contact), form=catalogue_label(cat.CONTACT_FORMS, contact.form)
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        delete = box.addButton(self.tr("&Löschen"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self._delete(contact) if button is delete else None
        )
        box.finished.connect(self._question_closed)
        self.question = box
        box.open()

    def _delete(self, contact: ContactRow) -> None:
        try:
            self.services.cases.delete_contact(contact.id, contact.version)
        except UserError as error:
            if error.template == CONTACT_DELETE_CONFLICT:
                self.reload()  # the contact as stored meanwhile, to check before deleting
                self.notice.show_message(error.message, "error")
                return
            self._command_failed(error)
            return
        self.context.events.announce("contacts", "cases")
        self.notice.show_message(
            self.tr("Der Kontakt vom {when} Uhr wurde gelöscht.").format(
                when=contact_when(contact)
            ),
            "success",
        )

    # --- dialogs -------------------------------------------------------------------------

    def _busy(self) -> bool:
        """A dialog or question of this panel is already open (one at a time)."""
        return self.dialog is not None or self.question is not None

    def _open_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None

    # --- drafts across a lock ----------------------------------------------------------------

    def draft_key(self) -> str:
        return CONTACT_DRAFT_KEY

    def draft_payload(self) -> dict[str, Any] | None:
        """The input of an open, unsaved contact dialog (ids and the typed values)."""
        dialog = self.dialog
        if not isinstance(dialog, ContactDialog) or dialog.pages.currentIndex() != 0:
            return None
        values = dialog.values()
        if not (values.note or values.next_steps) and dialog.contact is None:
            return None  # nothing typed that would hurt to lose
        return {
            "case_id": dialog.case.id,
            "contact_id": dialog.contact.id if dialog.contact else None,
            "contact_version": dialog.contact.version if dialog.contact else None,
            "values": contact_to_json(values),
        }

    def restore_draft(self, payload: dict[str, Any]) -> None:
        """Open the contact dialog again with the input it had when the app locked."""
        self._discard_contact_draft()  # from here on the open dialog holds the input
        case_id, values = payload.get("case_id"), payload.get("values")
        if not isinstance(case_id, int) or not isinstance(values, dict):
            return
        try:
            case = self.context.services.cases.get(case_id)
            contact_id = payload.get("contact_id")
            contact = None
            if isinstance(contact_id, int):
                contact = next(
                    (
                        c
                        for c in self.context.services.cases.contacts(case_id)
                        if c.id == contact_id
                    ),
                    None,
                )
        except UserError:
            return  # the case is gone: nothing to restore into
        seen = payload.get("contact_version")
        if contact is not None and isinstance(seen, int) and seen != contact.version:
            # Changed while the app was locked: saving the draft reports it, never overwrites.
            contact = replace(contact, version=seen)
        self.contact_draft_restored.emit(case.client_id)
        if self.client_id != case.client_id:
            self.show_client(case.client_id)
        self._select(case.id)
        dialog = ContactDialog(self.context, case, contact, self)
        dialog.set_values(contact_from_json(values))
        self._open_dialog(dialog)
        self.notice.show_message(
            self.tr("Der nicht gespeicherte Kontakt wurde wiederhergestellt."), "info"
        )

    def _discard_contact_draft(self) -> None:
        try:
            self.context.services.drafts.discard(CONTACT_DRAFT_KEY)
        except UserError:
            log.warning("contact draft could not be discarded")

    def _case_draft_payload(self) -> dict[str, Any] | None:
        """The input of an open case dialog (new or edit) that differs from its start."""
        dialog = self.dialog
        if not isinstance(dialog, CaseDialog) or not dialog.has_input():
            return None
        return {
            "client_id": dialog.client_id,
            "case_id": dialog.case.id if dialog.case else None,
            "case_version": dialog.case.version if dialog.case else None,
            "values": dialog.draft_values(),
        }

    def _restore_case_draft(self, payload: dict[str, Any]) -> None:
        """Open the case dialog again (on its client, for its case) with the input it had."""
        client_id, case_id, values = (
            payload.get("client_id"),
            payload.get("case_id"),
            payload.get("values"),
        )
        if not isinstance(client_id, int) or not isinstance(values, dict) or self._busy():
            return
        case: CaseDetail | None = None
        try:
            if isinstance(case_id, int):
                case = self.services.cases.get(case_id)
            else:
                self.services.clients.get(client_id)  # the record may be gone (merged)
        except UserError:
            return  # nothing to restore into
        if case is not None and (case.status == "closed" or case.client_id != client_id):
            return  # closed meanwhile: its opening data can no longer be edited
        case, changed = self._show_for_draft(client_id, case, payload.get("case_version"))
        dialog = self._case_dialog(client_id, case)
        dialog.set_draft_values(values)
        self._open_dialog(dialog)
        self._draft_notice(
            self.tr("Die nicht gespeicherten Angaben zum Fall wurden wiederhergestellt."), changed
        )

    def _closure_draft_payload(self) -> dict[str, Any] | None:
        """The input of an open closure dialog, once anything was chosen or changed."""
        dialog = self.dialog
        if not isinstance(dialog, ClosureDialog) or not dialog.has_input():
            return None
        return {
            "client_id": dialog.case.client_id,
            "case_id": dialog.case.id,
            "case_version": dialog.case.version,
            "values": dialog.draft_values(),
        }

    def _restore_closure_draft(self, payload: dict[str, Any]) -> None:
        """Open the closure dialog of the case again with the input it had."""
        case_id, values = payload.get("case_id"), payload.get("values")
        if not isinstance(case_id, int) or not isinstance(values, dict) or self._busy():
            return
        try:
            case = self.services.cases.get(case_id)
        except UserError:
            return  # the case is gone: nothing to restore into
        if case.status == "closed":
            return  # closed meanwhile: nothing left to close
        shown, changed = self._show_for_draft(case.client_id, case, payload.get("case_version"))
        assert shown is not None
        dialog = self._closure_dialog(shown)
        dialog.set_draft_values(values)
        self._open_dialog(dialog)
        self._draft_notice(
            self.tr("Der nicht gespeicherte Abschluss des Falls wurde wiederhergestellt."), changed
        )

    def _show_for_draft(
        self, client_id: int, case: CaseDetail | None, version: object
    ) -> tuple[CaseDetail | None, bool]:
        """Show the client (and case) of a restored dialog draft. Returns the case to hand to
        the dialog and whether it was changed since the input was made: then it carries the
        old version, so that saving reports the change instead of overwriting it."""
        self.case_draft_restored.emit(client_id)
        if self.client_id != client_id:
            self.show_client(client_id)
        if case is None:
            return None, False
        self._select(case.id)
        if isinstance(version, int) and version != case.version:
            return replace(case, version=version), True
        return case, False

    def _draft_notice(self, text: str, changed: bool) -> None:
        if changed:
            text += " " + self.tr(
                "Der Fall wurde inzwischen anderweitig geändert – prüfen Sie die Angaben vor "
                "dem Speichern."
            )
        self.notice.show_message(text, "info")

    def _question_closed(self, _result: int) -> None:
        self.question = None
