"""Merging two records of the same person: chosen fields, moved rows, audit, numbers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from client_fixtures import TODAY, add, add_case, add_follow_up, fixed_today, sql

from mbe_desktop.app import Services
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.services.client_search import VARIANT
from mbe_desktop.services.clients import ClientQuery, ClientService
from mbe_desktop.storage.models import StoredDocument


@pytest.fixture
def clients(services: Services) -> ClientService:
    return fixed_today(services)


def pair(services: Services, clients: ClientService) -> tuple[int, int]:
    keep = add(
        clients,
        "Haddad",
        "Rami",
        birth_date=date(1988, 8, 8),
        nationalities=("SY",),
        languages=("ar",),
        city="Teststadt",
    )
    other = add(
        clients,
        "Hadad",
        "Rami",
        birth_date=None,
        birth_year=1988,
        phone="0160 9876543",
        nationalities=("LB", "SY"),
        languages=("ar", "fr"),
        city="Anderswo",
        first_contact_date=date(2025, 9, 1),
        consent_given_on=date(2025, 9, 1),
        consent_scope="Zweite Einwilligung",
    )
    add_case(services, keep.id, opened=date(2025, 5, 2), status="closed")
    add_case(services, other.id, opened=date(2025, 9, 2), form="case_management")
    add_follow_up(services, other.id, TODAY - timedelta(days=1))
    with services.store.session() as session:
        session.add(
            StoredDocument(
                client_id=other.id,
                kind="letter",
                title="Brief",
                content=b"%PDF",
                sha256="0",
                size=4,
            )
        )
    return keep.id, other.id


def test_preview_lists_the_fields_with_their_differences(
    services: Services, clients: ClientService
) -> None:
    keep, other = pair(services, clients)
    fields = {field.field: field for field in clients.merge_preview(keep, other)}
    assert "consent_given_on" not in fields and "birth_year" not in fields
    assert fields["family_name"].label == "Familienname"
    assert (fields["family_name"].keep_value, fields["family_name"].other_value) == (
        "Haddad",
        "Hadad",
    )
    assert fields["family_name"].differs and not fields["given_names"].differs
    assert (fields["birth_date"].keep_value, fields["birth_date"].other_value) == (
        "08.08.1988",
        "1988",
    )
    assert (fields["phone"].keep_value, fields["phone"].other_value) == ("", "0160 9876543")
    assert fields["nationalities"].other_value == "Libanon, Syrien"
    assert fields["gender"].keep_value == "keine Angabe"
    assert fields["interpreter_needed"].keep_value == "nein"
    assert not fields["gender"].differs


def test_merge_takes_fields_moves_rows_and_deletes_the_other(
    services: Services, clients: ClientService
) -> None:
    keep, other = pair(services, clients)
    other_number = clients.get(other).number
    counter_before = sql(services, "SELECT year, last_number FROM client_number_counter")
    merged = clients.merge(keep, other, frozenset({"phone", "city"}))

    assert merged.id == keep
    assert (merged.data.family_name, merged.data.birth_date) == ("Haddad", date(1988, 8, 8))
    assert (merged.data.phone, merged.data.city) == ("0160 9876543", "Anderswo")
    assert merged.data.nationalities == ("SY", "LB")  # united, the kept record's first
    assert merged.data.languages == ("ar", "fr")
    assert merged.data.consent_given_on == date(2025, 9, 1)  # the latest of both
    assert merged.version == 2
    with pytest.raises(UserError):
        clients.get(other)

    for table in ("case", "consent", "follow_up", "stored_document"):
        owners = sql(services, f'SELECT DISTINCT client_id FROM "{table}"')
        assert owners == [(keep,)], table
    assert sql(services, "SELECT count(*) FROM consent") == [(2,)]
    row = next(r for r in clients.page(ClientQuery()) if r.id == keep)
    assert (row.case_form, row.case_status) == ("Case Management", "offen")  # the other's case
    assert row.next_follow_up == TODAY - timedelta(days=1)
    # The other's name is gone: "Hadad" finds only the kept "Haddad", as a spelling variant.
    assert [(r.id, r.match) for r in clients.page(ClientQuery(text="hadad"))] == [(keep, VARIANT)]
    assert sql(
        services, "SELECT count(*) FROM client_name_key WHERE client_id = :id", id=other
    ) == [(0,)]
    assert clients.count(ClientQuery(text="0160 9876543")) == 1

    assert sql(services, "SELECT year, last_number FROM client_number_counter") == counter_before
    assert add(clients, "Neu").number not in {other_number, clients.get(keep).number}

    events = sql(services, "SELECT action, entity_id, fields FROM audit_event ORDER BY id")
    merge_event, delete_event = [e for e in events if e[0] in ("merge", "delete")]
    assert merge_event[:2] == ("merge", keep)
    assert f"merged_from:{other}" in merge_event[2].split(",")
    assert {"phone", "city", "nationalities"} <= set(merge_event[2].split(","))
    assert delete_event == ("delete", other, f"merged_into:{keep}")
    assert "Hadad" not in repr(events) and "0160" not in repr(events)


def test_merge_can_take_the_birth_and_order_the_nationalities(
    services: Services, clients: ClientService
) -> None:
    keep, other = pair(services, clients)
    merged = clients.merge(keep, other, frozenset({"birth_date", "nationalities"}))
    assert (merged.data.birth_date, merged.data.birth_year) == (None, 1988)
    assert merged.data.nationalities == ("LB", "SY")


def test_merge_refusals_change_nothing(services: Services, clients: ClientService) -> None:
    keep, other = pair(services, clients)
    before = (clients.get(keep), clients.get(other))
    with pytest.raises(UserError, match="mit sich selbst"):
        clients.merge(keep, keep, frozenset())
    with pytest.raises(ValidationError, match="Unbekannte Felder"):
        clients.merge(keep, other, frozenset({"number"}))
    with pytest.raises(UserError, match="gibt es nicht"):
        clients.merge(keep, 999, frozenset())
    # The other record's arrival lies before the kept birth date: refused, nothing moves.
    sql(services, "UPDATE client SET arrival_date = '1980-01-01' WHERE id = :id", id=other)
    with pytest.raises(ValidationError, match="Einreise"):
        clients.merge(keep, other, frozenset({"arrival_date"}))
    assert clients.get(keep) == before[0]
    assert clients.get(other).data.family_name == before[1].data.family_name
    assert sql(services, 'SELECT count(*) FROM "case" WHERE client_id = :id', id=other) == [(1,)]


@pytest.mark.parametrize("status", ["open", "paused"])
def test_merge_refuses_two_open_cases_and_changes_nothing(
    services: Services, clients: ClientService, status: str
) -> None:
    keep, other = pair(services, clients)  # the kept record's case is closed, the other's open
    assert clients.merge_problem(keep, other) is None
    add_case(services, keep, opened=date(2025, 10, 6), status=status)
    before = (clients.get(keep), clients.get(other))
    events_before = sql(services, "SELECT count(*) FROM audit_event")

    problem = clients.merge_problem(keep, other)
    assert problem is not None
    assert problem == clients.merge_problem(other, keep)  # whichever record stays
    assert before[0].number in problem and before[1].number in problem
    assert "06.10.2025" in problem and "02.09.2025" in problem
    assert "Schließen Sie zuerst einen der beiden Fälle ab" in problem
    for keep_id, other_id in ((keep, other), (other, keep)):
        with pytest.raises(UserError) as refused:
            clients.merge(keep_id, other_id, frozenset({"phone"}))
        assert refused.value.message == problem

    assert (clients.get(keep), clients.get(other)) == before
    assert sql(services, 'SELECT count(*) FROM "case" WHERE client_id = :id', id=other) == [(1,)]
    assert sql(services, "SELECT count(*) FROM follow_up WHERE client_id = :id", id=other) == [(1,)]
    assert sql(services, "SELECT count(*) FROM audit_event") == events_before


def test_merge_works_once_one_of_the_open_cases_is_closed(
    services: Services, clients: ClientService
) -> None:
    keep, other = pair(services, clients)
    second = add_case(services, keep, opened=date(2025, 10, 6))
    with pytest.raises(UserError, match="Beide Akten"):
        clients.merge(keep, other, frozenset())
    sql(services, "UPDATE \"case\" SET status = 'closed' WHERE id = :id", id=second)
    merged = clients.merge(keep, other, frozenset())
    open_cases = sql(
        services,
        "SELECT count(*) FROM \"case\" WHERE client_id = :id AND status IN ('open', 'paused')",
        id=merged.id,
    )
    assert open_cases == [(1,)]
