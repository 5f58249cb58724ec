"""The client record (Akte), shown inside the main window in place of the list.

A header with the essentials; tabs for the master data (the intake form, saved explicitly with
Strg+S), the counselling case with its contacts (Strg+K records one from anywhere in the record),
the goal agreement, the history (filterable by kind) and the documents. Leaving with unsaved
changes asks first; a lock keeps master-data changes as an encrypted draft, and after unlocking
the record opens again with them.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain.catalogues import RESIDENCE_STATUSES
from mbe_desktop.domain.countries import country_name
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.messages import display
from mbe_desktop.services.client_history import (
    CONSENT_FORM_KIND,
    ClientHistoryService,
    DocumentRow,
    TimelineEntry,
)
from mbe_desktop.services.clients import (
    ClientDetail,
    ClientInput,
    ClientQuery,
    ClientRow,
    ClientService,
    Problem,
)
from mbe_desktop.services.drafts import DraftService
from mbe_desktop.ui.clients import consent
from mbe_desktop.ui.clients.form import ClientForm, input_from_json, input_to_json
from mbe_desktop.ui.clients.intake import merge_problems
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.follow_ups.client_panel import ClientFollowUpsPanel
from mbe_desktop.ui.follow_ups.dialogs import FollowUpDialog, open_new_follow_up
from mbe_desktop.ui.texts import catalogue_label, catalogue_text, ui_language
from mbe_desktop.ui.views.base import EmptyState
from mbe_desktop.ui.widgets.common import Banner, heading, hint, show_message

if TYPE_CHECKING:
    from mbe_desktop.ui.cases.case_panel import CasePanel
    from mbe_desktop.ui.cases.plan_editor import PlanEditor
    from mbe_desktop.ui.network.referrals_panel import ReferralsPanel

log = logging.getLogger(__name__)

RECORD_DRAFT_KEY = "clients/record"
LIVE_CHECK_MS = 250
# Data topics that change what the history tab shows.
HISTORY_TOPICS = frozenset({"cases", "contacts", "plans", "follow_ups", "referrals"})
# The history filter: a label and the timeline kinds it shows (empty: all).
HISTORY_FILTERS: tuple[tuple[object, frozenset[str]], ...] = (
    (QT_TRANSLATE_NOOP("ClientRecordPage", "Alle Einträge"), frozenset()),
    (QT_TRANSLATE_NOOP("ClientRecordPage", "Kontakte"), frozenset({"contact"})),
    (
        QT_TRANSLATE_NOOP("ClientRecordPage", "Beratungsfall (Eröffnung, Wechsel, Abschluss)"),
        frozenset({"case_opened", "case_form_changed", "case_paused", "case_closed"}),
    ),
    (
        QT_TRANSLATE_NOOP("ClientRecordPage", "Kooperationsvereinbarung, Ziele und Schritte"),
        frozenset({"agreement", "goal", "step"}),
    ),
    (QT_TRANSLATE_NOOP("ClientRecordPage", "Weiterleitungen"), frozenset({"referral"})),
    (QT_TRANSLATE_NOOP("ClientRecordPage", "Wiedervorlagen"), frozenset({"follow_up"})),
    (
        QT_TRANSLATE_NOOP("ClientRecordPage", "Dokumente und Einwilligungen"),
        frozenset({"document", "consent"}),
    ),
)


def find_row(service: ClientService, detail: ClientDetail) -> ClientRow | None:
    """The list row of a client (for the case columns), found through its number."""
    try:
        rows = service.page(ClientQuery(text=detail.number, limit=20))
    except UserError:
        return None
    return next((row for row in rows if row.id == detail.id), None)


DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2


def document_file_name(document: DocumentRow, client_number: str) -> str:
    """A file name without personal data: the kind of document and the client number."""
    stem = "Einwilligungserklaerung" if document.kind == CONSENT_FORM_KIND else "Dokument"
    suffix = (
        client_number if document.kind == CONSENT_FORM_KIND else f"{client_number}-{document.id}"
    )
    return f"{stem}-{suffix}.pdf"


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} Bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB".replace(".", ",")
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


class TimelineDelegate(QStyledItemDelegate):
    """Two lines per entry: the title, and below it the detail in a quieter colour."""

    PADDING = 6

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        title = view_option.text
        detail = str(index.data(DETAIL_ROLE) or "")
        view_option.text = ""
        widget = view_option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, widget)
        selected = bool(view_option.state & QStyle.StateFlag.State_Selected)
        palette = view_option.palette
        rect = view_option.rect.adjusted(self.PADDING, self.PADDING // 2, -self.PADDING, 0)
        painter.save()
        bold = QFont(view_option.font)
        bold.setBold(True)
        line = QFontMetrics(bold).height()
        painter.setFont(bold)
        painter.setPen(
            palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            )
        )
        first = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(
            first,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        if detail:
            painter.setFont(view_option.font)
            painter.setPen(
                palette.color(
                    QPalette.ColorRole.HighlightedText
                    if selected
                    else QPalette.ColorRole.PlaceholderText
                )
            )
            metrics = QFontMetrics(view_option.font)
            second = QRect(rect.left(), rect.top() + line + 2, rect.width(), metrics.height())
            painter.drawText(
                second,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()),
            )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)
        return QSize(hint.width(), 2 * metrics.height() + 2 + 2 * self.PADDING)


class RecordHeader(QFrame):
    """Number, name, Latin name, age, nationality, residence status and case status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("record_header")
        self.setStyleSheet(
            "QFrame#record_header { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 4px; }"
        )
        self.name = heading("", parent=self)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number = QLabel(self)
        self.number.setTextFormat(Qt.TextFormat.PlainText)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.latin = QLabel(self)
        self.latin.setTextFormat(Qt.TextFormat.PlainText)
        self.facts = QLabel(self)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setWordWrap(True)
        self.residence = QLabel(self)
        self.residence.setTextFormat(Qt.TextFormat.PlainText)
        self.residence.setWordWrap(True)
        self.case = QLabel(self)
        self.case.setTextFormat(Qt.TextFormat.PlainText)
        title = QHBoxLayout()
        title.addWidget(self.name, 1)
        title.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addLayout(title)
        layout.addWidget(self.latin)
        layout.addWidget(self.facts)
        layout.addWidget(self.residence)
        layout.addWidget(self.case)

    def show_client(self, detail: ClientDetail, row: ClientRow | None) -> None:
        data = detail.data
        name = ", ".join(p for p in (data.family_name.strip(), data.given_names.strip()) if p)
        self.name.setText(name or self.tr("(ohne Namen)"))
        self.name.setAccessibleName(name)
        self.number.setText(self.tr("Nr. {number}").format(number=detail.number))
        self.latin.setText(
            self.tr("Lateinische Schreibweise: {latin}").format(latin=data.name_latin)
        )
        self.latin.setVisible(bool(data.name_latin))
        facts = []
        if detail.age is not None:
            facts.append(self.tr("{age} Jahre").format(age=detail.age))
        if data.birth_date is not None:
            facts.append(self.tr("geb. {date}").format(date=format_date_de(data.birth_date)))
        elif data.birth_year is not None:
            facts.append(self.tr("geb. {year}").format(year=data.birth_year))
        if data.nationalities:
            facts.append(
                ", ".join(country_name(code, ui_language()) for code in data.nationalities)
            )
        else:
            facts.append(self.tr("Staatsangehörigkeit nicht erfasst"))
        self.facts.setText("  ·  ".join(facts))
        residence = catalogue_label(RESIDENCE_STATUSES, data.residence_status)
        basis = data.residence_legal_basis
        if basis and " ".join(basis.split()) not in residence:
            residence += f" ({basis})"
        if data.residence_valid_until is not None:
            residence += self.tr(", gültig bis {date}").format(
                date=format_date_de(data.residence_valid_until)
            )
        self.residence.setText(self.tr("Aufenthalt: {status}").format(status=residence))
        if row is not None and row.case_status:
            form = f" – {catalogue_text(row.case_form)}" if row.case_form else ""
            self.case.setText(
                self.tr("Fallstatus: {status}{form}").format(
                    status=catalogue_text(row.case_status), form=form
                )
            )
        else:
            self.case.setText(self.tr("Fallstatus: noch kein Beratungsfall"))


