"""The "Beratung" tab: cases, contacts, closure and dormant cases — real store, real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from clients_support import add_client, click_box_button
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from ui_support import OFFSCREEN_NOISE, mnemonics

from mbe_desktop.app import Services
from mbe_desktop.services.cases import (
    CASE_CONFLICT,
    CONTACT_CONFLICT,
    CONTACT_DELETE_CONFLICT,
    CaseDetail,
    CaseInput,
    ContactInput,
    GoalInput,
    PlanInput,
    StepInput,
)
from mbe_desktop.services.clients import ClientDetail
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.storage.models import OutreachLocation
from mbe_desktop.ui.cases.case_dialog import CaseDialog, checked_codes
from mbe_desktop.ui.cases.case_panel import CasePanel
from mbe_desktop.ui.cases.closure_dialog import ClosureDialog
from mbe_desktop.ui.cases.contact_dialog import ContactDialog
from mbe_desktop.ui.cases.dormant import DormantCasesDialog
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.tasks import SyncRunner

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

TODAY = date.today()


def de(day: date) -> str:
    return day.strftime("%d.%m.%Y")


@pytest.fixture
def context(services: Services) -> UnlockedContext:
    return UnlockedContext(services, SyncRunner(), FAST_TEST_KDF)


@pytest.fixture
def client(services: Services) -> ClientDetail:
    return add_client(
        services,
        "Testowa",
        "Ola",
        german_level="a2",
        employment_status="unemployed",
        first_contact_date=TODAY - timedelta(days=60),
    )


@pytest.fixture
def panel(qtbot: QtBot, context: UnlockedContext) -> Iterator[CasePanel]:
    widget = CasePanel(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    widget.show()
    yield widget
    if widget.dialog is not None:
        widget.dialog.reject()


def open_case(services: Services, client: ClientDetail, days_ago: int = 40, **values: Any) -> int:
    return services.cases.open_case(
        client.id, CaseInput(TODAY - timedelta(days=days_ago), **values)
    ).id


def contact_dialog(panel: CasePanel) -> ContactDialog:
    panel.record_contact()
    dialog = panel.dialog
    assert isinstance(dialog, ContactDialog) and dialog.isVisible()
    # The offscreen platform does not activate new windows; window shortcuts need it.
    dialog.activateWindow()
    QApplication.processEvents()
    assert dialog.isActiveWindow()
    return dialog


def type_into(qtbot: QtBot, edit: Any, value: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, value)


def choose(combo: QComboBox, code: object) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def rows(services: Services, statement: str, **params: object) -> list[tuple[Any, ...]]:
    with services.store.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(statement), params)]


def with_goals(services: Services, case_id: int) -> tuple[int, int]:
    """Two goals; the first has one open step. Returns the goal ids."""
    case = services.cases.get(case_id)
    plan = services.cases.save_plan(
        case_id,
        PlanInput(
            (
                GoalInput(
                    None,
                    "recognition",
                    "Die Anerkennung ist beantragt.",
                    steps=(StepInput(None, "Zeugnisse übersetzen lassen"),),
                ),
                GoalInput(None, "work_employment", "Eine Stelle ist gefunden."),
            )
        ),
        case.version,
    )
    return plan.goals[0].id, plan.goals[1].id


# --- opening ---------------------------------------------------------------------------------


def test_open_a_case_through_the_panel(
    qtbot: QtBot, panel: CasePanel, services: Services, client: ClientDetail
) -> None:
    shown: list[CaseDetail | None] = []
    panel.case_changed.connect(shown.append)
    panel.show_client(client.id)
    assert panel.empty.isVisible() and not panel.case_page.isVisible()
    assert panel.current_case() is None

    panel.empty_new_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, CaseDialog) and dialog.isVisible()
    assert dialog.opened_on.text() == de(TODAY)
    assert not dialog.form_changed_on.isVisibleTo(dialog)  # only when editing
    type_into(qtbot, dialog.opened_on.edit, de(TODAY - timedelta(days=10)))
    choose(dialog.form_combo, "case_management")
    dialog.fields.setFocus()
    dialog.fields.setCurrentRow(1)  # "Arbeit und Beruf"
    qtbot.keyClick(dialog.fields, Qt.Key.Key_Space)
    assert checked_codes(dialog.fields) == ("work_employment",)
    dialog.family.setValue(2)
    dialog.save_button.click()

    assert panel.dialog is None
    case = services.cases.current_case(client.id)
    assert case is not None
    assert case.opened_on == TODAY - timedelta(days=10)
    assert (case.form, case.fields, case.family_members) == (
        "case_management",
        ("work_employment",),
        2,
    )
    assert panel.case_page.isVisible() and not panel.empty.isVisible()
    assert panel.title.text() == "Case Management – offen"
    assert "2 mitberatene Familienangehörige" in panel.facts.text()
    assert panel.no_contacts.isVisible() and not panel.table.isVisible()
    assert not panel.new_button.isVisible()  # one open case at a time
    assert shown[-1] is not None and shown[-1].id == case.id
    assert panel.current_case() == case

    other = add_client(services, "Neuova", "Clara")
    panel.show_client(other.id)
    assert shown[-1] is None and panel.current_case() is None
    assert panel.empty.isVisible()


def test_editing_switches_the_form_with_its_date(
    qtbot: QtBot, panel: CasePanel, services: Services, client: ClientDetail
) -> None:
    case_id = open_case(services, client, fields=("housing",))
    panel.show_client(client.id)
    panel.edit_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, CaseDialog)
    choose(dialog.form_combo, "case_management")
    assert dialog.form_changed_on.isVisibleTo(dialog)
    assert dialog.form_changed_on.text() == de(TODAY)
    type_into(qtbot, dialog.form_changed_on.edit, de(TODAY - timedelta(days=5)))
    dialog.save_button.click()
    assert panel.dialog is None
    case = services.cases.get(case_id)
    assert case.form == "case_management"
    assert case.form_changes[-1] == (TODAY - timedelta(days=5), "case_management")
    assert f"am {de(TODAY - timedelta(days=5))} zu „Case Management“" in (
        panel.history_label.text()
    )


# --- contacts --------------------------------------------------------------------------------


def test_record_two_contacts_by_keyboard(
    qtbot: QtBot, panel: CasePanel, services: Services, client: ClientDetail
) -> None:
    with services.store.session() as session:
        location = OutreachLocation(name="Rathaus Zell")
        session.add(location)
        session.flush()
        location_id = location.id
    case_id = open_case(services, client, fields=("language_course", "housing"))
    panel.show_client(client.id)

    first_day = TODAY - timedelta(days=3)
    dialog = contact_dialog(panel)
    assert dialog.duration.value() == 30
    assert checked_codes(dialog.fields) == ("language_course", "housing")  # the case's fields
    assert not dialog.place.isVisibleTo(dialog) and not dialog.location.isVisibleTo(dialog)
    type_into(qtbot, dialog.day.edit, de(first_day))
    dialog.time.setTime(dialog.time.time().fromString("09:15", "HH:mm"))
    dialog.quick_buttons[45].click()
    qtbot.keyClick(dialog.interpreter, Qt.Key.Key_Space)
    assert dialog.language.isEnabled()
    choose(dialog.language, "ar")
    qtbot.keyClicks(dialog.note, "Sprachkurs besprochen")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.dialog is None  # no next steps: saved and closed

    dialog = contact_dialog(panel)
    choose(dialog.form_combo, "outreach")
    assert dialog.location.isVisibleTo(dialog) and dialog.place.isVisibleTo(dialog)
    choose(dialog.location, location_id)
    qtbot.keyClicks(dialog.place, "Raum 2")
    qtbot.keyClicks(dialog.note, "Wohnungssuche")
    qtbot.keyClick(dialog.next_steps, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.dialog is None

    stored = services.cases.contacts(case_id)
    assert len(stored) == 2
    newest, oldest = stored
    assert (oldest.occurred_at, oldest.duration_minutes) == (
        datetime.combine(first_day, datetime.min.time()).replace(hour=9, minute=15),
        45,
    )
    assert (oldest.interpreter_used, oldest.interpreter_language, oldest.note) == (
        True,
        "ar",
        "Sprachkurs besprochen",
    )
    assert (newest.form, newest.outreach_location_id, newest.place) == (
        "outreach",
        location_id,
        "Raum 2",
    )
    assert not newest.interpreter_used
    # The table: newest first, with the place and the interpreter's language.
    assert panel.table.rowCount() == 2
    assert panel.table.item(0, 1).text() == "Außensprechstunde – Raum 2"
    assert panel.table.item(1, 0).text() == f"{de(first_day)}, 09:15"
    assert panel.table.item(1, 2).text() == "45 Min."
    assert panel.table.item(1, 3).text() == "Arabisch"
    assert "2 Kontakte" in panel.facts.text()


def test_contact_dialog_mnemonics_are_unique(
    panel: CasePanel, services: Services, client: ClientDetail
) -> None:
    open_case(services, client)
    panel.show_client(client.id)
    dialog = contact_dialog(panel)
    choose(dialog.form_combo, "outreach")
    keys = mnemonics(dialog)
    assert len(keys) == len(set(keys)), keys


def test_a_future_contact_is_refused_and_the_input_stays(
    qtbot: QtBot, panel: CasePanel, services: Services, client: ClientDetail
) -> None:
    case_id = open_case(services, client)
    panel.show_client(client.id)
    dialog = contact_dialog(panel)
    type_into(qtbot, dialog.day.edit, de(TODAY + timedelta(days=2)))
    qtbot.keyClicks(dialog.note, "Termin am Montag")
    dialog.save_button.click()
    message = dialog.form.messages["occurred_at"]
    assert message.isVisible() and "in der Zukunft" in message.text()
    assert dialog.isVisible() and panel.dialog is dialog
    assert dialog.note.toPlainText() == "Termin am Montag"
    assert dialog.day.text() == de(TODAY + timedelta(days=2))
    assert services.cases.contacts(case_id) == []

    # Before the opening: the same place, and a corrected date saves.
    type_into(qtbot, dialog.day.edit, de(TODAY - timedelta(days=100)))
    dialog.save_button.click()
    assert "vor der Eröffnung" in dialog.form.messages["occurred_at"].text()
    type_into(qtbot, dialog.day.edit, de(TODAY - timedelta(days=1)))
    dialog.save_button.click()
    assert panel.dialog is None
    assert [c.note for c in services.cases.contacts(case_id)] == ["Termin am Montag"]


def test_edit_and_delete_a_contact(
    qtbot: QtBot, panel: CasePanel, services: Services, client: ClientDetail
) -> None:
    case_id = open_case(services, client)
    at = datetime.combine(TODAY - timedelta(days=2), datetime.min.time()).replace(hour=14)
    contact = services.cases.add_contact(
        case_id, ContactInput(at, 30, "phone", note="Alte Notiz", fields=("housing",))
    )
    panel.show_client(client.id)
    assert panel.table.rowCount() == 1
    panel.table.selectRow(0)
    panel.edit_contact_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, ContactDialog)
    assert dialog.note.toPlainText() == "Alte Notiz"
    assert dialog.form_combo.currentData() == "phone"
    assert checked_codes(dialog.fields) == ("housing",)
    dialog.note.clear()
    qtbot.keyClicks(dialog.note, "Neue Notiz")
    dialog.save_button.click()
    assert panel.dialog is None
    stored = services.cases.contacts(case_id)
    assert [(c.id, c.note, c.occurred_at) for c in stored] == [(contact.id, "Neue Notiz", at)]
    assert panel.table.item(0, 5).text() == "Neue Notiz"

    panel.table.selectRow(0)
    panel.delete_contact_button.click()
    assert panel.question is not None
    assert f"{de(at.date())}, 14:00" in panel.question.text()
    click_box_button(panel.question, "Abbrechen")
    assert len(services.cases.contacts(case_id)) == 1
    panel.delete_contact_button.click()
    assert panel.question is not None
    click_box_button(panel.question, "Löschen")
    assert services.cases.contacts(case_id) == []
    assert panel.no_contacts.isVisible() and not panel.table.isVisible()
    assert "gelöscht" in panel.notice.text()


def test_a_stale_contact_edit_or_delete_is_refused(
    qtbot: QtBot, panel: CasePanel, services: Services, client: ClientDetail
) -> None:
    case_id = open_case(services, client)
    at = datetime.combine(TODAY - timedelta(days=2), datetime.min.time()).replace(hour=14)
    contact = services.cases.add_contact(case_id, ContactInput(at, 30, "phone", note="Alt"))
    panel.show_client(client.id)
    panel.table.selectRow(0)
    panel.edit_contact_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, ContactDialog)
    # Meanwhile the contact is edited elsewhere (a second window).
    elsewhere = services.cases.update_contact(
        contact.id, ContactInput(at, 30, "phone", note="Von anderer Stelle"), contact.version
    )
    dialog.note.clear()
    qtbot.keyClicks(dialog.note, "Aus diesem Fenster")
    dialog.save_button.click()
    assert panel.dialog is dialog and dialog.isVisible()
    assert CONTACT_CONFLICT in dialog.banner.text()
    assert "neu geladen" in dialog.banner.text()
    assert dialog.note.toPlainText() == "Aus diesem Fenster"  # the input stays
    assert [c.note for c in services.cases.contacts(case_id)] == ["Von anderer Stelle"]
    dialog.save_button.click()  # checked: now it applies to the contact as stored
    assert panel.dialog is None
    (stored,) = services.cases.contacts(case_id)
    assert stored.note == "Aus diesem Fenster" and stored.version == elsewhere.version + 1

    # The panel shows the stored contact; it changes elsewhere before the deletion.
    panel.table.selectRow(0)
    services.cases.update_contact(
        contact.id, ContactInput(at, 45, "phone", note="Noch einmal geändert"), stored.version
    )
    panel.delete_contact_button.click()
    assert panel.question is not None
    click_box_button(panel.question, "Löschen")
    assert panel.notice.text() == CONTACT_DELETE_CONFLICT
    assert [c.note for c in services.cases.contacts(case_id)] == ["Noch einmal geändert"]
    assert panel.table.item(0, 5).text() == "Noch einmal geändert"  # reloaded
    panel.table.selectRow(0)
    panel.delete_contact_button.click()
    assert panel.question is not None
    click_box_button(panel.question, "Löschen")
    assert services.cases.contacts(case_id) == []


def test_a_contact_draft_keeps_the_version_it_was_typed_against(
    qtbot: QtBot, panel: CasePanel, services: Services, client: ClientDetail
) -> None:
    case_id = open_case(services, client)
    at = datetime.combine(TODAY - timedelta(days=2), datetime.min.time()).replace(hour=9)
    contact = services.cases.add_contact(case_id, ContactInput(at, 30, "phone", note="Alt"))
    panel.show_client(client.id)
    panel.table.selectRow(0)
    panel.edit_contact_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, ContactDialog)
    dialog.note.clear()
    qtbot.keyClicks(dialog.note, "Entwurf")
    payload = panel.draft_payload()  # what a lock keeps
    assert payload is not None and payload["contact_version"] == contact.version
    dialog.reject()
    services.cases.update_contact(
        contact.id, ContactInput(at, 30, "phone", note="Während der Sperre"), contact.version
    )

    panel.restore_draft(payload)
    restored = panel.dialog
    assert isinstance(restored, ContactDialog)
    assert restored.note.toPlainText() == "Entwurf"
    restored.save_button.click()
    assert CONTACT_CONFLICT in restored.banner.text()
    assert [c.note for c in services.cases.contacts(case_id)] == ["Während der Sperre"]


def test_next_steps_become_a_follow_up_and_a_step(
    qtbot: QtBot, panel: CasePanel, services: Services, client: ClientDetail
) -> None:
    case_id = open_case(services, client, form="case_management")
    first_goal, second_goal = with_goals(services, case_id)
    panel.show_client(client.id)
    dialog = contact_dialog(panel)
    qtbot.keyClicks(dialog.note, "Bewerbungen besprochen")
    qtbot.keyClicks(dialog.next_steps, "Lebenslauf an Jobcenter senden")
    dialog.save_button.click()

    assert panel.dialog is dialog and dialog.pages.currentIndex() == 1
    assert len(services.cases.contacts(case_id)) == 1  # saved before anything else
    assert dialog.follow_up_due.text() == de(TODAY + timedelta(days=14))
    assert dialog.follow_up_reason.toPlainText() == "Lebenslauf an Jobcenter senden"
    dialog.follow_up_button.click()
    assert rows(services, "SELECT reason, due_on, case_id, client_id FROM follow_up") == [
        ("Lebenslauf an Jobcenter senden", str(TODAY + timedelta(days=14)), case_id, client.id)
    ]
    assert not dialog.follow_up_box.isEnabled()
    assert "Wiedervorlage für den" in dialog.done_banner.text()

    assert dialog.step_box.isVisibleTo(dialog)
    choose(dialog.goal_combo, second_goal)
    type_into(qtbot, dialog.step_due.edit, de(TODAY + timedelta(days=7)))
    dialog.step_button.click()
    goals = {goal.id: goal for goal in services.cases.plan(case_id).goals}
    assert [(s.text, s.actor, s.due_on) for s in goals[second_goal].steps] == [
        ("Lebenslauf an Jobcenter senden", "counsellor", TODAY + timedelta(days=7))
    ]
    assert len(goals[first_goal].steps) == 1
    assert not dialog.step_box.isEnabled()
    dialog.finish_button.click()
    assert panel.dialog is None


def test_without_goals_only_the_follow_up_is_offered(
    qtbot: QtBot, panel: CasePanel, services: Services, client: ClientDetail
) -> None:
    open_case(services, client)
    panel.show_client(client.id)
    dialog = contact_dialog(panel)
    qtbot.keyClicks(dialog.next_steps, "Rueckruf")
    dialog.save_button.click()
    assert dialog.pages.currentIndex() == 1
    assert dialog.follow_up_box.isVisibleTo(dialog)
    assert not dialog.step_box.isVisibleTo(dialog)
    dialog.follow_up_due.set_text("")
    dialog.follow_up_button.click()  # the service's refusal, at the field
    assert "Datum" in dialog.follow_up_form.messages["due_on"].text()
    assert rows(services, "SELECT count(*) FROM follow_up") == [(0,)]


# --- status ----------------------------------------------------------------------------------


def test_pause_and_resume(panel: CasePanel, services: Services, client: ClientDetail) -> None:
    case_id = open_case(services, client)
    panel.show_client(client.id)
    assert panel.pause_button.text().replace("&", "") == "Ruhend stellen"
    panel.pause_button.click()
    assert services.cases.get(case_id).status == "paused"
    assert panel.title.text().endswith(f"ruhend seit {de(TODAY)}")
    assert panel.pause_button.text().replace("&", "") == "Wieder aufnehmen"
    assert panel.record_button.isVisible()  # a paused case still takes contacts
    panel.pause_button.click()
    assert services.cases.get(case_id).status == "open"
    assert panel.title.text().endswith("– offen")


def test_close_with_attainment_then_reopen(
    qtbot: QtBot, panel: CasePanel, services: Services, client: ClientDetail
) -> None:
    case_id = open_case(services, client, form="case_management")
    first_goal, second_goal = with_goals(services, case_id)
    panel.show_client(client.id)
    panel.close_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, ClosureDialog)
    assert set(dialog.attainment_combos) == {first_goal, second_goal}
    assert dialog.steps_box.isVisibleTo(dialog)
    assert "Zeugnisse übersetzen lassen" in dialog.steps_list.text()
    # Pre-filled from the intake; "unbekannt" in the record stays "keine Angabe".
    assert dialog.situation["german_level"].currentData() == "a2"
    assert dialog.situation["employment_status"].currentData() == "unemployed"
    assert dialog.situation["benefits"].currentData() is None

    dialog.close_button.click()  # no closure type yet
    assert dialog.form.messages["closure_type"].isVisible()
    choose(dialog.closure_type, "regular_closing_conversation")
    choose(dialog.attainment_combos[first_goal], "achieved")
    dialog.close_button.click()  # the second goal has no attainment
    assert "Bitte für jedes Handlungsziel" in dialog.goal_message.text()
    assert services.cases.get(case_id).status == "open"
    choose(dialog.attainment_combos[second_goal], "partly")
    dialog.close_button.click()  # the open step
    assert "offene Schritte" in dialog.steps_message.text()
    qtbot.keyClick(dialog.drop_steps, Qt.Key.Key_Space)
    choose(dialog.situation["german_level"], "b1")
    dialog.close_button.click()
    assert panel.dialog is None

    case = services.cases.get(case_id)
    assert (case.status, case.closure_type, case.closed_on) == (
        "closed",
        "regular_closing_conversation",
        TODAY,
    )
    assert (case.closure_german_level, case.closure_employment_status) == ("b1", "unemployed")
    goals = services.cases.plan(case_id).goals
    assert [g.attainment for g in goals] == ["achieved", "partly"]
    assert goals[0].steps[0].status == "dropped"
    assert panel.reopen_button.isVisible()
    assert not panel.edit_button.isVisible() and not panel.record_button.isVisible()
    assert "regulär mit Abschlussgespräch" in panel.closure_label.text()
    assert "Deutsch: B1" in panel.closure_label.text()
    assert panel.new_button.isVisible()

    panel.reopen_button.click()
    assert panel.question is not None
    click_box_button(panel.question, "Wieder eröffnen")
    assert services.cases.get(case_id).status == "open"
    assert panel.edit_button.isVisible() and not panel.reopen_button.isVisible()


def test_reopen_is_refused_while_another_case_is_open(
    panel: CasePanel, services: Services, client: ClientDetail
) -> None:
    old = open_case(services, client, days_ago=50)
    closed = services.cases.close_dormant([old], TODAY - timedelta(days=30))
    assert closed == 1
    open_case(services, client, days_ago=10)
    panel.show_client(client.id)
    assert panel.case_combo.isVisible() and panel.case_combo.count() == 2
    assert panel.current_case() is not None and panel.current_case().status == "open"  # type: ignore[union-attr]
    index = panel.case_combo.findData(old)
    assert "abgeschlossen (Kontaktabbruch)" in panel.case_combo.itemText(index)
    panel.case_combo.setCurrentIndex(index)
    panel.case_combo.activated.emit(index)
    assert panel.current_case() is not None and panel.current_case().id == old  # type: ignore[union-attr]
    assert panel.reopen_button.isVisible()
    panel.reopen_button.click()
    assert panel.question is not None
    click_box_button(panel.question, "Wieder eröffnen")
    assert panel.notice.kind == "error" and "offen" in panel.notice.text()
    assert services.cases.get(old).status == "closed"


# --- conflicts -------------------------------------------------------------------------------


def test_a_change_behind_the_panels_back_is_a_conflict(
    panel: CasePanel, services: Services, client: ClientDetail
) -> None:
    case_id = open_case(services, client)
    panel.show_client(client.id)
    seen = services.cases.get(case_id)
    # Another window changes the case; this panel hears nothing of it.
    services.cases.update_case(case_id, CaseInput(seen.opened_on, family_members=3), seen.version)
    panel.pause_button.click()
    assert CASE_CONFLICT in panel.notice.text()
    assert services.cases.get(case_id).status == "open"
    assert panel.current_case() is not None
    assert panel.current_case().family_members == 3  # type: ignore[union-attr]
    panel.pause_button.click()  # reloaded: now it works
    assert services.cases.get(case_id).status == "paused"


def test_a_conflict_in_the_case_dialog_keeps_the_input(
    panel: CasePanel, services: Services, client: ClientDetail
) -> None:
    case_id = open_case(services, client)
    panel.show_client(client.id)
    panel.edit_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, CaseDialog)
    dialog.family.setValue(4)
    seen = services.cases.get(case_id)
    services.cases.update_case(case_id, CaseInput(seen.opened_on, fields=("health",)), seen.version)
    dialog.save_button.click()
    assert panel.dialog is dialog and dialog.isVisible()
    assert CASE_CONFLICT in dialog.banner.text()
    assert dialog.family.value() == 4
    assert panel.current_case().fields == ("health",)  # type: ignore[union-attr]
    dialog.save_button.click()  # the second save applies the input to the new state
    assert panel.dialog is None
    assert services.cases.get(case_id).family_members == 4


# --- dormant cases ---------------------------------------------------------------------------


def test_dormant_cases_are_closed_after_confirmation(
    qtbot: QtBot, context: UnlockedContext, services: Services, client: ClientDetail
) -> None:
    old = services.cases.open_case(client.id, CaseInput(TODAY - timedelta(days=400))).id
    active_client = add_client(services, "Aktiva", "Berta")
    active = services.cases.open_case(active_client.id, CaseInput(TODAY - timedelta(days=400))).id
    services.cases.add_contact(
        active, ContactInput(datetime.now() - timedelta(days=3), note="kürzlich")
    )
    announced: list[frozenset[str]] = []
    context.events.changed.connect(announced.append)
    dialog = DormantCasesDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.months.value() == 6
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == client.number
    assert dialog.table.item(0, 1).text() == "Testowa, Ola"
    assert dialog.table.item(0, 5).text() == "noch kein Kontakt"
    assert dialog.selected_ids() == [old]
    assert dialog.close_cases_button.text().replace("&", "") == (
        "1 Fall als „Kontaktabbruch“ abschließen …"
    )
    opened: list[int] = []
    dialog.open_client.connect(opened.append)
    dialog.table.itemDoubleClicked.emit(dialog.table.item(0, 1))
    assert opened == [client.id]

    dialog.set_all(False)
    assert not dialog.close_cases_button.isEnabled()
    dialog.all_button.click()
    dialog.close_cases_button.click()
    assert dialog.question is not None
    assert "Kontaktabbruch" in dialog.question.text()
    assert "„entfallen“" in dialog.question.text() and "„nicht erreicht“" in dialog.question.text()
    click_box_button(dialog.question, "1 Fall abschließen")
    closed = services.cases.get(old)
    assert (closed.status, closed.closure_type, closed.closed_on) == (
        "closed",
        "contact_lost",
        TODAY,
    )
    assert services.cases.get(active).status == "open"
    assert "1 Fall wurde als „Kontaktabbruch“ abgeschlossen" in dialog.notice.text()
    assert dialog.table.rowCount() == 0 or not dialog.table.isVisible()
    assert any("cases" in topics for topics in announced)
