"""Netzwerk UI: the directory view, partner dialog, CSV import preview, template editor, and the
flow from a client's case to a stored referral letter (release recorded, status, open copy)."""

from __future__ import annotations

import hashlib
import stat
import sys
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from ui_support import OFFSCREEN_NOISE

from mbe_desktop.app import Services
from mbe_desktop.domain.partners import PartnerInput, PersonInput
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.storage.models import Case, StoredDocument
from mbe_desktop.ui.cases.case_panel import CasePanel
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.network.import_dialog import ImportDialog
from mbe_desktop.ui.network.partner_dialog import PartnerDialog
from mbe_desktop.ui.network.referral import RecordReleaseDialog, ReferralDialog
from mbe_desktop.ui.network.referrals_panel import ReferralsPanel, StatusDialog
from mbe_desktop.ui.network.templates import TemplateEditor
from mbe_desktop.ui.tasks import SyncRunner
from mbe_desktop.ui.views.network import NetworkView, PartnerTableModel

sys.path.insert(0, str(Path(__file__).parent.parent / "services"))
from privacy_fixtures import add_client

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def context_of(services: Services) -> UnlockedContext:
    return UnlockedContext(services, SyncRunner(), FAST_TEST_KDF)


def visible(kind: type) -> list[Any]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def click(box: QMessageBox, text: str) -> None:
    for button in box.buttons():
        if button.text().replace("&", "") == text:
            button.click()
            return
    raise AssertionError([b.text() for b in box.buttons()])


def add_partners(services: Services) -> list[int]:
    return [
        services.partners.create(
            PartnerInput(
                name="Jobcenter Musterstadt",
                category="jobcenter",
                street="Arbeitsplatz 1",
                postcode="99990",
                city="Musterstadt",
                people=(PersonInput("Anna Beispiel", "Sachbearbeitung"),),
            )
        ).id,
        services.partners.create(
            PartnerInput(name="Schuldnerberatung Dorf", category="debt_counselling", city="Dorf")
        ).id,
    ]


# --- the directory -------------------------------------------------------------------------------


def test_empty_directory_offers_the_first_steps(qtbot: QtBot, services: Services) -> None:
    view = NetworkView(context_of(services))
    qtbot.addWidget(view)
    view.show()
    assert view.pages.currentWidget() is view.empty
    assert view.first_import_button.isVisible()
    dialog = view.open_partner(None)
    assert dialog is not None and dialog.isVisible()
    dialog.name.setText("Tafel Musterstadt")
    dialog.category.setCurrentIndex(dialog.category.findData("volunteers_associations"))
    dialog.email.setText("kein-at-zeichen")
    dialog.save_button.click()
    # A failed save keeps every input and names the problem.
    assert dialog.isVisible() and "E-Mail" in dialog.notice.text()
    assert dialog.name.text() == "Tafel Musterstadt"
    assert dialog.email.property("invalid") is True
    dialog.email.setText("info@tafel.example")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert view.pages.currentWidget() is view.list_page
    assert view.model.rowCount() == 1 and "Tafel Musterstadt" in view.details_title.text()


def test_search_and_filters_reload_the_list(qtbot: QtBot, services: Services) -> None:
    add_partners(services)
    view = NetworkView(context_of(services))
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 2 and view.count_label.text() == "2 Stellen"
    view.category.setCurrentIndex(view.category.findData("debt_counselling"))
    assert [view.model.partner(r).name for r in range(view.model.rowCount())] == [
        "Schuldnerberatung Dorf"
    ]
    assert view.count_label.text() == "1 von 2 Stellen"
    view.category.setCurrentIndex(0)
    view.place.setCurrentIndex(view.place.findData("Musterstadt"))
    assert view.model.rowCount() == 1
    view.place.setCurrentIndex(0)
    qtbot.keyClicks(view.search, "anna")
    view.refresh()  # what the timer does 150 ms after the last key
    assert view.model.rowCount() == 1
    assert "Anna Beispiel (Sachbearbeitung)" in view.details.text()
    view.search.setText("nichts dergleichen")
    view.refresh()
    assert view.model.rowCount() == 0 and "Keine Stelle gefunden" in view.details.text()


