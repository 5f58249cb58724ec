"""The goal agreement (Kooperationsvereinbarung) of a case: goals, steps, versions, signing.

The tab edits the live plan as a whole and saves it in one call (``CaseService.save_plan``)
with the case version it was loaded with, so a change made elsewhere in between is reported
instead of overwritten. Signed versions are frozen: they can be chosen in the version bar and
read, saved as PDF or printed, never edited. A closed case shows its plan read-only with the
attainment of each goal.

Unsaved input is never thrown away by a refresh: when the stored plan changes while the tab
holds edits, a banner offers to reload instead.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from dataclasses import field as dataclass_field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QKeyCombination,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain.catalogues import (
    FIELDS_OF_ACTION,
    GOAL_ATTAINMENTS,
    STEP_ACTORS,
    STEP_STATUSES,
    Catalogue,
)
from mbe_desktop.domain.errors import StorageFull, UserError, ValidationError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.services.cases import (
    CASE_CONFLICT,
    GoalInput,
    GoalRow,
    Plan,
    PlanInput,
    SignedVersion,
    StepInput,
    StepRow,
)
from mbe_desktop.storage.files import os_error_to_user_error
from mbe_desktop.ui import emergency
from mbe_desktop.ui.cases.partner_picker import PartnerPicker
from mbe_desktop.ui.clients.consent import ask_overwrite, documents_folder
from mbe_desktop.ui.clients.widgets import (
    DateField,
    DateFormatError,
    catalogue_combo,
    combo_code,
    parse_date_de,
    set_combo_code,
)
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.follow_ups.dialogs import open_new_follow_up
from mbe_desktop.ui.texts import catalogue_choices, catalogue_label
from mbe_desktop.ui.views.base import EmptyState
from mbe_desktop.ui.widgets.colours import banner_colours, css, error_text
from mbe_desktop.ui.widgets.common import (
    Banner,
    heading,
    hint,
    quiet,
    set_invalid,
    show_message,
)

log = logging.getLogger(__name__)

PLAN_DRAFT_KEY = "cases/plan"


def _goal_drafts(raw: object) -> list[GoalDraft] | None:
    """Goal drafts back from a draft payload; None when it does not have their shape."""
    if not isinstance(raw, list):
        return None
    try:
        return [
            GoalDraft(
                **{
                    **goal,
                    "steps": [StepDraft(**step) for step in goal.get("steps", [])],
                }
            )
            for goal in raw
        ]
    except (TypeError, AttributeError):
        return None


CODE_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2

# Step table columns.
STEP_TEXT, STEP_ACTOR, STEP_DUE, STEP_STATUS, STEP_DONE = range(5)

# Topics after which the stored plan may differ from what the tab shows.
PLAN_TOPICS = frozenset({"plans", "cases"})
# What saving or signing touches: the plan, the case's version and the follow-ups derived from
# due steps and the review date.
SAVED_TOPICS = ("plans", "cases", "follow_ups")

_INVALID_TEXT_STYLE = (
    'QPlainTextEdit[invalid="true"] { border: 2px solid #c0392b; border-radius: 3px; }'
    ' QLineEdit[invalid="true"] { border: 2px solid #c0392b; border-radius: 3px; padding: 1px; }'
)
SAVE_KEYS = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_S)
NEW_GOAL_KEYS = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_N)


def _date_text(value: date | None) -> str:
    return format_date_de(value) if value else ""


def _date_key(text: str) -> object:
    """What a date text means, for comparing: "1.3.2026" and "01.03.2026" are the same."""
    try:
        return parse_date_de(text)
    except DateFormatError:
        return text.strip()


def _date_problem(text: str) -> str:
    try:
        parse_date_de(text)
    except DateFormatError as error:
        return str(error)
    return ""


def _parsed(text: str) -> date | None:
    try:
        return parse_date_de(text)
    except DateFormatError:
        return None


_ERROR_FIELD = re.compile(r"goal:(\d+)(?::step:(\d+))?(?::(\w+))?")


def _error_place(name: str) -> tuple[int, int | None, str] | None:
    """(goal row, step row or None, part) from a field name such as ``goal:2:step:1:due_on``
    (numbers count from 1); None when the refusal is not about one goal."""
    match = _ERROR_FIELD.fullmatch(name)
    if match is None:
        return None
    goal, step, part = match.groups()
    return int(goal) - 1, int(step) - 1 if step else None, part or ""


def pdf_file_name(client_number: str, version_number: int) -> str:
    """The suggested file name: the client number, never the name (no personal data)."""
    safe = re.sub(r"[^0-9A-Za-z-]", "-", client_number) or "ohne-Nummer"
    return f"Kooperationsvereinbarung_{safe}_Fassung{version_number}.pdf"


def write_pdf(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (0600 where possible); a German UserError on failure."""
    try:
        with open(path, "wb") as handle:
            handle.write(data)
            handle.flush()
        with contextlib.suppress(OSError):
            path.chmod(0o600)
    except OSError as error:
        log.warning("goal agreement not written (errno %s)", error.errno)
        converted = os_error_to_user_error(error)
        if isinstance(converted, StorageFull):
            raise converted from None
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise UserError(
                QCoreApplication.translate(
                    "PlanEditor",
                    "In diesen Ordner darf nicht geschrieben werden. Bitte wählen Sie einen "
                    "anderen Speicherort.",
                )
            ) from None
        raise UserError(
            QCoreApplication.translate(
                "PlanEditor",
                "Die Kooperationsvereinbarung konnte nicht gespeichert werden. Bitte wählen Sie "
                "einen anderen Speicherort.",
            )
        ) from None


# --- what the editor holds ------------------------------------------------------------------


@dataclass
class StepDraft:
    """One step as the table shows it; dates as typed, so unreadable input is kept."""

    id: int | None
    text: str = ""
    actor: str = "client"
    partner_id: int | None = None
    partner_name: str = ""
    due_text: str = ""
    status: str = "open"
    done_text: str = ""

    @classmethod
    def from_row(cls, row: StepRow) -> StepDraft:
        return cls(
            row.id or None,
            row.text,
            row.actor,
            row.partner_id,
            row.partner_name,
            _date_text(row.due_on),
            row.status,
            _date_text(row.done_on),
        )

    @classmethod
    def from_input(cls, step: StepInput) -> StepDraft:
        return cls(
            step.id,
            step.text,
            step.actor,
            step.partner_id,
            "",
            _date_text(step.due_on),
            step.status,
            _date_text(step.done_on),
        )

    def key(self) -> tuple[object, ...]:
        partner = self.partner_id if self.actor == "partner" else None
        done = _date_key(self.done_text) if self.status == "done" else None
        return (
            self.id,
            self.text.strip(),
            self.actor,
            partner,
            _date_key(self.due_text),
            self.status,
            done,
        )

    def as_input(self) -> StepInput:
        return StepInput(
            id=self.id,
            text=self.text.strip(),
            actor=self.actor,
            partner_id=self.partner_id if self.actor == "partner" else None,
            due_on=_parsed(self.due_text),
            status=self.status,
            done_on=_parsed(self.done_text) if self.status == "done" else None,
        )


@dataclass
class GoalDraft:
    id: int | None
    field: str
    text: str = ""
    indicator: str = ""
    target_text: str = ""
    attainment: str = "open"
    steps: list[StepDraft] = dataclass_field(default_factory=list)

    @classmethod
    def from_row(cls, row: GoalRow) -> GoalDraft:
        return cls(
            row.id or None,
            row.field,
            row.text,
            row.indicator,
            _date_text(row.target_date),
            row.attainment,
            [StepDraft.from_row(step) for step in row.steps],
        )

    def key(self) -> tuple[object, ...]:
        return (
            self.id,
            self.field,
            self.text.strip(),
            self.indicator.strip(),
            _date_key(self.target_text),
            tuple(step.key() for step in self.steps),
        )

    def as_input(self) -> GoalInput:
        return GoalInput(
            id=self.id,
            field=self.field,
            text=self.text.strip(),
            indicator=self.indicator.strip(),
            target_date=_parsed(self.target_text),
            steps=tuple(step.as_input() for step in self.steps),
        )


@dataclass(frozen=True)
class VersionEntry:
    number: int | None  # None: nothing saved yet
    live: bool  # the editable plan (the current version), not a frozen snapshot
    label: str


# --- item views -------------------------------------------------------------------------------


