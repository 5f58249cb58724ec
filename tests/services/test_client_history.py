"""The client record's history (Verlauf) and stored documents, on a real store with demo data."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Table, func, select

from mbe_desktop.app import Services
from mbe_desktop.domain.errors import UserError
from mbe_desktop.services.client_history import (
    CONSENT_FORM_KIND,
    CONSENT_FORM_TITLE,
    TIMELINE_KINDS,
    shorten,
)
from mbe_desktop.services.demo import generate_demo
from mbe_desktop.storage.models import AuditEvent, Case, Client, Contact, StoredDocument

TODAY = date(2026, 6, 1)


def _table(model: type) -> Table:
    return model.__table__  # type: ignore[attr-defined, no-any-return]


def busiest_client(services: Services) -> tuple[int, int]:
    """(client id, number of contacts) of the demo client with the most contacts."""
    contact, case = _table(Contact), _table(Case)
    statement = (
        select(case.c.client_id, func.count())
        .select_from(contact.join(case, case.c.id == contact.c.case_id))
        .group_by(case.c.client_id)
        .order_by(func.count().desc())
        .limit(1)
    )
    with services.store.engine.connect() as connection:
        client_id, count = connection.execute(statement).one()
    return int(client_id), int(count)


@pytest.fixture
def demo(services: Services) -> Services:
    generate_demo(services.store, clients=20, today=TODAY)
    return services


def test_timeline_lists_contacts_newest_first_with_german_titles(demo: Services) -> None:
    client_id, contacts = busiest_client(demo)
    timeline = demo.history.timeline(client_id)  # its speed is a benchmark row, not a test
    keys = [(entry.on, entry.at or entry.on) for entry in timeline]
    assert [entry.on for entry in timeline] == sorted((on for on, _ in keys), reverse=True)
    contact_entries = [entry for entry in timeline if entry.kind == "contact"]
    assert len(contact_entries) == contacts
    moments = [entry.at for entry in contact_entries]
    assert moments == sorted(moments, reverse=True)  # type: ignore[type-var]
    for entry in contact_entries:
        assert entry.title.startswith("Kontakt – ")
        assert entry.at is not None and entry.at.date() == entry.on
        assert len(entry.detail) <= 300
    assert "Min." in contact_entries[0].title
    assert {entry.kind for entry in timeline} <= set(TIMELINE_KINDS)
    assert any(entry.kind == "case_opened" for entry in timeline)
    opened = next(entry for entry in reversed(timeline) if entry.kind == "case_opened")
    assert opened.title.startswith("Beratungsfall eröffnet")


def test_timeline_interpreter_and_closure_labels(demo: Services) -> None:
    with demo.store.engine.connect() as connection:
        client_ids = list(connection.execute(select(_table(Client).c.id)).scalars())
    entries = [entry for client_id in client_ids for entry in demo.history.timeline(client_id)]
    titles = [entry.title for entry in entries]
    assert any("mit Dolmetschung (" in title for title in titles)
    assert any(entry.kind == "case_closed" for entry in entries)
    assert any(entry.kind == "follow_up" for entry in entries)
    assert all(not title.startswith(("case_", "contact")) for title in titles)


def test_timeline_of_new_client_and_unknown_client(services: Services) -> None:
    with pytest.raises(UserError):
        services.history.timeline(999_999)
    assert services.history.documents(999_999) == []


def test_documents_round_trip_is_audited_and_names_nobody(demo: Services) -> None:
    client_id, _ = busiest_client(demo)
    detail = demo.clients.get(client_id)
    assert demo.history.documents(client_id) == []
    kept = demo.history.keep_consent_form(client_id)
    assert kept.kind == CONSENT_FORM_KIND and kept.title == CONSENT_FORM_TITLE
    listed = demo.history.documents(client_id)
    assert listed == [kept]
    content = demo.history.document_content(kept.id)
    assert content.startswith(b"%PDF")
    assert len(content) == kept.size
    for name in (detail.data.family_name, detail.data.given_names):
        assert name not in kept.title
    timeline = [e for e in demo.history.timeline(client_id) if e.on <= kept.created_at.date()]
    assert timeline[0].kind == "document" and CONSENT_FORM_TITLE in timeline[0].title
    with demo.store.engine.connect() as connection:
        events = connection.execute(
            select(AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id, AuditEvent.fields)
        ).all()
        titles = connection.execute(select(_table(StoredDocument).c.title)).scalars().all()
    assert ("create", "document", kept.id, "client_id,kind") in events
    assert ("export", "document", kept.id, "") in events
    assert all(detail.data.family_name not in title for title in titles)
    with pytest.raises(UserError):
        demo.history.document_content(kept.id + 1000)


def test_shorten_cuts_at_a_word() -> None:
    assert shorten("kurz") == "kurz"
    long = "Wort " * 100
    short = shorten(long, 50)
    assert len(short) <= 50 and short.endswith("…")
    assert shorten("a\n  b") == "a b"
