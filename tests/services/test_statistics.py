"""The statistics service on real stores: counting rules with known answers, deleted clients,
the anonymised export (anonymity, suppression, determinism, schema), errors."""

from __future__ import annotations

import errno
import hashlib
import json
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from client_fixtures import add, fixed_today
from sqlalchemy import select
from statistics_fixtures import TODAY, Office, build_office, case_service

from mbe_desktop.app import Services
from mbe_desktop.domain.errors import StorageFull, UserError, ValidationError
from mbe_desktop.domain.periods import parse_period
from mbe_desktop.domain.statistics import published_lines
from mbe_desktop.services import statistics as statistics_module
from mbe_desktop.services.cases import CaseDetail, CaseInput, ClosureInput
from mbe_desktop.services.demo import generate_demo
from mbe_desktop.services.retention import RetentionService
from mbe_desktop.services.statistics import StatisticsService, shares
from mbe_desktop.storage.files import os_error_to_user_error
from mbe_desktop.storage.models import AuditEvent, Client, StatisticsExport

SCHEMA = json.loads((Path(__file__).parents[2] / "docs" / "export-schema.json").read_text())


@pytest.fixture
def office(services: Services) -> Office:
    return build_office(services)


@pytest.fixture
def stats(services: Services) -> StatisticsService:
    return StatisticsService(services.store, today=lambda: TODAY)


def values(stats: StatisticsService, period: str, table: str) -> dict[object, int]:
    counted = stats.figures(parse_period(period)).table(table)
    return {
        (code if len(counted.columns) == 1 else (code, column)): counted.cells[r][c]
        for r, (code, _) in enumerate(counted.rows)
        for c, (column, _) in enumerate(counted.columns)
        if counted.cells[r][c]
    }


# --- counting rules ----------------------------------------------------------------------------


def test_year_overview(office: Office, stats: StatisticsService) -> None:
    assert values(stats, "2025", "overview") == {
        "clients": 3,
        "cases": 3,  # the reopened case counts once
        "cases_new": 2,
        "cases_closed": 1,  # Boris' closure was undone by reopening
        "family_members": 2,
        "contacts": 2,
        "referrals": 1,  # the draft does not count
    }


def test_clients_by_attributes(office: Office, stats: StatisticsService) -> None:
    assert values(stats, "2025", "clients_by_gender_age") == {
        ("female", "45_to_65"): 1,  # 45 at the opening in February 2025
        ("male", "under_27"): 1,  # 23 at the opening in November 2024
        ("diverse", "over_65"): 1,  # only the birth year
    }
    assert values(stats, "2025", "clients_by_arrival") == {"under_1": 1, "3_plus": 1, "unknown": 1}
    assert values(stats, "2025", "clients_by_nationality") == {"SY": 1, "UA": 1, "unknown": 1}
    assert values(stats, "2025", "clients_by_how_found") == {
        "jobcenter": 1,
        "friends_relatives": 1,
        "other": 1,
    }


def test_case_management_counts_if_cm_on_any_day(office: Office, stats: StatisticsService) -> None:
    assert values(stats, "2025", "cases_by_form") == {"counselling": 1, "case_management": 2}
    assert values(stats, "2025-Q1", "cases_by_form") == {"counselling": 2}  # Anna not yet CM
    assert values(stats, "2025-Q2", "cases_by_form") == {"case_management": 1}


def test_reopened_case_not_served_between_closure_and_reopening(
    office: Office, stats: StatisticsService
) -> None:
    assert stats.figures(parse_period("2025-Q2")).cases == 1  # Anna only; Boris was closed
    assert stats.figures(parse_period("2025-H1")).cases == 2  # Boris until 20 January
    q3 = values(stats, "2025-Q3", "overview")
    assert q3["cases"] == 3 and q3["cases_new"] == 1 and q3["cases_closed"] == 1


def test_period_boundaries(office: Office, stats: StatisticsService) -> None:
    assert stats.figures(parse_period("2024")).cases == 1  # Boris from November 2024
    day_before = stats.figures(parse_period("2025-02-01..2025-02-02"))
    assert day_before.cases == 0  # Boris closed on 20 January, Anna opened on 3 February
    opening_day = stats.figures(parse_period("2025-02-03..2025-02-03"))
    assert opening_day.cases == 1 and opening_day.measure("cases_new") == 1
    closing_day = stats.figures(parse_period("2025-08-15..2025-08-15"))
    assert closing_day.measure("cases_closed") == 1 and closing_day.cases == 2  # and Chris