def test_model_passes_the_model_tester(qtmodeltester: Any, services: Services) -> None:
    add_partners(services)
    model = PartnerTableModel()
    model.set_rows(services.partners.search())
    qtmodeltester.check(model)


def test_delete_asks_first_and_refuses_partners_with_referrals(
    qtbot: QtBot, services: Services
) -> None:
    jobcenter, debt = add_partners(services)
    add_client(services, "Nowak", "Piotr", tag="d", partner_id=jobcenter)
    view = NetworkView(context_of(services))
    qtbot.addWidget(view)
    view.show()
    view.select_partner(debt)
    box = view.ask_delete()
    assert box is not None and "Schuldnerberatung Dorf" in box.text()
    click(box, "Abbrechen")
    assert services.partners.count() == 2
    box = view.ask_delete()
    assert box is not None
    click(box, "Löschen")
    assert services.partners.count() == 1
    view.select_partner(jobcenter)
    box = view.ask_delete()
    assert box is not None
    click(box, "Löschen")
    assert "kann nicht gelöscht werden" in view.error.text()
    assert services.partners.count() == 1


def test_csv_import_shows_bad_rows_and_imports_a_clean_file(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    view = NetworkView(context_of(services))
    qtbot.addWidget(view)
    view.show()
    bad = tmp_path / "bad.csv"
    bad.write_text("Name;Kategorie\nVHS;Integrationskursträger\n;jobcenter\nX;Backstube\n")
    dialog = view.import_file(bad)
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    assert not dialog.import_button.isEnabled()
    assert dialog.problems.rowCount() == 2
    assert dialog.problems.item(0, 0).text() == "3" and dialog.problems.item(1, 0).text() == "4"
    assert "nichts importiert" in dialog.notice.text()
    dialog.reject()
    assert services.partners.count() == 0
    good = tmp_path / "good.csv"
    good.write_text("Name;Kategorie;Ort\nVHS;Integrationskursträger;Musterstadt\n", "utf-8")
    dialog = view.import_file(good)
    assert isinstance(dialog, ImportDialog) and dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert services.partners.count() == 1
    assert "1 Netzwerkpartner importiert" in view.error.text()
    assert view.model.rowCount() == 1  # refreshed through the "partners" topic
    binary = tmp_path / "table.xlsx"
    binary.write_bytes(b"PK\x03\x04\x00\x00" * 20)
    assert view.import_file(binary) is None
    assert "keine CSV-Textdatei" in view.error.text()


def test_csv_export_writes_the_directory(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    add_partners(services)
    view = NetworkView(context_of(services))
    qtbot.addWidget(view)
    target = tmp_path / "verzeichnis"
    assert view.export_file(target)
    text = (tmp_path / "verzeichnis.csv").read_text("utf-8-sig")
    assert text.startswith("Name;Kategorie;") and "Schuldnerberatung Dorf" in text


def test_template_editor_refuses_unknown_placeholders(qtbot: QtBot, services: Services) -> None:
    editor = TemplateEditor(context_of(services))
    qtbot.addWidget(editor)
    editor.show()
    row = next(
        index
        for index in range(editor.categories.count())
        if editor.categories.item(index).data(Qt.ItemDataRole.UserRole + 1) == "chamber"
    )
    editor.categories.setCurrentRow(row)
    assert "allgemeine Vorlage" in editor.state.text()
    editor.body.setPlainText("Guten Tag, {Vorname}")
    assert not editor.save()
    assert "Unbekannter Platzhalter „{Vorname}“" in editor.notice.text()
    assert editor.body.toPlainText() == "Guten Tag, {Vorname}"  # kept as typed
    editor.body.setPlainText("Guten Tag, ")
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    editor.insert_placeholder(editor.placeholders.item(0))
    assert editor.save()
    assert services.referrals.template_for("chamber").body == "Guten Tag, {Name}"
    assert "(eigene)" in editor.categories.item(row).text()


# --- from the case to the stored letter ---------------------------------------------------------


def open_case(services: Services, client_id: int) -> int:
    with services.store.read_session() as session:
        return session.execute(
            select(Case.id).where(Case.client_id == client_id, Case.status == "open")
        ).scalar_one()


def test_referral_flow_from_case_to_stored_letter(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    jobcenter, debt = add_partners(services)
    canary = add_client(
        services,
        "الحسن",
        "محمد",
        latin_name="Mohammad Al-Hassan",
        tag="f",
        closed=None,
        partner_id=jobcenter,
    )
    context = context_of(services)
    events: list[frozenset[str]] = []
    context.events.changed.connect(events.append)
    dialog = ReferralDialog(context, canary.id, open_case(services, canary.id))
    qtbot.addWidget(dialog)
    dialog.open()
    assert "Akte " + canary.number in dialog.windowTitle()
    assert "محمد" not in dialog.windowTitle()
    assert not dialog.create_button.isEnabled()
    # The debt counselling service has no release: blocked, with the way out.
    assert dialog.select_partner(debt)
    dialog.purpose.setCurrentText("Schuldnerberatung")
    dialog.refresh_check()
    checked = dialog.checked_codes()
    assert checked == ("employment_status", "benefits")  # only what the purpose needs
    assert "keine Schweigepflichtentbindung" in dialog.consent.text()
    assert dialog.print_release.isVisibleTo(dialog) and dialog.record_release.isVisibleTo(dialog)
    assert not dialog.create_button.isEnabled()
    assert dialog.preview_button.isEnabled()
    # Emergency override: only with a written reason of some length.
    dialog.override.setChecked(True)
    dialog.override_reason.setPlainText("Eilig")
    assert not dialog.create_button.isEnabled()
    # Record the signed release instead.
    record = dialog.open_record_release()
    assert isinstance(record, RecordReleaseDialog) and record.isVisible()
    record.save_button.click()
    assert not record.isVisible()
    dialog.refresh_check()
    assert "deckt Stelle, Zweck" in dialog.consent.text()
    assert not dialog.record_release.isVisibleTo(dialog) and not dialog.override.isVisibleTo(dialog)
    # A placeholder for data not ticked is listed by name and blocks.
    dialog.body.setPlainText(dialog.body.toPlainText() + "\n\nTelefon: {Telefon}")
    dialog.refresh_check()
    assert "{Telefon}" in dialog.problems.text() and not dialog.create_button.isEnabled()
    dialog.load_template()
    dialog.refresh_check()
    assert dialog.create_button.isEnabled()
    dialog.create_button.click()
    assert not dialog.isVisible()
    assert frozenset({"referrals", "follow_ups"}) in events
    offers = visible(QMessageBox)
    assert offers and "gespeichert" in offers[-1].text()
    click(offers[-1], "Schließen")

    rows = services.referrals.referrals_of(canary.id)
    created = rows[0]
    assert created.partner_id == debt and created.status == "sent"
    assert created.data_labels == ("Erwerbssituation", "Leistungsbezug")
    with services.store.read_session() as session:
        document = session.get(StoredDocument, created.document_id)
        assert document is not None and document.kind == "referral_letter"

    # The client record's panel: status with date, open a copy through a private temp dir.
    panel = ReferralsPanel(context)
    qtbot.addWidget(panel)
    panel.show_client(canary.id)
    assert panel.table.rowCount() == len(rows)
    assert panel.table.item(0, 1).text() == "Schuldnerberatung Dorf"
    assert panel.table.item(0, 3).text().startswith("weitergeleitet (seit ")
    status = panel.ask_status()
    assert isinstance(status, StatusDialog)
    status.status.setCurrentIndex(status.status.findData("feedback_received"))
    status.accept()
    assert services.referrals.referral(created.id).feedback_on == date.today()
    assert panel.table.item(0, 3).text().startswith("Rückmeldung erhalten")
    opened: list[QUrl] = []
    panel.previews.opener = lambda url: opened.append(url) or True
    panel.table.selectRow(0)
    panel.open_letter()
    path = Path(opened[0].toLocalFile())
    assert path.name == f"Weiterleitung-{canary.number}.pdf"  # the number, never the name
    assert path.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    panel.clear()
    assert not path.exists() and not path.parent.exists()


def test_referral_from_the_case_panel_to_the_stored_letter(
    qtbot: QtBot, services: Services
) -> None:
    jobcenter, debt = add_partners(services)
    canary = add_client(
        services,
        "Ковальчук",
        "Олена",
        latin_name="Olena Kovalchuk",
        tag="k",
        closed=None,
        partner_id=jobcenter,
    )
    case_id = open_case(services, canary.id)
    context = context_of(services)
    panel = CasePanel(context)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    panel.show_client(canary.id)
    assert panel.refer_button.isVisible() and panel.refer_button.isEnabled()
    panel.refer_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, ReferralDialog) and dialog.isVisible()
    assert "Akte " + canary.number in dialog.windowTitle()
    # No release for the debt counselling service yet: blocked until one is recorded.
    assert dialog.select_partner(debt)
    dialog.purpose.setCurrentText("Schuldnerberatung")
    dialog.refresh_check()
    assert not dialog.create_button.isEnabled()
    record = dialog.open_record_release()
    assert isinstance(record, RecordReleaseDialog)
    record.save_button.click()
    assert not record.isVisible()
    dialog.refresh_check()
    assert "deckt Stelle, Zweck" in dialog.consent.text()
    assert dialog.create_button.isEnabled()
    dialog.create_button.click()
    assert not dialog.isVisible()
    assert panel.dialog is None
    offers = visible(QMessageBox)
    assert offers and "gespeichert" in offers[-1].text()
    click(offers[-1], "Schließen")

    # Stored with the case, on the recorded release, with the letter's checksum.
    created = next(r for r in services.referrals.referrals_of(canary.id) if r.partner_id == debt)
    assert created.case_id == case_id and created.status == "sent"
    assert created.consent_id is not None and not created.override_reason
    assert created.document_id is not None
    letter = services.referrals.letter(created.id)
    assert hashlib.sha256(letter).hexdigest() == created.letter_sha256
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(BytesIO(letter)).pages)
    assert "Ковальчук" in text and "Олена" in text
    assert "Schuldnerberatung Dorf" in text and canary.number in text


def test_override_needs_a_reason(qtbot: QtBot, services: Services) -> None:
    _jobcenter, debt = add_partners(services)
    canary = add_client(services, "Kowalska", "Anna", tag="o", closed=None)
    dialog = ReferralDialog(context_of(services), canary.id, open_case(services, canary.id))
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.select_partner(debt)
    dialog.purpose.setCurrentText("Schuldnerberatung")
    dialog.set_checked("employment_status", False)
    dialog.set_checked("benefits", False)
    dialog.refresh_check()
    dialog.override.setChecked(True)
    assert dialog.override_reason.isVisibleTo(dialog)
    dialog.override_reason.setPlainText(
        "Pfändung des Kontos morgen, Klientin im Krankenhaus und nicht erreichbar."
    )
    assert dialog.create_button.isEnabled()
    dialog.create_button.click()
    row = services.referrals.referrals_of(canary.id)[0]
    assert row.partner_id == debt and row.consent_id is None
    assert row.override_reason.startswith("Pfändung")
    for box in visible(QMessageBox):
        box.close()


def test_nothing_chosen_yet_blocks_the_letter(qtbot: QtBot, services: Services) -> None:
    canary = add_client(services, "Nowak", "Piotr", tag="n", closed=None)
    dialog = ReferralDialog(context_of(services), canary.id, open_case(services, canary.id))
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.partner.count() == 1  # the fixture's partner
    assert not dialog.create_button.isEnabled()
    assert "Wählen Sie die Stelle" in dialog.consent.text()


def test_partner_dialog_edits_people(qtbot: QtBot, services: Services) -> None:
    jobcenter, _debt = add_partners(services)
    dialog = PartnerDialog(context_of(services), jobcenter)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.people.item(0, 0).text() == "Anna Beispiel"
    dialog.add_person_row(PersonInput("Jan Muster", "Leitung"))
    dialog.save_button.click()
    people = services.partners.detail(jobcenter).people
    assert [p.name for p in people] == ["Anna Beispiel", "Jan Muster"]
