"""Erstaufnahme: filled with qtbot, saved through the real ClientService, found again through
the search field; validation, duplicates, the unsaved-changes guard, the consent PDF, drafts
across an automatic lock, keyboard use."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from clients_support import (
    add_client,
    click_box_button,
    main_of,
    message_box,
    services_of,
    type_text,
    visible_of,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from ui_support import (
    OFFSCREEN_NOISE,
    Harness,
    StoreFixture,
    idle_for,
    make_store,
    mnemonics,
    unlock,
)

from mbe_desktop.services.clients import ClientQuery, DuplicateCandidate
from mbe_desktop.ui.clients.intake import INTAKE_DRAFT_KEY, IntakeDialog
from mbe_desktop.ui.clients.model import SORT_ROLE, Column
from mbe_desktop.ui.controller import AppController, State
from mbe_desktop.ui.main_window import CLIENTS

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


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


def open_intake(qtbot: QtBot, controller: AppController) -> IntakeDialog:
    main = main_of(controller)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = main.clients.intake
    assert isinstance(dialog, IntakeDialog) and dialog.isVisible()
    activate(qtbot, dialog)
    return dialog


def activate(qtbot: QtBot, dialog: QWidget) -> None:
    """The offscreen platform does not activate new windows by itself (shortcuts need it)."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def type_date(qtbot: QtBot, dialog: IntakeDialog, field: str, text: str) -> None:
    edit = dialog.form.dates[field].edit
    edit.clear()
    qtbot.keyClicks(edit, text)
    dialog.form.dates[field].tidy()


def fill_person(qtbot: QtBot, dialog: IntakeDialog, family: str, given: str, birth: str) -> None:
    form = dialog.form
    type_text(qtbot, form.lines["family_name"], family)
    type_text(qtbot, form.lines["given_names"], given)
    type_date(qtbot, dialog, "birth_date", birth)


def give_consent(qtbot: QtBot, dialog: IntakeDialog) -> None:
    dialog.form.show_section(6)
    qtbot.mouseClick(dialog.form.consent_given, Qt.MouseButton.LeftButton)
    assert dialog.form.consent_given.isChecked()
    assert dialog.form.dates["consent_given_on"].value() == date.today()


def years_ago(years: int) -> date:
    today = date.today()
    return date(today.year - years, today.month, min(today.day, 28))


