"""Counting rules and tables of the statistics (plain Python).

The service fills a :class:`Tally` for a period from the live documentation (in SQL) and from
the statistics-only rows of deleted cases (:func:`tally_retained`); :func:`build_tables` turns
a tally into the count tables the Statistik view shows (and, with a threshold, the
export's tables with nationalities grouped); ``domain.disclosure`` protects the export.

Counting rules (docs/export-format.md repeats them for the provider):

* a case is **served** in a period if it was open (or paused) on any day of it; a case that
  was closed and reopened counts once, and not in a period that lies wholly between a closure
  and the reopening; **new** = opened in the period; **closed** = its (last) closure lies in
  the period — a closure undone by reopening is no closure;
* a case counts as **Case Management** in a period if it was CM on any day of it;
* a **client** counts once per period in which any of their cases was served; the client's
  attributes (age group, years since arrival) are taken at the opening of their earliest case
  served in the period, the rest as recorded at intake;
* contacts and referrals count by the day they happened (referrals: the day sent);
* closures, goal attainment and the outcomes (intake vs. closure) count the cases closed in
  the period.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain.countries import REGIONS, country_name, region
from mbe_desktop.domain.disclosure import derived_key
from mbe_desktop.domain.periods import Period

__all__ = [
    "DEFAULT_THRESHOLD",
    "MINIMUM_THRESHOLD",
    "CountTable",
    "PublishedTable",
    "TableSpec",
    "Tally",
    "build_tables",
    "group_nationalities",
    "retained_categories",
    "served_in",
    "status_intervals",
    "tally_retained",
]

DEFAULT_THRESHOLD = 5
MINIMUM_THRESHOLD = 3

NOT_RECORDED = "not_recorded"  # a closure situation that was not filled in
OTHER_NATIONALITY = "other"
REGION_PREFIX = "region:"
OUTCOMES = ("german_level", "employment_status", "benefits", "course_status")

# --- dimensions: codes and German labels -------------------------------------------------------

AGE_GROUP_LABELS = {
    "under_27": "unter 27",
    "27_to_44": "27 bis 44",
    "45_to_65": "45 bis 65",
    "over_65": "über 65",
    "unknown": "unbekannt",
}
ARRIVAL_GROUP_LABELS = {
    "under_1": "unter 1 Jahr",
    "1_to_2": "1 bis unter 2 Jahre",
    "2_to_3": "2 bis unter 3 Jahre",
    "3_plus": "3 Jahre und länger",
    "unknown": "unbekannt",
}
REGION_LABELS = {
    "eu": "EU-Staaten",
    "europe_non_eu": "Europa ohne EU",
    "middle_east_north_africa": "Naher Osten und Nordafrika",
    "sub_saharan_africa": "Afrika südlich der Sahara",
    "asia": "Asien",
    "americas": "Amerika",
    "oceania": "Ozeanien",
    "unknown": "staatenlos, ungeklärt oder nicht erfasst",
}
MEASURE_LABELS = {
    "clients": "Ratsuchende",
    "cases": "Beratungsfälle (betreut)",
    "cases_new": "davon neu eröffnet",
    "cases_closed": "abgeschlossene Fälle",
    "family_members": "mitberatene Familienangehörige",
    "contacts": "Kontakte",
    "referrals": "Weiterleitungen",
}
INTERPRETER_LABELS = {"with_interpreter": "mit Sprachmittlung", "without": "ohne Sprachmittlung"}
SITUATION_LABELS = {"intake": "bei Aufnahme", "closure": "bei Abschluss"}
CHANGE_LABELS = {
    "improved": "verbessert",
    "unchanged": "unverändert",
    "declined": "verschlechtert",
    "unknown": "nicht vergleichbar (unbekannt)",
}
COUNT_COLUMN = {"count": "Anzahl"}


def _catalogue(catalogue: cat.Catalogue) -> dict[str, str]:
    return {entry.code: entry.de for entry in catalogue}


def _with_not_recorded(labels: Mapping[str, str]) -> dict[str, str]:
    return {**labels, NOT_RECORDED: "nicht erfasst"}


DIMENSIONS: dict[str, dict[str, str]] = {
    "measures": MEASURE_LABELS,
    "count": COUNT_COLUMN,
    "genders": _catalogue(cat.GENDERS),
    "age_groups": AGE_GROUP_LABELS,
    "arrival_groups": ARRIVAL_GROUP_LABELS,
    "residence_statuses": _catalogue(cat.RESIDENCE_STATUSES),
    "nationalities": {},  # country codes and regions, see group_nationalities
    "how_found": _catalogue(cat.HOW_FOUND),
    "case_forms": _catalogue(cat.CASE_FORMS),
    "fields_of_action": _catalogue(cat.FIELDS_OF_ACTION),
    "contact_forms": _catalogue(cat.CONTACT_FORMS),
    "interpreter": INTERPRETER_LABELS,
    "partner_categories": _catalogue(cat.PARTNER_CATEGORIES),
    "closure_types": _catalogue(cat.CLOSURE_TYPES),
    "goal_attainments": _catalogue(cat.GOAL_ATTAINMENTS),
    "situation": SITUATION_LABELS,
    "german_level": _with_not_recorded(_catalogue(cat.CEFR_LEVELS)),
    "german_level_change": CHANGE_LABELS,
    "employment_status": _with_not_recorded(_catalogue(cat.EMPLOYMENT_STATUSES)),
    "benefits": _with_not_recorded(_catalogue(cat.BENEFITS)),
    "course_status": _with_not_recorded(_catalogue(cat.COURSE_STATUSES)),
}


# --- counting rules --------------------------------------------------------------------------


def status_intervals(
    opened_on: date, changes: Sequence[tuple[date, str]]
) -> list[tuple[date, date | None]]:
    """The stretches in which a case was open or paused, from its status changes in order
    (``(day, status)``); the last stretch has no end while the case is not closed."""
    intervals: list[tuple[date, date | None]] = []
    start: date | None = opened_on
    for day, status in changes:
        if status == "closed":
            if start is not None:
                intervals.append((start, day))
            start = None
        elif start is None:  # reopened
            start = day
    if start is not None:
        intervals.append((start, None))
    return intervals


def served_in(period: Period, intervals: Iterable[tuple[date, date | None]]) -> bool:
    """True if any stretch touches the period (the day of closing still counts)."""
    return any(
        start <= period.end and (end is None or end >= period.start) for start, end in intervals
    )


def german_level_change(intake: str, closure: str) -> str:
    before, after = cat.cefr_rank(intake), cat.cefr_rank(closure)
    if before is None or after is None:
        return "unknown"
    if after > before:
        return "improved"
    return "unchanged" if after == before else "declined"


def cm_form(case_management: bool) -> str:
    return "case_management" if case_management else "counselling"


# --- the tally ---------------------------------------------------------------------------------


@dataclass
class Tally:
    """All counts of one period before they become tables; live and retained rows add up."""

    # clients (once per period)
    gender_age: Counter[tuple[str, str]] = field(default_factory=Counter)
    arrival: Counter[str] = field(default_factory=Counter)
    residence: Counter[str] = field(default_factory=Counter)
    nationalities: Counter[str] = field(default_factory=Counter)  # country codes
    nationality_regions: Counter[str] = field(default_factory=Counter)  # retained rows
    how_found: Counter[str] = field(default_factory=Counter)
    # cases
    cases_new: int = 0
    family_members: int = 0
    forms: Counter[str] = field(default_factory=Counter)  # served cases, CM in the period
    fields: Counter[str] = field(default_factory=Counter)
    closures: Counter[tuple[str, str]] = field(default_factory=Counter)  # (type, form)
    goals: Counter[tuple[str, str]] = field(default_factory=Counter)  # (field, attainment)
    outcomes: dict[str, Counter[tuple[str, str]]] = field(
        default_factory=lambda: {name: Counter() for name in OUTCOMES}
    )  # name -> (intake, closure)
    # contacts and referrals
    contacts: Counter[str] = field(default_factory=Counter)
    interpreter: int = 0
    referrals: Counter[str] = field(default_factory=Counter)
    outreach: Counter[str] = field(default_factory=Counter)  # place name (view only)
    # retained rows that counted, and whether some of their counts are missing for this period
    retained_cases: int = 0
    retained_partial: bool = False
    # The sums of the counted records' keys, in the same fields (the export's cell keys).
    keys: Tally | None = None

    @property
    def clients(self) -> int:
        return sum(self.gender_age.values())

    @property
    def cases(self) -> int:
        return sum(self.forms.values())

    @property
    def cases_closed(self) -> int:
        return sum(self.closures.values())

    def add(self, other: Tally) -> Tally:
        for name in (
            "gender_age",
            "arrival",
            "residence",
            "nationalities",
            "nationality_regions",
            "how_found",
            "forms",
            "fields",
            "closures",
            "goals",
            "contacts",
            "referrals",
            "outreach",
        ):
            getattr(self, name).update(getattr(other, name))
        for name in OUTCOMES:
            self.outcomes[name].update(other.outcomes[name])
        self.cases_new += other.cases_new
        self.family_members += other.family_members
        self.interpreter += other.interpreter
        self.retained_cases += other.retained_cases
        self.retained_partial = self.retained_partial or other.retained_partial
        if self.keys is not None and other.keys is not None:
            self.keys.add(other.keys)
        return self


def _row_view(
    categories: Mapping[str, Any], period: Period
) -> tuple[Mapping[str, Any], str | None]:
    """The row's categories to count for ``period``, and the key under which they keep the
    period's own counts (None: not kept). For a quarter, the per-quarter counts take the
    place of the per-year ones, if the row has them."""
    quarters = categories.get("quarters")
    if period.kind != "quarter" or not isinstance(quarters, Mapping):
        return categories, period.retained_key
    view = {
        **categories,
        "case_management": period.key in (quarters.get("case_management_quarters") or ()),
        "client_periods": quarters.get("client_quarters") or (),
        "contacts": quarters.get("contacts") or {},
        "contacts_with_interpreter": quarters.get("contacts_with_interpreter") or {},
        "referrals": quarters.get("referrals") or {},
    }
    return view, period.key


def _counts_for(per_period: Any, period: Period, key: str | None) -> Counter[str] | None:
    """Counts a retained row keeps per period ``key`` (year, first half-year, quarter): the
    period's own key, the second half-year as year minus first half; None where the row
    cannot tell."""
    if not isinstance(per_period, dict):
        return Counter()
    if key is not None:
        return Counter(per_period.get(key, {}))
    if period.kind == "half":  # H2 = year - H1
        year = str(period.start.year)
        counts: Counter[str] = Counter(per_period.get(year, {}))
        counts.subtract(per_period.get(f"{year}-H1", {}))
        return +counts
    return None


def retained_categories(
    categories: str, quarters: str | None, row_key: int | None = None
) -> dict[str, Any]:
    """A stored statistics-only row as :func:`tally_retained` reads it: the ``categories`` JSON
    with the ``quarters`` column's JSON under the key ``quarters`` (absent for rows written
    before the quarters were kept) and the row's record key under ``row_key``."""
    result: dict[str, Any] = json.loads(categories)
    if quarters is not None:
        result["quarters"] = json.loads(quarters)
    if row_key is not None:
        result["row_key"] = row_key
    return result


