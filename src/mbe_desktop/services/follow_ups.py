"""Follow-ups (Wiedervorlagen): manual ones and the automatic reminders of the Heute view."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time

from mbe_desktop.domain.errors import ValidationError
from mbe_desktop.services import audit
from mbe_desktop.storage.models import Case, Client, FollowUp
from mbe_desktop.storage.store import Store

__all__ = ["FollowUpInput", "FollowUpRow", "FollowUpService"]

REASON_CHARS = 2000


@dataclass(frozen=True)
class FollowUpInput:
    client_id: int
    due_on: date | None
    reason: str
    due_time: time | None = None
    case_id: int | None = None


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    client_id: int
    case_id: int | None
    due_on: date
    due_time: time | None
    reason: str
    source: str
    snoozed_until: date | None
    done_on: date | None


class FollowUpService:
    def __init__(self, store: Store, today: Callable[[], date] = date.today) -> None:
        self._store = store
        self._today = today

    def create(self, data: FollowUpInput) -> FollowUpRow:
        reason = data.reason.strip()
        if data.due_on is None:
            raise ValidationError("Bitte ein Datum für die Wiedervorlage angeben.", "due_on")
        if not reason:
            raise ValidationError("Bitte einen Grund für die Wiedervorlage angeben.", "reason")
        if len(reason) > REASON_CHARS:
            raise ValidationError(
                f"Der Grund ist zu lang (höchstens {REASON_CHARS} Zeichen).", "reason"
            )
        with self._store.session() as session:
            if session.get(Client, data.client_id) is None:
                raise ValidationError("Diese Akte gibt es nicht mehr.")
            if data.case_id is not None:
                case = session.get(Case, data.case_id)
                if case is None or case.client_id != data.client_id:
                    raise ValidationError("Diesen Beratungsfall gibt es nicht mehr.")
            row = FollowUp(
                client_id=data.client_id,
                case_id=data.case_id,
                due_on=data.due_on,
                due_time=data.due_time,
                reason=reason,
                source="manual",
            )
            session.add(row)
            session.flush()
            audit.record(session, "create", "follow_up", row.id, ["due_on", "reason"])
            return _row(row)


def _row(row: FollowUp) -> FollowUpRow:
    return FollowUpRow(
        id=row.id,
        client_id=row.client_id,
        case_id=row.case_id,
        due_on=row.due_on,
        due_time=row.due_time,
        reason=row.reason,
        source=row.source,
        snoozed_until=row.snoozed_until,
        done_on=row.done_on,
    )
