"""Follow-ups: manual ones, the automatic reminders and their state, the Heute list, .ics."""

from __future__ import annotations

import os
import stat
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import icalendar
import pytest
import time_machine
from client_fixtures import sql
from follow_up_fixtures import (
    BIRTH,
    TODAY,
    add_agreement,
    add_contact,
    add_referral,
    add_step,
    person,
    set_referral,
    set_step,
)

import mbe_desktop.services.follow_ups as follow_ups_module
from mbe_desktop.app import Services, unlock_store
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.domain.reminders import Bucket
from mbe_desktop.paths import DataPaths
from mbe_desktop.services.cases import ContactInput
from mbe_desktop.services.demo import generate_demo
from mbe_desktop.services.follow_ups import DueList, FollowUpInput, FollowUpService
from mbe_desktop.services.settings import (
    REMIND_RESIDENCE_EXPIRY,
    REMIND_STEP_DUE,
    RESIDENCE_EXPIRY_WEEKS,
    STEP_DUE_DAYS,
)

PASSPHRASE = "Kiefernzapfen-Regenschirm-42"


def service(services: Services, today: date = TODAY) -> FollowUpService:
    return FollowUpService(services.store, today=lambda: today)


def due(services: Services, today: date = TODAY) -> DueList:
    return service(services, today).due_list()


def keyed(listing: DueList) -> dict[str, tuple[Bucket, date]]:
    return {item.key: (item.bucket, item.due_on) for item in listing.items}


def days(n: int) -> timedelta:
    return timedelta(days=n)


# --- automatic reminders ---------------------------------------------------------------------


def test_residence_title_reminder_follows_the_valid_until_date(services: Services) -> None:
    valid_until = TODAY + days(56)  # 8 weeks: due today
    client_id, _case = person(services, "Kowalczyk", "Anna", valid_until=valid_until)
    person(services, "Ohnefall", "Bea", valid_until=valid_until, case_status=None)
    person(services, "Fernab", "Cem", valid_until=TODAY + days(200))
    listing = due(services)
    assert keyed(listing) == {
        f"residence:{client_id}:{valid_until.isoformat()}": (Bucket.TODAY, TODAY)
    }
    item = listing.items[0]
    assert (item.source, item.place, item.client_number) == (
        "residence_expiry",
        "record",
        item.client_number,
    )
    assert item.display_name == "Kowalczyk, Anna" and item.event_on == valid_until
    assert listing.due_count == 1
    assert due(services, TODAY - days(1)).count(Bucket.TODAY) == 0  # not before its day

    # The date is edited: the reminder moves with it.
    detail = services.clients.get(client_id)
    later = TODAY + days(56 + 10)
    services.clients.update(
        client_id, replace(detail.data, residence_valid_until=later), detail.version
    )
    moved = due(services)
    assert keyed(moved) == {
        f"residence:{client_id}:{later.isoformat()}": (Bucket.LATER, TODAY + days(10))
    }
    assert moved.due_count == 0


def test_settings_switch_off_and_change_the_lead_time(services: Services) -> None:
    person(services, "Kowalczyk", "Anna", valid_until=TODAY + days(60))
    assert due(services).count(Bucket.THIS_WEEK) == 1  # 8 weeks before: Sunday
    services.settings.set_int(RESIDENCE_EXPIRY_WEEKS, 10)
    assert due(services).count(Bucket.OVERDUE) == 1  # 10 weeks before: two weeks ago
    assert service(services).rules().rule("residence_expiry").amount == 10
    services.settings.set_bool(REMIND_RESIDENCE_EXPIRY, False)
    assert due(services).items == ()


