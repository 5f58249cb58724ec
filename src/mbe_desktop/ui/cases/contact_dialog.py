"""Recording a contact (Beratungsgespräch) — quick and keyboard-only.

Everything has a default (now, 30 minutes, in the office, the case's fields of action; an
interpreter when the intake says one is needed), so a typical contact is: type the note,
Strg+Enter. When next steps were written down, the dialog then offers to turn them into a
follow-up (Wiedervorlage) or a step of the goal agreement without retyping them.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain.case_rules import MAX_DURATION_MINUTES
from mbe_desktop.domain.countries import languages
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.services.cases import (
    CONTACT_CONFLICT,
    CaseDetail,
    ContactInput,
    ContactRow,
    GoalRow,
    Plan,
    StepInput,
)
from mbe_desktop.services.follow_ups import FollowUpInput
from mbe_desktop.ui.cases.case_dialog import (
    FieldForm,
    checked_codes,
    fields_list,
    is_conflict,
    save_shortcuts,
    set_checked_codes,
)
from mbe_desktop.ui.clients.widgets import (
    COMBO_MIN_WIDTH,
    DateField,
    catalogue_combo,
    combo_code,
    elide,
    set_combo_code,
)
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.texts import catalogue_label, ui_language
from mbe_desktop.ui.widgets.common import INVALID_STYLE, Banner, hint, quiet
from mbe_desktop.ui.widgets.screen_fit import fit_to_screen

log = logging.getLogger(__name__)

QUICK_DURATIONS = (15, 30, 45, 60)
FOLLOW_UP_DAYS = 14
# Steps taken over from a contact are the counsellor's or the client's; a partner step needs
# the partner chosen, which the goal-agreement editor does.
STEP_ACTORS = ("counsellor", "client")


class ContactDialog(QDialog):
    """Record a new contact of ``case`` or edit ``contact``; shown with ``open()``."""

    saved = Signal(object)  # ContactRow

    def __init__(
        self,
        context: UnlockedContext,
        case: CaseDetail,
        contact: ContactRow | None = None,
        parent: QWidget | None = None,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.services = context.services
        self.case = case
        self.contact = contact
        self.saved_contact: ContactRow | None = None
        self.plan: Plan | None = None
        self.setWindowTitle(
            self.tr("Kontakt bearbeiten") if contact else self.tr("Kontakt erfassen")
        )
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setStyleSheet(INVALID_STYLE)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_entry(now or datetime.now()))
        self.pages.addWidget(self._build_next_steps())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(760, 640)
        fit_to_screen(self)  # 200 % on a small screen: not larger than it
        if contact is not None:
            self.set_values(contact.as_input())
        self.note.setFocus()

    # --- building: the contact ---------------------------------------------------------

    def _build_entry(self, now: datetime) -> QWidget:
        page = QWidget(self)
        self.banner = Banner("error", page)
        self.form = FieldForm(page, self.banner)

        self.day = DateField(page)
        self.day.setAccessibleName(self.tr("Datum"))
        self.day.set_date(now.date())
        self.time = QTimeEdit(page)
        self.time.setDisplayFormat("HH:mm")
        self.time.setTime(QTime(now.hour, now.minute))
        self.time.setAccessibleName(self.tr("Uhrzeit"))
        at_label = QLabel(self.tr("&um"), page)
        at_label.setBuddy(self.time)
        when = QWidget(page)
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.day)
        when_row.addWidget(at_label)
        when_row.addWidget(self.time)
        when_row.addWidget(QLabel(self.tr("Uhr"), page))
        when_row.addStretch(1)
        self.form.row(self.tr("&Datum"), when, ("occurred_at",), buddy=self.day)

        self.duration = QSpinBox(page)
        self.duration.setRange(0, MAX_DURATION_MINUTES)
        self.duration.setSingleStep(5)
        self.duration.setValue(30)
        self.duration.setSuffix(self.tr(" Min."))
        self.duration.setAccessibleName(self.tr("Dauer in Minuten"))
        self.duration.setMinimumWidth(100)
        length = QWidget(page)
        length_row = QHBoxLayout(length)
        length_row.setContentsMargins(0, 0, 0, 0)
        length_row.addWidget(self.duration)
        self.quick_buttons: dict[int, QToolButton] = {}
        for minutes in QUICK_DURATIONS:
            button = QToolButton(page)
            button.setText(str(minutes))
            button.setToolTip(self.tr("{minutes} Minuten").format(minutes=minutes))
            button.setAccessibleName(self.tr("{minutes} Minuten").format(minutes=minutes))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typed in the spin box instead
            button.clicked.connect(lambda _checked=False, m=minutes: self.duration.setValue(m))
            length_row.addWidget(button)
            self.quick_buttons[minutes] = button
        length_row.addStretch(1)
        self.form.row(self.tr("D&auer"), length, ("duration_minutes",), buddy=self.duration)

        self.form_combo = catalogue_combo(cat.CONTACT_FORMS, page)
        self.form_combo.setAccessibleName(self.tr("Form des Kontakts"))
        self.form.row(self.tr("&Form"), self.form_combo, ("form",))

        self.location = QComboBox(page)
        self.location.setAccessibleName(self.tr("Ort der Außensprechstunde"))
        self.location.addItem(self.tr("– Ort wählen –"), None)
        try:
            locations = self.services.clients.outreach_locations()
        except UserError:
            locations = []
        for location_id, name in locations:
            self.location.addItem(name, location_id)
        self.location.setMinimumWidth(COMBO_MIN_WIDTH)
        self.form.row(
            self.tr("Außensprechs&tunde"),
            self.location,
            ("outreach_location_id",),
            note=self.tr("Orte der Außensprechstunden werden in den Einstellungen gepflegt.")
            if not locations
            else "",
        )
        self.place = QLineEdit(page)
        self.place.setMaxLength(200)
        self.place.setAccessibleName(self.tr("Ort"))
        self.place.setPlaceholderText(self.tr("z. B. Rathaus, Jobcenter, Ausländerbehörde"))
        self.form.row(self.tr("&Ort"), self.place, ("place",))

        self.interpreter = QCheckBox(self.tr("mit Sprachmittlung"), page)
        self.interpreter.setAccessibleName(self.tr("Sprachmittlung"))
        self.language = QComboBox(page)
        self.language.setAccessibleName(self.tr("Sprache der Sprachmittlung"))
        self.language.addItem(self.tr("– Sprache wählen –"), "")
        for item in languages(ui_language()):
            self.language.addItem(item.name(ui_language()), item.code)
        self.language.setMaxVisibleItems(15)
        self.language.setMinimumWidth(COMBO_MIN_WIDTH)
        self.language.setMaximumWidth(COMBO_MIN_WIDTH + 60)
        interpreting = QWidget(page)
        interpreting_row = QHBoxLayout(interpreting)
        interpreting_row.setContentsMargins(0, 0, 0, 0)
        interpreting_row.addWidget(self.interpreter)
        in_label = QLabel(self.tr("in der Sprache:"), page)
        in_label.setBuddy(self.language)
        interpreting_row.addSpacing(8)
        interpreting_row.addWidget(in_label)
        interpreting_row.addWidget(self.language)
        interpreting_row.addStretch(1)
        self.form.row(
            self.tr("Sprach&mittlung"),
            interpreting,
            ("interpreter_used", "interpreter_language"),
            buddy=self.interpreter,
        )
        self.interpreter.toggled.connect(self._interpreter_toggled)

        self.fields = fields_list(page, self.case.fields)
        self.fields.setAccessibleName(self.tr("Handlungsfelder"))
        self.form.row(
            self.tr("&Handlungsfelder"),
            self.fields,
            ("fields",),
            note=self.tr("Vorbelegt mit den Handlungsfeldern des Falls; Leertaste hakt an."),
        )

        self.note = QPlainTextEdit(page)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Notiz"))
        self.note.setPlaceholderText(self.tr("Worum ging es, was wurde besprochen?"))
        self.note.setMinimumHeight(90)
        self.form.row(self.tr("&Notiz"), self.note, ("note",))
        self.next_steps = QPlainTextEdit(page)
        self.next_steps.setTabChangesFocus(True)
        self.next_steps.setAccessibleName(self.tr("Nächste Schritte"))
        self.next_steps.setPlaceholderText(
            self.tr("Was ist als Nächstes zu tun? Danach als Wiedervorlage oder Schritt anlegen.")
        )
        self.next_steps.setFixedHeight(64)
        self.form.row(self.tr("Nächste Sch&ritte"), self.next_steps, ("next_steps",))

        self.save_button = QPushButton(self.tr("&Speichern"), page)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Kontakt speichern (Strg+Enter)"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Abbrechen"), page)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        shortcut_hint = QLabel(self.tr("Strg+Enter speichert"), page)
        quiet(shortcut_hint)
        buttons.addWidget(shortcut_hint)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        save_shortcuts(self, self._shortcut_save)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(self.form.layout)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.form_combo.currentIndexChanged.connect(self._form_changed)
        self._form_changed()
        self._default_interpreter()
        self._interpreter_toggled(self.interpreter.isChecked())
        QWidget.setTabOrder(self.day, self.time)
        QWidget.setTabOrder(self.time, self.duration)
        QWidget.setTabOrder(self.duration, self.form_combo)
        QWidget.setTabOrder(self.form_combo, self.location)
        QWidget.setTabOrder(self.location, self.place)
        QWidget.setTabOrder(self.place, self.interpreter)
        QWidget.setTabOrder(self.interpreter, self.language)
        QWidget.setTabOrder(self.language, self.fields)
        QWidget.setTabOrder(self.fields, self.note)
        QWidget.setTabOrder(self.note, self.next_steps)
        QWidget.setTabOrder(self.next_steps, self.save_button)
        return page

    def _default_interpreter(self) -> None:
        """A new contact starts with the interpreter the intake says the client needs."""
        if self.contact is not None:
            return
        try:
            data = self.services.clients.get(self.case.client_id).data
        except UserError:
            return
        if data.interpreter_needed:
            self.interpreter.setChecked(True)
            set_combo_code(self.language, data.interpreter_language)

    def _form_changed(self) -> None:
        form = combo_code(self.form_combo)
        self.form.set_row_visible("outreach_location_id", form == "outreach")
        self.form.set_row_visible("place", form in ("outreach", "accompaniment"))
        self.place.setPlaceholderText(
            self.tr("anderer Ort oder genauer, z. B. Gemeindezentrum Süd")
            if form == "outreach"
            else self.tr("wohin begleitet, z. B. Jobcenter, Ausländerbehörde")
        )

    def _interpreter_toggled(self, checked: bool) -> None:
        self.language.setEnabled(checked)

    # --- building: after saving --------------------------------------------------------

    def _build_next_steps(self) -> QWidget:
        page = QWidget(self)
        self.done_banner = Banner("success", page)
        self.steps_text = hint("", page)
        self.steps_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.follow_up_box = QGroupBox(self.tr("Als Wiedervorlage anlegen"), page)
        self.follow_up_banner = Banner("error", self.follow_up_box)
        self.follow_up_form = FieldForm(self.follow_up_box, self.follow_up_banner)
        self.follow_up_due = DateField(self.follow_up_box)
        self.follow_up_due.setAccessibleName(self.tr("Wiedervorlage am"))
        self.follow_up_form.row(self.tr("Fällig a&m"), self.follow_up_due, ("due_on",))
        self.follow_up_reason = QPlainTextEdit(self.follow_up_box)
        self.follow_up_reason.setTabChangesFocus(True)
        self.follow_up_reason.setAccessibleName(self.tr("Grund der Wiedervorlage"))
        self.follow_up_reason.setFixedHeight(56)
        self.follow_up_form.row(self.tr("&Grund"), self.follow_up_reason, ("reason",))
        self.follow_up_button = QPushButton(self.tr("Als &Wiedervorlage anlegen"), page)
        self.follow_up_button.clicked.connect(self.create_follow_up)
        box_layout = QVBoxLayout(self.follow_up_box)
        box_layout.addWidget(self.follow_up_banner)
        box_layout.addLayout(self.follow_up_form.layout)
        box_layout.addWidget(self.follow_up_button, 0, Qt.AlignmentFlag.AlignRight)

        self.step_box = QGroupBox(
            self.tr("Als Schritt in die Kooperationsvereinbarung übernehmen"), page
        )
        self.step_banner = Banner("error", self.step_box)
        self.step_form = FieldForm(self.step_box, self.step_banner)
        self.goal_combo = QComboBox(self.step_box)
        self.goal_combo.setAccessibleName(self.tr("Handlungsziel"))
        self.goal_combo.setMinimumWidth(COMBO_MIN_WIDTH)
        self.step_form.row(self.tr("Handlungs&ziel"), self.goal_combo, ("goal_id",))
        self.step_text = QLineEdit(self.step_box)
        self.step_text.setAccessibleName(self.tr("Schritt"))
        self.step_form.row(self.tr("Sch&ritt"), self.step_text, ("text",))
        self.actor_combo = QComboBox(self.step_box)
        self.actor_combo.setAccessibleName(self.tr("Wer"))
        for code in STEP_ACTORS:
            self.actor_combo.addItem(catalogue_label(cat.STEP_ACTORS, code), code)
        self.step_form.row(self.tr("W&er"), self.actor_combo, ("actor",))
        self.step_due = DateField(self.step_box)
        self.step_due.setAccessibleName(self.tr("Schritt fällig am"))
        self.step_form.row(self.tr("&Bis"), self.step_due, ("due_on",))
        self.step_button = QPushButton(self.tr("Als &Schritt übernehmen"), page)
        self.step_button.clicked.connect(self.add_step)
        step_layout = QVBoxLayout(self.step_box)
        step_layout.addWidget(self.step_banner)
        step_layout.addLayout(self.step_form.layout)
        step_layout.addWidget(self.step_button, 0, Qt.AlignmentFlag.AlignRight)

        self.finish_button = QPushButton(self.tr("&Fertig"), page)
        self.finish_button.setDefault(True)
        self.finish_button.clicked.connect(self.accept)
        buttons = QDialogButtonBox(page)
        buttons.addButton(self.finish_button, QDialogButtonBox.ButtonRole.AcceptRole)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.done_banner)
        layout.addWidget(self.steps_text)
        layout.addWidget(self.follow_up_box)
        layout.addWidget(self.step_box)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    # --- values ------------------------------------------------------------------------

    def values(self) -> ContactInput:
        form = combo_code(self.form_combo)
        day = self.day.value()
        clock = self.time.time()
        location = self.location.currentData() if form == "outreach" else None
        return ContactInput(
            occurred_at=(
                datetime.combine(day, time(clock.hour(), clock.minute())) if day else None
            ),
            duration_minutes=self.duration.value(),
            form=form,
            outreach_location_id=int(location) if location is not None else None,
            place=self.place.text().strip() if form in ("outreach", "accompaniment") else "",
            interpreter_used=self.interpreter.isChecked(),
            interpreter_language=str(self.language.currentData() or "")
            if self.interpreter.isChecked()
            else "",
            fields=checked_codes(self.fields),
            note=self.note.toPlainText().strip(),
            next_steps=self.next_steps.toPlainText().strip(),
        )

    def set_values(self, data: ContactInput) -> None:
        if data.occurred_at is not None:
            self.day.set_date(data.occurred_at.date())
            self.time.setTime(QTime(data.occurred_at.hour, data.occurred_at.minute))
        self.duration.setValue(data.duration_minutes)
        set_combo_code(self.form_combo, data.form, catalogue_label(cat.CONTACT_FORMS, data.form))
        if data.outreach_location_id is not None:
            set_combo_code(
                self.location,
                data.outreach_location_id,
                self._former_place(data.outreach_location_id),
            )
        self.place.setText(data.place)
        self.interpreter.setChecked(data.interpreter_used)
        if data.interpreter_language:
            set_combo_code(self.language, data.interpreter_language)
        set_checked_codes(self.fields, data.fields)
        self.note.setPlainText(data.note)
        self.next_steps.setPlainText(data.next_steps)

    def _former_place(self, location_id: int) -> str:
        """The label of a place no longer offered (deactivated in Einstellungen)."""
        try:
            name = self.services.outreach.names().get(location_id)
        except UserError:
            name = None
        if not name:
            return self.tr("(früherer Ort)")
        return self.tr("{name} (deaktiviert)").format(name=name)

    # --- saving ------------------------------------------------------------------------

    def _shortcut_save(self) -> None:
        if self.pages.currentIndex() == 0:
            self.save()

    def save(self) -> None:
        self.form.clear()
        if self.day.problem():
            self.form.show_at("occurred_at", self.day.problem())
            return
        data = self.values()
        if data.interpreter_used and not data.interpreter_language:
            self.form.show_at(
                "interpreter_language",
                self.tr("Bitte die Sprache der Sprachmittlung wählen oder den Haken entfernen."),
            )
            return
        cases = self.services.cases
        try:
            if self.contact is None:
                row = cases.add_contact(self.case.id, data)
            else:
                row = cases.update_contact(self.contact.id, data, self.contact.version)
        except UserError as error:
            self._refused(error)
            return
        self.saved_contact = row
        self.context.events.announce("contacts", "cases")
        self.saved.emit(row)
        new_steps = row.next_steps and (
            self.contact is None or row.next_steps != self.contact.next_steps
        )
        if new_steps:
            self._offer_next_steps(row)
        else:
            self.accept()

    def _refused(self, error: UserError) -> None:
        contact = self.contact
        if error.template == CONTACT_CONFLICT and contact is not None:
            # As in the case dialog: the input stays; the next save applies it to the contact
            # as stored meanwhile.
            with contextlib.suppress(UserError):
                stored = self.services.cases.contacts(contact.case_id)
                self.contact = next((c for c in stored if c.id == contact.id), contact)
            self.banner.show_message(
                error.message
                + "\n"
                + self.tr(
                    "Der Kontakt wurde neu geladen. Prüfen Sie Ihre Eingaben und speichern Sie "
                    "erneut, um sie zu übernehmen."
                ),
                "error",
            )
            return
        self.form.show_error(error)

    def _offer_next_steps(self, row: ContactRow) -> None:
        self.done_banner.show_message(
            self.tr("Der Kontakt vom {date} wurde gespeichert.").format(
                date=format_date_de(row.occurred_at.date())
            ),
            "success",
        )
        self.steps_text.setText(
            self.tr(
                "Die nächsten Schritte lassen sich gleich weiterverwenden – oder schließen Sie "
                "mit „Fertig“."
            )
        )
        self.follow_up_due.set_date(date.today() + timedelta(days=FOLLOW_UP_DAYS))
        self.follow_up_reason.setPlainText(row.next_steps)
        self.step_text.setText(" ".join(row.next_steps.split()))
        self._load_goals()
        self.setWindowTitle(self.tr("Nächste Schritte übernehmen"))
        self.pages.setCurrentIndex(1)
        self.finish_button.setFocus()

    def _load_goals(self) -> None:
        """Goals of the live plan; the step part is offered only when there are any."""
        try:
            self.plan = self.services.cases.plan(self.case.id)
        except UserError as error:
            self.plan = None
            self.step_banner.show_message(error.message, "error")
        goals: tuple[GoalRow, ...] = self.plan.goals if self.plan else ()
        current = self.goal_combo.currentData()
        self.goal_combo.clear()
        for goal in goals:
            self.goal_combo.addItem(
                f"{catalogue_label(cat.FIELDS_OF_ACTION, goal.field)}: {elide(goal.text, 70)}",
                goal.id,
            )
        if current is not None:
            index = self.goal_combo.findData(current)
            if index >= 0:
                self.goal_combo.setCurrentIndex(index)
        editable = self.plan is not None and self.plan.editable
        self.step_box.setVisible(bool(goals) and editable)

    def create_follow_up(self) -> None:
        row = self.saved_contact
        if row is None:
            return
        self.follow_up_form.clear()
        if self.follow_up_due.problem():
            self.follow_up_form.show_at("due_on", self.follow_up_due.problem())
            return
        try:
            created = self.services.follow_ups.create(
                FollowUpInput(
                    client_id=self.case.client_id,
                    due_on=self.follow_up_due.value(),
                    reason=self.follow_up_reason.toPlainText(),
                    case_id=self.case.id,
                )
            )
        except UserError as error:
            self.follow_up_form.show_error(error)
            return
        self.context.events.announce("follow_ups")
        self._done(
            self.follow_up_box,
            self.tr("Wiedervorlage für den {date} angelegt.").format(
                date=format_date_de(created.due_on)
            ),
        )

    def add_step(self) -> None:
        goal_id = self.goal_combo.currentData()
        if self.plan is None or goal_id is None:
            return
        self.step_form.clear()
        if self.step_due.problem():
            self.step_form.show_at("due_on", self.step_due.problem())
            return
        step = StepInput(
            None,
            self.step_text.text().strip(),
            str(self.actor_combo.currentData()),
            None,
            self.step_due.value(),
        )
        try:
            self.plan = self.services.cases.add_step(int(goal_id), step, self.plan.case_version)
        except UserError as error:
            if is_conflict(error):
                self._load_goals()  # the new version; the input stays for another try
                self.step_banner.show_message(error.message, "error")
            elif isinstance(error, ValidationError) and error.field:
                # The plan names steps "goal:1:step:3:due_on"; the last part is the input.
                self.step_form.show_at(error.field.rsplit(":", 1)[-1], error.message)
            else:
                self.step_form.show_error(error)
            return
        self.context.events.announce("plans", "cases")
        self._done(
            self.step_box,
            self.tr("Schritt zum Handlungsziel übernommen: {goal}").format(
                goal=self.goal_combo.currentText()
            ),
        )

    def _done(self, box: QGroupBox, text: str) -> None:
        box.setEnabled(False)
        message = self.done_banner.label.text() + "\n" + text
        self.done_banner.show_message(message, "success")
        self.finish_button.setFocus()
