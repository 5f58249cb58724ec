"""The partner directory (Netzwerk): organisations, contact people, CSV import and export.

Lists are read with Core selects and filtered in SQL (text, category, place). Every write is one
transaction with an audit event (ids and field names, never values). A CSV import is checked
completely first (``preview_import``) and written in one transaction only when no row has a
problem (``import_csv``): a directory is never half imported. Rows already in the directory
(same name and place) are skipped and said so in the preview.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, or_, select

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain.bounded import FormatError
from mbe_desktop.domain.countries import sort_key
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text
from mbe_desktop.domain.partner_csv import (
    MAX_BYTES,
    CsvProblem,
    CsvRow,
    parse_partners,
    write_partners,
)
from mbe_desktop.domain.partners import PartnerInput, PersonInput, validate_partner
from mbe_desktop.services import audit
from mbe_desktop.storage.models import Consent, Partner, PartnerPerson, Referral
from mbe_desktop.storage.readers import read_bounded
from mbe_desktop.storage.store import Store

__all__ = [
    "ImportPreview",
    "PartnerDetail",
    "PartnerInput",
    "PartnerQuery",
    "PartnerRow",
    "PartnerService",
    "PersonInput",
    "PersonRow",
    "read_csv_file",
]

PARTNER = cast(Table, Partner.__table__)
PERSON = cast(Table, PartnerPerson.__table__)
REFERRAL = cast(Table, Referral.__table__)
CONSENT = cast(Table, Consent.__table__)

NOT_FOUND = QT_TRANSLATE_NOOP(
    "Messages", "Diesen Netzwerkpartner gibt es nicht mehr (er wurde gelöscht)."
)
MAX_SEARCH = 200
_PARTNER_FIELDS = tuple(f.name for f in fields(PartnerInput) if f.name != "people")


def read_csv_file(path: Path) -> bytes:
    """The bytes of a partner CSV chosen by the user (at most 5 MB, read with that bound even
    if the file grows meanwhile); a UserError naming the file otherwise. The content is checked
    by ``preview_import`` / ``parse_partners``."""
    try:
        return read_bounded(path, MAX_BYTES)
    except FormatError as error:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "Die Datei {name} kann nicht importiert werden: {reason}."
            ),
            name=path.name,
            reason=error.reason,
        ) from None


@dataclass(frozen=True)
class PartnerQuery:
    text: str = ""  # name, services, notes, contact people
    category: str = ""  # PARTNER_CATEGORIES code, "" for all
    place: str = ""  # city, region or postcode, "" for all


@dataclass(frozen=True)
class PartnerRow:
    id: int
    name: str
    category: str
    category_label: str
    city: str
    region: str
    phone: str
    email: str
    languages: str  # codes, "de,en"
    people: tuple[str, ...]  # names of the contact people


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    role: str
    phone: str
    email: str


@dataclass(frozen=True)
class PartnerDetail:
    id: int
    data: PartnerInput
    people: tuple[PersonRow, ...]
    referrals: int  # how many referrals went to this partner
    updated_at: datetime

    @property
    def category_label(self) -> str:
        return cat.PARTNER_CATEGORIES.label(self.data.category)


@dataclass(frozen=True)
class ImportPreview:
    new: tuple[CsvRow, ...]  # rows that will be imported
    existing: tuple[CsvRow, ...]  # rows already in the directory (skipped)
    problems: tuple[CsvProblem, ...]  # bad rows: with any, nothing is imported

    @property
    def can_import(self) -> bool:
        return not self.problems and bool(self.new)


def _identity(name: str, city: str) -> tuple[str, str]:
    return (" ".join(name.casefold().split()), " ".join(city.casefold().split()))


def _like_variants(text: str) -> list[str]:
    """SQLite's LIKE folds ASCII only: also try the common casings of non-ASCII words."""
    return list(dict.fromkeys((text, text.lower(), text.upper(), text.capitalize())))