def test_contacts_closures_goals_outcomes(office: Office, stats: StatisticsService) -> None:
    assert values(stats, "2025", "contacts_by_form") == {"office": 1, "outreach": 1}
    assert values(stats, "2025", "contacts_by_interpreter") == {"with_interpreter": 1, "without": 1}
    assert stats.figures(parse_period("2025")).outreach_places == (("Rathaus Beispielheim", 1),)
    assert values(stats, "2025", "referrals_by_partner_category") == {"jobcenter": 1}
    assert values(stats, "2025", "closures_by_type_form") == {
        ("regular_closing_conversation", "case_management"): 1
    }
    assert values(stats, "2025", "goals_by_field_attainment") == {("housing", "achieved"): 1}
    assert values(stats, "2025", "outcome_german_level") == {
        ("a1", "intake"): 1,
        ("b1", "closure"): 1,
    }
    assert values(stats, "2025", "outcome_german_level_change") == {"improved": 1}
    assert values(stats, "2025", "outcome_benefits") == {
        ("sgb2", "intake"): 1,
        ("none", "closure"): 1,
    }
    assert values(stats, "2025", "cases_by_field_of_action") == {
        "housing": 1,
        "work_employment": 1,
        "health": 1,
    }
    figures = stats.figures(parse_period("2025"))
    assert shares(figures)["case_management"] == (2, 3)
    assert shares(figures)["regular_closures_cm"] == (1, 1)
    assert shares(figures)["new_immigrants"] == (1, 2)


def build_outcomes(services: Services) -> None:
    """Five people for the residence and outcome tables, with their answers known:

    Ahmadi  settlement permit, unemployed, waiting for a course; case Jan–Apr 2025, closed
            employed and attending a course.
    Bauer   settlement permit, unemployed, course not started; case Feb–Oct 2025, closed in
            vocational training, the course at closure not recorded.
    Costa   EU citizen, employed; case Mar–Dec 2024 (outside 2025), closed self-employed.
    Demir   no residence status entered; case open since May 2025 (no outcome yet).
    Eze     asylum seeker without any case: never counted.
    """
    clients = fixed_today(services)
    cases = case_service(services)

    def person(family: str, opened: date, **values: object) -> CaseDetail:
        client = add(clients, family, "Test", first_contact_date=opened, **values)
        return cases.open_case(client.id, CaseInput(opened, "counselling", ("housing",)))

    def close(case: CaseDetail, on: date, **situation: str) -> None:
        closure = ClosureInput(on, "regular_closing_conversation", **situation)
        cases.close_case(case.id, closure, case.version)

    ahmadi = person("Ahmadi", date(2025, 1, 10), residence_status="settlement_permit",
                    employment_status="unemployed", course_status="waiting")  # fmt: skip
    close(ahmadi, date(2025, 4, 30), employment_status="employed", course_status="attending")
    bauer = person("Bauer", date(2025, 2, 1), residence_status="settlement_permit",
                   employment_status="unemployed", course_status="not_started")  # fmt: skip
    close(bauer, date(2025, 10, 1), employment_status="training")
    costa = person("Costa", date(2024, 3, 1), residence_status="eu_citizen",
                   employment_status="employed", course_status="not_applicable")  # fmt: skip
    close(costa, date(2024, 12, 1), employment_status="self_employed",
          course_status="not_applicable")  # fmt: skip
    person("Demir", date(2025, 5, 5))
    add(clients, "Eze", "Test", residence_status="asylum_seeker")


def test_residence_status_and_outcomes(services: Services, stats: StatisticsService) -> None:
    build_outcomes(services)
    # Clients served in the period, by their residence status (Eze has no case).
    assert values(stats, "2025", "clients_by_residence_status") == {
        "settlement_permit": 2,
        "unknown": 1,
    }
    assert values(stats, "2024", "clients_by_residence_status") == {"eu_citizen": 1}
    # Outcomes: only cases closed in the period, at intake and at closure.
    assert values(stats, "2025", "outcome_employment") == {
        ("unemployed", "intake"): 2,
        ("employed", "closure"): 1,
        ("training", "closure"): 1,
    }
    assert values(stats, "2025", "outcome_course_status") == {
        ("waiting", "intake"): 1,
        ("not_started", "intake"): 1,
        ("attending", "closure"): 1,
        ("not_recorded", "closure"): 1,
    }
    assert values(stats, "2025-H1", "outcome_employment") == {
        ("unemployed", "intake"): 1,
        ("employed", "closure"): 1,
    }
    assert values(stats, "2025-H2", "outcome_course_status") == {
        ("not_started", "intake"): 1,
        ("not_recorded", "closure"): 1,
    }
    assert values(stats, "2024", "outcome_employment") == {
        ("employed", "intake"): 1,
        ("self_employed", "closure"): 1,
    }
    assert values(stats, "2024", "outcome_course_status") == {
        ("not_applicable", "intake"): 1,
        ("not_applicable", "closure"): 1,
    }
    assert values(stats, "2026-Q1", "outcome_employment") == {}  # nothing closed


