"""What the statistics export publishes per period (format 2.0), and the audit before it.

A period leaves the office once: its tables are computed with the cell key method
(``domain.disclosure``), audited together with everything the store published before for
the same year, and kept in ``statistics_publication``. Exporting it again returns exactly
those tables. A half-year or year is published together with its quarters (and a year with
its halves), which are kept too, so that the figures of periods that contain each other are
consistent and cannot be differenced (docs/export-format.md, "Attacker model").

Only whole years, half-years and quarters that have ended can be published.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from mbe_desktop.domain.disclosure import (
    KEY_MODULUS,
    AuditResult,
    Cells,
    Publication,
    audit,
    distinguishing_findings,
    new_salt,
    publish_period,
    replay_findings,
    sum_published,
)
from mbe_desktop.domain.errors import ValidationError
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP
from mbe_desktop.domain.periods import Period, period_for
from mbe_desktop.domain.statistics import (
    SPECS_BY_NAME,
    TABLE_NAMES,
    CountTable,
    PublishedTable,
    Tally,
    build_tables,
)
from mbe_desktop.storage.models import StatisticsPublication
from mbe_desktop.storage.store import Store

__all__ = [
    "PendingPublication",
    "PeriodPublication",
    "plan_publication",
    "published_tables",
    "store_publications",
]

NOT_EXPORTABLE = QT_TRANSLATE_NOOP(
    "Messages",
    "Exportiert werden nur ganze Jahre, Halbjahre und Quartale: freie Zeiträume ließen sich "
    "gegeneinander verrechnen. Freie Zeiträume zeigt die Statistik-Ansicht.",
)
MAX_CORRECTIONS = 2  # per year: every correction is one more noisy look at the same figures
NOT_PUBLISHED = QT_TRANSLATE_NOOP(
    "Messages",
    "{period} wurde noch nicht veröffentlicht; eine Berichtigung gibt es erst nach dem ersten "
    "Export.",
)
TOO_MANY_CORRECTIONS = QT_TRANSLATE_NOOP(
    "Messages",
    "Die Zahlen von {year} wurden schon {count}-mal berichtigt; mehr Berichtigungen sind nicht "
    "möglich, weil jede weitere die verrauschten Zahlen genauer erkennbar machen würde.",
)
NOT_ENDED = QT_TRANSLATE_NOOP(
    "Messages",
    "Der Zeitraum {period} endet erst am {end}. Ein Zeitraum wird einmal veröffentlicht und "
    "danach nicht mehr verändert; exportieren Sie ihn deshalb erst nach seinem Ende.",
)


@dataclass(frozen=True)
class PeriodPublication:
    """A period's publication: stored (``stored``) or computed for this export."""

    period: Period
    threshold: int
    cells: Cells
    tables_json: bytes | None  # as stored; None until the export writes it
    stored: bool
    version: int = 1  # 2, 3 …: corrections
    salt: int = 0  # added to every cell key; a correction draws a new one

    def publication(self) -> Publication:
        return Publication(self.period.key, self.cells, partition_keys(self.period))


@dataclass(frozen=True)
class PendingPublication:
    """What an export will publish: the period asked for and the parts published with it."""

    target: PeriodPublication
    new: tuple[PeriodPublication, ...]  # to be stored by the export (target included if new)
    audit: AuditResult
    threshold: int


def partitions(period: Period) -> list[list[Period]]:
    """The sub-periods that make up ``period``: quarters of a half-year; halves and quarters
    of a year (quarters last); none for a quarter."""
    year = period.start.year
    quarters = [period_for(year, "quarter", n) for n in range(1, 5)]
    if period.kind == "quarter":
        return []
    if period.kind == "half":
        first = period.key.endswith("H1")
        return [quarters[:2] if first else quarters[2:]]
    return [[period_for(year, "half", 1), period_for(year, "half", 2)], quarters]


def partition_keys(period: Period) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.key for p in partition) for partition in partitions(period))


def year_periods(year: int) -> list[Period]:
    """Every publishable period of a year, parts first."""
    return [
        *(period_for(year, "quarter", n) for n in range(1, 5)),
        period_for(year, "half", 1),
        period_for(year, "half", 2),
        period_for(year, "year"),
    ]


def check_publishable(period: Period, today: date) -> None:
    if period.kind not in ("year", "half", "quarter"):
        raise ValidationError(NOT_EXPORTABLE, "period")
    if period.end >= today:
        from mbe_desktop.domain.formatting import format_date_de

        raise ValidationError(
            NOT_ENDED, "period", period=period.label, end=format_date_de(period.end)
        )


# --- cells from the counted tables --------------------------------------------------------


