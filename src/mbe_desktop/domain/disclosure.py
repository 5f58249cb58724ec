"""Disclosure control of the statistics export, format 2.0: the cell key method.

docs/export-format.md explains the method to the provider and states the attacker it holds
against; this module is the whole of it, in plain Python:

* **Record keys.** Every counted record (client, case, contact, referral, goal, and every
  statistics-only row of a deleted case) carries a random 31-bit key, kept in the encrypted
  store and never exported. A cell's **key sum** is the sum of its contributors' keys.
* **Perturbation.** A count ``n`` below the threshold ``k`` is never published: it leaves as
  ``None`` ("unter k"), and so does 0, so a published ``None`` cannot tell 0 from 1 … k-1. A
  count ``n ≥ k`` is published as ``n + e``: ``e`` is read from the cell key (key sum plus
  the publication's salt, modulo 2**32) through the table :data:`NOISE_WEIGHTS` (symmetric,
  so unbiased), with ``|e| ≤ min(MAX_DEVIATION, n - k)`` so nothing at or above ``k`` is
  published below ``k``. The same contributors give the same noise; one record more or less
  changes the key sum unpredictably.
* **Totals** are the sums of the published cells of their line (``None`` counts as 0; a line
  of ``None`` only has the total ``None``): they add nothing to what the cells tell.
* **Periods that contain others** (half-years and years) publish their event tables
  (contacts, referrals, closures, goals, outcomes, new cases) as sums of their quarters'
  published tables, and their other tables (clients, served cases) under a consistency rule
  (:func:`consistent_with_parts`): a cell is withheld where publishing it would bound a
  withheld cell of a quarter away from 0. Both use only published figures, so they leak
  nothing themselves.
* **Audit** (:func:`audit`): before anything is written, an attacker who knows all of this
  solves linear programmes over every table of the export and the store's earlier
  publications of the same year (bounds from the ptable, populations shared by several
  tables, sub-periods), and tries whether one person more or less is visible between a
  correction and the version it replaces. Any protected cell (true count 1 … k-1) it can
  bound away from 0 or to fewer than ``k`` values fails the export.
"""

from __future__ import annotations

import hashlib
import math
import random
import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from mbe_desktop.domain.countries import region

__all__ = [
    "EVENT_TABLES",
    "KEY_MODULUS",
    "MAX_DEVIATION",
    "NOISE_WEIGHTS",
    "AuditFinding",
    "AuditResult",
    "Cells",
    "derived_key",
    "distinguishing_findings",
    "feasible_range",
    "noise_distribution",
    "perturb",
    "record_key",
]

KEY_MODULUS = 1 << 32
MAX_DEVIATION = 3
# Weight of each deviation |e| (the same for +e and -e), in units of 1/10,000.
NOISE_WEIGHTS: Mapping[int, int] = {0: 5000, 1: 2000, 2: 450, 3: 50}

# Tables whose counts add up over disjoint periods (they count events dated in the period):
# a half-year or year publishes them as the sum of its quarters.
EVENT_TABLES = frozenset(
    {
        "contacts_by_form",
        "contacts_by_interpreter",
        "referrals_by_partner_category",
        "closures_by_type_form",
        "goals_by_field_attainment",
        "outcome_german_level",
        "outcome_german_level_change",
        "outcome_employment",
        "outcome_benefits",
        "outcome_course_status",
    }
)
# Overview measures that are events (summed over quarters) and those that are own cells.
EVENT_MEASURES = frozenset({"cases_new"})
OWN_MEASURES = ("cases_new", "family_members")
# Overview measures published as the total of another table.
MEASURE_SOURCES: Mapping[str, str] = {
    "clients": "clients_by_gender_age",
    "cases": "cases_by_form",
    "cases_closed": "closures_by_type_form",
    "contacts": "contacts_by_form",
    "referrals": "referrals_by_partner_category",
}

