"""Reading the audit trail (paged and filtered in SQL), and the unlock events.

The trail holds action and entity codes, record ids, field names and times — nothing else, so
the view of it shows no personal data either.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select

from mbe_desktop.domain.audit import AUDIT_ACTIONS, AUDIT_ENTITIES
from mbe_desktop.services import audit
from mbe_desktop.storage.models import AuditEvent
from mbe_desktop.storage.store import Store

MAX_FAILED_RECORDED = 100  # failed unlocks written individually; more are summarised


@dataclass(frozen=True)
class AuditFilter:
    action: str = ""  # "" = all actions
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    entity: str = ""
    entity_id: int | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    action: str
    action_label: str
    entity: str
    entity_label: str
    entity_id: int | None
    fields: tuple[str, ...]


class AuditLogService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def _conditions(self, query: AuditFilter) -> list[Any]:
        conditions: list[Any] = []
        if query.action:
            conditions.append(AuditEvent.action == query.action)
        if query.entity:
            conditions.append(AuditEvent.entity == query.entity)
        if query.entity_id is not None:
            conditions.append(AuditEvent.entity_id == query.entity_id)
        if query.date_from is not None:
            conditions.append(AuditEvent.at >= datetime.combine(query.date_from, time.min))
        if query.date_to is not None:
            end = datetime.combine(query.date_to + timedelta(days=1), time.min)
            conditions.append(AuditEvent.at < end)
        return conditions

    def count(self, query: AuditFilter) -> int:
        statement = select(func.count(AuditEvent.id)).where(*self._conditions(query))
        with self._store.read_session() as session:
            return int(session.execute(statement).scalar_one())

    def page(self, query: AuditFilter, offset: int = 0, limit: int = 200) -> list[AuditRow]:
        """Newest first."""
        statement = (
            select(
                AuditEvent.id,
                AuditEvent.at,
                AuditEvent.action,
                AuditEvent.entity,
                AuditEvent.entity_id,
                AuditEvent.fields,
            )
            .where(*self._conditions(query))
            .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
            .offset(max(0, offset))
            .limit(max(0, limit))
        )
        with self._store.read_session() as session:
            rows = session.execute(statement).all()
        return [
            AuditRow(
                id=row.id,
                at=row.at,
                action=row.action,
                action_label=AUDIT_ACTIONS.label(row.action),
                entity=row.entity,
                entity_label=AUDIT_ENTITIES.label(row.entity) if row.entity else "",
                entity_id=row.entity_id,
                fields=tuple(name for name in row.fields.split(",") if name),
            )
            for row in rows
        ]

    def actions(self) -> list[tuple[str, str]]:
        """The known actions as (code, German label), for a filter."""
        return AUDIT_ACTIONS.choices()

    def record_unlock(
        self,
        *,
        recovery_code: bool,
        failed_at: Sequence[datetime] = (),
        command_line: bool = False,
    ) -> None:
        """Write the unlock and the failed attempts before it (kept in memory until now: a
        locked store cannot be written, and a failed attempt must not write anything).
        ``command_line``: opened by an ``mbe-desktop`` command, not the window."""
        with self._store.session() as session:
            for moment in list(failed_at)[:MAX_FAILED_RECORDED]:
                session.add(
                    AuditEvent(
                        at=moment.replace(microsecond=0), action="unlock_failed", entity="store"
                    )
                )
            extra = len(failed_at) - MAX_FAILED_RECORDED
            if extra > 0:
                audit.record(session, "unlock_failed", "store", extra, ["further_attempts"])
            fields = ["recovery_code"] if recovery_code else []
            if command_line:
                fields.append("command_line")
            audit.record(session, "unlock", "store", None, fields)
