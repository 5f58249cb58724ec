"""Einstellungen → Orte der Außensprechstunden with a real store and real widgets: add by
keyboard, a refused duplicate, rename, deactivate and reactivate; the contact dialog offers only
active places."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

import pytest
from clients_support import add_client
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot
from ui_support import OFFSCREEN_NOISE, mnemonics

from mbe_desktop.app import Services
from mbe_desktop.services.cases import CaseInput, ContactInput
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.ui.cases.case_panel import CasePanel
from mbe_desktop.ui.cases.contact_dialog import ContactDialog
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.tasks import SyncRunner
from mbe_desktop.ui.views.outreach_section import OutreachLocationsSection
from mbe_desktop.ui.views.settings import SettingsView

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def texts(section: OutreachLocationsSection) -> list[str]:
    return [section.list.item(row).text() for row in range(section.list.count())]


def offered(services: Services, context: UnlockedContext) -> list[str]:
    """The outreach places a new contact's dialog offers."""
    client = add_client(services, "Testowa", "Ola", first_contact_date=date.today())
    case = services.cases.open_case(client.id, CaseInput(date.today() - timedelta(days=1)))
    dialog = ContactDialog(context, case)
    try:
        combo = dialog.location
        return [combo.itemText(i) for i in range(combo.count()) if combo.itemData(i) is not None]
    finally:
        dialog.deleteLater()


def test_places_are_maintained_by_keyboard_in_the_settings(
    qtbot: QtBot, services: Services
) -> None:
    context = UnlockedContext(services, SyncRunner(), FAST_TEST_KDF)
    view = SettingsView(context)
    qtbot.addWidget(view)
    view.show()
    # The offscreen platform does not activate new windows; keyboard focus needs it.
    view.activateWindow()
    QApplication.processEvents()
    section = view.outreach
    assert isinstance(section, OutreachLocationsSection) and section.isVisibleTo(view)
    assert section.list.accessibleName() == "Orte der Außensprechstunden"
    assert section.name_edit.accessibleName()
    assert not [key for key, n in Counter(mnemonics(section)).items() if n > 1]
    assert not section.rename_button.isEnabled() and not section.active_button.isEnabled()

    # Type a name, press Enter: added, listed, the field is empty again.
    section.name_edit.setFocus()
    qtbot.keyClicks(section.name_edit, "Rathaus Musterdorf")
    qtbot.keyClick(section.name_edit, Qt.Key.Key_Return)
    assert texts(section) == ["Rathaus Musterdorf"]
    assert section.notice.kind == "success" and "hinzugefügt" in section.notice.text()
    assert section.name_edit.text() == ""
    # The same name again: refused in German, nothing added.
    qtbot.keyClicks(section.name_edit, "rathaus musterdorf")
    qtbot.keyClick(section.name_edit, Qt.Key.Key_Return)
    assert section.notice.kind == "error"
    assert section.notice.text() == "Den Ort „Rathaus Musterdorf“ gibt es schon."
    assert texts(section) == ["Rathaus Musterdorf"]
    section.name_edit.clear()
    qtbot.keyClicks(section.name_edit, "Familienzentrum")
    section.add_button.click()
    assert texts(section) == ["Familienzentrum", "Rathaus Musterdorf"]
    assert offered(services, context) == ["Familienzentrum", "Rathaus Musterdorf"]

    # Rename the chosen place (Umbenennen … opens a small dialog with the old name).
    section.list.setFocus()
    section.list.setCurrentRow(1)
    assert section.rename_button.isEnabled()
    qtbot.keyClick(section.list, Qt.Key.Key_F2)  # as the Umbenennen … button
    dialog = section.rename_dialog
    assert isinstance(dialog, QInputDialog) and dialog.isVisible()
    assert dialog.textValue() == "Rathaus Musterdorf"
    dialog.setTextValue("Bürgerhaus Musterdorf")
    dialog.accept()
    assert section.rename_dialog is None
    assert texts(section) == ["Bürgerhaus Musterdorf", "Familienzentrum"]
    assert "heißt jetzt" in section.notice.text()

    # Deactivate: still listed (marked), no longer offered, never deleted.
    section.list.setCurrentRow(0)
    assert section.active_button.text() == "Deaktivieren"
    section.active_button.click()
    assert texts(section) == ["Familienzentrum", "Bürgerhaus Musterdorf (deaktiviert)"]
    chosen = section.selected()
    assert chosen is not None and not chosen.active
    assert section.active_button.text() == "Wieder aktivieren"
    assert QApplication.focusWidget() is section.active_button
    assert offered(services, context) == ["Familienzentrum"]
    assert [row.name for row in services.outreach.locations()] == [
        "Familienzentrum",
        "Bürgerhaus Musterdorf",
    ]

    # Reactivate with the same button (Space on the focused button).
    qtbot.keyClick(section.active_button, Qt.Key.Key_Space)
    assert texts(section) == ["Bürgerhaus Musterdorf", "Familienzentrum"]
    assert "wieder zur Auswahl" in section.notice.text()
    assert offered(services, context) == ["Bürgerhaus Musterdorf", "Familienzentrum"]


def test_a_past_contact_keeps_its_deactivated_place(qtbot: QtBot, services: Services) -> None:
    context = UnlockedContext(services, SyncRunner(), FAST_TEST_KDF)
    place = services.outreach.add("Gemeindehaus Nord")
    client = add_client(services, "Testowa", "Ola", first_contact_date=date.today())
    case = services.cases.open_case(client.id, CaseInput(date.today() - timedelta(days=3)))
    at = datetime.combine(date.today() - timedelta(days=1), datetime.min.time()).replace(hour=10)
    contact = services.cases.add_contact(
        case.id, ContactInput(at, form="outreach", outreach_location_id=place.id, note="Termin")
    )
    services.outreach.set_active(place.id, False)

    dialog = ContactDialog(context, case, contact)
    qtbot.addWidget(dialog)
    assert dialog.location.currentText() == "Gemeindehaus Nord (deaktiviert)"
    assert dialog.location.currentData() == place.id
    dialog.save_button.click()  # unchanged place: saving still works
    assert dialog.saved_contact is not None
    assert dialog.saved_contact.outreach_location_id == place.id

    panel = CasePanel(context)
    qtbot.addWidget(panel)
    panel.show_client(client.id)
    assert "Gemeindehaus Nord" in panel.table.item(0, 1).text()
