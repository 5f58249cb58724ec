"""Reduce a client's cases to statistics-only records before the client is erased.

What stays of a deleted case is a :class:`RetainedCase`: the month of opening and closing and a
JSON object of catalogue codes and counts (schema :data:`SCHEMA_VERSION`, documented in
``docs/privacy.md``). No names, no ids, no free text, no day-exact dates, no birth date —
only the categories the anonymised statistics count (since schema 2 also the first
nationality, which the export counts by country), so that the statistics of past periods stay
the same after the deletion. The row's own random record key (column ``stat_key``) gives its
contributions their cell keys; it links nothing.

Counts that statistics take per period (contacts, referrals, the client itself) are kept per
period key: ``"2024"`` for a year and ``"2024-H1"`` for the mid-year interim (January to June)
in the categories, and per quarter (``"2024-Q1"`` … ``"2024-Q4"``) in :attr:`RetainedCase.quarters`
(column ``quarters``; rows written before schema revision 0005 have none).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from mbe_desktop.domain.client_rules import age_on
from mbe_desktop.domain.countries import region

SCHEMA_VERSION = 2

AGE_GROUPS = ("under_27", "27_to_44", "45_to_65", "over_65", "unknown")
ARRIVAL_GROUPS = ("under_1", "1_to_2", "2_to_3", "3_plus", "unknown")


@dataclass(frozen=True)
class ClientFacts:
    """The client's situation at intake, as far as statistics count it."""

    gender: str
    birth_date: date | None
    birth_year: int | None
    first_nationality: str | None
    residence_status: str
    arrival_date: date | None
    how_found: str
    german_level: str
    employment_status: str
    benefits: str
    course_status: str


@dataclass(frozen=True)
class ContactFacts:
    on: date
    form: str
    interpreter_used: bool


@dataclass(frozen=True)
class ReferralFacts:
    on: date  # sent on, or created on for a draft
    partner_category: str


@dataclass(frozen=True)
class CaseFacts:
    opened_on: date
    closed_on: date | None
    form: str
    forms_used: tuple[str, ...]
    closure_type: str | None
    family_members: int
    fields_of_action: tuple[str, ...]
    closure_german_level: str | None = None
    closure_course_status: str | None = None
    closure_employment_status: str | None = None
    closure_benefits: str | None = None
    closure_residence_status: str | None = None
    contacts: tuple[ContactFacts, ...] = ()
    referrals: tuple[ReferralFacts, ...] = ()
    goals: tuple[tuple[str, str], ...] = ()  # (field of action, attainment)
    form_changes: tuple[tuple[date, str], ...] = ()  # (changed on, form), by date, then entry


@dataclass(frozen=True)
class RetainedCase:
    opened_on: date  # first day of the month
    closed_on: date | None  # first day of the month
    categories: dict[str, Any] = field(default_factory=dict)
    # Per quarter: "client_quarters" (the quarters in which this row carries its client's
    # count), "case_management_quarters" (those in which the case was in Case Management on
    # any day), "contacts" and "referrals" ({quarter: {code: n}}), "contacts_with_interpreter"
    # ({quarter: n}).
    quarters: dict[str, Any] = field(default_factory=dict)


def month_start(day: date) -> date:
    return day.replace(day=1)


def period_keys(day: date) -> tuple[str, ...]:
    """The statistics periods a day falls into: its year, and ``YYYY-H1`` for January–June."""
    year = str(day.year)
    return (year, f"{year}-H1") if day.month <= 6 else (year,)


def quarter_keys(day: date) -> tuple[str, ...]:
    """The quarter a day falls into: ``YYYY-Qn``."""
    return (f"{day.year}-Q{(day.month - 1) // 3 + 1}",)


def _year_periods(year: int) -> list[tuple[str, date, date]]:
    return [
        (str(year), date(year, 1, 1), date(year, 12, 31)),
        (f"{year}-H1", date(year, 1, 1), date(year, 6, 30)),
    ]


def _quarter_periods(year: int) -> list[tuple[str, date, date]]:
    ends = (date(year, 3, 31), date(year, 6, 30), date(year, 9, 30), date(year, 12, 31))
    return [
        (f"{year}-Q{number}", date(year, 3 * number - 2, 1), end)
        for number, end in enumerate(ends, start=1)
    ]


def _in_case_management(case: CaseFacts, start: date, end: date) -> bool:
    """As the live statistics count it: a switch to Case Management on or before ``end`` that
    no later switch replaced on or before ``start``; without switches, by the case's form."""
    if not case.form_changes:
        return case.form == "case_management"
    changes = list(enumerate(case.form_changes))
    for index, (changed_on, form) in changes:
        if form != "case_management" or changed_on > end:
            continue
        replaced = any(
            (later_on > changed_on or (later_on == changed_on and later > index))
            and later_on <= start
            for later, (later_on, _form) in changes
        )
        if not replaced:
            return True
    return False


def case_management_quarters(case: CaseFacts) -> list[str]:
    """The quarters in which the case was active and in Case Management on any day."""
    last_year = (case.closed_on or case.opened_on).year
    return [
        key
        for year in range(case.opened_on.year, last_year + 1)
        for key, start, end in _quarter_periods(year)
        if _active(case, start, end) and _in_case_management(case, start, end)
    ]


def age_group(age: int | None) -> str:
    if age is None:
        return "unknown"
    if age < 27:
        return "under_27"
    if age < 45:
        return "27_to_44"
    if age <= 65:
        return "45_to_65"
    return "over_65"


