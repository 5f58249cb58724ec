"""The client list: search as you type, filters, every sort column, paging, list columns.

One store for the module (real SQLCipher, synthetic people), today fixed at ``TODAY``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from client_fixtures import TODAY, add, add_case, add_follow_up, open_services, sql
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert

from mbe_desktop.app import Services
from mbe_desktop.domain.countries import countries
from mbe_desktop.domain.names import phone_digits, search_key
from mbe_desktop.services.clients import (
    CaseFilter,
    ClientQuery,
    ClientRow,
    ClientService,
    SortColumn,
)
from mbe_desktop.storage.models import Client

COUNTRY_ORDER = [country.name_de for country in countries("de")]


@dataclass
class World:
    services: Services
    clients: ClientService
    ids: dict[str, int]

    def names(self, query: ClientQuery) -> set[str]:
        return {self.key_of(row) for row in self.clients.page(query)}

    def key_of(self, row: ClientRow) -> str:
        return next(key for key, value in self.ids.items() if value == row.id)

    def search(self, text: str) -> set[str]:
        return self.names(ClientQuery(text=text, limit=1000))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    with open_services(tmp_path_factory.mktemp("search")) as (services, clients):
        ids: dict[str, int] = {}

        def put(key: str, family: str, given: str = "", **values: object) -> None:
            ids[key] = add(clients, family, given, **values).id

        put(
            "müller",
            "Müller",
            "Anna",
            birth_date=date(1985, 3, 12),
            phone="0176 123 45 67",
            nationalities=("TR", "DE"),
        )
        put("mueller", "Mueller", "Hans", birth_date=date(1970, 7, 7), nationalities=("DE",))
        put("yılmaz", "Yılmaz", "Ayşe", birth_date=date(1990, 4, 1), nationalities=("TR",))
        put("żółć", "Żółć", "Łukasz", birth_date=date(1979, 11, 30), nationalities=("PL",))
        put("шевченко", "Шевченко", "Олександр", birth_date=None, birth_year=1982)
        put("nguyễn", "Nguyễn", "Văn An", birth_date=date(1960, 6, 6), nationalities=("VN",))
        put(
            "محمد",
            "الحسن",
            "محمد",
            name_latin="Mohammad Al-Hassan",
            birth_date=date(1992, 2, 2),
            nationalities=("SY",),
        )
        put("o'brien", "O'Brien", "Siobhán", birth_date=date(1975, 1, 1), nationalities=("IE",))
        put(
            "schmidt",
            "Schmidt",
            "Peter",
            birth_date=date(1999, 12, 31),
            phone="+49 30 1234567",
            first_contact_date=date(2024, 2, 1),
            consent_given_on=date(2024, 2, 1),
        )
        put("emoji", "Rosa 🌹", "Lea", birth_date=date(1988, 8, 8), nationalities=("XX",))
        put("sql", "'); DROP TABLE client;--", "Bobby", birth_date=date(1981, 1, 1))

        add_case(services, ids["müller"], opened=date(2025, 5, 2), form="case_management")
        add_case(services, ids["yılmaz"], opened=date(2025, 5, 2), status="closed")
        add_case(services, ids["żółć"], opened=date(2025, 1, 2), status="closed")
        add_case(services, ids["żółć"], opened=date(2025, 9, 2), status="paused")
        add_case(services, ids["mueller"], opened=date(2025, 6, 1), status="open")
        add_follow_up(services, ids["müller"], TODAY - timedelta(days=1))
        add_follow_up(services, ids["müller"], TODAY + timedelta(days=20))
        add_follow_up(services, ids["yılmaz"], TODAY - timedelta(days=5), done=TODAY)
        add_follow_up(services, ids["żółć"], TODAY + timedelta(days=3))
        add_follow_up(
            services, ids["schmidt"], TODAY - timedelta(days=10), snoozed=TODAY + timedelta(7)
        )
        yield World(services, clients, ids)


# --- search ----------------------------------------------------------------------------------

SEARCH_TABLE = [
    ("muller", {"müller", "mueller"}),
    ("mueller", {"müller", "mueller"}),
    ("MÜLLER", {"müller", "mueller"}),
    ("müller anna", {"müller"}),
    ("anna muller", {"müller"}),
    ("an mu", {"müller"}),
    ("yilmaz", {"yılmaz"}),
    ("YILMAZ ayse", {"yılmaz"}),
    ("lukasz zolc", {"żółć"}),
    ("zolc lukasz", {"żółć"}),
    ("zo luk", {"żółć"}),
    ("Łukasz Żółć", {"żółć"}),
    ("oleksandr", {"шевченко"}),
    ("shevchenko", {"шевченко"}),
    ("Олександр", {"шевченко"}),
    ("олекс шевч", {"шевченко"}),
    ("nguyen", {"nguyễn"}),
    ("van an nguyen", {"nguyễn"}),
    ("Nguyễn Văn", {"nguyễn"}),
    ("mohammad", {"محمد"}),
    ("al-hassan", {"محمد"}),
    ("alhassan moh", {"محمد"}),
    ("محمد", {"محمد"}),
    ("obrien", {"o'brien"}),
    ("o'brien siobhan", {"o'brien"}),
    ("rosa", {"emoji"}),
    ("bobby drop", {"sql"}),
    ("12.03.1985", {"müller"}),
    ("1985-03-12", {"müller"}),
    ("12.03.", {"müller"}),
    ("12.3", {"müller"}),
    ("12.03.19", {"müller"}),
    ("31.12.1999", {"schmidt"}),
    ("1985", {"müller"}),
    ("1982", {"шевченко"}),
    ("01.01.1982", {"шевченко"}),  # only the year is recorded: a possible match
    ("2024-", {"schmidt"}),
    ("2024-0001", {"schmidt"}),
    ("2024", {"schmidt"}),
    ("2025-001", {"sql"}),  # 2025-0010
    ("2025-01", set()),
    ("0176 1234567", {"müller"}),
    ("0176 123 45 67", {"müller"}),
    ("+49 176 1234567", {"müller"}),
    ("+49 (0)176 / 123 45-67", {"müller"}),
    ("01761234567", {"müller"}),
    ("49 176 1234567", {"müller"}),
    ("4930123", {"schmidt"}),
    ("0176", {"müller"}),
    ("030 1234567", {"schmidt"}),
    ("030/123", {"schmidt"}),
    ("1234567", {"müller", "schmidt"}),  # part of a number
    ("٠١٧٦١٢٣٤٥٦٧", {"müller"}),  # Arabic-Indic digits
    ("muller 1985", {"müller"}),
    ("muller 1970", {"mueller"}),
    ("muller 12.03.1985", {"müller"}),
    ("xyz", set()),
    ("müllerx", set()),
    ("ulle", set()),  # prefixes only, not infixes
    ("uller", {"müller", "mueller"}),  # five letters: a near miss (the first letter missing)
    ("😀", set()),
    ("'); DROP TABLE client;--", {"sql"}),
    ("%", set()),
    ("_", set()),
    ("\u200bmül\u200bler", {"müller", "mueller"}),
]


@pytest.mark.parametrize(("text", "expected"), SEARCH_TABLE)
def test_search_table(world: World, text: str, expected: set[str]) -> None:
    assert world.search(text) == expected
    assert world.clients.count(ClientQuery(text=text)) == len(expected)


def test_2025_number_prefix_lists_the_numbers_of_that_year(world: World) -> None:
    found = world.search("2025-00")
    assert found == set(world.ids) - {"schmidt"}


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_blank_search_lists_everyone(world: World, text: str) -> None:
    assert world.search(text) == set(world.ids)


def test_search_survives_sql_looking_text_and_the_table_stays(world: World) -> None:
    world.search("'); DROP TABLE client;--")
    assert sql(world.services, "SELECT count(*) FROM client")[0][0] == len(world.ids)


def test_very_long_search_text_is_cut_not_a_crash(world: World) -> None:
    assert world.search("müller " * 20_000) == {"müller", "mueller"}
    assert world.search("x" * 100_000) == set()


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_any_search_text_runs(world: World, text: str) -> None:
    rows = world.clients.page(ClientQuery(text=text))
    assert len(rows) == world.clients.count(ClientQuery(text=text))


# --- filters, columns ------------------------------------------------------------------------


def test_filters(world: World) -> None:
    assert world.names(ClientQuery(cases=CaseFilter.OPEN)) == {"müller", "żółć", "mueller"}
    assert world.names(ClientQuery(cases=CaseFilter.CLOSED)) == {"yılmaz"}
    assert world.names(ClientQuery(cases=CaseFilter.ALL)) == set(world.ids)
    assert world.names(ClientQuery(case_management_only=True)) == {"müller"}
    assert world.names(ClientQuery(follow_up_due=True)) == {"müller"}
    assert world.names(ClientQuery(text="muller", cases=CaseFilter.OPEN)) == {"müller", "mueller"}
    combined = ClientQuery(cases=CaseFilter.OPEN, case_management_only=True, follow_up_due=True)
    assert world.names(combined) == {"müller"}
    assert world.clients.count(combined) == 1


def test_row_columns(world: World) -> None:
    rows = {world.key_of(row): row for row in world.clients.page(ClientQuery())}
    anna = rows["müller"]
    assert anna.display_name == "Müller, Anna"
    assert anna.number == "2025-0001"
    assert anna.age == 41
    assert anna.nationality == "Türkei"
    assert (anna.case_form, anna.case_status) == ("Case Management", "offen")
    assert anna.next_follow_up == TODAY - timedelta(days=1)
    assert rows["żółć"].case_status == "ruhend"  # the latest case counts, not the older one
    assert rows["żółć"].next_follow_up == TODAY + timedelta(days=3)
    assert rows["yılmaz"].next_follow_up is None  # done
    assert rows["schmidt"].next_follow_up == TODAY + timedelta(days=7)  # snoozed
    assert rows["nguyễn"].case_form is None and rows["nguyễn"].case_status is None
    assert rows["шевченко"].age == 44 and rows["шевченко"].nationality == ""
    assert rows["محمد"].display_name == "الحسن, محمد"
    assert rows["محمد"].name_latin == "Mohammad Al-Hassan"
    assert rows["emoji"].nationality == "staatenlos"


def _expected_order(rows: list[ClientRow], sort: SortColumn, descending: bool) -> list[int]:
    def number_key(row: ClientRow) -> tuple[int, int]:
        year, serial = row.number.split("-")
        return int(year), int(serial)

    if sort is SortColumn.NUMBER:
        return [r.id for r in sorted(rows, key=number_key, reverse=descending)]
    if sort is SortColumn.NAME:
        return []  # checked separately: by the folded name
    value = {
        SortColumn.AGE: lambda r: r.age,
        # the order of the nationality lists: alphabetical, "staatenlos"/"ungeklärt" last
        SortColumn.NATIONALITY: lambda r: (
            COUNTRY_ORDER.index(r.nationality) if r.nationality else None
        ),
        SortColumn.CASE_FORM: lambda r: {None: None, "Beratung ohne Case Management": 0}.get(
            r.case_form, 1
        ),
        SortColumn.CASE_STATUS: lambda r: {None: None, "offen": 0, "ruhend": 1}.get(
            r.case_status, 2
        ),
        SortColumn.NEXT_FOLLOW_UP: lambda r: r.next_follow_up,
    }[sort]
    known = sorted((r for r in rows if value(r) is not None), key=lambda r: r.id)
    unknown = sorted((r for r in rows if value(r) is None), key=lambda r: r.id)
    known.sort(key=value, reverse=descending)  # stable: ties stay in the order of creation
    return [r.id for r in known + unknown]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", list(SortColumn))
def test_every_sort_column(world: World, sort: SortColumn, descending: bool) -> None:
    rows = world.clients.page(ClientQuery(sort=sort, descending=descending))
    assert len(rows) == len(world.ids)
    if sort is SortColumn.NAME:
        keys = [world.key_of(row) for row in rows]
        ascending = ["محمد", "mueller", "müller", "nguyễn", "o'brien", "emoji"]
        if descending:
            ascending.reverse()
        positions = [keys.index(key) for key in ascending]
        assert positions == sorted(positions), keys
        return
    if descending and sort is SortColumn.NUMBER:
        assert [r.number for r in rows][:2] == ["2025-0010", "2025-0009"]
    assert [r.id for r in rows] == _expected_order(rows, sort, descending)


def test_age_sort_puts_the_youngest_first(world: World) -> None:
    rows = world.clients.page(ClientQuery(sort=SortColumn.AGE))
    ages = [row.age for row in rows]
    assert ages == sorted(ages, key=lambda age: (age is None, age))


@pytest.mark.parametrize("sort", list(SortColumn))
def test_paging(world: World, sort: SortColumn) -> None:
    everyone = [r.id for r in world.clients.page(ClientQuery(sort=sort))]
    pages = [
        [r.id for r in world.clients.page(ClientQuery(sort=sort, offset=offset, limit=4))]
        for offset in range(0, len(everyone), 4)
    ]
    assert [len(page) for page in pages] == [4, 4, 3]
    assert [client for page in pages for client in page] == everyone
    assert world.clients.page(ClientQuery(offset=100)) == []
    assert len(world.clients.page(ClientQuery(offset=-5, limit=0))) == 1  # clamped


# --- the list columns and the search index follow every write --------------------------------


def test_list_columns_follow_case_and_follow_up_changes(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with open_services(tmp_path_factory.mktemp("triggers")) as (services, clients):
        client = add(clients, "Wechsel", "Fall")
        other = add(clients, "Andere", "Person")

        def row() -> ClientRow:
            return next(r for r in clients.page(ClientQuery()) if r.id == client.id)

        case_id = add_case(services, client.id, opened=date(2025, 5, 2))
        assert (row().case_form, row().case_status) == ("Beratung ohne Case Management", "offen")
        sql(
            services,
            "UPDATE \"case\" SET form = 'case_management', status = 'closed' WHERE id = :id",
            id=case_id,
        )
        assert (row().case_form, row().case_status) == ("Case Management", "abgeschlossen")
        newer = add_case(services, client.id, opened=date(2025, 8, 1), status="paused")
        assert row().case_status == "ruhend"
        sql(
            services,
            'UPDATE "case" SET client_id = :other WHERE id = :id',
            other=other.id,
            id=newer,
        )
        assert row().case_status == "abgeschlossen"
        assert (
            next(r for r in clients.page(ClientQuery()) if r.id == other.id).case_status == "ruhend"
        )
        sql(services, 'DELETE FROM "case" WHERE id = :id', id=case_id)
        assert row().case_status is None

        follow_up = add_follow_up(services, client.id, TODAY - timedelta(days=2))
        assert row().next_follow_up == TODAY - timedelta(days=2)
        sql(
            services,
            "UPDATE follow_up SET snoozed_until = :d WHERE id = :id",
            d=TODAY + timedelta(days=1),
            id=follow_up,
        )
        assert row().next_follow_up == TODAY + timedelta(days=1)
        sql(services, "UPDATE follow_up SET done_on = :d WHERE id = :id", d=TODAY, id=follow_up)
        assert row().next_follow_up is None
        sql(services, "DELETE FROM follow_up WHERE id = :id", id=follow_up)
        assert row().next_follow_up is None


def test_rows_written_in_bulk_are_found(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Core bulk inserts, as the demo data use, fill the search index through the triggers."""
    with open_services(tmp_path_factory.mktemp("bulk")) as (services, clients):
        rows = [
            {
                "number": f"2023-{n:04d}",
                "family_name": family,
                "given_names": "Bulk",
                "name_latin": "",
                "search_key": search_key(family, "Bulk", ""),
                "phone": "0151 999 00 0" + str(n),
                "phone_digits": phone_digits("0151 999 00 0" + str(n)),
                "birth_year": 1980,
                "first_contact_date": date(2023, 1, n),
            }
            for n, family in enumerate(["Łódź", "Ерёменко", "Öztürk"], start=1)
        ]
        with services.store.engine.begin() as connection:
            connection.execute(insert(Client.__table__), rows)
        assert clients.count(ClientQuery(text="lodz bulk")) == 1
        assert clients.count(ClientQuery(text="eremenko")) == 1
        assert clients.count(ClientQuery(text="oeztuerk")) == 1
        assert clients.count(ClientQuery(text="0151 999 00 02")) == 1
        assert [r.number for r in clients.page(ClientQuery(text="2023-"))] == [
            "2023-0001",
            "2023-0002",
            "2023-0003",
        ]
        sql(services, "UPDATE client SET search_key = ' neu ' WHERE number = '2023-0001'")
        assert clients.count(ClientQuery(text="lodz")) == 0
        assert clients.count(ClientQuery(text="neu")) == 1
        sql(services, "DELETE FROM client WHERE number = '2023-0001'")
        assert sql(services, "SELECT count(*) FROM client_search_token WHERE token = 'neu'") == [
            (0,)
        ]