def tally_retained(
    rows: Iterable[tuple[date, date | None, Mapping[str, Any]]], period: Period
) -> Tally:
    """Count the statistics-only rows of deleted cases (docs/privacy.md) for ``period``.

    They keep months, not days: a row counts if its months touch the period. Client counts
    are exact for years, half-years and quarters (the rows carry them per year and first
    half-year, and per quarter under ``quarters``); contacts and referrals likewise. Rows
    written before the quarters were kept have no ``quarters``: for a quarter each of them
    counts as one client and their contacts and referrals are missing (``retained_partial``),
    as for free ranges with every row.
    """
    tally = Tally(keys=Tally())
    keys = tally.keys
    assert keys is not None
    first_month, _last_month = period.months()
    for opened, closed, stored in rows:
        categories, key = _row_view(stored, period)
        served = opened <= period.end and (closed is None or closed >= first_month)
        if not served:
            continue
        row_key = int(stored.get("row_key") or 0)

        def part_key(*parts: str, _row_key: int = row_key) -> int:
            return derived_key(_row_key, *parts)

        case_key = part_key("case")
        tally.retained_cases += 1
        is_cm = bool(categories.get("case_management"))
        form = cm_form(is_cm)
        family = int(categories.get("family_members") or 0)
        tally.forms[form] += 1
        keys.forms[form] += case_key
        tally.family_members += family
        keys.family_members += case_key * family
        for code in categories.get("fields_of_action") or ():
            tally.fields[str(code)] += 1
            keys.fields[str(code)] += case_key
        if first_month <= opened <= period.end:
            tally.cases_new += 1
            keys.cases_new += case_key
        carries_client = (
            key in (categories.get("client_periods") or ()) if key is not None else True
        )
        if carries_client:
            client_key = part_key("client", period.key)
            gender = str(categories.get("gender") or "unspecified")
            cells: tuple[tuple[Counter[Any], Counter[Any], Any], ...] = (
                (
                    tally.gender_age,
                    keys.gender_age,
                    (gender, str(categories.get("age_group") or "unknown")),
                ),
                (tally.arrival, keys.arrival, str(categories.get("arrival_group") or "unknown")),
                (
                    tally.residence,
                    keys.residence,
                    str(categories.get("residence_status") or "unknown"),
                ),
                (tally.how_found, keys.how_found, str(categories.get("how_found") or "other")),
                # Rows of schema 2 keep the country; older ones only its region.
                (
                    tally.nationalities,
                    keys.nationalities,
                    categories.get("nationality") or "unknown",
                )
                if "nationality" in categories
                else (
                    tally.nationality_regions,
                    keys.nationality_regions,
                    str(categories.get("nationality_region") or "unknown"),
                ),
            )
            for counter, key_counter, code in cells:
                counter[code] += 1
                key_counter[code] += client_key
        for target, target_keys, name in (
            (tally.contacts, keys.contacts, "contacts"),
            (tally.referrals, keys.referrals, "referrals"),
        ):
            counts = _counts_for(categories.get(name), period, key)
            if counts is None:
                tally.retained_partial = True
            else:
                target.update(counts)
                for code in counts:
                    target_keys[code] += part_key(name, period.key, code)
        interpreter = _counts_for(
            {k: {"n": v} for k, v in (categories.get("contacts_with_interpreter") or {}).items()},
            period,
            key,
        )
        if interpreter is not None and interpreter.get("n", 0):
            tally.interpreter += interpreter.get("n", 0)
            keys.interpreter += part_key("interpreter", period.key)
        if closed is not None and first_month <= closed <= period.end:
            closure_code = (str(categories.get("closure_type") or "other"), form)
            tally.closures[closure_code] += 1
            keys.closures[closure_code] += case_key
            for field_code, attainments in (categories.get("goals") or {}).items():
                for attainment, count in attainments.items():
                    goal = (str(field_code), str(attainment))
                    tally.goals[goal] += int(count)
                    keys.goals[goal] += part_key("goals", *goal)
            intake = categories.get("intake") or {}
            closure = categories.get("closure") or {}
            for name in OUTCOMES:
                pair = (str(intake.get(name) or "unknown"), str(closure.get(name) or NOT_RECORDED))
                tally.outcomes[name][pair] += 1
                keys.outcomes[name][pair] += case_key
    return tally


