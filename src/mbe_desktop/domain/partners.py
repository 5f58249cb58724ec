"""Network partners (Netzwerkpartner): the input of the directory and its rules.

Shared by the partner dialog (through ``services.partners``) and the CSV import
(``domain.partner_csv``), so a partner typed in and a partner imported obey the same rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain.client_rules import clean_block, clean_line, had_invisible
from mbe_desktop.domain.errors import ValidationError
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text

MAX_PEOPLE = 20
MAX_LANGUAGES = 30

# Field limits follow the columns of storage.models.Partner / PartnerPerson.
LIMITS: dict[str, int] = {
    "name": 300,
    "category": 40,
    "street": 200,
    "postcode": 20,
    "city": 100,
    "region": 100,
    "phone": 60,
    "email": 200,
    "website": 300,
    "opening_hours": 2000,
    "languages": 300,
    "services": 4000,
    "notes": 4000,
}
PERSON_LIMITS: dict[str, int] = {"name": 200, "role": 200, "phone": 60, "email": 200}
MULTILINE = frozenset({"opening_hours", "services", "notes"})

LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Messages", "Name der Stelle"),
    "category": QT_TRANSLATE_NOOP("Messages", "Kategorie"),
    "street": QT_TRANSLATE_NOOP("Messages", "Straße und Hausnummer"),
    "postcode": QT_TRANSLATE_NOOP("Messages", "PLZ"),
    "city": QT_TRANSLATE_NOOP("Messages", "Ort"),
    "region": QT_TRANSLATE_NOOP("Messages", "Region"),
    "phone": QT_TRANSLATE_NOOP("Messages", "Telefon"),
    "email": QT_TRANSLATE_NOOP("Messages", "E-Mail"),
    "website": QT_TRANSLATE_NOOP("Messages", "Webseite"),
    "opening_hours": QT_TRANSLATE_NOOP("Messages", "Öffnungszeiten"),
    "languages": QT_TRANSLATE_NOOP("Messages", "Sprachen"),
    "services": QT_TRANSLATE_NOOP("Messages", "Angebote"),
    "notes": QT_TRANSLATE_NOOP("Messages", "Notizen"),
    "people": QT_TRANSLATE_NOOP("Messages", "Ansprechpersonen"),
}
PERSON_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Messages", "Name der Ansprechperson"),
    "role": QT_TRANSLATE_NOOP("Messages", "Funktion"),
    "phone": QT_TRANSLATE_NOOP("Messages", "Telefon der Ansprechperson"),
    "email": QT_TRANSLATE_NOOP("Messages", "E-Mail der Ansprechperson"),
}

_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
_PHONE_CHARS = frozenset("0123456789 +()/-.")
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


@dataclass(frozen=True)
class PersonInput:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class PartnerInput:
    name: str
    category: str  # PARTNER_CATEGORIES code
    street: str = ""
    postcode: str = ""
    city: str = ""
    region: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    opening_hours: str = ""
    languages: str = ""  # comma-separated ISO 639 codes, e.g. "de,en,ar"
    services: str = ""
    notes: str = ""
    people: tuple[PersonInput, ...] = ()


def _check_text(value: str, label: str, limit: int, field: str) -> None:
    if len(value) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "„{label}“ ist zu lang ({length} Zeichen, höchstens {limit}). Bitte kürzen.",
            ),
            field,
            label=Text(label),
            length=len(value),
            limit=limit,
        )


def _check_email(value: str, label: str, field: str) -> None:
    if value and not _EMAIL.fullmatch(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "„{label}“ ist keine gültige E-Mail-Adresse (Beispiel: info@stelle.de)."
            ),
            field,
            label=Text(label),
        )


def _check_phone(value: str, label: str, field: str) -> None:
    if value and not set(value) <= _PHONE_CHARS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "„{label}“ darf nur Ziffern, Leerzeichen und + ( ) / - . enthalten."
            ),
            field,
            label=Text(label),
        )


def normalise_languages(text: str) -> str:
    """ "de, EN;ar" -> "de,en,ar"; ValidationError for anything but two- or three-letter codes."""
    codes: list[str] = []
    for part in re.split(r"[,;/\s]+", text.strip().lower()):
        if not part:
            continue
        if not _LANGUAGE_CODE.fullmatch(part):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "„{code}“ ist kein Sprachkürzel. Bitte Kürzel wie de, en, ar, uk mit Komma "
                    "getrennt angeben.",
                ),
                "languages",
                code=part,
            )
        if part not in codes:
            codes.append(part)
    if len(codes) > MAX_LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Bitte höchstens {count} Sprachen angeben."),
            "languages",
            count=MAX_LANGUAGES,
        )
    return ",".join(codes)


def validate_partner(data: PartnerInput) -> PartnerInput:
    """The input as it is stored (trimmed, invisible characters removed), or ValidationError
    naming the field and what to do."""
    changes: dict[str, object] = {}
    for item in fields(PartnerInput):
        if item.name == "people":
            continue
        value = getattr(data, item.name)
        if not isinstance(value, str):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "„{label}“ ist kein Text."),
                item.name,
                label=Text(LABELS[item.name]),
            )
        changes[item.name] = clean_block(value) if item.name in MULTILINE else clean_line(value)
    clean = replace(data, **changes)  # type: ignore[arg-type]
    if not clean.name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Bitte den Namen der Stelle angeben."), "name"
        )
    if had_invisible(data.name):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Der Name enthält unsichtbare Steuerzeichen. Bitte den Namen neu eintippen.",
            ),
            "name",
        )
    if clean.category not in cat.PARTNER_CATEGORIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Bitte eine Kategorie aus der Liste wählen."), "category"
        )
    for name, limit in LIMITS.items():
        _check_text(getattr(clean, name), LABELS[name], limit, name)
    _check_email(clean.email, LABELS["email"], "email")
    _check_phone(clean.phone, LABELS["phone"], "phone")
    languages = normalise_languages(clean.languages)
    if len(data.people) > MAX_PEOPLE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Bitte höchstens {count} Ansprechpersonen je Stelle angeben."
            ),
            "people",
            count=MAX_PEOPLE,
        )
    people = []
    for person in data.people:
        cleaned = PersonInput(*(clean_line(getattr(person, f.name)) for f in fields(PersonInput)))
        if not any(getattr(cleaned, f.name) for f in fields(PersonInput)):
            continue  # an empty row in the dialog
        if not cleaned.name:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Jede Ansprechperson braucht einen Namen (oder die Zeile leeren)."
                ),
                "people",
            )
        for name, limit in PERSON_LIMITS.items():
            _check_text(getattr(cleaned, name), PERSON_LABELS[name], limit, "people")
        _check_email(cleaned.email, PERSON_LABELS["email"], "people")
        _check_phone(cleaned.phone, PERSON_LABELS["phone"], "people")
        people.append(cleaned)
    return replace(clean, languages=languages, people=tuple(people))


__all__ = [
    "LABELS",
    "MAX_PEOPLE",
    "PartnerInput",
    "PersonInput",
    "normalise_languages",
    "validate_partner",
]