# (table, column code or None for the whole table): each entry partitions the population.
POPULATIONS: Mapping[str, tuple[tuple[str, str | None], ...]] = {
    "clients": (
        ("clients_by_gender_age", None),
        ("clients_by_arrival", None),
        ("clients_by_residence_status", None),
        ("clients_by_nationality", None),
        ("clients_by_how_found", None),
    ),
    "cases": (("cases_by_form", None),),
    "closed": (
        ("closures_by_type_form", None),
        ("outcome_german_level", "intake"),
        ("outcome_german_level", "closure"),
        ("outcome_german_level_change", None),
        ("outcome_employment", "intake"),
        ("outcome_employment", "closure"),
        ("outcome_benefits", "intake"),
        ("outcome_benefits", "closure"),
        ("outcome_course_status", "intake"),
        ("outcome_course_status", "closure"),
    ),
    "contacts": (("contacts_by_form", None), ("contacts_by_interpreter", None)),
    "referrals": (("referrals_by_partner_category", None),),
    "goals": (("goals_by_field_attainment", None),),
}

CellId = tuple[str, str, str]  # (table, row code, column code)


# Where record keys and salts come from: the operating system's CSPRNG. Tests replace it with
# a seeded generator (tests/conftest.py), so that their noise is the same on every run.
randomness: random.Random = secrets.SystemRandom()


def record_key() -> int:
    """A new record key (31 bits: the sums stay exact in a 64-bit SQL integer)."""
    return randomness.getrandbits(31)


def new_salt() -> int:
    """The salt of a correction: every cell key moves by it."""
    return randomness.getrandbits(32)


def derived_key(row_key: int, *parts: str) -> int:
    """A key for one contribution of a statistics-only row (its client in a period, its
    contacts of a form in a period …), unlinkable to the others without ``row_key``."""
    digest = hashlib.blake2b(
        "|".join(parts).encode(), key=row_key.to_bytes(8, "big"), digest_size=4
    ).digest()
    return int.from_bytes(digest, "big")


def noise_distribution(n: int, threshold: int) -> tuple[tuple[int, Fraction], ...]:
    """The deviations ``e`` a count ``n ≥ threshold`` can get, with their probabilities."""
    reach = min(MAX_DEVIATION, n - threshold)
    weights = [(e, NOISE_WEIGHTS[abs(e)]) for e in range(-reach, reach + 1)]
    total = sum(w for _, w in weights)
    return tuple((e, Fraction(w, total)) for e, w in weights)


def perturb(n: int, key_sum: int, salt: int, threshold: int) -> int | None:
    """The published value of a count ``n`` with contributors' ``key_sum``."""
    if n < threshold:
        return None
    position = (key_sum + salt) % KEY_MODULUS
    reach = min(MAX_DEVIATION, n - threshold)
    weights = [(e, NOISE_WEIGHTS[abs(e)]) for e in range(-reach, reach + 1)]
    total = sum(w for _, w in weights)
    cumulative = 0
    for e, weight in weights:
        cumulative += weight
        if position * total < cumulative * KEY_MODULUS:
            return n + e
    return n + reach  # not reached: the last bin ends at KEY_MODULUS


def feasible_range(published: int | None, threshold: int) -> tuple[int, int]:
    """Every true count that can have given ``published`` (the attacker's first bound)."""
    if published is None:
        return 0, threshold - 1
    low = max(published - MAX_DEVIATION, math.ceil((published + threshold) / 2))
    return low, published + MAX_DEVIATION


# --- tables as cells ---------------------------------------------------------------------------


@dataclass
class Cells:
    """One period's tables as cells: true counts, key sums, published values.

    ``rows`` and ``columns`` keep each table's codes in order; a cell missing from
    ``counts`` is 0 with key sum 0. ``withheld_large`` marks cells withheld by the
    consistency rule although their count is at least the threshold.
    """

    rows: dict[str, list[str]] = field(default_factory=dict)
    columns: dict[str, list[str]] = field(default_factory=dict)
    counts: dict[CellId, int] = field(default_factory=dict)
    keys: dict[CellId, int] = field(default_factory=dict)
    published: dict[CellId, int | None] = field(default_factory=dict)
    withheld_large: set[CellId] = field(default_factory=set)
    row_labels: dict[tuple[str, str], str] = field(default_factory=dict)  # (table, code)
    column_labels: dict[tuple[str, str], str] = field(default_factory=dict)

    def cell_ids(self, table: str) -> list[CellId]:
        return [(table, r, c) for r in self.rows[table] for c in self.columns[table]]

    def tables(self) -> list[str]:
        return list(self.rows)