# --- tables ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TableSpec:
    name: str
    title: str  # German
    counting: str  # German: what is counted and how (legend line, tooltip, export docs)
    unit: str  # clients, cases, contacts, referrals, goals, mixed
    rows: str  # dimension name (DIMENSIONS)
    columns: str  # dimension name; "count" for a single column
    row_totals: bool
    column_totals: bool


CLIENT_RULE = (
    "Ratsuchende mit mindestens einem im Zeitraum betreuten Fall, jede Person einmal; Alter "
    "und Aufenthaltsdauer bei Eröffnung ihres ersten Falls im Zeitraum."
)
SPECS: tuple[TableSpec, ...] = (
    TableSpec(
        "overview",
        "Überblick",
        "Betreute Fälle: im Zeitraum an mindestens einem Tag offen oder ruhend; neu: im "
        "Zeitraum eröffnet; abgeschlossen: im Zeitraum abgeschlossen. Mitberatene "
        "Familienangehörige: Summe über die betreuten Fälle, getrennt von den Fällen gezählt.",
        "mixed",
        "measures",
        "count",
        row_totals=False,
        column_totals=False,
    ),
    TableSpec(
        "clients_by_gender_age",
        "Ratsuchende nach Geschlecht und Altersgruppe",
        CLIENT_RULE,
        "clients",
        "genders",
        "age_groups",
        row_totals=True,
        column_totals=True,
    ),
    TableSpec(
        "clients_by_arrival",
        "Ratsuchende nach Aufenthaltsdauer in Deutschland",
        "Jahre von der Einreise bis zur Eröffnung des ersten Falls im Zeitraum; bis unter "
        "3 Jahre gelten als Neuzugewanderte. " + CLIENT_RULE,
        "clients",
        "arrival_groups",
        "count",
        row_totals=False,
        column_totals=True,
    ),
    TableSpec(
        "clients_by_residence_status",
        "Ratsuchende nach Aufenthaltsstatus",
        "Aufenthaltsstatus bei Aufnahme. " + CLIENT_RULE,
        "clients",
        "residence_statuses",
        "count",
        row_totals=False,
        column_totals=True,
    ),
    TableSpec(
        "clients_by_nationality",
        "Ratsuchende nach Staatsangehörigkeit",
        "Erste Staatsangehörigkeit. Im Export werden Staaten mit weniger Personen als die "
        "Schwelle zu Weltregionen zusammengefasst, kleine Regionen zu „übrige“. " + CLIENT_RULE,
        "clients",
        "nationalities",
        "count",
        row_totals=False,
        column_totals=True,
    ),
    TableSpec(
        "clients_by_how_found",
        "Ratsuchende nach Zugangsweg",
        "Wie die Person zur MBE gefunden hat (bei Aufnahme). " + CLIENT_RULE,
        "clients",
        "how_found",
        "count",
        row_totals=False,
        column_totals=True,
    ),
    TableSpec(
        "cases_by_form",
        "Betreute Fälle nach Beratungsform",
        "Ein Fall zählt als Case Management, wenn er an mindestens einem Tag des Zeitraums im "
        "Case Management war.",
        "cases",
        "case_forms",
        "count",
        row_totals=False,
        column_totals=True,
    ),
    TableSpec(
        "cases_by_field_of_action",
        "Betreute Fälle nach Handlungsfeld",
        "Ein Fall kann mehrere Handlungsfelder haben; deshalb gibt es keine Summe.",
        "cases",
        "fields_of_action",
        "count",
        row_totals=False,
        column_totals=False,
    ),
    TableSpec(
        "contacts_by_form",
        "Kontakte nach Form",
        "Kontakte mit Datum im Zeitraum; Außensprechstunden sind eine eigene Form.",
        "contacts",
        "contact_forms",
        "count",
        row_totals=False,
        column_totals=True,
    ),
    TableSpec(
        "contacts_by_interpreter",
        "Kontakte mit Sprachmittlung",
        "Kontakte mit Datum im Zeitraum, bei denen gedolmetscht wurde.",
        "contacts",
        "interpreter",
        "count",
        row_totals=False,
        column_totals=True,
    ),
    TableSpec(
        "referrals_by_partner_category",
        "Weiterleitungen nach Art des Netzwerkpartners",
        "Weiterleitungen, die im Zeitraum verschickt wurden (Entwürfe zählen nicht).",
        "referrals",
        "partner_categories",
        "count",
        row_totals=False,
        column_totals=True,
    ),
    TableSpec(
        "closures_by_type_form",
        "Abschlüsse nach Art und Beratungsform",
        "Im Zeitraum abgeschlossene Fälle; Beratungsform wie bei den betreuten Fällen. "
        "Regulär sind „mit Abschlussgespräch“ und „Anliegen erledigt“.",
        "cases",
        "closure_types",
        "case_forms",
        row_totals=True,
        column_totals=True,
    ),
    TableSpec(
        "goals_by_field_attainment",
        "Zielerreichung nach Handlungsfeld",
        "Handlungsziele der im Zeitraum abgeschlossenen Fälle, mit der Bewertung beim Abschluss.",
        "goals",
        "fields_of_action",
        "goal_attainments",
        row_totals=True,
        column_totals=True,
    ),
    TableSpec(
        "outcome_german_level",
        "Deutschkenntnisse bei Aufnahme und bei Abschluss",
        "Im Zeitraum abgeschlossene Fälle: Stand bei Aufnahme und beim Abschluss.",
        "cases",
        "german_level",
        "situation",
        row_totals=False,
        column_totals=True,
    ),
    TableSpec(
        "outcome_german_level_change",
        "Veränderung der Deutschkenntnisse",
        "Im Zeitraum abgeschlossene Fälle: Niveau beim Abschluss verglichen mit der Aufnahme.",
        "cases",
        "german_level_change",
        "count",
        row_totals=False,
        column_totals=True,
    ),
    TableSpec(
        "outcome_employment",
        "Erwerbssituation bei Aufnahme und bei Abschluss",
        "Im Zeitraum abgeschlossene Fälle: Stand bei Aufnahme und beim Abschluss.",
        "cases",
        "employment_status",
        "situation",
        row_totals=False,
        column_totals=True,
    ),
    TableSpec(
        "outcome_benefits",
        "Bezug von Sozialleistungen bei Aufnahme und bei Abschluss",
        "Im Zeitraum abgeschlossene Fälle: Stand bei Aufnahme und beim Abschluss.",
        "cases",
        "benefits",
        "situation",
        row_totals=False,
        column_totals=True,
    ),
    TableSpec(
        "outcome_course_status",
        "Integrationskurs bei Aufnahme und bei Abschluss",
        "Im Zeitraum abgeschlossene Fälle: Stand des Integrations- oder Sprachkurses.",
        "cases",
        "course_status",
        "situation",
        row_totals=False,
        column_totals=True,
    ),
)
SPECS_BY_NAME = {spec.name: spec for spec in SPECS}
TABLE_NAMES = tuple(spec.name for spec in SPECS)


