"""The goal agreement editor (Kooperationsvereinbarung) and the step templates in the settings:
typing a plan, refusals with the input kept, templates, signing and versions, conflicts, the PDF,
a closed case — real store and service, real widgets."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

import pypdf
import pytest
from clients_support import add_client, click_box_button, message_box, visible_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QTableWidgetItem
from pytestqt.qtbot import QtBot
from ui_support import OFFSCREEN_NOISE

from mbe_desktop.app import Services
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.services.cases import (
    CASE_CONFLICT,
    CaseInput,
    ClosureInput,
    GoalInput,
    Plan,
    PlanInput,
    StepInput,
    TemplateStep,
)
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.ui.cases.plan_editor import (
    CODE_ROLE,
    STEP_ACTOR,
    STEP_DUE,
    STEP_STATUS,
    STEP_TEXT,
    PlanEditor,
    SignDialog,
)
from mbe_desktop.ui.cases.step_templates import StepTemplatesSection
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.tasks import SyncRunner

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

TODAY = date.today()
CTRL = Qt.KeyboardModifier.ControlModifier


class Case:
    def __init__(self, services: Services) -> None:
        self.client = add_client(services, "Planova", "Petra")
        detail = services.cases.open_case(
            self.client.id,
            CaseInput(
                opened_on=TODAY - timedelta(days=20),
                form="case_management",
                fields=("language_course", "housing"),
            ),
        )
        self.id = detail.id
        self.services = services

    def plan(self) -> Plan:
        return self.services.cases.plan(self.id)

    def save(self, *goals: GoalInput) -> Plan:
        return self.services.cases.save_plan(
            self.id, PlanInput(goals=goals), self.plan().case_version
        )


@pytest.fixture
def case(services: Services) -> Case:
    return Case(services)


@pytest.fixture
def editor(qtbot: QtBot, services: Services, case: Case) -> Iterator[PlanEditor]:
    widget = PlanEditor(UnlockedContext(services, SyncRunner(), FAST_TEST_KDF))
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    widget.show()
    widget.show_case(case.id, case.client.id)
    yield widget
    for dialog in visible_of(SignDialog) + visible_of(QFileDialog):
        dialog.close()


def course_goal(text: str = "Einen Platz im Integrationskurs haben") -> GoalInput:
    return GoalInput(
        None,
        "language_course",
        text,
        "Anmeldung liegt vor",
        None,
        (StepInput(None, "Kursplatz suchen", "counsellor", None, TODAY + timedelta(days=7)),),
    )


def set_cell(editor: PlanEditor, row: int, column: int, text: str) -> None:
    """What the cell editor commits: the text, or a catalogue code."""
    item = editor.step_table.item(row, column)
    assert isinstance(item, QTableWidgetItem)
    if column in (STEP_ACTOR, STEP_STATUS):
        item.setData(CODE_ROLE, text)
    else:
        item.setText(text)


def test_plan_typed_into_the_editor_is_saved(qtbot: QtBot, editor: PlanEditor, case: Case) -> None:
    assert editor.goal_stack.currentWidget() is editor.no_goal
    saved: list[bool] = []
    editor.saved.connect(lambda: saved.append(True))

    editor.add_goal_button.click()
    assert editor.field_combo.currentData() == "language_course"  # the first open field
    qtbot.keyClicks(editor.text_edit, "Einen Platz im Integrationskurs haben")
    qtbot.keyClicks(editor.indicator_edit, "Zulassung liegt vor")
    editor.add_step_button.click()
    set_cell(editor, 0, STEP_TEXT, "Zulassung beantragen")
    set_cell(editor, 0, STEP_DUE, format_date_de(TODAY + timedelta(days=10)))
    editor.add_step_button.click()
    set_cell(editor, 1, STEP_TEXT, "Kursplatz suchen")
    set_cell(editor, 1, STEP_ACTOR, "counsellor")
    assert editor.step_table.item(1, STEP_ACTOR).text() == "Berater/in"

    qtbot.keyClick(editor.text_edit, Qt.Key.Key_N, CTRL)  # Strg+N inside the tab: new goal
    assert len(editor.live) == 2 and editor.goal_list.currentRow() == 1
    assert editor.field_combo.currentData() == "housing"
    qtbot.keyClicks(editor.text_edit, "Eine eigene Wohnung finden")
    editor.add_step_button.click()
    set_cell(editor, 0, STEP_TEXT, "Wohnberechtigungsschein beantragen")
    set_cell(editor, 0, STEP_STATUS, "done")
    assert editor.step_table.item(0, 4).text() == format_date_de(TODAY)  # done today
    assert editor.is_dirty() and editor.save_button.isEnabled()

    qtbot.keyClick(editor.text_edit, Qt.Key.Key_S, CTRL)

    assert saved == [True]
    assert not editor.is_dirty()
    assert "gespeichert" in editor.notice.text()
    plan = case.plan()
    assert [goal.text for goal in plan.goals] == [
        "Einen Platz im Integrationskurs haben",
        "Eine eigene Wohnung finden",
    ]
    first, second = plan.goals
    assert first.indicator == "Zulassung liegt vor"
    assert [(s.text, s.actor, s.due_on) for s in first.steps] == [
        ("Zulassung beantragen", "client", TODAY + timedelta(days=10)),
        ("Kursplatz suchen", "counsellor", None),
    ]
    assert [(s.text, s.status, s.done_on) for s in second.steps] == [
        ("Wohnberechtigungsschein beantragen", "done", TODAY)
    ]
    assert editor.version_combo.currentText() == "Fassung 1 – in Bearbeitung"
    assert not editor.fields_banner.text()


def test_empty_goal_text_is_refused_and_the_input_kept(
    qtbot: QtBot, editor: PlanEditor, case: Case
) -> None:
    editor.add_goal()
    qtbot.keyClicks(editor.indicator_edit, "Bescheid liegt vor")

    assert editor.save() is False

    assert editor.notice.text() == "Bitte „Ziel 1: Ziel“ ausfüllen."
    assert editor.goal_error.isVisibleTo(editor)
    assert editor.text_edit.property("invalid") is True
    assert editor.indicator_edit.toPlainText() == "Bescheid liegt vor"
    assert editor.is_dirty()
    assert case.plan().goals == ()

    qtbot.keyClicks(editor.text_edit, "Anerkennung beantragen")
    assert not editor.goal_error.isVisibleTo(editor)
    assert editor.save() is True
    assert [goal.indicator for goal in case.plan().goals] == ["Bescheid liegt vor"]


def test_steps_come_from_a_template(qtbot: QtBot, editor: PlanEditor, case: Case) -> None:
    editor.add_goal()
    qtbot.keyClicks(editor.text_edit, "Integrationskurs besuchen")
    editor.fill_template_menu()
    actions = [a for a in editor.template_menu.actions() if a.isEnabled()]
    assert [a.text() for a in actions] == ["Integrationskurs (4 Schritte)"]

    actions[0].trigger()

    template = case.services.cases.step_templates("language_course")[0]
    assert [step.text for step in editor.current_goal().steps] == [
        step.text for step in template.steps
    ]
    assert editor.step_table.rowCount() == 4
    last = template.steps[-1]
    assert editor.step_table.item(3, STEP_DUE).text() == format_date_de(
        TODAY + timedelta(days=last.offset_days)
    )
    assert editor.save()
    stored = case.plan().goals[0].steps
    assert [(s.actor, s.due_on) for s in stored] == [
        (s.actor, TODAY + timedelta(days=s.offset_days)) for s in template.steps
    ]


def test_fields_without_a_goal_are_named(qtbot: QtBot, editor: PlanEditor, case: Case) -> None:
    case.save(course_goal())
    editor.revert()

    assert editor.fields_banner.text().startswith("Handlungsfelder ohne Ziel: Wohnen.")

    editor.add_goal()
    assert editor.field_combo.currentData() == "housing"
    assert not editor.fields_banner.text()  # the new goal covers the open field
    editor.remove_goal(1)
    assert "Wohnen" in editor.fields_banner.text()


def test_removing_a_goal_asks_first(qtbot: QtBot, editor: PlanEditor, case: Case) -> None:
    case.save(course_goal("Erstes Ziel"), course_goal("Zweites Ziel"))
    editor.revert()
    editor.goal_list.setCurrentRow(0)

    editor.remove_goal_button.click()
    box = message_box()
    assert "Erstes Ziel" in box.text() and "Schritte (1)" in box.text()
    click_box_button(box, "Abbrechen")
    assert len(editor.live) == 2

    editor.remove_goal_button.click()
    click_box_button(message_box(), "Entfernen")
    assert [goal.text for goal in editor.live] == ["Zweites Ziel"]
    assert editor.save()
    assert [goal.text for goal in case.plan().goals] == ["Zweites Ziel"]


def test_signing_freezes_a_version_and_changes_start_the_next(
    qtbot: QtBot, editor: PlanEditor, case: Case
) -> None:
    case.save(course_goal("Alter Wortlaut"))
    editor.revert()

    qtbot.keyClicks(editor.text_edit, " X")
    editor.sign_button.click()  # unsaved changes: refused, nothing signed
    box = message_box()
    assert "nicht gespeicherte Änderungen" in box.text()
    click_box_button(box, "OK")
    assert not visible_of(SignDialog)
    editor.revert()

    editor.sign_button.click()
    dialog = visible_of(SignDialog)[0]
    assert dialog.date.value() == TODAY
    assert any("eingefroren" in label.text() for label in dialog.findChildren(QLabel))
    dialog.sign_button.click()

    assert not dialog.isVisible()
    assert case.plan().signed
    label = f"Fassung 1 – unterschrieben am {format_date_de(TODAY)} (aktuell)"
    assert editor.version_combo.currentText() == label
    assert "Fassung 2" in editor.version_banner.text()
    assert not editor.sign_button.isEnabled()

    editor.text_edit.setPlainText("Neuer Wortlaut")
    assert editor.save()

    assert [editor.version_combo.itemText(i) for i in range(editor.version_combo.count())] == [
        "Fassung 2 – in Bearbeitung",
        f"Fassung 1 – unterschrieben am {format_date_de(TODAY)}",
    ]
    assert "Fassung 2" in editor.notice.text()
    editor.version_combo.setCurrentIndex(1)
    assert editor.read_only
    assert editor.text_edit.toPlainText() == "Alter Wortlaut"
    assert editor.text_edit.isReadOnly() and not editor.add_goal_button.isVisible()
    assert "Fassung 1" in editor.version_banner.text()
    editor.version_combo.setCurrentIndex(0)
    assert editor.text_edit.toPlainText() == "Neuer Wortlaut"
    assert not editor.text_edit.isReadOnly()


def test_a_conflict_keeps_the_input_until_reloaded(
    qtbot: QtBot, editor: PlanEditor, case: Case
) -> None:
    case.save(course_goal("Vorher"))
    editor.revert()
    case.save(course_goal("Anderswo geändert"))  # behind the editor's back, no announcement

    editor.text_edit.setPlainText("Meine Eingabe")
    assert editor.save() is False

    assert editor.reload_banner.text() == CASE_CONFLICT
    assert editor.reload_button.isVisibleTo(editor)
    assert editor.text_edit.toPlainText() == "Meine Eingabe"
    assert editor.is_dirty()
    assert [goal.text for goal in case.plan().goals] == ["Anderswo geändert"]

    editor.reload_button.click()
    assert editor.text_edit.toPlainText() == "Anderswo geändert"
    assert not editor.reload_banner.text() and not editor.is_dirty()


def test_a_change_elsewhere_reloads_or_asks(qtbot: QtBot, editor: PlanEditor, case: Case) -> None:
    case.save(course_goal("Erster Stand"))
    editor.context.events.announce("plans")
    assert editor.text_edit.toPlainText() == "Erster Stand"  # nothing unsaved: reloaded

    editor.text_edit.setPlainText("Ungespeichert")
    case.save(course_goal("Zweiter Stand"))
    editor.context.events.announce("plans")
    assert "an anderer Stelle geändert" in editor.reload_banner.text()
    assert editor.text_edit.toPlainText() == "Ungespeichert"


def test_agreement_saved_as_pdf(
    qtbot: QtBot, editor: PlanEditor, case: Case, tmp_path: Path
) -> None:
    case.save(course_goal("Deutschkurs auf Niveau B1 abschließen"))
    editor.revert()

    editor.pdf_button.click()
    dialogs = visible_of(QFileDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    name = f"Kooperationsvereinbarung_{case.client.number}_Fassung1.pdf"
    assert Path(dialog.selectedFiles()[0]).name == name
    assert "Planova" not in name
    target = tmp_path / name
    dialog.selectFile(str(target))
    dialog.accept()

    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = "".join(page.extract_text() for page in pypdf.PdfReader(BytesIO(data)).pages)
    assert "Deutschkurs auf Niveau B1" in " ".join(text.split())
    assert name in editor.notice.text()


def test_a_closed_case_is_read_only(qtbot: QtBot, editor: PlanEditor, case: Case) -> None:
    plan = case.save(course_goal("Kurs abgeschlossen"))
    goal_id = plan.goals[0].id
    case.services.cases.close_case(
        case.id,
        ClosureInput(
            closed_on=TODAY,
            closure_type="regular_closing_conversation",
            attainments={goal_id: "achieved"},
            drop_open_steps=True,
        ),
        plan.case_version,
    )
    editor.show_case(case.id, case.client.id)

    assert editor.read_only
    assert "abgeschlossen" in editor.version_banner.text()
    assert editor.attainment.isVisibleTo(editor) and editor.attainment.text() == "erreicht"
    assert "erreicht" in str(editor.goal_list.item(0).data(Qt.ItemDataRole.UserRole + 2))
    assert editor.text_edit.isReadOnly()
    assert not editor.field_combo.isEnabled()
    assert not editor.add_goal_button.isVisible()
    assert not editor.save_button.isVisible() and not editor.sign_button.isVisible()
    assert editor.step_table.item(0, STEP_TEXT).flags() & Qt.ItemFlag.ItemIsEditable == (
        Qt.ItemFlag.NoItemFlags
    )
    qtbot.keyClick(editor.goal_list, Qt.Key.Key_N, CTRL)
    assert len(editor.live) == 1 and not editor.is_dirty()


def test_signing_without_goals_is_refused(qtbot: QtBot, editor: PlanEditor, case: Case) -> None:
    editor.sign_button.click()
    dialog = visible_of(SignDialog)[0]
    dialog.sign_button.click()
    assert dialog.isVisible()
    assert dialog.error.text().startswith("Eine Kooperationsvereinbarung ohne Ziele")
    assert not case.plan().versions


def test_no_case_shows_the_empty_state(editor: PlanEditor, case: Case) -> None:
    editor.show_case(None, case.client.id)
    assert editor.stack.currentWidget() is editor.empty
    assert editor.empty.headline.text() == "Kein offener Beratungsfall"
    assert not editor.is_dirty() and editor.save() is False


# --- step templates in the settings ----------------------------------------------------------


@pytest.fixture
def section(qtbot: QtBot, services: Services) -> StepTemplatesSection:
    widget = StepTemplatesSection(UnlockedContext(services, SyncRunner(), FAST_TEST_KDF))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_step_template_lifecycle(
    qtbot: QtBot, section: StepTemplatesSection, services: Services
) -> None:
    before = len(services.cases.step_templates())
    section.filter.setCurrentIndex(section.filter.findData("citizenship"))
    section.new_button.click()
    assert section.field_combo.currentData() == "citizenship"
    assert not section.save_button.isEnabled()
    section.step_table.item(0, 0).setText("Einbuergerungstest ablegen")
    section.add_step_button.click()
    section.step_table.item(1, 0).setText("Antrag stellen")
    section.step_table.item(1, 2).setData(CODE_ROLE, 30)
    assert section.step_table.item(1, 2).text() == "30"

    assert section.save() is False  # no name yet
    assert section.notice.text() == "Bitte „Name der Vorlage“ ausfüllen."
    assert section.name_edit.property("invalid") is True
    assert section.step_table.item(1, 0).text() == "Antrag stellen"  # input kept

    qtbot.keyClicks(section.name_edit, "Einbuergerung")
    qtbot.keyClick(section.name_edit, Qt.Key.Key_Return)

    stored = [t for t in services.cases.step_templates("citizenship") if t.name == "Einbuergerung"]
    assert len(stored) == 1
    assert stored[0].steps == (
        TemplateStep("Einbuergerungstest ablegen", "client", 0),
        TemplateStep("Antrag stellen", "client", 30),
    )
    assert section.template_list.currentItem().text() == "Einbuergerung"
    assert "gespeichert" in section.notice.text()

    qtbot.keyClicks(section.name_edit, " beantragen")
    section.step_table.item(0, 1).setData(CODE_ROLE, "counsellor")
    assert section.save()
    (renamed,) = [t for t in services.cases.step_templates() if t.id == stored[0].id]
    assert renamed.name == "Einbuergerung beantragen"
    assert renamed.steps[0].actor == "counsellor"

    section.delete_button.click()
    box = message_box()
    assert "Einbuergerung beantragen" in box.text()
    click_box_button(box, "Löschen")
    assert len(services.cases.step_templates()) == before
    names = [section.template_list.item(i).text() for i in range(section.template_list.count())]
    assert "Einbuergerung beantragen" not in names


def test_leaving_an_edited_template_asks(
    qtbot: QtBot, section: StepTemplatesSection, services: Services
) -> None:
    first, second = services.cases.step_templates()[:2]
    assert section.current is not None and section.current.id == first.id
    qtbot.keyClicks(section.name_edit, " (neu)")

    section.template_list.setCurrentRow(1)
    box = message_box()
    assert section.current.id == first.id  # still on the edited one
    click_box_button(box, "Abbrechen")
    assert section.name_edit.text() == f"{first.name} (neu)"

    section.template_list.setCurrentRow(1)
    click_box_button(message_box(), "Verwerfen")
    assert section.current.id == second.id
    assert section.name_edit.text() == second.name
    assert services.cases.step_templates()[0].name == first.name

    section.duplicate_button.click()
    assert section.name_edit.text() == f"{second.name} (Kopie)" and section.save()
    assert [t.name for t in services.cases.step_templates(second.field)].count(
        f"{second.name} (Kopie)"
    ) == 1


# --- a step's partner from the network -------------------------------------------------------


def pdf_text(data: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text().split()) for page in pypdf.PdfReader(BytesIO(data)).pages
    )


def test_a_step_names_a_partner_from_the_network(
    qtbot: QtBot, editor: PlanEditor, case: Case, services: Services
) -> None:
    from mbe_desktop.domain.partners import PartnerInput

    jmd = services.partners.create(
        PartnerInput(
            "Jugendmigrationsdienst Musterstadt", "youth_migration_service", city="Musterstadt"
        )
    )
    services.partners.create(PartnerInput("Schuldnerberatung", "debt_counselling", city="Bonn"))
    editor.add_goal()
    qtbot.keyClicks(editor.text_edit, "Eine Ausbildung beginnen")
    editor.add_step_button.click()
    set_cell(editor, 0, STEP_TEXT, "Beratungstermin beim JMD")
    picker = editor.partner_picker
    assert not picker.isVisible()  # "Wer" is the client
    set_cell(editor, 0, STEP_ACTOR, "partner")
    assert picker.isVisible() and picker.current_partner() is None
    assert picker.combo.count() == 3  # "– Partner wählen –" and both partners

    # Searching: any part of the name or the place.
    line = picker.combo.lineEdit()
    assert line is not None
    line.setFocus()
    line.clear()
    qtbot.keyClicks(line, "muster")
    completer = picker.combo.completer()
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Jugendmigrationsdienst Musterstadt – Musterstadt"
    popup = completer.popup()
    popup.setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # Enter takes the match
    assert picker.current_partner() == jmd.id
    assert editor.step_table.item(0, STEP_ACTOR).text() == (
        "Netzwerkpartner: Jugendmigrationsdienst Musterstadt"
    )
    assert editor.is_dirty()
    assert editor.save()
    (step,) = case.plan().goals[0].steps
    assert (step.actor, step.partner_id, step.partner_name) == (
        "partner",
        jmd.id,
        "Jugendmigrationsdienst Musterstadt",
    )
    editor.step_table.selectRow(0)
    assert picker.isVisible() and picker.current_partner() == jmd.id  # shown after reload

    # Signed, the agreement names the partner; the signed version keeps the name it had.
    services.cases.sign(case.id, TODAY, case.plan().case_version)
    assert "Jugendmigrationsdienst Musterstadt" in pdf_text(services.cases.agreement_pdf(case.id))
    services.partners.update(
        jmd.id, PartnerInput("JMD Musterstadt", "youth_migration_service", city="Musterstadt")
    )
    editor.context.events.announce("plans", "partners")
    set_cell(editor, 0, STEP_TEXT, "Beratungstermin beim JMD vereinbaren")  # a new version
    assert editor.save()
    plan = case.plan()
    assert len(plan.versions) == 2
    (step,) = plan.goals[0].steps
    assert (step.partner_id, step.partner_name) == (jmd.id, "JMD Musterstadt")
    assert "Jugendmigrationsdienst Musterstadt" in pdf_text(
        services.cases.agreement_pdf(case.id, 1)
    )
    assert "JMD Musterstadt" in pdf_text(services.cases.agreement_pdf(case.id, 2))


def test_another_actor_drops_the_partner(
    qtbot: QtBot, editor: PlanEditor, case: Case, services: Services
) -> None:
    from mbe_desktop.domain.partners import PartnerInput

    partner = services.partners.create(PartnerInput("Jobcenter Musterstadt", "jobcenter"))
    case.save(
        GoalInput(
            None,
            "housing",
            "Eine Wohnung finden",
            steps=(StepInput(None, "Mietkosten klären", "partner", partner.id),),
        )
    )
    editor.show_case(None, case.client.id)
    editor.show_case(case.id, case.client.id)
    editor.step_table.selectRow(0)
    assert editor.step_table.item(0, STEP_ACTOR).text() == "Netzwerkpartner: Jobcenter Musterstadt"
    assert editor.partner_picker.current_partner() == partner.id
    set_cell(editor, 0, STEP_ACTOR, "counsellor")
    assert not editor.partner_picker.isVisible()
    assert editor.save()
    (step,) = case.plan().goals[0].steps
    assert (step.actor, step.partner_id) == ("counsellor", None)
