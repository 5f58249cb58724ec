"""The statistics export (format 2.0) against the attacker of docs/export-format.md: someone
who knows the method and the code, holds every export the office wrote and may know some
clients. The attacker here reads only the exported files; the true counts come from the
Statistik view (the exact figures that never leave the laptop) to judge what was learnt."""

from __future__ import annotations

import json
import math
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from client_fixtures import OFFICE, PASSPHRASE, intake
from statistics_fixtures import TODAY

from mbe_desktop.app import Services, create_store
from mbe_desktop.domain import disclosure as d
from mbe_desktop.domain.errors import ValidationError
from mbe_desktop.domain.periods import parse_period, period_between
from mbe_desktop.paths import data_paths
from mbe_desktop.services.cases import CaseInput, CaseService, ClosureInput
from mbe_desktop.services.clients import ClientService
from mbe_desktop.services.demo import generate_demo
from mbe_desktop.services.retention import RetentionService
from mbe_desktop.services.statistics import StatisticsService
from mbe_desktop.storage.keyslots import FAST_TEST_KDF

K = 5
PERIODS = ("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2025-H1", "2025-H2", "2025")
PARTS = {
    "2025-H1": (("2025-Q1", "2025-Q2"),),
    "2025-H2": (("2025-Q3", "2025-Q4"),),
    "2025": (("2025-H1", "2025-H2"), ("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4")),
}
Tables = dict[str, dict[str, Any]]


def office_store(folder: Path, clients: int) -> Services:
    created = create_store(data_paths(folder), OFFICE, PASSPHRASE, PASSPHRASE, kdf=FAST_TEST_KDF)
    generate_demo(created.services.store, clients=clients, seed=3, today=TODAY)
    return created.services


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    services = office_store(tmp_path_factory.mktemp("attacker"), 300)
    yield services
    services.close()


def export_all(services: Services, folder: Path) -> dict[str, bytes]:
    """Every period of 2025 exported, in an order that makes every period of the year exist
    before the year (quarters first): the tables.json of each."""
    stats = StatisticsService(services.store, today=lambda: TODAY)
    folder.mkdir(parents=True, exist_ok=True)
    result = {}
    for key in PERIODS:
        path = stats.export(parse_period(key), folder / f"{key}.zip").path
        with zipfile.ZipFile(path) as archive:
            result[key] = archive.read("tables.json")
    return result


def parsed(raw: bytes) -> Tables:
    return {table["name"]: table for table in json.loads(raw)["tables"]}


def cells_of(tables: Tables) -> dict[tuple[str, str, str], int | None]:
    result = {}
    for name, table in tables.items():
        columns = [c["code"] for c in table["columns"]]
        for row in table["rows"]:
            for column, value in zip(columns, row["values"], strict=True):
                result[(name, row["code"], column)] = value
    return result


def truth(services: Services, key: str) -> dict[tuple[str, str, str], int]:
    """The true counts from the Statistik view, nationalities grouped as in the export."""
    from mbe_desktop.services.publications import cells_from_tally

    stats = StatisticsService(services.store, today=lambda: TODAY)
    return cells_from_tally(stats._tally(parse_period(key)), K).counts


# --- what one export shows ----------------------------------------------------------------------


def test_no_small_count_and_no_zero_is_published_and_totals_are_sums(
    demo: Services, tmp_path: Path
) -> None:
    exports = export_all(demo, tmp_path)
    for key, raw in exports.items():
        for name, table in parsed(raw).items():
            values = [v for row in table["rows"] for v in row["values"]]
            assert all(v is None or v >= K for v in values), (key, name)
            for row in table["rows"]:
                if "total" in row:
                    known = [v for v in row["values"] if v is not None]
                    assert row["total"] == (sum(known) if known else None)
        # Countries stand in the order of their published counts: the order of the true
        # counts would tell more than the perturbed figures.
        rows = parsed(raw)["clients_by_nationality"]["rows"]
        countries = [r for r in rows if ":" not in r["code"] and r["code"] != "other"]
        ordered = sorted(countries, key=lambda r: (-(r["values"][0] or 0), r["code"]))
        assert countries == ordered, key


