"""Einstellungen → Schrittvorlagen: the step templates that fill a goal's steps in one click.

A list of templates (filterable by field of action) beside an editor for one template: its
name, field and steps (what, who, days after the start). Saved explicitly; leaving a template
with unsaved changes asks first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QKeyCombination,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain.catalogues import FIELDS_OF_ACTION, STEP_ACTORS
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.services.cases import StepTemplateInput, StepTemplateRow, TemplateStep
from mbe_desktop.ui.cases.plan_editor import (
    CODE_ROLE,
    DETAIL_ROLE,
    CatalogueDelegate,
    TwoLineDelegate,
    tool_button,
)
from mbe_desktop.ui.clients.widgets import catalogue_combo, combo_code, set_combo_code
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.texts import catalogue_choices, catalogue_label
from mbe_desktop.ui.widgets.common import INVALID_STYLE, Banner, hint, set_invalid

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 3
STEP_TEXT, STEP_ACTOR, STEP_OFFSET = range(3)
MAX_OFFSET_DAYS = 3650
NEW_KEYS = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_N)
STEP_TEMPLATE_DRAFT_KEY = "settings/step_template"


@dataclass
class TemplateStepDraft:
    text: str = ""
    actor: str = "client"
    offset_days: int = 0

    def as_step(self) -> TemplateStep:
        return TemplateStep(self.text.strip(), self.actor, self.offset_days)


def template_json(template: StepTemplateRow) -> dict[str, Any]:
    """A stored template as a JSON-able dict: the state a draft was made against."""
    return {
        "field": template.field,
        "name": template.name,
        "steps": [asdict(step) for step in template.steps],
    }


def template_steps(raw: object) -> list[TemplateStepDraft] | None:
    """Steps back from a draft payload; None when they do not have their shape."""
    if not isinstance(raw, list):
        return None
    steps = []
    for item in raw:
        if not isinstance(item, dict):
            return None
        text, actor, offset = item.get("text"), item.get("actor"), item.get("offset_days")
        if not isinstance(text, str) or not isinstance(actor, str) or not isinstance(offset, int):
            return None
        steps.append(TemplateStepDraft(text, actor, min(max(offset, 0), MAX_OFFSET_DAYS)))
    return steps


class OffsetDelegate(QStyledItemDelegate):
    """Days after the start as a number (0 … 3650)."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, MAX_OFFSET_DAYS)
        return spin

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(CODE_ROLE) or 0))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), CODE_ROLE)