def test_numbers_past_9999_sort_numerically(tmp_path_factory: pytest.TempPathFactory) -> None:
    with open_services(tmp_path_factory.mktemp("numbers")) as (services, clients):
        for number in ("2025-9999", "2025-10000", "2024-0001", "2025-0002"):
            key = search_key("Nummer", number, "")
            sql(
                services,
                "INSERT INTO client (number, family_name, given_names, name_latin, search_key, "
                "gender, interpreter_needed, interpreter_language, residence_status, "
                "residence_legal_basis, course_right, course_status, german_level, education, "
                "qualification, recognition_status, employment_status, benefits, "
                "living_situation, phone, phone_digits, email, street, postcode, city, "
                "how_found, first_contact_date, first_contact_place, created_at, updated_at, "
                "version) VALUES (:number, 'Nummer', :number, '', :key, 'unspecified', 0, '', "
                "'unknown', '', 'unknown', 'not_started', 'unknown', 'unknown', '', "
                "'not_applicable', 'unknown', 'unknown', 'unknown', '', '', '', '', '', '', "
                "'other', '2025-01-01', '', '2025-01-01 00:00:00', '2025-01-01 00:00:00', 1)",
                number=number,
                key=key,
            )
        numbers = [r.number for r in clients.page(ClientQuery())]
        assert numbers == ["2024-0001", "2025-0002", "2025-9999", "2025-10000"]
        descending = [r.number for r in clients.page(ClientQuery(descending=True))]
        assert descending == numbers[::-1]


def test_the_migration_fills_index_and_columns_for_existing_data(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """A store written before 0002_client_search: after the upgrade everything is found."""
    from alembic import command

    from mbe_desktop.storage import migrate

    with open_services(tmp_path_factory.mktemp("upgrade")) as (services, clients):
        client = add(clients, "Öztürk", "Ayşe", nationalities=("TR",))
        add_case(services, client.id, opened=date(2025, 5, 2), form="case_management")
        add_follow_up(services, client.id, TODAY - timedelta(days=1))
        engine = services.store.engine
        with engine.begin() as connection:
            command.downgrade(migrate._config(connection), "0001_initial")
        assert sql(services, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'") == [(0,)]
        with engine.begin() as connection:
            command.upgrade(migrate._config(connection), "head")
        (row,) = clients.page(ClientQuery(text="oeztuerk ayse"))
        assert (row.nationality, row.case_form, row.next_follow_up) == (
            "Türkei",
            "Case Management",
            TODAY - timedelta(days=1),
        )
