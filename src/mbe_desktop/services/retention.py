"""Retention and erasure (GDPR Art. 17): which records are due, and deleting them for good.

A client is due for deletion when every case is closed and the latest closure lies at least the
retention period (setting ``retention_years``) back; a client without any case when the first
contact does. Deleting first reduces each case to a statistics-only row
(``domain.anonymise``), then deletes the client with everything linked (ORM cascades plus the
database's ``ON DELETE CASCADE``), writes an audit event with the record id only, and finally
checkpoints the WAL with ``TRUNCATE`` so that the deleted rows leave the ``-wal`` file too
(``secure_delete`` has already overwritten them in the pages).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case as sql_case
from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session, selectinload

from mbe_desktop.domain.anonymise import (
    CaseFacts,
    ClientFacts,
    ContactFacts,
    ReferralFacts,
    reduce_client,
)
from mbe_desktop.domain.statistics import retained_categories
from mbe_desktop.services import audit
from mbe_desktop.services.erasure_journal import record_erasures
from mbe_desktop.services.settings import RETENTION_YEARS, SettingsService
from mbe_desktop.storage.models import (
    Case,
    Client,
    Draft,
    RetainedCaseStatistic,
)
from mbe_desktop.storage.store import Store

log = logging.getLogger(__name__)

BATCH = 100  # clients per load-reduce-delete round


@dataclass(frozen=True)
class DueClient:
    id: int
    number: str
    closed_on: date | None  # the latest case closure; None for a client without a case
    due_since: date
    display_name: str  # for the list inside the app only — never logged or exported


@dataclass(frozen=True)
class DeletionResult:
    deleted: int
    retained_cases: int
    skipped: int  # ids that were not (or no longer) due, or already gone
    checkpointed: bool


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def display_name(family_name: str, given_names: str) -> str:
    return ", ".join(part for part in (family_name.strip(), given_names.strip()) if part)


class RetentionService:
    def __init__(self, store: Store, settings: SettingsService | None = None) -> None:
        self._store = store
        self._settings = settings or SettingsService(store)

    @property
    def years(self) -> int:
        return self._settings.get_int(RETENTION_YEARS)

    # --- what is due ---------------------------------------------------------------------

    def due_for_deletion(self, today: date, years: int | None = None) -> list[DueClient]:
        """Clients whose retention period has run out at ``today``, longest overdue first."""
        period = self.years if years is None else RETENTION_YEARS.check(years)
        cutoff = add_years(today, -period)
        not_closed = func.sum(
            sql_case(
                (Case.id.is_(None), 0),  # the outer join's empty row of a client without a case
                (Case.status != "closed", 1),
                (Case.closed_on.is_(None), 1),
                else_=0,
            )
        )
        latest = func.max(Case.closed_on)
        statement = (
            select(
                Client.id,
                Client.number,
                Client.family_name,
                Client.given_names,
                Client.first_contact_date,
                func.count(Case.id).label("cases"),
                latest.label("latest"),
            )
            .outerjoin(Case, Case.client_id == Client.id)
            .group_by(Client.id)
            .having(func.coalesce(not_closed, 0) == 0)
            .having(
                sql_case(
                    (func.count(Case.id) == 0, Client.first_contact_date <= cutoff),
                    else_=latest <= cutoff,
                )
            )
        )
        with self._store.read_session() as session:
            rows = session.execute(statement).all()
        result = []
        for row in rows:
            closed_on = row.latest if row.cases else None
            start = closed_on if closed_on is not None else row.first_contact_date
            result.append(
                DueClient(
                    id=row.id,
                    number=row.number,
                    closed_on=closed_on,
                    due_since=add_years(start, period),
                    display_name=display_name(row.family_name, row.given_names),
                )
            )
        result.sort(key=lambda due: (due.due_since, due.number))
        return result

    # --- deleting ------------------------------------------------------------------------

    def delete_clients(
        self,
        ids: Iterable[int],
        today: date,
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> DeletionResult:
        """Reduce, delete and checkpoint. Only clients still due at ``today`` are deleted;
        one transaction for all, so an error deletes nothing."""
        wanted = list(dict.fromkeys(ids))
        due = {client.id for client in self.due_for_deletion(today)}
        targets = [client_id for client_id in wanted if client_id in due]
        retained = 0
        with self._store.session() as session:
            if session.execute(text("PRAGMA foreign_keys")).scalar_one() != 1:
                raise RuntimeError("foreign keys are off: linked rows would survive a deletion")
            for start in range(0, len(targets), BATCH):
                batch = targets[start : start + BATCH]
                retained += _delete_batch(session, batch)
                if progress is not None:
                    progress(start + len(batch), len(targets))
            _discard_drafts(session, set(targets))
        checkpointed = self.checkpoint()
        if targets:
            # The file copy of the journal outlives a restore of an older backup.
            from mbe_desktop.services.erasure_journal import ErasureJournal

            ErasureJournal(self._store).sync_file()
        log.info("retention: %d clients deleted, %d cases retained", len(targets), retained)
        return DeletionResult(len(targets), retained, len(wanted) - len(targets), checkpointed)

    def checkpoint(self) -> bool:
        """Move the WAL into the database and truncate it, so deleted rows leave the -wal."""
        return self._store.checkpoint()


def delete_for_journal(session: Session, client_ids: Sequence[int]) -> int:
    """Erase again, after a restore, clients the erasure journal names (see
    ``services.erasure_journal``): the same reduction and deletion, without the due check
    (they were due when they were first erased)."""
    retained = _delete_batch(session, client_ids, reason="restore_reapplied")
    _discard_drafts(session, set(client_ids))
    return retained


def _delete_batch(session: Session, client_ids: Sequence[int], reason: str = "retention") -> int:
    """Reduce the cases of ``client_ids`` to statistics rows, then delete the clients.

    The delete relies on the schema's ``ON DELETE CASCADE`` (foreign keys are on for every
    connection): it reaches every linked table — nationalities, languages, consents, cases with
    their form/status changes, fields of action, contacts, goals, steps, agreement versions,
    referrals, follow-ups, stored documents and the search tokens — in one statement, also rows
    the ORM has no relationship for. ``secure_delete`` overwrites the freed content.
    """
    clients = (
        session.execute(
            select(Client)
            .where(Client.id.in_(client_ids))
            .options(
                selectinload(Client.nationalities),
                selectinload(Client.cases).selectinload(Case.form_changes),
                selectinload(Client.cases).selectinload(Case.fields_of_action),
                selectinload(Client.cases).selectinload(Case.contacts),
                selectinload(Client.cases).selectinload(Case.referrals),
                selectinload(Client.cases).selectinload(Case.goals),
            )
        )
        .scalars()
        .all()
    )
    retained = 0
    for client in clients:
        for item in reduce_client(client_facts(client), [case_facts(c) for c in client.cases]):
            session.add(
                RetainedCaseStatistic(
                    opened_on=item.opened_on,
                    closed_on=item.closed_on,
                    categories=json.dumps(item.categories, sort_keys=True, ensure_ascii=True),
                    quarters=json.dumps(item.quarters, sort_keys=True, ensure_ascii=True),
                )
            )
            retained += 1
    session.flush()
    numbers = [(client.id, client.number) for client in clients]
    session.expunge_all()  # the ORM must not try to flush the deleted objects later
    if reason == "retention":  # journaled, so that a restore of an older backup repeats it
        record_erasures(session, numbers, reason)
    session.execute(delete(Client).where(Client.id.in_(client_ids)))
    for client_id in client_ids:
        audit.record(session, "delete", "client", client_id, [reason])
    return retained


def client_facts(client: Client) -> ClientFacts:
    nationalities = sorted(client.nationalities, key=lambda n: (n.position, n.country_code))
    return ClientFacts(
        gender=client.gender,
        birth_date=client.birth_date,
        birth_year=client.birth_year,
        first_nationality=nationalities[0].country_code if nationalities else None,
        residence_status=client.residence_status,
        arrival_date=client.arrival_date,
        how_found=client.how_found,
        german_level=client.german_level,
        employment_status=client.employment_status,
        benefits=client.benefits,
        course_status=client.course_status,
    )


def case_facts(case: Case) -> CaseFacts:
    return CaseFacts(
        opened_on=case.opened_on,
        closed_on=case.closed_on,
        form=case.form,
        forms_used=tuple(change.form for change in case.form_changes),
        closure_type=case.closure_type,
        family_members=case.family_members,
        fields_of_action=tuple(item.field for item in case.fields_of_action),
        closure_german_level=case.closure_german_level,
        closure_course_status=case.closure_course_status,
        closure_employment_status=case.closure_employment_status,
        closure_benefits=case.closure_benefits,
        closure_residence_status=case.closure_residence_status,
        contacts=tuple(
            ContactFacts(c.occurred_at.date(), c.form, c.interpreter_used) for c in case.contacts
        ),
        referrals=tuple(
            ReferralFacts(r.sent_on or r.created_at.date(), r.partner_category)
            for r in case.referrals
        ),
        goals=tuple((goal.field, goal.attainment) for goal in case.goals),
        form_changes=tuple(
            (change.changed_on, change.form)
            for change in sorted(case.form_changes, key=lambda c: (c.changed_on, c.id))
        ),
    )


def _discard_drafts(session: Session, client_ids: set[int]) -> None:
    """Unsaved form input about a deleted client must go too (drafts name a ``client_id``)."""
    if not client_ids:
        return
    for draft in session.execute(select(Draft)).scalars():
        try:
            payload = json.loads(draft.payload)
        except ValueError:
            continue
        if isinstance(payload, dict) and payload.get("client_id") in client_ids:
            session.delete(draft)


def retained_rows(store: Store) -> Sequence[tuple[date, date | None, dict[str, object]]]:
    """All statistics-only rows, for the statistics (and tests); the per-quarter counts under
    the key ``quarters`` (see :func:`retained_categories`)."""
    with store.read_session() as session:
        rows = session.execute(
            select(
                RetainedCaseStatistic.opened_on,
                RetainedCaseStatistic.closed_on,
                RetainedCaseStatistic.categories,
                RetainedCaseStatistic.quarters,
            ).order_by(RetainedCaseStatistic.id)
        ).all()
    return [
        (row.opened_on, row.closed_on, retained_categories(row.categories, row.quarters))
        for row in rows
    ]
