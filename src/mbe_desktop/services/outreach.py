"""Orte der Außensprechstunden: the places where the office holds outreach consultations.

Maintained in Einstellungen: added, renamed, deactivated and reactivated — never deleted, so
every contact and intake that names a place keeps it. Only active places are offered for new
contacts and intakes (``active``); past records show the name of a deactivated place too
(``names``). Every change is audited like the other settings: entity ``setting``, the place's
id and the field names, never the name itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from sqlalchemy import Connection, Table, func, select
from sqlalchemy.orm import Session

from mbe_desktop.domain.client_rules import clean_line
from mbe_desktop.domain.countries import sort_key
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP
from mbe_desktop.services import audit
from mbe_desktop.storage.models import Client, Contact, OutreachLocation
from mbe_desktop.storage.store import Store

__all__ = [
    "LOCATION_GONE",
    "MAX_NAME_CHARS",
    "OutreachLocationRow",
    "OutreachLocationService",
]

MAX_NAME_CHARS = 120
AUDIT_FIELD = "outreach_location"
LOCATION_GONE = QT_TRANSLATE_NOOP(
    "Messages", "Diesen Ort gibt es nicht mehr. Bitte laden Sie die Liste neu."
)

LOCATION = cast(Table, OutreachLocation.__table__)
CONTACT = cast(Table, Contact.__table__)
CLIENT = cast(Table, Client.__table__)


@dataclass(frozen=True)
class OutreachLocationRow:
    id: int
    name: str
    active: bool
    contacts: int  # contacts recorded at this place
    clients: int  # intakes whose first contact was here


class OutreachLocationService:
    def __init__(self, store: Store) -> None:
        self._store = store

    # --- reading -----------------------------------------------------------------------------

    def locations(self) -> list[OutreachLocationRow]:
        """Every place, the active ones first, each group in alphabetical order."""
        with self._store.engine.connect() as connection:
            rows = _rows(connection)
        return sorted(rows, key=lambda row: (not row.active, sort_key(row.name)))

    def active(self) -> list[tuple[int, str]]:
        """(id, name) of the places offered for new contacts and intakes, alphabetical."""
        with self._store.engine.connect() as connection:  # no usage counts needed here
            statement = select(LOCATION.c.id, LOCATION.c.name).where(LOCATION.c.active)
            rows = [(row.id, row.name) for row in connection.execute(statement)]
        return sorted(rows, key=lambda row: sort_key(row[1]))

    def names(self) -> dict[int, str]:
        """Names of all places, deactivated ones included (to show past contacts)."""
        with self._store.engine.connect() as connection:
            statement = select(LOCATION.c.id, LOCATION.c.name)
            return {row.id: row.name for row in connection.execute(statement)}

    # --- changing ----------------------------------------------------------------------------

    def add(self, name: str) -> OutreachLocationRow:
        with self._store.session() as session:
            clean = _checked_name(session, name, None)
            location = OutreachLocation(name=clean, address="", active=True)
            session.add(location)
            session.flush()
            audit.record(session, "create", "setting", location.id, [AUDIT_FIELD, "name"])
            location_id = location.id
        return self._row(location_id)

    def rename(self, location_id: int, name: str) -> OutreachLocationRow:
        """The new name shows in every contact and intake that names the place."""
        with self._store.session() as session:
            location = _location(session, location_id)
            clean = _checked_name(session, name, location_id)
            if clean != location.name:
                location.name = clean
                audit.record(session, "update", "setting", location_id, [AUDIT_FIELD, "name"])
        return self._row(location_id)

    def set_active(self, location_id: int, active: bool) -> OutreachLocationRow:
        """Deactivate (no longer offered; past records keep it) or reactivate a place."""
        with self._store.session() as session:
            location = _location(session, location_id)
            if location.active != active:
                location.active = active
                audit.record(session, "update", "setting", location_id, [AUDIT_FIELD, "active"])
        return self._row(location_id)

    def _row(self, location_id: int) -> OutreachLocationRow:
        with self._store.engine.connect() as connection:
            rows = _rows(connection, location_id)
        if not rows:
            raise UserError(LOCATION_GONE)
        return rows[0]


# --- helpers ---------------------------------------------------------------------------------


def _rows(connection: Connection, location_id: int | None = None) -> list[OutreachLocationRow]:
    # Correlated counts over the outreach-place indexes: a few index ranges instead of a scan
    # of every contact (there are few places, but hundreds of thousands of contacts).
    contacts = (
        select(func.count())
        .select_from(CONTACT)
        .where(CONTACT.c.outreach_location_id == LOCATION.c.id)
        .scalar_subquery()
    )
    clients = (
        select(func.count())
        .select_from(CLIENT)
        .where(CLIENT.c.outreach_location_id == LOCATION.c.id)
        .scalar_subquery()
    )
    statement = select(
        LOCATION.c.id,
        LOCATION.c.name,
        LOCATION.c.active,
        contacts.label("contacts"),
        clients.label("clients"),
    )
    if location_id is not None:
        statement = statement.where(LOCATION.c.id == location_id)
    return [
        OutreachLocationRow(
            id=row.id,
            name=row.name,
            active=bool(row.active),
            contacts=int(row.contacts),
            clients=int(row.clients),
        )
        for row in connection.execute(statement)
    ]


def _location(session: Session, location_id: int) -> OutreachLocation:
    location = session.get(OutreachLocation, location_id)
    if location is None:
        raise UserError(LOCATION_GONE)
    return location


def _checked_name(session: Session, name: str, own_id: int | None) -> str:
    """The name on one line; refused when empty, too long or already used by another place
    (letter case and spacing do not make a new name)."""
    clean = clean_line(name)
    if not clean:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Bitte einen Namen für den Ort angeben."), "name"
        )
    if len(clean) > MAX_NAME_CHARS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Der Name ist zu lang: höchstens {limit} Zeichen, eingegeben {length}."
            ),
            "name",
            limit=MAX_NAME_CHARS,
            length=len(clean),
        )
    wanted = clean.casefold()
    for other_id, other_name, other_active in session.execute(
        select(LOCATION.c.id, LOCATION.c.name, LOCATION.c.active)
    ):
        if other_id == own_id or clean_line(other_name).casefold() != wanted:
            continue
        if other_active:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Den Ort „{name}“ gibt es schon."),
                "name",
                name=other_name,
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Den Ort „{name}“ gibt es schon, er ist deaktiviert. Aktivieren Sie ihn wieder, "
                "statt ihn neu anzulegen.",
            ),
            "name",
            name=other_name,
        )
    return clean