@dataclass(frozen=True)
class CountTable:
    """Raw counts: one row per code (catalogue order, then unknown codes), one column per
    column code."""

    spec: TableSpec
    rows: tuple[tuple[str, str], ...]  # (code, German label)
    columns: tuple[tuple[str, str], ...]
    cells: tuple[tuple[int, ...], ...]

    @property
    def name(self) -> str:
        return self.spec.name

    def value(self, row: str, column: str = "count") -> int:
        r = [code for code, _ in self.rows].index(row)
        c = [code for code, _ in self.columns].index(column)
        return self.cells[r][c]

    def get(self, row: str, column: str = "count") -> int:
        """Like :meth:`value`, 0 for a code the table does not have."""
        try:
            return self.value(row, column)
        except ValueError:
            return 0

    def row_total(self, index: int) -> int:
        return sum(self.cells[index])

    def column_total(self, index: int) -> int:
        return sum(row[index] for row in self.cells)

    @property
    def total(self) -> int:
        return sum(sum(row) for row in self.cells)


def _rows_for(dimension: str, counts: Iterable[str]) -> tuple[tuple[str, str], ...]:
    labels = DIMENSIONS[dimension]
    extra = sorted(set(counts) - set(labels))
    return (*labels.items(), *((code, code) for code in extra))


