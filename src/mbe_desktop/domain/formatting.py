"""German formatting of dates for documents and messages (plain Python, no Qt)."""

from __future__ import annotations

from datetime import date


def format_date_de(value: date) -> str:
    """A date as Germans write it: ``25.11.2026`` (day and month with leading zeros)."""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


WITHHELD_MARK = "•"  # a count withheld by the small-number rule (statistics export)


def format_count(value: int | None) -> str:
    """German thousands separator ("12.345"); the withheld mark for None."""
    if value is None:
        return WITHHELD_MARK
    return f"{value:,}".replace(",", ".")
