"""Demo data: counts, shares, scripts, catalogue codes, integrity, numbering, cancellation.

Everything runs against real SQLCipher stores; shares are computed with SQL over the store.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain.countries import country, language
from mbe_desktop.domain.names import matches
from mbe_desktop.domain.office import OfficeProfile
from mbe_desktop.domain.step_templates import DEFAULT_STEP_TEMPLATES
from mbe_desktop.paths import data_paths
from mbe_desktop.services.demo import CHUNK_CLIENTS, DemoCancelled, DemoSummary, generate_demo
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.storage.models import Case, Client, Contact
from mbe_desktop.storage.store import Store

TODAY = date(2025, 6, 30)  # fixed, so the test does not depend on the calendar
CLIENTS = 600
OFFICE = OfficeProfile(counsellor_name="Demo Beraterin", office_name="MBE Musterstadt")


def new_store(folder: Path) -> Store:
    return Store.create(
        data_paths(folder), "Demo-Passphrase-für-Tests", OFFICE, "RECOVERY", kdf=FAST_TEST_KDF
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, DemoSummary]]:
    store = new_store(tmp_path_factory.mktemp("demo"))
    summary = generate_demo(store, clients=CLIENTS, seed=7, today=TODAY)
    yield store, summary
    store.close()


def scalar(store: Store, sql: str, **params: object) -> object:
    with store.engine.connect() as connection:
        return connection.execute(text(sql), params).scalar()


def rows(store: Store, sql: str, **params: object) -> list[tuple[object, ...]]:
    with store.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql), params)]


def share(store: Store, condition: str, table: str, **params: object) -> float:
    value = scalar(
        store, f"SELECT avg(CASE WHEN {condition} THEN 1.0 ELSE 0 END) FROM {table}", **params
    )
    assert isinstance(value, float)
    return value


def count(store: Store, table: str, where: str = "1", **params: object) -> int:
    value = scalar(store, f"SELECT count(*) FROM {table} WHERE {where}", **params)
    assert isinstance(value, int)
    return value


# --- counts and structure --------------------------------------------------------------------


def test_summary_matches_the_store(demo: tuple[Store, DemoSummary]) -> None:
    store, summary = demo
    assert summary.clients == CLIENTS == count(store, "client")
    assert summary.cases == count(store, '"case"')
    assert summary.contacts == count(store, "contact")
    assert summary.goals == count(store, "goal")
    assert summary.steps == count(store, "step")
    assert summary.follow_ups == count(store, "follow_up")
    assert summary.partners == count(store, "partner")
    assert summary.referrals == count(store, "referral")
    assert CLIENTS < summary.cases < CLIENTS * 1.2  # one case each, some with an earlier one
    assert 4.0 <= summary.contacts / summary.cases <= 6.5  # ~5 contacts per case
    assert 30 <= summary.partners <= 50
    assert count(store, "outreach_location") == 3
    assert summary.goals > 0 and summary.steps > summary.goals


def test_every_case_has_history_fields_and_contacts(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    assert (
        count(store, '"case" c', "NOT EXISTS (SELECT 1 FROM contact k WHERE k.case_id = c.id)") == 0
    )
    assert (
        count(
            store,
            '"case" c',
            "NOT EXISTS (SELECT 1 FROM case_form_change f "
            "WHERE f.case_id = c.id AND f.changed_on = c.opened_on)",
        )
        == 0
    )
    # The last form change is the case's current form.
    assert (
        count(
            store,
            '"case" c',
            "c.form != (SELECT f.form FROM case_form_change f WHERE f.case_id = c.id "
            "ORDER BY f.changed_on DESC, f.id DESC LIMIT 1)",
        )
        == 0
    )
    assert count(store, "case_form_change", "1") > count(store, '"case"')  # some switched later
    fields = rows(store, "SELECT count(*) FROM case_field_of_action GROUP BY case_id")
    assert len(fields) == count(store, '"case"')
    assert all(1 <= n <= 3 for (n,) in fields)
    # Status history: opened, and for closed cases a closing row with the closure type.
    assert (
        count(
            store,
            '"case" c',
            "NOT EXISTS (SELECT 1 FROM case_status_change s "
            "WHERE s.case_id = c.id AND s.status = 'open' AND s.changed_on = c.opened_on)",
        )
        == 0
    )
    assert (
        count(
            store,
            '"case" c',
            "c.status = 'closed' AND NOT EXISTS (SELECT 1 FROM "
            "case_status_change s WHERE s.case_id = c.id AND s.status = 'closed' "
            "AND s.changed_on = c.closed_on AND s.closure_type = c.closure_type)",
        )
        == 0
    )
    assert (
        count(store, '"case"', "status = 'closed' AND (closed_on IS NULL OR closure_type IS NULL)")
        == 0
    )
    assert (
        count(
            store,
            '"case"',
            "status != 'closed' AND (closed_on IS NOT NULL OR closure_type IS NOT NULL)",
        )
        == 0
    )
    assert count(store, '"case"', "closed_on < opened_on") == 0
    # Closure situations are recorded, often improved against the intake.
    improved = count(
        store,
        '"case" c JOIN client k ON k.id = c.client_id',
        "c.closure_german_level IS NOT NULL AND c.closure_german_level != k.german_level",
    )
    assert improved > 0.2 * count(store, '"case"', "status = 'closed'")


def test_shares_follow_the_mbe_figures(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    assert 0.15 <= share(store, "form = 'case_management'", '"case"') <= 0.30
    assert 0.45 <= share(store, "status = 'open'", '"case"') <= 0.65
    assert count(store, '"case"', "status = 'paused'") > 0
    closed_cm = "status = 'closed' AND form = 'case_management'"
    regular = ", ".join(f"'{code}'" for code in cat.REGULAR_CLOSURES)
    assert share(store, f"closure_type IN ({regular})", f'"case" WHERE {closed_cm}') > 0.6
    # Over half within three years of arrival (at the first contact), and most from today too.
    assert share(store, "arrival_date >= date(first_contact_date, '-3 years')", "client") > 0.5
    assert share(store, "arrival_date >= date(:today, '-3 years')", "client", today=TODAY) > 0.5
    assert count(store, "client", "arrival_date > first_contact_date") == 0
    # Ages: mostly 27–65, a few younger and older, nobody under 18.
    age = f"({TODAY.year} - birth_year)"
    assert share(store, f"{age} BETWEEN 27 AND 65", "client") >= 0.8
    assert count(store, "client", f"{age} BETWEEN 18 AND 26") > 0
    assert count(store, "client", f"{age} >= 66") > 0
    assert count(store, "client", f"{age} < 18 OR birth_year IS NULL") == 0
    adult = (TODAY - timedelta(days=18 * 366)).isoformat()
    assert count(store, "client", "birth_date > :adult", adult=adult) == 0
    assert count(store, "client", "birth_date > date(first_contact_date, '-18 years')") == 0
    # Gender mix, interpreting, children, co-counselled family members, referrals.
    genders = dict(rows(store, "SELECT gender, count(*) FROM client GROUP BY gender"))
    assert genders["female"] > 0.4 * CLIENTS and genders["male"] > 0.35 * CLIENTS
    assert 0.2 <= share(store, "interpreter_needed", "client") <= 0.4
    assert 0.35 <= share(store, "children_count > 0", "client") <= 0.65
    assert 0.05 <= share(store, "family_members > 0", '"case"') <= 0.15
    assert (
        0.12
        <= share(store, "EXISTS (SELECT 1 FROM referral r WHERE r.case_id = c.id)", '"case" c')
        <= 0.3
    )
    # Several values of every spread-out attribute.
    for column, minimum in (
        ("residence_status", 8),
        ("german_level", 6),
        ("benefits", 4),
        ("employment_status", 6),
        ("how_found", 7),
        ("education", 5),
    ):
        assert count(store, f"(SELECT DISTINCT {column} FROM client)") >= minimum, column


def test_contacts_lie_within_the_case_and_not_in_the_future(
    demo: tuple[Store, DemoSummary],
) -> None:
    store, _ = demo
    outside = count(
        store,
        'contact k JOIN "case" c ON c.id = k.case_id',
        "date(k.occurred_at) < c.opened_on OR date(k.occurred_at) > coalesce(c.closed_on, :today)",
        today=TODAY.isoformat(),
    )
    assert outside == 0
    assert count(store, "contact", "occurred_at >= :today", today=TODAY.isoformat()) == 0
    two_years = (TODAY - timedelta(days=730)).isoformat()
    assert share(store, "occurred_at >= :since", "contact", since=two_years) > 0.75
    forms = {code for (code,) in rows(store, "SELECT DISTINCT form FROM contact")}
    assert forms == set(cat.CONTACT_FORMS.codes())
    # Outreach contacts name one of the outreach locations; others none.
    assert count(store, "contact", "form = 'outreach' AND outreach_location_id IS NULL") == 0
    assert count(store, "contact", "form != 'outreach' AND outreach_location_id IS NOT NULL") == 0
    assert count(store, "contact", "duration_minutes <= 0 OR note = ''") == 0
    assert count(store, "contact", "interpreter_used AND interpreter_language = ''") == 0
    assert count(store, "contact_field_of_action") >= count(store, "contact")
    assert (
        count(
            store,
            "contact k",
            "NOT EXISTS (SELECT 1 FROM contact_field_of_action f "
            "JOIN case_field_of_action c ON c.field = f.field "
            "WHERE f.contact_id = k.id AND c.case_id = k.case_id)",
        )
        == 0
    )


# --- names, nationalities, languages ---------------------------------------------------------


def test_names_come_from_many_scripts(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    names = rows(store, "SELECT family_name, given_names, name_latin FROM client")
    arabic = re.compile("[\u0600-\u06ff]")
    cyrillic = re.compile("[\u0400-\u04ff]")
    greek = re.compile("[\u0370-\u03ff]")
    vietnamese = re.compile("[\u1ea0-\u1ef9]")
    families = [str(family) for family, _, _ in names]
    assert any(arabic.search(name) for name in families)
    assert any(cyrillic.search(name) for name in families)
    assert any(greek.search(name) for name in families)
    assert any(vietnamese.search(name) for name in families)
    assert any(char in name for name in families for char in "ıŞşÇçĞğÖöÜü")  # Turkish
    assert any(char in name for name in families for char in "ŁłŻżŚśĆćŃńÓó")  # Polish
    # Names in non-Latin scripts carry a Latin transliteration, in Latin letters.
    for family, given, latin in names:
        written = f"{family} {given}"
        if arabic.search(written) or cyrillic.search(written) or greek.search(written):
            assert latin and str(latin).isascii() and re.search("[A-Za-z]", str(latin)), written
    # Mostly distinct names.
    assert len({(family, given) for family, given, _ in names}) > 0.9 * CLIENTS


def test_showcase_names_are_searchable(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    keys = rows(store, "SELECT search_key FROM client WHERE family_name = 'Müller'")
    assert keys  # "Olga Müller" is always among the first demo clients
    for (key,) in keys:
        assert isinstance(key, str) and key.startswith(" ") and key.endswith(" ")
        assert " muller " in key and " mueller " in key
        assert matches(key, "muller") and matches(key, "Müller")
    found = rows(
        store,
        "SELECT name_latin, search_key FROM client WHERE family_name = 'الحسن' "
        "AND given_names = 'محمد'",
    )
    assert ("Mohammad Al-Hassan", found[0][1]) in found
    assert matches(str(found[0][1]), "al-hassan") and matches(str(found[0][1]), "mohammad")
    latins = rows(
        store,
        "SELECT name_latin FROM client "
        "WHERE family_name = 'Шевченко' AND given_names = 'Олександр'",
    )
    assert ("Oleksandr Shevchenko",) in latins
    assert count(store, "client", "family_name = 'Żółć' AND given_names = 'Łukasz'") >= 1
    assert count(store, "client", "family_name = 'Nguyễn' AND given_names = 'Thị Hương'") >= 1


def test_search_keys_and_phone_digits_are_filled(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    assert count(store, "client", "search_key NOT LIKE ' % '") == 0
    assert count(store, "client", "phone != '' AND phone_digits = ''") == 0
    assert count(store, "client", "phone = '' AND phone_digits != ''") == 0
    assert count(store, "client", "phone LIKE '+49%'") > 0  # both spellings occur
    for (digits,) in rows(store, "SELECT phone_digits FROM client WHERE phone != ''"):
        assert str(digits).startswith("0") and str(digits).isdigit()


def test_nationalities_and_languages_fit_the_names(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    for (code,) in rows(store, "SELECT DISTINCT country_code FROM client_nationality"):
        assert country(str(code)) is not None, code
    for (code,) in rows(store, "SELECT DISTINCT language_code FROM client_language"):
        assert language(str(code)) is not None, code
    for (code,) in rows(store, "SELECT DISTINCT interpreter_language FROM client"):
        assert code == "" or language(str(code)) is not None
    assert (
        count(
            store,
            "client c",
            "NOT EXISTS (SELECT 1 FROM client_nationality n "
            "WHERE n.client_id = c.id AND n.position = 0)",
        )
        == 0
    )
    assert (
        count(
            store,
            "client c",
            "NOT EXISTS (SELECT 1 FROM client_language n "
            "WHERE n.client_id = c.id AND n.position = 0)",
        )
        == 0
    )
    first_language = dict(
        rows(store, "SELECT client_id, language_code FROM client_language WHERE position = 0")
    )
    nationalities: dict[object, set[str]] = {}
    for client_id, code in rows(store, "SELECT client_id, country_code FROM client_nationality"):
        nationalities.setdefault(client_id, set()).add(str(code))
    checks = (
        ("[\u0600-\u06ff]", {"SY", "IQ", "IR", "AF"}, {"ar", "fa", "prs", "ps", "ku"}),
        ("[\u0454\u0456\u0457\u0491]", {"UA"}, {"uk", "ru"}),  # Ukrainian letters є і ї ґ
        ("[\u0370-\u03ff]", {"GR"}, {"el"}),
        ("[\u1ea0-\u1ef9]", {"VN"}, {"vi"}),
    )
    for client_id, family, given in rows(store, "SELECT id, family_name, given_names FROM client"):
        for pattern, countries, languages in checks:
            if re.search(pattern, f"{family} {given}"):
                assert nationalities[client_id] & countries, (family, nationalities[client_id])
                assert first_language[client_id] in languages, (family, first_language[client_id])
    assert (
        count(
            store,
            "client",
            "residence_status = 'eu_citizen' AND id NOT IN (SELECT "
            "client_id FROM client_nationality WHERE country_code IN "
            "('RO','BG','PL','ES','GR','IT'))",
        )
        == 0
    )


# --- catalogue codes -------------------------------------------------------------------------

CATALOGUE_COLUMNS = (
    ("client", "gender", cat.GENDERS),
    ("client", "residence_status", cat.RESIDENCE_STATUSES),
    ("client", "course_right", cat.COURSE_RIGHTS),
    ("client", "course_status", cat.COURSE_STATUSES),
    ("client", "german_level", cat.CEFR_LEVELS),
    ("client", "education", cat.EDUCATION_LEVELS),
    ("client", "recognition_status", cat.RECOGNITION_STATUSES),
    ("client", "employment_status", cat.EMPLOYMENT_STATUSES),
    ("client", "benefits", cat.BENEFITS),
    ("client", "living_situation", cat.LIVING_SITUATIONS),
    ("client", "how_found", cat.HOW_FOUND),
    ("consent", "kind", cat.CONSENT_KINDS),
    ("consent", "partner_category", cat.PARTNER_CATEGORIES),
    ('"case"', "form", cat.CASE_FORMS),
    ('"case"', "status", cat.CASE_STATUSES),
    ('"case"', "closure_type", cat.CLOSURE_TYPES),
    ('"case"', "closure_german_level", cat.CEFR_LEVELS),
    ('"case"', "closure_course_status", cat.COURSE_STATUSES),
    ('"case"', "closure_employment_status", cat.EMPLOYMENT_STATUSES),
    ('"case"', "closure_benefits", cat.BENEFITS),
    ('"case"', "closure_residence_status", cat.RESIDENCE_STATUSES),
    ("case_field_of_action", "field", cat.FIELDS_OF_ACTION),
    ("case_form_change", "form", cat.CASE_FORMS),
    ("case_status_change", "status", cat.CASE_STATUSES),
    ("case_status_change", "closure_type", cat.CLOSURE_TYPES),
    ("contact", "form", cat.CONTACT_FORMS),
    ("contact_field_of_action", "field", cat.FIELDS_OF_ACTION),
    ("goal", "field", cat.FIELDS_OF_ACTION),
    ("goal", "attainment", cat.GOAL_ATTAINMENTS),
    ("step", "actor", cat.STEP_ACTORS),
    ("step", "status", cat.STEP_STATUSES),
    ("follow_up", "source", cat.FOLLOWUP_SOURCES),
    ("partner", "category", cat.PARTNER_CATEGORIES),
    ("referral", "partner_category", cat.PARTNER_CATEGORIES),
    ("referral", "status", cat.REFERRAL_STATUSES),
    ("step_template", "field", cat.FIELDS_OF_ACTION),
)


@pytest.mark.parametrize(("table", "column", "catalogue"), CATALOGUE_COLUMNS)
def test_every_catalogue_value_is_a_catalogue_code(
    demo: tuple[Store, DemoSummary], table: str, column: str, catalogue: cat.Catalogue
) -> None:
    store, _ = demo
    values = {value for (value,) in rows(store, f"SELECT DISTINCT {column} FROM {table}")}
    values.discard(None)
    if table == "consent" and column == "partner_category":
        values.discard("")  # the GDPR consent names no partner
    assert values, f"{table}.{column} is never filled"
    assert values <= set(catalogue.codes()), values - set(catalogue.codes())


# --- integrity and types ---------------------------------------------------------------------


def test_integrity_checks_pass(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    report = store.check()
    assert report.ok, report


def test_orm_reads_the_rows_with_their_types(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    with store.read_session() as session:
        client = session.get(Client, 1)
        assert client is not None
        assert isinstance(client.first_contact_date, date)
        assert isinstance(client.created_at, datetime)
        assert client.nationalities and client.languages and client.consents
        case = client.cases[0]
        assert isinstance(case, Case) and isinstance(case.opened_on, date)
        contact = case.contacts[0]
        assert isinstance(contact, Contact) and isinstance(contact.occurred_at, datetime)
        assert contact.occurred_at.date() == case.opened_on
        assert isinstance(contact.interpreter_used, bool)
        assert contact.fields_of_action


def test_client_numbers_are_unique_and_the_counter_continues(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    try:
        generate_demo(store, clients=150, seed=3, today=TODAY)
        numbers = rows(store, "SELECT number, first_contact_date FROM client ORDER BY id")
        assert len({number for number, _ in numbers}) == len(numbers)
        last: dict[int, int] = {}
        for number, first in numbers:
            match = re.fullmatch(r"(\d{4})-(\d{4,})", str(number))
            assert match, number
            year, serial = int(match[1]), int(match[2])
            assert year == date.fromisoformat(str(first)).year
            assert serial == last.get(year, 0) + 1  # consecutive, in order of the first contact
            last[year] = serial
        assert dict(rows(store, "SELECT year, last_number FROM client_number_counter")) == last
        # A second run continues the numbers and ids instead of colliding.
        generate_demo(store, clients=50, seed=4, today=TODAY)
        assert count(store, "client") == 200
        assert scalar(store, "SELECT count(DISTINCT number) FROM client") == 200
        counters = dict(rows(store, "SELECT year, last_number FROM client_number_counter"))
        for year, serial in last.items():
            assert int(str(counters[year])) >= serial
        per_year = dict(
            rows(
                store,
                "SELECT substr(number, 1, 4), max(CAST(substr(number, 6) "
                "AS INTEGER)) FROM client GROUP BY 1",
            )
        )
        assert {int(str(year)): value for year, value in per_year.items()} == counters
        assert store.check().ok
    finally:
        store.close()


# --- determinism, progress, cancellation ------------------------------------------------------

DUMP_TABLES = ("client", '"case"', "contact", "goal", "step", "referral", "consent", "follow_up")


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows without the statistics' record keys: those are random by design
    (a demo's seed is in the code; noise must not be predictable from it)."""
    result: dict[str, list[tuple[object, ...]]] = {}
    with store.engine.connect() as connection:
        for table in DUMP_TABLES:
            names = [
                c[1]
                for c in connection.exec_driver_sql(f"PRAGMA table_info({table})")
                if c[1] != "stat_key"
            ]
            columns = ", ".join(f'"{name}"' for name in names)
            result[table] = rows(store, f"SELECT {columns} FROM {table} ORDER BY 1, 2")
    return result