class StepTemplatesSection(QGroupBox):
    """The settings section "Schrittvorlagen"."""

    def __init__(self, context: UnlockedContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Schrittvorlagen"))
        self.setObjectName("step_templates")
        self.context = context
        self.cases = context.services.cases
        self.templates: list[StepTemplateRow] = []
        self.current: StepTemplateRow | None = None  # the stored template being edited
        self.editing = False  # the editor shows a template (stored or new)
        self.steps: list[TemplateStepDraft] = []
        self.baseline: tuple[object, ...] = ()
        self._loading = False
        self._announcing = False
        self._question: QMessageBox | None = None
        # A restored draft: the stored template as it was when the input was made (None:
        # nothing to check). Saving first checks it was not changed meanwhile.
        self._draft_base: dict[str, Any] | None = None

        self.notice = Banner("info", self)
        self.filter = QComboBox(self)
        self.filter.setAccessibleName(self.tr("Vorlagen nach Handlungsfeld filtern"))
        self.filter.addItem(self.tr("Alle Handlungsfelder"), None)
        for code, label in catalogue_choices(FIELDS_OF_ACTION):
            self.filter.addItem(label, code)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(self.tr("Anzeigen:"), self))
        filter_row.addWidget(self.filter, 1)

        self.template_list = QListWidget(self)
        self.template_list.setObjectName("template_list")
        self.template_list.setAccessibleName(self.tr("Schrittvorlagen"))
        self.template_list.setItemDelegate(TwoLineDelegate(self.template_list))
        self.template_list.setUniformItemSizes(True)
        self.template_list.setMinimumHeight(260)
        self.template_list.currentItemChanged.connect(self._template_chosen)
        self.new_button = QPushButton(self.tr("Neu"), self)
        self.new_button.setToolTip(self.tr("Eine neue Vorlage anlegen (Strg+N)"))
        self.new_button.clicked.connect(self.request_new)
        self.duplicate_button = QPushButton(self.tr("Duplizieren"), self)
        self.duplicate_button.setToolTip(
            self.tr("Eine Kopie der ausgewählten Vorlage als neue Vorlage beginnen")
        )
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button = QPushButton(self.tr("Löschen…"), self)
        self.delete_button.setToolTip(self.tr("Die ausgewählte Vorlage löschen (Entf)"))
        self.delete_button.clicked.connect(self.request_delete)
        delete_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.template_list)
        delete_shortcut.setWhatsThis(self.tr("Schrittvorlagen: Vorlage löschen"))
        delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_shortcut.activated.connect(self.request_delete)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.duplicate_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch(1)
        left_panel = QWidget(self)
        left_panel.setMaximumWidth(300)
        left = QVBoxLayout(left_panel)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(filter_row)
        left.addWidget(self.template_list, 1)
        left.addLayout(list_buttons)

        self.editor_stack = QStackedWidget(self)
        self.empty_hint = hint(
            self.tr("Wählen Sie links eine Vorlage aus oder legen Sie mit „Neu“ eine an."),
            self.editor_stack,
        )
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.editor_stack.addWidget(self.empty_hint)
        self.editor_stack.addWidget(self._build_editor())

        columns = QHBoxLayout()
        columns.addWidget(left_panel, 0)
        columns.addWidget(self.editor_stack, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Eine Vorlage füllt die Schritte eines Ziels mit einem Klick "
                    "(Kooperationsvereinbarung → „Aus Vorlage“). Die Fälligkeit zählt ab dem Tag, "
                    "an dem die Schritte eingefügt werden."
                ),
                self,
            )
        )
        layout.addWidget(self.notice)
        layout.addLayout(columns)
        self.setStyleSheet(INVALID_STYLE)
        context.events.changed.connect(self._data_changed)
        self.load()

    def _build_editor(self) -> QWidget:
        page = QWidget(self.editor_stack)
        self.name_edit = QLineEdit(page)
        self.name_edit.setAccessibleName(self.tr("Name der Vorlage"))
        self.name_edit.setPlaceholderText(self.tr("z. B. Integrationskurs"))
        self.name_edit.textEdited.connect(self._edited)
        self.field_combo = catalogue_combo(FIELDS_OF_ACTION, page)
        self.field_combo.setMinimumWidth(0)
        self.field_combo.setAccessibleName(self.tr("Handlungsfeld"))
        self.field_combo.currentIndexChanged.connect(self._edited)
        name_label = QLabel(self.tr("Na&me:"), page)
        name_label.setBuddy(self.name_edit)
        form = QFormLayout()
        form.addRow(name_label, self.name_edit)
        form.addRow(self.tr("Handlungsfeld:"), self.field_combo)

        self.step_table = QTableWidget(0, 3, page)
        self.step_table.setObjectName("template_steps")
        self.step_table.setAccessibleName(self.tr("Schritte der Vorlage"))
        self.step_table.setHorizontalHeaderLabels(
            [self.tr("Schritt"), self.tr("Wer"), self.tr("Tage nach\nBeginn")]
        )
        self.step_table.verticalHeader().hide()
        self.step_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.step_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.step_table.setWordWrap(False)
        self.step_table.setAlternatingRowColors(True)
        self.step_table.verticalHeader().setDefaultSectionSize(
            self.step_table.fontMetrics().height() + 14
        )
        self.step_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.step_table.setItemDelegateForColumn(
            STEP_ACTOR, CatalogueDelegate(STEP_ACTORS, self.step_table)
        )
        self.step_table.setItemDelegateForColumn(STEP_OFFSET, OffsetDelegate(self.step_table))
        header = self.step_table.horizontalHeader()
        header.setSectionResizeMode(STEP_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STEP_ACTOR, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(STEP_OFFSET, QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.step_table.setColumnWidth(STEP_ACTOR, 120)
        self.step_table.setColumnWidth(STEP_OFFSET, 70)
        offset_header = self.step_table.horizontalHeaderItem(STEP_OFFSET)
        if offset_header is not None:
            offset_header.setToolTip(self.tr("Fällig so viele Tage nach dem Einfügen"))
        self.step_table.itemChanged.connect(self._step_item_changed)
        self.step_table.itemSelectionChanged.connect(self._update_buttons)

        self.add_step_button = QPushButton(self.tr("Schritt hinzufügen"), page)
        self.add_step_button.clicked.connect(self.add_step)
        self.remove_step_button = QPushButton(self.tr("Schritt entfernen"), page)
        self.remove_step_button.clicked.connect(self.remove_step)
        self.step_up_button = tool_button("↑", self.tr("Schritt nach oben schieben"), page)
        self.step_up_button.clicked.connect(lambda: self.move_step(-1))
        self.step_down_button = tool_button("↓", self.tr("Schritt nach unten schieben"), page)
        self.step_down_button.clicked.connect(lambda: self.move_step(1))
        step_buttons = QHBoxLayout()
        step_buttons.addWidget(self.add_step_button)
        step_buttons.addWidget(self.remove_step_button)
        step_buttons.addStretch(1)
        step_buttons.addWidget(self.step_up_button)
        step_buttons.addWidget(self.step_down_button)

        self.revert_button = QPushButton(self.tr("Verwerfen"), page)
        self.revert_button.setToolTip(self.tr("Nicht gespeicherte Änderungen zurücknehmen"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Vorlage speichern"), page)
        self.save_button.setToolTip(self.tr("Die Vorlage speichern (Strg+S)"))
        self.save_button.clicked.connect(self.save)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setWhatsThis(self.tr("Schrittvorlagen: Vorlage speichern"))
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)
        self.name_edit.returnPressed.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.step_table, 1)
        layout.addLayout(step_buttons)
        layout.addLayout(buttons)
        self.editor_page = page
        return page

    # --- keyboard ------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Strg+N means "new template" here; the main window's Strg+N (new intake) would
        # otherwise make the shortcut ambiguous and Qt would run neither.
        if (
            event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and event.keyCombination() == NEW_KEYS
        ):
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self.request_new()
            return True
        return super().event(event)

    # --- loading -------------------------------------------------------------------------

    def load(self, select_id: int | None = None) -> None:
        """Read the templates and show ``select_id`` (default: the first one)."""
        try:
            self.templates = self.cases.step_templates()
        except UserError as error:
            self.templates = []
            self.notice.show_message(error.message, "error")
        self._fill_list(select_id)

    def visible_templates(self) -> list[StepTemplateRow]:
        field = self.filter.currentData()
        return [t for t in self.templates if field is None or t.field == field]

    def _fill_list(self, select_id: int | None) -> None:
        self._loading = True
        try:
            self.template_list.clear()
            chosen: QListWidgetItem | None = None
            for template in self.visible_templates():
                item = QListWidgetItem(template.name)
                item.setData(ID_ROLE, template.id)
                detail = self.tr("{field} · {count} Schritte").format(
                    field=catalogue_label(FIELDS_OF_ACTION, template.field),
                    count=len(template.steps),
                )
                item.setData(DETAIL_ROLE, detail)
                item.setToolTip(f"{template.name}\n{detail}")
                self.template_list.addItem(item)
                if template.id == select_id:
                    chosen = item
        finally:
            self._loading = False
        if chosen is None and select_id is None and self.template_list.count():
            chosen = self.template_list.item(0)
        if chosen is not None:
            self._loading = True
            self.template_list.setCurrentItem(chosen)
            self._loading = False
            self._show_template(self._template(int(chosen.data(ID_ROLE))))
        elif not self.is_dirty():
            self._show_template(None)
        self._update_buttons()

    def _template(self, template_id: int) -> StepTemplateRow | None:
        return next((t for t in self.templates if t.id == template_id), None)

    def selected_id(self) -> int | None:
        item = self.template_list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def _show_template(self, template: StepTemplateRow | None) -> None:
        self.current = template
        if template is None:
            self.editing = False
            self.steps = []
            self.baseline = ()
            self.editor_stack.setCurrentWidget(self.empty_hint)
            self._update_buttons()
            return
        self._edit(
            StepTemplateInput(template.id, template.field, template.name, template.steps),
            baseline=None,
        )

    def _edit(self, data: StepTemplateInput, baseline: tuple[object, ...] | None) -> None:
        """Show ``data`` in the editor; ``baseline`` None: it is the stored state."""
        self.editing = True
        self._loading = True
        try:
            self.name_edit.setText(data.name)
            set_combo_code(
                self.field_combo, data.field, catalogue_label(FIELDS_OF_ACTION, data.field)
            )
            self.steps = [TemplateStepDraft(s.text, s.actor, s.offset_days) for s in data.steps]
            self._fill_steps()
            set_invalid(self.name_edit, False)
        finally:
            self._loading = False
        self.baseline = self._key() if baseline is None else baseline
        self.editor_stack.setCurrentWidget(self.editor_page)
        self._update_buttons()

    # --- state ---------------------------------------------------------------------------

    def values(self) -> StepTemplateInput:
        return StepTemplateInput(
            self.current.id if self.current is not None else None,
            combo_code(self.field_combo),
            self.name_edit.text().strip(),
            tuple(step.as_step() for step in self.steps),
        )

    def _key(self) -> tuple[object, ...]:
        data = self.values()
        return (data.id, data.field, data.name, data.steps)

    def is_dirty(self) -> bool:
        return self.editing and self._key() != self.baseline

    def _edited(self) -> None:
        if self._loading:
            return
        if self.name_edit.text().strip():
            set_invalid(self.name_edit, False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        stored = self.current is not None
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty or (self.editing and not stored))
        self.duplicate_button.setEnabled(stored and not dirty)
        self.delete_button.setEnabled(stored)
        row = self.current_step_row()
        has_row = 0 <= row < len(self.steps)
        self.remove_step_button.setEnabled(has_row)
        self.step_up_button.setEnabled(has_row and row > 0)
        self.step_down_button.setEnabled(has_row and row < len(self.steps) - 1)
        if dirty and self.notice.kind == "success":
            self.notice.clear()

    # --- steps ---------------------------------------------------------------------------

    def _fill_steps(self, select: int | None = None) -> None:
        table = self.step_table
        table.blockSignals(True)
        try:
            table.setRowCount(len(self.steps))
            for row, step in enumerate(self.steps):
                self._fill_step_row(row, step)
        finally:
            table.blockSignals(False)
        if select is not None and 0 <= select < len(self.steps):
            table.selectRow(select)
            table.setCurrentCell(select, STEP_TEXT)
        self._update_buttons()

    def _fill_step_row(self, row: int, step: TemplateStepDraft) -> None:
        values = (
            (STEP_TEXT, step.text, None),
            (STEP_ACTOR, catalogue_label(STEP_ACTORS, step.actor), step.actor),
            (STEP_OFFSET, str(step.offset_days), step.offset_days),
        )
        for column, text, code in values:
            item = self.step_table.item(row, column)
            if item is None:
                item = QTableWidgetItem()
                self.step_table.setItem(row, column, item)
            item.setText(text)
            item.setToolTip(text)
            if code is not None:
                item.setData(CODE_ROLE, code)
            if column == STEP_OFFSET:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def current_step_row(self) -> int:
        rows = self.step_table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.step_table.currentRow()

    def _step_item_changed(self, item: QTableWidgetItem) -> None:
        row = item.row()
        if self._loading or not 0 <= row < len(self.steps):
            return
        step = self.steps[row]
        if item.column() == STEP_TEXT:
            step.text = item.text()
        elif item.column() == STEP_ACTOR:
            step.actor = str(item.data(CODE_ROLE) or "client")
        elif item.column() == STEP_OFFSET:
            step.offset_days = int(item.data(CODE_ROLE) or 0)
        self.step_table.blockSignals(True)
        try:
            self._fill_step_row(row, step)
        finally:
            self.step_table.blockSignals(False)
        self._update_buttons()

    def add_step(self) -> None:
        if not self.editing:
            return
        # A new step comes a week after the previous one: a sensible start for a plan.
        offset = self.steps[-1].offset_days + 7 if self.steps else 0
        self.steps.append(TemplateStepDraft("", "client", min(offset, MAX_OFFSET_DAYS)))
        self._fill_steps(select=len(self.steps) - 1)
        self.step_table.setFocus()
        item = self.step_table.item(len(self.steps) - 1, STEP_TEXT)
        if item is not None:
            self.step_table.editItem(item)

    def remove_step(self) -> None:
        row = self.current_step_row()
        if not 0 <= row < len(self.steps):
            return
        del self.steps[row]
        self._fill_steps(select=min(row, len(self.steps) - 1))

    def move_step(self, delta: int) -> None:
        row = self.current_step_row()
        target = row + delta
        if not (0 <= row < len(self.steps) and 0 <= target < len(self.steps)):
            return
        self.steps[row], self.steps[target] = self.steps[target], self.steps[row]
        self._fill_steps(select=target)

    # --- commands ------------------------------------------------------------------------

    def _blank(self) -> tuple[object, ...]:
        """A key no template has: a copy counts as unsaved from the start."""
        return (None, "", "", ())

    def request_new(self) -> None:
        self._when_left(self.new)

    def new(self) -> None:
        field = self.filter.currentData() or FIELDS_OF_ACTION.codes()[0]
        self.notice.clear()
        self.current = None
        self._select_in_list(None)
        # Untouched, the new template is not "unsaved": leaving it asks nothing.
        self._edit(
            StepTemplateInput(None, str(field), "", (TemplateStep("", "client", 0),)),
            baseline=None,
        )
        self.name_edit.setFocus()

    def duplicate(self) -> None:
        source = self.current
        if source is None or self.is_dirty():
            return
        self.notice.clear()
        self.current = None
        self._select_in_list(None)
        self._edit(
            StepTemplateInput(
                None, source.field, self.tr("{name} (Kopie)").format(name=source.name), source.steps
            ),
            baseline=self._blank(),
        )
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def save(self) -> bool:
        if not self.editing:
            return False
        if not self.is_dirty():
            return True
        if self._changed_meanwhile():
            return False
        try:
            saved = self.cases.save_step_template(self.values())
        except ValidationError as error:
            self._show_validation(error)
            return False
        except UserError as error:
            self.notice.show_message(error.message, "error")
            return False
        self.editing = False
        self._discard_draft()
        self.load(select_id=saved.id)
        if self.selected_id() != saved.id:
            # Filtered out of the list: keep showing it in the editor.
            self._show_template(saved)
        self.notice.show_message(
            self.tr("Die Vorlage „{name}“ wurde gespeichert.").format(name=saved.name), "success"
        )
        self._announce()
        return True

    def _show_validation(self, error: ValidationError) -> None:
        self.notice.show_message(error.message, "error")
        name = error.field or ""
        if name == "name":
            set_invalid(self.name_edit, True)
            self.name_edit.setFocus()
        elif name == "field":
            self.field_combo.setFocus()
        elif name.startswith("step:"):
            parts = name.split(":")
            row = int(parts[1]) - 1 if len(parts) > 1 and parts[1].isdigit() else 0
            column = {"actor": STEP_ACTOR, "offset_days": STEP_OFFSET}.get(parts[-1], STEP_TEXT)
            if 0 <= row < len(self.steps):
                self.step_table.setCurrentCell(row, column)
            self.step_table.setFocus()
        elif name == "steps":
            self.add_step_button.setFocus()

    def revert(self) -> None:
        self.notice.clear()
        self._discard_draft()
        self._draft_base = None
        if self.current is not None:
            stored = self._template(self.current.id)
            self._show_template(stored)
            return
        # A new template that was never saved: back to the one chosen in the list.
        self.editing = False
        selected = self.selected_id()
        self._show_template(self._template(selected) if selected is not None else None)
        if self.current is None and self.template_list.count():
            self._fill_list(None)

    def request_delete(self) -> None:
        template = self.current
        if template is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Vorlage löschen?"),
            self.tr(
                "Die Vorlage „{name}“ löschen? Schritte, die schon aus ihr in eine "
                "Kooperationsvereinbarung übernommen wurden, bleiben dort erhalten."
            ).format(name=template.name),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        delete = box.addButton(self.tr("Löschen"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self.delete(template.id) if button is delete else None
        )
        box.finished.connect(self._question_closed)
        self._question = box
        box.open()

    def delete(self, template_id: int) -> None:
        try:
            self.cases.delete_step_template(template_id)
        except UserError as error:
            self.notice.show_message(error.message, "error")
            return
        self.editing = False
        self.current = None
        self.load()
        self.notice.show_message(self.tr("Die Vorlage wurde gelöscht."), "success")
        self._announce()

    # --- choosing another template ---------------------------------------------------------

    def _select_in_list(self, template_id: int | None) -> None:
        self._loading = True
        try:
            for row in range(self.template_list.count()):
                item = self.template_list.item(row)
                if item is not None and item.data(ID_ROLE) == template_id:
                    self.template_list.setCurrentItem(item)
                    return
            self.template_list.setCurrentRow(-1)
            self.template_list.clearSelection()
        finally:
            self._loading = False

    def _template_chosen(
        self, item: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if self._loading or item is None:
            return
        template = self._template(int(item.data(ID_ROLE)))
        if self.current is not None and template is not None and template.id == self.current.id:
            return
        back_to = self.current.id if self.current is not None else None
        # Stay on the edited template in the list until the question is answered.
        if self.is_dirty():
            self._select_in_list(back_to)
        self._when_left(lambda: self._switch_to(template))

    def _switch_to(self, template: StepTemplateRow | None) -> None:
        self.notice.clear()
        self._select_in_list(template.id if template is not None else None)
        self._show_template(template)

    def _when_left(self, then: Callable[[], None]) -> None:
        """Run ``then`` once the edited template may be left: at once, or after asking."""
        if not self.is_dirty():
            then()
            return
        if self._question is not None:
            return
        name = self.name_edit.text().strip() or self.tr("(ohne Namen)")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Änderungen speichern?"),
            self.tr("Die Änderungen an der Vorlage „{name}“ sind noch nicht gespeichert.").format(
                name=name
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        save = box.addButton(self.tr("Speichern"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Verwerfen"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: object) -> None:
            if button is save:
                if self.save():
                    then()
            elif button is discard:
                self.editing = False
                then()

        box.buttonClicked.connect(answered)
        box.finished.connect(self._question_closed)
        self._question = box
        box.open()

    def _question_closed(self, _result: int) -> None:
        self._question = None

    def _filter_changed(self) -> None:
        self._fill_list(self.current.id if self.current is not None else None)

    # --- drafts across a lock ----------------------------------------------------------------

    def draft_key(self) -> str:
        return STEP_TEMPLATE_DRAFT_KEY

    def draft_payload(self) -> dict[str, Any] | None:
        """The edited template as typed, with the stored state it was edited from."""
        if not self.is_dirty():
            return None
        base = self._draft_base
        if base is None and self.current is not None:
            base = template_json(self.current)
        return {
            "template_id": self.current.id if self.current is not None else None,
            "stored": base,
            "field": combo_code(self.field_combo),
            "name": self.name_edit.text(),
            "steps": [asdict(step) for step in self.steps],
        }

    def restore_draft(self, payload: dict[str, Any]) -> None:
        """Show the template again with the unsaved changes it had when the app locked."""
        self._discard_draft()  # from here on the editor holds the input
        field, name = payload.get("field"), payload.get("name")
        steps = template_steps(payload.get("steps"))
        if not isinstance(field, str) or not isinstance(name, str) or steps is None:
            return
        template_id = payload.get("template_id")
        stored = self._template(template_id) if isinstance(template_id, int) else None
        base = payload.get("stored")
        message = self.tr(
            "Nicht gespeicherte Änderungen an der Vorlage „{name}“ wurden wiederhergestellt. "
            "Speichern oder verwerfen Sie sie."
        ).format(name=name.strip() or self.tr("(ohne Namen)"))
        if isinstance(template_id, int) and stored is None:
            message += " " + self.tr(
                "Die Vorlage wurde inzwischen gelöscht; gespeichert wird sie als neue Vorlage."
            )
        elif stored is not None and base != template_json(stored):
            message += " " + self.tr(
                "Die Vorlage wurde inzwischen anderweitig geändert – prüfen Sie die Angaben vor "
                "dem Speichern."
            )
        self.current = stored
        self._draft_base = base if stored is not None and isinstance(base, dict) else None
        self._select_in_list(stored.id if stored is not None else None)
        self._edit(
            StepTemplateInput(
                stored.id if stored is not None else None,
                field,
                name,
                tuple(TemplateStep(s.text, s.actor, s.offset_days) for s in steps),
            ),
            baseline=(
                (stored.id, stored.field, stored.name, stored.steps)
                if stored is not None
                else self._blank()
            ),
        )
        self.notice.show_message(message, "info")

    def _changed_meanwhile(self) -> bool:
        """For a restored draft: was the stored template changed since the input was made?
        Then say so and keep the input; the next save applies it to the newer state."""
        base, self._draft_base = self._draft_base, None
        if base is None or self.current is None:
            return False
        try:
            self.templates = self.cases.step_templates()
        except UserError:
            return False
        fresh = self._template(self.current.id)
        if fresh is None or template_json(fresh) == base:
            return False
        self.current = fresh
        self.baseline = (fresh.id, fresh.field, fresh.name, fresh.steps)
        self.notice.show_message(
            self.tr(
                "Die Vorlage wurde inzwischen anderweitig geändert. Ihre Eingaben sind noch da: "
                "Prüfen Sie sie und speichern Sie erneut."
            ),
            "error",
        )
        self._update_buttons()
        return True

    def _discard_draft(self) -> None:
        try:
            self.context.services.drafts.discard(STEP_TEMPLATE_DRAFT_KEY)
        except UserError:
            log.warning("step template draft could not be discarded")

    # --- changes made elsewhere ----------------------------------------------------------

    def _announce(self) -> None:
        self._announcing = True
        try:
            self.context.events.announce("settings")
        finally:
            self._announcing = False

    def _data_changed(self, topics: object) -> None:
        if self._announcing or not isinstance(topics, frozenset) or "settings" not in topics:
            return
        if self.is_dirty():
            return  # the list refreshes after this template is saved or discarded
        self.load(select_id=self.current.id if self.current is not None else None)
