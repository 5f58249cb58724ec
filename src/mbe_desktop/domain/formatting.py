"""German formatting of dates for documents and messages (plain Python, no Qt)."""

from __future__ import annotations

from datetime import date


def format_date_de(value: date) -> str:
    """A date as Germans write it: ``25.11.2026`` (day and month with leading zeros)."""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
