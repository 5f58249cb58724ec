"""Client record (Akte) and merging: editing with Strg+S, the unsaved-changes guard, version
conflicts, drafts across a lock, the consent form, the guided merge — real store and service."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from clients_support import add_client, click_box_button, main_of, message_box, services_of
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from ui_support import OFFSCREEN_NOISE, Harness, StoreFixture, make_store, mnemonics, unlock

from mbe_desktop.services.cases import CaseInput
from mbe_desktop.services.clients import ClientDetail, ClientQuery
from mbe_desktop.services.demo import generate_demo
from mbe_desktop.storage.models import Case, Contact
from mbe_desktop.ui.clients.merge import MergeDialog
from mbe_desktop.ui.clients.record import RECORD_DRAFT_KEY
from mbe_desktop.ui.controller import AppController, State
from mbe_desktop.ui.main_window import CLIENTS, MainWindow
from mbe_desktop.ui.views.clients import ClientsView

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


def open_record(controller: AppController, detail: ClientDetail) -> ClientsView:
    main = main_of(controller)
    view = main.clients
    view.refresh()
    main.show_view(CLIENTS)
    view.open_client(detail.id)
    assert view.is_showing_record()
    return view


def edit_phone(qtbot: QtBot, view: ClientsView, text: str) -> None:
    form = view.record.form
    form.show_section(5)
    form.lines["phone"].clear()
    qtbot.keyClicks(form.lines["phone"], text)


def test_header_shows_the_essentials(unlocked: AppController) -> None:
    detail = add_client(
        services_of(unlocked),
        "Шевченко",
        "Олександр",
        name_latin="Oleksandr Shevchenko",
        nationalities=("UA",),
        residence_status="temporary_protection_24",
        residence_valid_until=date(2027, 3, 4),
    )
    view = open_record(unlocked, detail)
    header = view.record.header
    assert header.name.text() == "Шевченко, Олександр"
    assert header.number.text() == f"Nr. {detail.number}"
    assert header.latin.text() == "Lateinische Schreibweise: Oleksandr Shevchenko"
    assert "Ukraine" in header.facts.text() and "Jahre" in header.facts.text()
    assert "Vorübergehender Schutz (§ 24 AufenthG)" in header.residence.text()
    assert "gültig bis 04.03.2027" in header.residence.text()
    assert header.case.text().startswith("Fallstatus:")
    assert not view.heading.isVisible()
    tabs = view.record.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Stammdaten",
        "Beratung",
        "Kooperationsvereinbarung",
        "Weiterleitungen",
        "Wiedervorlagen",
        "Verlauf",
        "Dokumente",
    ]
    history = view.record.history_table
    assert history.rowCount() == 1  # the consent given at intake; no case yet
    assert history.item(0, 1).text() == "Einwilligung in die Datenverarbeitung"
    assert view.record.history_empty.isHidden()
    assert not view.record.save_button.isEnabled()
    for section in range(view.record.form.navigation.count()):
        view.record.form.show_section(section)
        keys = mnemonics(main_of(unlocked))
        assert not [key for key, count in Counter(keys).items() if count > 1], section
    for page in range(1, tabs.count()):
        tabs.setCurrentIndex(page)
        keys = mnemonics(main_of(unlocked))
        assert not [key for key, count in Counter(keys).items() if count > 1], tabs.tabText(page)


def test_edit_and_save_with_ctrl_s(qtbot: QtBot, unlocked: AppController) -> None:
    services = services_of(unlocked)
    detail = add_client(services, "Okafor", "Grace")
    view = open_record(unlocked, detail)
    record = view.record
    edit_phone(qtbot, view, "0151 2345678")
    assert record.save_button.isEnabled()
    qtbot.keyClick(record.form.lines["phone"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not record.save_button.isEnabled()
    assert record.notice.text() == "Die Änderungen wurden gespeichert."
    stored = services.clients.get(detail.id)
    assert stored.data.phone == "0151 2345678"
    assert stored.version > detail.version
    assert record.detail is not None and record.detail.version == stored.version


def test_leaving_with_unsaved_changes_asks(qtbot: QtBot, unlocked: AppController) -> None:
    services = services_of(unlocked)
    detail = add_client(services, "Okafor", "Grace")
    view = open_record(unlocked, detail)
    edit_phone(qtbot, view, "0151 111")

    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(view.record.form.lines["phone"], Qt.Key.Key_Left, alt)
    box = message_box()
    assert box.windowTitle() == "Änderungen speichern?"
    click_box_button(box, "Abbrechen")
    qtbot.waitUntil(lambda: not box.isVisible())
    assert view.is_showing_record()

    view.record.back_button.click()
    click_box_button(message_box(), "Verwerfen")
    assert not view.is_showing_record()
    assert services.clients.get(detail.id).data.phone == ""

    view.open_client(detail.id)
    edit_phone(qtbot, view, "0151 222")
    view.record.back_button.click()
    click_box_button(message_box(), "Speichern")
    assert not view.is_showing_record()
    assert services.clients.get(detail.id).data.phone == "0151 222"
    assert view.selected_ids() == [detail.id]  # back on the row that was open

    # Invalid input: saving from the question fails, the record stays open.
    view.open_client(detail.id)
    view.record.form.lines["family_name"].clear()
    view.record.back_button.click()
    click_box_button(message_box(), "Speichern")
    assert view.is_showing_record()
    assert view.record.form.message_text("family_name")
    assert view.record.form.current_section() == 0


def test_version_conflict_is_reported(qtbot: QtBot, unlocked: AppController) -> None:
    services = services_of(unlocked)
    detail = add_client(services, "Okafor", "Grace")
    view = open_record(unlocked, detail)
    # Meanwhile the record changes elsewhere (e.g. a merge or a second window).
    services.clients.update(detail.id, replace(detail.data, city="Anderswo"), detail.version)
    edit_phone(qtbot, view, "0151 333")
    view.record.save_button.click()
    assert "zwischenzeitlich geändert" in view.record.notice.text()
    assert view.record.form.lines["phone"].text() == "0151 333"  # input kept
    assert services.clients.get(detail.id).data.phone == ""
    view.record.revert_button.click()
    assert view.record.form.lines["city"].text() == "Anderswo"
    assert not view.record.is_dirty()


def test_lock_keeps_record_changes_as_a_draft(
    qtbot: QtBot, harness: Harness, unlocked: AppController
) -> None:
    services = services_of(unlocked)
    detail = add_client(services, "Okafor", "Grace")
    view = open_record(unlocked, detail)
    edit_phone(qtbot, view, "0151 444")
    main_of(unlocked).lock_action.trigger()
    assert unlocked.state is State.LOCKED

    unlock(unlocked)
    main: MainWindow = main_of(unlocked)
    view = main.clients
    assert view.is_showing_record()
    assert main.current_view_index() == CLIENTS
    record = view.record
    assert record.detail is not None and record.detail.id == detail.id
    assert record.form.lines["phone"].text() == "0151 444"
    assert record.save_button.isEnabled()
    assert "wiederhergestellt" in record.notice.text()
    assert services_of(unlocked).drafts.keys() == [RECORD_DRAFT_KEY]
    record.save_button.click()
    assert services_of(unlocked).clients.get(detail.id).data.phone == "0151 444"
    assert services_of(unlocked).drafts.keys() == []


def test_consent_form_from_the_documents_tab(unlocked: AppController, tmp_path: Path) -> None:
    detail = add_client(services_of(unlocked), "Okafor", "Grace")
    view = open_record(unlocked, detail)
    view.record.tabs.setCurrentWidget(view.record.documents_page)
    assert "Eingewilligt am" in view.record.consent_state.text()
    view.record.pdf_button.click()
    dialog = view.record._file_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    target = tmp_path / "Einwilligung.pdf"
    dialog.selectFile(str(target))
    dialog.accept()
    assert target.read_bytes().startswith(b"%PDF")
    assert view.record.documents_notice.text() == "Gespeichert als Einwilligung.pdf."


def test_merge_two_records(qtbot: QtBot, unlocked: AppController) -> None:
    services = services_of(unlocked)
    first = add_client(services, "Haddad", "Rami", birth_date=date(1988, 8, 8))
    second = add_client(
        services, "Haddad", "Rami", birth_date=date(1988, 8, 8), phone="0160 9876543"
    )
    add_client(services, "Anders", "Person", birth_date=date(1970, 1, 1))
    main = main_of(unlocked)
    view = main.clients
    view.refresh()
    main.show_view(CLIENTS)
    assert not view.merge_button.isEnabled()
    selection = view.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for client in (first, second):
        row = view.model.row_of(client.id)
        assert row is not None
        selection.select(view.model.index(row, 0), flags)
    assert view.merge_button.isEnabled()
    view.merge_button.click()
    dialog = view.merge_dialog
    assert isinstance(dialog, MergeDialog) and dialog.isVisible()
    assert dialog.keep.id == first.id  # the older number stays by default
    assert "phone" in dialog.choices
    assert dialog.take_from_other() == frozenset({"phone"})  # empty vs. filled: take filled
    dialog.keep_second.setChecked(True)  # the other way round
    assert dialog.keep.id == second.id
    assert dialog.take_from_other() == frozenset()
    dialog.keep_first.setChecked(True)
    assert not [k for k, n in Counter(mnemonics(dialog)).items() if n > 1]

    dialog.merge_button.click()
    box = message_box()
    assert second.number in box.text()
    click_box_button(box, "Zusammenführen")
    qtbot.waitUntil(lambda: view.merge_dialog is None)
    assert services.clients.count(ClientQuery()) == 2
    kept = services.clients.get(first.id)
    assert kept.data.phone == "0160 9876543"
    assert view.model.total == 2
    assert view.selected_ids() == [first.id]


def test_merge_with_two_open_cases_is_refused(qtbot: QtBot, unlocked: AppController) -> None:
    services = services_of(unlocked)
    first = add_client(services, "Haddad", "Rami", birth_date=date(1988, 8, 8))
    second = add_client(
        services, "Haddad", "Rami", birth_date=date(1988, 8, 8), phone="0160 9876543"
    )
    services.cases.open_case(first.id, CaseInput(opened_on=date(2025, 5, 2)))
    main = main_of(unlocked)
    view = main.clients
    view.refresh()
    main.show_view(CLIENTS)
    selection = view.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for client in (first, second):
        row = view.model.row_of(client.id)
        assert row is not None
        selection.select(view.model.index(row, 0), flags)
    view.merge_button.click()
    dialog = view.merge_dialog
    assert isinstance(dialog, MergeDialog) and dialog.isVisible()
    assert dialog.error.text() == "" and dialog.merge_button.isEnabled()

    # Meanwhile a case is opened for the other record too (e.g. in a second window).
    services.cases.open_case(second.id, CaseInput(opened_on=date(2025, 9, 2)))
    dialog.merge_button.click()
    click_box_button(message_box(), "Zusammenführen")
    assert "Schließen Sie zuerst einen der beiden Fälle ab" in dialog.error.text()
    assert dialog.isVisible() and view.merge_dialog is dialog
    assert services.clients.count(ClientQuery()) == 2
    assert services.clients.get(second.id).data.phone == "0160 9876543"
    assert services.cases.current_case(second.id) is not None

    # Reloaded (the other record chosen to stay), the dialog says so up front.
    dialog.keep_second.setChecked(True)
    assert "Beide Akten haben einen offenen" in dialog.error.text()
    assert not dialog.merge_button.isEnabled()
    dialog.reject()


def test_history_and_documents_of_a_demo_client(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    services = services_of(unlocked)
    generate_demo(services.store, clients=20, seed=5)
    with services.store.engine.connect() as connection:
        client_id = connection.execute(
            select(Case.client_id)
            .join(Contact, Contact.case_id == Case.id)
            .group_by(Case.client_id)
            .order_by(func.count().desc())
            .limit(1)
        ).scalar_one()
    view = open_record(unlocked, services.clients.get(client_id))
    record = view.record
    record.tabs.setCurrentWidget(record.history_page)
    table = record.history_table
    assert table.isVisible() and not record.history_empty.isVisible()
    assert table.rowCount() == len(services.history.timeline(client_id)) > 3
    titles = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert any(title.startswith("Kontakt – ") for title in titles)
    dates = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert all(len(text) == 10 and text[2] == text[5] == "." for text in dates)

    record.tabs.setCurrentWidget(record.documents_page)
    assert record.documents_empty.isVisible() and not record.export_button.isVisible()
    record.keep_button.click()
    assert record.documents_table.rowCount() == 1
    assert record.documents_table.item(0, 0).text() == "Einwilligungserklärung"
    assert "abgelegt" in record.documents_notice.text()
    assert record.export_button.isEnabled()
    titles = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert "Dokument abgelegt – Einwilligungserklärung" in titles
    record.export_button.click()
    dialog = record._file_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    detail = record.detail
    assert detail is not None
    assert dialog.selectedFiles()[0].endswith(f"Einwilligungserklaerung-{detail.number}.pdf")
    target = tmp_path / "kopie.pdf"
    dialog.selectFile(str(target))
    dialog.accept()
    document = services.history.documents(client_id)[0]
    assert target.read_bytes() == services.history.document_content(document.id)
    assert target.read_bytes().startswith(b"%PDF")
    if os.environ.get("MBE_SHOTS"):
        shots = Path(os.environ["MBE_SHOTS"])
        shots.mkdir(parents=True, exist_ok=True)
        main = main_of(unlocked)
        main.resize(1200, 800)
        record.tabs.setCurrentWidget(record.history_page)
        qtbot.wait(50)
        main.grab().save(str(shots / "verlauf.png"))
        record.tabs.setCurrentWidget(record.documents_page)
        qtbot.wait(50)
        main.grab().save(str(shots / "dokumente.png"))


def _open_merge(main: MainWindow, *clients: ClientDetail) -> MergeDialog:
    view = main.clients
    view.refresh()
    main.show_view(CLIENTS)
    selection = view.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for client in clients:
        row = view.model.row_of(client.id)
        assert row is not None
        selection.select(view.model.index(row, 0), flags)
    view.merge_button.click()
    dialog = view.merge_dialog
    assert isinstance(dialog, MergeDialog) and dialog.isVisible()
    return dialog


def test_lock_reopens_a_merge_with_its_choices(qtbot: QtBot, unlocked: AppController) -> None:
    services = services_of(unlocked)
    first = add_client(services, "Haddad", "Rami", birth_date=date(1988, 8, 8), city="Köln")
    second = add_client(
        services, "Haddad", "Rami", birth_date=date(1988, 8, 8), phone="0160 9876543"
    )
    dialog = _open_merge(main_of(unlocked), first, second)
    dialog.keep_second.setChecked(True)  # the newer record stays
    dialog.choose("city", from_other=True)  # with the city of the older one
    dialog.choose("phone", from_other=True)  # and, deliberately, its empty phone
    main_of(unlocked).lock_action.trigger()
    assert unlocked.state is State.LOCKED
    assert not dialog.isVisible()

    unlock(unlocked)
    main = main_of(unlocked)
    view = main.clients
    assert main.current_view_index() == CLIENTS
    restored = view.merge_dialog
    assert isinstance(restored, MergeDialog) and restored.isVisible()
    assert {row.id for row in restored.rows} == {first.id, second.id}
    assert restored.keep.id == second.id
    assert restored.take_from_other() == frozenset({"city", "phone"})
    assert "wiederhergestellt" in restored.error.text()
    assert services_of(unlocked).drafts.keys() == []  # the dialog holds the choices again
    restored.merge()
    kept = services_of(unlocked).clients.get(second.id)
    assert (kept.data.city, kept.data.phone) == ("Köln", "")


def test_a_restored_merge_shows_a_record_changed_meanwhile(
    qtbot: QtBot, unlocked: AppController
) -> None:
    services = services_of(unlocked)
    first = add_client(services, "Haddad", "Rami", birth_date=date(1988, 8, 8))
    second = add_client(
        services, "Haddad", "Rami", birth_date=date(1988, 8, 8), phone="0160 9876543"
    )
    dialog = _open_merge(main_of(unlocked), first, second)
    assert dialog.take_from_other() == frozenset({"phone"})
    # Changed elsewhere while the dialog is open: the phone no longer differs.
    services.clients.update(
        first.id, replace(first.data, phone="0160 9876543", city="Bonn"), first.version
    )
    main_of(unlocked).lock_action.trigger()

    unlock(unlocked)
    restored = main_of(unlocked).clients.merge_dialog
    assert isinstance(restored, MergeDialog) and restored.isVisible()
    assert "inzwischen geändert" in restored.error.text()
    assert "phone" not in restored.choices  # the preview shows the records as they are now
    assert "city" in restored.choices and restored.take_from_other() == frozenset()
