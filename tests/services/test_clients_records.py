"""Intake and editing: create → get → update, versions, numbers, bad input, duplicates, audit."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date
from typing import Any

import pytest
from client_fixtures import TODAY, add, fixed_today, intake, sql
from pypdf import PdfReader

from mbe_desktop.app import Services
from mbe_desktop.domain.client_rules import DEFAULT_CONSENT_SCOPE, ClientInput
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.services.clients import ClientQuery, ClientService
from mbe_desktop.storage.models import OutreachLocation

FULL = ClientInput(
    family_name="Шевченко",
    given_names="Олександр Петрович",
    name_latin="Shevchenko Oleksandr",
    gender="male",
    birth_date=date(1982, 4, 9),
    nationalities=("UA", "RU"),
    languages=("uk", "ru", "de"),
    interpreter_needed=True,
    interpreter_language="uk",
    arrival_date=date(2022, 3, 15),
    residence_status="temporary_protection_24",
    residence_legal_basis="§ 24 AufenthG",
    residence_valid_until=date(2027, 3, 4),
    course_right="entitled",
    course_status="attending",
    german_level="a2",
    education="university",
    qualification="Ingenieur (Maschinenbau)",
    recognition_status="in_progress",
    employment_status="unemployed",
    benefits="sgb2",
    household_size=4,
    children_count=2,
    living_situation="own_flat",
    phone="+49 151 2345 678",
    email="o.shevchenko@example.org",
    street="Lindenstraße 5",
    postcode="99998",
    city="Teststadt",
    how_found="jobcenter",
    first_contact_date=date(2025, 5, 1),
    first_contact_place="Rathaus",
    outreach_location_id=None,
    consent_given_on=date(2025, 5, 1),
    consent_scope="Beratung, Dokumentation und Gesundheitsdaten, soweit nötig",
)


@pytest.fixture
def clients(services: Services) -> ClientService:
    return fixed_today(services)


def audit_rows(services: Services) -> list[tuple[Any, ...]]:
    return sql(services, "SELECT action, entity, entity_id, fields FROM audit_event ORDER BY id")


def test_create_then_get_returns_every_field(services: Services, clients: ClientService) -> None:
    created = clients.create(FULL)
    assert created.number == "2025-0001"
    assert created.version == 1
    assert created.data == FULL
    assert created.age == 44
    assert clients.get(created.id) == created
    assert services.clients.get(created.id).data == FULL  # the one wired into Services


def test_create_is_audited_with_field_names_only(
    services: Services, clients: ClientService
) -> None:
    created = clients.create(FULL)
    action, entity, entity_id, names = audit_rows(services)[-1]
    assert (action, entity, entity_id) == ("create", "client", created.id)
    assert "family_name" in names.split(",") and "phone" in names.split(",")
    everything = repr(audit_rows(services))
    for value in ("Шевченко", "Shevchenko", "2345", "Lindenstraße", "Ingenieur"):
        assert value not in everything


def test_update_saves_changes_and_bumps_the_version(
    services: Services, clients: ClientService
) -> None:
    created = clients.create(FULL)
    changed = replace(
        created.data,
        city="Anderswo",
        nationalities=("UA",),
        languages=("de", "uk"),
        name_latin="Shevchenko Oleksandr Petrovych",
    )
    updated = clients.update(created.id, changed, created.version)
    assert updated.version == 2
    assert updated.data == changed
    assert updated.number == created.number
    action, _, entity_id, names = audit_rows(services)[-1]
    assert (action, entity_id) == ("update", created.id)
    assert set(names.split(",")) == {"city", "nationalities", "languages", "name_latin"}
    assert clients.count(ClientQuery(text="petrovych")) == 1  # the search index follows


def test_an_unchanged_save_writes_nothing(services: Services, clients: ClientService) -> None:
    created = clients.create(FULL)
    events = len(audit_rows(services))
    assert clients.update(created.id, created.data, created.version) == created
    assert len(audit_rows(services)) == events


def test_a_stale_version_is_refused(services: Services, clients: ClientService) -> None:
    created = clients.create(FULL)
    clients.update(created.id, replace(created.data, city="Erste"), created.version)
    with pytest.raises(UserError, match="zwischenzeitlich geändert"):
        clients.update(created.id, replace(created.data, city="Zweite"), created.version)
    assert clients.get(created.id).data.city == "Erste"


def test_missing_records(clients: ClientService) -> None:
    with pytest.raises(UserError, match="gibt es nicht"):
        clients.get(999)
    with pytest.raises(UserError, match="gibt es nicht"):
        clients.update(999, FULL, 1)


def test_consent_history(services: Services, clients: ClientService) -> None:
    created = clients.create(FULL)
    scope_fixed = clients.update(
        created.id, replace(created.data, consent_scope="Beratung"), created.version
    )
    assert scope_fixed.data.consent_scope == "Beratung"
    renewed = clients.update(
        created.id,
        replace(scope_fixed.data, consent_given_on=date(2026, 1, 10), consent_scope="Neu"),
        scope_fixed.version,
    )
    assert (renewed.data.consent_given_on, renewed.data.consent_scope) == (
        date(2026, 1, 10),
        "Neu",
    )
    consents = sql(
        services,
        "SELECT given_on, scope FROM consent WHERE client_id = :id ORDER BY id",
        id=created.id,
    )
    assert consents == [("2025-05-01", "Beratung"), ("2026-01-10", "Neu")]


def test_invalid_input_is_refused_and_nothing_is_stored(clients: ClientService) -> None:
    with pytest.raises(ValidationError) as refused:
        clients.create(intake("Jung", birth_date=date(TODAY.year - 16, 1, 1)))
    assert refused.value.field == "birth_date"
    assert "18" in refused.value.message
    with pytest.raises(ValidationError) as missing:
        clients.create(ClientInput(family_name="Ohne"))
    assert missing.value.field == "birth_date"
    assert clients.count(ClientQuery()) == 0
    result = clients.check(ClientInput())
    assert not result.ok
    assert {problem.field for problem in result.errors} >= {"family_name", "consent_given_on"}


def test_warnings_do_not_block(clients: ClientService) -> None:
    young = intake("Jung", birth_date=date(TODAY.year - 20, 1, 1))
    assert clients.check(young).ok and clients.check(young).warnings
    assert clients.create(young).age == 20


def test_default_consent_scope(clients: ClientService) -> None:
    created = clients.create(intake("Ohne", "Umfang", consent_scope=""))
    assert created.data.consent_scope == DEFAULT_CONSENT_SCOPE


# --- client numbers --------------------------------------------------------------------------


def test_numbers_per_year_never_reused(services: Services, clients: ClientService) -> None:
    first = add(clients, "Eins")
    second = add(clients, "Zwei")
    other_year = add(
        clients, "Drei", first_contact_date=date(2024, 12, 30), consent_given_on=date(2025, 1, 2)
    )
    assert [first.number, second.number, other_year.number] == [
        "2025-0001",
        "2025-0002",
        "2024-0001",
    ]
    sql(services, "DELETE FROM client WHERE id = :id", id=second.id)  # the highest one
    assert add(clients, "Vier").number == "2025-0003"
    assert sql(services, "SELECT last_number FROM client_number_counter WHERE year = 2025") == [
        (3,)
    ]


def test_numbers_skip_ones_already_taken(services: Services, clients: ClientService) -> None:
    """Numbers written outside the counter (an import, old data) are never handed out again."""
    add(clients, "Eins")
    sql(services, "UPDATE client SET number = '2025-0002'")
    sql(services, "DELETE FROM client_number_counter")
    assert add(clients, "Zwei").number == "2025-0003"
    sql(services, "UPDATE client_number_counter SET last_number = 3")
    sql(services, "UPDATE client SET number = '2025-0004' WHERE family_name = 'Zwei'")
    assert add(clients, "Drei").number == "2025-0005"


# --- bad input -------------------------------------------------------------------------------

STORED_AS_TYPED = [
    ("family_name", "Rosa 🌹 Müller", "Rosa 🌹 Müller"),
    ("family_name", "\u200fمحمد\u200f العلي", "محمد العلي"),  # RLM marks go, the text stays
    ("family_name", "שלום", "שלום"),
    ("family_name", "علی\u200cرضا", "علی\u200cرضا"),  # ZWNJ inside a Persian name stays
    ("family_name", "  Müller  ", "Müller"),
    ("family_name", "Mül\u200bler\ufeff", "Müller"),
    ("family_name", "Mül\x00ler\x07", "Müller"),
    ("family_name", "Müller\tSchmidt\nMeier", "Müller Schmidt Meier"),
    ("family_name", "'); DROP TABLE client;--", "'); DROP TABLE client;--"),
    ("family_name", "Robert'); DELETE FROM client WHERE ('1'='1", None),
    ("given_names", "%_\\[]*?", "%_\\[]*?"),
    ("city", "Zürich\u202e", "Zürich"),
    ("qualification", "x" * 300, "x" * 300),
    ("consent_scope", "Zeile 1\r\nZeile 2\n\n", "Zeile 1\nZeile 2"),
]


@pytest.mark.parametrize(("field", "typed", "stored"), STORED_AS_TYPED)
def test_bad_input_is_stored_faithfully_and_touches_no_other_record(
    clients: ClientService, field: str, typed: str, stored: str | None
) -> None:
    other = add(clients, "Anderer", "Datensatz", phone="0151 111 222")
    created = clients.create(replace(intake("Basis", "Person"), **{field: typed}))
    assert getattr(created.data, field) == (typed if stored is None else stored)
    assert clients.get(other.id) == other
    assert clients.count(ClientQuery()) == 2


@pytest.mark.parametrize(
    ("field", "typed"),
    [
        ("family_name", "x" * 100_000),
        ("given_names", "y" * 100_000),
        ("consent_scope", "z" * 100_000),
        ("email", "not an address"),
        ("phone", "bitte anrufen"),
        ("nationalities", ("TR", "??")),
    ],
)
def test_bad_input_is_refused_with_a_reason(
    clients: ClientService, field: str, typed: object
) -> None:
    other = add(clients, "Anderer", "Datensatz")
    with pytest.raises(ValidationError) as refused:
        clients.create(replace(intake("Basis"), **{field: typed}))
    assert refused.value.field == field
    assert refused.value.message
    with pytest.raises(ValidationError):
        clients.update(other.id, replace(other.data, **{field: typed}), other.version)
    assert clients.get(other.id) == other
    assert clients.count(ClientQuery()) == 1


def test_hostile_names_are_found_and_the_tables_stay(
    services: Services, clients: ClientService
) -> None:
    created = add(clients, "'); DROP TABLE client;--", "Bobby")
    assert clients.count(ClientQuery(text="bobby")) == 1
    assert clients.get(created.id).data.family_name == "'); DROP TABLE client;--"
    assert sql(services, "SELECT count(*) FROM client") == [(1,)]


# --- duplicates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        (("Yılmaz", "Ayşe", ""), ("Yilmaz", "Ayse", "")),
        (("Müller", "Anna", ""), ("Mueller", "Anna", "")),
        (("Müller", "Anna", ""), ("Anna", "Muller", "")),  # family and given swapped
        (("Шевченко", "Олександр", ""), ("Shevchenko", "Oleksandr", "")),
        (("محمد", "", "Mohammad Haddad"), ("Haddad", "Mohammad", "")),
        (("Żółć", "Łukasz", ""), ("ZOLC", "lukasz", "")),
    ],
)
def test_duplicates_by_transliterated_name_and_birth(
    clients: ClientService, stored: tuple[str, str, str], typed: tuple[str, str, str]
) -> None:
    existing = add(clients, stored[0], stored[1], name_latin=stored[2], birth_date=date(1990, 4, 1))
    data = intake(typed[0], typed[1], name_latin=typed[2], birth_date=date(1990, 4, 1))
    found = clients.find_duplicates(data)
    assert [(c.id, c.number, c.birth, c.reason) for c in found] == [
        (existing.id, existing.number, "01.04.1990", "gleicher Name und gleiches Geburtsdatum")
    ]
    assert clients.find_duplicates(data, exclude_id=existing.id) == []
    other_birth = replace(data, birth_date=date(1990, 4, 2), birth_year=None)
    assert clients.find_duplicates(other_birth) == []


def test_a_known_birth_year_matches_a_birth_date(clients: ClientService) -> None:
    add(clients, "Haidari", "Zahra", birth_date=None, birth_year=1990)
    found = clients.find_duplicates(intake("Haidari", "Zahra", birth_date=date(1990, 1, 1)))
    assert [c.birth for c in found] == ["1990"]


def test_duplicates_by_phone_in_other_formatting(clients: ClientService) -> None:
    existing = add(clients, "Okafor", "Grace", phone="0176 123 45 67")
    for typed in ("+49 176 1234567", "(0176) 123-4567", "0049 176 12 34 567"):
        found = clients.find_duplicates(ClientInput(family_name="Anders", phone=typed))
        assert [(c.id, c.reason) for c in found] == [(existing.id, "gleiche Telefonnummer")]
    assert clients.find_duplicates(ClientInput(phone="0176 1234")) == []
    both = clients.find_duplicates(intake("Okafor", "Grace", phone="+491761234567"))
    assert both[0].reason == "gleicher Name und gleiches Geburtsdatum; gleiche Telefonnummer"


# --- outreach locations, consent form --------------------------------------------------------


def test_outreach_locations(services: Services, clients: ClientService) -> None:
    with services.store.session() as session:
        session.add_all(
            [
                OutreachLocation(name="Rathaus Zell"),
                OutreachLocation(name="Bücherei Au"),
                OutreachLocation(name="Alt", active=False),
            ]
        )
    locations = clients.outreach_locations()
    assert [name for _, name in locations] == ["Bücherei Au", "Rathaus Zell"]
    created = add(clients, "Außen", outreach_location_id=locations[0][0])
    assert created.data.outreach_location_id == locations[0][0]
    with pytest.raises(ValidationError) as refused:
        add(clients, "Falsch", outreach_location_id=999)
    assert refused.value.field == "outreach_location_id"


def test_consent_form_of_a_client(services: Services, clients: ClientService) -> None:
    import io

    created = clients.create(FULL)
    pdf = clients.consent_form_pdf(created.id)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Шевченко, Олександр Петрович" in text
    assert "2025-0001" in text and "09.04.1982" in text
    assert "MBE Teststadt" in text and "DSGVO" in text
    assert "Шевченко" not in (PdfReader(io.BytesIO(pdf)).metadata or {}).get("/Title", "")
    assert audit_rows(services)[-1][:3] == ("print", "client", created.id)


def test_input_fields_match_the_contract() -> None:
    names = [f.name for f in fields(ClientInput)]
    assert names[:3] == ["family_name", "given_names", "name_latin"]
    assert names[-2:] == ["consent_given_on", "consent_scope"]
    assert len(names) == 36
