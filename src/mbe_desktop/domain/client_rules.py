"""The client record as the intake form edits it, how its text is cleaned, and its rules.

Pure Python (no Qt, no SQL): ``clean`` normalises what a user typed or pasted, ``check`` tells
which values block saving (errors) and which only deserve a second look (warnings). Every
``Problem`` names a ``ClientInput`` field and carries a German message for the form (shown in the
UI language, see ``domain.messages``).

Cleaning, so that what is stored is what the user sees:

* text is NFC-normalised; invisible characters that only cause trouble (C0/C1 control
  characters, zero-width spaces, word joiners, byte-order marks, soft hyphens, bidi
  embeddings/overrides/isolates and marks, lone surrogates) are removed. Zero-width (non-)joiners
  stay: Persian and other scripts need them inside words, and emoji sequences use them;
* single-line fields: pasted tabs and line breaks become spaces, runs of spaces collapse,
  leading/trailing spaces go; the multi-line consent scope keeps its line breaks;
* code lists are trimmed, de-duplicated, country codes upper-case, language codes lower-case;
* a birth date wins over a birth year (the year is dropped; storage derives it from the
  date).

Nothing else is changed: emoji, right-to-left text and SQL-looking text are ordinary text.
Over-long text is refused with a reason, never cut silently.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields, replace
from datetime import date

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain.bounded import is_row_id
from mbe_desktop.domain.countries import country, language
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text, display
from mbe_desktop.domain.names import fold, phone_digits

DEFAULT_CONSENT_SCOPE = (
    "Verarbeitung meiner Angaben für die Beratung und ihre Dokumentation in der "
    "Migrationsberatung für erwachsene Zugewanderte (MBE)"
)

ADULT_AGE = 18  # younger people are not counselled by the MBE
MBE_AGE = 27  # the MBE's target group; younger adults usually go to the JMD
OLDEST_AGE = 120


@dataclass(frozen=True)
class ClientInput:
    """Everything the intake form edits; the defaults are an empty form."""

    family_name: str = ""
    given_names: str = ""
    name_latin: str = ""
    gender: str = "unspecified"
    birth_date: date | None = None
    birth_year: int | None = None  # only when the date is unknown; a date wins
    nationalities: tuple[str, ...] = ()  # ISO alpha-2 (+ "XX" stateless, "XU" unknown, "XK")
    languages: tuple[str, ...] = ()  # ISO 639 codes
    interpreter_needed: bool = False
    interpreter_language: str = ""
    arrival_date: date | None = None
    residence_status: str = "unknown"
    residence_legal_basis: str = ""
    residence_valid_until: date | None = None
    course_right: str = "unknown"
    course_status: str = "not_started"
    german_level: str = "unknown"
    education: str = "unknown"
    qualification: str = ""
    recognition_status: str = "not_applicable"
    employment_status: str = "unknown"
    benefits: str = "unknown"
    household_size: int | None = None
    children_count: int | None = None
    living_situation: str = "unknown"
    phone: str = ""
    email: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    how_found: str = "other"
    first_contact_date: date | None = None  # the form defaults to today
    first_contact_place: str = ""  # "" = the office
    outreach_location_id: int | None = None
    consent_given_on: date | None = None  # GDPR consent (kind gdpr_processing)
    consent_scope: str = ""  # German text of what the consent covers


INPUT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ClientInput))


@dataclass(frozen=True)
class Problem:
    field: str  # a ClientInput field name
    text: str  # German (a ``Text``), or a text the UI has translated already

    @property
    def message(self) -> str:
        """Shown inline next to the field, in the UI language."""
        return display(self.text)


@dataclass(frozen=True)
class CheckResult:
    errors: tuple[Problem, ...]  # block saving
    warnings: tuple[Problem, ...]  # shown; saving is allowed

    @property
    def ok(self) -> bool:
        return not self.errors

    def first_error(self) -> Problem | None:
        return self.errors[0] if self.errors else None


# German labels of the fields (form labels, merge dialog, messages).
FIELD_LABELS: dict[str, str] = {
    "family_name": QT_TRANSLATE_NOOP("Messages", "Familienname"),
    "given_names": QT_TRANSLATE_NOOP("Messages", "Vornamen"),
    "name_latin": QT_TRANSLATE_NOOP("Messages", "Name in lateinischer Schrift"),
    "gender": QT_TRANSLATE_NOOP("Messages", "Geschlecht"),
    "birth_date": QT_TRANSLATE_NOOP("Messages", "Geburtsdatum"),
    "birth_year": QT_TRANSLATE_NOOP("Messages", "Geburtsjahr"),
    "nationalities": QT_TRANSLATE_NOOP("Messages", "Staatsangehörigkeiten"),
    "languages": QT_TRANSLATE_NOOP("Messages", "Sprachen"),
    "interpreter_needed": QT_TRANSLATE_NOOP("Messages", "Sprachmittlung nötig"),
    "interpreter_language": QT_TRANSLATE_NOOP("Messages", "Sprache für die Sprachmittlung"),
    "arrival_date": QT_TRANSLATE_NOOP("Messages", "Einreise"),
    "residence_status": QT_TRANSLATE_NOOP("Messages", "Aufenthaltsstatus"),
    "residence_legal_basis": QT_TRANSLATE_NOOP("Messages", "Rechtsgrundlage"),
    "residence_valid_until": QT_TRANSLATE_NOOP("Messages", "Aufenthaltstitel gültig bis"),
    "course_right": QT_TRANSLATE_NOOP("Messages", "Integrationskurs: Zugang"),
    "course_status": QT_TRANSLATE_NOOP("Messages", "Integrationskurs: Stand"),
    "german_level": QT_TRANSLATE_NOOP("Messages", "Deutschkenntnisse"),
    "education": QT_TRANSLATE_NOOP("Messages", "Schul- und Berufsbildung"),
    "qualification": QT_TRANSLATE_NOOP("Messages", "Beruf/Abschluss"),
    "recognition_status": QT_TRANSLATE_NOOP("Messages", "Anerkennung"),
    "employment_status": QT_TRANSLATE_NOOP("Messages", "Erwerbssituation"),
    "benefits": QT_TRANSLATE_NOOP("Messages", "Leistungsbezug"),
    "household_size": QT_TRANSLATE_NOOP("Messages", "Personen im Haushalt"),
    "children_count": QT_TRANSLATE_NOOP("Messages", "Kinder"),
    "living_situation": QT_TRANSLATE_NOOP("Messages", "Wohnsituation"),
    "phone": QT_TRANSLATE_NOOP("Messages", "Telefon"),
    "email": QT_TRANSLATE_NOOP("Messages", "E-Mail"),
    "street": QT_TRANSLATE_NOOP("Messages", "Straße und Hausnummer"),
    "postcode": QT_TRANSLATE_NOOP("Messages", "PLZ"),
    "city": QT_TRANSLATE_NOOP("Messages", "Ort"),
    "how_found": QT_TRANSLATE_NOOP("Messages", "Zugang zur MBE"),
    "first_contact_date": QT_TRANSLATE_NOOP("Messages", "Erstkontakt am"),
    "first_contact_place": QT_TRANSLATE_NOOP("Messages", "Ort des Erstkontakts"),
    "outreach_location_id": QT_TRANSLATE_NOOP("Messages", "Außensprechstunde"),
    "consent_given_on": QT_TRANSLATE_NOOP("Messages", "Einwilligung erteilt am"),
    "consent_scope": QT_TRANSLATE_NOOP("Messages", "Umfang der Einwilligung"),
}

# Catalogue-coded fields and their code lists.
CATALOGUE_FIELDS: dict[str, cat.Catalogue] = {
    "gender": cat.GENDERS,
    "residence_status": cat.RESIDENCE_STATUSES,
    "course_right": cat.COURSE_RIGHTS,
    "course_status": cat.COURSE_STATUSES,
    "german_level": cat.CEFR_LEVELS,
    "education": cat.EDUCATION_LEVELS,
    "recognition_status": cat.RECOGNITION_STATUSES,
    "employment_status": cat.EMPLOYMENT_STATUSES,
    "benefits": cat.BENEFITS,
    "living_situation": cat.LIVING_SITUATIONS,
    "how_found": cat.HOW_FOUND,
}

# Longest accepted text per field (characters after cleaning).
MAX_LENGTHS: dict[str, int] = {
    "family_name": 200,
    "given_names": 200,
    "name_latin": 200,
    "interpreter_language": 10,
    "residence_legal_basis": 200,
    "qualification": 300,
    "phone": 60,
    "email": 200,
    "street": 200,
    "postcode": 20,
    "city": 100,
    "first_contact_place": 200,
    "consent_scope": 2000,
}
CODE_FIELDS = frozenset({*CATALOGUE_FIELDS, "interpreter_language"})
MULTILINE_FIELDS = frozenset({"consent_scope"})
TEXT_FIELDS = tuple(name for name in MAX_LENGTHS if name not in CODE_FIELDS)
MAX_NATIONALITIES = 5
MAX_LANGUAGES = 12
MAX_HOUSEHOLD = 30
MAX_CHILDREN = 30

# Invisible characters removed from every text: zero-width space, word joiner, BOM, soft
# hyphen, Mongolian vowel separator, LRM/RLM/ALM, bidi embeddings, overrides and isolates.
_INVISIBLE = frozenset(
    "\u200b\u2060\ufeff\u00ad\u180e\u200e\u200f\u061c"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_PHONE_CHARS = frozenset(" +()/-.")
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
_GERMAN_POSTCODE = re.compile(r"\d{5}")
IMPLAUSIBLE_DATE = QT_TRANSLATE_NOOP("Messages", "Dieses Datum ist nicht plausibel.")
NUMBER_RANGE = QT_TRANSLATE_NOOP("Messages", "Bitte eine Zahl von {lowest} bis {highest} angeben.")


# --- cleaning --------------------------------------------------------------------------------


def _drop_invisible(text: str, keep: str = "") -> str:
    """NFC text without control characters (except those in ``keep``), lone surrogates and
    the invisible formatting characters in ``_INVISIBLE``."""
    kept = []
    for char in text:
        if char in keep:
            kept.append(char)
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cs") or char in _INVISIBLE:
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def clean_line(text: str) -> str:
    """One line of text: invisible characters removed, any whitespace run one space, trimmed."""
    return " ".join(_drop_invisible(text, keep="\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85").split())


def clean_block(text: str) -> str:
    """Multi-line text: line breaks kept (as ``\\n``), tabs and space runs one space, lines
    trimmed, no empty lines at the start or end."""
    unified = _LINE_BREAKS.sub("\n", _drop_invisible(text, keep="\t\n\r\x85"))
    lines = [" ".join(line.split()) for line in unified.split("\n")]
    return "\n".join(lines).strip("\n")


def had_invisible(text: str) -> bool:
    """True if ``text`` contains characters that cleaning removes (not just spacing)."""
    return any(
        char in _INVISIBLE or (unicodedata.category(char) in ("Cc", "Cs") and not char.isspace())
        for char in text
    )


def _clean_codes(codes: tuple[str, ...], upper: bool) -> tuple[str, ...]:
    cleaned = (clean_line(code) for code in codes)
    cased = (code.upper() if upper else code.lower() for code in cleaned)
    return tuple(dict.fromkeys(code for code in cased if code))


def clean(data: ClientInput) -> ClientInput:
    """The input as it would be stored. Idempotent: ``clean(clean(x)) == clean(x)``."""
    changes: dict[str, object] = {}
    for name in MAX_LENGTHS:
        value = getattr(data, name)
        changes[name] = clean_block(value) if name in MULTILINE_FIELDS else clean_line(value)
    for name in CATALOGUE_FIELDS:
        changes[name] = clean_line(getattr(data, name))
    changes["interpreter_language"] = clean_line(data.interpreter_language).lower()
    changes["nationalities"] = _clean_codes(tuple(data.nationalities), upper=True)
    changes["languages"] = _clean_codes(tuple(data.languages), upper=False)
    if data.birth_date is not None:
        changes["birth_year"] = None  # the date wins; the year is stored from it
    if data.consent_given_on is not None and not changes["consent_scope"]:
        changes["consent_scope"] = DEFAULT_CONSENT_SCOPE
    return replace(data, **changes)  # type: ignore[arg-type]


# --- ages ------------------------------------------------------------------------------------


def age_on(today: date, birth_date: date | None, birth_year: int | None) -> int | None:
    """Completed years at ``today``; with only a year known, the age reached this year."""
    if birth_date is not None:
        before_birthday = (today.month, today.day) < (birth_date.month, birth_date.day)
        return today.year - birth_date.year - (1 if before_birthday else 0)
    if birth_year is not None:
        return today.year - birth_year
    return None


def birth_text(birth_date: date | None, birth_year: int | None) -> str:
    """ "12.03.1985", "1985" or "" — as lists and duplicate hints show a birth."""
    if birth_date is not None:
        return format_date_de(birth_date)
    return str(birth_year) if birth_year is not None else ""


# --- checking --------------------------------------------------------------------------------


class _Collector:
    def __init__(self) -> None:
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []

    def error(self, field: str, template: str, **params: object) -> None:
        if not any(problem.field == field for problem in self.errors):
            # one error per field is enough
            self.errors.append(Problem(field, Text(template, params)))

    def warn(self, field: str, template: str, **params: object) -> None:
        self.warnings.append(Problem(field, Text(template, params)))

    def result(self) -> CheckResult:
        order = {name: index for index, name in enumerate(INPUT_FIELDS)}
        errors = sorted(self.errors, key=lambda problem: order.get(problem.field, len(order)))
        warned = {problem.field for problem in errors}
        warnings = [problem for problem in self.warnings if problem.field not in warned]
        warnings.sort(key=lambda problem: order.get(problem.field, len(order)))
        return CheckResult(tuple(errors), tuple(warnings))


def check(data: ClientInput, today: date) -> CheckResult:
    """All rules over the cleaned input. Never raises for any values of the declared types."""
    found = _Collector()
    for name in MAX_LENGTHS:
        if had_invisible(getattr(data, name)):
            found.warn(
                name, QT_TRANSLATE_NOOP("Messages", "Unsichtbare Steuerzeichen wurden entfernt.")
            )
    clean_data = clean(data)
    _check_lengths(clean_data, found)
    _check_names(clean_data, found)
    _check_codes(clean_data, found)
    _check_birth(clean_data, today, found)
    _check_dates(clean_data, today, found)
    _check_household(clean_data, found)
    _check_contact(clean_data, found)
    return found.result()


def _check_lengths(data: ClientInput, found: _Collector) -> None:
    for name, limit in MAX_LENGTHS.items():
        length = len(getattr(data, name))
        if length > limit:
            found.error(
                name,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Die Angabe ist zu lang: höchstens {limit} Zeichen, eingegeben {length}.",
                ),
                limit=limit,
                length=length,
            )


def _check_names(data: ClientInput, found: _Collector) -> None:
    if not data.family_name:
        found.error(
            "family_name",
            QT_TRANSLATE_NOOP(
                "Messages",
                "Bitte geben Sie den Familiennamen an (bei nur einem Namen diesen hier).",
            ),
        )
    elif not data.name_latin:
        written = f"{data.family_name} {data.given_names}"
        right_to_left = any(unicodedata.bidirectional(char) in ("R", "AL") for char in written)
        if right_to_left or not fold(written):
            found.warn(
                "name_latin",
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Bitte ergänzen Sie den Namen in lateinischer Schrift (wie im Pass), damit "
                    "er in der Suche und auf Briefen richtig erscheint.",
                ),
            )
    if data.name_latin and not _is_latin(data.name_latin):
        found.warn(
            "name_latin",
            QT_TRANSLATE_NOOP("Messages", "Hier bitte nur lateinische Buchstaben verwenden."),
        )


def _is_latin(text: str) -> bool:
    for char in text:
        if unicodedata.category(char)[0] == "L" and not unicodedata.name(char, "").startswith(
            "LATIN"
        ):
            return False
    return True


def _check_codes(data: ClientInput, found: _Collector) -> None:
    for name, catalogue in CATALOGUE_FIELDS.items():
        if getattr(data, name) not in catalogue:
            found.error(
                name, QT_TRANSLATE_NOOP("Messages", "Bitte wählen Sie einen Wert aus der Liste.")
            )
    unknown = [code for code in data.nationalities if country(code) is None]
    if unknown:
        found.error(
            "nationalities",
            QT_TRANSLATE_NOOP("Messages", "Unbekannter Staat: {codes}."),
            codes=", ".join(unknown),
        )
    elif len(data.nationalities) > MAX_NATIONALITIES:
        found.error(
            "nationalities",
            QT_TRANSLATE_NOOP("Messages", "Höchstens {count} Staatsangehörigkeiten."),
            count=MAX_NATIONALITIES,
        )
    unknown = [code for code in data.languages if language(code) is None]
    if unknown:
        found.error(
            "languages",
            QT_TRANSLATE_NOOP("Messages", "Unbekannte Sprache: {codes}."),
            codes=", ".join(unknown),
        )
    elif len(data.languages) > MAX_LANGUAGES:
        found.error(
            "languages",
            QT_TRANSLATE_NOOP("Messages", "Höchstens {count} Sprachen."),
            count=MAX_LANGUAGES,
        )
    if data.interpreter_language and language(data.interpreter_language) is None:
        found.error(
            "interpreter_language",
            QT_TRANSLATE_NOOP("Messages", "Bitte wählen Sie eine Sprache aus der Liste."),
        )
    elif data.interpreter_needed and not data.interpreter_language:
        found.warn(
            "interpreter_language",
            QT_TRANSLATE_NOOP("Messages", "Für welche Sprache wird Sprachmittlung gebraucht?"),
        )


def _check_birth(data: ClientInput, today: date, found: _Collector) -> None:
    field = "birth_date" if data.birth_date is not None else "birth_year"
    if data.birth_date is None and data.birth_year is None:
        found.error(
            "birth_date",
            QT_TRANSLATE_NOOP(
                "Messages", "Bitte geben Sie das Geburtsdatum an (oder wenigstens das Geburtsjahr)."
            ),
        )
        return
    if data.birth_date is not None and data.birth_date > today:
        found.error(field, QT_TRANSLATE_NOOP("Messages", "Das Geburtsdatum liegt in der Zukunft."))
        return
    if data.birth_date is None and data.birth_year is not None and data.birth_year > today.year:
        found.error(field, QT_TRANSLATE_NOOP("Messages", "Das Geburtsjahr liegt in der Zukunft."))
        return
    age = age_on(today, data.birth_date, data.birth_year)
    if age is None:
        return
    if age > OLDEST_AGE:
        found.error(
            field,
            QT_TRANSLATE_NOOP("Messages", "Das ergibt ein Alter über {age} Jahren. Bitte prüfen."),
            age=OLDEST_AGE,
        )
    elif age < ADULT_AGE:
        found.error(
            field,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Die Person ist {age} Jahre alt. Die MBE berät Erwachsene; unter 18 Jahren ist "
                "der Jugendmigrationsdienst (JMD) zuständig.",
            ),
            age=age,
        )
    elif age < MBE_AGE:
        found.warn(
            field,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Die Person ist {age} Jahre alt. Unter 27 Jahren ist in der Regel der "
                "Jugendmigrationsdienst (JMD) zuständig.",
            ),
            age=age,
        )


def _check_dates(data: ClientInput, today: date, found: _Collector) -> None:
    birth = data.birth_date
    birth_year = data.birth_year if birth is None else birth.year

    def before_birth(value: date) -> bool:
        return (birth is not None and value < birth) or (
            birth is None and birth_year is not None and value.year < birth_year
        )

    # field, "in the future", "before the birth"
    for field, future, early in (
        (
            "arrival_date",
            QT_TRANSLATE_NOOP("Messages", "Die Einreise liegt in der Zukunft."),
            QT_TRANSLATE_NOOP("Messages", "Die Einreise liegt vor der Geburt."),
        ),
        (
            "first_contact_date",
            QT_TRANSLATE_NOOP("Messages", "Der Erstkontakt liegt in der Zukunft."),
            QT_TRANSLATE_NOOP("Messages", "Der Erstkontakt liegt vor der Geburt."),
        ),
        (
            "consent_given_on",
            QT_TRANSLATE_NOOP("Messages", "Die Einwilligung liegt in der Zukunft."),
            QT_TRANSLATE_NOOP("Messages", "Die Einwilligung liegt vor der Geburt."),
        ),
    ):
        value = getattr(data, field)
        if value is None:
            continue
        if value > today:
            found.error(field, future)
        elif value.year < 1900:
            found.error(field, IMPLAUSIBLE_DATE)
        elif before_birth(value):
            found.error(field, early)
    if data.first_contact_date is None:
        found.error(
            "first_contact_date",
            QT_TRANSLATE_NOOP("Messages", "Bitte geben Sie das Datum des Erstkontakts an."),
        )
    if data.consent_given_on is None:
        found.error(
            "consent_given_on",
            QT_TRANSLATE_NOOP(
                "Messages",
                "Bitte erfassen Sie die Einwilligung in die Datenverarbeitung mit Datum.",
            ),
        )
    valid_until = data.residence_valid_until
    if valid_until is not None:
        if valid_until.year < 1950 or valid_until.year > today.year + 50:
            found.error("residence_valid_until", IMPLAUSIBLE_DATE)
        elif valid_until < today:
            found.warn(
                "residence_valid_until",
                QT_TRANSLATE_NOOP(
                    "Messages", "Der Aufenthaltstitel ist seit dem {date} abgelaufen."
                ),
                date=format_date_de(valid_until),
            )


def _check_household(data: ClientInput, found: _Collector) -> None:
    if data.household_size is not None and not 1 <= data.household_size <= MAX_HOUSEHOLD:
        found.error("household_size", NUMBER_RANGE, lowest=1, highest=MAX_HOUSEHOLD)
    if data.children_count is not None and not 0 <= data.children_count <= MAX_CHILDREN:
        found.error("children_count", NUMBER_RANGE, lowest=0, highest=MAX_CHILDREN)
    if data.outreach_location_id is not None and not is_row_id(data.outreach_location_id):
        found.error(
            "outreach_location_id",
            QT_TRANSLATE_NOOP("Messages", "Bitte wählen Sie einen Ort aus der Liste."),
        )


def _check_contact(data: ClientInput, found: _Collector) -> None:
    if data.phone:
        allowed = all(
            char in _PHONE_CHARS or unicodedata.category(char) == "Nd" for char in data.phone
        )
        digits = phone_digits(data.phone)
        if not allowed:
            found.error(
                "phone",
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - . enthalten.",
                ),
            )
        elif "+" in data.phone[1:]:
            found.error(
                "phone",
                QT_TRANSLATE_NOOP("Messages", "Das + gehört nur an den Anfang der Telefonnummer."),
            )
        elif not 4 <= len(digits) <= 20:
            found.error(
                "phone",
                QT_TRANSLATE_NOOP(
                    "Messages", "Die Telefonnummer hat zu wenige oder zu viele Ziffern."
                ),
            )
    if data.email and (not _EMAIL.fullmatch(data.email) or ".." in data.email):
        found.error(
            "email",
            QT_TRANSLATE_NOOP(
                "Messages", "Die E-Mail-Adresse ist ungültig (Beispiel: name@example.org)."
            ),
        )
    if data.postcode and not _GERMAN_POSTCODE.fullmatch(data.postcode):
        found.warn(
            "postcode", QT_TRANSLATE_NOOP("Messages", "Deutsche Postleitzahlen haben fünf Ziffern.")
        )
