"""The partner directory: rules, search and filters in SQL, CSV export and all-or-nothing import."""

from __future__ import annotations

import pytest
from privacy_fixtures import add_client
from sqlalchemy import select

from mbe_desktop.app import Services
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.domain.partner_csv import parse_partners
from mbe_desktop.services.partners import PartnerInput, PartnerQuery, PersonInput
from mbe_desktop.storage.models import AuditEvent

HEADER = "Name;Kategorie;Straße;PLZ;Ort;Region;Telefon;E-Mail;Sprachen;Angebote;Ansprechpersonen"


def jobcenter(**changes: object) -> PartnerInput:
    values: dict[str, object] = {
        "name": "Jobcenter Musterstadt",
        "category": "jobcenter",
        "street": "Arbeitsplatz 1",
        "postcode": "99990",
        "city": "Musterstadt",
        "region": "Landkreis Musterland",
        "phone": "+49 361 123456",
        "email": "info@jobcenter.example",
        "languages": "de, EN;ar",
        "services": "Bürgergeld; Eingliederung",
        "people": (
            PersonInput("Anna Beispiel", "Sachbearbeitung", "0361 1", "anna@jobcenter.example"),
        ),
    }
    values.update(changes)
    return PartnerInput(**values)  # type: ignore[arg-type]


def test_create_read_update_delete(services: Services) -> None:
    detail = services.partners.create(jobcenter())
    assert detail.data.name == "Jobcenter Musterstadt"
    assert detail.data.languages == "de,en,ar"
    assert detail.category_label == "Jobcenter"
    assert [p.name for p in detail.people] == ["Anna Beispiel"]
    changed = services.partners.update(
        detail.id,
        jobcenter(
            notes="Termine nur nach Absprache",
            people=(PersonInput("Jan Muster", "Leitung"), PersonInput("", "", "", "")),
        ),
    )
    assert changed.data.notes == "Termine nur nach Absprache"
    assert [p.name for p in changed.people] == ["Jan Muster"]
    services.partners.delete(detail.id)
    with pytest.raises(UserError, match="gibt es nicht mehr"):
        services.partners.detail(detail.id)
    with services.store.read_session() as session:
        events = session.execute(
            select(AuditEvent.action, AuditEvent.fields).where(AuditEvent.entity == "partner")
        ).all()
    assert [e.action for e in events] == ["create", "update", "delete"]
    assert "notes" in events[1].fields and "people" in events[1].fields
    # Audit events name fields, never values.
    assert all("Musterstadt" not in e.fields and "Jan" not in e.fields for e in events)


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"name": "   "}, "name", "Namen der Stelle"),
        ({"name": "x" * 301}, "name", "zu lang"),
        ({"name": "Job\u200bcenter"}, "name", "unsichtbare"),
        ({"category": "bakery"}, "category", "Kategorie"),
        ({"email": "info(at)example"}, "email", "E-Mail"),
        ({"phone": "0361/12 34 ab"}, "phone", "Ziffern"),
        ({"languages": "deutsch"}, "languages", "Sprachkürzel"),
        ({"people": (PersonInput("", "Leitung"),)}, "people", "Namen"),
    ],
)
def test_bad_input_is_refused_with_the_field(
    services: Services, changes: dict[str, object], field: str, fragment: str
) -> None:
    with pytest.raises(ValidationError, match=fragment) as caught:
        services.partners.create(jobcenter(**changes))
    assert caught.value.field == field
    assert services.partners.count() == 0


def test_search_filters_by_text_category_and_place(services: Services) -> None:
    services.partners.create(jobcenter())
    services.partners.create(
        jobcenter(
            name="Schuldnerberatung Österreichstraße",
            category="debt_counselling",
            city="Beispieldorf",
            region="Landkreis Musterland",
            people=(PersonInput("Jürgen Özdemir"),),
        )
    )
    services.partners.create(jobcenter(name="Sprachcafé", category="language_course_provider"))
    search = services.partners.search
    assert [r.name for r in search(PartnerQuery(text="job"))] == ["Jobcenter Musterstadt"]
    # Umlauts: SQLite folds ASCII only, the service tries the usual casings.
    assert [r.name for r in search(PartnerQuery(text="österreich"))] == [
        "Schuldnerberatung Österreichstraße"
    ]
    assert [r.name for r in search(PartnerQuery(text="özdemir"))] == [
        "Schuldnerberatung Österreichstraße"
    ]
    assert [r.name for r in search(PartnerQuery(category="language_course_provider"))] == [
        "Sprachcafé"
    ]
    assert [r.name for r in search(PartnerQuery(place="Beispieldorf"))] == [
        "Schuldnerberatung Österreichstraße"
    ]
    assert len(search(PartnerQuery(place="Landkreis Musterland"))) == 3
    assert search(PartnerQuery(text="100%_")) == []
    assert services.partners.places() == ["Beispieldorf", "Landkreis Musterland", "Musterstadt"]


