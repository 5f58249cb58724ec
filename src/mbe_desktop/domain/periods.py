"""Statistics periods: a year, a half-year, a quarter or a free from–to range.

Text forms (command line, export manifest, the ``statistics_export`` table): ``2025``,
``2025-H1`` / ``2025-H2``, ``2025-Q1`` … ``2025-Q4`` and ``2025-03-01..2025-04-15`` for a free
range. Every period is a closed range of whole days; labels are German.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from mbe_desktop.domain.errors import ValidationError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text

__all__ = [
    "EARLIEST_YEAR",
    "LATEST_YEAR",
    "Period",
    "parse_date",
    "parse_period",
    "period_between",
    "period_for",
    "year_to_date",
]

# Far enough back for any MBE documentation (the MBE started in 2005), far enough ahead that a
# typo like "20255" is refused instead of producing an empty statistic.
EARLIEST_YEAR = 2000
LATEST_YEAR = 2100

KINDS = ("year", "half", "quarter", "range")

_YEAR = re.compile(r"^(\d{4})$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")
_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")

PERIOD_HELP = QT_TRANSLATE_NOOP(
    "Messages",
    "Zeitraum bitte als Jahr (2025), Halbjahr (2025-H1, 2025-H2), Quartal (2025-Q1 … 2025-Q4) "
    "oder mit Anfangs- und Enddatum angeben.",
)


@dataclass(frozen=True, order=True)
class Period:
    """A closed range of days; ``key`` is the canonical text form (see the module doc)."""

    start: date
    end: date
    kind: str  # KINDS
    key: str

    @property
    def label(self) -> str:
        """German: "2025", "1. Halbjahr 2025", "2. Quartal 2025", "01.03.2025 – 15.04.2025".

        Exports, PDFs and the statistics for the provider use this one (always German)."""
        return str(self._label_text())

    def display_label(self) -> str:
        """The label in the UI language, for the screen only."""
        return self._label_text().translated()

    def _label_text(self) -> Text:
        year = self.start.year
        if self.kind == "year":
            return Text(str(year))
        if self.kind == "half":
            return Text(
                QT_TRANSLATE_NOOP("Messages", "{number}. Halbjahr {year}"),
                {"number": self.key[-1], "year": year},
            )
        if self.kind == "quarter":
            return Text(
                QT_TRANSLATE_NOOP("Messages", "{number}. Quartal {year}"),
                {"number": self.key[-1], "year": year},
            )
        return Text(f"{format_date_de(self.start)} – {format_date_de(self.end)}")  # as in German

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def is_future(self, today: date) -> bool:
        return self.start > today

    def months(self) -> tuple[date, date]:
        """First days of the first and the last month the period touches (retained rows keep
        only the month, see docs/privacy.md)."""
        return self.start.replace(day=1), self.end.replace(day=1)

    @property
    def retained_key(self) -> str | None:
        """The period key under which retained rows keep per-period counts, if any: whole
        years and first half-years only (``domain.anonymise.period_keys``)."""
        if self.kind == "year":
            return self.key
        if self.kind == "half" and self.key.endswith("H1"):
            return self.key
        return None


def _year(text: str) -> int:
    year = int(text)
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Das Jahr {year} liegt außerhalb von {first} bis {last}."
            ),
            "period",
            year=year,
            first=EARLIEST_YEAR,
            last=LATEST_YEAR,
        )
    return year


def period_for(year: int, kind: str = "year", number: int = 1) -> Period:
    """The year, its half-year ``number`` (1, 2) or quarter ``number`` (1–4)."""
    _year(str(year))
    if kind == "year":
        return Period(date(year, 1, 1), date(year, 12, 31), "year", str(year))
    if kind == "half" and number in (1, 2):
        first = 1 if number == 1 else 7
        return Period(
            date(year, first, 1), _month_end(year, first + 5), "half", f"{year}-H{number}"
        )
    if kind == "quarter" and 1 <= number <= 4:
        first = 3 * number - 2
        return Period(
            date(year, first, 1), _month_end(year, first + 2), "quarter", f"{year}-Q{number}"
        )
    raise ValidationError(PERIOD_HELP, "period")


def _month_end(year: int, month: int) -> date:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return following - timedelta(days=1)


def period_between(start: date, end: date) -> Period:
    """A free range; a range that is exactly a year, half-year or quarter gets that form, so
    the same days always carry the same key."""
    if start > end:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Der Anfang ({start}) liegt nach dem Ende ({end})."),
            "from",
            start=format_date_de(start),
            end=format_date_de(end),
        )
    _year(str(start.year))
    _year(str(end.year))
    if start.year == end.year:
        year = start.year
        for candidate in (
            period_for(year),
            *(period_for(year, "half", n) for n in (1, 2)),
            *(period_for(year, "quarter", n) for n in (1, 2, 3, 4)),
        ):
            if (candidate.start, candidate.end) == (start, end):
                return candidate
    return Period(start, end, "range", f"{start.isoformat()}..{end.isoformat()}")


def parse_date(text: str, field: str = "date") -> date:
    """``2025-03-01`` or ``01.03.2025`` (German); a clear German message otherwise."""
    cleaned = text.strip()
    try:
        german = _GERMAN_DATE.match(cleaned)
        if german:
            day, month, year = (int(part) for part in german.groups())
            return date(year, month, day)
        if re.match(r"^\d{4}-\d{2}-\d{2}$", cleaned):
            return date.fromisoformat(cleaned)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "„{text}“ ist kein gültiges Datum."), field, text=cleaned
        ) from None
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Messages", "„{text}“ ist kein Datum: bitte als TT.MM.JJJJ oder JJJJ-MM-TT angeben."
        ),
        field,
        text=cleaned,
    )


def parse_period(text: str) -> Period:
    """Parse a period key (see the module doc); raises ValidationError with a German hint."""
    cleaned = text.strip().upper()
    if match := _YEAR.match(cleaned):
        return period_for(_year(match[1]))
    if match := _HALF.match(cleaned):
        return period_for(_year(match[1]), "half", int(match[2]))
    if match := _QUARTER.match(cleaned):
        return period_for(_year(match[1]), "quarter", int(match[2]))
    if match := _RANGE.match(cleaned):
        return period_between(parse_date(match[1], "from"), parse_date(match[2], "to"))
    if not text.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "„(leer)“ ist kein gültiger Zeitraum. {help}"),
            "period",
            help=Text(PERIOD_HELP),
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP("Messages", "„{text}“ ist kein gültiger Zeitraum. {help}"),
        "period",
        text=text.strip(),
        help=Text(PERIOD_HELP),
    )


def year_to_date(today: date) -> Period:
    """The default of the Statistik view: 1 January of this year up to today."""
    return period_between(date(today.year, 1, 1), today)