def _table_1d(name: str, counts: Mapping[str, int]) -> CountTable:
    spec = SPECS_BY_NAME[name]
    rows = _rows_for(spec.rows, (code for code, n in counts.items() if n))
    return CountTable(
        spec, rows, tuple(COUNT_COLUMN.items()), tuple((counts.get(c, 0),) for c, _ in rows)
    )


def _table_2d(name: str, counts: Mapping[tuple[str, str], int]) -> CountTable:
    spec = SPECS_BY_NAME[name]
    present = [key for key, n in counts.items() if n]
    rows = _rows_for(spec.rows, (r for r, _ in present))
    columns = _rows_for(spec.columns, (c for _, c in present))
    cells = tuple(tuple(counts.get((r, c), 0) for c, _ in columns) for r, _ in rows)
    return CountTable(spec, rows, columns, cells)


def _nationality_table(rows: Sequence[tuple[str, str, int]]) -> CountTable:
    spec = SPECS_BY_NAME["clients_by_nationality"]
    return CountTable(
        spec,
        tuple((code, label) for code, label, _ in rows),
        tuple(COUNT_COLUMN.items()),
        tuple((count,) for _, _, count in rows),
    )


def raw_nationalities(tally: Tally) -> list[tuple[str, str, int]]:
    """Every nationality by its country (most frequent first), plus the regions of deleted
    clients (only their region is kept)."""
    rows = [
        (code, country_name(code), count)
        for code, count in sorted(tally.nationalities.items(), key=lambda i: (-i[1], i[0]))
        if count
    ]
    rows += [
        (REGION_PREFIX + name, REGION_LABELS.get(name, name), tally.nationality_regions[name])
        for name in REGIONS
        if tally.nationality_regions[name]
    ]
    return rows


