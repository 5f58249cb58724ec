"""The whole counselling flow in the main window, as a counsellor works it: open a case, two
contacts (Strg+K), a goal agreement with two goals and three steps, signing, the PDF for
signature, closure with attainment, and what the history then shows."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pypdfium2
import pytest
from clients_support import add_client, click_box_button, main_of, services_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog
from pytestqt.qtbot import QtBot
from ui_support import OFFSCREEN_NOISE, Harness, StoreFixture, make_store, unlock

from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.ui.cases.case_dialog import CaseDialog
from mbe_desktop.ui.cases.closure_dialog import ClosureDialog
from mbe_desktop.ui.cases.contact_dialog import ContactDialog
from mbe_desktop.ui.cases.plan_editor import STEP_DUE, STEP_TEXT, SignDialog
from mbe_desktop.ui.controller import AppController, State
from mbe_desktop.ui.main_window import CLIENTS

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

TODAY = date.today()
A4 = (595.3, 841.9)


@pytest.fixture
def harness(qtbot: QtBot) -> Iterator[Harness]:
    harness = Harness()
    yield harness
    harness.close()


@pytest.fixture
def store(tmp_path: Path) -> StoreFixture:
    return make_store(tmp_path)


@pytest.fixture
def unlocked(harness: Harness, store: StoreFixture) -> AppController:
    controller = harness.controller(store.paths)
    unlock(controller)
    assert controller.state is State.UNLOCKED
    return controller


def choose(combo: QComboBox, code: object) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def activated(dialog: ContactDialog) -> ContactDialog:
    # The offscreen platform does not activate new windows; window shortcuts need it.
    dialog.activateWindow()
    QApplication.processEvents()
    return dialog


def test_case_from_opening_to_closure(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    services = services_of(unlocked)
    client = add_client(
        services,
        "Коваленко",
        "Олена",
        name_latin="Kovalenko Olena",
        first_contact_date=TODAY - timedelta(days=30),
    )
    main = main_of(unlocked)
    main.show_view(CLIENTS)
    view = main.clients
    view.refresh()
    view.open_client(client.id)
    record = view.record
    panel, editor = record.case_panel, record.plan_editor
    assert panel is not None and editor is not None

    # Open a Case Management case with two fields of action.
    record.tabs.setCurrentWidget(panel)
    panel.empty_new_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, CaseDialog)
    dialog.opened_on.edit.clear()
    qtbot.keyClicks(dialog.opened_on.edit, format_date_de(TODAY - timedelta(days=20)))
    choose(dialog.form_combo, "case_management")
    for row in (0, 2):  # Sprache und Integrationskurs, Anerkennung von Abschlüssen
        dialog.fields.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.save_button.click()
    case = services.cases.current_case(client.id)
    assert case is not None and case.fields == ("language_course", "recognition")

    # Two contacts with Strg+K from the master-data tab: the record switches to "Beratung".
    for note in ("Erstgespräch: Zeugnisse aus Kyjiw besprochen.", "Kursträger angerufen."):
        record.tabs.setCurrentWidget(record.master_page)
        main.activateWindow()  # the closed dialog was the active window
        QApplication.processEvents()
        record.form.setFocus()
        qtbot.keyClick(record.form, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        contact = panel.dialog
        assert isinstance(contact, ContactDialog) and record.tabs.currentWidget() is panel
        activated(contact).note.insertPlainText(note)  # QTest types ASCII only
        qtbot.keyClick(contact.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert panel.dialog is None
    assert [c.note for c in services.cases.contacts(case.id)][::-1] == [
        "Erstgespräch: Zeugnisse aus Kyjiw besprochen.",
        "Kursträger angerufen.",
    ]

    # The goal agreement: two goals, three steps, typed into the editor and saved.
    record.tabs.setCurrentWidget(editor)
    assert "Anerkennung von Abschlüssen" in editor.fields_banner.text()
    editor.add_goal_button.click()
    qtbot.keyClicks(editor.text_edit, "Einen Platz im Integrationskurs haben")
    for number, text in enumerate(("Kursträger auswählen", "Anmeldung abgeben")):
        editor.add_step_button.click()
        editor.step_table.item(number, STEP_TEXT).setText(text)
        editor.step_table.item(number, STEP_DUE).setText(
            format_date_de(TODAY + timedelta(days=7 * (number + 1)))
        )
    editor.add_goal_button.click()
    choose(editor.field_combo, "recognition")
    qtbot.keyClicks(editor.text_edit, "Der Berufsabschluss ist anerkannt")
    editor.add_step_button.click()
    editor.step_table.item(0, STEP_TEXT).setText("Zeugnisse übersetzen lassen")
    assert editor.save()
    plan = services.cases.plan(case.id)
    assert [len(goal.steps) for goal in plan.goals] == [2, 1]
    assert not editor.fields_banner.text()

    # Sign it.
    editor.request_sign()
    sign = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SignDialog))
    sign.sign_button.click()
    plan = services.cases.plan(case.id)
    assert plan.signed and plan.current is not None and plan.current.signed_on == TODAY

    # The PDF for signature, saved through the file dialog.
    editor.save_pdf()
    files = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
    assert files and files[0].isVisible()
    assert client.number in files[0].selectedFiles()[0]
    assert "Kovalenko" not in files[0].selectedFiles()[0]  # no name in the file name
    target = tmp_path / "vereinbarung.pdf"
    files[0].selectFile(str(target))
    files[0].accept()
    data = target.read_bytes()
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    for expected in (
        "Коваленко",
        "Олена",
        "Test Beraterin",
        "Einen Platz im Integrationskurs haben",
        "Der Berufsabschluss ist anerkannt",
        "Zeugnisse übersetzen lassen",
    ):
        assert expected in text, expected
    page = pypdfium2.PdfDocument(data)[0]
    width, height = page.get_size()
    assert abs(width - A4[0]) < 1 and abs(height - A4[1]) < 1
    image = page.render(scale=1).to_pil().convert("L")
    dark = image.point(lambda value: 255 if value < 128 else 0).histogram()[255]
    assert dark > 0.005 * image.width * image.height  # a full page of content, not blank

    # Close with attainment; the open steps are dropped explicitly.
    record.tabs.setCurrentWidget(panel)
    panel.close_button.click()
    closure = panel.dialog
    assert isinstance(closure, ClosureDialog)
    choose(closure.closure_type, "regular_closing_conversation")
    first, second = (goal.id for goal in plan.goals)
    choose(closure.attainment_combos[first], "achieved")
    choose(closure.attainment_combos[second], "partly")
    closure.drop_steps.setChecked(True)
    choose(closure.situation["german_level"], "b1")
    closure.close_button.click()
    closed = services.cases.get(case.id)
    assert (closed.status, closed.closure_type, closed.closure_german_level) == (
        "closed",
        "regular_closing_conversation",
        "b1",
    )

    # The history shows it all, newest first, and filters by kind.
    record.tabs.setCurrentWidget(record.history_page)
    table = record.history_table
    titles = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert titles[0] == "Beratungsfall abgeschlossen"
    assert "Kooperationsvereinbarung unterschrieben – Fassung 1" in titles
    assert sum(title.startswith("Kontakt – ") for title in titles) == 2
    assert any(title.startswith("Beratungsfall eröffnet") for title in titles)
    choose(record.history_kind, record.history_kind.itemData(1))  # Kontakte
    shown = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert len(shown) == 2 and all(title.startswith("Kontakt – ") for title in shown)


def test_leaving_with_an_unsaved_plan_asks_first(qtbot: QtBot, unlocked: AppController) -> None:
    services = services_of(unlocked)
    client = add_client(services, "Nowak", "Jan", first_contact_date=TODAY - timedelta(days=9))
    from mbe_desktop.services.cases import CaseInput

    services.cases.open_case(
        client.id, CaseInput(TODAY - timedelta(days=5), "case_management", ("housing",))
    )
    main = main_of(unlocked)
    main.show_view(CLIENTS)
    main.clients.open_client(client.id)
    record = main.clients.record
    assert record.plan_editor is not None
    record.tabs.setCurrentWidget(record.plan_editor)
    record.plan_editor.add_goal_button.click()
    qtbot.keyClicks(record.plan_editor.text_edit, "Eine Wohnung finden")
    record.request_back()
    box = record._question
    assert box is not None and "Kooperationsvereinbarung" in box.text()
    click_box_button(box, "Speichern")
    qtbot.waitUntil(lambda: not main.clients.is_showing_record())
    case = services.cases.current_case(client.id)
    assert case is not None
    assert [goal.text for goal in services.cases.plan(case.id).goals] == ["Eine Wohnung finden"]


def test_lock_keeps_an_unsaved_contact_as_a_draft(qtbot: QtBot, unlocked: AppController) -> None:
    services = services_of(unlocked)
    client = add_client(services, "Okafor", "Grace", first_contact_date=TODAY - timedelta(days=9))
    from mbe_desktop.services.cases import CaseInput

    case = services.cases.open_case(client.id, CaseInput(TODAY - timedelta(days=5)))
    main = main_of(unlocked)
    main.show_view(CLIENTS)
    main.clients.open_client(client.id)
    main.clients.record.record_contact()
    dialog = main.clients.record.case_panel.dialog  # type: ignore[union-attr]
    assert isinstance(dialog, ContactDialog)
    dialog.note.insertPlainText("Lange Notiz über den Termin bei der Ausländerbehörde")
    dialog.duration.setValue(75)
    main.lock_action.trigger()
    assert unlocked.state is State.LOCKED
    assert not dialog.isVisible()

    unlock(unlocked)
    main = main_of(unlocked)
    record = main.clients.record
    assert main.clients.is_showing_record() and main.current_view_index() == CLIENTS
    assert record.detail is not None and record.detail.id == client.id
    panel = record.case_panel
    assert panel is not None and record.tabs.currentWidget() is panel
    restored = panel.dialog
    assert isinstance(restored, ContactDialog) and restored.isVisible()
    assert restored.note.toPlainText() == "Lange Notiz über den Termin bei der Ausländerbehörde"
    assert restored.duration.value() == 75
    assert services.drafts.keys() == []  # the dialog holds the input again
    restored.save_button.click()
    assert [c.duration_minutes for c in services_of(unlocked).cases.contacts(case.id)] == [75]


def test_lock_keeps_unsaved_goals_as_a_draft(qtbot: QtBot, unlocked: AppController) -> None:
    services = services_of(unlocked)
    client = add_client(services, "Nguyễn", "Thị Lan", first_contact_date=TODAY - timedelta(days=9))
    from mbe_desktop.services.cases import CaseInput

    case = services.cases.open_case(
        client.id, CaseInput(TODAY - timedelta(days=5), "case_management", ("housing",))
    )
    main = main_of(unlocked)
    main.show_view(CLIENTS)
    main.clients.open_client(client.id, "plan")
    editor = main.clients.record.plan_editor
    assert editor is not None and main.clients.record.tabs.currentWidget() is editor
    editor.add_goal_button.click()
    qtbot.keyClicks(editor.text_edit, "Eine Wohnung finden")
    editor.add_step_button.click()
    editor.step_table.item(0, STEP_TEXT).setText("WBS beantragen")
    main.lock_action.trigger()
    assert unlocked.state is State.LOCKED

    unlock(unlocked)
    main = main_of(unlocked)
    record = main.clients.record
    editor = record.plan_editor
    assert editor is not None and record.tabs.currentWidget() is editor
    assert main.clients.is_showing_record() and record.detail is not None
    assert editor.is_dirty() and "wiederhergestellt" in editor.notice.text()
    assert services_of(unlocked).drafts.keys() == []
    assert editor.save()
    plan = services_of(unlocked).cases.plan(case.id)
    assert [(g.text, [s.text for s in g.steps]) for g in plan.goals] == [
        ("Eine Wohnung finden", ["WBS beantragen"])
    ]


def test_lock_keeps_an_unsaved_closure_as_a_draft(qtbot: QtBot, unlocked: AppController) -> None:
    services = services_of(unlocked)
    client = add_client(services, "Haddad", "Rami", first_contact_date=TODAY - timedelta(days=9))
    from mbe_desktop.services.cases import CaseInput, GoalInput, PlanInput, StepInput

    case = services.cases.open_case(
        client.id, CaseInput(TODAY - timedelta(days=5), "case_management", ("housing",))
    )
    goal = GoalInput(None, "housing", "Eine Wohnung finden", steps=(StepInput(None, "WBS"),))
    plan = services.cases.save_plan(case.id, PlanInput((goal,)), case.version)
    main = main_of(unlocked)
    main.show_view(CLIENTS)
    main.clients.open_client(client.id)
    panel = main.clients.record.case_panel
    assert panel is not None
    panel.close_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, ClosureDialog)
    choose(dialog.closure_type, "regular_closing_conversation")
    choose(dialog.attainment_combos[plan.goals[0].id], "partly")
    dialog.drop_steps.setChecked(True)
    choose(dialog.situation["german_level"], "b1")
    dialog.closed_on.set_text(format_date_de(TODAY - timedelta(days=1)))
    main.lock_action.trigger()
    assert unlocked.state is State.LOCKED
    assert not dialog.isVisible()

    unlock(unlocked)
    main = main_of(unlocked)
    record = main.clients.record
    assert main.clients.is_showing_record() and main.current_view_index() == CLIENTS
    assert record.detail is not None and record.detail.id == client.id
    panel = record.case_panel
    assert panel is not None and record.tabs.currentWidget() is panel
    restored = panel.dialog
    assert isinstance(restored, ClosureDialog) and restored.isVisible()
    assert restored.case.id == case.id
    assert restored.closure_type.currentData() == "regular_closing_conversation"
    assert restored.attainment_combos[plan.goals[0].id].currentData() == "partly"
    assert restored.drop_steps.isChecked()
    assert restored.situation["german_level"].currentData() == "b1"
    assert restored.closed_on.value() == TODAY - timedelta(days=1)
    assert "wiederhergestellt" in panel.notice.text()
    assert services_of(unlocked).drafts.keys() == []  # the dialog holds the input again
    restored.close_button.click()
    closed = services_of(unlocked).cases.get(case.id)
    assert (closed.status, closed.closed_on, closed.closure_german_level) == (
        "closed",
        TODAY - timedelta(days=1),
        "b1",
    )


def test_a_restored_closure_cannot_overwrite_a_change_made_meanwhile(
    qtbot: QtBot, unlocked: AppController
) -> None:
    services = services_of(unlocked)
    client = add_client(services, "Haddad", "Rami", first_contact_date=TODAY - timedelta(days=9))
    from mbe_desktop.services.cases import CaseInput

    case = services.cases.open_case(client.id, CaseInput(TODAY - timedelta(days=5)))
    main = main_of(unlocked)
    main.show_view(CLIENTS)
    main.clients.open_client(client.id)
    panel = main.clients.record.case_panel
    assert panel is not None
    panel.close_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, ClosureDialog)
    choose(dialog.closure_type, "moved_away")
    # Changed elsewhere while the dialog is open (nothing tells the dialog).
    services.cases.set_paused(case.id, True, case.version)
    main.lock_action.trigger()

    unlock(unlocked)
    panel = main_of(unlocked).clients.record.case_panel
    assert panel is not None
    restored = panel.dialog
    assert isinstance(restored, ClosureDialog) and restored.isVisible()
    assert restored.closure_type.currentData() == "moved_away"
    assert "inzwischen anderweitig geändert" in panel.notice.text()
    restored.close_button.click()
    assert services_of(unlocked).cases.get(case.id).status == "paused"  # not overwritten
    assert restored.isVisible() and "neu geladen" in restored.banner.text()
    assert restored.closure_type.currentData() == "moved_away"  # the input stays
    restored.close_button.click()  # now against the state stored meanwhile
    assert services_of(unlocked).cases.get(case.id).status == "closed"


def test_lock_keeps_unsaved_case_data_as_a_draft(qtbot: QtBot, unlocked: AppController) -> None:
    services = services_of(unlocked)
    client = add_client(services, "Okafor", "Grace", first_contact_date=TODAY - timedelta(days=9))
    from mbe_desktop.services.cases import CaseInput
    from mbe_desktop.ui.cases.case_dialog import checked_codes, set_checked_codes

    case = services.cases.open_case(client.id, CaseInput(TODAY - timedelta(days=5)))
    main = main_of(unlocked)
    main.show_view(CLIENTS)
    main.clients.open_client(client.id)
    panel = main.clients.record.case_panel
    assert panel is not None
    panel.edit_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, CaseDialog)
    choose(dialog.form_combo, "case_management")
    dialog.form_changed_on.set_text(format_date_de(TODAY - timedelta(days=2)))
    set_checked_codes(dialog.fields, ("housing", "language_course"))
    dialog.family.setValue(2)
    main.lock_action.trigger()
    assert unlocked.state is State.LOCKED

    unlock(unlocked)
    record = main_of(unlocked).clients.record
    assert record.detail is not None and record.detail.id == client.id
    panel = record.case_panel
    assert panel is not None and record.tabs.currentWidget() is panel
    restored = panel.dialog
    assert isinstance(restored, CaseDialog) and restored.isVisible()
    assert restored.case is not None and restored.case.id == case.id
    assert restored.form_combo.currentData() == "case_management"
    assert restored.form_changed_on.isVisibleTo(restored)
    assert set(checked_codes(restored.fields)) == {"housing", "language_course"}
    assert restored.family.value() == 2
    assert "wiederhergestellt" in panel.notice.text()
    assert services_of(unlocked).drafts.keys() == []
    restored.save_button.click()
    saved = services_of(unlocked).cases.get(case.id)
    assert (saved.form, set(saved.fields), saved.family_members) == (
        "case_management",
        {"housing", "language_course"},
        2,
    )
    assert saved.form_changes[-1] == (TODAY - timedelta(days=2), "case_management")


def test_lock_keeps_a_new_case_as_a_draft_and_checks_the_version(
    qtbot: QtBot, unlocked: AppController
) -> None:
    services = services_of(unlocked)
    client = add_client(services, "Okafor", "Grace", first_contact_date=TODAY - timedelta(days=9))
    from mbe_desktop.services.cases import CaseInput
    from mbe_desktop.ui.cases.case_dialog import set_checked_codes

    main = main_of(unlocked)
    main.show_view(CLIENTS)
    main.clients.open_client(client.id)
    panel = main.clients.record.case_panel
    assert panel is not None
    panel.new_case()
    dialog = panel.dialog
    assert isinstance(dialog, CaseDialog) and dialog.case is None
    set_checked_codes(dialog.fields, ("health",))
    main.lock_action.trigger()
    unlock(unlocked)
    main = main_of(unlocked)
    record = main.clients.record
    assert record.detail is not None and record.detail.id == client.id
    panel = record.case_panel
    assert panel is not None
    restored = panel.dialog
    assert isinstance(restored, CaseDialog) and restored.case is None
    assert restored.client_id == client.id and "wiederhergestellt" in panel.notice.text()
    restored.save_button.click()
    (summary,) = services_of(unlocked).cases.cases_of(client.id)
    assert services_of(unlocked).cases.get(summary.id).fields == ("health",)

    # An edit restored after the case was changed meanwhile reports the conflict.
    case = services_of(unlocked).cases.get(summary.id)
    main.clients.open_client(client.id)
    panel.edit_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, CaseDialog)
    dialog.family.setValue(3)
    services_of(unlocked).cases.update_case(
        case.id, CaseInput(case.opened_on, case.form, ("health", "housing")), case.version
    )
    main.lock_action.trigger()
    unlock(unlocked)
    panel = main_of(unlocked).clients.record.case_panel
    assert panel is not None
    restored = panel.dialog
    assert isinstance(restored, CaseDialog) and restored.family.value() == 3
    assert "inzwischen anderweitig geändert" in panel.notice.text()
    restored.save_button.click()
    assert services_of(unlocked).cases.get(case.id).family_members == 0
    assert restored.isVisible() and "neu geladen" in restored.banner.text()


def test_an_untouched_case_dialog_leaves_no_draft(qtbot: QtBot, unlocked: AppController) -> None:
    services = services_of(unlocked)
    client = add_client(services, "Okafor", "Grace", first_contact_date=TODAY - timedelta(days=9))
    from mbe_desktop.services.cases import CaseInput

    services.cases.open_case(client.id, CaseInput(TODAY - timedelta(days=5)))
    main = main_of(unlocked)
    main.show_view(CLIENTS)
    main.clients.open_client(client.id)
    panel = main.clients.record.case_panel
    assert panel is not None
    panel.close_button.click()
    assert isinstance(panel.dialog, ClosureDialog)
    main.lock_action.trigger()
    unlock(unlocked)
    assert services_of(unlocked).drafts.keys() == []
    panel = main_of(unlocked).clients.record.case_panel
    assert panel is None or panel.dialog is None


def test_lock_keeps_an_edited_step_template_as_a_draft(
    qtbot: QtBot, unlocked: AppController
) -> None:
    from mbe_desktop.services.cases import StepTemplateInput, TemplateStep
    from mbe_desktop.ui.main_window import SETTINGS

    main = main_of(unlocked)
    main.show_view(SETTINGS)
    section = main.settings.step_templates
    first = section.current
    assert first is not None
    section.name_edit.setText("Wohnungssuche mit WBS")
    section.name_edit.textEdited.emit(section.name_edit.text())
    section.add_step_button.click()
    section.step_table.item(len(section.steps) - 1, 0).setText("Besichtigung vereinbaren")
    assert section.is_dirty()
    main.lock_action.trigger()
    assert unlocked.state is State.LOCKED

    unlock(unlocked)
    main = main_of(unlocked)
    assert main.current_view_index() == SETTINGS
    section = main.settings.step_templates
    assert section.current is not None and section.current.id == first.id
    assert section.name_edit.text() == "Wohnungssuche mit WBS"
    assert section.steps[-1].text == "Besichtigung vereinbaren"
    assert section.is_dirty() and "wiederhergestellt" in section.notice.text()
    assert services_of(unlocked).drafts.keys() == []  # the editor holds the input again

    # Changed elsewhere meanwhile (e.g. on the command line): saving reports it once.
    services_of(unlocked).cases.save_step_template(
        StepTemplateInput(first.id, first.field, "Anderer Name", (TemplateStep("X"),))
    )
    assert section.save() is False
    assert "inzwischen anderweitig geändert" in section.notice.text()
    assert section.name_edit.text() == "Wohnungssuche mit WBS"  # the input stays
    assert section.save()
    (saved,) = [t for t in services_of(unlocked).cases.step_templates() if t.id == first.id]
    assert saved.name == "Wohnungssuche mit WBS"
    assert saved.steps[-1].text == "Besichtigung vereinbaren"
    assert services_of(unlocked).drafts.keys() == []


def test_lock_keeps_a_new_step_template_as_a_draft(qtbot: QtBot, unlocked: AppController) -> None:
    from mbe_desktop.ui.main_window import SETTINGS

    main = main_of(unlocked)
    main.show_view(SETTINGS)
    section = main.settings.step_templates
    before = len(services_of(unlocked).cases.step_templates())
    section.new_button.click()
    qtbot.keyClicks(section.name_edit, "Kitaplatz")
    section.step_table.item(0, 0).setText("Anmeldung bei der Kita")
    main.lock_action.trigger()

    unlock(unlocked)
    section = main_of(unlocked).settings.step_templates
    assert section.current is None and section.editing
    assert section.name_edit.text() == "Kitaplatz"
    assert section.steps[0].text == "Anmeldung bei der Kita"
    assert "wiederhergestellt" in section.notice.text()
    assert section.save()
    names = [t.name for t in services_of(unlocked).cases.step_templates()]
    assert len(names) == before + 1 and "Kitaplatz" in names
