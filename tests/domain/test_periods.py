"""Statistics periods: parsing, canonical keys, German labels and refusals."""

from __future__ import annotations

from datetime import date

import pytest

from mbe_desktop.domain.errors import ValidationError
from mbe_desktop.domain.periods import (
    parse_date,
    parse_period,
    period_between,
    period_for,
    year_to_date,
)


@pytest.mark.parametrize(
    ("text", "start", "end", "kind", "label"),
    [
        ("2025", date(2025, 1, 1), date(2025, 12, 31), "year", "2025"),
        ("2025-H1", date(2025, 1, 1), date(2025, 6, 30), "half", "1. Halbjahr 2025"),
        ("2025-h2", date(2025, 7, 1), date(2025, 12, 31), "half", "2. Halbjahr 2025"),
        ("2024-Q1", date(2024, 1, 1), date(2024, 3, 31), "quarter", "1. Quartal 2024"),
        ("2025-Q2", date(2025, 4, 1), date(2025, 6, 30), "quarter", "2. Quartal 2025"),
        ("2025-Q4", date(2025, 10, 1), date(2025, 12, 31), "quarter", "4. Quartal 2025"),
        (
            "2025-03-10..2025-04-15",
            date(2025, 3, 10),
            date(2025, 4, 15),
            "range",
            "10.03.2025 – 15.04.2025",
        ),
    ],
)
def test_parse_period(text: str, start: date, end: date, kind: str, label: str) -> None:
    period = parse_period(f"  {text} ")
    assert (period.start, period.end, period.kind, period.label) == (start, end, kind, label)
    assert parse_period(period.key) == period


def test_leap_year_quarter_and_days() -> None:
    assert parse_period("2024-Q1").days == 31 + 29 + 31
    assert parse_period("2024").days == 366


def test_a_range_that_is_a_quarter_gets_the_quarter_key() -> None:
    assert period_between(date(2025, 4, 1), date(2025, 6, 30)).key == "2025-Q2"
    assert period_between(date(2025, 1, 1), date(2025, 12, 31)).key == "2025"
    assert period_between(date(2025, 1, 1), date(2025, 6, 30)).key == "2025-H1"
    assert period_between(date(2024, 12, 1), date(2025, 1, 31)).kind == "range"


@pytest.mark.parametrize(
    "text", ["", "25", "2025-H3", "2025-Q5", "2025-Q0", "20255", "1999", "2025-02-30..2025-03-01"]
)
def test_bad_period_text_is_refused_in_german(text: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_period(text)
    assert (
        "Zeitraum" in error.value.message
        or "Datum" in error.value.message
        or "Jahr" in (error.value.message)
    )


def test_from_after_to_is_refused() -> None:
    with pytest.raises(ValidationError, match="liegt nach dem Ende") as error:
        period_between(date(2025, 5, 1), date(2025, 4, 30))
    assert error.value.field == "from"


def test_parse_date_german_and_iso() -> None:
    assert parse_date("1.3.2025") == date(2025, 3, 1)
    assert parse_date("2025-03-01") == date(2025, 3, 1)
    with pytest.raises(ValidationError, match="kein gültiges Datum"):
        parse_date("31.02.2025")
    with pytest.raises(ValidationError, match=r"TT\.MM\.JJJJ"):
        parse_date("März 2025")


def test_year_to_date_and_retained_keys() -> None:
    period = year_to_date(date(2026, 6, 15))
    assert (period.start, period.end) == (date(2026, 1, 1), date(2026, 6, 15))
    assert period.retained_key is None
    assert period_for(2025).retained_key == "2025"
    assert period_for(2025, "half", 1).retained_key == "2025-H1"
    assert period_for(2025, "half", 2).retained_key is None
    assert period.is_future(date(2025, 12, 31))
    assert not period.is_future(date(2026, 1, 1))