def group_nationalities(
    countries: Mapping[str, int], regions: Mapping[str, int], threshold: int
) -> list[tuple[str, str, int]]:
    """Rows ``(code, label, count)`` for the export: countries with at least ``threshold``
    people by name (most frequent first); the others merged into their world region (with
    ``regions`` — deleted clients keep only the region); regions still below the threshold
    into "übrige Staatsangehörigkeiten". Rows with 0 are left out except "other"."""
    shown = sorted(
        ((code, n) for code, n in countries.items() if n >= threshold),
        key=lambda item: (-item[1], item[0]),
    )
    shown_codes = {code for code, _ in shown}
    merged: Counter[str] = Counter({name: n for name, n in regions.items() if n})
    for code, n in countries.items():
        if code not in shown_codes and n:
            merged[region(code) if code != "unknown" else "unknown"] += n
    rows = [(code, country_name(code), n) for code, n in shown]
    other = 0
    for name in REGIONS:
        n = merged.pop(name, 0)
        if n >= threshold:
            prefix = "übrige " if any(region(code) == name for code in shown_codes) else ""
            rows.append((REGION_PREFIX + name, prefix + REGION_LABELS[name], n))
        else:
            other += n
    other += sum(merged.values())  # regions unknown to this version
    rows.append((OTHER_NATIONALITY, "übrige Staatsangehörigkeiten", other))
    return rows