def arrival_group(arrival: date | None, on: date) -> str:
    if arrival is None or arrival > on:
        return "unknown"
    years = (on - arrival).days / 365.25
    if years < 1:
        return "under_1"
    if years < 2:
        return "1_to_2"
    if years < 3:
        return "2_to_3"
    return "3_plus"


def _active(case: CaseFacts, start: date, end: date) -> bool:
    return case.opened_on <= end and (case.closed_on is None or case.closed_on >= start)


def client_periods(
    cases: Sequence[CaseFacts],
    periods_of_year: Callable[[int], list[tuple[str, date, date]]] = _year_periods,
) -> list[list[str]]:
    """For each case, the periods in which it carries the count of its client (years and
    first half-years; quarters with ``periods_of_year=_quarter_periods``).

    A client counts once per period in which any of their cases was active; that count is given
    to the earliest-opened case active in the period, so the sum over retained cases equals the
    number of clients without keeping anything that links the cases of one person.
    """
    result: list[list[str]] = [[] for _ in cases]
    if not cases:
        return result
    first_year = min(case.opened_on.year for case in cases)
    last_year = max((case.closed_on or case.opened_on).year for case in cases)
    order = sorted(range(len(cases)), key=lambda i: (cases[i].opened_on, i))
    for year in range(first_year, last_year + 1):
        for key, start, end in periods_of_year(year):
            for index in order:
                if _active(cases[index], start, end):
                    result[index].append(key)
                    break
    return result


def _per_period(
    items: Sequence[tuple[date, str]], keys: Callable[[date], tuple[str, ...]] = period_keys
) -> dict[str, dict[str, int]]:
    counts: dict[str, Counter[str]] = {}
    for day, code in items:
        for key in keys(day):
            counts.setdefault(key, Counter())[code] += 1
    return {key: dict(sorted(counter.items())) for key, counter in sorted(counts.items())}


def reduce_case(
    client: ClientFacts,
    case: CaseFacts,
    periods: Sequence[str],
    quarters: Sequence[str] = (),
) -> RetainedCase:
    """The statistics-only record of one case (see docs/privacy.md for the schema);
    ``periods`` and ``quarters``: where it carries its client's count (:func:`client_periods`)."""
    goals: dict[str, Counter[str]] = {}
    for field_code, attainment in case.goals:
        goals.setdefault(field_code, Counter())[attainment] += 1
    interpreter = Counter(
        key
        for contact in case.contacts
        if contact.interpreter_used
        for key in period_keys(contact.on)
    )
    arrival = arrival_group(client.arrival_date, case.opened_on)
    categories: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "opened_year": case.opened_on.year,
        "closed_year": case.closed_on.year if case.closed_on else None,
        "case_form": case.form,
        "forms_used": sorted(set(case.forms_used) | {case.form}),
        "case_management": "case_management" in case.forms_used or case.form == "case_management",
        "closure_type": case.closure_type,
        "family_members": case.family_members,
        "fields_of_action": sorted(set(case.fields_of_action)),
        "age_group": age_group(age_on(case.opened_on, client.birth_date, client.birth_year)),
        "gender": client.gender,
        "nationality_region": region(client.first_nationality)
        if client.first_nationality
        else "unknown",
        # Kept since schema 2, so that a deletion moves no published nationality figure.
        "nationality": client.first_nationality,
        "residence_status": client.residence_status,
        "arrival_group": arrival,
        "arrived_within_3_years": None if arrival == "unknown" else arrival != "3_plus",
        "how_found": client.how_found,
        "intake": {
            "german_level": client.german_level,
            "employment_status": client.employment_status,
            "benefits": client.benefits,
            "course_status": client.course_status,
        },
        "closure": {
            "german_level": case.closure_german_level,
            "employment_status": case.closure_employment_status,
            "benefits": case.closure_benefits,
            "course_status": case.closure_course_status,
            "residence_status": case.closure_residence_status,
        },
        "client_periods": list(periods),
        "contacts": _per_period([(c.on, c.form) for c in case.contacts]),
        "contacts_with_interpreter": dict(sorted(interpreter.items())),
        "referrals": _per_period([(r.on, r.partner_category) for r in case.referrals]),
        "goals": {key: dict(sorted(value.items())) for key, value in sorted(goals.items())},
    }
    interpreter_quarters = Counter(
        key
        for contact in case.contacts
        if contact.interpreter_used
        for key in quarter_keys(contact.on)
    )
    per_quarter = {
        "client_quarters": list(quarters),
        "case_management_quarters": case_management_quarters(case),
        "contacts": _per_period([(c.on, c.form) for c in case.contacts], quarter_keys),
        "contacts_with_interpreter": dict(sorted(interpreter_quarters.items())),
        "referrals": _per_period(
            [(r.on, r.partner_category) for r in case.referrals], quarter_keys
        ),
    }
    return RetainedCase(
        opened_on=month_start(case.opened_on),
        closed_on=month_start(case.closed_on) if case.closed_on else None,
        categories=categories,
        quarters=per_quarter,
    )


def reduce_client(client: ClientFacts, cases: Sequence[CaseFacts]) -> list[RetainedCase]:
    periods = client_periods(cases)
    quarters = client_periods(cases, _quarter_periods)
    return [reduce_case(client, case, periods[i], quarters[i]) for i, case in enumerate(cases)]