def test_replaying_the_documented_method_bounds_no_small_count(
    demo: Services, tmp_path: Path
) -> None:
    """The attacker's linear programme, from the exported files only: published values give
    the ranges of the documented ptable, withheld ones 0 … k-1, tables of one population add
    up to the same total, and each half-year's and year's cells are at most the sum of their
    covering cells in the parts. Every true count from 1 to 4 must stay within a range that
    includes 0 and k-1."""
    exports = export_all(demo, tmp_path)
    publications = []
    for key in PERIODS:
        cells = d.Cells()
        tables = parsed(exports[key])
        for name, table in tables.items():
            cells.rows[name] = [row["code"] for row in table["rows"]]
            cells.columns[name] = [c["code"] for c in table["columns"]]
        cells.published = cells_of(tables)
        true = truth(demo, key)
        cells.counts = {cell: true.get(cell, 0) for cell in cells.published}
        # What the attacker cannot rule out for a withheld cell that is in fact large.
        cells.withheld_large = {
            cell
            for cell, value in cells.published.items()
            if value is None and true.get(cell, 0) >= K
        }
        publications.append(d.Publication(key, cells, PARTS.get(key, ())))
    result = d.audit(publications, K)
    assert result.protected_cells > 100
    assert result.passed, result.findings[:3]


def test_half_years_and_years_add_nothing_to_their_quarters(demo: Services, tmp_path: Path) -> None:
    """H1 - Q1 = Q2 is what broke version 1. Event counts of a half-year or year are the sums
    of the published quarters; a withheld quarter is never bounded by the half-year's
    clients."""
    exports = {key: cells_of(parsed(raw)) for key, raw in export_all(demo, tmp_path).items()}
    for whole, partitions in PARTS.items():
        quarters = partitions[-1]
        for cell, value in exports[whole].items():
            if cell[0] in d.EVENT_TABLES:
                parts = [exports[q].get(cell) for q in quarters]
                assert value == d.sum_published(parts), (whole, cell)
    # "Withheld" means below k or withheld by the consistency rule: the attacker cannot take
    # a withheld cell for a small one. Judged: every truly small cell of a part.
    truths = {key: truth(demo, key) for key in PERIODS}

    def ceiling(key: str, cell: tuple[str, str, str]) -> float:
        value = exports[key][cell]
        if value is None and truths[key].get(cell, 0) >= K:
            return math.inf
        return d.feasible_range(value, K)[1]

    checked = 0
    for whole, partitions in PARTS.items():
        for cell, value in exports[whole].items():
            if value is None or cell[0] in d.EVENT_TABLES or cell[0] == "overview":
                continue
            if cell[0] == "clients_by_nationality":
                continue  # rows differ between periods: covered by the linear programme
            low = d.feasible_range(value, K)[0]
            for partition in partitions:
                cover = [q for q in partition if cell in exports[q]]
                top = sum(ceiling(q, cell) for q in cover)
                for q in cover:
                    if exports[q][cell] is None and 1 <= truths[q].get(cell, 0) < K:
                        checked += 1
                        assert low - (top - (K - 1)) <= 0, (whole, cell, q)
    assert checked > 0


# --- what many exports show -----------------------------------------------------------------------


def test_exports_after_adding_merging_and_deleting_stay_the_same(tmp_path: Path) -> None:
    services = office_store(tmp_path / "store", 120)
    try:
        first = export_all(services, tmp_path / "first")
        clients = ClientService(services.store, today=lambda: TODAY)
        cases = CaseService(services.store, today=lambda: TODAY)
        # A client served in 2025, added afterwards (a late entry)...
        late = clients.create(intake("Spät", "Erna", nationalities=("ER",), gender="female"))
        case = cases.open_case(late.id, CaseInput(opened_on=date(2025, 4, 2)))
        cases.close_case(
            case.id,
            ClosureInput(closed_on=date(2025, 5, 1), closure_type="moved_away"),
            case.version,
        )
        after_adding = export_all(services, tmp_path / "added")
        # ...a corrected record (another residence status and gender)...
        import dataclasses

        current = clients.get(late.id)
        clients.update(
            late.id,
            dataclasses.replace(current.data, residence_status="settlement_permit", gender="male"),
            current.version,
        )
        after_correcting = export_all(services, tmp_path / "corrected")
        # ...a merge of two records, and a deletion after the retention period.
        twin = clients.create(intake("Spät", "Erna", nationalities=("ER",), gender="female"))
        clients.merge(late.id, twin.id, frozenset())
        RetentionService(services.store).delete_clients([late.id], date(2032, 1, 1))
        after_all = export_all(services, tmp_path / "changed")
    finally:
        services.close()
    assert after_adding == first  # byte for byte: one person more shows nothing
    assert after_correcting == first
    assert after_all == first