def build_tables(tally: Tally, threshold: int | None = None) -> tuple[CountTable, ...]:
    """The tables of ``SPECS`` in order. Nationalities by country for the view (``threshold``
    None), grouped by :func:`group_nationalities` for the export."""
    overview = {
        "clients": tally.clients,
        "cases": tally.cases,
        "cases_new": tally.cases_new,
        "cases_closed": tally.cases_closed,
        "family_members": tally.family_members,
        "contacts": sum(tally.contacts.values()),
        "referrals": sum(tally.referrals.values()),
    }
    contacts_total = sum(tally.contacts.values())
    if threshold is None:
        nationality_rows = raw_nationalities(tally)
    else:
        nationality_rows = group_nationalities(
            tally.nationalities, tally.nationality_regions, threshold
        )
    changes: Counter[str] = Counter()
    for (intake, closure), n in tally.outcomes["german_level"].items():
        changes[german_level_change(intake, closure)] += n

    def situation(name: str) -> Counter[tuple[str, str]]:
        result: Counter[tuple[str, str]] = Counter()
        for (intake, closure), n in tally.outcomes[name].items():
            result[(intake, "intake")] += n
            result[(closure, "closure")] += n
        return result

    tables = {
        "overview": _table_1d("overview", overview),
        "clients_by_gender_age": _table_2d("clients_by_gender_age", tally.gender_age),
        "clients_by_arrival": _table_1d("clients_by_arrival", tally.arrival),
        "clients_by_residence_status": _table_1d("clients_by_residence_status", tally.residence),
        "clients_by_nationality": _nationality_table(nationality_rows),
        "clients_by_how_found": _table_1d("clients_by_how_found", tally.how_found),
        "cases_by_form": _table_1d("cases_by_form", tally.forms),
        "cases_by_field_of_action": _table_1d("cases_by_field_of_action", tally.fields),
        "contacts_by_form": _table_1d("contacts_by_form", tally.contacts),
        "contacts_by_interpreter": _table_1d(
            "contacts_by_interpreter",
            {"with_interpreter": tally.interpreter, "without": contacts_total - tally.interpreter},
        ),
        "referrals_by_partner_category": _table_1d(
            "referrals_by_partner_category", tally.referrals
        ),
        "closures_by_type_form": _table_2d("closures_by_type_form", tally.closures),
        "goals_by_field_attainment": _table_2d("goals_by_field_attainment", tally.goals),
        "outcome_german_level": _table_2d("outcome_german_level", situation("german_level")),
        "outcome_german_level_change": _table_1d("outcome_german_level_change", changes),
        "outcome_employment": _table_2d("outcome_employment", situation("employment_status")),
        "outcome_benefits": _table_2d("outcome_benefits", situation("benefits")),
        "outcome_course_status": _table_2d("outcome_course_status", situation("course_status")),
    }
    return tuple(tables[name] for name in TABLE_NAMES)


