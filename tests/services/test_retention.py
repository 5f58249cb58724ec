"""Retention and erasure: the due list, reduction to statistics-only rows, deletion that leaves
no trace in the decrypted pages of the database and its WAL, and an audit entry without text."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from privacy_fixtures import add_client, partner
from sqlalchemy import func, select, text

from conftest import TEST_PASSPHRASE
from mbe_desktop.app import Services
from mbe_desktop.domain.anonymise import CaseFacts, ClientFacts, client_periods, reduce_client
from mbe_desktop.domain.names import search_key
from mbe_desktop.domain.partners import PartnerInput, PersonInput
from mbe_desktop.services.cases import CaseInput, ContactInput
from mbe_desktop.services.demo import generate_demo
from mbe_desktop.services.follow_ups import FollowUpInput
from mbe_desktop.services.retention import add_years, retained_rows
from mbe_desktop.services.settings import RETENTION_YEARS
from mbe_desktop.storage.keyslots import PASSPHRASE
from mbe_desktop.storage.models import AuditEvent, Base, Case

# Distinctive names in several scripts (Cyrillic, Turkish, Arabic, Vietnamese, Latin).
CANARY_FAMILY = "Щербакувзяк"
CANARY_GIVEN = "Şükrüoğluxq Nguyễnqwz"
CANARY_ARABIC = "زقزوقيات"
CANARY_TAG = "Kanarienvogel7193"
PAGE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC per page


# --- a probe that reads what SQLCipher really wrote: every page decrypted ------------------


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    body = page[16 if first else 0 : PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_bytes(services: Services) -> bytes:
    """All pages of the database file and all frames of its WAL, decrypted (free pages and
    unused space in pages included — exactly what a thief with the key could read)."""
    key = services.store.verify_secret(PASSPHRASE, TEST_PASSPHRASE)
    database = services.store.paths.database
    raw = database.read_bytes()
    parts = [_decrypt_page(key, raw[i : i + PAGE], i == 0) for i in range(0, len(raw), PAGE)]
    wal = Path(f"{database}-wal")
    data = wal.read_bytes() if wal.exists() else b""
    frame = 24 + PAGE
    for start in range(32, len(data) - frame + 1, frame):
        number = int.from_bytes(data[start : start + 4], "big")
        parts.append(_decrypt_page(key, data[start + 24 : start + frame], number == 1))
    return b"".join(parts)


def hits(blob: bytes, needles: list[str]) -> list[str]:
    found = []
    for needle in needles:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            if needle.encode(encoding) in blob:
                found.append(f"{needle} ({encoding})")
    return found


def canary_needles() -> list[str]:
    tokens = search_key(CANARY_FAMILY, CANARY_GIVEN, "").split()
    return [CANARY_FAMILY, *CANARY_GIVEN.split(), CANARY_ARABIC, CANARY_TAG] + [
        token for token in tokens if len(token) >= 6
    ]


def test_probe_finds_names_in_plain_text(tmp_path: Path) -> None:
    """Control: a plain SQLite database with the same content holds the canaries in clear."""
    path = tmp_path / "plain.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (name TEXT)")
        connection.execute("INSERT INTO t VALUES (?)", (f"{CANARY_FAMILY} {CANARY_ARABIC}",))
    assert hits(path.read_bytes(), [CANARY_FAMILY, CANARY_ARABIC])


# --- the due list ----------------------------------------------------------------------------


def test_due_list_with_frozen_today(services: Services) -> None:
    pid = partner(services)
    closed = add_client(
        services, "Closedova", "Anna", tag="a", closed=date(2022, 3, 15), partner_id=pid
    )
    open_case = add_client(services, "Offenova", "Berta", tag="b", closed=None, partner_id=pid)
    two = add_client(
        services, "Zweifall", "Clara", tag="c", closed=date(2023, 1, 20), cases=2, partner_id=pid
    )
    from mbe_desktop.services.clients import ClientInput

    no_case = services.clients.create(
        ClientInput(
            family_name="Ohnefall",
            given_names="Dora",
            birth_date=date(1980, 1, 1),
            first_contact_date=date(2022, 6, 30),
            consent_given_on=date(2022, 6, 30),
            consent_scope="Beratung",
        )
    )
    retention = services.retention
    assert retention.years == RETENTION_YEARS.default == 3
    assert retention.due_for_deletion(date(2025, 3, 14)) == []
    due = retention.due_for_deletion(date(2025, 3, 15))
    assert [(d.id, d.closed_on, d.due_since) for d in due] == [
        (closed.id, date(2022, 3, 15), date(2025, 3, 15))
    ]
    assert due[0].number == closed.number and due[0].display_name == "Closedova, Anna"
    later = retention.due_for_deletion(date(2026, 6, 30))
    assert [d.id for d in later] == [closed.id, no_case.id, two.id]
    assert later[1].closed_on is None and later[1].due_since == date(2025, 6, 30)
    assert later[2].closed_on == date(2023, 1, 20)
    assert open_case.id not in {d.id for d in retention.due_for_deletion(date(2040, 1, 1))}
    services.settings.set_int(RETENTION_YEARS, 5)
    assert [d.id for d in retention.due_for_deletion(date(2026, 6, 30))] == []
    assert [d.id for d in retention.due_for_deletion(date(2027, 6, 30))] == [closed.id, no_case.id]
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    # Not due: nothing happens, however the ids are passed in.
    result = retention.delete_clients([open_case.id, closed.id], date(2026, 6, 30))
    assert result.deleted == 0 and result.skipped == 2


# --- erasure ---------------------------------------------------------------------------------


def _counts(services: Services) -> dict[str, int]:
    with services.store.engine.connect() as connection:
        return {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
        }


def test_deletion_leaves_no_trace_and_keeps_statistics(services: Services) -> None:
    generate_demo(services.store, clients=40, seed=11, today=date(2024, 6, 1))
    canary = add_client(
        services,
        CANARY_FAMILY,
        CANARY_GIVEN,
        latin_name=CANARY_ARABIC,
        tag=CANARY_TAG,
        opened=date(2021, 2, 10),
        closed=date(2022, 3, 15),
        cases=2,
    )
    today = date(2025, 6, 1)
    before = decrypted_bytes(services)
    assert hits(before, [CANARY_FAMILY, CANARY_ARABIC, CANARY_TAG]), "the probe must see them"

    def cases_per_year() -> Counter[int]:
        with services.store.read_session() as session:
            live = Counter(day.year for day in session.execute(select(Case.opened_on)).scalars())
        retained = Counter(
            categories["opened_year"] for _o, _c, categories in retained_rows(services.store)
        )
        return live + retained

    per_year = cases_per_year()
    counts = _counts(services)
    due = services.retention.due_for_deletion(today)
    assert canary.id in {d.id for d in due}
    result = services.retention.delete_clients([canary.id], today)
    assert (result.deleted, result.retained_cases, result.checkpointed) == (1, 2, True)

    # Linked rows are gone, nothing else was touched.
    after = _counts(services)
    expected_gone = {
        "client": 1,
        "client_nationality": 2,
        "client_language": 2,
        "consent": 2,
        "case": 2,
        "case_field_of_action": 2,
        "case_form_change": 4,
        "case_status_change": 4,
        "contact": 2,
        "contact_field_of_action": 2,
        "goal": 2,
        "step": 2,
        "agreement_version": 2,
        "referral": 2,
        "follow_up": 2,
        "stored_document": 1,
    }
    for table, gone in expected_gone.items():
        assert counts[table] - after[table] == gone, table
    assert after["retained_case_statistic"] - counts["retained_case_statistic"] == 2
    assert after["partner"] == counts["partner"]
    with services.store.engine.connect() as connection:
        for index_table in ("client_search_token", "client_name_key"):
            assert (
                connection.execute(
                    text(f"SELECT count(*) FROM {index_table} WHERE client_id = :id"),
                    {"id": canary.id},
                ).scalar_one()
                == 0
            ), index_table

    # No trace in any page or WAL frame, decrypted.
    wal = Path(f"{services.store.paths.database}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert hits(decrypted_bytes(services), canary_needles()) == []
    for path in services.store.paths.root.rglob("*"):
        if path.is_file():
            assert hits(path.read_bytes(), canary_needles()) == [], path

    # The audit keeps an entry with the id only.
    with services.store.read_session() as session:
        event = (
            session.execute(
                select(AuditEvent)
                .where(AuditEvent.action == "delete")
                .order_by(AuditEvent.id.desc())
            )
            .scalars()
            .first()
        )
        assert event is not None
        assert (event.entity, event.entity_id, event.fields) == ("client", canary.id, "retention")

    # Statistics of past periods are unchanged: live + retained counts per year.
    assert cases_per_year() == per_year
    rows = [row for row in retained_rows(services.store)]
    mine = rows[-2:]
    for opened_on, closed_on, categories in mine:
        assert opened_on.day == 1 and (closed_on is None or closed_on.day == 1)
        assert categories["case_management"] is True
        assert categories["age_group"] == "27_to_44"
        assert categories["nationality_region"] == "europe_non_eu"
        # Kept since schema 2 (the export counts nationalities by country; a deletion must
        # not move a published figure).
        assert categories["nationality"] == "UA"
        assert categories["intake"]["benefits"] == "sgb2"
        blob = json.dumps(categories, ensure_ascii=False)
        assert not hits(blob.encode(), canary_needles())
        for forbidden in ("Musterweg", "1984", "0151", str(canary.id), canary.number):
            assert forbidden not in blob, forbidden
    assert mine[0][2]["arrived_within_3_years"] is None  # opened before the recorded arrival
    assert mine[1][2]["arrived_within_3_years"] is True
    assert mine[0][2]["closure"]["german_level"] == "b1"
    assert mine[1][2]["goals"] == {"work_employment": {"achieved": 1}}
    assert mine[1][2]["contacts_with_interpreter"]["2021"] == 1
    assert mine[1][2]["referrals"]["2021"] == {"jobcenter": 1}


def test_client_periods_count_each_client_once() -> None:
    client = ClientFacts(
        gender="male",
        birth_date=None,
        birth_year=1990,
        first_nationality="SY",
        residence_status="residence_permit_humanitarian",
        arrival_date=date(2022, 1, 1),
        how_found="friends_relatives",
        german_level="none",
        employment_status="unemployed",
        benefits="sgb2",
        course_status="waiting",
    )
    first = CaseFacts(date(2022, 3, 1), date(2023, 2, 1), "counselling", (), "other", 0, ())
    second = CaseFacts(date(2023, 1, 5), date(2023, 9, 1), "counselling", (), "other", 1, ())
    periods = client_periods([first, second])
    assert periods == [["2022", "2022-H1", "2023", "2023-H1"], []]
    retained = reduce_client(client, [first, second])
    assert retained[0].categories["nationality_region"] == "middle_east_north_africa"
    assert retained[0].categories["age_group"] == "27_to_44"
    assert retained[0].categories["arrival_group"] == "under_1"
    assert retained[1].categories["arrival_group"] == "1_to_2"
    assert retained[1].opened_on == date(2023, 1, 1)


@pytest.mark.parametrize("table", ["draft"])
def test_drafts_about_a_deleted_client_go_too(services: Services, table: str) -> None:
    canary = add_client(services, "Entwurfova", "Erna", tag="draft")
    services.drafts.save("clients/record", {"client_id": canary.id, "values": {"x": "Entwurfova"}})
    services.drafts.save("settings/office_profile", {"office_name": "bleibt"})
    services.retention.delete_clients([canary.id], date(2026, 1, 1))
    with services.store.engine.connect() as connection:
        keys = connection.execute(text(f"SELECT key FROM {table}")).scalars().all()
    assert keys == ["settings/office_profile"]


# --- single deletions of free text: the WAL is checkpointed after each ----------------------


def _delete_contact_note(services: Services, client_id: int) -> None:
    case = services.cases.open_case(
        client_id, CaseInput(opened_on=date(2025, 1, 10), fields=("housing",))
    )
    saved = services.cases.add_contact(
        case.id,
        ContactInput(
            occurred_at=datetime(2025, 2, 3, 9, 30),
            fields=("housing",),
            note=f"{CANARY_FAMILY} {CANARY_ARABIC} {CANARY_TAG}",
        ),
    )
    assert hits(decrypted_bytes(services), [CANARY_TAG]), "the probe must see the note"
    services.cases.delete_contact(saved.id, saved.version)


def _delete_follow_up(services: Services, client_id: int) -> None:
    row = services.follow_ups.create(
        FollowUpInput(client_id, date(2025, 3, 1), f"{CANARY_FAMILY} {CANARY_TAG}")
    )
    assert hits(decrypted_bytes(services), [CANARY_TAG]), "the probe must see the reason"
    services.follow_ups.delete(row.id)


def _delete_partner(services: Services, _client_id: int) -> None:
    detail = services.partners.create(
        PartnerInput(
            "Beratungsstelle Nord",
            "jobcenter",
            notes=CANARY_TAG,
            people=(PersonInput(f"{CANARY_FAMILY} {CANARY_ARABIC}"),),
        )
    )
    assert hits(decrypted_bytes(services), [CANARY_TAG]), "the probe must see the person"
    services.partners.delete(detail.id)


@pytest.mark.parametrize(
    "delete_it",
    [_delete_contact_note, _delete_follow_up, _delete_partner],
    ids=["contact_note", "follow_up", "partner"],
)
def test_a_deleted_text_leaves_every_page_wal_frame_and_file(
    services: Services, delete_it: Callable[[Services, int], None]
) -> None:
    """Deleting a contact (its note), a follow-up (its reason) or a partner (its contact
    people) checkpoints the WAL: the canary is in no decrypted page or WAL frame, in no file."""
    client = add_client(services, "Müller", "Anna")
    delete_it(services, client.id)
    wal = Path(f"{services.store.paths.database}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert hits(decrypted_bytes(services), canary_needles()) == []
    for path in services.store.paths.root.rglob("*"):
        if path.is_file():
            assert hits(path.read_bytes(), canary_needles()) == [], path


def test_checkpoint_blocked_by_a_reader_reports_it_and_restores_the_busy_timeout(
    services: Services,
) -> None:
    client = add_client(services, "Müller", "Anna")
    engine = services.store.engine
    with engine.connect() as reader:
        reader.exec_driver_sql("BEGIN")
        reader.exec_driver_sql("SELECT count(*) FROM client").scalar_one()  # holds a snapshot
        # a commit after the snapshot: the WAL moves on
        services.follow_ups.create(FollowUpInput(client.id, date(2025, 3, 1), "neu"))
        assert services.store.checkpoint() is False
        reader.exec_driver_sql("ROLLBACK")
    assert services.store.checkpoint() is True
    with engine.connect() as first, engine.connect() as second:  # both pooled connections
        for connection in (first, second):
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar_one() == 10_000