def test_the_one_rare_nationality_in_a_small_office(tmp_path: Path) -> None:
    """A rural office of 60 clients with one Eritrean woman: no export names her country,
    and in every export the cells she is counted in are withheld or at least k."""
    services = office_store(tmp_path / "store", 60)
    try:
        clients = ClientService(services.store, today=lambda: TODAY)
        cases = CaseService(services.store, today=lambda: TODAY)
        her = clients.create(intake("Tesfay", "Selam", nationalities=("ER",), gender="female"))
        cases.open_case(her.id, CaseInput(opened_on=date(2025, 2, 10)))
        exports = export_all(services, tmp_path / "out")
    finally:
        services.close()
    for key, raw in exports.items():
        nationalities = parsed(raw)["clients_by_nationality"]
        assert "ER" not in [row["code"] for row in nationalities["rows"]], key
        text = raw.decode("utf-8")
        assert "Tesfay" not in text and "Selam" not in text


def test_free_ranges_and_running_periods_do_not_leave_the_office(demo: Services) -> None:
    """Two from-to ranges a day apart would give one day's changes: the export refuses free
    ranges (the Statistik view still shows them) and periods that have not ended."""
    stats = StatisticsService(demo.store, today=lambda: TODAY)
    for period in (
        period_between(date(2025, 1, 1), date(2025, 5, 14)),
        period_between(date(2025, 1, 1), date(2025, 5, 15)),
    ):
        with pytest.raises(ValidationError, match="nur ganze Jahre"):
            stats.preview(period)
        assert stats.figures(period).clients > 0
    with pytest.raises(ValidationError, match=r"endet erst am 30\.06\.2026"):
        stats.preview(parse_period("2026-H1"))


def test_same_store_same_tables_before_anything_is_stored(demo: Services) -> None:
    stats = StatisticsService(demo.store, today=lambda: TODAY)
    period = parse_period("2024-Q4")
    assert stats.preview(period).tables_json == stats.preview(period).tables_json