def test_same_seed_gives_the_same_data(tmp_path: Path) -> None:
    stores = [new_store(tmp_path / name) for name in ("a", "b", "c")]
    try:
        first = generate_demo(stores[0], clients=120, seed=11, today=TODAY)
        second = generate_demo(stores[1], clients=120, seed=11, today=TODAY)
        other = generate_demo(stores[2], clients=120, seed=12, today=TODAY)
        assert first == second
        assert dump(stores[0]) == dump(stores[1])
        assert dump(stores[0])["client"] != dump(stores[2])["client"]
        assert other.clients == 120
    finally:
        for store in stores:
            store.close()


def test_progress_is_reported_per_chunk(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    try:
        generate_demo(store, clients=CHUNK_CLIENTS + 10, seed=1, today=TODAY, progress=progress)
    finally:
        store.close()
    total = CHUNK_CLIENTS + 10
    assert calls == [(0, total), (CHUNK_CLIENTS, total), (total, total)]


@pytest.mark.parametrize("stop_after", [0, 1])
def test_cancelling_leaves_no_demo_data(tmp_path: Path, stop_after: int) -> None:
    store = new_store(tmp_path)
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) <= stop_after

    try:
        with pytest.raises(DemoCancelled):
            generate_demo(store, clients=CHUNK_CLIENTS + 10, seed=1, today=TODAY, progress=progress)
        for table in (
            "client",
            "partner",
            "outreach_location",
            '"case"',
            "contact",
            "client_number_counter",
            "audit_event",
        ):
            assert count(store, table) == 0, table
        # Only the default step templates every new store has (migration 0003).
        assert count(store, "step_template") == len(DEFAULT_STEP_TEMPLATES)
        assert store.check().ok
        # The store stays usable: a later run works.
        assert generate_demo(store, clients=20, seed=1, today=TODAY).clients == 20
    finally:
        store.close()


