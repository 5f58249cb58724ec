"""Reminder rules: lead times, keys, groups and snoozing (plain Python, no store)."""

from __future__ import annotations

from datetime import date

import pytest

from mbe_desktop.domain.errors import ValidationError
from mbe_desktop.domain.reminders import (
    AUTOMATIC_SOURCES,
    DEFAULT_RULES,
    Bucket,
    ReminderRules,
    Rule,
    Snooze,
    bucket_of,
    check_snooze_date,
    effective_due,
    group,
    horizon,
    manual_key,
    parse_key,
    place_of,
    snooze_target,
    source_key,
    week_end,
)

WEDNESDAY = date(2026, 6, 17)


def test_default_lead_times() -> None:
    rules = ReminderRules.defaults()
    # 8 weeks before the residence title expires
    assert rules.rule("residence_expiry").due_on(date(2026, 8, 12)) == date(2026, 6, 17)
    assert rules.rule("step_due").due_on(WEDNESDAY) == WEDNESDAY
    assert rules.rule("agreement_review").due_on(date(2026, 6, 24)) == WEDNESDAY
    # 6 weeks after the last contact, 14 days after sending a referral
    assert rules.rule("cm_no_contact").due_on(date(2026, 5, 6)) == WEDNESDAY
    assert rules.rule("referral_feedback").due_on(date(2026, 6, 3)) == WEDNESDAY
    assert set(DEFAULT_RULES) == set(AUTOMATIC_SOURCES)
    assert all(rule.enabled for rule in rules.enabled())


def test_event_on_inverts_due_on() -> None:
    for rule in (
        Rule("residence_expiry", True, 3, 7, True),
        Rule("cm_no_contact", True, 2, 7, False),
    ):
        assert rule.event_on(rule.due_on(WEDNESDAY)) == WEDNESDAY


def test_disabled_rules_are_left_out() -> None:
    off = ReminderRules(dict(DEFAULT_RULES) | {"step_due": Rule("step_due", False, 0, 1, True)})
    assert "step_due" not in [rule.source for rule in off.enabled()]
    assert len(off.enabled()) == len(AUTOMATIC_SOURCES) - 1


def test_keys_hold_ids_and_the_date_only() -> None:
    key = source_key("step_due", 17, date(2026, 7, 1))
    assert key == "step:17:2026-07-01"
    assert parse_key(key) == ("step_due", 17, date(2026, 7, 1))
    assert parse_key(manual_key(5)) == ("manual", 5, None)
    for bad in ("", "nonsense:1", "step:x:2026-01-01", "step:1", "manual:1:2"):
        with pytest.raises(ValueError):
            parse_key(bad)


def test_places() -> None:
    assert place_of("manual") == "record"
    assert place_of("residence_expiry") == "record"
    assert place_of("step_due") == "plan"
    assert place_of("agreement_review") == "plan"
    assert place_of("cm_no_contact") == "contacts"
    assert place_of("referral_feedback") == "referrals"


def test_groups_overdue_today_week_later() -> None:
    assert week_end(WEDNESDAY) == date(2026, 6, 21)
    assert week_end(date(2026, 6, 21)) == date(2026, 6, 21)  # Sunday ends its own week
    assert horizon(WEDNESDAY) == date(2026, 7, 15)
    assert bucket_of(date(2026, 6, 16), WEDNESDAY) == Bucket.OVERDUE
    assert bucket_of(WEDNESDAY, WEDNESDAY) == Bucket.TODAY
    assert bucket_of(date(2026, 6, 21), WEDNESDAY) == Bucket.THIS_WEEK
    assert bucket_of(date(2026, 6, 22), WEDNESDAY) == Bucket.LATER
    assert bucket_of(date(2026, 7, 15), WEDNESDAY) == Bucket.LATER
    assert bucket_of(date(2026, 7, 16), WEDNESDAY) is None
    days = [date(2026, 6, d) for d in (10, 17, 18, 30)] + [date(2026, 9, 1)]
    groups = group(days, WEDNESDAY, lambda day: day)
    assert [len(groups[bucket]) for bucket in Bucket] == [1, 1, 1, 1]


def test_snooze_never_brings_forward() -> None:
    assert effective_due(WEDNESDAY, None) == WEDNESDAY
    assert effective_due(WEDNESDAY, date(2026, 6, 20)) == date(2026, 6, 20)
    assert effective_due(WEDNESDAY, date(2026, 6, 1)) == WEDNESDAY
    overdue = date(2026, 6, 1)
    assert snooze_target(Snooze.DAY, WEDNESDAY, overdue) == date(2026, 6, 18)
    assert snooze_target(Snooze.WEEK, WEDNESDAY, overdue) == date(2026, 6, 24)
    ahead = date(2026, 6, 30)
    assert snooze_target(Snooze.DAY, WEDNESDAY, ahead) == date(2026, 7, 1)


def test_snooze_date_must_lie_ahead() -> None:
    assert check_snooze_date(date(2026, 6, 18), WEDNESDAY) == date(2026, 6, 18)
    for bad in (None, WEDNESDAY, date(2026, 6, 1), date(2030, 1, 1)):
        with pytest.raises(ValidationError) as raised:
            check_snooze_date(bad, WEDNESDAY)
        assert raised.value.field == "until"