def save(qtbot: QtBot, dialog: IntakeDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_intake_end_to_end_then_found_by_search(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    services = services_of(unlocked)
    dialog = open_intake(qtbot, unlocked)
    form = dialog.form
    assert form.dates["first_contact_date"].value() == date.today()  # default
    fill_person(qtbot, dialog, "Müller", "Anna", "12031985")
    assert form.dates["birth_date"].text() == "12.03.1985"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert form.current_section() == 1
    # Nationality: a few letters and Enter tick the first match.
    form.show_section(0)
    nationalities = form.checklists["nationalities"]
    qtbot.keyClicks(nationalities.filter, "turk")
    assert nationalities.visible_names()[0] == "Türkei"
    qtbot.keyClick(nationalities.filter, Qt.Key.Key_Return)
    qtbot.keyClicks(nationalities.filter, "deutschl")
    qtbot.keyClick(nationalities.filter, Qt.Key.Key_Return)
    assert nationalities.codes() == ("TR", "DE")
    assert nationalities.selected.text() == "Ausgewählt: Türkei, Deutschland"
    # Arrival and residence.
    form.show_section(1)
    type_date(qtbot, dialog, "arrival_date", "01.09.2023")
    status = form.combos["residence_status"]
    status.setCurrentIndex(status.findData("residence_permit_family"))
    assert "§§ 27–36a" in form.lines["residence_legal_basis"].placeholderText()
    qtbot.keyClicks(form.lines["residence_legal_basis"], "§ 30 AufenthG")
    type_date(qtbot, dialog, "residence_valid_until", "31.08.2027")
    # Languages, interpreter.
    form.show_section(2)
    languages = form.checklists["languages"]
    qtbot.keyClicks(languages.filter, "turk")
    qtbot.keyClick(languages.filter, Qt.Key.Key_Return)
    assert languages.codes() == ("tr",)
    form.interpreter_needed.setChecked(True)
    interpreter = form.combos["interpreter_language"]
    interpreter.setCurrentIndex(interpreter.findData("tr"))
    # Contact: phone, place = an outreach location if the office has one.
    form.show_section(5)
    qtbot.keyClicks(form.lines["phone"], "0176 123 45 67")
    give_consent(qtbot, dialog)
    save(qtbot, dialog)

    assert dialog.detail is not None, form.general.text()
    assert dialog.pages.currentWidget() is dialog.done_page
    assert dialog.detail.number in dialog.done_text.text()
    stored = services.clients.get(dialog.detail.id).data
    assert (stored.family_name, stored.given_names) == ("Müller", "Anna")
    assert stored.birth_date == date(1985, 3, 12)
    assert stored.nationalities == ("TR", "DE")
    assert stored.languages == ("tr",)
    assert stored.interpreter_needed and stored.interpreter_language == "tr"
    assert stored.residence_status == "residence_permit_family"
    assert stored.residence_valid_until == date(2027, 8, 31)
    assert stored.first_contact_date == date.today()
    assert stored.consent_given_on == date.today()

    # The consent form, saved through a non-native, non-blocking file dialog.
    dialog.pdf_button.click()
    file_dialog = dialog._file_dialog
    assert isinstance(file_dialog, QFileDialog)
    assert file_dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert file_dialog.selectedFiles()[0].endswith("Einwilligung.pdf")
    target = tmp_path / "einwilligung-test.pdf"
    file_dialog.selectFile(str(target))
    file_dialog.accept()
    assert target.read_bytes().startswith(b"%PDF")
    assert "Gespeichert als einwilligung-test.pdf." in dialog.done_notice.text()

    dialog.close_button.click()
    qtbot.waitUntil(lambda: main_of(unlocked).clients.intake is None)

    # Found again through the search field, however it is typed.
    main = main_of(unlocked)
    main.show_view(CLIENTS)
    view = main.clients
    assert view.pages.currentWidget() is view.list_page
    for text in ("muller", "MÜLLER anna", "mueller", "12.03.1985", "0176 1234567"):
        view.search.clear()
        type_text(qtbot, view.search, text)
        qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
        assert view.model.index(0, Column.NAME).data(SORT_ROLE) == "Müller, Anna"
        assert view.model.index(0, Column.NATIONALITY).data() == "Türkei"


def test_cyrillic_name_found_by_its_latin_form(qtbot: QtBot, unlocked: AppController) -> None:
    dialog = open_intake(qtbot, unlocked)
    fill_person(qtbot, dialog, "Коваль", "Олена", "05.05.1980")
    give_consent(qtbot, dialog)
    save(qtbot, dialog)
    assert dialog.detail is not None
    dialog.close_button.click()
    view = main_of(unlocked).clients
    qtbot.keyClicks(view.search, "olena koval")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    assert view.model.index(0, Column.NAME).data(SORT_ROLE).startswith("Коваль, Олена")


def test_validation_is_inline_and_blocks_saving(qtbot: QtBot, unlocked: AppController) -> None:
    services = services_of(unlocked)
    dialog = open_intake(qtbot, unlocked)
    form = dialog.form
    under_18 = years_ago(16)
    fill_person(qtbot, dialog, "Junge", "Person", under_18.strftime("%d.%m.%Y"))
    form.show_section(5)
    in_three_days = date.today() + timedelta(days=3)
    type_date(qtbot, dialog, "first_contact_date", in_three_days.strftime("%d%m%Y"))
    save(qtbot, dialog)

    assert dialog.detail is None
    assert services.clients.count(ClientQuery()) == 0
    birth_message = form.message_text("birth_date") or form.message_text("birth_year")
    assert birth_message and "18" in birth_message
    assert form.message_kind("birth_date") == "error"
    assert form.message_text("first_contact_date")
    assert form.message_text("consent_given_on")  # consent is required at intake
    assert form.dates["first_contact_date"].edit.property("invalid") is True
    assert form.current_section() == 0  # the first section with an error is shown
    assert not form.navigation.item(0).icon().isNull()

    # Fixed input clears the errors while typing; under 27 stays as an amber warning.
    aged_22 = years_ago(22)
    type_date(qtbot, dialog, "birth_date", aged_22.strftime("%d.%m.%Y"))
    type_date(qtbot, dialog, "first_contact_date", date.today().strftime("%d.%m.%Y"))
    qtbot.waitUntil(lambda: form.message_kind("birth_date") == "warning", timeout=2000)
    assert form.message_text("birth_date")
    assert not form.message_text("first_contact_date")

    # Unreadable dates are reported by the form itself.
    type_date(qtbot, dialog, "arrival_date", "31.02.2020")
    save(qtbot, dialog)
    assert form.message_text("arrival_date") == "Diesen Tag gibt es nicht."
    type_date(qtbot, dialog, "arrival_date", "1.2.20")
    save(qtbot, dialog)
    assert "vierstellig" in form.message_text("arrival_date")
    type_date(qtbot, dialog, "arrival_date", "")

    give_consent(qtbot, dialog)
    save(qtbot, dialog)
    assert dialog.detail is not None  # saved despite the warning
    dialog.close_button.click()


def test_duplicate_is_shown_before_saving(qtbot: QtBot, unlocked: AppController) -> None:
    services = services_of(unlocked)
    existing = add_client(services, "Yılmaz", "Ayşe", birth_date=date(1990, 4, 1))
    main_of(unlocked).clients.refresh()

    dialog = open_intake(qtbot, unlocked)
    fill_person(qtbot, dialog, "Yilmaz", "Ayse", "01.04.1990")
    give_consent(qtbot, dialog)
    save(qtbot, dialog)
    assert dialog.detail is None
    assert dialog.duplicates.isVisible()
    assert existing.number in dialog.duplicates.list.item(0).text()
    assert services.clients.count(ClientQuery()) == 1

    # "Vorhandene Akte öffnen": the intake closes, the existing record opens.
    dialog.duplicates.open_button.click()
    view = main_of(unlocked).clients
    qtbot.waitUntil(lambda: view.intake is None)
    assert view.is_showing_record()
    assert view.record.detail is not None and view.record.detail.id == existing.id
    assert services.clients.count(ClientQuery()) == 1
    view.record.back_button.click()

    # "Trotzdem neu anlegen" creates a second record.
    dialog = open_intake(qtbot, unlocked)
    fill_person(qtbot, dialog, "Yilmaz", "Ayse", "01.04.1990")
    give_consent(qtbot, dialog)
    save(qtbot, dialog)
    assert dialog.duplicates.isVisible()
    dialog.duplicates.create_button.click()
    assert dialog.detail is not None
    assert services.clients.count(ClientQuery()) == 2
    dialog.close_button.click()


def test_cancel_asks_before_input_is_lost(qtbot: QtBot, unlocked: AppController) -> None:
    dialog = open_intake(qtbot, unlocked)
    qtbot.keyClicks(dialog.form.lines["family_name"], "Abbruch")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = message_box()
    assert box.windowTitle() == "Erstaufnahme abbrechen?"
    click_box_button(box, "Weiter bearbeiten")
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible()
    dialog.cancel_button.click()
    click_box_button(message_box(), "Verwerfen")
    view = main_of(unlocked).clients
    qtbot.waitUntil(lambda: view.intake is None)
    assert services_of(unlocked).clients.count(ClientQuery()) == 0
    assert services_of(unlocked).drafts.keys() == []


def test_auto_lock_keeps_the_intake_as_a_draft(
    qtbot: QtBot, harness: Harness, unlocked: AppController
) -> None:
    dialog = open_intake(qtbot, unlocked)
    fill_person(qtbot, dialog, "Entwurf", "Erika", "24.12.1975")
    type_date(qtbot, dialog, "arrival_date", "31.13.2020")  # unreadable input survives too
    dialog.form.show_section(1)

    idle_for(unlocked, harness.clock, 10 * 60)
    assert unlocked.state is State.LOCKED
    assert not dialog.isVisible()
    assert visible_of(IntakeDialog) == []

    unlock(unlocked)
    main = main_of(unlocked)
    qtbot.waitUntil(lambda: main.clients.intake is not None and main.clients.intake.isVisible())
    restored = main.clients.intake
    assert restored is not None and restored is not dialog
    activate(qtbot, restored)
    form = restored.form
    assert form.lines["family_name"].text() == "Entwurf"
    assert form.lines["given_names"].text() == "Erika"
    assert form.dates["birth_date"].value() == date(1975, 12, 24)
    assert form.dates["arrival_date"].text() == "31.13.2020"
    assert form.current_section() == 1
    assert "wiederhergestellt" in restored.notice.text()
    assert main.statusBar().currentMessage() == (
        "Nicht gespeicherte Eingaben wurden wiederhergestellt."
    )
    assert services_of(unlocked).drafts.keys() == [INTAKE_DRAFT_KEY]

    type_date(qtbot, restored, "arrival_date", "")
    give_consent(qtbot, restored)
    save(qtbot, restored)
    assert restored.detail is not None
    assert services_of(unlocked).drafts.keys() == []


def test_intake_keyboard_and_mnemonics(qtbot: QtBot, unlocked: AppController) -> None:
    dialog = open_intake(qtbot, unlocked)
    form = dialog.form
    candidate = DuplicateCandidate(
        1, "2025-0001", "Muster, Max", "01.01.1980", "gleiche Telefonnummer"
    )
    for with_duplicates in (False, True):
        if with_duplicates:
            dialog.duplicates.show_candidates([candidate])
        for section in range(form.navigation.count()):
            form.show_section(section)
            keys = mnemonics(dialog)
            duplicates = [key for key, count in Counter(keys).items() if count > 1]
            assert not duplicates, f"section {section}: Alt+{duplicates} used twice"
            for widget in form.focus_order():
                if widget.isVisibleTo(dialog) and widget.isEnabled():
                    assert widget.accessibleName(), widget.objectName()
    dialog.duplicates.clear()
    form.show_section(0)
    control = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(form.lines["family_name"], Qt.Key.Key_PageDown, control)
    assert form.current_section() == 1
    # Alt+↓ opens the calendar; picking a day fills the field.
    field = form.dates["arrival_date"]
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.popup is not None and field.popup.isVisible()
    field.popup.today_button.click()
    assert field.value() == date.today()
    dialog.done(0)
