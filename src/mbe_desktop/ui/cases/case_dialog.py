"""Opening a counselling case and editing it; the small pieces all case dialogs share.

A form switch (Beratung ohne Case Management ↔ Case Management) is recorded with its date
(default today), so that the statistics can tell when a case became Case Management.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain.case_rules import MAX_FAMILY_MEMBERS
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.services.cases import CASE_CONFLICT, CaseDetail, CaseInput
from mbe_desktop.ui.clients.form import FieldMessage
from mbe_desktop.ui.clients.widgets import DateField, catalogue_combo, combo_code, set_combo_code
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.texts import catalogue_label
from mbe_desktop.ui.widgets.common import INVALID_STYLE, Banner, hint, quiet, set_invalid

CASE_DRAFT_KEY = "cases/case"

# --- shared pieces --------------------------------------------------------------------------

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def is_conflict(error: UserError) -> bool:
    """The service's "changed elsewhere in between" refusal (see ``CASE_CONFLICT``)."""
    return error.template == CASE_CONFLICT


class FieldForm:
    """A QFormLayout whose rows carry a message line below the input, addressed by the
    service's field names, so that a refusal appears where the wrong input is."""

    def __init__(self, parent: QWidget, banner: Banner) -> None:
        self.parent = parent
        self.banner = banner
        self.layout = QFormLayout()
        self.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.messages: dict[str, FieldMessage] = {}
        self.inputs: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}

    def row(
        self,
        caption: str,
        content: QWidget,
        names: Sequence[str],
        *,
        buddy: QWidget | None = None,
        note: str = "",
    ) -> QWidget:
        """Add a row; ``names`` are the service field names shown at this row."""
        cell = QWidget(self.parent)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(3)
        box.addWidget(content)
        if note:
            note_label = hint(note, cell)
            quiet(note_label)
            box.addWidget(note_label)
        message = FieldMessage(cell)
        message.setMaximumWidth(16777215)
        box.addWidget(message)
        label = QLabel(caption, self.parent)
        label.setBuddy(buddy if buddy is not None else content)
        for name in names:
            self.messages[name] = message
            self.inputs[name] = buddy if buddy is not None else content
            self.labels[name] = label
        self.layout.addRow(label, cell)
        return cell

    def set_row_visible(self, name: str, visible: bool) -> None:
        label = self.labels[name]
        self.layout.setRowVisible(label, visible)

    def clear(self) -> None:
        for message in set(self.messages.values()):
            message.set_messages([], [])
        for widget in set(self.inputs.values()):
            _mark(widget, False)
        self.banner.clear()

    def show_error(self, error: UserError, *, fallback: str | None = None) -> None:
        """The message at its field (focused), or in the banner when no field is named."""
        name = error.field if isinstance(error, ValidationError) else None
        if name is None and fallback is not None:
            name = fallback
        self.show_at(name, error.message)

    def show_at(self, name: str | None, text: str) -> None:
        message = self.messages.get(name or "")
        widget = self.inputs.get(name or "")
        if message is None or widget is None or not widget.isVisibleTo(self.parent):
            self.banner.show_message(text, "error")
            return
        message.set_messages([text], [])
        _mark(widget, True)
        widget.setFocus()


def _mark(widget: QWidget, invalid: bool) -> None:
    target = widget.focusProxy() or widget
    set_invalid(target, invalid)


def fields_list(parent: QWidget, selected: Iterable[str], rows: int = 7) -> QListWidget:
    """The fields of action as a checkable list in columns, all visible at once and one Tab
    stop (arrows move, Space ticks); unknown old codes stay."""
    chosen = list(selected)
    widget = QListWidget(parent)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setFlow(QListWidget.Flow.TopToBottom)
    widget.setWrapping(True)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    widget.setUniformItemSizes(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    codes = list(cat.FIELDS_OF_ACTION.codes()) + [
        code for code in chosen if code not in cat.FIELDS_OF_ACTION
    ]
    for code in codes:
        item = QListWidgetItem(catalogue_label(cat.FIELDS_OF_ACTION, code), widget)
        item.setData(CODE_ROLE, code)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
    if widget.count():
        # The focus frame only: a blue selection would look like a choice.
        widget.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)
    metrics = widget.fontMetrics()
    widest = max(
        (metrics.horizontalAdvance(widget.item(i).text()) for i in range(widget.count())),
        default=100,
    )
    row_height = metrics.height() + 6
    widget.setGridSize(QSize(widest + 44, row_height))  # room for the check box and a gap
    widget.setFixedHeight(row_height * rows + 2 * widget.frameWidth() + 4)
    return widget