# --- published tables ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PublishedTable:
    """A table as it leaves the laptop: withheld values are None."""

    spec: TableSpec
    rows: tuple[tuple[str, str], ...]
    columns: tuple[tuple[str, str], ...]
    cells: tuple[tuple[int | None, ...], ...]
    row_totals: tuple[int | None, ...] | None  # when spec.row_totals
    column_totals: tuple[int | None, ...] | None  # when spec.column_totals
    total: int | None  # the grand total, when both kinds of totals are published
    threshold: int

    @property
    def name(self) -> str:
        return self.spec.name

    def withheld(self) -> int:
        values: list[int | None] = [v for row in self.cells for v in row]
        values += list(self.row_totals or ()) + list(self.column_totals or ())
        if self.spec.row_totals and self.spec.column_totals:
            values.append(self.total)
        return sum(1 for v in values if v is None)


def published_lines(table: PublishedTable) -> list[list[int | None]]:
    """Each row and column equation of a published table as ``[total, part, part, …]`` (for
    checks: a line with exactly one None would give that value away)."""
    lines: list[list[int | None]] = []
    if table.row_totals is not None:
        for r, total in enumerate(table.row_totals):
            lines.append([total, *table.cells[r]])
    if table.column_totals is not None:
        for c, total in enumerate(table.column_totals):
            lines.append([total, *(row[c] for row in table.cells)])
    if table.row_totals is not None and table.column_totals is not None:
        lines.append([table.total, *table.row_totals])
        lines.append([table.total, *table.column_totals])
    return lines