def test_step_due_appears_and_goes_when_done(services: Services) -> None:
    _client, case_id = person(services, "Nguyen", "Lan")
    assert case_id is not None
    step_id = add_step(services, case_id, TODAY + days(2))
    add_step(services, case_id, TODAY - days(3), status="done")
    add_step(services, case_id, None)
    _other, paused = person(services, "Ruhend", "Paul", case_status="paused")
    assert paused is not None
    add_step(services, paused, TODAY)
    listing = due(services)
    assert keyed(listing) == {
        f"step:{step_id}:{(TODAY + days(2)).isoformat()}": (Bucket.THIS_WEEK, TODAY + days(2))
    }
    assert listing.items[0].detail == "Lebenslauf schreiben"
    assert listing.items[0].place == "plan"
    services.settings.set_int(STEP_DUE_DAYS, 2)
    assert due(services).count(Bucket.TODAY) == 1
    services.settings.set_bool(REMIND_STEP_DUE, False)
    assert due(services).total == 0
    services.settings.set_bool(REMIND_STEP_DUE, True)
    set_step(services, step_id, status="done", done_on=TODAY)
    assert due(services).total == 0


def test_agreement_review_of_the_latest_version_only(services: Services) -> None:
    _client, case_id = person(services, "Haddad", "Omar")
    assert case_id is not None
    add_agreement(services, case_id, 1, TODAY - days(30))
    latest = add_agreement(services, case_id, 2, TODAY + days(7))
    listing = due(services)
    assert keyed(listing) == {
        f"agreement:{latest}:{(TODAY + days(7)).isoformat()}": (Bucket.TODAY, TODAY)
    }
    assert listing.items[0].place == "plan"


def test_case_management_without_contact(services: Services) -> None:
    _client, case_id = person(services, "Petrova", "Olga", form="case_management")
    _c2, counselling = person(services, "Beratung", "Ben")
    assert case_id is not None and counselling is not None
    add_contact(services, case_id, datetime(2026, 5, 6, 10, 30))  # exactly 6 weeks ago
    add_contact(services, counselling, datetime(2026, 1, 6, 10, 0))
    listing = due(services)
    assert keyed(listing) == {f"cm:{case_id}:2026-05-06": (Bucket.TODAY, TODAY)}
    assert listing.items[0].place == "contacts"
    # A contact is recorded: the reminder goes (six weeks from the new contact lie ahead).
    services.cases.add_contact(case_id, ContactInput(occurred_at=datetime(2026, 6, 16, 9, 0)))
    assert due(services).total == 0
    assert keyed(due(services, TODAY + days(41))) == {
        f"cm:{case_id}:2026-06-16": (Bucket.TODAY, TODAY + days(41))
    }


def test_case_management_without_any_contact_counts_from_the_opening(
    services: Services,
) -> None:
    _client, case_id = person(
        services, "Petrova", "Olga", form="case_management", opened=TODAY - days(43)
    )
    assert keyed(due(services)) == {
        f"cm:{case_id}:{(TODAY - days(43)).isoformat()}": (Bucket.OVERDUE, TODAY - days(1))
    }


def test_referral_without_feedback(services: Services) -> None:
    _client, case_id = person(services, "Okafor", "Grace")
    assert case_id is not None
    referral_id = add_referral(services, case_id, TODAY - days(14))
    add_referral(services, case_id, None, status="draft")
    add_referral(services, case_id, TODAY - days(30), status="feedback_received", feedback=TODAY)
    listing = due(services)
    assert keyed(listing) == {
        f"referral:{referral_id}:{(TODAY - days(14)).isoformat()}": (Bucket.TODAY, TODAY)
    }
    assert listing.items[0].detail == "Jobcenter Teststadt"
    assert listing.items[0].place == "referrals"
    set_referral(services, referral_id, status="feedback_received", feedback_on=TODAY)
    assert due(services).total == 0


# --- done and snoozed ------------------------------------------------------------------------


def reopen(services: Services, paths: DataPaths) -> Services:
    services.close()
    return unlock_store(paths, PASSPHRASE)


