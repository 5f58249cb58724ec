"""Reminder rules for the Heute view: when an automatic follow-up falls due, how due items group.

Automatic follow-ups are not stored: they are derived from the data each time (a residence title
expiring, a step due, a review date of the goal agreement, a Case Management case without
contact, a referral without feedback), so they move when the data change. Only what the user
did with one (done, snoozed) is stored, under a *source key* of ids and the underlying date,
e.g. ``"step:17:2026-07-01"``: when the date changes, the key changes and a reminder marked
done comes back for the new date.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from mbe_desktop.domain.errors import ValidationError
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP

__all__ = [
    "AGREEMENT_REVIEW",
    "AUTOMATIC_SOURCES",
    "CM_NO_CONTACT",
    "DEFAULT_RULES",
    "LATER_DAYS",
    "MANUAL",
    "PLACES",
    "REFERRAL_FEEDBACK",
    "RESIDENCE_EXPIRY",
    "STEP_DUE",
    "Bucket",
    "ReminderRules",
    "Rule",
    "Snooze",
    "bucket_of",
    "check_snooze_date",
    "effective_due",
    "group",
    "horizon",
    "key_prefix",
    "manual_key",
    "parse_key",
    "place_of",
    "snooze_target",
    "source_key",
    "week_end",
]

MANUAL = "manual"
RESIDENCE_EXPIRY = "residence_expiry"
STEP_DUE = "step_due"
AGREEMENT_REVIEW = "agreement_review"
CM_NO_CONTACT = "cm_no_contact"
REFERRAL_FEEDBACK = "referral_feedback"
AUTOMATIC_SOURCES = (
    RESIDENCE_EXPIRY,
    STEP_DUE,
    AGREEMENT_REVIEW,
    CM_NO_CONTACT,
    REFERRAL_FEEDBACK,
)

# Key prefixes: short, stable, ids only (they are stored in follow_up.source_key).
_PREFIXES = {
    MANUAL: "manual",
    RESIDENCE_EXPIRY: "residence",
    STEP_DUE: "step",
    AGREEMENT_REVIEW: "agreement",
    CM_NO_CONTACT: "cm",
    REFERRAL_FEEDBACK: "referral",
}
_SOURCES = {prefix: source for source, prefix in _PREFIXES.items()}

# Where a click on an item leads in the client record.
PLACES = ("record", "contacts", "plan", "referrals")
_PLACES = {
    MANUAL: "record",
    RESIDENCE_EXPIRY: "record",
    STEP_DUE: "plan",
    AGREEMENT_REVIEW: "plan",
    CM_NO_CONTACT: "contacts",
    REFERRAL_FEEDBACK: "referrals",
}

# How far the Heute view looks ahead ("Später": up to four weeks from today).
LATER_DAYS = 28


class Bucket(enum.IntEnum):
    OVERDUE = 0
    TODAY = 1
    THIS_WEEK = 2  # after today, up to Sunday of the current week
    LATER = 3  # after this week, up to LATER_DAYS from today


@dataclass(frozen=True)
class Rule:
    """One automatic reminder: on/off and its lead time (before) or waiting time (after)."""

    source: str
    enabled: bool
    amount: int  # in units of `unit_days`
    unit_days: int  # 1 (days) or 7 (weeks)
    before: bool  # True: `amount` before the underlying date; False: after it

    @property
    def offset_days(self) -> int:
        """Days from the underlying date to the reminder date (negative: earlier)."""
        days = self.amount * self.unit_days
        return -days if self.before else days

    def due_on(self, event_on: date) -> date:
        return event_on + timedelta(days=self.offset_days)

    def event_on(self, due_on: date) -> date:
        """The underlying date whose reminder falls on ``due_on`` (for bounds in SQL)."""
        return due_on - timedelta(days=self.offset_days)


DEFAULT_RULES: Mapping[str, Rule] = {
    # Extending a residence title takes weeks at the Ausländerbehörde.
    RESIDENCE_EXPIRY: Rule(RESIDENCE_EXPIRY, True, 8, 7, True),
    STEP_DUE: Rule(STEP_DUE, True, 0, 1, True),
    # A review needs an appointment: a week's notice.
    AGREEMENT_REVIEW: Rule(AGREEMENT_REVIEW, True, 7, 1, True),
    CM_NO_CONTACT: Rule(CM_NO_CONTACT, True, 6, 7, False),
    REFERRAL_FEEDBACK: Rule(REFERRAL_FEEDBACK, True, 14, 1, False),
}


@dataclass(frozen=True)
class ReminderRules:
    """The rules in force (from the settings); missing ones take their defaults."""

    rules: Mapping[str, Rule]

    @classmethod
    def defaults(cls) -> ReminderRules:
        return cls(dict(DEFAULT_RULES))

    def rule(self, source: str) -> Rule:
        return self.rules.get(source, DEFAULT_RULES[source])

    def enabled(self) -> tuple[Rule, ...]:
        return tuple(self.rule(source) for source in AUTOMATIC_SOURCES if self.rule(source).enabled)


# --- keys ------------------------------------------------------------------------------------


def source_key(source: str, record_id: int, event_on: date) -> str:
    """``"step:17:2026-07-01"``: the record's id and the date the reminder derives from."""
    return f"{_PREFIXES[source]}:{record_id}:{event_on.isoformat()}"


