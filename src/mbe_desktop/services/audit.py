"""The audit trail (§ 22 BDSG): record ids and field names only — never values or free text."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from mbe_desktop.storage.models import AuditEvent


def record(
    session: Session,
    action: str,
    entity: str = "",
    entity_id: int | None = None,
    fields: Iterable[str] = (),
) -> None:
    """Add an audit event inside the caller's transaction, so it commits with the change."""
    session.add(
        AuditEvent(action=action, entity=entity, entity_id=entity_id, fields=",".join(fields))
    )