def test_manual_follow_up_lifecycle_survives_a_reload(
    services: Services, store_paths: DataPaths
) -> None:
    client_id, case_id = person(services, "Kowalczyk", "Anna")
    follow_ups = service(services)
    row = follow_ups.create(
        FollowUpInput(client_id, TODAY, "  Bescheid nachfragen ", time(10, 30), case_id)
    )
    assert row.reason == "Bescheid nachfragen" and row.source == "manual"
    item = follow_ups.due_list().items[0]
    assert (item.key, item.bucket, item.due_time, item.place) == (
        f"manual:{row.id}",
        Bucket.TODAY,
        time(10, 30),
        "record",
    )
    follow_ups.snooze(item.key, TODAY + days(7))
    assert keyed(follow_ups.due_list()) == {item.key: (Bucket.LATER, TODAY + days(7))}
    # Editing the date replaces the snooze.
    edited = follow_ups.update(row.id, FollowUpInput(client_id, TODAY + days(3), "Neu", None))
    assert (edited.due_on, edited.snoozed_until, edited.reason) == (TODAY + days(3), None, "Neu")

    reopened = reopen(services, store_paths)
    try:
        again = service(reopened)
        assert keyed(again.due_list()) == {item.key: (Bucket.THIS_WEEK, TODAY + days(3))}
        assert [r.id for r in again.for_client(client_id)] == [row.id]
        again.complete(item.key)
        assert again.due_list().total == 0
        assert again.for_client(client_id) == []
        assert again.for_client(client_id, include_done=True)[0].done_on == TODAY
        with pytest.raises(UserError):
            again.complete(item.key)  # already done
        again.delete(row.id)
        assert again.for_client(client_id, include_done=True) == []
        with pytest.raises(UserError):
            again.get(row.id)
    finally:
        reopened.close()


def test_automatic_done_and_snoozed_survive_a_reload_and_a_new_date_brings_it_back(
    services: Services, store_paths: DataPaths
) -> None:
    _client, case_id = person(services, "Nguyen", "Lan")
    assert case_id is not None
    first = add_step(services, case_id, TODAY)
    second = add_step(services, case_id, TODAY - days(5))
    listing = due(services)
    first_key = f"step:{first}:{TODAY.isoformat()}"
    second_key = f"step:{second}:{(TODAY - days(5)).isoformat()}"
    assert set(keyed(listing)) == {first_key, second_key}
    service(services).complete(first_key)
    service(services).snooze(second_key, TODAY + days(1))

    reopened = reopen(services, store_paths)
    try:
        assert keyed(due(reopened)) == {second_key: (Bucket.THIS_WEEK, TODAY + days(1))}
        assert due(reopened).items[0].snoozed_until == TODAY + days(1)
        # The snooze ends: due again (and overdue the day after).
        assert keyed(due(reopened, TODAY + days(2))) == {
            second_key: (Bucket.OVERDUE, TODAY + days(1))
        }
        # The done step reminder comes back when its date is changed.
        set_step(reopened, first, due_on=TODAY + days(1))
        new_key = f"step:{first}:{(TODAY + days(1)).isoformat()}"
        assert new_key in keyed(due(reopened))
        with pytest.raises(UserError):
            service(reopened).complete(first_key)  # the old date is gone
    finally:
        reopened.close()


def test_stale_snoozes_are_forgotten(services: Services) -> None:
    client_id, case_id = person(services, "Nguyen", "Lan")
    assert case_id is not None
    step_id = add_step(services, case_id, TODAY)
    key = f"step:{step_id}:{TODAY.isoformat()}"
    follow_ups = service(services)
    follow_ups.snooze(key, TODAY + days(3))
    # The snooze shows in the client list's "next follow-up" column …
    assert sql(services, "SELECT next_follow_up FROM client WHERE id = :i", i=client_id) == [
        ((TODAY + days(3)).isoformat(),)
    ]
    assert follow_ups.forget_stale() == 0
    set_step(services, step_id, status="done", done_on=TODAY)
    assert follow_ups.forget_stale() == 1  # … until the step is done
    assert sql(services, "SELECT next_follow_up FROM client WHERE id = :i", i=client_id) == [
        (None,)
    ]
    assert follow_ups.due_list().total == 0