def test_a_failed_audit_writes_nothing(
    demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mbe_desktop.services import publications

    def failing(*args: Any, **kwargs: Any) -> d.AuditResult:
        finding = d.AuditFinding(
            "2024-Q3", "clients_by_arrival", "under_1", "count", 1, 4, "bounded"
        )
        return d.AuditResult(1, 2, (finding,))

    monkeypatch.setattr(publications, "audit", failing)
    stats = StatisticsService(demo.store, today=lambda: TODAY)
    before = stats.previous_exports(parse_period("2024-Q3"))
    with pytest.raises(Exception, match="nicht geschrieben"):
        stats.export(parse_period("2024-Q3"), tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()
    assert stats.previous_exports(parse_period("2024-Q3")) == before
    monkeypatch.undo()
    assert not stats.preview(parse_period("2024-Q3")).published_before


def test_noise_reads_as_the_docs_say(demo: Services) -> None:
    """Provider side: summed over many cells, the perturbation is unbiased — the published
    figures of a year's event tables minus the true ones average out near zero."""
    stats = StatisticsService(demo.store, today=lambda: TODAY)
    deviations = []
    for key in ("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"):
        preview = stats.preview(parse_period(key))
        true = truth(demo, key)
        published = cells_of(parsed(preview.tables_json))
        deviations += [
            value - true[cell]
            for cell, value in published.items()
            if value is not None and cell[0] != "overview"
        ]
    assert deviations and all(abs(e) <= d.MAX_DEVIATION for e in deviations)
    mean = sum(deviations) / len(deviations)
    assert abs(mean) < 4 * math.sqrt(1.0 / len(deviations))  # about 4 standard errors


def test_a_correction_publishes_the_year_anew_and_is_limited(tmp_path: Path) -> None:
    services = office_store(tmp_path / "store", 120)
    try:
        stats = StatisticsService(services.store, today=lambda: TODAY)
        first = export_all(services, tmp_path / "first")
        with pytest.raises(ValidationError, match="noch nicht veröffentlicht"):
            stats.preview(parse_period("2024-Q2"), correction=True)
        clients = ClientService(services.store, today=lambda: TODAY)
        cases = CaseService(services.store, today=lambda: TODAY)
        late = clients.create(intake("Nachtrag", "Nora", nationalities=("ER",)))
        cases.open_case(late.id, CaseInput(opened_on=date(2025, 5, 5)))
        corrected = {}
        for number in (1, 2):
            preview = stats.preview(parse_period("2025-Q2"), correction=True)
            assert preview.correction == number
            # Every period of the year published before is published anew, with fresh noise.
            assert {item.period.key for item, _ in preview.new_publications} == set(PERIODS)
            assert all(item.version == number + 1 for item, _ in preview.new_publications)
            if not preview.audit.passed:  # the one-person test may refuse; then nothing changes
                assert all(
                    f.reason in ("bounded", "distinguishable") for f in preview.audit.findings
                )
                with pytest.raises(Exception, match="nicht geschrieben"):
                    stats.export(parse_period("2025-Q2"), tmp_path / f"c{number}.zip", preview)
                return
            result = stats.export(parse_period("2025-Q2"), tmp_path / f"c{number}.zip", preview)
            with zipfile.ZipFile(result.path) as archive:
                tables = json.loads(archive.read("tables.json"))
                manifest = json.loads(archive.read("manifest.json"))
            assert tables["correction"] == manifest["correction"] == number
            corrected[number] = preview.tables_json
        # The latest correction is what the period exports now, for every period of the year.
        assert stats.preview(parse_period("2025-Q2")).tables_json == corrected[2]
        for key in PERIODS:
            assert json.loads(stats.preview(parse_period(key)).tables_json)["correction"] == 2
        # New noise everywhere, not only in the cells the late entry is counted in: she has
        # no contacts and no referrals, yet those cells are drawn again too.
        published = changed = untouched_changed = 0
        for key in PERIODS:
            old = cells_of(parsed(first[key]))
            new = cells_of(parsed(stats.preview(parse_period(key)).tables_json))
            for cell, value in old.items():
                if value is None:
                    continue
                published += 1
                if new.get(cell) != value:
                    changed += 1
                    untouched_changed += cell[0] in ("contacts_by_form", "contacts_by_interpreter")
        # Each published cell keeps its value with a chance of about 1 in 3.
        assert published > 50 and changed >= published // 4
        assert untouched_changed > 0
        with pytest.raises(ValidationError, match="schon 2-mal berichtigt"):
            stats.preview(parse_period("2025"), correction=True)
    finally:
        services.close()


def test_the_one_person_test_catches_a_change_that_shows() -> None:
    """Old and new version of a cell so far apart that the change must be more than one
    person: the test names it."""
    table = "clients_by_how_found"
    old = d.Cells(rows={table: ["friends"]}, columns={table: ["count"]})
    new = d.Cells(rows={table: ["friends"]}, columns={table: ["count"]})
    cell = (table, "friends", "count")
    old.counts[cell], old.published[cell] = 20, 17  # e = -3
    new.counts[cell], new.published[cell] = 20, 23  # e = +3, same true count
    findings = d.distinguishing_findings(
        d.Publication("2025-Q1", old), d.Publication("2025-Q1", new), K
    )
    assert [f.reason for f in findings] == ["distinguishable"]
    new.published[cell] = 21
    assert not d.distinguishing_findings(
        d.Publication("2025-Q1", old), d.Publication("2025-Q1", new), K
    )
