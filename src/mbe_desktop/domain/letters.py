"""Referral letters: the data a letter may pass on, purposes, placeholders and templates.

Data minimisation: a letter names the client and passes on only what the counsellor ticks;
each purpose suggests the few data it needs (nothing else is ticked by default). Templates are
plain text with placeholders in curly braces (``{Name}``); a template with an unknown
placeholder or a stray brace is refused with the reason, and before a letter is rendered every
placeholder it uses must have a value — missing ones are listed by name, never left blank.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from mbe_desktop.domain.access_report import DATA_LABELS
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text

# The name always goes with a referral (both codes are stored in Referral.data_shared).
NAME_CODES: tuple[str, ...] = ("family_name", "given_names")


@dataclass(frozen=True)
class DataItem:
    code: str  # a DATA_LABELS key, stored in Referral.data_shared and Consent.data_categories
    label: str  # German


# What a letter may pass on beyond the name, in the order of the checklist.
DATA_ITEMS: tuple[DataItem, ...] = tuple(
    DataItem(code, DATA_LABELS[code])
    for code in (
        "birth_date",
        "address",
        "phone",
        "email",
        "nationality",
        "languages",
        "residence_status",
        "german_level",
        "course_right",
        "course_status",
        "education",
        "qualification",
        "recognition_status",
        "employment_status",
        "benefits",
        "household",
    )
)
DATA_CODES = frozenset(item.code for item in DATA_ITEMS)
DATA_ITEM_LABELS: dict[str, str] = {item.code: item.label for item in DATA_ITEMS} | {
    "family_name": DATA_LABELS["family_name"],
    "given_names": DATA_LABELS["given_names"],
}


@dataclass(frozen=True)
class Purpose:
    text: str  # German; a release must name the same purpose (compared ignoring case/spaces)
    data: tuple[str, ...]  # DATA_ITEMS codes ticked by default for this purpose


# Common purposes (the same wording as the demo releases). The counsellor may type another.
PURPOSES: tuple[Purpose, ...] = (
    Purpose("Anmeldung zum Integrationskurs", ("birth_date", "course_right", "german_level")),
    Purpose("Unterstützung bei der Arbeitssuche", ("qualification", "german_level")),
    Purpose("Prüfung der Anerkennung des Berufsabschlusses", ("qualification", "education")),
    Purpose("Beratung zu Ausbildung", ("education", "german_level")),
    Purpose("Klärung des Aufenthaltsrechts", ("birth_date", "residence_status", "nationality")),
    Purpose("Sicherung der Wohnung", ("address", "household", "benefits")),
    Purpose("Vermittlung ärztlicher Versorgung", ()),
    Purpose("Unterstützung für die Familie", ("household",)),
    Purpose("Schuldnerberatung", ("benefits", "employment_status")),
    Purpose("Klärung von Leistungsansprüchen", ("benefits", "household")),
    Purpose("Vermittlung in ein Ehrenamtsangebot", ()),
    Purpose("Beratung zur Einbürgerung", ("residence_status", "german_level")),
    Purpose("Psychosoziale Beratung", ()),
    Purpose("Weiterleitung zur Klärung eines Anliegens", ()),
)


def normalise_purpose(text: str) -> str:
    return " ".join(text.casefold().split())


def purpose_data(text: str) -> tuple[str, ...]:
    """The data a known purpose needs (ticked by default); () for a purpose typed freely."""
    wanted = normalise_purpose(text)
    for purpose in PURPOSES:
        if normalise_purpose(purpose.text) == wanted:
            return purpose.data
    return ()


# --- placeholders ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Placeholder:
    name: str  # as written in a template, without braces
    description: str  # German, shown in the template editor
    data: str = ""  # a DATA_ITEMS code the letter must pass on for this placeholder


PLACEHOLDERS: tuple[Placeholder, ...] = (
    Placeholder("Name", "Name der/des Ratsuchenden (lateinisch, dazu wie geschrieben)"),
    Placeholder("Anrede", "„Frau“ oder „Herr“ – leer bei „divers“ oder ohne Angabe"),
    Placeholder(
        "AnredeGebeugt",
        "„Frau“ oder „Herrn“ – nach „für“, „mit“ oder als Objekt („wir begleiten Herrn …“)",
    ),
    Placeholder("Aktennummer", "Nummer der Akte (unser Zeichen)"),
    Placeholder("Zweck", "Zweck der Weiterleitung"),
    Placeholder("Partner", "Name der Stelle, an die das Schreiben geht"),
    Placeholder("Ansprechperson", "gewählte Ansprechperson bei der Stelle"),
    Placeholder("Beratungsstelle", "Name Ihrer Beratungsstelle"),
    Placeholder("Berater", "Ihr Name (Beraterin/Berater)"),
    Placeholder("Datum", "Datum des Schreibens"),
    Placeholder("Angaben", "Liste der angehakten Angaben (als eigener Absatz)"),
    Placeholder("Geburtsdatum", "Geburtsdatum", "birth_date"),
    Placeholder("Anschrift", "Anschrift", "address"),
    Placeholder("Telefon", "Telefon", "phone"),
    Placeholder("EMail", "E-Mail-Adresse", "email"),
    Placeholder("Staatsangehörigkeit", "Staatsangehörigkeiten", "nationality"),
    Placeholder("Sprachen", "Sprachen", "languages"),
    Placeholder("Aufenthaltsstatus", "Aufenthaltsstatus", "residence_status"),
    Placeholder("Deutschkenntnisse", "Deutschkenntnisse", "german_level"),
    Placeholder("Integrationskurs", "Zugang zum Integrationskurs", "course_right"),
    Placeholder("Kursstand", "Stand im Integrationskurs", "course_status"),
    Placeholder("Schulbildung", "Schul- und Berufsbildung", "education"),
    Placeholder("Beruf", "Beruf/Abschluss", "qualification"),
    Placeholder("Anerkennung", "Stand der Anerkennung", "recognition_status"),
    Placeholder("Erwerbssituation", "Erwerbssituation", "employment_status"),
    Placeholder("Leistungsbezug", "Leistungsbezug", "benefits"),
    Placeholder("Haushalt", "Personen im Haushalt und Kinder", "household"),
)
PLACEHOLDERS_BY_NAME: dict[str, Placeholder] = {p.name: p for p in PLACEHOLDERS}
DATA_LIST = "Angaben"  # the placeholder for the list of ticked data

_TOKEN = re.compile(r"\{([^{}\n]{0,60})\}")
MAX_SUBJECT = 300
MAX_BODY = 10_000
MAX_TEMPLATE_NAME = 200


def placeholders_in(text: str) -> list[str]:
    """The placeholder names used in ``text``, in order of first use."""
    return list(dict.fromkeys(match.group(1) for match in _TOKEN.finditer(text)))


def template_problems(name: str, subject: str, body: str) -> list[Text]:
    """Why a template cannot be used (German, one reason each); [] if it is fine."""
    problems: list[Text] = []

    def problem(template: str, **params: object) -> None:
        problems.append(Text(template, params))

    if not name.strip():
        problem(QT_TRANSLATE_NOOP("Messages", "Bitte der Vorlage einen Namen geben."))
    elif len(name) > MAX_TEMPLATE_NAME:
        problem(
            QT_TRANSLATE_NOOP("Messages", "Der Name der Vorlage ist zu lang (höchstens {limit})."),
            limit=MAX_TEMPLATE_NAME,
        )
    if not subject.strip():
        problem(QT_TRANSLATE_NOOP("Messages", "Der Betreff fehlt."))
    elif len(subject) > MAX_SUBJECT:
        problem(
            QT_TRANSLATE_NOOP("Messages", "Der Betreff ist zu lang (höchstens {limit} Zeichen)."),
            limit=MAX_SUBJECT,
        )
    if "\n" in subject.strip():
        problem(QT_TRANSLATE_NOOP("Messages", "Der Betreff muss in eine Zeile passen."))
    if not body.strip():
        problem(QT_TRANSLATE_NOOP("Messages", "Der Text des Schreibens fehlt."))
    elif len(body) > MAX_BODY:
        problem(
            QT_TRANSLATE_NOOP("Messages", "Der Text ist zu lang (höchstens {limit} Zeichen)."),
            limit=MAX_BODY,
        )
    # in the subject, in the text: an unknown placeholder, an unmatched brace
    for text, unknown, unmatched in (
        (
            subject,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Unbekannter Platzhalter „{{{placeholder}}}“ im Betreff. Erlaubt sind die "
                "Platzhalter aus der Liste neben dem Text (Groß-/Kleinschreibung beachten).",
            ),
            QT_TRANSLATE_NOOP(
                "Messages",
                "Im Betreff steht eine geschweifte Klammer ohne Gegenstück. Platzhalter "
                "schreiben Sie so: {Name}.",
            ),
        ),
        (
            body,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Unbekannter Platzhalter „{{{placeholder}}}“ im Text. Erlaubt sind die "
                "Platzhalter aus der Liste neben dem Text (Groß-/Kleinschreibung beachten).",
            ),
            QT_TRANSLATE_NOOP(
                "Messages",
                "Im Text steht eine geschweifte Klammer ohne Gegenstück. Platzhalter "
                "schreiben Sie so: {Name}.",
            ),
        ),
    ):
        for found in placeholders_in(text):
            if found not in PLACEHOLDERS_BY_NAME:
                problem(unknown, placeholder=found)
        rest = _TOKEN.sub("", text)
        if "{" in rest or "}" in rest:
            problem(unmatched)
    if f"{{{DATA_LIST}}}" in subject:
        problem(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{Angaben} ist eine Liste und kann nur im Text stehen, nicht im Betreff.",
            )
        )
    for paragraph in body.split("\n\n"):
        if f"{{{DATA_LIST}}}" in paragraph and paragraph.strip() != f"{{{DATA_LIST}}}":
            problem(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{Angaben} muss als eigener Absatz stehen (Leerzeile davor und danach).",
                )
            )
            break
    for char in subject + body:
        if ord(char) < 32 and char not in "\n\t\r":
            problem(
                QT_TRANSLATE_NOOP(
                    "Messages", "Der Text enthält Steuerzeichen. Bitte neu eintippen."
                )
            )
            break
    return problems


def fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with every placeholder replaced by its value (all must be present: check with
    :func:`template_problems` and the service's missing-data check first)."""
    filled = _TOKEN.sub(lambda match: values[match.group(1)], text)
    # An empty salutation ("{Anrede} {Name}") must not leave a double space.
    return "\n".join(re.sub(r"[ \t]{2,}", " ", line).strip() for line in filled.split("\n"))


