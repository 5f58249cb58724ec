"""Rules for cases, contacts, goal agreements and closure: plain checks with German reasons.

Each check raises ``ValidationError`` naming the offending field; the service calls them before
it writes anything, so a refused command leaves every record as it was. A ``label`` names the
input in the messages: mark it ``QT_TRANSLATE_NOOP("Messages", …)`` where it is written, so
that it is translated with the message.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain.client_rules import clean_block, clean_line
from mbe_desktop.domain.errors import ValidationError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text

# The MBE exists since 2005: anything earlier is a typing error, not history.
EARLIEST_DATE = date(2005, 1, 1)
# A contact entered "now" may carry a clock a few minutes ahead of the laptop's.
FUTURE_TOLERANCE = timedelta(minutes=5)
MAX_DURATION_MINUTES = 12 * 60
MAX_FAMILY_MEMBERS = 30
MAX_NOTE_CHARS = 20_000
MAX_GOAL_CHARS = 1_000
MAX_STEP_CHARS = 500
MAX_PLACE_CHARS = 200
MAX_GOALS = 30
MAX_STEPS_PER_GOAL = 40
MAX_TEMPLATE_NAME_CHARS = 200


def text(value: str, label: str, field: str, limit: int, *, required: bool = False) -> str:
    """``value`` cleaned to one line; refused when empty (if required) or too long."""
    cleaned = clean_line(value)
    return _limited(cleaned, label, field, limit, required)


def block(value: str, label: str, field: str, limit: int, *, required: bool = False) -> str:
    """``value`` cleaned as multi-line text; refused when empty (if required) or too long."""
    cleaned = clean_block(value)
    return _limited(cleaned, label, field, limit, required)


def _limited(cleaned: str, label: str, field: str, limit: int, required: bool) -> str:
    if required and not cleaned:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Bitte „{label}“ ausfüllen."), field, label=Text(label)
        )
    if len(cleaned) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "„{label}“ ist zu lang: höchstens {limit} Zeichen, eingegeben {length}."
            ),
            field,
            label=Text(label),
            limit=_number(limit),
            length=_number(len(cleaned)),
        )
    return cleaned


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def code(value: str, catalogue: cat.Catalogue, label: str, field: str) -> str:
    if value not in catalogue:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "„{label}“: unbekannter Wert."), field, label=Text(label)
        )
    return value


def optional_code(
    value: str | None, catalogue: cat.Catalogue, label: str, field: str
) -> str | None:
    return None if value in (None, "") else code(value or "", catalogue, label, field)


def fields_of_action(codes: Iterable[str], field: str = "fields") -> tuple[str, ...]:
    """Known codes, each once, in catalogue order."""
    wanted = set(codes)
    unknown = wanted - set(cat.FIELDS_OF_ACTION.codes())
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("Messages", "Unbekanntes Handlungsfeld."), field)
    return tuple(code for code in cat.FIELDS_OF_ACTION.codes() if code in wanted)


def day(value: date | None, label: str, field: str, today: date, *, required: bool = True) -> date:
    """A date that is given, not before 2005 and not after today."""
    if value is None:
        if required:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Bitte „{label}“ angeben."), field, label=Text(label)
            )
        return today
    if value < EARLIEST_DATE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "„{label}“ liegt vor {year} – bitte das Datum prüfen."),
            field,
            label=Text(label),
            year=EARLIEST_DATE.year,
        )
    if value > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "„{label}“ darf nicht in der Zukunft liegen."),
            field,
            label=Text(label),
        )
    return value


def not_before(value: date, earliest: date, message: str, field: str, **params: object) -> None:
    """``message``: a template with ``{earliest}`` (the date, formatted here) and ``params``."""
    if value < earliest:
        raise ValidationError(message, field, earliest=format_date_de(earliest), **params)


def contact_time(occurred_at: datetime | None, now: datetime, opened_on: date) -> datetime:
    if occurred_at is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Bitte Datum und Uhrzeit des Kontakts angeben."),
            "occurred_at",
        )
    if occurred_at > now + FUTURE_TOLERANCE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Ein Kontakt in der Zukunft kann nicht erfasst werden. Termine gehören in eine "
                "Wiedervorlage.",
            ),
            "occurred_at",
        )
    if occurred_at.date() < opened_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Der Kontakt liegt vor der Eröffnung des Beratungsfalls am {opened}. Bitte das "
                "Datum prüfen oder das Eröffnungsdatum des Falls ändern.",
            ),
            "occurred_at",
            opened=format_date_de(opened_on),
        )
    return occurred_at.replace(second=0, microsecond=0, tzinfo=None)


def duration(minutes: int) -> int:
    if not isinstance(minutes, int) or minutes < 0 or minutes > MAX_DURATION_MINUTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Die Dauer muss zwischen 0 und {limit} Minuten liegen."),
            "duration_minutes",
            limit=MAX_DURATION_MINUTES,
        )
    return minutes


def family_members(count: int) -> int:
    if not isinstance(count, int) or count < 0 or count > MAX_FAMILY_MEMBERS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Mitberatene Familienangehörige: 0 bis {limit}."),
            "family_members",
            limit=MAX_FAMILY_MEMBERS,
        )
    return count