def test_bad_input_is_refused_in_german(services: Services) -> None:
    client_id, _case = person(services, "Kowalczyk", "Anna")
    follow_ups = service(services)
    with pytest.raises(ValidationError) as raised:
        follow_ups.create(FollowUpInput(client_id, None, "Grund"))
    assert raised.value.field == "due_on" and "Datum" in raised.value.message
    with pytest.raises(ValidationError) as raised:
        follow_ups.create(FollowUpInput(client_id, TODAY, "   "))
    assert raised.value.field == "reason"
    with pytest.raises(ValidationError):
        follow_ups.create(FollowUpInput(client_id, TODAY, "x" * 2001))
    row = follow_ups.create(FollowUpInput(client_id, TODAY, "Grund"))
    with pytest.raises(ValidationError) as raised:
        follow_ups.snooze(f"manual:{row.id}", TODAY)
    assert raised.value.field == "until"
    other, _ = person(services, "Andere", "Person")
    with pytest.raises(ValidationError):
        follow_ups.update(row.id, FollowUpInput(other, TODAY, "Grund"))
    for key in ("step:999:2026-06-17", "manual:999", "garbage"):
        with pytest.raises(UserError):
            follow_ups.complete(key)


def test_audit_names_ids_and_fields_never_values(services: Services) -> None:
    client_id, _case = person(services, "Kowalczyk", "Anna")
    follow_ups = service(services)
    row = follow_ups.create(FollowUpInput(client_id, TODAY, "Geheimer Grund"))
    follow_ups.snooze(f"manual:{row.id}", TODAY + days(1))
    follow_ups.complete(f"manual:{row.id}")
    events = sql(
        services,
        "SELECT action, entity, entity_id, fields FROM audit_event WHERE entity = 'follow_up'",
    )
    assert events == [
        ("create", "follow_up", row.id, "due_on,reason"),
        ("update", "follow_up", row.id, "snoozed_until"),
        ("update", "follow_up", row.id, "done_on"),
    ]


# --- the list: groups, counts, the cut -------------------------------------------------------


