"""Counting rules and nationality grouping (plain Python); the export's disclosure control is
tested in test_disclosure.py."""

from __future__ import annotations

from collections import Counter
from datetime import date

from mbe_desktop.domain.anonymise import (
    AGE_GROUPS,
    ARRIVAL_GROUPS,
    CaseFacts,
    ClientFacts,
    ContactFacts,
    ReferralFacts,
    reduce_client,
)
from mbe_desktop.domain.periods import parse_period
from mbe_desktop.domain.statistics import (
    AGE_GROUP_LABELS,
    ARRIVAL_GROUP_LABELS,
    SPECS_BY_NAME,
    CountTable,
    Tally,
    build_tables,
    german_level_change,
    group_nationalities,
    retained_categories,
    served_in,
    status_intervals,
    tally_retained,
)


def table(name: str, cells: list[list[int]]) -> CountTable:
    spec = SPECS_BY_NAME[name]
    rows = tuple((f"r{i}", f"r{i}") for i in range(len(cells)))
    columns = tuple((f"c{j}", f"c{j}") for j in range(len(cells[0])))
    return CountTable(spec, rows, columns, tuple(tuple(row) for row in cells))


def test_labels_follow_the_retained_row_codes() -> None:
    assert tuple(AGE_GROUP_LABELS) == AGE_GROUPS
    assert tuple(ARRIVAL_GROUP_LABELS) == ARRIVAL_GROUPS


def test_nationalities_grouped_into_regions_then_other() -> None:
    countries = {"SY": 12, "UA": 6, "AF": 3, "IR": 2, "PL": 1, "RO": 4, "FJ": 1}
    rows = group_nationalities(countries, {"eu": 2}, 5)
    codes = {code: n for code, _, n in rows}
    assert codes["SY"] == 12 and codes["UA"] == 6
    assert "AF" not in codes and "IR" not in codes and "PL" not in codes
    assert codes["region:eu"] == 1 + 4 + 2  # PL, RO and two deleted EU clients
    assert codes["other"] == 3 + 2 + 1  # Asia (AF), MENA (IR), Oceania (FJ) each below 5
    assert sum(codes.values()) == sum(countries.values()) + 2
    assert rows[-1][0] == "other"


def test_status_intervals_of_a_reopened_case() -> None:
    changes = [
        (date(2024, 1, 10), "open"),
        (date(2024, 3, 1), "paused"),
        (date(2024, 3, 20), "open"),
        (date(2024, 5, 31), "closed"),
        (date(2025, 2, 3), "open"),
    ]
    intervals = status_intervals(date(2024, 1, 10), changes)
    assert intervals == [(date(2024, 1, 10), date(2024, 5, 31)), (date(2025, 2, 3), None)]
    assert served_in(parse_period("2024-Q2"), intervals)  # closed on 31 May: still served
    assert not served_in(parse_period("2024-Q3"), intervals)  # wholly between
    assert not served_in(parse_period("2024-H2"), intervals)
    assert served_in(parse_period("2025"), intervals)


def test_german_level_change() -> None:
    assert german_level_change("a1", "b1") == "improved"
    assert german_level_change("b1", "b1") == "unchanged"
    assert german_level_change("b2", "a2") == "declined"
    assert german_level_change("unknown", "b1") == "unknown"
    assert german_level_change("a1", "not_recorded") == "unknown"


def retained(opened: date, closed: date | None, **categories: object) -> tuple:  # type: ignore[type-arg]
    base: dict[str, object] = {
        "schema": 1,
        "case_management": False,
        "closure_type": "contact_lost",
        "family_members": 1,
        "fields_of_action": ["housing"],
        "age_group": "27_to_44",
        "gender": "female",
        "nationality_region": "asia",
        "residence_status": "settlement_permit",
        "arrival_group": "under_1",
        "how_found": "jobcenter",
        "intake": {
            "german_level": "a1",
            "employment_status": "unemployed",
            "benefits": "sgb2",
            "course_status": "waiting",
        },
        "closure": {
            "german_level": "b1",
            "employment_status": "employed",
            "benefits": "none",
            "course_status": "completed",
        },
        "client_periods": ["2024", "2024-H1"],
        "contacts": {"2024": {"office": 5, "phone": 2}, "2024-H1": {"office": 3}},
        "contacts_with_interpreter": {"2024": 2, "2024-H1": 1},
        "referrals": {"2024": {"jobcenter": 1}},
        "goals": {"housing": {"achieved": 1}},
    }
    base.update(categories)
    return opened, closed, base


def test_retained_rows_count_by_period_keys() -> None:
    rows = [retained(date(2024, 2, 1), date(2024, 9, 1))]
    year = tally_retained(rows, parse_period("2024"))
    assert year.clients == 1 and year.cases == 1 and year.cases_new == 1
    assert year.contacts == Counter({"office": 5, "phone": 2})
    assert year.interpreter == 2
    assert year.closures == Counter({("contact_lost", "counselling"): 1})
    assert year.goals == Counter({("housing", "achieved"): 1})
    assert year.outcomes["german_level"] == Counter({("a1", "b1"): 1})
    assert not year.retained_partial
    second_half = tally_retained(rows, parse_period("2024-H2"))
    assert second_half.contacts == Counter({"office": 2, "phone": 2})  # year minus H1
    assert second_half.clients == 1 and second_half.cases_new == 0
    quarter = tally_retained(rows, parse_period("2024-Q2"))
    assert quarter.retained_partial and not quarter.contacts
    assert quarter.cases == 1
    assert tally_retained(rows, parse_period("2024-Q4")).cases == 0  # closed in September
    assert tally_retained(rows, parse_period("2025")).cases == 0