def test_empty_demo_still_sets_up_the_network(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    try:
        summary = generate_demo(store, clients=0, today=TODAY)
        assert summary.clients == summary.cases == 0 and summary.partners > 0
        with pytest.raises(ValueError):
            generate_demo(store, clients=-1)
    finally:
        store.close()


# --- Case Management, follow-ups, partners, consents, referrals -------------------------------


def test_case_management_has_goals_steps_and_agreements(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    assert (
        count(store, 'goal g JOIN "case" c ON c.id = g.case_id', "c.form != 'case_management'") == 0
    )
    goals_per_case = [n for (n,) in rows(store, "SELECT count(*) FROM goal GROUP BY case_id")]
    assert goals_per_case and all(1 <= n <= 3 for n in goals_per_case)
    assert (
        count(
            store,
            'goal g JOIN "case" c ON c.id = g.case_id',
            "c.status != 'closed' AND g.attainment != 'open'",
        )
        == 0
    )
    assert (
        count(
            store,
            'goal g JOIN "case" c ON c.id = g.case_id',
            "c.status = 'closed' AND g.attainment = 'open'",
        )
        == 0
    )
    assert count(store, "goal", "text = '' OR indicator = '' OR target_date IS NULL") == 0
    assert count(store, "goal g", "NOT EXISTS (SELECT 1 FROM step s WHERE s.goal_id = g.id)") == 0
    assert count(store, "step", "status = 'done' AND done_on IS NULL") == 0
    assert count(store, "step", "status != 'done' AND done_on IS NOT NULL") == 0
    assert count(store, "step", "actor = 'partner' AND partner_id IS NULL") == 0
    assert count(store, "step", "status = 'open' AND due_on < :today", today=TODAY.isoformat()) > 0
    # Every case with goals has agreement version 1; signed versions carry a snapshot.
    assert (
        count(
            store,
            "(SELECT DISTINCT case_id FROM goal) g",
            "NOT EXISTS (SELECT 1 FROM "
            "agreement_version a WHERE a.case_id = g.case_id AND a.number = 1)",
        )
        == 0
    )
    assert (
        count(
            store,
            "agreement_version",
            "signed_on IS NOT NULL AND (snapshot = '' OR review_on IS NULL)",
        )
        == 0
    )
    assert count(store, "agreement_version", "number = 2 AND signed_on IS NULL") > 0
    for (snapshot,) in rows(store, "SELECT snapshot FROM agreement_version WHERE snapshot != ''"):
        goals = json.loads(str(snapshot))["goals"]
        assert goals and all(goal["steps"] for goal in goals)
    templates = dict(rows(store, "SELECT field, steps FROM step_template"))
    assert set(templates) == set(cat.FIELDS_OF_ACTION.codes())
    recognition = json.loads(str(templates["recognition"]))
    assert [(s["text"], s["offset_days"]) for s in recognition][:2] == [
        ("Unterlagen zusammenstellen", 0),
        ("Übersetzung beauftragen", 14),
    ]
    assert all(s["actor"] in cat.STEP_ACTORS for s in recognition)


def test_follow_ups_are_overdue_due_and_later(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    today = TODAY.isoformat()
    week = (TODAY + timedelta(days=6)).isoformat()
    open_ = "done_on IS NULL AND "
    assert count(store, "follow_up", open_ + "due_on < :today", today=today) > 0
    assert count(store, "follow_up", open_ + "due_on = :today", today=today) > 0
    assert (
        count(
            store,
            "follow_up",
            open_ + "due_on > :today AND due_on <= :week",
            today=today,
            week=week,
        )
        > 0
    )
    assert count(store, "follow_up", open_ + "due_on > :week", week=week) > 0
    assert count(store, "follow_up", "done_on IS NOT NULL") > 0
    assert count(store, "follow_up", "done_on > :today", today=today) == 0
    assert count(store, "follow_up", "reason = ''") == 0
    assert count(store, "follow_up", "reason = 'Unterlagen für Anerkennung nachfragen'") > 0
    eight_weeks = (TODAY + timedelta(weeks=8)).isoformat()
    assert (
        count(
            store,
            "client",
            "residence_valid_until BETWEEN :today AND :end",
            today=today,
            end=eight_weeks,
        )
        > 0
    )


def test_partners_consents_and_referrals(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    categories = {code for (code,) in rows(store, "SELECT DISTINCT category FROM partner")}
    assert len(categories) >= 15
    assert count(store, "partner", "postcode NOT LIKE '999%' OR city != 'Musterstadt'") == 0
    assert count(store, "partner", "opening_hours = '' OR languages = '' OR services = ''") == 0
    people = [n for (n,) in rows(store, "SELECT count(*) FROM partner_person GROUP BY partner_id")]
    assert len(people) == count(store, "partner") and all(1 <= n <= 2 for n in people)
    # One GDPR consent per client, given at the first contact.
    assert (
        count(
            store,
            "client c",
            "(SELECT count(*) FROM consent k WHERE k.client_id = c.id "
            "AND k.kind = 'gdpr_processing' AND k.given_on = c.first_contact_date) != 1",
        )
        == 0
    )
    releases = "consent WHERE kind = 'confidentiality_release'"
    assert (
        count(
            store,
            "consent",
            "kind = 'confidentiality_release' AND (purpose = '' OR "
            "(partner_id IS NULL AND partner_category = ''))",
        )
        == 0
    )
    assert scalar(store, f"SELECT count(*) FROM {releases} AND partner_id IS NULL") != 0
    # Referrals that pass data on rest on a release of the same client, given beforehand.
    referrals = rows(
        store,
        "SELECT r.data_shared, r.consent_id, r.sent_on, k.client_id, c.client_id, k.given_on, "
        'k.kind, k.data_categories FROM referral r JOIN "case" c ON c.id = r.case_id '
        "LEFT JOIN consent k ON k.id = r.consent_id",
    )
    assert referrals
    for shared, consent_id, sent, consent_client, case_client, given, kind, allowed in referrals:
        data = json.loads(str(shared))
        assert isinstance(data, list)
        if not data:
            continue
        assert consent_id is not None and kind == "confidentiality_release"
        assert consent_client == case_client
        assert set(data) <= set(json.loads(str(allowed)))
        if sent is not None:
            assert str(given) <= str(sent)
    assert count(store, "referral", "status != 'draft' AND sent_on IS NULL") == 0
    assert count(store, "referral", "feedback_on < sent_on") == 0