def cells_from_tally(tally: Tally, threshold: int) -> Cells:
    """The export's tables as cells: counts, and key sums of the same contributors."""
    counts = build_tables(tally, threshold)
    keys = tally.keys if tally.keys is not None else Tally()
    key_tables = {t.name: t for t in build_tables(keys, None)}
    nationality_keys = _nationality_keys(counts, keys)
    cells = Cells()
    for table in counts:
        name = table.name
        cells.rows[name] = [code for code, _ in table.rows]
        cells.columns[name] = [code for code, _ in table.columns]
        cells.row_labels.update({(name, code): label for code, label in table.rows})
        cells.column_labels.update({(name, code): label for code, label in table.columns})
        for r, (row, _) in enumerate(table.rows):
            for c, (column, _) in enumerate(table.columns):
                cell = (name, row, column)
                cells.counts[cell] = table.cells[r][c]
                if name == "clients_by_nationality":
                    key_sum = nationality_keys.get(row, 0)
                else:
                    key_sum = key_tables[name].get(row, column)
                cells.keys[cell] = key_sum % KEY_MODULUS
    return cells


def _nationality_keys(counts: Sequence[CountTable], keys: Tally) -> dict[str, int]:
    """Key sums of the grouped nationality rows: each country's and region's keys go where
    :func:`~mbe_desktop.domain.statistics.group_nationalities` put its people."""
    from mbe_desktop.domain.countries import region

    table = next(t for t in counts if t.name == "clients_by_nationality")
    rows = [code for code, _ in table.rows]
    result: dict[str, int] = {}

    def row_of(country: str | None, region_name: str | None) -> str:
        if country is not None and country in rows:
            return country
        name = region_name or (region(country) if country and country != "unknown" else "unknown")
        return f"region:{name}" if f"region:{name}" in rows else "other"

    for country, key_sum in keys.nationalities.items():
        row = row_of(country, None)
        result[row] = result.get(row, 0) + key_sum
    for name, key_sum in keys.nationality_regions.items():
        row = row_of(None, name)
        result[row] = result.get(row, 0) + key_sum
    return result


def published_tables(cells: Cells, threshold: int) -> tuple[PublishedTable, ...]:
    """The tables as they leave the laptop; totals are sums of the published cells."""
    result: list[PublishedTable] = []
    for name in TABLE_NAMES:
        spec = SPECS_BY_NAME[name]
        codes = cells.rows[name]
        if name == "clients_by_nationality":
            codes = _by_published_size(cells, name, codes)
        rows = tuple((code, cells.row_labels.get((name, code), code)) for code in codes)
        columns = tuple(
            (code, cells.column_labels.get((name, code), code)) for code in cells.columns[name]
        )
        grid = tuple(tuple(cells.published.get((name, r, c)) for c, _ in columns) for r, _ in rows)
        result.append(
            PublishedTable(
                spec=spec,
                rows=rows,
                columns=columns,
                cells=grid,
                row_totals=tuple(sum_published(line) for line in grid) if spec.row_totals else None,
                column_totals=(
                    tuple(sum_published(line[i] for line in grid) for i in range(len(columns)))
                    if spec.column_totals
                    else None
                ),
                total=(
                    sum_published(v for line in grid for v in line)
                    if spec.row_totals and spec.column_totals
                    else None
                ),
                threshold=threshold,
            )
        )
    return tuple(result)


def _by_published_size(cells: Cells, name: str, codes: list[str]) -> list[str]:
    """Countries by their published count (the order of the true counts would tell more than
    the perturbed figures), then the regions and "other" as grouped."""
    countries = [c for c in codes if ":" not in c and c != "other"]
    rest = [c for c in codes if c not in countries]
    countries.sort(key=lambda c: (-(cells.published.get((name, c, "count")) or 0), c))
    return countries + rest


# --- storing and loading -----------------------------------------------------------------


def _cells_json(cells: Cells) -> str:
    def flat(values: Mapping[tuple[str, str, str], Any]) -> list[list[Any]]:
        return [[*cell, value] for cell, value in sorted(values.items())]

    return json.dumps(
        {
            "rows": cells.rows,
            "columns": cells.columns,
            "row_labels": [[*key, label] for key, label in sorted(cells.row_labels.items())],
            "column_labels": [[*key, label] for key, label in sorted(cells.column_labels.items())],
            "counts": flat(cells.counts),
            "published": flat(cells.published),
            "withheld_large": sorted(list(cell) for cell in cells.withheld_large),
        },
        ensure_ascii=False,
    )


def _cells_from_json(text: str) -> Cells:
    data = json.loads(text)
    cells = Cells(rows=data["rows"], columns=data["columns"])
    cells.row_labels = {(t, code): label for t, code, label in data["row_labels"]}
    cells.column_labels = {(t, code): label for t, code, label in data["column_labels"]}
    cells.counts = {(t, r, c): v for t, r, c, v in data["counts"]}
    cells.published = {(t, r, c): v for t, r, c, v in data["published"]}
    cells.withheld_large = {(t, r, c) for t, r, c in data["withheld_large"]}
    return cells


def stored_publications(store: Store, year: int) -> dict[str, PeriodPublication]:
    """The latest stored publication of each period of ``year``."""
    latest: dict[str, PeriodPublication] = {}
    for item in stored_versions(store, year):
        latest[item.period.key] = item
    return latest


