"""Orte der Außensprechstunden on a real store: add, rename, deactivate, reactivate, the
German refusals, never a deletion, only active places offered, and the audit trail."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from client_fixtures import add, fixed_today, sql

from mbe_desktop.app import Services
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.services.cases import CaseInput, CaseService, ContactInput
from mbe_desktop.services.clients import INACTIVE_LOCATION
from mbe_desktop.services.outreach import MAX_NAME_CHARS, OutreachLocationService

NOW = datetime(2026, 6, 15, 10, 30)


@pytest.fixture
def outreach(services: Services) -> OutreachLocationService:
    return services.outreach


@pytest.fixture
def cases(services: Services) -> CaseService:
    return CaseService(services.store, today=lambda: NOW.date(), now=lambda: NOW)


def outreach_contact(location_id: int | None, note: str = "Sprechstunde") -> ContactInput:
    return ContactInput(
        datetime(2026, 5, 4, 10), form="outreach", outreach_location_id=location_id, note=note
    )


def test_add_lists_active_places_first_in_german_order(
    outreach: OutreachLocationService,
) -> None:
    assert outreach.locations() == []
    zentrum = outreach.add("  Zentrum   Süd ")
    assert (zentrum.name, zentrum.active, zentrum.contacts, zentrum.clients) == (
        "Zentrum Süd",
        True,
        0,
        0,
    )
    outreach.add("Ämterhaus")
    bibliothek = outreach.add("Bibliothek")
    outreach.set_active(bibliothek.id, False)
    assert [row.name for row in outreach.locations()] == ["Ämterhaus", "Zentrum Süd", "Bibliothek"]
    assert [name for _id, name in outreach.active()] == ["Ämterhaus", "Zentrum Süd"]
    assert outreach.names()[bibliothek.id] == "Bibliothek"  # for past contacts


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "Bitte einen Namen für den Ort angeben."),
        ("   \t ", "Bitte einen Namen für den Ort angeben."),
        ("x" * (MAX_NAME_CHARS + 1), f"höchstens {MAX_NAME_CHARS} Zeichen"),
        ("rathaus  MUSTERDORF", "Den Ort „Rathaus Musterdorf“ gibt es schon."),
        ("Alte Schule", "er ist deaktiviert. Aktivieren Sie ihn wieder"),
    ],
)
def test_bad_names_are_refused_in_german_and_nothing_is_stored(
    outreach: OutreachLocationService, services: Services, name: str, message: str
) -> None:
    outreach.add("Rathaus Musterdorf")
    old = outreach.add("Alte Schule")
    outreach.set_active(old.id, False)
    third = outreach.add("Bibliothek")
    before = outreach.locations()
    events = sql(services, "SELECT count(*) FROM audit_event")
    with pytest.raises(ValidationError, match=message) as refused:
        outreach.add(name)
    assert refused.value.field == "name"
    with pytest.raises(ValidationError, match=message):
        outreach.rename(third.id, name)
    assert outreach.locations() == before
    assert sql(services, "SELECT count(*) FROM audit_event") == events


def test_rename_shows_in_past_contacts_and_may_change_letter_case(
    outreach: OutreachLocationService, cases: CaseService, services: Services
) -> None:
    place = outreach.add("Rathaus musterdorf")
    client = add(fixed_today(services), "Nowak", "Jan")
    case = cases.open_case(client.id, CaseInput(date(2026, 5, 1)))
    cases.add_contact(case.id, outreach_contact(place.id))
    renamed = outreach.rename(place.id, "Rathaus Musterdorf")  # its own name, other case
    assert (renamed.name, renamed.contacts) == ("Rathaus Musterdorf", 1)
    assert outreach.names()[place.id] == "Rathaus Musterdorf"
    with pytest.raises(UserError, match="gibt es nicht mehr"):
        outreach.rename(999, "Irgendwo")


def test_deactivated_places_stay_with_their_contacts_and_are_not_offered(
    outreach: OutreachLocationService, cases: CaseService, services: Services
) -> None:
    place = outreach.add("Gemeindehaus Nord")
    other = outreach.add("Familienzentrum")
    clients = fixed_today(services)
    client = add(clients, "Nowak", "Jan")
    case = cases.open_case(client.id, CaseInput(date(2026, 5, 1)))
    contact = cases.add_contact(case.id, outreach_contact(place.id))

    row = outreach.set_active(place.id, False)
    assert (row.active, row.contacts) == (False, 1)
    assert sql(services, "SELECT count(*) FROM outreach_location") == [(2,)]  # never deleted
    assert cases.contacts(case.id)[0].outreach_location_id == place.id
    assert (place.id, "Gemeindehaus Nord") not in clients.outreach_locations()  # intake list
    assert place.id not in dict(outreach.active())

    # A new contact or intake cannot choose it; the contact that names it may keep it.
    with pytest.raises(ValidationError) as refused:
        cases.add_contact(case.id, outreach_contact(place.id))
    assert refused.value.message == INACTIVE_LOCATION
    kept = cases.update_contact(
        contact.id, outreach_contact(place.id, "Notiz ergänzt"), contact.version
    )
    assert kept.outreach_location_id == place.id and kept.note == "Notiz ergänzt"
    moved = cases.update_contact(kept.id, outreach_contact(other.id), kept.version)
    with pytest.raises(ValidationError, match="nicht mehr angeboten"):
        cases.update_contact(moved.id, outreach_contact(place.id), moved.version)
    with pytest.raises(ValidationError, match="nicht mehr angeboten"):
        add(clients, "Kowalska", "Ewa", outreach_location_id=place.id)

    assert outreach.set_active(place.id, True).active
    assert cases.add_contact(case.id, outreach_contact(place.id)).outreach_location_id == place.id
    assert add(clients, "Kowalska", "Ewa", outreach_location_id=place.id).data.outreach_location_id


def test_changes_are_audited_like_settings_without_the_name(
    outreach: OutreachLocationService, services: Services
) -> None:
    start = sql(services, "SELECT coalesce(max(id), 0) FROM audit_event")[0][0]
    place = outreach.add("Rathaus Musterdorf")
    outreach.rename(place.id, "Rathaus Musterdorf")  # unchanged: no event
    outreach.rename(place.id, "Bürgerhaus Musterdorf")
    outreach.set_active(place.id, False)
    outreach.set_active(place.id, False)  # already: no event
    outreach.set_active(place.id, True)
    events = sql(
        services,
        "SELECT action, entity, entity_id, fields FROM audit_event WHERE id > :start ORDER BY id",
        start=start,
    )
    assert events == [
        ("create", "setting", place.id, "outreach_location,name"),
        ("update", "setting", place.id, "outreach_location,name"),
        ("update", "setting", place.id, "outreach_location,active"),
        ("update", "setting", place.id, "outreach_location,active"),
    ]
    assert "Musterdorf" not in repr(events)
