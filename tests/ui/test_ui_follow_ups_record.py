"""Follow-ups (Wiedervorlagen) outside the Heute view: created from the client record, a goal
step and a referral (prefilled), and the record's own list of them — real store, real widgets."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from ui_support import OFFSCREEN_NOISE

from mbe_desktop.app import Services
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.services.cases import CaseInput, GoalInput, PlanInput, StepInput
from mbe_desktop.services.follow_ups import FollowUpInput
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.ui.cases.plan_editor import STEP_DUE
from mbe_desktop.ui.clients.record import ClientRecordPage
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.follow_ups.client_panel import ClientFollowUpsPanel
from mbe_desktop.ui.follow_ups.dialogs import FollowUpDialog, SnoozeDialog
from mbe_desktop.ui.tasks import SyncRunner

sys.path.insert(0, str(Path(__file__).parent.parent / "services"))
from client_fixtures import intake
from follow_up_fixtures import add_referral

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

TODAY = date.today()


@pytest.fixture(autouse=True)
def no_dialog_outlives_a_test() -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.close()


@pytest.fixture
def context(services: Services) -> UnlockedContext:
    return UnlockedContext(services, SyncRunner(), FAST_TEST_KDF)


class Person:
    """A client with an open Case Management case, one goal with one step."""

    def __init__(self, services: Services) -> None:
        self.id = services.clients.create(intake("Wiedervogel", "Wanda")).id
        self.case_id = services.cases.open_case(
            self.id,
            CaseInput(opened_on=TODAY - timedelta(days=30), form="case_management"),
        ).id
        plan = services.cases.plan(self.case_id)
        self.step_due = TODAY + timedelta(days=10)
        services.cases.save_plan(
            self.case_id,
            PlanInput(
                goals=(
                    GoalInput(
                        None,
                        "language_course",
                        "Einen Platz im Integrationskurs haben",
                        steps=(
                            StepInput(None, "Kursplatz suchen", "counsellor", None, self.step_due),
                        ),
                    ),
                )
            ),
            plan.case_version,
        )


@pytest.fixture
def person(services: Services) -> Person:
    return Person(services)


@pytest.fixture
def record(qtbot: QtBot, services: Services, context: UnlockedContext) -> ClientRecordPage:
    page = ClientRecordPage(services.clients, services.drafts, None, services.history, context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def save(dialog: FollowUpDialog | None) -> None:
    assert isinstance(dialog, FollowUpDialog) and dialog.isVisible()
    dialog.save_button.click()
    assert not dialog.isVisible(), dialog.banner.text()


def test_new_follow_up_from_the_record_a_step_and_a_referral(
    qtbot: QtBot, services: Services, record: ClientRecordPage, person: Person
) -> None:
    assert record.load(person.id) == ""
    assert record.follow_up_button.isVisible()

    # From the record: for this client and the open case, reason typed in.
    record.follow_up_button.click()
    dialog = record.follow_up_dialog
    assert isinstance(dialog, FollowUpDialog)
    assert dialog.client_search is None  # no client to pick: it is this record's
    assert (dialog.client_id, dialog.case_id) == (person.id, person.case_id)
    dialog.reason.setPlainText("Bescheid der Ausländerbehörde nachfragen")
    save(dialog)

    # From the selected step of the goal agreement: its text and due date.
    editor = record.plan_editor
    assert editor is not None
    record.show_place("plan")
    editor.step_table.clearSelection()
    editor.step_table.setCurrentCell(-1, -1)
    assert not editor.step_follow_up_button.isEnabled()
    editor.step_table.selectRow(0)
    assert editor.step_follow_up_button.isEnabled()
    editor.step_follow_up_button.click()
    dialog = editor.follow_up_dialog
    assert isinstance(dialog, FollowUpDialog)
    assert dialog.reason.toPlainText() == "Schritt: Kursplatz suchen"
    assert dialog.due.value() == person.step_due
    save(dialog)

    # From the selected referral: ask the partner for feedback, two weeks after sending.
    sent = TODAY - timedelta(days=3)
    add_referral(services, person.case_id, sent)
    panel = record.referrals_panel
    assert panel is not None
    panel.reload()
    record.show_place("referrals")
    assert panel.follow_up_button.isEnabled()
    dialog = panel.new_follow_up()
    assert isinstance(dialog, FollowUpDialog)
    assert "Jobcenter Teststadt" in dialog.reason.toPlainText()
    assert dialog.due.value() == sent + timedelta(days=14)
    save(dialog)

    rows = services.follow_ups.for_client(person.id)
    assert [(row.reason, row.due_on, row.case_id) for row in rows] == [
        ("Bescheid der Ausländerbehörde nachfragen", TODAY + timedelta(days=7), person.case_id),
        ("Schritt: Kursplatz suchen", person.step_due, person.case_id),
        (
            "Rückmeldung von Jobcenter Teststadt zur Weiterleitung nachfragen",
            sent + timedelta(days=14),
            person.case_id,
        ),
    ]


def test_a_step_due_in_the_past_gives_a_follow_up_due_today(
    qtbot: QtBot, record: ClientRecordPage, person: Person
) -> None:
    record.load(person.id)
    editor = record.plan_editor
    assert editor is not None
    record.show_place("plan")
    # The date as typed in the table (not saved yet) is the one taken over.
    item = editor.step_table.item(0, STEP_DUE)
    assert item is not None
    item.setText(format_date_de(TODAY - timedelta(days=2)))
    editor.step_table.selectRow(0)
    dialog = editor.new_step_follow_up()
    assert isinstance(dialog, FollowUpDialog)
    assert dialog.due.value() == TODAY
    item.setText("")
    dialog.close()
    dialog = editor.new_step_follow_up()
    assert isinstance(dialog, FollowUpDialog)
    assert dialog.due.value() == TODAY + timedelta(days=7)  # no date: the usual week


# --- the record's own list ---------------------------------------------------------------------


def reasons(panel: ClientFollowUpsPanel) -> list[tuple[str, str]]:
    table = panel.table
    return [(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())]


def select(panel: ClientFollowUpsPanel, reason: str) -> None:
    for index, row in enumerate(panel.rows):
        if row.reason == reason:
            panel.table.selectRow(index)
            return
    raise AssertionError(reason)


def answer(box: QMessageBox | None, text: str) -> None:
    assert isinstance(box, QMessageBox) and box.isVisible()
    for button in box.buttons():
        if button.text().replace("&", "") == text:
            button.click()
            return
    raise AssertionError([button.text() for button in box.buttons()])


def test_the_record_lists_and_handles_the_clients_follow_ups(
    qtbot: QtBot,
    services: Services,
    context: UnlockedContext,
    record: ClientRecordPage,
    person: Person,
) -> None:
    service = services.follow_ups
    far = TODAY + timedelta(days=60)  # beyond the four weeks of Heute
    service.create(FollowUpInput(person.id, far, "Aufenthaltstitel: Termin Ausländerbehörde"))
    service.create(FollowUpInput(person.id, TODAY + timedelta(days=3), "Kursplatz bestätigen"))
    done = service.create(FollowUpInput(person.id, TODAY - timedelta(days=5), "Bescheid holen"))
    service.complete(f"manual:{done.id}")
    other = services.clients.create(intake("Anders", "Anna")).id
    service.create(FollowUpInput(other, TODAY, "Nicht von dieser Person"))
    heute = [item.detail for item in service.due_list(TODAY).items]
    assert "Aufenthaltstitel: Termin Ausländerbehörde" not in heute

    record.load(person.id)
    record.show_place("follow_ups")
    panel = record.follow_ups_panel
    assert panel is not None and panel.isVisible()
    assert record.tabs.tabText(record.tabs.currentIndex()) == "Wiedervorlagen"
    assert reasons(panel) == [
        ("Kursplatz bestätigen", "offen"),
        ("Aufenthaltstitel: Termin Ausländerbehörde", "offen"),
        ("Bescheid holen", f"erledigt am {format_date_de(TODAY)}"),
    ]
    # A done one can only be deleted.
    select(panel, "Bescheid holen")
    assert not panel.done_button.isEnabled() and not panel.edit_button.isEnabled()
    assert not panel.snooze_button.isEnabled() and panel.delete_button.isEnabled()

    # Done.
    select(panel, "Aufenthaltstitel: Termin Ausländerbehörde")
    assert panel.done_button.isEnabled()
    panel.done_button.click()
    far_row = next(r for r in service.for_client(person.id, include_done=True) if r.due_on == far)
    assert far_row.done_on == TODAY
    assert "Erledigt: Aufenthaltstitel" in panel.notice.text()

    # Snooze by a week (from its date, which lies ahead), then to a chosen date.
    select(panel, "Kursplatz bestätigen")
    panel.snooze_week_action.trigger()
    course = service.for_client(person.id)[0]
    assert course.snoozed_until == TODAY + timedelta(days=10)
    assert (
        "Kursplatz bestätigen",
        f"zurückgestellt bis {format_date_de(course.snoozed_until)}",
    ) in (reasons(panel))
    dialog = panel.open_snooze_dialog()
    assert isinstance(dialog, SnoozeDialog)
    dialog.date.set_date(TODAY + timedelta(days=20))
    dialog.ok_button.click()
    assert service.get(course.id).snoozed_until == TODAY + timedelta(days=20)

    # Edit with the follow-up dialog.
    select(panel, "Kursplatz bestätigen")
    edit = panel.edit_current()
    assert isinstance(edit, FollowUpDialog) and edit.row is not None
    edit.reason.setPlainText("Kursplatz beim Träger bestätigen")
    save(edit)
    assert service.get(course.id).reason == "Kursplatz beim Träger bestätigen"
    selected = panel.selected()
    assert selected is not None and selected.reason == "Kursplatz beim Träger bestätigen"

    # Delete asks first: cancel keeps it, "Löschen" deletes it.
    box = panel.delete_current()
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(service.for_client(person.id, include_done=True)) == 3
    select(panel, "Bescheid holen")
    answer(panel.delete_current(), "Löschen")
    assert [r.reason for r in service.for_client(person.id, include_done=True)] == [
        "Kursplatz beim Träger bestätigen",
        "Aufenthaltstitel: Termin Ausländerbehörde",
    ]
    assert "gelöscht" in panel.notice.text()

    # A follow-up made elsewhere appears with the data event.
    service.create(FollowUpInput(person.id, TODAY + timedelta(days=1), "Anruf zurück"))
    context.events.announce("follow_ups")
    assert reasons(panel)[0] == ("Anruf zurück", "offen")


def test_the_record_without_follow_ups_says_how_to_make_one(
    record: ClientRecordPage, person: Person
) -> None:
    record.load(person.id)
    record.show_place("follow_ups")
    panel = record.follow_ups_panel
    assert panel is not None
    assert panel.empty.isVisible() and not panel.table.isVisible()
    assert "Strg+Umschalt+N" in panel.empty.text()
    assert not panel.delete_button.isEnabled()