class ClientRecordPage(QWidget):
    back_requested = Signal()
    saved = Signal(object)  # ClientDetail, after an explicit save
    draft_restored = Signal()  # the view shows the page
    client_shown = Signal(object)  # ClientDetail, each time a client is (re)shown

    def __init__(
        self,
        service: ClientService,
        drafts: DraftService,
        parent: QWidget | None = None,
        history: ClientHistoryService | None = None,
        context: UnlockedContext | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("client_record")
        self.service = service
        self.drafts = drafts
        self.history = history
        self.timeline: list[TimelineEntry] = []
        self.stored_documents: list[DocumentRow] = []
        self.detail: ClientDetail | None = None
        self.row: ClientRow | None = None
        self.baseline: ClientInput | None = None
        self._attempted = False
        self._question: QMessageBox | None = None
        self._file_dialog: QWidget | None = None

        self.back_button = QPushButton(self.tr("← &Zurück zur Liste"), self)
        self.back_button.setToolTip(self.tr("Zurück zur Liste der Ratsuchenden (Alt+←)"))
        self.back_button.clicked.connect(self.request_back)
        back_shortcut = QShortcut(QKeySequence("Alt+Left"), self)
        back_shortcut.setWhatsThis(self.tr("Akte: zurück zur Liste"))
        back_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back_shortcut.activated.connect(self.request_back)
        self.header = RecordHeader(self)
        # Alt+W belongs to "Weiterleiten …" in the case tab: Strg+Umschalt+N as in Heute.
        self.follow_up_button = QPushButton(self.tr("Neue Wiedervorlage …"), self)
        self.follow_up_button.setToolTip(
            self.tr("Eine Wiedervorlage für diese Person anlegen (Strg+Umschalt+N)")
        )
        self.follow_up_button.clicked.connect(lambda: self.new_follow_up())
        self.follow_up_button.setVisible(context is not None)
        self.follow_up_dialog: FollowUpDialog | None = None
        follow_up_shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        follow_up_shortcut.setWhatsThis(self.tr("Akte: neue Wiedervorlage"))
        follow_up_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        follow_up_shortcut.activated.connect(lambda: self.new_follow_up())

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.master_page = self._build_master_data()
        self.tabs.addTab(self.master_page, self.tr("Stammdaten"))
        self.case_panel: CasePanel | None = None
        self.plan_editor: PlanEditor | None = None
        self.referrals_panel: ReferralsPanel | None = None
        self.follow_ups_panel: ClientFollowUpsPanel | None = None
        if context is not None:
            self._build_case_tabs(context)
        self.history_page = self._build_history()
        self.tabs.addTab(self.history_page, self.tr("Verlauf"))
        self.documents_page = self._build_documents()
        self.tabs.addTab(self.documents_page, self.tr("Dokumente"))

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.follow_up_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

        self._live = QTimer(self)
        self._live.setSingleShot(True)
        self._live.setInterval(LIVE_CHECK_MS)
        self._live.timeout.connect(self.live_check)

    # --- building ------------------------------------------------------------------------

    def _build_master_data(self) -> QWidget:
        page = QWidget(self)
        self.notice = Banner("info", page)
        try:
            locations = self.service.outreach_locations()
        except UserError:
            locations = []
        self.form = ClientForm(locations, page)
        self.form.changed.connect(self._changed)
        self.revert_button = QPushButton(self.tr("&Verwerfen"), page)
        self.revert_button.setToolTip(self.tr("Nicht gespeicherte Änderungen zurücknehmen"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("S&peichern"), page)
        self.save_button.setToolTip(self.tr("Änderungen speichern (Strg+S)"))
        self.save_button.clicked.connect(self.save)
        # On the master-data page only: the goal agreement tab saves with its own Strg+S.
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, page)
        save_shortcut.setWhatsThis(self.tr("Akte: Stammdaten speichern"))
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.form, 1)
        layout.addLayout(buttons)
        return page

    def _build_case_tabs(self, context: UnlockedContext) -> None:
        from mbe_desktop.ui.cases.case_panel import CasePanel
        from mbe_desktop.ui.cases.plan_editor import PlanEditor
        from mbe_desktop.ui.network.referrals_panel import ReferralsPanel

        self.case_panel = CasePanel(context, self)
        self.plan_editor = PlanEditor(context, self)
        self.referrals_panel = ReferralsPanel(context, self)
        self.tabs.addTab(self.case_panel, self.tr("Beratung"))
        self.tabs.addTab(self.plan_editor, self.tr("Kooperationsvereinbarung"))
        self.tabs.addTab(self.referrals_panel, self.tr("Weiterleitungen"))
        self.follow_ups_panel = ClientFollowUpsPanel(context, self)
        self.tabs.addTab(self.follow_ups_panel, self.tr("Wiedervorlagen"))
        self.case_panel.case_changed.connect(self._case_changed)
        self.case_panel.contact_draft_restored.connect(self._contact_draft_restored)
        self.case_panel.case_draft_restored.connect(self._contact_draft_restored)
        self.plan_editor.plan_draft_restored.connect(self._plan_draft_restored)
        contact_shortcut = QShortcut(QKeySequence("Ctrl+K"), self)
        contact_shortcut.setWhatsThis(self.tr("Akte: Kontakt erfassen"))
        contact_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        contact_shortcut.activated.connect(self.record_contact)
        context.events.changed.connect(self._data_changed)

    def record_contact(self) -> None:
        """Strg+K from anywhere in the record: the contact dialog of the open case."""
        if self.case_panel is None or self.detail is None:
            return
        self.tabs.setCurrentWidget(self.case_panel)
        self.case_panel.record_contact()

    def new_follow_up(self) -> FollowUpDialog | None:
        """A new follow-up for the shown client (and its open case); None without one."""
        if self.context is None or self.detail is None:
            return None
        case = self.case_panel.open_case() if self.case_panel is not None else None
        self.follow_up_dialog = open_new_follow_up(
            self.context,
            self.window(),
            client_id=self.detail.id,
            case_id=case.id if case is not None else None,
        )
        return self.follow_up_dialog

    def _contact_draft_restored(self, client_id: int) -> None:
        """After an unlock: show the client whose unsaved contact dialog comes back."""
        if self.detail is None or self.detail.id != client_id:
            self.load(client_id)
        if self.case_panel is not None:
            self.tabs.setCurrentWidget(self.case_panel)
        self.draft_restored.emit()

    def _plan_draft_restored(self, client_id: int) -> None:
        if self.detail is None or self.detail.id != client_id:
            self.load(client_id)
        if self.plan_editor is not None:
            self.tabs.setCurrentWidget(self.plan_editor)
        self.draft_restored.emit()

    def _case_changed(self, case: object) -> None:
        if self.plan_editor is None or self.detail is None:
            return
        case_id = getattr(case, "id", None)
        if self.plan_editor.is_dirty():
            return  # never throw away unsaved goals; the editor offers a reload itself
        self.plan_editor.show_case(case_id, self.detail.id)

    def _data_changed(self, topics: frozenset[str]) -> None:
        if self.detail is not None and topics & HISTORY_TOPICS:
            self.refresh_history()

    def show_place(self, place: str) -> None:
        """Bring a part of the record to the front: "record", "contacts", "plan", "referrals",
        "follow_ups"."""
        pages = {
            "contacts": self.case_panel,
            "plan": self.plan_editor,
            "referrals": self.referrals_panel,
            "follow_ups": self.follow_ups_panel,
        }
        page = pages.get(place)
        self.tabs.setCurrentWidget(page if page is not None else self.master_page)

    def _build_history(self) -> QWidget:
        page = QWidget(self)
        self.history_kind = QComboBox(page)
        self.history_kind.setObjectName("history_kind")
        for label, kinds in HISTORY_FILTERS:
            self.history_kind.addItem(self.tr(str(label)), kinds)
        self.history_kind.currentIndexChanged.connect(self._fill_history)
        kind_label = QLabel(self.tr("Ein&träge:"), page)
        kind_label.setBuddy(self.history_kind)
        filter_row = QHBoxLayout()
        filter_row.addWidget(kind_label)
        filter_row.addWidget(self.history_kind)
        filter_row.addStretch(1)
        self.history_facts = QLabel(page)
        self.history_facts.setTextFormat(Qt.TextFormat.PlainText)
        self.history_facts.setWordWrap(True)
        self.history_table = QTableWidget(0, 2, page)
        self.history_table.setObjectName("history_table")
        self.history_table.setAccessibleName(self.tr("Verlauf"))
        self.history_table.setHorizontalHeaderLabels([self.tr("Datum"), self.tr("Eintrag")])
        self.history_table.verticalHeader().hide()
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_table.setShowGrid(False)
        self.history_table.setAlternatingRowColors(True)
        self.history_table.setWordWrap(False)
        self.history_table.setItemDelegateForColumn(1, TimelineDelegate(self.history_table))
        header = self.history_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.history_empty = EmptyState(
            self.tr("Noch keine Einträge im Verlauf"),
            self.tr(
                "Hier erscheint die Geschichte der Beratung als eine Zeitleiste: "
                "Beratungsfälle, Kontakte, Handlungsziele, Weiterleitungen an Netzwerkpartner, "
                "Wiedervorlagen, Einwilligungen und abgelegte Dokumente – jeweils mit Datum."
            ),
            "",
            page,
        )
        self.history_error = Banner("error", page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(filter_row)
        layout.addWidget(self.history_facts)
        layout.addWidget(self.history_error)
        layout.addWidget(self.history_table, 1)
        layout.addWidget(self.history_empty, 1)
        return page

    def _build_documents(self) -> QWidget:
        page = QWidget(self)
        self.pdf_button = QPushButton(self.tr("Einwilligungserklärung als PD&F speichern …"), page)
        self.pdf_button.clicked.connect(self.save_consent_pdf)
        self.print_button = QPushButton(self.tr("Einwilligungserklärung d&rucken …"), page)
        self.print_button.clicked.connect(self.print_consent)
        self.print_button.setVisible(consent.printing_available())
        self.documents_notice = Banner("success", page)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(
            heading(self.tr("Einwilligung in die Datenverarbeitung"), level=2, parent=page)
        )
        self.consent_state = hint("", page)
        layout.addWidget(self.consent_state)
        layout.addLayout(buttons)
        layout.addWidget(self.documents_notice)
        layout.addSpacing(12)
        layout.addWidget(heading(self.tr("Gespeicherte Dokumente"), level=2, parent=page))
        self.documents_empty = hint(
            self.tr(
                "Noch keine Dokumente gespeichert. Hier erscheinen die Schreiben und "
                "Dokumente dieser Person, die MBE Desktop verschlüsselt im Datenbestand "
                "aufbewahrt – etwa die abgelegte Einwilligungserklärung."
            ),
            page,
        )
        layout.addWidget(self.documents_empty)
        self.documents_table = QTableWidget(0, 3, page)
        self.documents_table.setObjectName("documents_table")
        self.documents_table.setAccessibleName(self.tr("Gespeicherte Dokumente"))
        self.documents_table.setHorizontalHeaderLabels(
            [self.tr("Dokument"), self.tr("Abgelegt am"), self.tr("Größe")]
        )
        self.documents_table.verticalHeader().hide()
        self.documents_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documents_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documents_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents_table.setShowGrid(False)
        self.documents_table.setWordWrap(False)
        header = self.documents_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.documents_table.itemSelectionChanged.connect(self._update_document_buttons)
        self.documents_table.doubleClicked.connect(self.export_document)
        layout.addWidget(self.documents_table, 1)
        self.keep_button = QPushButton(self.tr("Einwilligung im Datenbestand able&gen"), page)
        self.keep_button.setToolTip(
            self.tr("Die Einwilligungserklärung als PDF verschlüsselt in der Akte aufbewahren")
        )
        self.keep_button.clicked.connect(self.keep_consent_form)
        self.export_button = QPushButton(self.tr("Speichern &unter …"), page)
        self.export_button.setToolTip(
            self.tr("Das ausgewählte Dokument als Datei außerhalb des Datenbestands speichern")
        )
        self.export_button.clicked.connect(self.export_document)
        document_buttons = QHBoxLayout()
        document_buttons.addWidget(self.keep_button)
        document_buttons.addStretch(1)
        document_buttons.addWidget(self.export_button)
        layout.addLayout(document_buttons)
        self.keep_button.setVisible(self.history is not None)
        return page

    # --- loading -------------------------------------------------------------------------

    def load(self, client_id: int) -> str:
        """Show the client; the German message if the record cannot be read, else ""."""
        try:
            detail = self.service.get(client_id)
        except UserError as error:
            return error.message
        self._show(detail)
        self.tabs.setCurrentIndex(0)
        self.form.show_section(0, focus=False)
        return ""

    def _show(self, detail: ClientDetail) -> None:
        self.detail = detail
        self.row = find_row(self.service, detail)
        self.header.show_client(detail, self.row)
        self._attempted = False
        self.notice.clear()
        self.documents_notice.clear()
        self.form.set_values(detail.data)
        self.baseline = self.form.values()
        self._update_facts()
        self.refresh_history()
        self.refresh_documents()
        self._update_buttons()
        self.live_check()
        self._show_case(detail.id)
        self.client_shown.emit(detail)

    def _show_case(self, client_id: int) -> None:
        if self.case_panel is None or self.plan_editor is None:
            return
        if self.case_panel.property("client_id") == client_id:
            return  # the same client again (after a save): the panel follows data events
        self.case_panel.setProperty("client_id", client_id)
        self.case_panel.show_client(client_id)
        if self.referrals_panel is not None:
            self.referrals_panel.show_client(client_id)
        if self.follow_ups_panel is not None:
            self.follow_ups_panel.show_client(client_id)
        case = self.case_panel.current_case()
        if not self.plan_editor.is_dirty():
            self.plan_editor.show_case(case.id if case else None, client_id)

    def _update_facts(self) -> None:
        if self.detail is None:
            return
        data = self.detail.data
        lines = []
        if data.first_contact_date is not None:
            place = data.first_contact_place or self.tr("in der Beratungsstelle")
            if data.outreach_location_id is not None:
                place = self.form.place.itemText(
                    self.form.place.findData(data.outreach_location_id)
                )
            lines.append(
                self.tr("{date}  Erstkontakt – {place}").format(
                    date=format_date_de(data.first_contact_date), place=place
                )
            )
        if data.consent_given_on is not None:
            self.consent_state.setText(
                self.tr(
                    "Eingewilligt am {date}. Das Formular zur Unterschrift können Sie jederzeit "
                    "erneut erzeugen."
                ).format(date=format_date_de(data.consent_given_on))
            )
        else:
            self.consent_state.setText(
                self.tr(
                    "Es ist keine Einwilligung erfasst (Abschnitt „Einwilligung“ der Stammdaten)."
                )
            )
        self.history_facts.setText("\n".join(lines))
        self.history_facts.setVisible(bool(lines))

    def refresh_history(self) -> None:
        """Fill the Verlauf tab from the stored cases, contacts, goals … (read-only)."""
        self.history_error.clear()
        self.timeline = []
        if self.detail is not None and self.history is not None:
            try:
                self.timeline = self.history.timeline(self.detail.id)
            except UserError as error:
                self.history_error.show_message(error.message, "error")
        self._fill_history()

    def _fill_history(self, *_args: object) -> None:
        kinds = self.history_kind.currentData()
        shown = [entry for entry in self.timeline if not kinds or entry.kind in kinds]
        table = self.history_table
        table.setRowCount(len(shown))
        for row, entry in enumerate(shown):
            when = format_date_de(entry.on)
            day = QTableWidgetItem(when)
            if entry.at is not None:
                day.setToolTip(
                    self.tr("{date}, {time} Uhr").format(date=when, time=entry.at.strftime("%H:%M"))
                )
            day.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            text = QTableWidgetItem(entry.title)
            text.setData(DETAIL_ROLE, entry.detail)
            text.setToolTip(f"{entry.title}\n{entry.detail}" if entry.detail else entry.title)
            text.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{entry.title}. {entry.detail}" if entry.detail else entry.title,
            )
            table.setItem(row, 0, day)
            table.setItem(row, 1, text)
        table.resizeRowsToContents()
        has_entries = bool(shown)
        table.setVisible(has_entries)
        self.history_empty.setVisible(not has_entries and not self.history_error.text())

    def refresh_documents(self) -> None:
        self.stored_documents = []
        if self.detail is not None and self.history is not None:
            try:
                self.stored_documents = self.history.documents(self.detail.id)
            except UserError as error:
                self.documents_notice.show_message(error.message, "error")
        table = self.documents_table
        table.setRowCount(len(self.stored_documents))
        for row, document in enumerate(self.stored_documents):
            title = QTableWidgetItem(display(document.title))  # stored German
            title.setData(DOCUMENT_ID_ROLE, document.id)
            title.setToolTip(self.tr("SHA-256: {hash}").format(hash=document.sha256))
            created = document.created_at
            table.setItem(row, 0, title)
            table.setItem(
                row,
                1,
                QTableWidgetItem(
                    self.tr("{date}, {time} Uhr").format(
                        date=format_date_de(created.date()), time=created.strftime("%H:%M")
                    )
                ),
            )
            table.setItem(row, 2, QTableWidgetItem(size_text(document.size)))
        has_documents = bool(self.stored_documents)
        table.setVisible(has_documents)
        self.documents_empty.setVisible(not has_documents)
        if has_documents and not table.selectedItems():
            table.selectRow(0)
        self._update_document_buttons()

    def _update_document_buttons(self) -> None:
        self.export_button.setEnabled(self.selected_document() is not None)
        self.export_button.setVisible(bool(self.stored_documents))

    def selected_document(self) -> DocumentRow | None:
        rows = self.documents_table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.stored_documents):
            return None
        return self.stored_documents[rows[0].row()]

    # --- state ---------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        if self.detail is None:
            return False
        return self.form.values() != self.baseline or bool(self.form.format_problems())

    def _changed(self) -> None:
        self._update_buttons()
        self._live.start()

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty and self.notice.kind == "success":
            self.notice.clear()

    def live_check(self) -> None:
        if self.detail is None:
            return
        try:
            result = self.service.check(self.form.values())
        except UserError:
            return
        errors = merge_problems(self.form.format_problems(), result.errors)
        focus = self.focusWidget()
        self.form.show_problems(errors if self._attempted else [], list(result.warnings))
        if focus is not None and focus.isVisible():
            focus.setFocus()

    # --- saving --------------------------------------------------------------------------

    def save(self) -> bool:
        if self.detail is None or not self.is_dirty():
            return self.detail is not None
        self._live.stop()
        self._attempted = True
        data = self.form.values()
        result = self.service.check(data)
        errors = merge_problems(self.form.format_problems(), result.errors)
        self.form.show_problems(errors, list(result.warnings))
        if errors:
            self.tabs.setCurrentIndex(0)
            return False
        try:
            detail = self.service.update(self.detail.id, data, self.detail.version)
        except ValidationError as error:
            self.form.show_problems([_problem(error)], [])
            return False
        except UserError as error:
            self.notice.show_message(error.message, "error")
            self._offer_reload()
            return False
        self._discard_draft()
        self._show(detail)
        self.notice.show_message(self.tr("Die Änderungen wurden gespeichert."), "success")
        self.saved.emit(detail)
        return True

    def _offer_reload(self) -> None:
        """After a version conflict: the input stays; the user may load the stored state."""
        if self.detail is None:
            return
        try:
            current = self.service.get(self.detail.id)
        except UserError:
            return
        if current.version == self.detail.version:
            return
        self.notice.show_message(
            self.notice.label.text()
            + "\n"
            + self.tr(
                "Ihre Eingaben sind noch da. Mit „Verwerfen“ laden Sie den gespeicherten Stand; "
                "übertragen Sie Ihre Änderungen dann erneut."
            ),
            "error",
        )

    def revert(self) -> None:
        if self.detail is None:
            return
        try:
            detail = self.service.get(self.detail.id)
        except UserError as error:
            self.notice.show_message(error.message, "error")
            return
        self._discard_draft()
        self._show(detail)

    def _discard_draft(self) -> None:
        try:
            self.drafts.discard(RECORD_DRAFT_KEY)
        except UserError:
            log.warning("record draft could not be discarded")

    # --- leaving -------------------------------------------------------------------------

    def request_back(self) -> None:
        self.request_leave(self.back_requested.emit)

    def request_leave(self, then: Any) -> None:
        """Run ``then`` once the record may be left: at once, or after asking about changes
        (first about the goal agreement, then about the master data)."""
        plan = self.plan_editor
        if plan is not None and plan.is_dirty():
            self._ask_about_plan(plan, lambda: self._leave_master_data(then))
            return
        self._leave_master_data(then)

    def _ask_about_plan(self, plan: PlanEditor, then: Any) -> None:
        if self._question is not None:
            return
        self.tabs.setCurrentWidget(plan)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Änderungen speichern?"),
            self.tr("Die Änderungen an der Kooperationsvereinbarung sind noch nicht gespeichert."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        save = box.addButton(self.tr("&Speichern"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Verwerfen"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: object) -> None:
            if button is save and plan.save():
                QTimer.singleShot(0, then)
            elif button is discard:
                plan.revert()
                QTimer.singleShot(0, then)

        box.buttonClicked.connect(answered)
        box.finished.connect(self._question_closed)
        self._question = box
        box.open()

    def _leave_master_data(self, then: Any) -> None:
        if not self.is_dirty():
            then()
            return
        if self._question is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Änderungen speichern?"),
            self.tr("Die Änderungen an der Akte {number} sind noch nicht gespeichert.").format(
                number=self.detail.number if self.detail else ""
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        save = box.addButton(self.tr("&Speichern"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Verwerfen"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: object) -> None:
            if button is save:
                if self.save():
                    then()
            elif button is discard:
                self._discard_draft()
                if self.detail is not None:
                    self.form.set_values(self.detail.data)
                    self.baseline = self.form.values()
                self._update_buttons()
                then()

        box.buttonClicked.connect(answered)
        box.finished.connect(self._question_closed)
        self._question = box
        box.open()

    def _question_closed(self, _result: int) -> None:
        self._question = None

    def clear(self) -> None:
        self.detail = None
        self.row = None
        self.baseline = None
        if self.case_panel is not None and self.plan_editor is not None:
            self.case_panel.setProperty("client_id", None)
            self.case_panel.clear()
            self.plan_editor.clear()
        if self.referrals_panel is not None:
            self.referrals_panel.clear()
        if self.follow_ups_panel is not None:
            self.follow_ups_panel.clear()

    # --- documents -----------------------------------------------------------------------

    def save_consent_pdf(self) -> None:
        if self.detail is not None:
            self._file_dialog = consent.save_consent_form(
                self, self.service, self.detail.id, self._consent_saved
            )

    def _consent_saved(self, path: Path) -> None:
        self.documents_notice.show_message(
            self.tr("Gespeichert als {name}.").format(name=path.name), "success"
        )

    def print_consent(self) -> None:
        if self.detail is not None:
            consent.print_consent_form(self, self.service, self.detail.id)

    def keep_consent_form(self) -> None:
        """Store the consent form (PDF) in the encrypted store, listed below."""
        if self.detail is None or self.history is None:
            return
        try:
            kept = self.history.keep_consent_form(self.detail.id)
        except UserError as error:
            show_message(
                self, self.tr("Nicht abgelegt"), error.message, icon=QMessageBox.Icon.Warning
            )
            return
        self.refresh_documents()
        self.refresh_history()
        for row, document in enumerate(self.stored_documents):
            if document.id == kept.id:
                self.documents_table.selectRow(row)
        self.documents_notice.show_message(
            self.tr("Die Einwilligungserklärung wurde im Datenbestand abgelegt."), "success"
        )

    def export_document(self) -> None:
        """Save the selected stored document to a file the user chooses (non-blocking)."""
        document = self.selected_document()
        if document is None or self.detail is None or self.history is None:
            return
        history = self.history
        name = document_file_name(document, self.detail.number)
        dialog = QFileDialog(
            self,
            self.tr("Dokument speichern unter"),
            str(consent.documents_folder() / name),
            self.tr("PDF-Dokumente (*.pdf)"),
        )
        dialog.setObjectName("document_file_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def write(path: Path) -> None:
            try:
                consent.write_pdf(path, history.document_content(document.id))
            except UserError as error:
                show_message(
                    self, self.tr("Nicht gespeichert"), error.message, icon=QMessageBox.Icon.Warning
                )
                return
            self.documents_notice.show_message(
                self.tr("Gespeichert als {name}.").format(name=path.name), "success"
            )

        def chosen(selected: str) -> None:
            path = Path(selected)
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
            if path.exists():
                consent.ask_overwrite(self, path, lambda: write(path))
            else:
                write(path)

        dialog.fileSelected.connect(chosen)
        self._file_dialog = dialog
        dialog.open()

    # --- DraftCapable --------------------------------------------------------------------

    def draft_key(self) -> str:
        return RECORD_DRAFT_KEY

    def draft_payload(self) -> dict[str, Any] | None:
        if self.detail is None or not self.is_dirty():
            return None
        return {
            "client_id": self.detail.id,
            "version": self.detail.version,
            "values": input_to_json(self.form.values()),
            "date_texts": self.form.date_texts(),
            "section": self.form.current_section(),
        }

    def restore_draft(self, payload: dict[str, Any]) -> None:
        client_id = payload.get("client_id")
        values = payload.get("values")
        if not isinstance(client_id, int) or not isinstance(values, dict):
            return
        try:
            detail = self.service.get(client_id)
        except UserError:
            self._discard_draft()  # the record is gone (e.g. merged): nothing to restore into
            return
        self._show(detail)
        self.form.set_values(input_from_json(values, detail.data))
        texts = payload.get("date_texts")
        if isinstance(texts, dict):
            self.form.set_date_texts(texts)
        section = payload.get("section")
        if isinstance(section, int):
            self.form.show_section(section, focus=False)
        message = self.tr(
            "Nicht gespeicherte Änderungen wurden wiederhergestellt. Speichern oder verwerfen "
            "Sie sie."
        )
        version = payload.get("version")
        if isinstance(version, int) and version != detail.version:
            # Saving would overwrite the newer state: keep the old version, so that the
            # service reports the conflict instead of losing the other change.
            message += " " + self.tr(
                "Die Akte wurde inzwischen anderweitig geändert – prüfen Sie die Angaben vor "
                "dem Speichern."
            )
            self.detail = replace(detail, version=version)
        self.notice.show_message(message, "info")
        self._update_buttons()
        self.draft_restored.emit()


def _problem(error: ValidationError) -> Problem:
    return Problem(error.field or "", error.message)