# --- default templates ------------------------------------------------------------------------


@dataclass(frozen=True)
class DefaultTemplate:
    category: str  # PARTNER_CATEGORIES code, "" for the general one
    name: str
    subject: str
    body: str


_GENERAL_BODY = """Sehr geehrte Damen und Herren,

wir begleiten {AnredeGebeugt} {Name} in der Migrationsberatung für erwachsene Zugewanderte (MBE). Mit ihrem bzw. seinem schriftlichen Einverständnis wenden wir uns an Sie mit folgendem Anliegen: {Zweck}.

{Angaben}

Bitte nehmen Sie direkt Kontakt mit {AnredeGebeugt} {Name} auf oder geben Sie uns eine kurze Rückmeldung, wie es weitergeht. Bei Rückfragen erreichen Sie mich unter den oben genannten Kontaktdaten; bitte nennen Sie dabei unser Zeichen {Aktennummer}."""  # noqa: E501

DEFAULT_TEMPLATES: tuple[DefaultTemplate, ...] = (
    DefaultTemplate("", "Allgemeine Weiterleitung", "Weiterleitung: {Zweck}", _GENERAL_BODY),
    DefaultTemplate(
        "jobcenter",
        "Jobcenter",
        "Weiterleitung an das Jobcenter: {Zweck}",
        """Sehr geehrte Damen und Herren,

{Anrede} {Name} wird von uns in der Migrationsberatung für erwachsene Zugewanderte (MBE) begleitet und hat uns schriftlich erlaubt, uns in folgender Sache an Sie zu wenden: {Zweck}.

{Angaben}

Wir bitten Sie, {AnredeGebeugt} {Name} einen Termin anzubieten und uns kurz mitzuteilen, wenn Unterlagen fehlen. Bei Rückfragen erreichen Sie mich unter den oben genannten Kontaktdaten (unser Zeichen: {Aktennummer}).""",  # noqa: E501
    ),
    DefaultTemplate(
        "immigration_office",
        "Ausländerbehörde",
        "Anfrage: {Zweck}",
        """Sehr geehrte Damen und Herren,

wir beraten {AnredeGebeugt} {Name} in der Migrationsberatung für erwachsene Zugewanderte (MBE). Auf ihren bzw. seinen ausdrücklichen Wunsch und mit schriftlicher Schweigepflichtentbindung wenden wir uns an Sie: {Zweck}.

{Angaben}

Wir bitten um einen Termin oder eine kurze Nachricht, welche Unterlagen benötigt werden. Für Rückfragen stehe ich Ihnen gern zur Verfügung (unser Zeichen: {Aktennummer}).""",  # noqa: E501
    ),
    DefaultTemplate(
        "integration_course_provider",
        "Integrationskursträger",
        "Anmeldung: {Zweck}",
        """Sehr geehrte Damen und Herren,

{Anrede} {Name} möchte an einem Kurs bei Ihnen teilnehmen. Mit ihrem bzw. seinem Einverständnis schicken wir Ihnen die für die Anmeldung nötigen Angaben.

{Angaben}

Bitte teilen Sie {AnredeGebeugt} {Name} und uns mit, wann ein Einstufungstest möglich ist und wann der nächste passende Kurs beginnt. Unser Zeichen: {Aktennummer}.""",  # noqa: E501
    ),
    DefaultTemplate(
        "recognition_counselling",
        "Anerkennungsberatung",
        "Bitte um Anerkennungsberatung: {Zweck}",
        """Sehr geehrte Damen und Herren,

{Anrede} {Name} hat einen Berufsabschluss im Ausland erworben und möchte ihn in Deutschland anerkennen lassen. Mit ihrem bzw. seinem Einverständnis bitten wir Sie um einen Beratungstermin.

{Angaben}

Für Rückfragen erreichen Sie mich unter den oben genannten Kontaktdaten (unser Zeichen: {Aktennummer}).""",  # noqa: E501
    ),
    DefaultTemplate(
        "debt_counselling",
        "Schuldnerberatung",
        "Bitte um einen Termin: {Zweck}",
        """Sehr geehrte Damen und Herren,

{Anrede} {Name} wird von uns in der Migrationsberatung begleitet und braucht Unterstützung bei der Klärung ihrer bzw. seiner finanziellen Lage. Mit ihrem bzw. seinem Einverständnis bitten wir Sie um einen Termin.

{Angaben}

Vielen Dank für Ihre Unterstützung. Unser Zeichen: {Aktennummer}.""",  # noqa: E501
    ),
)


def default_template(category: str) -> DefaultTemplate:
    """The built-in template for a partner category, or the general one."""
    for template in DEFAULT_TEMPLATES:
        if template.category == category:
            return template
    return DEFAULT_TEMPLATES[0]


__all__ = [
    "DATA_CODES",
    "DATA_ITEMS",
    "DATA_ITEM_LABELS",
    "DATA_LIST",
    "DEFAULT_TEMPLATES",
    "NAME_CODES",
    "PLACEHOLDERS",
    "PLACEHOLDERS_BY_NAME",
    "PURPOSES",
    "DataItem",
    "DefaultTemplate",
    "Placeholder",
    "Purpose",
    "default_template",
    "fill",
    "normalise_purpose",
    "placeholders_in",
    "purpose_data",
    "template_problems",
]