def sum_published(values: Iterable[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def protect_cells(cells: Cells, tables: Iterable[str], threshold: int, salt: int) -> None:
    """Perturb every cell of ``tables`` from its count and key sum."""
    for table in tables:
        for cell in cells.cell_ids(table):
            cells.published[cell] = perturb(
                cells.counts.get(cell, 0), cells.keys.get(cell, 0), salt, threshold
            )


def sum_parts(cells: Cells, parts: Sequence[Cells], tables: Iterable[str]) -> None:
    """Event tables of a period that contains ``parts``: the sums of their published cells.
    Rows and columns become the union of the parts' (own order first)."""
    for table in tables:
        rows = list(cells.rows.get(table, []))
        columns = list(cells.columns.get(table, []))
        for part in parts:
            rows += [r for r in part.rows.get(table, []) if r not in rows]
            columns += [c for c in part.columns.get(table, []) if c not in columns]
        cells.rows[table], cells.columns[table] = rows, columns
        for part in parts:
            for (t, code), label in part.row_labels.items():
                if t == table:
                    cells.row_labels.setdefault((t, code), label)
            for (t, code), label in part.column_labels.items():
                if t == table:
                    cells.column_labels.setdefault((t, code), label)
        for r in rows:
            for c in columns:
                cells.published[(table, r, c)] = sum_published(
                    part.published.get((table, r, c)) for part in parts
                )


_covers: dict[tuple[str, tuple[str, ...], tuple[str, ...]], list[str]] = {}


def nationality_row(place: str, rows: Sequence[str]) -> str:
    """The row of a table with ``rows`` that counts a country (ISO code) or a pseudo-country
    ``*region`` (any country of that region that the table does not show by code)."""
    if not place.startswith("*") and place in rows:
        return place
    name = (
        place[1:] if place.startswith("*") else (region(place) if place != "unknown" else "unknown")
    )
    return f"region:{name}" if f"region:{name}" in rows else "other"


def nationality_cover(row: str, whole_rows: Sequence[str], part_rows: Sequence[str]) -> list[str]:
    """The rows of a sub-period's nationality table that can hold people of ``row`` of the
    whole period's table."""
    key = (row, tuple(whole_rows), tuple(part_rows))
    if key not in _covers:
        isos = [r for r in (*whole_rows, *part_rows) if ":" not in r and r != "other"]
        from mbe_desktop.domain.countries import REGIONS

        places = [*dict.fromkeys(isos), *(f"*{name}" for name in REGIONS)]
        cover = {
            nationality_row(place, part_rows)
            for place in places
            if nationality_row(place, whole_rows) == row
        }
        _covers[key] = [r for r in part_rows if r in cover]
    return _covers[key]


def cover_of(cells: Cells, cell: CellId, part: Cells) -> list[CellId]:
    table, row, column = cell
    if table == "clients_by_nationality":
        rows = nationality_cover(row, cells.rows[table], part.rows.get(table, []))
        return [(table, r, column) for r in rows]
    return (
        [cell] if row in part.rows.get(table, []) and column in part.columns.get(table, []) else []
    )


def consistent_with_parts(
    cells: Cells, parts: Sequence[Cells], cell_ids: Iterable[CellId], threshold: int
) -> None:
    """Withhold the cells of a whole period (already perturbed) that would bound a withheld
    cell of a sub-period away from 0: everyone counted in the whole period's cell was counted
    in one of its covering cells in the sub-periods, so their sum is at least the cell."""
    for cell in cell_ids:
        value = cells.published.get(cell)
        if value is None:
            continue
        low, _high = feasible_range(value, threshold)
        cover = [(part, c) for part in parts for c in cover_of(cells, cell, part)]
        ceiling = sum(cell_bounds(part, c, threshold)[1] for part, c in cover)
        exposes = any(
            part.published.get(c) is None
            and low - (ceiling - cell_bounds(part, c, threshold)[1]) > 0
            for part, c in cover
        )
        if exposes or not cover:
            cells.published[cell] = None
            cells.withheld_large.add(cell)


OVERVIEW = "overview"


def publish_period(
    cells: Cells, partitions: Sequence[Sequence[Cells]], threshold: int, salt: int
) -> None:
    """Fill ``cells.published`` for one period. ``partitions``: for a half-year its two
    quarters; for a year its halves and its quarters (the last partition must be the
    quarters); nothing for a quarter. The parts must be published already."""
    whole = bool(partitions)
    own_tables = [t for t in cells.tables() if t != OVERVIEW and not (whole and t in EVENT_TABLES)]
    own_measures = [
        (OVERVIEW, m, "count") for m in OWN_MEASURES if not (whole and m in EVENT_MEASURES)
    ]
    protect_cells(cells, own_tables, threshold, salt)
    for cell in own_measures:
        cells.published[cell] = perturb(
            cells.counts.get(cell, 0), cells.keys.get(cell, 0), salt, threshold
        )
    for partition in partitions:
        ids = [c for t in own_tables for c in cells.cell_ids(t)] + own_measures
        consistent_with_parts(cells, partition, ids, threshold)
    if whole:
        quarters = partitions[-1]
        sum_parts(cells, quarters, [t for t in cells.tables() if t in EVENT_TABLES])
        for measure in EVENT_MEASURES:
            cell = (OVERVIEW, measure, "count")
            cells.published[cell] = sum_published(q.published.get(cell) for q in quarters)
    secure_partitions(cells, threshold, EVENT_TABLES if whole else frozenset())
    for measure, source in MEASURE_SOURCES.items():
        cells.published[(OVERVIEW, measure, "count")] = sum_published(
            cells.published.get(c) for c in cells.cell_ids(source)
        )


# --- the audit -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditFinding:
    period: str
    table: str
    row: str
    column: str
    low: int  # what the attacker can prove
    high: int
    reason: str  # "bounded" (interval) or "distinguishable" (one person more or less)


@dataclass(frozen=True)
class AuditResult:
    protected_cells: int  # cells with a true count from 1 to k-1 that were examined
    programmes: int  # linear programmes solved
    findings: tuple[AuditFinding, ...]

    @property
    def passed(self) -> bool:
        return not self.findings


# --- populations shared by several tables ----------------------------------------------------

INFINITE = math.inf


def cell_bounds(cells: Cells, cell: CellId, threshold: int) -> tuple[float, float]:
    """What the published value of ``cell`` tells the attacker (a withheld large cell:
    nothing but that it is not negative)."""
    if cell in cells.withheld_large:
        return 0.0, INFINITE
    low, high = feasible_range(cells.published.get(cell), threshold)
    return float(low), float(high)


def population_parts(cells: Cells, population: str) -> list[list[CellId]]:
    """The cell lists of one period that each add up to the whole ``population``."""
    parts: list[list[CellId]] = []
    for table, column in POPULATIONS[population]:
        if table not in cells.rows:
            continue
        columns = cells.columns[table] if column is None else [column]
        part = [
            (table, r, c) for r in cells.rows[table] for c in columns if c in cells.columns[table]
        ]
        if part:
            parts.append(part)
    return parts


def partition_bounds(
    cells: Cells, threshold: int, skip: frozenset[str] = frozenset()
) -> dict[CellId, tuple[float, float]]:
    """The exact bounds a linear programme gets for every cell of a population that several
    tables partition: all parts add up to the same unknown total. Populations of the tables
    in ``skip`` are left out."""
    result: dict[CellId, tuple[float, float]] = {}
    for population in POPULATIONS:
        if any(table in skip for table, _ in POPULATIONS[population]):
            continue
        parts = population_parts(cells, population)
        if len(parts) < 2:
            continue
        bounds = {cell: cell_bounds(cells, cell, threshold) for part in parts for cell in part}
        lows = [sum(bounds[c][0] for c in part) for part in parts]
        highs = [sum(bounds[c][1] for c in part) for part in parts]
        total_low, total_high = max(lows), min(highs)
        for index, part in enumerate(parts):
            for cell in part:
                low, high = bounds[cell]
                result[cell] = (
                    max(low, total_low - (highs[index] - high)),
                    min(high, total_high - (lows[index] - low)),
                )
    return result


def exposes(bounds: tuple[float, float], threshold: int) -> bool:
    """Whether bounds on a withheld cell say more than "0 to k-1"."""
    low, high = bounds
    return math.ceil(low - 1e-7) >= 1 or math.floor(high + 1e-7) < threshold - 1


def secure_partitions(cells: Cells, threshold: int, skip: frozenset[str] = frozenset()) -> None:
    """Withhold published cells until no withheld cell of any population is bounded away from
    0 or below k-1 by the other tables of the same population. Decided on the published
    values alone (zeros and small counts alike), so the decision itself tells nothing.
    ``skip``: tables that are sums of published parts (they tell nothing new)."""
    while True:
        bounds = partition_bounds(cells, threshold, skip)
        exposed = sorted(
            cell
            for cell, limits in bounds.items()
            if cells.published.get(cell) is None
            and cell not in cells.withheld_large
            and exposes(limits, threshold)
        )
        if not exposed or not _withhold_around(cells, exposed[0]):
            return


def _withhold_around(cells: Cells, cell: CellId) -> bool:
    """Withhold the published cells of the part holding ``cell``, else of its population's
    other parts. False when there is nothing left to withhold."""
    for population in POPULATIONS:
        parts = population_parts(cells, population)
        own = next((part for part in parts if cell in part), None)
        if own is None:
            continue
        for candidates in (own, [c for part in parts if part is not own for c in part]):
            shown = [c for c in candidates if cells.published.get(c) is not None]
            if shown:
                for c in shown:
                    cells.published[c] = None
                    cells.withheld_large.add(c)
                return True
    return False


# --- the audit: linear programmes over everything published --------------------------------

# Tables whose cells keep their meaning between a period and its sub-periods (a person or
# case counted in a sub-period's cell is counted in the same cell of the whole period).
MONOTONE_TABLES = frozenset(
    {"clients_by_residence_status", "clients_by_how_found", "cases_by_field_of_action"}
)


@dataclass(frozen=True)
class Publication:
    """One period as published (or about to be): its cells and the keys of the published
    periods it contains (quarters of a half-year; halves and quarters of a year)."""

    period: str
    cells: Cells
    parts: tuple[tuple[str, ...], ...] = ()  # each a set of sub-periods making up the period


def variable_cells(publication: Publication) -> list[CellId]:
    """The cells of a publication that are figures of their own (not sums of its parts)."""
    cells = publication.cells
    tables = [
        t
        for t in cells.tables()
        if t != "overview" and not (publication.parts and t in EVENT_TABLES)
    ]
    return [cell for table in tables for cell in cells.cell_ids(table)]


def audit(
    publications: Sequence[Publication], threshold: int, examine: Iterable[str] | None = None
) -> AuditResult:
    """Bound every protected cell of the publications named in ``examine`` (default: all) by
    linear programming over ``publications`` jointly; see the module doc. The programme falls
    apart into independent blocks (clients of a year, contacts of a quarter …): each block is
    solved on its own."""
    by_period = {p.period: p for p in publications}
    index: dict[tuple[str, CellId], int] = {}
    lows: list[float] = []
    highs: list[float] = []
    for publication in publications:
        for cell in variable_cells(publication):
            index[(publication.period, cell)] = len(lows)
            low, high = cell_bounds(publication.cells, cell, threshold)
            lows.append(low)
            highs.append(high)
    rows: list[tuple[float, float, Mapping[int, float]]] = []

    def add_row(low: float, high: float, terms: Mapping[int, float]) -> None:
        rows.append((low, high, terms))

    for publication in publications:
        _add_population_rows(publication, index, add_row)
        for partition in publication.parts:
            members = [by_period[key] for key in partition if key in by_period]
            if len(members) == len(partition):
                _add_part_rows(publication, members, index, add_row)

    wanted = set(examine) if examine is not None else set(by_period)
    examined = [
        (period, cell, column)
        for (period, cell), column in index.items()
        if period in wanted and 1 <= by_period[period].cells.counts.get(cell, 0) < threshold
    ]
    blocks = _Blocks(len(lows), rows, lows, highs)
    findings: list[AuditFinding] = []
    for period, cell, column in examined:
        low, high = blocks.bounds(column)
        if exposes((low, high), threshold):
            table, row, col = cell
            findings.append(
                AuditFinding(
                    period,
                    table,
                    row,
                    col,
                    math.ceil(low - 1e-7),
                    math.floor(high + 1e-7) if high < INFINITE else -1,
                    "bounded",
                )
            )
    return AuditResult(len(examined), blocks.programmes, tuple(findings))


class _Blocks:
    """The audit's linear programme split into its connected blocks, one HiGHS model each,
    built when first needed and warm-started from one solve to the next."""

    def __init__(
        self,
        size: int,
        rows: Sequence[tuple[float, float, Mapping[int, float]]],
        lows: Sequence[float],
        highs: Sequence[float],
    ) -> None:
        parent = list(range(size))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for _low, _high, terms in rows:
            first, *rest = list(terms)
            for other in rest:
                parent[root(other)] = root(first)
        self._root = root
        self._members: dict[int, list[int]] = {}
        for i in range(size):
            self._members.setdefault(root(i), []).append(i)
        self._rows: dict[int, list[tuple[float, float, Mapping[int, float]]]] = {}
        for row in rows:
            self._rows.setdefault(root(next(iter(row[2]))), []).append(row)
        self._lows, self._highs = lows, highs
        self._models: dict[int, tuple[Any, dict[int, int]]] = {}
        self._previous: dict[int, int] = {}
        self.programmes = 0

    def bounds(self, column: int) -> tuple[float, float]:
        """The least and the greatest value of a variable over its block's constraints."""
        block = self._root(column)
        if block not in self._rows:  # no constraint: the variable's own bounds
            return self._lows[column], self._highs[column]
        import highspy

        solver, local = self._model(block)
        result: list[float] = []
        for sense in (highspy.ObjSense.kMinimize, highspy.ObjSense.kMaximize):
            previous = self._previous.get(block)
            if previous is not None:
                solver.changeColCost(previous, 0.0)
            solver.changeColCost(local[column], 1.0)
            self._previous[block] = local[column]
            solver.changeObjectiveSense(sense)
            solver.run()
            self.programmes += 1
            if solver.getModelStatus() != highspy.HighsModelStatus.kOptimal:
                # Infeasible: the attacker's assumptions contradict each other; unbounded:
                # nothing above. Either way no bound.
                result.append(0.0 if sense == highspy.ObjSense.kMinimize else INFINITE)
            else:
                result.append(float(solver.getInfo().objective_function_value))
        return result[0], result[1]

    def _model(self, block: int) -> tuple[Any, dict[int, int]]:
        if block not in self._models:
            import highspy
            import numpy as np

            members = self._members[block]
            local = {column: i for i, column in enumerate(members)}
            solver = highspy.Highs()  # type: ignore[no-untyped-call]
            solver.setOptionValue("output_flag", False)
            solver.addVars(
                len(members),
                np.array([self._lows[c] for c in members]),
                np.array([self._highs[c] for c in members]),
            )
            for low, high, terms in self._rows[block]:
                columns = np.array([local[c] for c in terms], dtype=np.int32)
                values = np.array(list(terms.values()), dtype=np.float64)
                solver.addRow(low, high, len(columns), columns, values)
            self._models[block] = (solver, local)
        return self._models[block]


def _add_population_rows(
    publication: Publication,
    index: Mapping[tuple[str, CellId], int],
    add_row: Callable[[float, float, Mapping[int, float]], None],
) -> None:
    for population in POPULATIONS:
        parts = [
            [index[(publication.period, c)] for c in part if (publication.period, c) in index]
            for part in population_parts(publication.cells, population)
        ]
        parts = [part for part in parts if part]
        for part in parts[1:]:
            terms: dict[int, float] = {}
            for column in part:
                terms[column] = terms.get(column, 0.0) + 1.0
            for column in parts[0]:
                terms[column] = terms.get(column, 0.0) - 1.0
            add_row(0.0, 0.0, terms)


def _add_part_rows(
    whole: Publication,
    parts: Sequence[Publication],
    index: Mapping[tuple[str, CellId], int],
    add_row: Callable[[float, float, Mapping[int, float]], None],
) -> None:
    """Everyone in a cell of the whole period was counted in a covering cell of one of the
    sub-periods that make it up: the cell is at most their sum (the true excess, from entries
    made after a part was published, is allowed, so the truth stays feasible). For tables in
    MONOTONE_TABLES the cell is also at least each part's same cell."""
    for cell in variable_cells(whole):
        column = index.get((whole.period, cell))
        if column is None or cell[0] in EVENT_TABLES:
            continue
        cover = [(part, c) for part in parts for c in cover_of(whole.cells, cell, part.cells)]
        columns = [index[(part.period, c)] for part, c in cover if (part.period, c) in index]
        excess = whole.cells.counts.get(cell, 0) - sum(
            part.cells.counts.get(c, 0) for part, c in cover
        )
        terms: dict[int, float] = {column: 1.0}
        for other in columns:
            terms[other] = terms.get(other, 0.0) - 1.0
        add_row(-INFINITE, float(max(0, excess)), terms)
        if cell[0] in MONOTONE_TABLES:
            for part in parts:
                same = index.get((part.period, cell))
                if same is not None and part.cells.counts.get(cell, 0) <= whole.cells.counts.get(
                    cell, 0
                ):
                    add_row(0.0, INFINITE, {column: 1.0, same: -1.0})


def distinguishing_findings(
    old: Publication, new: Publication, threshold: int
) -> list[AuditFinding]:
    """A correction against the version it replaces: for every cell, both versions together
    must fit the true change ``d`` and also ``d - 1`` and ``d + 1``, so that an attacker who
    knows everything else cannot tell whether one person more or less was counted."""
    findings: list[AuditFinding] = []
    for cell in variable_cells(new):
        if cell not in old.cells.published and cell not in old.cells.counts:
            continue
        low_old, high_old = cell_bounds(old.cells, cell, threshold)
        low_new, high_new = cell_bounds(new.cells, cell, threshold)
        change = new.cells.counts.get(cell, 0) - old.cells.counts.get(cell, 0)
        if low_new - high_old <= change - 1 and change + 1 <= high_new - low_old:
            continue
        table, row, column = cell
        findings.append(
            AuditFinding(new.period, table, row, column, change, change, "distinguishable")
        )
    return findings


def replay_findings(
    publication: Publication, parts: Sequence[Publication], threshold: int, salt: int
) -> list[AuditFinding]:
    """The documented method replayed on a new publication: every published value of its own
    cells is the perturbation of its count and key sum (or withheld by a rule), and every
    event cell of a half-year or year is the sum of its quarters' published cells."""
    cells = publication.cells
    findings: list[AuditFinding] = []

    def finding(cell: CellId) -> None:
        table, row, column = cell
        findings.append(AuditFinding(publication.period, table, row, column, 0, 0, "replay"))

    own = variable_cells(publication) + [
        (OVERVIEW, m, "count") for m in OWN_MEASURES if not (parts and m in EVENT_MEASURES)
    ]
    for cell in own:
        value = cells.published.get(cell)
        expected = perturb(cells.counts.get(cell, 0), cells.keys.get(cell, 0), salt, threshold)
        if value != expected and not (value is None and cell in cells.withheld_large):
            finding(cell)
    if parts:
        quarters = [p.cells for p in parts]
        for table in cells.tables():
            if table in EVENT_TABLES:
                for cell in cells.cell_ids(table):
                    if cells.published.get(cell) != sum_published(
                        q.published.get(cell) for q in quarters
                    ):
                        finding(cell)
    return findings