class TwoLineDelegate(QStyledItemDelegate):
    """A bold first line (the item text) and a quieter second line (``DETAIL_ROLE``)."""

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
        bold_metrics = QFontMetrics(bold)
        painter.setFont(bold)
        painter.setPen(
            palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            )
        )
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), bold_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        if detail:
            metrics = QFontMetrics(view_option.font)
            painter.setFont(view_option.font)
            painter.setPen(
                palette.color(
                    QPalette.ColorRole.HighlightedText
                    if selected
                    else QPalette.ColorRole.PlaceholderText
                )
            )
            painter.drawText(
                QRect(
                    rect.left(),
                    rect.top() + bold_metrics.height() + 2,
                    rect.width(),
                    metrics.height(),
                ),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()),
            )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)
        return QSize(size.width(), 2 * metrics.height() + 2 + 2 * self.PADDING)


class CatalogueDelegate(QStyledItemDelegate):
    """Edits a catalogue code (``CODE_ROLE``) with a combo; the display text is the caller's."""

    def __init__(self, catalogue: Catalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for code, label in catalogue_choices(self.catalogue):
            combo.addItem(label, code)

        def picked(_row: int) -> None:  # one click or Enter is enough
            self.commitData.emit(combo)
            self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

        combo.activated.connect(picked)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            set_combo_code(editor, index.data(CODE_ROLE))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, combo_code(editor), CODE_ROLE)