def test_groups_are_ordered_and_counted(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id, _case = person(services, "Kowalczyk", "Anna")
    follow_ups = service(services)
    for offset in (-3, -2, -1, 0, 0, 2, 10, 40):
        follow_ups.create(FollowUpInput(client_id, TODAY + days(offset), f"Grund {offset}"))
    listing = follow_ups.due_list()
    assert [listing.count(bucket) for bucket in Bucket] == [3, 2, 1, 1]
    assert [item.detail for item in listing.in_bucket(Bucket.OVERDUE)] == [
        "Grund -3",
        "Grund -2",
        "Grund -1",
    ]
    assert listing.due_count == 5
    monkeypatch.setattr(follow_ups_module, "MAX_PER_GROUP", 2)
    cut = follow_ups.due_list()
    assert cut.count(Bucket.OVERDUE) == 3 and len(cut.in_bucket(Bucket.OVERDUE)) == 2
    assert cut.truncated(Bucket.OVERDUE) and not cut.truncated(Bucket.LATER)
    assert [item.detail for item in cut.in_bucket(Bucket.OVERDUE)] == ["Grund -3", "Grund -2"]


def test_the_default_clock_is_today(services: Services) -> None:
    client_id, _case = person(services, "Kowalczyk", "Anna")
    services.follow_ups.create(FollowUpInput(client_id, TODAY, "Grund"))
    with time_machine.travel(datetime(2026, 6, 17, 9, 0), tick=False):
        assert services.follow_ups.due_count() == 1
        assert services.follow_ups.due_list().items[0].bucket == Bucket.TODAY
    with time_machine.travel(datetime(2026, 6, 16, 9, 0), tick=False):
        assert services.follow_ups.due_count() == 0


# --- calendar export -------------------------------------------------------------------------


def test_ics_export_is_pseudonymised(services: Services, tmp_path: Path) -> None:
    client_id, case_id = person(services, "Wiśniewska", "Zofia", valid_until=TODAY + days(56))
    assert case_id is not None
    add_step(services, case_id, TODAY - days(2))
    service(services).create(
        FollowUpInput(client_id, TODAY + days(1), "Wiśniewska wegen Miete anrufen", time(14, 0))
    )
    number = services.clients.get(client_id).number
    target = tmp_path / "export" / "wiedervorlagen.ics"
    target.parent.mkdir()
    written = service(services).export_ics(target)
    assert written == 3
    data = target.read_bytes()
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    for secret in (
        "Wiśniewska",
        "Zofia",
        "Miete",
        "Lebenslauf",
        BIRTH.isoformat(),
        "14.03.1979",
        "19790314",
    ):
        assert secret.encode() not in data
    calendar = icalendar.Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    summaries = sorted(str(event["SUMMARY"]) for event in events)
    assert summaries == [
        f"Wiedervorlage {number}",
        f"Wiedervorlage {number}: Aufenthaltstitel läuft ab",
        f"Wiedervorlage {number}: Schritt fällig",
    ]
    by_summary = {str(event["SUMMARY"]): event for event in events}
    overdue = by_summary[f"Wiedervorlage {number}: Schritt fällig"]
    assert overdue.decoded("DTSTART") == TODAY  # overdue ones land on today
    assert "Überfällig seit 15.06.2026" in str(overdue["DESCRIPTION"])
    timed = by_summary[f"Wiedervorlage {number}"]
    assert timed.decoded("DTSTART") == datetime(2026, 6, 18, 14, 0)
    assert len({str(event["UID"]) for event in events}) == 3
    assert sql(services, "SELECT fields FROM audit_event WHERE action = 'export'") == [("ics",)]


def test_ics_export_to_a_missing_folder_fails_kindly(services: Services, tmp_path: Path) -> None:
    with pytest.raises(UserError):
        service(services).export_ics(tmp_path / "missing" / "x.ics")


def test_ics_of_the_demo_data_holds_no_names_or_birth_dates(
    services: Services, tmp_path: Path
) -> None:
    demo_today = date(2025, 6, 30)
    generate_demo(services.store, clients=120, seed=11, today=demo_today)
    names: set[str] = set()
    parts: set[str] = set()  # each part of a name of three letters or more
    births: set[date] = set()
    for family, given, latin, birth in sql(
        services, "SELECT family_name, given_names, name_latin, birth_date FROM client"
    ):
        for name in (family, given, latin):
            if name:
                names.add(name)
                parts.update(part for part in name.replace("-", " ").split() if len(part) > 2)
        if birth:
            births.add(date.fromisoformat(birth))
    assert len(births) > 50 and any(not name.isascii() for name in names)  # every script
    target = tmp_path / "demo.ics"
    written = service(services, demo_today).export_ics(target)
    assert written > 20
    data = target.read_bytes()
    # Long lines are folded (CRLF and a space): search the unfolded text too.
    text = data.decode("utf-8")
    unfolded = text.replace("\r\n ", "")
    numbers = {str(number) for (number,) in sql(services, "SELECT number FROM client")}
    assert any(number in unfolded for number in numbers)  # the pseudonym is there
    for name in sorted(names | parts):
        assert name not in unfolded, name
        # In another case too ("ana" is in "management": only for longer names).
        assert len(name) < 5 or name.casefold() not in unfolded.casefold(), name
    for birth in sorted(births):
        for shown in (
            birth.strftime("%d.%m.%Y"),
            birth.isoformat(),
            birth.strftime("%Y%m%d"),
        ):
            assert shown not in unfolded, shown
    assert len(list(icalendar.Calendar.from_ical(data).walk("VEVENT"))) == written