class PartnerService:
    def __init__(self, store: Store) -> None:
        self._store = store

    # --- reading -----------------------------------------------------------------------------

    def search(self, query: PartnerQuery = PartnerQuery()) -> list[PartnerRow]:
        p = PARTNER.c
        conditions: list[Any] = []
        for word in query.text.split()[:8]:
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            matches: list[Any] = []
            for variant in _like_variants(escaped):
                pattern = f"%{variant}%"
                matches += [
                    p.name.like(pattern, escape="\\"),
                    p.services.like(pattern, escape="\\"),
                    p.notes.like(pattern, escape="\\"),
                    p.city.like(pattern, escape="\\"),
                    p.id.in_(
                        select(PERSON.c.partner_id).where(PERSON.c.name.like(pattern, escape="\\"))
                    ),
                ]
            conditions.append(or_(*matches))
        if query.category:
            conditions.append(p.category == query.category)
        if query.place.strip():
            place = query.place.strip()
            conditions.append(or_(p.city == place, p.region == place, p.postcode == place))
        statement = (
            select(p.id, p.name, p.category, p.city, p.region, p.phone, p.email, p.languages)
            .where(*conditions)
            .order_by(func.lower(p.name), p.id)
            .limit(2000)
        )
        with self._store.engine.connect() as connection:
            rows = connection.execute(statement).all()
            people: dict[int, list[str]] = defaultdict(list)
            ids = [row.id for row in rows]
            if ids:
                for partner_id, name in connection.execute(
                    select(PERSON.c.partner_id, PERSON.c.name)
                    .where(PERSON.c.partner_id.in_(ids))
                    .order_by(PERSON.c.id)
                ):
                    people[partner_id].append(name)
        result = [
            PartnerRow(
                row.id,
                row.name,
                row.category,
                cat.PARTNER_CATEGORIES.label(row.category),
                row.city,
                row.region,
                row.phone,
                row.email,
                row.languages,
                tuple(people[row.id]),
            )
            for row in rows
        ]
        # German order (DIN 5007: Ä as A); SQLite's lower() would put "Bäckerei" after "Bz".
        return sorted(result, key=lambda row: (sort_key(row.name), row.id))

    def count(self) -> int:
        with self._store.engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(PARTNER)).scalar_one())

    def places(self) -> list[str]:
        """Cities and regions in the directory, for the place filter (sorted, distinct)."""
        with self._store.engine.connect() as connection:
            cities = connection.execute(select(PARTNER.c.city).distinct()).scalars().all()
            regions = connection.execute(select(PARTNER.c.region).distinct()).scalars().all()
        return sorted({value for value in (*cities, *regions) if value}, key=str.casefold)

    def detail(self, partner_id: int) -> PartnerDetail:
        with self._store.engine.connect() as connection:
            row = connection.execute(select(PARTNER).where(PARTNER.c.id == partner_id)).first()
            if row is None:
                raise UserError(NOT_FOUND)
            people = connection.execute(
                select(PERSON.c.id, PERSON.c.name, PERSON.c.role, PERSON.c.phone, PERSON.c.email)
                .where(PERSON.c.partner_id == partner_id)
                .order_by(PERSON.c.id)
            ).all()
            referrals = connection.execute(
                select(func.count())
                .select_from(REFERRAL)
                .where(REFERRAL.c.partner_id == partner_id)
            ).scalar_one()
        person_rows = tuple(PersonRow(*person) for person in people)
        data = PartnerInput(
            **{name: getattr(row, name) for name in _PARTNER_FIELDS},
            people=tuple(PersonInput(p.name, p.role, p.phone, p.email) for p in person_rows),
        )
        return PartnerDetail(partner_id, data, person_rows, int(referrals), row.updated_at)

    # --- writing -----------------------------------------------------------------------------

    def create(self, data: PartnerInput) -> PartnerDetail:
        clean = validate_partner(data)
        with self._store.session() as session:
            row = Partner(**{name: getattr(clean, name) for name in _PARTNER_FIELDS})
            session.add(row)
            session.flush()
            for person in clean.people:
                session.add(PartnerPerson(partner_id=row.id, **_person_values(person)))
            audit.record(session, "create", "partner", row.id, _changed_fields(clean))
            partner_id = row.id
        return self.detail(partner_id)

    def update(self, partner_id: int, data: PartnerInput) -> PartnerDetail:
        """Replace the partner's fields and contact people (ids of kept people may change)."""
        clean = validate_partner(data)
        with self._store.session() as session:
            row = session.get(Partner, partner_id)
            if row is None:
                raise UserError(NOT_FOUND)
            changed = [
                name for name in _PARTNER_FIELDS if getattr(row, name) != getattr(clean, name)
            ]
            for name in _PARTNER_FIELDS:
                setattr(row, name, getattr(clean, name))
            old_people = session.execute(
                select(PERSON.c.name, PERSON.c.role, PERSON.c.phone, PERSON.c.email)
                .where(PERSON.c.partner_id == partner_id)
                .order_by(PERSON.c.id)
            ).all()
            if [tuple(p) for p in old_people] != [
                tuple(_person_values(p).values()) for p in clean.people
            ]:
                changed.append("people")
                session.execute(delete(PERSON).where(PERSON.c.partner_id == partner_id))
                for person in clean.people:
                    session.add(PartnerPerson(partner_id=partner_id, **_person_values(person)))
            row.updated_at = datetime.now().replace(microsecond=0)
            audit.record(session, "update", "partner", partner_id, changed)
        return self.detail(partner_id)

    def delete(self, partner_id: int) -> None:
        """Delete a partner and its contact people — refused while referrals or releases name
        it: they are the record of who received which data (the recipients of an access
        request), and a release naming a deleted partner would count for its whole category."""
        with self._store.session() as session:
            row = session.get(Partner, partner_id)
            if row is None:
                raise UserError(NOT_FOUND)
            referrals = session.execute(
                select(func.count())
                .select_from(REFERRAL)
                .where(REFERRAL.c.partner_id == partner_id)
            ).scalar_one()
            releases = session.execute(
                select(func.count()).select_from(CONSENT).where(CONSENT.c.partner_id == partner_id)
            ).scalar_one()
            if referrals or releases:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "„{name}“ kann nicht gelöscht werden: {referrals} Weiterleitung(en) und "
                        "{releases} Schweigepflichtentbindung(en) nennen diese Stelle. Sie "
                        "bleiben der Nachweis, wer welche Daten erhalten hat. Ändern Sie "
                        "stattdessen die Angaben (z. B. „nicht mehr zuständig“ in den Notizen).",
                    ),
                    name=row.name,
                    referrals=referrals,
                    releases=releases,
                )
            session.delete(row)
            audit.record(session, "delete", "partner", partner_id)
        self._store.checkpoint()  # its contact people must leave the WAL too (erasure)

    # --- CSV -----------------------------------------------------------------------------------

    def export_csv(self, partner_ids: list[int] | None = None) -> bytes:
        """The directory (or the given partners) as CSV bytes; audited as an export."""
        statement = select(PARTNER).order_by(func.lower(PARTNER.c.name), PARTNER.c.id)
        if partner_ids is not None:
            statement = statement.where(PARTNER.c.id.in_(partner_ids))
        with self._store.engine.connect() as connection:
            rows = connection.execute(statement).all()
            people: dict[int, list[PersonInput]] = defaultdict(list)
            for person in connection.execute(select(PERSON).order_by(PERSON.c.id)):
                people[person.partner_id].append(
                    PersonInput(person.name, person.role, person.phone, person.email)
                )
        partners = [
            PartnerInput(
                **{name: getattr(row, name) for name in _PARTNER_FIELDS},
                people=tuple(people[row.id]),
            )
            for row in rows
        ]
        data = write_partners(partners)
        with self._store.session() as session:
            audit.record(session, "export", "partner", None, ["csv"])
        return data

    def preview_import(self, data: bytes) -> ImportPreview:
        """Check a CSV file completely; UserError if it is not a partner CSV at all."""
        parsed = parse_partners(data)
        with self._store.engine.connect() as connection:
            known = {
                _identity(name, city)
                for name, city in connection.execute(select(PARTNER.c.name, PARTNER.c.city))
            }
        new: list[CsvRow] = []
        existing: list[CsvRow] = []
        seen: dict[tuple[str, str], int] = {}
        problems = list(parsed.problems)
        for row in parsed.rows:
            key = _identity(row.partner.name, row.partner.city)
            if key in known:
                existing.append(row)
            elif key in seen:
                problems.append(
                    CsvProblem(
                        row.line,
                        Text(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "Dieselbe Stelle steht schon in Zeile {line}. Bitte eine der "
                                "beiden Zeilen löschen.",
                            ),
                            {"line": seen[key]},
                        ),
                    )
                )
            else:
                seen[key] = row.line
                new.append(row)
        problems.sort(key=lambda problem: problem.line)
        return ImportPreview(tuple(new), tuple(existing), tuple(problems))

    def import_csv(self, data: bytes) -> int:
        """Import the new rows of a checked file in one transaction; returns how many.

        Refused (nothing written) if any row has a problem: the preview lists them."""
        preview = self.preview_import(data)
        if preview.problems:
            first = preview.problems[0]
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Die Datei hat {count} fehlerhafte Zeile(n), zuerst Zeile {line}: {problem} "
                    "Es wurde nichts importiert.",
                ),
                count=len(preview.problems),
                line=first.line,
                problem=first.text,
            )
        if not preview.new:
            return 0
        with self._store.session() as session:
            first_id = None
            for row in preview.new:
                partner = row.partner
                partner_id = int(
                    session.execute(
                        insert(PARTNER)
                        .values(**{name: getattr(partner, name) for name in _PARTNER_FIELDS})
                        .returning(PARTNER.c.id)
                    ).scalar_one()
                )
                first_id = first_id or partner_id
                if partner.people:
                    session.execute(
                        insert(PERSON),
                        [
                            {"partner_id": partner_id, **_person_values(person)}
                            for person in partner.people
                        ],
                    )
            audit.record(session, "create", "partner", first_id, ["csv_import"])
        return len(preview.new)


def _person_values(person: PersonInput) -> dict[str, str]:
    return {"name": person.name, "role": person.role, "phone": person.phone, "email": person.email}


def _changed_fields(data: PartnerInput) -> list[str]:
    names = [name for name in _PARTNER_FIELDS if getattr(data, name)]
    if data.people:
        names.append("people")
    return names
