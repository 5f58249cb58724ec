"""Closing a case: how it ended, whether each goal was reached, and the situation at the end.

The situation at closure (German level, course, work, benefits, residence) is compared with the
intake values for the statistics; it is pre-filled from the record so that only what changed
needs touching. A case closes only when no step is left open: the counsellor either finishes
them in the goal agreement or marks them "entfallen" here, explicitly.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain.errors import UserError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.services.cases import CaseDetail, ClosureInput, GoalRow, StepRow
from mbe_desktop.ui.cases.case_dialog import (
    FieldForm,
    combo_value,
    combo_with_none,
    is_conflict,
    save_shortcuts,
)
from mbe_desktop.ui.clients.widgets import COMBO_MIN_WIDTH, DateField, elide, set_combo_code
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.texts import catalogue_label
from mbe_desktop.ui.widgets.common import INVALID_STYLE, Banner, hint
from mbe_desktop.ui.widgets.focus import tab_order_follows
from mbe_desktop.ui.widgets.screen_fit import fit_to_screen

# (ClosureInput field, catalogue, caption, ClientInput field it is pre-filled from)
SITUATION = (
    (
        "german_level",
        cat.CEFR_LEVELS,
        QT_TRANSLATE_NOOP("ClosureDialog", "&Deutschkenntnisse"),
        "german_level",
    ),
    (
        "course_status",
        cat.COURSE_STATUSES,
        QT_TRANSLATE_NOOP("ClosureDialog", "&Integrationskurs"),
        "course_status",
    ),
    (
        "employment_status",
        cat.EMPLOYMENT_STATUSES,
        QT_TRANSLATE_NOOP("ClosureDialog", "&Erwerbssituation"),
        "employment_status",
    ),
    ("benefits", cat.BENEFITS, QT_TRANSLATE_NOOP("ClosureDialog", "&Leistungsbezug"), "benefits"),
    (
        "residence_status",
        cat.RESIDENCE_STATUSES,
        QT_TRANSLATE_NOOP("ClosureDialog", "Aufent&haltsstatus"),
        "residence_status",
    ),
)
# The field names the service uses in its refusals for the situation at closure.
SERVICE_FIELDS = {
    "german_level": "german",
    "course_status": "course",
    "employment_status": "employment",
    "benefits": "benefits",
    "residence_status": "residence",
}
UNKNOWN = "unknown"
CLOSURE_DRAFT_KEY = "cases/closure"


class ClosureDialog(QDialog):
    """Close ``case``; emits ``closed`` with the closed case, ``conflict`` when it was changed
    elsewhere in between (the input stays)."""

    closed = Signal(object)  # CaseDetail
    conflict = Signal()

    def __init__(
        self, context: UnlockedContext, case: CaseDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.services = context.services
        self.case = case
        self.goals: tuple[GoalRow, ...] = ()
        self.open_steps: list[tuple[GoalRow, StepRow]] = []
        self.attainment_combos: dict[int, QComboBox] = {}
        self.situation: dict[str, QComboBox] = {}
        self.setWindowTitle(self.tr("Beratungsfall abschließen"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setStyleSheet(INVALID_STYLE)

        self.banner = Banner("error", self)
        lead = hint(
            self.tr(
                "Fall vom {opened} ({form}). Nach dem Abschluss ist der Fall nur noch lesbar; "
                "er kann bei Bedarf wieder eröffnet werden."
            ).format(
                opened=format_date_de(case.opened_on),
                form=catalogue_label(cat.CASE_FORMS, case.form),
            ),
            self,
        )
        body = QWidget(self)
        self.form = FieldForm(body, self.banner)
        self.closure_type = combo_with_none(
            cat.CLOSURE_TYPES, body, self.tr("– Art des Abschlusses wählen –")
        )
        self.closure_type.setAccessibleName(self.tr("Art des Abschlusses"))
        self.form.row(self.tr("&Art des Abschlusses"), self.closure_type, ("closure_type", "type"))
        self.closed_on = DateField(body)
        self.closed_on.setAccessibleName(self.tr("Abgeschlossen am"))
        self.closed_on.set_date(date.today())
        self.form.row(self.tr("Abgeschlossen a&m"), self.closed_on, ("closed_on",))

        self.goal_box = QGroupBox(self.tr("Zielerreichung"), body)
        self.goal_layout = QFormLayout(self.goal_box)
        self.goal_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.goal_message = Banner("error", self.goal_box)
        self.goal_layout.addRow(self.goal_message)

        self.steps_box = QGroupBox(self.tr("Noch offene Schritte"), body)
        self.steps_list = QLabel(self.steps_box)
        self.steps_list.setTextFormat(Qt.TextFormat.PlainText)
        self.steps_list.setWordWrap(True)
        self.drop_steps = QCheckBox(
            self.tr("Offene Schritte als „entfallen“ mar&kieren"), self.steps_box
        )
        self.drop_steps.setAccessibleName(self.tr("Offene Schritte als entfallen markieren"))
        self.steps_message = Banner("error", self.steps_box)
        steps_layout = QVBoxLayout(self.steps_box)
        steps_layout.addWidget(self.steps_list)
        steps_layout.addWidget(self.drop_steps)
        steps_layout.addWidget(self.steps_message)

        situation_box = QGroupBox(self.tr("Situation beim Abschluss"), body)
        self.situation_box = situation_box
        situation_form = FieldForm(situation_box, self.banner)
        self.situation_form = situation_form
        intake = self._intake_values()
        for name, catalogue, caption, source in SITUATION:
            combo = combo_with_none(catalogue, situation_box, self.tr("keine Angabe"))
            shown = self.tr(str(caption))
            combo.setAccessibleName(shown.replace("&", ""))
            value = intake.get(source)
            if value and value != UNKNOWN:
                set_combo_code(combo, value, catalogue_label(catalogue, value))
            combo.setMinimumWidth(COMBO_MIN_WIDTH + 80)
            self.situation[name] = combo
            situation_form.row(shown, combo, (name, SERVICE_FIELDS[name]))
        situation_layout = QVBoxLayout(situation_box)
        situation_layout.addWidget(
            hint(
                self.tr(
                    "Vorbelegt mit den Angaben der Akte. Bitte den Stand zum Abschluss prüfen; "
                    "er wird für die Statistik mit dem Stand bei der Aufnahme verglichen."
                ),
                situation_box,
            )
        )
        situation_layout.addLayout(situation_form.layout)

        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        body_layout.addLayout(self.form.layout)
        body_layout.addWidget(self.goal_box)
        body_layout.addWidget(self.steps_box)
        body_layout.addWidget(situation_box)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        self.close_button = QPushButton(self.tr("Fall ab&schließen"), self)
        self.close_button.setDefault(True)
        self.close_button.setToolTip(self.tr("Abschließen (Strg+Enter)"))
        self.close_button.clicked.connect(self.save)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Abbrechen"))
        buttons.rejected.connect(self.reject)
        save_shortcuts(self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(lead)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.load_plan()
        self.resize(680, 720)
        fit_to_screen(self)  # 200 % on a small screen: not larger than it
        self.closure_type.setFocus()
        self.initial = self.draft_values()  # what the dialog opened with (pre-filled)

    def _intake_values(self) -> dict[str, str]:
        try:
            data = self.services.clients.get(self.case.client_id).data
        except UserError:
            return {}
        return {source: str(getattr(data, source, "") or "") for *_rest, source in SITUATION}

    def load_plan(self) -> None:
        """Goals and open steps of the case; the input already made stays."""
        try:
            plan = self.services.cases.plan(self.case.id)
        except UserError as error:
            self.banner.show_message(error.message, "error")
            return
        self.goals = plan.goals
        chosen = {goal_id: combo_value(combo) for goal_id, combo in self.attainment_combos.items()}
        while self.goal_layout.rowCount() > 1:
            self.goal_layout.removeRow(1)
        self.attainment_combos = {}
        for goal in self.goals:
            combo = combo_with_none(
                cat.GOAL_ATTAINMENTS, self.goal_box, self.tr("– bitte wählen –"), exclude=("open",)
            )
            combo.setMinimumWidth(COMBO_MIN_WIDTH)
            text = f"{catalogue_label(cat.FIELDS_OF_ACTION, goal.field)}: {goal.text}"
            combo.setAccessibleName(self.tr("Zielerreichung: {goal}").format(goal=text))
            previous = chosen.get(goal.id) or (
                goal.attainment if goal.attainment != "open" else None
            )
            if previous:
                set_combo_code(combo, previous, catalogue_label(cat.GOAL_ATTAINMENTS, previous))
            label = QLabel(elide(text, 90), self.goal_box)
            label.setToolTip(text)
            label.setWordWrap(True)
            label.setBuddy(combo)
            self.goal_layout.addRow(label, combo)
            self.attainment_combos[goal.id] = combo
        self.goal_box.setVisible(bool(self.goals))
        # The goal combos are (re)built after the rest: Tab goes down the dialog anyway.
        tab_order_follows([self.closed_on, self.goal_box, self.steps_box, self.situation_box])
        self.open_steps = [
            (goal, step) for goal in self.goals for step in goal.steps if step.status == "open"
        ]
        lines = []
        for goal, step in self.open_steps:
            due = (
                self.tr(" (bis {date})").format(date=format_date_de(step.due_on))
                if step.due_on
                else ""
            )
            lines.append(f"• {elide(step.text, 90)}{due} – {elide(goal.text, 40)}")
        self.steps_list.setText("\n".join(lines))
        self.steps_box.setVisible(bool(self.open_steps))

    def values(self) -> ClosureInput:
        attainments = {
            goal_id: code
            for goal_id, combo in self.attainment_combos.items()
            if (code := combo_value(combo)) is not None
        }
        return ClosureInput(
            closed_on=self.closed_on.value(),
            closure_type=combo_value(self.closure_type) or "",
            attainments=attainments,
            drop_open_steps=self.drop_steps.isChecked(),
            german_level=combo_value(self.situation["german_level"]),
            course_status=combo_value(self.situation["course_status"]),
            employment_status=combo_value(self.situation["employment_status"]),
            benefits=combo_value(self.situation["benefits"]),
            residence_status=combo_value(self.situation["residence_status"]),
        )

    # --- drafts across a lock (kept by the case panel) ----------------------------------------

    def draft_values(self) -> dict[str, Any]:
        """The input as a JSON-able dict; the date as typed, so unreadable input stays."""
        return {
            "closure_type": combo_value(self.closure_type),
            "closed_on": self.closed_on.text(),
            "attainments": {
                str(goal_id): code
                for goal_id, combo in self.attainment_combos.items()
                if (code := combo_value(combo)) is not None
            },
            "drop_open_steps": self.drop_steps.isChecked(),
            "situation": {name: combo_value(combo) for name, combo in self.situation.items()},
        }

    def has_input(self) -> bool:
        """Anything chosen or changed since the dialog opened."""
        return self.draft_values() != self.initial

    def set_draft_values(self, values: dict[str, Any]) -> None:
        """Put saved input back; wrong types and goals that are gone are ignored (a draft is
        untrusted input)."""
        closure_type = values.get("closure_type")
        if isinstance(closure_type, str) and closure_type in cat.CLOSURE_TYPES:
            set_combo_code(self.closure_type, closure_type)
        closed_on = values.get("closed_on")
        if isinstance(closed_on, str):
            self.closed_on.set_text(closed_on)
        attainments = values.get("attainments")
        if isinstance(attainments, dict):
            for goal_id, combo in self.attainment_combos.items():
                code = attainments.get(str(goal_id))
                if isinstance(code, str) and combo.findData(code) >= 0:
                    combo.setCurrentIndex(combo.findData(code))
        self.drop_steps.setChecked(values.get("drop_open_steps") is True)
        situation = values.get("situation")
        if isinstance(situation, dict):
            for name, combo in self.situation.items():
                code = situation.get(name, "")
                index = 0 if code is None else combo.findData(code) if code else -1
                if index >= 0:  # 0: "keine Angabe"
                    combo.setCurrentIndex(index)

    def save(self) -> None:
        self.form.clear()
        self.situation_form.clear()
        self.goal_message.clear()
        self.steps_message.clear()
        if combo_value(self.closure_type) is None:
            self.form.show_at("closure_type", self.tr("Bitte die Art des Abschlusses wählen."))
            return
        if self.closed_on.problem():
            self.form.show_at("closed_on", self.closed_on.problem())
            return
        try:
            detail = self.services.cases.close_case(self.case.id, self.values(), self.case.version)
        except UserError as error:
            self._refused(error)
            return
        self.context.events.announce("cases", "plans")
        self.closed.emit(detail)
        self.accept()

    def _refused(self, error: UserError) -> None:
        if is_conflict(error):
            with contextlib.suppress(UserError):
                self.case = self.services.cases.get(self.case.id)
            self.load_plan()
            self.banner.show_message(
                error.message
                + "\n"
                + self.tr(
                    "Der Fall wurde neu geladen. Prüfen Sie die Angaben und schließen Sie "
                    "erneut ab."
                ),
                "error",
            )
            self.conflict.emit()
            return
        field = getattr(error, "field", None)
        if field == "attainments" and self.goals:
            self.goal_message.show_message(error.message, "error")
            self._focus_first_unset_goal()
        elif field == "steps" and self.open_steps:
            self.steps_message.show_message(error.message, "error")
            self.drop_steps.setFocus()
        elif field in self.situation_form.messages:
            self.situation_form.show_error(error)
        else:
            self.form.show_error(error)

    def _focus_first_unset_goal(self) -> None:
        for combo in self.attainment_combos.values():
            if combo_value(combo) is None:
                combo.setFocus()
                return