def checked_codes(widget: QListWidget) -> tuple[str, ...]:
    codes = []
    for row in range(widget.count()):
        item = widget.item(row)
        if item.checkState() == Qt.CheckState.Checked:
            codes.append(str(item.data(CODE_ROLE)))
    return tuple(codes)


def set_checked_codes(widget: QListWidget, codes: Iterable[str]) -> None:
    wanted = set(codes)
    for row in range(widget.count()):
        item = widget.item(row)
        state = Qt.CheckState.Checked if item.data(CODE_ROLE) in wanted else Qt.CheckState.Unchecked
        item.setCheckState(state)


def save_shortcuts(dialog: QDialog, slot: object) -> None:
    """Strg+Enter saves from anywhere in the dialog, also from multi-line fields."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)


def fields_text(codes: Iterable[str]) -> str:
    return ", ".join(catalogue_label(cat.FIELDS_OF_ACTION, code) for code in codes)


# --- the dialog -------------------------------------------------------------------------------


class CaseDialog(QDialog):
    """Open a new case for a client (``case`` None) or edit the opening data of one."""

    saved = Signal(object)  # CaseDetail
    conflict = Signal()  # the case was changed elsewhere: the caller reloads it

    def __init__(
        self,
        context: UnlockedContext,
        client_id: int,
        case: CaseDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.case = case
        editing = case is not None
        self.setWindowTitle(
            self.tr("Beratungsfall bearbeiten") if editing else self.tr("Beratungsfall eröffnen")
        )
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setStyleSheet(INVALID_STYLE)

        self.banner = Banner("error", self)
        self.form = FieldForm(self, self.banner)
        self.opened_on = DateField(self)
        self.opened_on.setAccessibleName(self.tr("Eröffnet am"))
        self.opened_on.set_date(case.opened_on if case else date.today())
        self.form.row(self.tr("&Eröffnet am"), self.opened_on, ("opened_on",))

        self.form_combo = catalogue_combo(cat.CASE_FORMS, self)
        self.form_combo.setAccessibleName(self.tr("Form der Beratung"))
        set_combo_code(self.form_combo, case.form if case else "counselling")
        self.form.row(
            self.tr("&Form"),
            self.form_combo,
            ("form",),
            note=self.tr(
                "Case Management für komplexe Lagen mit mehreren Beteiligten und einer "
                "Kooperationsvereinbarung; sonst Beratung ohne Case Management."
            ),
        )
        self.form_changed_on = DateField(self)
        self.form_changed_on.setAccessibleName(self.tr("Formwechsel am"))
        self.form_changed_on.set_date(date.today())
        self.form.row(
            self.tr("Form&wechsel am"),
            self.form_changed_on,
            ("form_changed_on",),
            note=self.tr("Ab diesem Tag gilt die neue Form (für die Statistik)."),
        )

        self.fields = fields_list(self, case.fields if case else ())
        self.fields.setAccessibleName(self.tr("Handlungsfelder"))
        self.form.row(
            self.tr("&Handlungsfelder"),
            self.fields,
            ("fields",),
            note=self.tr("Leertaste oder Klick hakt ein Handlungsfeld an."),
        )
        self.family = QSpinBox(self)
        self.family.setRange(0, MAX_FAMILY_MEMBERS)
        self.family.setValue(case.family_members if case else 0)
        self.family.setAccessibleName(self.tr("Mitberatene Familienangehörige"))
        self.family.setMaximumWidth(90)
        self.form.row(
            self.tr("&Mitberatene Angehörige"),
            self.family,
            ("family_members",),
            note=self.tr("Werden in der Statistik getrennt von den Fällen gezählt."),
        )

        self.save_button = QPushButton(
            self.tr("&Speichern") if editing else self.tr("Fall &eröffnen"), self
        )
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Speichern (Strg+Enter)"))
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Abbrechen"))
        buttons.rejected.connect(self.reject)
        save_shortcuts(self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.form.layout)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.form_combo.currentIndexChanged.connect(self._form_changed)
        self._form_changed()
        self.resize(780, self.sizeHint().height())
        self.opened_on.setFocus()
        self.initial = self.draft_values()  # what the dialog opened with

    # --- drafts across a lock (kept by the case panel) ----------------------------------------

    def draft_values(self) -> dict[str, Any]:
        """The input as a JSON-able dict; dates as typed, so unreadable input stays."""
        return {
            "opened_on": self.opened_on.text(),
            "form": combo_code(self.form_combo),
            "form_changed_on": self.form_changed_on.text(),
            "fields": list(checked_codes(self.fields)),
            "family_members": self.family.value(),
        }

    def has_input(self) -> bool:
        """Anything changed since the dialog opened."""
        return self.draft_values() != self.initial

    def set_draft_values(self, values: dict[str, Any]) -> None:
        """Put saved input back; wrong types are ignored (a draft is untrusted input)."""
        for name, widget in (
            ("opened_on", self.opened_on),
            ("form_changed_on", self.form_changed_on),
        ):
            text = values.get(name)
            if isinstance(text, str):
                widget.set_text(text)
        form = values.get("form")
        if isinstance(form, str) and self.form_combo.findData(form) >= 0:
            set_combo_code(self.form_combo, form)
        fields = values.get("fields")
        if isinstance(fields, list):
            set_checked_codes(self.fields, (str(code) for code in fields))
        family = values.get("family_members")
        if isinstance(family, int) and not isinstance(family, bool):
            self.family.setValue(family)

    def _form_changed(self) -> None:
        switched = self.case is not None and combo_code(self.form_combo) != self.case.form
        self.form.set_row_visible("form_changed_on", switched)

    def values(self) -> CaseInput:
        return CaseInput(
            opened_on=self.opened_on.value(),
            form=combo_code(self.form_combo),
            fields=checked_codes(self.fields),
            family_members=self.family.value(),
        )

    def save(self) -> None:
        self.form.clear()
        for name, widget in (
            ("opened_on", self.opened_on),
            ("form_changed_on", self.form_changed_on),
        ):
            if widget.isVisibleTo(self) and widget.problem():
                self.form.show_at(name, widget.problem())
                return
        cases = self.context.services.cases
        try:
            if self.case is None:
                detail = cases.open_case(self.client_id, self.values())
            else:
                switched = combo_code(self.form_combo) != self.case.form
                detail = cases.update_case(
                    self.case.id,
                    self.values(),
                    self.case.version,
                    self.form_changed_on.value() if switched else None,
                )
        except UserError as error:
            self._refused(error)
            return
        self.context.events.announce("cases")
        self.saved.emit(detail)
        self.accept()

    def _refused(self, error: UserError) -> None:
        if is_conflict(error) and self.case is not None:
            # The input stays; the next save applies it to the state stored meanwhile.
            with contextlib.suppress(UserError):
                self.case = self.context.services.cases.get(self.case.id)
            self.banner.show_message(
                error.message
                + "\n"
                + self.tr(
                    "Der Fall wurde neu geladen (eröffnet am {date}). Prüfen Sie Ihre Eingaben "
                    "und speichern Sie erneut."
                ).format(date=format_date_de(self.case.opened_on)),
                "error",
            )
            self.conflict.emit()
            return
        self.form.show_error(error)


def combo_with_none(
    catalogue: cat.Catalogue,
    parent: QWidget,
    none_label: str,
    exclude: Iterable[str] = (),
) -> QComboBox:
    """A catalogue combo whose first entry (data None) means "no answer"."""
    skip = set(exclude)
    combo = catalogue_combo(catalogue, parent)
    for code in skip:
        index = combo.findData(code)
        if index >= 0:
            combo.removeItem(index)
    combo.insertItem(0, none_label, None)
    combo.setCurrentIndex(0)
    return combo


def combo_value(combo: QComboBox) -> str | None:
    data = combo.currentData()
    return None if data is None else str(data)