class DateDelegate(QStyledItemDelegate):
    """A German date typed into a cell; tidied to TT.MM.JJJJ when it can be read."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        edit = QLineEdit(parent)
        edit.setPlaceholderText(QCoreApplication.translate("PlanEditor", "TT.MM.JJJJ"))
        edit.setMaxLength(10)
        return edit

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QLineEdit):
            text = editor.text().strip()
            value = _parsed(text)
            model.setData(index, format_date_de(value) if value else text, Qt.ItemDataRole.EditRole)


def tool_button(text: str, tooltip: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tooltip)
    button.setAccessibleName(tooltip)
    button.setAutoRaise(False)
    return button


# --- the signing dialog -----------------------------------------------------------------------


class SignDialog(QDialog):
    """Asks for the signing date; ``submit`` returns a German message when signing failed."""

    def __init__(
        self,
        number: int,
        submit: Callable[[date], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kooperationsvereinbarung unterschreiben"))
        self.submit = submit
        self.error = Banner("error", self)
        self.date = DateField(self)
        self.date.set_date(date.today())
        self.date.setAccessibleName(self.tr("Unterschrieben am"))
        caption = QLabel(self.tr("&Unterschrieben am:"), self)
        caption.setBuddy(self.date.edit)
        self.buttons = QDialogButtonBox(self)
        self.sign_button = self.buttons.addButton(
            self.tr("Unter&schreiben"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_button.setDefault(True)
        self.buttons.accepted.connect(self._sign)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(caption, self.date)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Fassung {n} unterschreiben").format(n=number), level=2))
        layout.addWidget(
            hint(
                self.tr(
                    "Tragen Sie das Datum ein, an dem Sie und die ratsuchende Person die "
                    "Vereinbarung unterschrieben haben. Damit wird Fassung {n} eingefroren: Sie "
                    "bleibt so lesbar und druckbar, wie sie unterschrieben wurde. Spätere "
                    "Änderungen an Zielen oder Schritten ergeben Fassung {next}; den Fortschritt "
                    "(Status, erledigt am) tragen Sie weiter in der aktuellen Fassung ein."
                ).format(n=number, next=number + 1),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.date.setFocus()

    def _sign(self) -> None:
        problem = self.date.problem()
        if problem:
            self.error.show_message(problem)
            return
        value = self.date.value()
        if value is None:
            self.error.show_message(self.tr("Bitte das Datum der Unterschrift eingeben."))
            self.date.setFocus()
            return
        message = self.submit(value)
        if message:
            self.error.show_message(message)
            return
        self.accept()


# --- the editor -------------------------------------------------------------------------------


class PlanEditor(QWidget):
    """The tab "Kooperationsvereinbarung" of the client record."""

    saved = Signal()
    # Unsaved goals from before a lock are back: the record opens this client (id).
    plan_draft_restored = Signal(int)

    def __init__(self, context: UnlockedContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_editor")
        self.context = context
        self.cases = context.services.cases
        self.case_id: int | None = None
        self.client_id: int | None = None
        self.plan: Plan | None = None
        self.live: list[GoalDraft] = []
        self.live_review = ""
        self.baseline: tuple[object, ...] = ()
        self.case_fields: tuple[str, ...] | None = None
        self.entries: list[VersionEntry] = []
        self.signed: SignedVersion | None = None  # the frozen version being read, if any
        self.shown: list[GoalDraft] = []
        self.read_only = True
        self._loading = False
        self._invalid_goal_text = False
        self._announcing = False
        self._dialog: QWidget | None = None
        self.follow_up_dialog: QWidget | None = None
        self._question: QMessageBox | None = None

        self.stack = QStackedWidget(self)
        self.empty = EmptyState(
            self.tr("Kein offener Beratungsfall"),
            self.tr(
                "Eine Kooperationsvereinbarung gehört zu einem offenen Beratungsfall. Eröffnen "
                "Sie zuerst einen Fall mit der Form „Case Management“."
            ),
            "",
            self,
        )
        self.stack.addWidget(self.empty)
        self.page = self._build_page()
        self.stack.addWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setStyleSheet(_INVALID_TEXT_STYLE)
        context.events.changed.connect(self._data_changed)
        self.clear()

    # --- building ------------------------------------------------------------------------

    def _build_page(self) -> QWidget:
        page = QWidget(self)
        self.version_combo = QComboBox(page)
        self.version_combo.setAccessibleName(self.tr("Fassung"))
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version_combo.setMinimumWidth(300)
        self.version_combo.currentIndexChanged.connect(self._version_chosen)
        version_label = QLabel(self.tr("&Fassung:"), page)
        version_label.setBuddy(self.version_combo)
        self.sign_button = QPushButton(self.tr("Un&terschreiben…"), page)
        self.sign_button.setToolTip(
            self.tr("Die gespeicherte Fassung als unterschrieben festhalten und einfrieren")
        )
        self.sign_button.clicked.connect(self.request_sign)
        self.pdf_button = QPushButton(self.tr("Als PDF speiche&rn…"), page)
        self.pdf_button.setToolTip(self.tr("Die gezeigte Fassung als PDF-Datei speichern"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("Druc&ken…"), page)
        self.print_button.setToolTip(self.tr("Die gezeigte Fassung drucken"))
        self.print_button.clicked.connect(self.print_agreement)
        self.print_button.setVisible(emergency.printing_available())
        bar = QHBoxLayout()
        bar.addWidget(version_label)
        bar.addWidget(self.version_combo)
        bar.addStretch(1)
        bar.addWidget(self.sign_button)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.print_button)

        self.version_banner = Banner("info", page)
        self.fields_banner = Banner("warning", page)
        self.notice = Banner("info", page)
        self.reload_banner = Banner("warning", page)
        self.reload_button = QPushButton(self.tr("&Jetzt neu laden"), self.reload_banner)
        self.reload_button.setToolTip(
            self.tr("Den gespeicherten Stand laden; nicht gespeicherte Eingaben gehen verloren")
        )
        self.reload_button.clicked.connect(self.revert)
        banner_layout = self.reload_banner.layout()
        if banner_layout is not None:
            banner_layout.addWidget(self.reload_button)

        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_goal_list(splitter))
        splitter.addWidget(self._build_goal_form(splitter))
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 700])

        self.review = DateField(page)
        self.review.setAccessibleName(self.tr("Überprüfung am"))
        self.review.edit.setToolTip(
            self.tr(
                "Wann Sie die Vereinbarung gemeinsam überprüfen wollen (TT.MM.JJJJ, Kalender "
                "mit Alt+↓)"
            )
        )
        self.review.changed.connect(self._review_changed)
        review_label = QLabel(self.tr("Überprüfung a&m:"), page)
        review_label.setBuddy(self.review.edit)
        self.revert_button = QPushButton(self.tr("&Verwerfen"), page)
        self.revert_button.setToolTip(self.tr("Nicht gespeicherte Änderungen zurücknehmen"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("S&peichern"), page)
        self.save_button.setToolTip(self.tr("Die Kooperationsvereinbarung speichern (Strg+S)"))
        self.save_button.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(review_label)
        bottom.addWidget(self.review)
        bottom.addStretch(1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.version_banner)
        layout.addWidget(self.fields_banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.reload_banner)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        for first, second in (
            (self.version_combo, self.sign_button),
            (self.sign_button, self.pdf_button),
            (self.pdf_button, self.print_button),
            (self.print_button, self.reload_button),
            (self.reload_button, self.goal_list),
            (self.goal_list, self.add_goal_button),
            (self.add_goal_button, self.remove_goal_button),
            (self.remove_goal_button, self.goal_up_button),
            (self.goal_up_button, self.goal_down_button),
            (self.goal_down_button, self.field_combo),
            (self.field_combo, self.text_edit),
            (self.text_edit, self.indicator_edit),
            (self.indicator_edit, self.target.edit),
            (self.target.edit, self.step_table),
            (self.step_table, self.add_step_button),
            (self.add_step_button, self.template_button),
            (self.template_button, self.remove_step_button),
            (self.remove_step_button, self.step_up_button),
            (self.step_up_button, self.step_down_button),
            (self.step_down_button, self.review.edit),
            (self.review.edit, self.revert_button),
            (self.revert_button, self.save_button),
        ):
            QWidget.setTabOrder(first, second)
        return page

    def _build_goal_list(self, parent: QWidget) -> QWidget:
        panel = QWidget(parent)
        self.goal_list = QListWidget(panel)
        self.goal_list.setObjectName("goal_list")
        self.goal_list.setAccessibleName(self.tr("Handlungsziele"))
        self.goal_list.setItemDelegate(TwoLineDelegate(self.goal_list))
        self.goal_list.setUniformItemSizes(True)
        self.goal_list.currentRowChanged.connect(self._goal_selected)
        caption = QLabel(self.tr("Handlun&gsziele"), panel)
        caption.setBuddy(self.goal_list)
        bold = QFont(caption.font())
        bold.setBold(True)
        caption.setFont(bold)
        self.add_goal_button = QPushButton(self.tr("Ne&ues Ziel"), panel)
        self.add_goal_button.setToolTip(self.tr("Ein weiteres Handlungsziel anlegen (Strg+N)"))
        self.add_goal_button.clicked.connect(self.add_goal)
        self.remove_goal_button = QPushButton(self.tr("Ziel entfer&nen…"), panel)
        self.remove_goal_button.setToolTip(
            self.tr("Das ausgewählte Ziel mit seinen Schritten entfernen")
        )
        self.remove_goal_button.clicked.connect(self.request_remove_goal)
        self.goal_up_button = tool_button("↑", self.tr("Ziel nach oben schieben"), panel)
        self.goal_up_button.clicked.connect(lambda: self.move_goal(-1))
        self.goal_down_button = tool_button("↓", self.tr("Ziel nach unten schieben"), panel)
        self.goal_down_button.clicked.connect(lambda: self.move_goal(1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_goal_button)
        buttons.addWidget(self.remove_goal_button)
        buttons.addStretch(1)
        buttons.addWidget(self.goal_up_button)
        buttons.addWidget(self.goal_down_button)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(caption)
        layout.addWidget(self.goal_list, 1)
        layout.addLayout(buttons)
        panel.setMinimumWidth(260)
        return panel

    def _build_goal_form(self, parent: QWidget) -> QWidget:
        self.goal_stack = QStackedWidget(parent)
        self.no_goal = EmptyState(
            self.tr("Noch keine Handlungsziele"),
            self.tr(
                "Vereinbaren Sie mit der ratsuchenden Person, was sie erreichen möchte. Legen "
                "Sie mit „Neues Ziel“ (Strg+N) ein Ziel an und planen Sie die Schritte dorthin: "
                "wer was bis wann erledigt."
            ),
            "",
            self.goal_stack,
        )
        self.goal_stack.addWidget(self.no_goal)

        form_page = QFrame(self.goal_stack)
        form_page.setObjectName("goal_form")
        self.goal_title = heading("", level=2, parent=form_page)
        self.field_combo = catalogue_combo(FIELDS_OF_ACTION, form_page)
        self.field_combo.setAccessibleName(self.tr("Handlungsfeld"))
        self.field_combo.currentIndexChanged.connect(self._goal_edited)
        self.text_edit = QPlainTextEdit(form_page)
        self.text_edit.setAccessibleName(self.tr("Ziel in einfachen Worten"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(
            self.tr("z. B. Einen Platz in einem Integrationskurs mit Kinderbetreuung haben")
        )
        self.text_edit.textChanged.connect(self._goal_edited)
        self.indicator_edit = QPlainTextEdit(form_page)
        self.indicator_edit.setAccessibleName(self.tr("Woran der Erfolg erkennbar ist"))
        self.indicator_edit.setTabChangesFocus(True)
        self.indicator_edit.setPlaceholderText(
            self.tr("z. B. Die Anmeldebestätigung des Kursträgers liegt vor")
        )
        self.indicator_edit.textChanged.connect(self._goal_edited)
        for edit, lines in ((self.text_edit, 3), (self.indicator_edit, 2)):
            height = edit.fontMetrics().lineSpacing() * lines + 14
            edit.setFixedHeight(height)
        self.goal_error = QLabel(form_page)
        self.goal_error.setWordWrap(True)
        self.goal_error.setTextFormat(Qt.TextFormat.PlainText)
        self.goal_error.setStyleSheet(f"QLabel {{ color: {css(error_text())}; }}")
        self.goal_error.hide()
        self.target = DateField(form_page)
        self.target.setAccessibleName(self.tr("Zieltermin"))
        self.target.changed.connect(self._goal_edited)
        self.attainment = QLabel(form_page)
        self.attainment.setTextFormat(Qt.TextFormat.PlainText)

        field_label = QLabel(self.tr("Hand&lungsfeld:"), form_page)
        field_label.setBuddy(self.field_combo)
        text_label = QLabel(self.tr("Ziel &in einfachen Worten:*"), form_page)
        text_label.setBuddy(self.text_edit)
        text_label.setToolTip(self.tr("Pflichtangabe"))
        indicator_label = QLabel(self.tr("&Erfolg erkennbar an:"), form_page)
        indicator_label.setBuddy(self.indicator_edit)
        target_label = QLabel(self.tr("Zu erreichen &bis:"), form_page)
        target_label.setBuddy(self.target.edit)
        self.attainment_label = QLabel(self.tr("Zielerreichung:"), form_page)
        text_column = QVBoxLayout()
        text_column.setSpacing(2)
        text_column.addWidget(self.text_edit)
        text_column.addWidget(self.goal_error)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(field_label, self.field_combo)
        form.addRow(text_label, text_column)
        form.addRow(indicator_label, self.indicator_edit)
        form.addRow(target_label, self.target)
        form.addRow(self.attainment_label, self.attainment)

        self.step_table = QTableWidget(0, 5, form_page)
        self.step_table.setObjectName("step_table")
        self.step_table.setAccessibleName(self.tr("Schritte"))
        self.step_table.setHorizontalHeaderLabels(
            [
                self.tr("Schritt"),
                self.tr("Wer"),
                self.tr("Fällig am"),
                self.tr("Status"),
                self.tr("Erledigt am"),
            ]
        )
        self.step_table.verticalHeader().hide()
        self.step_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.step_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # One line per step (the full text is the tooltip): rows stay even and the table calm.
        self.step_table.setWordWrap(False)
        self.step_table.setAlternatingRowColors(True)
        self.step_table.verticalHeader().setDefaultSectionSize(
            self.step_table.fontMetrics().height() + 14
        )
        self.step_table.setItemDelegateForColumn(
            STEP_ACTOR, CatalogueDelegate(STEP_ACTORS, self.step_table)
        )
        self.step_table.setItemDelegateForColumn(
            STEP_STATUS, CatalogueDelegate(STEP_STATUSES, self.step_table)
        )
        self.step_table.setItemDelegateForColumn(STEP_DUE, DateDelegate(self.step_table))
        self.step_table.setItemDelegateForColumn(STEP_DONE, DateDelegate(self.step_table))
        header = self.step_table.horizontalHeader()
        header.setSectionResizeMode(STEP_TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (STEP_ACTOR, STEP_DUE, STEP_STATUS, STEP_DONE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        width = self.fontMetrics().horizontalAdvance("00.00.00000") + 24
        self.step_table.setColumnWidth(STEP_ACTOR, 150)
        self.step_table.setColumnWidth(STEP_DUE, width)
        self.step_table.setColumnWidth(STEP_STATUS, 100)
        self.step_table.setColumnWidth(STEP_DONE, width)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.step_table.itemChanged.connect(self._step_item_changed)
        # Einfg/Entf in the table (not while a cell is being edited: the editor has the focus).
        for keys, slot, what in (
            (
                QKeySequence(Qt.Key.Key_Insert),
                self.add_step,
                self.tr("Kooperationsvereinbarung: Schritt hinzufügen"),
            ),
            (
                QKeySequence(QKeySequence.StandardKey.Delete),
                self.remove_step,
                self.tr("Kooperationsvereinbarung: Schritt entfernen"),
            ),
        ):
            shortcut = QShortcut(keys, self.step_table)
            shortcut.setWhatsThis(what)  # listed under Hilfe → Tastenkürzel
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.step_table.itemSelectionChanged.connect(self._update_step_buttons)
        steps_label = QLabel(self.tr("S&chritte"), form_page)
        steps_label.setBuddy(self.step_table)
        bold = QFont(steps_label.font())
        bold.setBold(True)
        steps_label.setFont(bold)
        self.steps_hint = steps_hint = QLabel(
            self.tr("Doppelklick oder F2 bearbeitet eine Zelle."),
            form_page,
        )
        quiet(steps_hint)
        self.add_step_button = QPushButton(self.tr("Schritt hinzufügen"), form_page)
        self.add_step_button.setToolTip(self.tr("Einen Schritt anfügen (Einfg in der Tabelle)"))
        self.add_step_button.clicked.connect(self.add_step)
        self.template_button = QPushButton(self.tr("Aus V&orlage"), form_page)
        self.template_button.setToolTip(
            self.tr("Schritte aus einer Vorlage für dieses Handlungsfeld anhängen")
        )
        self.template_menu = QMenu(self.template_button)
        self.template_menu.aboutToShow.connect(self.fill_template_menu)
        self.template_button.setMenu(self.template_menu)
        self.remove_step_button = QPushButton(self.tr("Schritt entfernen"), form_page)
        self.remove_step_button.setToolTip(self.tr("Den ausgewählten Schritt entfernen (Entf)"))
        self.remove_step_button.clicked.connect(self.remove_step)
        self.step_follow_up_button = QPushButton(self.tr("Wiedervorlage …"), form_page)
        self.step_follow_up_button.setToolTip(
            self.tr("Eine Wiedervorlage zum ausgewählten Schritt anlegen (mit Text und Fälligkeit)")
        )
        self.step_follow_up_button.clicked.connect(lambda: self.new_step_follow_up())
        self.step_up_button = tool_button("↑", self.tr("Schritt nach oben schieben"), form_page)
        self.step_up_button.clicked.connect(lambda: self.move_step(-1))
        self.step_down_button = tool_button("↓", self.tr("Schritt nach unten schieben"), form_page)
        self.step_down_button.clicked.connect(lambda: self.move_step(1))
        steps_top = QHBoxLayout()
        steps_top.addWidget(steps_label)
        steps_top.addStretch(1)
        steps_top.addWidget(steps_hint)
        step_buttons = QHBoxLayout()
        step_buttons.addWidget(self.add_step_button)
        step_buttons.addWidget(self.template_button)
        step_buttons.addWidget(self.remove_step_button)
        step_buttons.addWidget(self.step_follow_up_button)
        step_buttons.addStretch(1)
        step_buttons.addWidget(self.step_up_button)
        step_buttons.addWidget(self.step_down_button)
        # "Wer: Netzwerkpartner" names a partner from the network directory (selected step).
        self.partner_picker = PartnerPicker(self.context.services.partners, form_page)
        self.partner_picker.chosen.connect(self._partner_chosen)
        self.partner_picker.hide()
        QWidget.setTabOrder(self.step_table, self.partner_picker.combo)  # where it is shown

        layout = QVBoxLayout(form_page)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.goal_title)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addLayout(steps_top)
        layout.addWidget(self.step_table, 1)
        layout.addWidget(self.partner_picker)
        layout.addLayout(step_buttons)
        self.goal_stack.addWidget(form_page)
        self.goal_form = form_page
        return self.goal_stack

    # --- keyboard ------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Strg+N (new goal) and Strg+S (save) belong to this tab while it has the focus. The
        # main window's Strg+N (new intake) and the record's Strg+S would otherwise make the
        # shortcut ambiguous, and Qt would run neither.
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(
            event, QKeyEvent
        ):
            action = self._key_action(event)
            if action is not None:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    action()
                return True
        return super().event(event)

    def _key_action(self, event: QKeyEvent) -> Callable[[], object] | None:
        if self.case_id is None:
            return None
        combination = event.keyCombination()
        if combination == SAVE_KEYS:
            return self.save
        if combination == NEW_GOAL_KEYS and not self.read_only:
            return self.add_goal
        return None

    # --- public API ----------------------------------------------------------------------

    def show_case(self, case_id: int | None, client_id: int) -> None:
        """Show the plan of ``case_id`` (None: the empty state). The caller asks about unsaved
        changes before switching to another case; for the same case, edits are kept."""
        if case_id is not None and case_id == self.case_id and self.is_dirty():
            self._data_changed(frozenset({"plans"}))
            return
        self.client_id = client_id
        if case_id is None:
            self.clear()
            self.client_id = client_id
            return
        self.case_id = case_id
        self.notice.clear()
        self._reload()

    # --- drafts across a lock ----------------------------------------------------------------

    def draft_key(self) -> str:
        return PLAN_DRAFT_KEY

    def draft_payload(self) -> dict[str, Any] | None:
        """Unsaved goals and steps as typed (dates as text), with the case they belong to."""
        if not self.is_dirty() or self.plan is None or self.client_id is None:
            return None
        return {
            "case_id": self.case_id,
            "client_id": self.client_id,
            "case_version": self.plan.case_version,
            "review": self.live_review,
            "goals": [asdict(goal) for goal in self.live],
        }

    def restore_draft(self, payload: dict[str, Any]) -> None:
        """Show the case again with the unsaved goals it had when the app locked."""
        with contextlib.suppress(UserError):
            self.context.services.drafts.discard(PLAN_DRAFT_KEY)  # the editor holds it now
        case_id, client_id = payload.get("case_id"), payload.get("client_id")
        goals = _goal_drafts(payload.get("goals"))
        if not isinstance(case_id, int) or not isinstance(client_id, int) or goals is None:
            return
        self.plan_draft_restored.emit(client_id)
        if self.case_id != case_id:
            self.show_case(case_id, client_id)
        if self.plan is None or self.case_id != case_id or not self.plan.editable:
            return  # the case is gone or closed meanwhile: nothing to restore into
        version = payload.get("case_version")
        if isinstance(version, int) and version != self.plan.case_version:
            # Saving must report the change made meanwhile instead of overwriting it.
            self.plan = replace(self.plan, case_version=version)
        self.live = goals
        review = payload.get("review")
        self.live_review = review if isinstance(review, str) else ""
        self._show_live(0)
        self.notice.show_message(
            self.tr(
                "Nicht gespeicherte Änderungen an der Kooperationsvereinbarung wurden "
                "wiederhergestellt. Speichern oder verwerfen Sie sie."
            ),
            "info",
        )

    def clear(self) -> None:
        """Forget the case (e.g. on lock or another client) and show the empty state."""
        self.case_id = None
        self.client_id = None
        self.plan = None
        self.live = []
        self.live_review = ""
        self.baseline = ()
        self.signed = None
        self.stack.setCurrentWidget(self.empty)

    def is_dirty(self) -> bool:
        if self.case_id is None or self.plan is None or not self.plan.editable:
            return False
        return self._snapshot() != self.baseline

    def save(self) -> bool:
        """Save the live plan; True when nothing unsaved is left."""
        if self.case_id is None or self.plan is None:
            return False
        if not self.is_dirty():
            return True
        self._clear_marks()
        if not self._check_formats():
            return False
        data = PlanInput(
            goals=tuple(goal.as_input() for goal in self.live),
            review_on=_parsed(self.live_review),
        )
        versions_before = len(self.plan.versions)
        try:
            plan = self.cases.save_plan(self.case_id, data, self.plan.case_version)
        except ValidationError as error:
            self._show_validation(error)
            return False
        except UserError as error:
            self._show_command_error(error)
            return False
        row = self.goal_list.currentRow()
        self._apply(plan, goal_row=row)
        message = self.tr("Die Kooperationsvereinbarung wurde gespeichert.")
        current = plan.current
        if current is not None and len(plan.versions) > versions_before and versions_before:
            message += " " + self.tr(
                "Damit ist Fassung {n} entstanden; die unterschriebene Fassung {old} bleibt "
                "unverändert lesbar."
            ).format(n=current.number, old=current.number - 1)
        self.notice.show_message(message, "success")
        self._announce()
        self.saved.emit()
        return True

    def revert(self) -> None:
        """Drop unsaved changes and show the stored plan."""
        if self.case_id is None:
            return
        self.notice.clear()
        self._reload(goal_row=self.goal_list.currentRow())

    # --- loading -------------------------------------------------------------------------

    def _reload(self, goal_row: int = 0) -> None:
        if self.case_id is None:
            return
        try:
            plan = self.cases.plan(self.case_id)
        except UserError as error:
            self.plan = None
            self.stack.setCurrentWidget(self.empty)
            self.empty.headline.setText(self.tr("Kooperationsvereinbarung nicht verfügbar"))
            self.empty.text.setText(error.message)
            return
        try:
            self.case_fields = self.cases.get(self.case_id).fields
        except UserError:
            self.case_fields = None
        self._apply(plan, goal_row=goal_row)

    def _apply(self, plan: Plan, goal_row: int = 0) -> None:
        viewed = self._viewed_entry()
        self.plan = plan
        self.live = [GoalDraft.from_row(goal) for goal in plan.goals]
        self.live_review = _date_text(plan.review_on)
        self.baseline = self._snapshot()
        self.reload_banner.clear()
        self.stack.setCurrentWidget(self.page)
        self._fill_versions()
        if viewed is not None and not viewed.live:
            index = next(
                (
                    i
                    for i, entry in enumerate(self.entries)
                    if entry.number == viewed.number and not entry.live
                ),
                0,
            )
            self.version_combo.setCurrentIndex(index)
            if index:
                return
        self._show_live(goal_row)

    def _snapshot(self) -> tuple[object, ...]:
        return (tuple(goal.key() for goal in self.live), _date_key(self.live_review))

    def _fill_versions(self) -> None:
        plan = self.plan
        assert plan is not None
        entries: list[VersionEntry] = []
        current = plan.current
        if current is None:
            entries.append(VersionEntry(None, True, self.tr("Fassung 1 – noch nicht gespeichert")))
        elif current.signed_on is None:
            state = self.tr("in Bearbeitung") if plan.editable else self.tr("nicht unterschrieben")
            entries.append(
                VersionEntry(
                    current.number,
                    True,
                    self.tr("Fassung {n} – {state}").format(n=current.number, state=state),
                )
            )
        else:
            entries.append(
                VersionEntry(
                    current.number,
                    True,
                    self.tr("Fassung {n} – unterschrieben am {date} (aktuell)").format(
                        n=current.number, date=format_date_de(current.signed_on)
                    ),
                )
            )
        for version in reversed(plan.versions[:-1]):
            if version.signed_on is not None:
                entries.append(
                    VersionEntry(
                        version.number,
                        False,
                        self.tr("Fassung {n} – unterschrieben am {date}").format(
                            n=version.number, date=format_date_de(version.signed_on)
                        ),
                    )
                )
        self.entries = entries
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for entry in entries:
            self.version_combo.addItem(entry.label)
        self.version_combo.setCurrentIndex(0)
        self.version_combo.blockSignals(False)
        self.version_combo.setEnabled(len(entries) > 1)

    def _viewed_entry(self) -> VersionEntry | None:
        index = self.version_combo.currentIndex()
        return self.entries[index] if 0 <= index < len(self.entries) else None

    def _version_chosen(self, index: int) -> None:
        if not 0 <= index < len(self.entries) or self.case_id is None:
            return
        entry = self.entries[index]
        if entry.live:
            self._show_live(0)
            return
        assert entry.number is not None
        try:
            signed = self.cases.signed_version(self.case_id, entry.number)
        except UserError as error:
            self.notice.show_message(error.message, "error")
            return
        self._show_signed(signed)

    def _show_live(self, goal_row: int) -> None:
        plan = self.plan
        assert plan is not None
        self.signed = None
        self.shown = self.live
        self.read_only = not plan.editable
        current = plan.current
        if not plan.editable:
            self.version_banner.show_message(
                self.tr(
                    "Der Beratungsfall ist abgeschlossen. Die Kooperationsvereinbarung lässt "
                    "sich nur noch lesen; bei jedem Ziel steht, ob es erreicht wurde."
                ),
                "info",
            )
        elif current is not None and current.signed_on is not None:
            self.version_banner.show_message(
                self.tr(
                    "Fassung {n} wurde am {date} unterschrieben und ist eingefroren. Ändern Sie "
                    "Ziele oder Schritte, entsteht beim Speichern Fassung {next}; Fassung {n} "
                    "bleibt unverändert lesbar. Fortschritt (Status, erledigt am) ist keine "
                    "Änderung der Vereinbarung."
                ).format(
                    n=current.number,
                    date=format_date_de(current.signed_on),
                    next=current.number + 1,
                ),
                "info",
            )
        else:
            self.version_banner.clear()
        self._loading = True
        self.review.set_text(self.live_review)
        self._loading = False
        self._fill_goal_list(goal_row)
        self._update_fields_banner()
        self._update_buttons()

    def _show_signed(self, signed: SignedVersion) -> None:
        self.signed = signed
        self.shown = [GoalDraft.from_row(goal) for goal in signed.goals]
        self.read_only = True
        text = self.tr(
            "Sie lesen Fassung {n}, unterschrieben am {date}. Sie ist eingefroren und lässt sich "
            "nicht mehr ändern. Zum Bearbeiten wählen Sie oben die aktuelle Fassung."
        ).format(n=signed.number, date=format_date_de(signed.signed_on))
        if self.is_dirty():
            text += " " + self.tr("Ihre nicht gespeicherten Änderungen dort bleiben erhalten.")
        self.version_banner.show_message(text, "info")
        self.fields_banner.clear()
        self._loading = True
        self.review.set_date(signed.review_on)
        self._loading = False
        self._fill_goal_list(0)
        self._update_buttons()

    # --- goals ---------------------------------------------------------------------------

    def _goal_title(self, goal: GoalDraft) -> str:
        return " ".join(goal.text.split()) or self.tr("(Ziel noch nicht beschrieben)")

    def _goal_detail(self, goal: GoalDraft) -> str:
        parts = [catalogue_label(FIELDS_OF_ACTION, goal.field)]
        if goal.attainment and goal.attainment != "open":
            parts.append(catalogue_label(GOAL_ATTAINMENTS, goal.attainment))
        steps = len(goal.steps)
        if steps:
            still_open = sum(1 for step in goal.steps if step.status == "open")
            parts.append(
                self.tr("{open} von {steps} Schritten offen").format(open=still_open, steps=steps)
                if still_open
                else self.tr("kein Schritt mehr offen")
            )
        return " · ".join(parts)

    def _fill_goal_list(self, row: int) -> None:
        self._loading = True
        self.goal_list.clear()
        for number, goal in enumerate(self.shown, start=1):
            item = QListWidgetItem(f"{number}. {self._goal_title(goal)}")
            item.setData(DETAIL_ROLE, self._goal_detail(goal))
            item.setToolTip(f"{goal.text.strip()}\n{self._goal_detail(goal)}".strip())
            self.goal_list.addItem(item)
        self._loading = False
        if self.shown:
            self.goal_list.setCurrentRow(max(0, min(row, len(self.shown) - 1)))
        self._goal_selected(self.goal_list.currentRow())

    def _refresh_goal_item(self, row: int) -> None:
        item = self.goal_list.item(row)
        if item is None or not 0 <= row < len(self.shown):
            return
        goal = self.shown[row]
        item.setText(f"{row + 1}. {self._goal_title(goal)}")
        item.setData(DETAIL_ROLE, self._goal_detail(goal))
        item.setToolTip(f"{goal.text.strip()}\n{self._goal_detail(goal)}".strip())

    def current_goal(self) -> GoalDraft | None:
        row = self.goal_list.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def _goal_selected(self, row: int) -> None:
        if self._loading:
            return
        goal = self.shown[row] if 0 <= row < len(self.shown) else None
        if goal is None:
            self.goal_stack.setCurrentWidget(self.no_goal)
            if self.read_only:
                self.no_goal.headline.setText(self.tr("Keine Handlungsziele"))
                self.no_goal.text.setText(
                    self.tr("In dieser Fassung ist kein Handlungsziel vereinbart.")
                )
            else:
                self.no_goal.headline.setText(self.tr("Noch keine Handlungsziele"))
                self.no_goal.text.setText(
                    self.tr(
                        "Vereinbaren Sie mit der ratsuchenden Person, was sie erreichen möchte. "
                        "Legen Sie mit „Neues Ziel“ (Strg+N) ein Ziel an und planen Sie die "
                        "Schritte dorthin: wer was bis wann erledigt."
                    )
                )
            self._update_buttons()
            return
        self.goal_stack.setCurrentWidget(self.goal_form)
        self._loading = True
        try:
            self.goal_title.setText(self.tr("Ziel {n}").format(n=row + 1))
            set_combo_code(
                self.field_combo, goal.field, catalogue_label(FIELDS_OF_ACTION, goal.field)
            )
            self.text_edit.setPlainText(goal.text)
            self.indicator_edit.setPlainText(goal.indicator)
            self.target.set_text(goal.target_text)
            attained = goal.attainment not in ("", "open") or (
                self.plan is not None and not self.plan.editable and self.signed is None
            )
            self.attainment.setText(catalogue_label(GOAL_ATTAINMENTS, goal.attainment or "open"))
            self.attainment.setVisible(attained)
            self.attainment_label.setVisible(attained)
            for widget in (self.text_edit, self.indicator_edit):
                widget.setReadOnly(self.read_only)
            self.field_combo.setEnabled(not self.read_only)
            self.target.edit.setReadOnly(self.read_only)
            self.target.button.setVisible(not self.read_only)
            self._mark_goal_text(False)
            self._fill_steps(goal)
        finally:
            self._loading = False
        self._update_buttons()

    def _goal_edited(self) -> None:
        if self._loading or self.read_only:
            return
        goal = self.current_goal()
        if goal is None:
            return
        goal.field = combo_code(self.field_combo)
        goal.text = self.text_edit.toPlainText()
        goal.indicator = self.indicator_edit.toPlainText()
        goal.target_text = self.target.text()
        if self._invalid_goal_text and goal.text.strip():
            self._mark_goal_text(False)
        set_invalid(self.target.edit, bool(_date_problem(goal.target_text)))
        self._refresh_goal_item(self.goal_list.currentRow())
        self._update_fields_banner()
        self._update_buttons()

    def _default_field(self) -> str:
        used = {goal.field for goal in self.live}
        candidates = self.case_fields or (self.plan.fields_without_goal if self.plan else ())
        for code in candidates:
            if code not in used:
                return code
        current = self.current_goal()
        if current is not None:
            return current.field
        return candidates[0] if candidates else FIELDS_OF_ACTION.codes()[0]

    def add_goal(self) -> None:
        if self.read_only or self.plan is None:
            return
        self.live.append(GoalDraft(None, self._default_field()))
        self._fill_goal_list(len(self.live) - 1)
        self._update_fields_banner()
        self._update_buttons()
        self.text_edit.setFocus()

    def request_remove_goal(self) -> None:
        goal = self.current_goal()
        if goal is None or self.read_only:
            return
        row = self.goal_list.currentRow()
        steps = len(goal.steps)
        text = self.tr("Ziel {n} „{goal}“ entfernen?").format(
            n=row + 1, goal=self._goal_title(goal)
        )
        if steps:
            text += " " + self.tr("Seine Schritte ({count}) werden mit entfernt.").format(
                count=steps
            )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Ziel entfernen?"),
            text
            + "\n\n"
            + self.tr("Gespeichert wird erst mit „Speichern“; bis dahin hilft „Verwerfen“."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        remove = box.addButton(self.tr("&Entfernen"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self.remove_goal(row) if button is remove else None
        )
        box.finished.connect(self._question_closed)
        self._question = box
        box.open()

    def _question_closed(self, _result: int) -> None:
        self._question = None

    def remove_goal(self, row: int) -> None:
        if self.read_only or not 0 <= row < len(self.live) or self.shown is not self.live:
            return
        del self.live[row]
        self._fill_goal_list(min(row, len(self.live) - 1))
        self._update_fields_banner()
        self._update_buttons()
        self.goal_list.setFocus()

    def move_goal(self, delta: int) -> None:
        row = self.goal_list.currentRow()
        target = row + delta
        if self.read_only or not (0 <= row < len(self.live) and 0 <= target < len(self.live)):
            return
        self.live[row], self.live[target] = self.live[target], self.live[row]
        self._fill_goal_list(target)
        self._update_buttons()

    # --- steps ---------------------------------------------------------------------------

    def _fill_steps(self, goal: GoalDraft, select: int | None = None) -> None:
        table = self.step_table
        was_loading = self._loading
        self._loading = True
        table.blockSignals(True)
        try:
            table.setRowCount(len(goal.steps))
            for row, step in enumerate(goal.steps):
                self._fill_step_row(row, step)
        finally:
            table.blockSignals(False)
            self._loading = was_loading
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if self.read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        if select is not None and 0 <= select < len(goal.steps):
            table.selectRow(select)
            table.setCurrentCell(select, STEP_TEXT)
        self._update_step_buttons()

    def _fill_step_row(self, row: int, step: StepDraft) -> None:
        table = self.step_table
        editable = (
            Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable
        )
        fixed = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled

        def cell(column: int, text: str, *, can_edit: bool = True) -> QTableWidgetItem:
            item = table.item(row, column)
            if item is None:
                item = QTableWidgetItem()
                table.setItem(row, column, item)
            item.setText(text)
            item.setFlags(editable if can_edit and not self.read_only else fixed)
            item.setToolTip(text)
            item.setBackground(QBrush())
            return item

        cell(STEP_TEXT, step.text)
        actor = catalogue_label(STEP_ACTORS, step.actor)
        if step.actor == "partner" and step.partner_name:
            actor = self.tr("{actor}: {partner}").format(actor=actor, partner=step.partner_name)
        cell(STEP_ACTOR, actor).setData(CODE_ROLE, step.actor)
        due = cell(STEP_DUE, step.due_text)
        cell(STEP_STATUS, catalogue_label(STEP_STATUSES, step.status)).setData(
            CODE_ROLE, step.status
        )
        done = cell(STEP_DONE, step.done_text, can_edit=step.status == "done")
        if step.status != "done" and not self.read_only:
            done.setToolTip(self.tr("Erst wenn der Schritt erledigt ist"))
        for item, text in ((due, step.due_text), (done, step.done_text)):
            problem = _date_problem(text)
            if problem:
                background, _border, foreground = banner_colours("error")  # light and dark
                item.setBackground(QBrush(background))
                item.setForeground(QBrush(foreground))
                item.setToolTip(problem)

    def current_step_row(self) -> int:
        rows = self.step_table.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        return self.step_table.currentRow()

    def _step_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or self.read_only:
            return
        goal = self.current_goal()
        row = item.row()
        if goal is None or not 0 <= row < len(goal.steps):
            return
        step = goal.steps[row]
        column = item.column()
        if column == STEP_TEXT:
            step.text = item.text()
        elif column == STEP_ACTOR:
            actor = str(item.data(CODE_ROLE) or "client")
            if actor != step.actor:
                step.actor = actor
                step.partner_id = None  # a partner chosen for the old actor no longer applies
                step.partner_name = ""
                self._update_partner_picker()
        elif column == STEP_DUE:
            step.due_text = item.text()
        elif column == STEP_STATUS:
            status = str(item.data(CODE_ROLE) or "open")
            if status != step.status:
                step.status = status
                # Done today unless said otherwise; a step that is no longer done has no date.
                if status == "done" and not step.done_text.strip():
                    step.done_text = format_date_de(date.today())
                elif status != "done":
                    step.done_text = ""
        elif column == STEP_DONE:
            step.done_text = item.text()
        self.step_table.blockSignals(True)
        try:
            self._fill_step_row(row, step)
        finally:
            self.step_table.blockSignals(False)
        self._refresh_goal_item(self.goal_list.currentRow())
        self._update_buttons()

    def add_step(self) -> None:
        goal = self.current_goal()
        if goal is None or self.read_only:
            return
        goal.steps.append(StepDraft(None))
        self._fill_steps(goal, select=len(goal.steps) - 1)
        self._refresh_goal_item(self.goal_list.currentRow())
        self._update_buttons()
        self.step_table.setFocus()
        item = self.step_table.item(len(goal.steps) - 1, STEP_TEXT)
        if item is not None:
            self.step_table.editItem(item)

    def remove_step(self) -> None:
        goal = self.current_goal()
        row = self.current_step_row()
        if goal is None or self.read_only or not 0 <= row < len(goal.steps):
            return
        del goal.steps[row]
        self._fill_steps(goal, select=min(row, len(goal.steps) - 1))
        self._refresh_goal_item(self.goal_list.currentRow())
        self._update_buttons()

    def move_step(self, delta: int) -> None:
        goal = self.current_goal()
        row = self.current_step_row()
        target = row + delta
        if (
            goal is None
            or self.read_only
            or not (0 <= row < len(goal.steps) and 0 <= target < len(goal.steps))
        ):
            return
        goal.steps[row], goal.steps[target] = goal.steps[target], goal.steps[row]
        self._fill_steps(goal, select=target)
        self._update_buttons()

    def template_base(self) -> date:
        """Due dates of template steps count from today, or from the version's start."""
        today = date.today()
        current = self.plan.current if self.plan is not None else None
        return max(today, current.created_on) if current is not None else today

    def fill_template_menu(self) -> None:
        self.template_menu.clear()
        goal = self.current_goal()
        if goal is None:
            return
        field_label = catalogue_label(FIELDS_OF_ACTION, goal.field)
        try:
            templates = self.cases.step_templates(goal.field)
        except UserError as error:
            action = self.template_menu.addAction(error.message)
            action.setEnabled(False)
            return
        if not templates:
            action = self.template_menu.addAction(
                self.tr("Keine Vorlage für „{field}“ (Einstellungen → Schrittvorlagen)").format(
                    field=field_label
                )
            )
            action.setEnabled(False)
            return
        for template in templates:
            action = self.template_menu.addAction(
                self.tr("{name} ({count} Schritte)").format(
                    name=template.name, count=len(template.steps)
                )
            )
            action.setData(template.id)
            action.triggered.connect(
                lambda _checked=False, template_id=template.id: self.add_steps_from_template(
                    template_id
                )
            )

    def add_steps_from_template(self, template_id: int) -> None:
        goal = self.current_goal()
        if goal is None or self.read_only:
            return
        try:
            steps = self.cases.steps_from_template(template_id, self.template_base())
        except UserError as error:
            self.notice.show_message(error.message, "error")
            return
        first = len(goal.steps)
        goal.steps.extend(StepDraft.from_input(step) for step in steps)
        self._fill_steps(goal, select=first)
        self._refresh_goal_item(self.goal_list.currentRow())
        self._update_buttons()

    def _update_step_buttons(self) -> None:
        goal = self.current_goal()
        row = self.current_step_row()
        count = len(goal.steps) if goal is not None else 0
        editable = not self.read_only and goal is not None
        has_row = 0 <= row < count
        self.add_step_button.setEnabled(editable)
        self.template_button.setEnabled(editable)
        self.remove_step_button.setEnabled(editable and has_row)
        self.step_up_button.setEnabled(editable and has_row and row > 0)
        self.step_down_button.setEnabled(editable and has_row and row < count - 1)
        self.step_follow_up_button.setEnabled(has_row and self.case_id is not None)
        self._update_partner_picker()

    def _update_partner_picker(self) -> None:
        """The partner choice is shown for an editable step whose "Wer" is a partner."""
        goal = self.current_goal()
        row = self.current_step_row()
        step = goal.steps[row] if goal is not None and 0 <= row < len(goal.steps) else None
        shown = step is not None and step.actor == "partner" and not self.read_only
        if shown and step is not None:
            self.partner_picker.show_partner(step.partner_id, step.partner_name)
        self.partner_picker.setVisible(shown)

    def _partner_chosen(self, partner_id: int | None, name: str) -> None:
        goal = self.current_goal()
        row = self.current_step_row()
        if goal is None or self.read_only or not 0 <= row < len(goal.steps):
            return
        step = goal.steps[row]
        if step.actor != "partner":
            return
        step.partner_id, step.partner_name = partner_id, name
        self.step_table.blockSignals(True)
        try:
            self._fill_step_row(row, step)
        finally:
            self.step_table.blockSignals(False)
        self._refresh_goal_item(self.goal_list.currentRow())
        self._update_buttons()

    def new_step_follow_up(self) -> QWidget | None:
        """A new follow-up for the selected step: its text as the reason, due with it."""
        goal = self.current_goal()
        row = self.current_step_row()
        if goal is None or self.case_id is None or self.client_id is None:
            return None
        if not 0 <= row < len(goal.steps):
            return None
        step = goal.steps[row]
        due = _parsed(step.due_text)
        text = step.text.strip()
        self.follow_up_dialog = open_new_follow_up(
            self.context,
            self.window(),
            client_id=self.client_id,
            case_id=self.case_id,
            reason=self.tr("Schritt: {step}").format(step=text) if text else "",
            due_on=max(due, date.today()) if due is not None else None,
        )
        return self.follow_up_dialog

    # --- state, review date, banners -----------------------------------------------------

    def _review_changed(self) -> None:
        if self._loading or self.read_only or self.signed is not None:
            return
        self.live_review = self.review.text()
        set_invalid(self.review.edit, bool(_date_problem(self.live_review)))
        self._update_buttons()

    def _update_fields_banner(self) -> None:
        plan = self.plan
        if plan is None or self.signed is not None:
            self.fields_banner.clear()
            return
        with_goal = {goal.field for goal in self.live}
        if self.case_fields is not None:
            open_fields = [code for code in self.case_fields if code not in with_goal]
        else:
            open_fields = [code for code in plan.fields_without_goal if code not in with_goal]
        if not open_fields or not plan.editable:
            self.fields_banner.clear()
            return
        self.fields_banner.show_message(
            self.tr("Handlungsfelder ohne Ziel: {fields}. Sie gelten im Plan als offen.").format(
                fields=", ".join(catalogue_label(FIELDS_OF_ACTION, code) for code in open_fields)
            ),
            "warning",
        )

    def _update_buttons(self) -> None:
        plan = self.plan
        dirty = self.is_dirty()
        live = self.signed is None
        editable = plan is not None and plan.editable
        current = plan.current if plan is not None else None
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.save_button.setVisible(editable)
        self.revert_button.setVisible(editable)
        self.review.edit.setReadOnly(self.read_only)
        self.review.button.setVisible(not self.read_only)
        self.add_goal_button.setVisible(not self.read_only)
        self.remove_goal_button.setVisible(not self.read_only)
        self.goal_up_button.setVisible(not self.read_only)
        self.goal_down_button.setVisible(not self.read_only)
        row = self.goal_list.currentRow()
        has_goal = 0 <= row < len(self.shown)
        self.remove_goal_button.setEnabled(has_goal)
        self.goal_up_button.setEnabled(has_goal and row > 0)
        self.goal_down_button.setEnabled(has_goal and row < len(self.shown) - 1)
        for widget in (
            self.add_step_button,
            self.template_button,
            self.remove_step_button,
            self.step_up_button,
            self.step_down_button,
        ):
            widget.setVisible(not self.read_only)
        self.steps_hint.setVisible(not self.read_only)
        self._update_step_buttons()
        # Without a version (nothing saved) signing is offered too: the service says why not.
        can_sign = editable and live and (current is None or current.signed_on is None)
        self.sign_button.setVisible(editable)
        self.sign_button.setEnabled(can_sign)
        has_version = current is not None
        self.pdf_button.setEnabled(has_version)
        self.print_button.setEnabled(has_version)
        if dirty and self.notice.kind == "success":
            self.notice.clear()

    def _mark_goal_text(self, invalid: bool, message: str = "") -> None:
        self._invalid_goal_text = invalid
        set_invalid(self.text_edit, invalid)
        self.goal_error.setText(message)
        self.goal_error.setVisible(invalid and bool(message))

    def _clear_marks(self) -> None:
        self._mark_goal_text(False)

    def _check_formats(self) -> bool:
        """Unreadable dates are named before anything is sent (the input stays)."""
        for row, goal in enumerate(self.live):
            problems = [
                (self.tr("Zu erreichen bis"), goal.target_text),
                *(
                    (self.tr("Schritt {n}, fällig am").format(n=number), step.due_text)
                    for number, step in enumerate(goal.steps, start=1)
                ),
                *(
                    (self.tr("Schritt {n}, erledigt am").format(n=number), step.done_text)
                    for number, step in enumerate(goal.steps, start=1)
                    if step.status == "done"
                ),
            ]
            for label, text in problems:
                problem = _date_problem(text)
                if problem:
                    self._show_live_goal(row)
                    self.notice.show_message(
                        self.tr("Ziel {n}, {label}: {problem}").format(
                            n=row + 1, label=label, problem=problem
                        ),
                        "error",
                    )
                    return False
        problem = _date_problem(self.live_review)
        if problem:
            self.notice.show_message(
                self.tr("Überprüfung am: {problem}").format(problem=problem), "error"
            )
            self.review.setFocus()
            return False
        return True

    def _show_live_goal(self, row: int) -> None:
        if self.signed is not None:
            self.version_combo.setCurrentIndex(0)
        if 0 <= row < len(self.live) and self.goal_list.currentRow() != row:
            self.goal_list.setCurrentRow(row)

    def _show_validation(self, error: ValidationError) -> None:
        """The service's message above; the goal (and step) it names selected and marked."""
        self.notice.show_message(error.message, "error")
        where = _error_place(error.field or "")
        if where is None:
            if error.field == "review_on":
                self.review.setFocus()
            return
        row, step, part = where
        self._show_live_goal(row)
        if step is not None:
            column = {"due_on": STEP_DUE, "done_on": STEP_DONE, "actor": STEP_ACTOR}.get(
                part, STEP_TEXT
            )
            self.step_table.setCurrentCell(step, column)
            self.step_table.setFocus()
        elif part == "text":
            self._mark_goal_text(True, error.message)
            self.text_edit.setFocus()
        elif part == "indicator":
            self.indicator_edit.setFocus()
        elif part == "target_date":
            set_invalid(self.target.edit, True)
            self.target.setFocus()
        elif part == "field":
            self.field_combo.setFocus()

    def _show_command_error(self, error: UserError) -> None:
        if error.template == CASE_CONFLICT:
            self.reload_banner.show_message(error.message, "error")
            self.notice.clear()
            return
        self.notice.show_message(error.message, "error")

    # --- changes made elsewhere ----------------------------------------------------------

    def _announce(self) -> None:
        self._announcing = True
        try:
            self.context.events.announce(*SAVED_TOPICS)
        finally:
            self._announcing = False

    def _data_changed(self, topics: object) -> None:
        if isinstance(topics, frozenset) and "partners" in topics:
            self.partner_picker.loaded = False  # read again when next shown
            if self.partner_picker.isVisibleTo(self):
                self._update_partner_picker()
        if self._announcing or self.case_id is None or self.plan is None:
            return
        if not isinstance(topics, frozenset) or not topics & PLAN_TOPICS:
            return
        if not self.is_dirty():
            self._reload(goal_row=self.goal_list.currentRow())
            return
        try:
            fresh = self.cases.plan(self.case_id)
        except UserError:
            return
        old = self.plan
        if fresh.case_version == old.case_version:
            return
        unchanged = (
            fresh.goals == old.goals
            and fresh.versions == old.versions
            and fresh.review_on == old.review_on
            and fresh.editable == old.editable
        )
        if unchanged:
            # Only the case around the plan changed (e.g. its fields): the edits stay valid,
            # so they are kept and saved against the new version.
            self.plan = fresh
            with contextlib.suppress(UserError):
                self.case_fields = self.cases.get(self.case_id).fields
            self._update_fields_banner()
            return
        self.reload_banner.show_message(
            self.tr(
                "Die Kooperationsvereinbarung wurde an anderer Stelle geändert. Ihre Eingaben "
                "sind noch da. Neu laden zeigt den gespeicherten Stand; Ihre Eingaben gehen "
                "dabei verloren."
            ),
            "warning",
        )

    # --- signing -------------------------------------------------------------------------

    def request_sign(self) -> None:
        plan = self.plan
        if self.case_id is None or plan is None or not plan.editable:
            return
        if self.is_dirty():
            show_message(
                self,
                self.tr("Erst speichern"),
                self.tr(
                    "Es gibt nicht gespeicherte Änderungen. Unterschrieben wird immer der "
                    "gespeicherte Stand: Speichern Sie zuerst (Strg+S) oder verwerfen Sie die "
                    "Änderungen."
                ),
                icon=QMessageBox.Icon.Warning,
            )
            return
        current = plan.current
        number = current.number if current is not None else 1
        dialog = SignDialog(number, self._sign, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()

    def _sign(self, signed_on: date) -> str | None:
        if self.case_id is None or self.plan is None:
            return self.tr("Es ist kein Beratungsfall geöffnet.")
        try:
            plan = self.cases.sign(self.case_id, signed_on, self.plan.case_version)
        except UserError as error:
            if error.template == CASE_CONFLICT:
                self.reload_banner.show_message(error.message, "error")
            return error.message
        self._apply(plan, goal_row=self.goal_list.currentRow())
        current = plan.current
        number = current.number if current is not None else 1
        self.notice.show_message(
            self.tr(
                "Fassung {n} ist als am {date} unterschrieben festgehalten und eingefroren."
            ).format(n=number, date=format_date_de(signed_on)),
            "success",
        )
        self._announce()
        self.saved.emit()
        return None

    # --- PDF -----------------------------------------------------------------------------

    def shown_version_number(self) -> int | None:
        entry = self._viewed_entry()
        return entry.number if entry is not None else None

    def _pdf_target(self) -> tuple[int, int] | None:
        """(case id, version number) of the shown version, or None after telling why not."""
        number = self.shown_version_number()
        if self.case_id is None or number is None:
            show_message(
                self,
                self.tr("Noch nichts gespeichert"),
                self.tr("Speichern Sie die Kooperationsvereinbarung zuerst."),
                icon=QMessageBox.Icon.Information,
            )
            return None
        if self.signed is None and self.is_dirty():
            show_message(
                self,
                self.tr("Erst speichern"),
                self.tr(
                    "Das PDF zeigt den gespeicherten Stand. Speichern Sie zuerst Ihre "
                    "Änderungen (Strg+S) oder verwerfen Sie sie."
                ),
                icon=QMessageBox.Icon.Warning,
            )
            return None
        return self.case_id, number

    def suggested_file_name(self) -> str:
        number = self.shown_version_number() or 1
        client_number = ""
        if self.client_id is not None:
            with contextlib.suppress(UserError):
                client_number = self.context.services.clients.get(self.client_id).number
        return pdf_file_name(client_number, number)

    def save_pdf(self) -> None:
        """Ask for a file (non-native, non-blocking dialog), then build and write the PDF."""
        target = self._pdf_target()
        if target is None:
            return
        case_id, number = target
        name = self.suggested_file_name()
        dialog = QFileDialog(
            self,
            self.tr("Kooperationsvereinbarung als PDF speichern"),
            str(documents_folder() / name),
            self.tr("PDF-Dokumente (*.pdf)"),
        )
        dialog.setObjectName("agreement_file_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        # Qt's own overwrite question runs a nested exec(); ours is non-blocking.
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(selected: str) -> None:
            path = Path(selected)
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
            if path.exists():
                ask_overwrite(self, path, lambda: self.write_agreement(path, case_id, number))
            else:
                self.write_agreement(path, case_id, number)

        dialog.fileSelected.connect(chosen)
        self._dialog = dialog
        dialog.open()

    def write_agreement(self, path: Path, case_id: int, number: int) -> None:
        try:
            write_pdf(path, self.cases.agreement_pdf(case_id, number))
        except UserError as error:
            show_message(
                self, self.tr("Nicht gespeichert"), error.message, icon=QMessageBox.Icon.Warning
            )
            return
        self.notice.show_message(
            self.tr("Fassung {n} gespeichert als {name}.").format(n=number, name=path.name),
            "success",
        )

    def print_agreement(self) -> None:
        """Open the print dialog (non-blocking); print the shown version when accepted."""
        target = self._pdf_target()
        if target is None or not emergency.printing_available():
            return
        case_id, number = target
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Kooperationsvereinbarung drucken"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            try:
                emergency.print_pdf(self.cases.agreement_pdf(case_id, number), printer)
            except UserError as error:
                show_message(
                    self, self.tr("Nicht gedruckt"), error.message, icon=QMessageBox.Icon.Warning
                )

        dialog.accepted.connect(accepted)
        self._dialog = dialog
        QDialog.open(dialog)  # non-blocking; QPrintDialog.open() itself wants a slot