def stored_versions(store: Store, year: int) -> list[PeriodPublication]:
    """Every stored version of every period of ``year``, oldest first per period."""
    keys = {p.key: p for p in year_periods(year)}
    result: list[PeriodPublication] = []
    with store.session() as session:
        rows = session.scalars(
            select(StatisticsPublication)
            .where(StatisticsPublication.period.in_(list(keys)))
            .order_by(StatisticsPublication.period, StatisticsPublication.version)
        ).all()
        for row in rows:
            result.append(
                PeriodPublication(
                    period=keys[row.period],
                    threshold=row.threshold,
                    cells=_cells_from_json(row.cells_json),
                    tables_json=row.tables_json.encode("utf-8"),
                    stored=True,
                    version=row.version,
                    salt=row.salt,
                )
            )
    return result


def store_publications(
    session: Any, new: Iterable[PeriodPublication], tables_json: Mapping[str, bytes]
) -> None:
    """Keep what an export published (in the export's transaction)."""
    for item in new:
        session.add(
            StatisticsPublication(
                period=item.period.key,
                version=item.version,
                threshold=item.threshold,
                salt=item.salt,
                tables_json=tables_json[item.period.key].decode("utf-8"),
                cells_json=_cells_json(item.cells),
            )
        )


# --- planning an export ------------------------------------------------------------------


def plan_publication(
    store: Store,
    period: Period,
    threshold: int,
    tallies_of: Callable[[Sequence[tuple[Period, bool]]], list[Tally]],
    today: date,
    correction: bool = False,
) -> PendingPublication:
    """The publication of ``period`` (stored, or computed with the parts it needs) and the
    audit of everything the year then has published. A ``correction`` publishes every
    period of the year that was published before anew, with fresh noise (new salts)."""
    check_publishable(period, today)
    year = period.start.year
    versions = stored_versions(store, year)
    stored = {item.period.key: item for item in versions}  # the latest of each
    if stored:
        threshold = next(iter(stored.values())).threshold  # one threshold per year
    if correction:
        if period.key not in stored:
            raise ValidationError(NOT_PUBLISHED, "period", period=period.label)
        done = max(item.version for item in stored.values()) - 1
        if done >= MAX_CORRECTIONS:
            raise ValidationError(TOO_MANY_CORRECTIONS, "period", year=str(year), count=str(done))
    new: dict[str, PeriodPublication] = {}
    redo = set(stored) if correction else set()
    order = [p.key for p in year_periods(year)]
    needed: list[Period] = []

    def collect(wanted: Period) -> None:
        if wanted in needed or (wanted.key in stored and wanted.key not in redo):
            return
        for partition in partitions(wanted):
            for part in partition:
                collect(part)
        needed.append(wanted)

    collect(period)
    for key in sorted(redo, key=order.index):
        collect(next(p for p in year_periods(year) if p.key == key))
    # One counting pass for all (a whole period's event tables are its quarters' sums: not
    # counted again).
    tallies = dict(
        zip(
            [p.key for p in needed],
            tallies_of([(p, not partitions(p)) for p in needed]),
            strict=True,
        )
    )

    def ensure(wanted: Period) -> PeriodPublication:
        known = new.get(wanted.key) or (None if wanted.key in redo else stored.get(wanted.key))
        if known is not None:
            return known
        parts = [[ensure(p) for p in partition] for partition in partitions(wanted)]
        cells = cells_from_tally(tallies[wanted.key], threshold)
        earlier = stored.get(wanted.key)
        version = earlier.version + 1 if earlier is not None else 1
        salt = new_salt() if version > 1 else 0
        publish_period(cells, [[p.cells for p in part] for part in parts], threshold, salt)
        made = PeriodPublication(wanted, threshold, cells, None, False, version, salt)
        new[wanted.key] = made
        return made

    target = ensure(period)
    for wanted in needed:
        ensure(wanted)
    everything = {**stored, **new}
    # Examined: what this export publishes anew, or (published before) the period itself,
    # against everything the year has published.
    result = audit(
        [p.publication() for p in everything.values()],
        threshold,
        examine=list(new) or [period.key],
    )
    replayed = [
        finding
        for item in new.values()
        for finding in replay_findings(
            item.publication(),
            [everything[q.key].publication() for q in partitions(item.period)[-1]]
            if partitions(item.period)
            else [],
            threshold,
            item.salt,
        )
    ]
    if replayed:
        result = AuditResult(
            result.protected_cells, result.programmes, (*result.findings, *replayed)
        )
    if correction:
        findings = [
            finding
            for old in versions
            if old.period.key in new
            for finding in distinguishing_findings(
                old.publication(), new[old.period.key].publication(), threshold
            )
        ]
        result = AuditResult(
            result.protected_cells, result.programmes, (*result.findings, *findings)
        )
    made = tuple(sorted(new.values(), key=lambda item: order.index(item.period.key)))
    return PendingPublication(target, made, result, threshold)