def test_retained_client_count_follows_client_periods() -> None:
    rows = [
        retained(date(2024, 1, 1), date(2024, 3, 1)),
        retained(date(2024, 4, 1), None, client_periods=[]),  # same person, second case
    ]
    tally = tally_retained(rows, parse_period("2024"))
    assert tally.cases == 2 and tally.clients == 1


def test_retained_rows_with_quarters_count_quarters_exactly() -> None:
    """Rows written since migration 0005 keep their counts per quarter; old rows (above) do
    not, and for a quarter they count as before: one client each, contacts missing."""
    quarters = {
        "client_quarters": ["2024-Q1", "2024-Q3"],  # Q2: another case of the client carries it
        "case_management_quarters": ["2024-Q3"],
        "contacts": {"2024-Q1": {"office": 3}, "2024-Q3": {"office": 2, "phone": 2}},
        "contacts_with_interpreter": {"2024-Q1": 1, "2024-Q3": 1},
        "referrals": {"2024-Q3": {"jobcenter": 1}},
    }
    rows = [retained(date(2024, 2, 1), date(2024, 9, 1), quarters=quarters)]
    first = tally_retained(rows, parse_period("2024-Q1"))
    assert not first.retained_partial
    assert first.clients == 1 and first.cases == 1 and first.cases_new == 1
    assert first.contacts == Counter({"office": 3}) and first.interpreter == 1
    assert first.forms == Counter({"counselling": 1})  # Case Management only from Q3
    second = tally_retained(rows, parse_period("2024-Q2"))
    assert not second.retained_partial
    assert second.clients == 0 and second.cases == 1 and not second.contacts
    third = tally_retained(rows, parse_period("2024-Q3"))
    assert third.contacts == Counter({"office": 2, "phone": 2})
    assert third.referrals == Counter({"jobcenter": 1})
    assert third.forms == Counter({"case_management": 1})
    assert third.closures == Counter({("contact_lost", "case_management"): 1})
    assert tally_retained(rows, parse_period("2024-Q4")).cases == 0
    # Years and half-years still come from the per-year counts.
    assert tally_retained(rows, parse_period("2024")).contacts == Counter({"office": 5, "phone": 2})


def test_stored_row_reads_its_quarters_column() -> None:
    assert retained_categories('{"schema": 1}', None) == {"schema": 1}
    assert retained_categories('{"schema": 1}', '{"client_quarters": []}') == {
        "schema": 1,
        "quarters": {"client_quarters": []},
    }


def test_reduce_client_keeps_quarters() -> None:
    client = ClientFacts(
        gender="female",
        birth_date=None,
        birth_year=1990,
        first_nationality="UA",
        residence_status="temporary_protection_24",
        arrival_date=date(2022, 4, 1),
        how_found="jobcenter",
        german_level="a2",
        employment_status="unemployed",
        benefits="sgb2",
        course_status="waiting",
    )
    first = CaseFacts(
        date(2024, 2, 10),
        date(2024, 5, 20),
        "case_management",
        ("counselling", "case_management"),
        "other",
        0,
        (),
        contacts=(
            ContactFacts(date(2024, 3, 31), "office", True),
            ContactFacts(date(2024, 4, 1), "phone", False),
        ),
        referrals=(ReferralFacts(date(2024, 5, 2), "jobcenter"),),
        form_changes=((date(2024, 2, 10), "counselling"), (date(2024, 4, 15), "case_management")),
    )
    second = CaseFacts(date(2024, 5, 2), date(2024, 8, 5), "counselling", (), "other", 0, ())
    quarters = [row.quarters for row in reduce_client(client, [first, second])]
    assert quarters[0] == {
        "client_quarters": ["2024-Q1", "2024-Q2"],
        "case_management_quarters": ["2024-Q2"],
        "contacts": {"2024-Q1": {"office": 1}, "2024-Q2": {"phone": 1}},
        "contacts_with_interpreter": {"2024-Q1": 1},
        "referrals": {"2024-Q2": {"jobcenter": 1}},
    }
    # The second case carries the client only where the first was no longer active.
    assert quarters[1]["client_quarters"] == ["2024-Q3"]
    assert quarters[1]["case_management_quarters"] == []


def test_build_tables_overview_matches_totals() -> None:
    tally = Tally()
    tally.gender_age[("female", "27_to_44")] = 7
    tally.forms["case_management"] = 2
    tally.forms["counselling"] = 6
    tally.contacts["office"] = 11
    tally.interpreter = 4
    tables = {t.name: t for t in build_tables(tally)}
    overview = tables["overview"]
    assert overview.value("clients") == 7
    assert overview.value("cases") == 8
    assert tables["contacts_by_interpreter"].value("without") == 7
    assert tables["cases_by_form"].total == overview.value("cases")