def test_a_partner_with_referrals_or_releases_is_not_deleted(services: Services) -> None:
    partner_id = services.partners.create(jobcenter()).id
    add_client(services, "Kowalska", "Anna", tag="p1", partner_id=partner_id)
    with pytest.raises(UserError, match="kann nicht gelöscht werden"):
        services.partners.delete(partner_id)
    assert services.partners.detail(partner_id).referrals == 1


def test_csv_round_trip_keeps_every_field(services: Services) -> None:
    services.partners.create(
        jobcenter(
            name='Verein "Brücke; Dialog" e. V.',
            category="migrant_organisation",
            opening_hours="Mo 9–12 Uhr\nDo 14–18 Uhr",
            notes="=SUMME(A1) ist kein Befehl",
            services="Beratung auf Arabisch: مرحبا",
            people=(
                PersonInput("Anna Beispiel", "Sachbearbeitung", "0361 1", "anna@brücke.example"),
                PersonInput("Jan Muster"),
            ),
        )
    )
    services.partners.create(jobcenter())
    data = services.partners.export_csv()
    assert data.startswith("\ufeff".encode())
    text = data.decode("utf-8")
    assert text.splitlines()[0].lstrip("\ufeff").startswith("Name;Kategorie;")
    assert "'=SUMME(A1)" in text  # no formula for spreadsheets
    parsed = parse_partners(data)
    assert parsed.problems == ()
    before = {
        d.name: d for d in (services.partners.detail(r.id).data for r in services.partners.search())
    }
    for row in parsed.rows:
        assert row.partner == before[row.partner.name]
    # Importing the export into the same directory adds nothing (all known already).
    preview = services.partners.preview_import(data)
    assert len(preview.existing) == 2 and not preview.new and not preview.problems
    assert services.partners.import_csv(data) == 0
    assert services.partners.count() == 2


BAD_FILE = "\n".join(
    [
        HEADER,
        "Jobcenter Musterstadt;Jobcenter;Arbeitsplatz 1;99990;Musterstadt;;;;de;;",
        ";Jobcenter;;;;;;;;;",
        "Bäckerei;Backstube;;;;;;;;;",
        'VHS;Integrationskursträger;;;Musterstadt;;;;de;"Kurse,',
        'auch abends";Anna Beispiel, Kursleitung, 0361 2, anna@vhs.example',
        "Tafel;Ehrenamt und Vereine;;;;;;info(at)tafel;;;",
        "Sprachcafé;language_course_provider;;;;;;;deutsch;;",
        "Zu viel;other;;;;;;;;;;extra",
        "VHS;integration_course_provider;;;Musterstadt;;;;;;",
        "",
    ]
)


def test_import_reports_each_bad_row_and_imports_nothing(services: Services) -> None:
    preview = services.partners.preview_import(BAD_FILE.encode())
    problems = {p.line: p.message for p in preview.problems}
    assert set(problems) == {3, 4, 7, 8, 9, 10}
    assert "Namen der Stelle" in problems[3]
    assert "Unbekannte Kategorie „Backstube“" in problems[4]
    assert "E-Mail" in problems[7]
    assert "Sprachkürzel" in problems[8]
    assert "Spalten" in problems[9]
    assert "Zeile 5" in problems[10]  # the same place twice in the file
    assert [row.line for row in preview.new] == [2, 5]  # the quoted line break counts
    assert preview.new[1].partner.services == "Kurse,\nauch abends"
    assert preview.new[1].partner.people[0].role == "Kursleitung"
    assert not preview.can_import
    with pytest.raises(ValidationError, match="Es wurde nichts importiert"):
        services.partners.import_csv(BAD_FILE.encode())
    assert services.partners.count() == 0


def test_a_clean_file_is_imported_in_one_go(services: Services) -> None:
    lines = [line for number, line in enumerate(BAD_FILE.splitlines(), 1) if number in (1, 2, 5, 6)]
    data = ("\ufeff" + "\r\n".join(lines)).encode()
    assert services.partners.import_csv(data) == 2
    rows = services.partners.search()
    assert [r.name for r in rows] == ["Jobcenter Musterstadt", "VHS"]
    assert rows[1].people == ("Anna Beispiel",)
    assert rows[1].category == "integration_course_provider"


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "leer"),
        (b"\x00\x01PK\x03\x04" * 10, "keine CSV-Textdatei"),
        ("Name;Kategorie\nBäckerei;other\n".encode("latin-1"), "UTF-8"),
        (b"Name,Kategorie\nJobcenter,jobcenter\n", "Kommas"),
        (b"Name;Kategorie;Farbe\nA;other;rot\n", "Unbekannte Spalte „Farbe“"),
        (b"Name;Ort\nA;B\n", "Spalte „Kategorie“ fehlt"),
        (b"Name;Kategorie\n", "keine Netzwerkpartner"),
    ],
)
def test_a_file_that_is_no_partner_csv_is_refused(
    services: Services, data: bytes, fragment: str
) -> None:
    with pytest.raises(UserError, match=fragment):
        services.partners.preview_import(data)
    assert services.partners.count() == 0