def key_prefix(source: str) -> str:
    return _PREFIXES[source]


def manual_key(follow_up_id: int) -> str:
    return f"manual:{follow_up_id}"


def parse_key(key: str) -> tuple[str, int, date | None]:
    """(source, record id, underlying date or None for manual ones); ValueError if malformed."""
    parts = key.split(":")
    source = _SOURCES.get(parts[0]) if parts else None
    if source is None:
        raise ValueError("unknown follow-up key")
    if source == MANUAL:
        if len(parts) != 2:
            raise ValueError("malformed follow-up key")
        return source, int(parts[1]), None
    if len(parts) != 3:
        raise ValueError("malformed follow-up key")
    return source, int(parts[1]), date.fromisoformat(parts[2])


def place_of(source: str) -> str:
    return _PLACES.get(source, "record")


# --- dates and groups ------------------------------------------------------------------------


def effective_due(due_on: date, snoozed_until: date | None) -> date:
    """A snooze moves a follow-up later, never earlier."""
    return snoozed_until if snoozed_until is not None and snoozed_until > due_on else due_on


def week_end(today: date) -> date:
    """Sunday of the current calendar week (German weeks start on Monday)."""
    return today + timedelta(days=6 - today.weekday())


def horizon(today: date) -> date:
    return today + timedelta(days=LATER_DAYS)


def bucket_of(due_on: date, today: date) -> Bucket | None:
    """The group of the Heute view, or None when it lies beyond the horizon."""
    if due_on < today:
        return Bucket.OVERDUE
    if due_on == today:
        return Bucket.TODAY
    if due_on <= week_end(today):
        return Bucket.THIS_WEEK
    if due_on <= horizon(today):
        return Bucket.LATER
    return None


T = TypeVar("T")


def group(items: Iterable[T], today: date, due: Callable[[T], date]) -> dict[Bucket, list[T]]:
    """Items by group, in the order given; items beyond the horizon are left out."""
    groups: dict[Bucket, list[T]] = {bucket: [] for bucket in Bucket}
    for item in items:
        bucket = bucket_of(due(item), today)
        if bucket is not None:
            groups[bucket].append(item)
    return groups


# --- snoozing --------------------------------------------------------------------------------


class Snooze(enum.StrEnum):
    DAY = "day"
    WEEK = "week"


def snooze_target(option: Snooze, today: date, due_on: date) -> date:
    """One day / one week later — counted from today for what is due, from its date for what
    lies ahead (a snooze never brings a follow-up forward)."""
    days = 1 if option == Snooze.DAY else 7
    return max(today, due_on) + timedelta(days=days)


def check_snooze_date(until: date | None, today: date) -> date:
    if until is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Bitte ein Datum angeben, bis zu dem zurückgestellt wird."
            ),
            "until",
        )
    if until <= today:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Zurückstellen geht nur auf einen späteren Tag als heute."
            ),
            "until",
        )
    if until > today + timedelta(days=3 * 366):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Bitte höchstens drei Jahre im Voraus zurückstellen."),
            "until",
        )
    return until
