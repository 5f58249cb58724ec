"""The client search by spelling variant: ranking, the reason shown, the index kept with every
save and built by the migration, and the duplicate warning at intake on the same matcher."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

import pytest
from client_fixtures import add, intake, open_services, sql

from mbe_desktop.app import Services
from mbe_desktop.services.client_search import NEAR, VARIANT
from mbe_desktop.services.clients import ClientQuery, ClientRow, ClientService


@dataclass
class World:
    services: Services
    clients: ClientService
    ids: dict[str, int]

    def rows(self, text: str, **values: object) -> list[ClientRow]:
        return self.clients.page(ClientQuery(text=text, limit=1000, **values))  # type: ignore[arg-type]

    def found(self, text: str) -> dict[str, str]:
        """key -> why it was found ("" literal)."""
        names = {client_id: key for key, client_id in self.ids.items()}
        return {names[row.id]: str(row.match) for row in self.rows(text)}


PEOPLE = [
    # key, family, given, latin
    ("shevchenko", "Шевченко", "Олександр", ""),
    ("zhukov", "Жуков", "Сергей", ""),
    ("hosseini", "حسینی", "زهرا", ""),
    ("hassan", "الحسن", "محمد", ""),
    ("al-hassan", "Al-Hassan", "Mohammed", ""),
    ("celik", "Çelik", "Mehmet", ""),
    ("yilmaz", "Yılmaz", "Mehmet", ""),
    ("nguyen", "Nguyễn", "Văn An", ""),
    ("schmidt", "Schmidt", "Peter", ""),
    ("schmitt", "Schmitt", "Paula", ""),
    ("tesfaye", "ገብረ", "ተስፋዬ", ""),
    ("beridze", "ბერიძე", "გიორგი", ""),
    ("ali", "Ali", "Samir", ""),
    ("alina", "Alina", "Berg", ""),
    ("aly", "Aly", "Omar", ""),
    ("wagner", "Wagner", "Stefanie", ""),
]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    with open_services(tmp_path_factory.mktemp("variants")) as (services, clients):
        ids = {
            key: add(clients, family, given, name_latin=latin).id
            for key, family, given, latin in PEOPLE
        }
        yield World(services, clients, ids)


# The spellings of the issue, each must find its person among the first ten.
@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("schewtschenko", "shevchenko"),
        ("sevcenko", "shevchenko"),
        ("chevtchenko oleksandr", "shevchenko"),
        ("schukow", "zhukov"),
        ("mohammed", "hassan"),
        ("muhammad hassan", "hassan"),
        ("mohamed al-hassan", "hassan"),
        ("zahra hosseini", "hosseini"),
        ("schmitt", "schmidt"),
        ("mehmed yilmas", "yilmaz"),
        ("ngyuen", "nguyen"),
        ("tschelik", "celik"),
        ("muhamad alhasan", "al-hassan"),
        ("tesfai", "tesfaye"),
        ("beridse", "beridze"),
        ("wagenr", "wagner"),
    ],
)
def test_spellings_find_the_person(world: World, typed: str, key: str) -> None:
    rows = world.rows(typed)
    assert world.ids[key] in [row.id for row in rows[:10]], typed
    assert world.clients.count(ClientQuery(text=typed)) == len(rows)


def test_literal_matches_come_first_then_variants_then_near_misses(world: World) -> None:
    found = world.found("schmidt")
    assert found["schmidt"] == ""
    assert found["schmitt"] == VARIANT
    rows = world.rows("schmidt")
    assert rows[0].id == world.ids["schmidt"]  # literal before the variant, whatever the order
    found = world.found("wagenr")
    assert found == {"wagner": NEAR}


def test_the_order_holds_in_every_sort_and_across_pages(world: World) -> None:
    for descending in (False, True):
        rows = world.rows("mehmet", descending=descending)
        levels = [{"": 0, VARIANT: 1, NEAR: 2}[str(row.match)] for row in rows]
        assert levels == sorted(levels)
    everyone = [row.id for row in world.rows("mehmet")]
    paged = [
        row.id
        for offset in range(0, len(everyone))
        for row in world.clients.page(ClientQuery(text="mehmet", offset=offset, limit=1))
    ]
    assert paged == everyone


def test_a_short_query_does_not_flood_the_list(world: World) -> None:
    found = world.found("ali")
    assert found["ali"] == "" and found["alina"] == ""  # literal prefixes as before
    assert found["aly"] == VARIANT  # a whole-word variant
    assert set(found) == {"ali", "alina", "aly"}
    assert world.found("a") == {key: "" for key in world.found("a")}  # one letter: literal


def test_number_birth_date_and_phone_search_are_unchanged(world: World) -> None:
    assert {row.match for row in world.rows("1980")} == {""}
    assert len(world.rows("01.01.1980")) == len(PEOPLE)
    assert world.rows("2025-0001")[0].id == world.ids["shevchenko"]


# --- the index follows every save -------------------------------------------------------------


def test_index_follows_create_update_merge_and_delete(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with open_services(tmp_path_factory.mktemp("follow")) as (services, clients):
        first = add(clients, "Жуков", "Сергей")
        assert [row.id for row in clients.page(ClientQuery(text="schukow"))] == [first.id]
        updated = clients.update(first.id, replace(first.data, family_name="Иванов"), 1)
        assert clients.page(ClientQuery(text="schukow")) == []
        assert [row.id for row in clients.page(ClientQuery(text="iwanow"))] == [first.id]
        other = add(clients, "Ivanov", "Sergej", birth_date=date(1970, 1, 1))
        assert {row.id for row in clients.page(ClientQuery(text="iwanow"))} == {
            first.id,
            other.id,
        }
        clients.merge(updated.id, other.id, frozenset())
        assert [row.id for row in clients.page(ClientQuery(text="iwanow"))] == [first.id]
        assert sql(
            services, "SELECT count(*) FROM client_name_key WHERE client_id = :id", id=other.id
        ) == [(0,)]
        sql(services, "DELETE FROM client WHERE id = :id", id=first.id)
        assert sql(services, "SELECT count(*) FROM client_name_key") == [(0,)]


def test_the_migration_builds_the_index_for_existing_stores(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    from alembic import command

    from mbe_desktop.storage import migrate

    with open_services(tmp_path_factory.mktemp("upgrade")) as (services, clients):
        client = add(clients, "Шевченко", "Олександр")
        engine = services.store.engine
        with engine.begin() as connection:
            command.downgrade(migrate._config(connection), "0008_contact_statistics_index")
        assert sql(
            services, "SELECT count(*) FROM sqlite_master WHERE name = 'client_name_key'"
        ) == [(0,)]
        with engine.begin() as connection:
            command.upgrade(migrate._config(connection), "head")
        rows = clients.page(ClientQuery(text="schewtschenko"))
        assert [(row.id, row.match) for row in rows] == [(client.id, VARIANT)]


def test_demo_data_fill_the_index(tmp_path_factory: pytest.TempPathFactory) -> None:
    from mbe_desktop.services.demo import generate_demo

    with open_services(tmp_path_factory.mktemp("demo")) as (services, _clients):
        generate_demo(services.store, clients=40, seed=2, today=date(2026, 6, 15))
        without = sql(
            services,
            "SELECT count(*) FROM client WHERE NOT EXISTS "
            "(SELECT 1 FROM client_name_key AS k WHERE k.client_id = client.id)",
        )
        assert without == [(0,)]


# --- the duplicate warning ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("family", "given", "latin", "reason"),
    [
        ("Жуков", "Сергей", "", "gleicher Name"),
        ("Schukow", "Sergej", "", "Schreibvariante"),
        ("Zhukov", "Sergey", "", "gleicher Name"),  # the letters anyascii gives
        ("Sergei", "Zhukov", "", "Schreibvariante"),  # word order free
        ("Zhukow", "Sergey", "", "Schreibvariante"),
        ("Zhukav", "Sergey", "", "ein Buchstabe anders"),
    ],
)
def test_duplicates_by_spelling_variant_with_the_reason(
    tmp_path_factory: pytest.TempPathFactory, family: str, given: str, latin: str, reason: str
) -> None:
    with open_services(tmp_path_factory.mktemp("dup")) as (_services, clients):
        existing = add(clients, "Жуков", "Сергей", birth_date=date(1975, 5, 5))
        add(clients, "Жуков", "Сергей", birth_date=date(1990, 1, 1))  # another birth date
        add(clients, "Жуков", "Павел", birth_date=date(1975, 5, 5))  # another given name
        candidates = clients.find_duplicates(
            intake(family, given, name_latin=latin, birth_date=date(1975, 5, 5))
        )
        assert [candidate.id for candidate in candidates] == [existing.id]
        assert reason in candidates[0].reason


def test_duplicates_of_an_arabic_script_record_by_its_latin_spelling(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with open_services(tmp_path_factory.mktemp("dup-ar")) as (_services, clients):
        existing = add(clients, "حسینی", "زهرا", birth_date=date(1988, 8, 8))
        add(clients, "Hosseini", "Zahra", birth_date=date(1989, 8, 8))
        (candidate,) = clients.find_duplicates(
            intake("Husseini", "Sahra", birth_date=date(1988, 8, 8))
        )
        assert candidate.id == existing.id and "Schreibvariante" in candidate.reason
        assert clients.find_duplicates(intake("Karimi", "Zahra", birth_date=date(1988, 8, 8))) == []
