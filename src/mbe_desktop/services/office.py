"""The office profile (letterheads, statistics office code, data-protection law)."""

from __future__ import annotations

from dataclasses import fields, replace

from mbe_desktop.domain.catalogues import DATA_PROTECTION_LAWS
from mbe_desktop.domain.errors import ValidationError
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP
from mbe_desktop.domain.office import OfficeProfile
from mbe_desktop.services import audit
from mbe_desktop.storage.models import OfficeProfileRow
from mbe_desktop.storage.store import Store, office_row

FIELD_LIMITS = {"postcode": 20, "phone": 60, "office_code": 40}
DEFAULT_LIMIT = 200


def validate_office(office: OfficeProfile) -> OfficeProfile:
    """Trim every field and check the rules; raises ValidationError naming the field."""
    trimmed = replace(office, **{f.name: getattr(office, f.name).strip() for f in fields(office)})
    if not trimmed.counsellor_name:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Bitte geben Sie den Namen der Beraterin/des Beraters an."
            ),
            "counsellor_name",
        )
    if not trimmed.office_name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Bitte geben Sie den Namen der Beratungsstelle an."),
            "office_name",
        )
    for field in fields(trimmed):
        value = getattr(trimmed, field.name)
        if len(value) > FIELD_LIMITS.get(field.name, DEFAULT_LIMIT):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Diese Angabe ist zu lang."), field.name
            )
        if any(ord(ch) < 32 for ch in value):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Diese Angabe enthält Steuerzeichen."), field.name
            )
    if trimmed.email and ("@" not in trimmed.email or " " in trimmed.email):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Die E-Mail-Adresse ist ungültig."), "email"
        )
    if trimmed.data_protection_law not in DATA_PROTECTION_LAWS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Unbekanntes Datenschutzgesetz."), "data_protection_law"
        )
    return trimmed


class OfficeService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def profile(self) -> OfficeProfile:
        with self._store.read_session() as session:
            row = session.get(OfficeProfileRow, 1)
            if row is None:
                return OfficeProfile(counsellor_name="", office_name="")
            return OfficeProfile(**{f.name: getattr(row, f.name) for f in fields(OfficeProfile)})

    def update(self, office: OfficeProfile) -> OfficeProfile:
        clean = validate_office(office)
        with self._store.session() as session:
            row = session.get(OfficeProfileRow, 1)
            if row is None:
                session.add(office_row(clean, is_demo=False))
            else:
                for f in fields(OfficeProfile):
                    setattr(row, f.name, getattr(clean, f.name))
            audit.record(session, "update", "office_profile", 1)
        return clean