def test_future_period_is_refused(stats: StatisticsService) -> None:
    with pytest.raises(ValidationError, match="nach dem heutigen Tag"):
        stats.figures(parse_period("2027"))


def test_deleting_a_client_does_not_change_past_figures(
    services: Services, office: Office, stats: StatisticsService
) -> None:
    tables = [
        "overview",
        "clients_by_gender_age",
        "clients_by_arrival",
        "cases_by_form",
        "contacts_by_form",
        "contacts_by_interpreter",
        "closures_by_type_form",
        "goals_by_field_attainment",
        "outcome_german_level",
        "outcome_employment",
    ]
    # Quarters too: the statistics-only row keeps its counts per quarter (migration 0005).
    periods = ("2025", "2025-H1", "2025-H2", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4")
    before = {(p, t): values(stats, p, t) for p in periods for t in tables}
    # Anna's contacts are in Q1 (with an interpreter) and Q2: the quarters really differ.
    assert (
        before[("2025-Q1", "contacts_by_interpreter")]
        != before[("2025-Q2", "contacts_by_interpreter")]
    )
    export_before = stats.preview(parse_period("2025")).tables_json
    result = RetentionService(services.store).delete_clients([office.anna], date(2029, 1, 1))
    assert result.deleted == 1
    after = {(p, t): values(stats, p, t) for p in periods for t in tables}
    assert after == before
    # Deleted clients are known by region only: in the export a single Syrian is merged into
    # a region (or "other") anyway, so the exported tables are byte-identical.
    assert stats.preview(parse_period("2025")).tables_json == export_before
    assert stats.figures(parse_period("2025")).retained_cases == 1


# --- export ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    from client_fixtures import OFFICE, PASSPHRASE

    from mbe_desktop.app import create_store
    from mbe_desktop.paths import data_paths
    from mbe_desktop.storage.keyslots import FAST_TEST_KDF

    created = create_store(
        data_paths(tmp_path_factory.mktemp("demo")), OFFICE, PASSPHRASE, PASSPHRASE,
        kdf=FAST_TEST_KDF,
    )  # fmt: skip
    generate_demo(created.services.store, clients=300, seed=3, today=TODAY)
    yield created.services
    created.services.close()


def unzip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_export_contains_nothing_personal(demo_store: Services, tmp_path: Path) -> None:
    stats = StatisticsService(demo_store.store, today=lambda: TODAY)
    result = stats.export(parse_period("2025"), tmp_path)
    assert result.path.name == "MBE-Statistik_2025.zip"
    files = unzip(result.path)
    raw = result.path.read_bytes()
    everything = b"\n".join(files.values())
    text = everything.decode("utf-8", "replace")
    with demo_store.store.read_session() as session:
        people = session.execute(
            select(Client.family_name, Client.given_names, Client.number, Client.birth_date)
        ).all()
    assert len(people) >= 300
    for family, given, number, born in people:
        for name in {family, *given.split()}:
            if len(name) >= 4:
                assert name not in text, name
        assert number not in text and number.encode() not in raw
        if born is not None:
            assert born.isoformat() not in text
            assert born.strftime("%d.%m.%Y") not in text


def test_published_cells_are_withheld_or_at_least_k_and_totals_add_up(
    demo_store: Services,
) -> None:
    stats = StatisticsService(demo_store.store, today=lambda: TODAY)
    for period in ("2025", "2025-Q3"):
        preview = stats.preview(parse_period(period))
        assert preview.threshold == 5
        assert preview.withheld > 0
        assert preview.audit.passed and preview.audit.protected_cells > 0
        for table in preview.tables:
            numbers = [v for row in table.cells for v in row]
            numbers += [*(table.row_totals or ()), *(table.column_totals or ()), table.total]
            # Nothing below k is published, not even 0: "withheld" cannot tell 0 from 1 … 4.
            assert all(v is None or v >= 5 for v in numbers), table.name
            # Totals are the sums of the published cells: they tell nothing more.
            for line in published_lines(table):
                total, parts = line[0], line[1:]
                known = [v for v in parts if v is not None]
                assert total == (sum(known) if known else None), (table.name, line)


def test_export_is_deterministic_and_valid(demo_store: Services, tmp_path: Path) -> None:
    stats = StatisticsService(demo_store.store, today=lambda: TODAY)
    period = parse_period("2025-H1")
    first = unzip(stats.export(period, tmp_path / "a.zip").path)
    second_result = stats.export(period, tmp_path / "b")
    second = unzip(second_result.path)
    tables = [
        name for name in first if name.endswith((".csv", ".json")) and name != "manifest.json"
    ]
    assert "tables.json" in tables and len(tables) == 19
    for name in tables:
        assert first[name] == second[name], name
    assert second_result.previous and second_result.previous[0].same_tables
    tables_json = json.loads(first["tables.json"])
    manifest = json.loads(first["manifest.json"])
    checker = jsonschema.FormatChecker()
    jsonschema.validate(tables_json, SCHEMA, format_checker=checker)
    jsonschema.validate(manifest, SCHEMA, format_checker=checker)
    assert manifest["office_code"] == "" and manifest["disclosure_control"]["threshold"] == 5
    assert manifest["period"]["start"] == "2025-01-01"
    for entry in manifest["files"]:
        assert hashlib.sha256(first[entry["name"]]).hexdigest() == entry["sha256"]
    assert {entry["name"] for entry in manifest["files"]} == set(first) - {"manifest.json"}
    assert first["zusammenfassung.pdf"].startswith(b"%PDF")
    csv_text = first["clients_by_gender_age.csv"].decode("utf-8")
    assert csv_text.startswith(
        "row_code,row_label,under_27,27_to_44,45_to_65,over_65,unknown,total"
    )
    assert "\r\ntotal,Insgesamt," in csv_text


def test_export_is_recorded_and_audited(
    services: Services, office: Office, stats: StatisticsService, tmp_path: Path
) -> None:
    period = parse_period("2025")
    assert not stats.preview(period).exported_before
    result = stats.export(period, tmp_path / "stat")
    assert result.path == tmp_path / "stat.zip"
    with services.store.read_session() as session:
        rows = session.execute(select(StatisticsExport)).scalars().all()
        events = (
            session.execute(select(AuditEvent).where(AuditEvent.action == "export")).scalars().all()
        )
    assert [(r.period, r.period_start, r.period_end, r.format_version) for r in rows] == [
        ("2025", date(2025, 1, 1), date(2025, 12, 31), "2.0")
    ]
    assert rows[0].sha256 == result.sha256
    assert [(e.entity, e.entity_id, e.fields) for e in events] == [
        ("statistics", rows[0].id, "period")
    ]
    again = stats.preview(period)
    assert again.exported_before and again.previous[0].same_tables


def test_threshold_setting(stats: StatisticsService, office: Office) -> None:
    assert stats.threshold() == 5
    with pytest.raises(ValidationError, match="erlaubt sind 3 bis 20"):
        stats.set_threshold(2)
    assert stats.set_threshold(3) == 3
    preview = stats.preview(parse_period("2025"))
    assert preview.threshold == 3
    assert json.loads(preview.tables_json)["disclosure_control"]["threshold"] == 3


def test_export_errors_are_german_and_leave_nothing(
    services: Services,
    office: Office,
    stats: StatisticsService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    period = parse_period("2025")
    with pytest.raises(UserError, match="gibt es nicht"):
        stats.export(period, tmp_path / "missing" / "x.zip")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="gibt es nicht"):
        stats.export(period, blocker / "x.zip")

    def full(path: Path, data: bytes) -> None:
        raise os_error_to_user_error(OSError(errno.ENOSPC, "No space left on device"))

    monkeypatch.setattr(statistics_module, "write_private_atomic", full)
    with pytest.raises(StorageFull, match="voll"):
        stats.export(period, tmp_path / "y.zip")
    assert not (tmp_path / "y.zip").exists()
    assert not stats.previous_exports(period)
