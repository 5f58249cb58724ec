"""Referrals (Weiterleitungen) to partners: consent check, letters, the record of disclosures.

A referral passes personal data on, so before a letter is stored:

* a valid confidentiality release for this partner (or its category) and purpose must be on
  record (``PrivacyService.release_for``) and name every ticked data item — otherwise the
  letter is blocked, with the reason; an emergency override needs a written reason and is
  logged;
* the template must be valid and every placeholder it uses must have a value (missing data are
  listed by name), and every name must be printable with the embedded fonts.

``create`` then renders the letter, stores it (encrypted) as a ``StoredDocument`` and records
the disclosure on the referral: partner, purpose, data, consent, override reason, date and
SHA-256 of the letter. Status changes keep the follow-up semantics of ``services.follow_ups``:
``status == "sent"`` with ``feedback_on`` empty means "waiting for feedback"; ``feedback_on``
is set when feedback (or an appointment) arrives.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection, Table, delete, select

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain.access_report import DATA_LABELS, ConsentView
from mbe_desktop.domain.bounded import is_row_id
from mbe_desktop.domain.client_rules import clean_block, clean_line
from mbe_desktop.domain.countries import country_name, language_name
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.letters import (
    DATA_CODES,
    DATA_ITEM_LABELS,
    DATA_ITEMS,
    DATA_LIST,
    NAME_CODES,
    PLACEHOLDERS_BY_NAME,
    default_template,
    fill,
    normalise_purpose,
    placeholders_in,
    template_problems,
)
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text, joined
from mbe_desktop.domain.office import OfficeProfile
from mbe_desktop.services import audit
from mbe_desktop.services.privacy import RELEASE, PrivacyService
from mbe_desktop.storage.models import (
    Case,
    Client,
    ClientLanguage,
    ClientNationality,
    Consent,
    LetterTemplate,
    OfficeProfileRow,
    Partner,
    PartnerPerson,
    Referral,
    StoredDocument,
)
from mbe_desktop.storage.store import Store

__all__ = [
    "LETTER_KIND",
    "MIN_OVERRIDE_REASON",
    "STATUS_CHOICES",
    "ReferralCheck",
    "ReferralDraft",
    "ReferralRow",
    "ReferralService",
    "ReleaseInput",
    "TemplateRow",
]

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from mbe_desktop.documents.referral_letter import LetterInfo
    from mbe_desktop.documents.release_form import ReleaseFormInfo


# The PDF modules (reportlab with PIL and HarfBuzz, ~13 MB resident) load with the first
# letter or form, not with every unlock.
def unprintable_characters(text: str) -> set[str]:
    from mbe_desktop.documents import fonts

    return fonts.unprintable_characters(text)


def build_referral_letter(info: LetterInfo) -> bytes:
    from mbe_desktop.documents import referral_letter

    return referral_letter.build_referral_letter(info)


def build_release_form(info: ReleaseFormInfo) -> bytes:
    from mbe_desktop.documents import release_form

    return release_form.build_release_form(info)


CLIENT = cast(Table, Client.__table__)
CASE = cast(Table, Case.__table__)
PARTNER = cast(Table, Partner.__table__)
PERSON = cast(Table, PartnerPerson.__table__)
REFERRAL = cast(Table, Referral.__table__)
CONSENT = cast(Table, Consent.__table__)
NATIONALITY = cast(Table, ClientNationality.__table__)
LANGUAGE = cast(Table, ClientLanguage.__table__)
TEMPLATE = cast(Table, LetterTemplate.__table__)

LETTER_KIND = "referral_letter"
RELEASE_FORM_KIND = "release_form"
MIN_OVERRIDE_REASON = 20
MAX_OVERRIDE_REASON = 2000
MAX_PURPOSE = 300
PURPOSE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages", "Der Zweck ist zu lang (höchstens {limit} Zeichen)."
)
NOT_IN_PROFILE = QT_TRANSLATE_NOOP(
    "Messages",
    "{{{placeholder}}}: im Profil der Beratungsstelle nicht eingetragen – ergänzen oder den "
    "Platzhalter aus dem Text nehmen.",
)
RELEASE_DEFAULT_DAYS = 365
# Statuses the counsellor sets after sending (draft is never chosen by hand).
STATUS_CHOICES = ("sent", "feedback_received", "appointment_made", "closed", "no_response")
_FEEDBACK_STATUSES = frozenset({"feedback_received", "appointment_made"})

CLIENT_GONE = QT_TRANSLATE_NOOP(
    "Messages", "Diese Akte gibt es nicht mehr (sie wurde gelöscht oder zusammengeführt)."
)
CASE_GONE = QT_TRANSLATE_NOOP("Messages", "Diesen Beratungsfall gibt es nicht mehr.")
PARTNER_GONE = QT_TRANSLATE_NOOP(
    "Messages", "Diesen Netzwerkpartner gibt es nicht mehr. Bitte einen anderen wählen."
)
REFERRAL_GONE = QT_TRANSLATE_NOOP("Messages", "Diese Weiterleitung gibt es nicht mehr.")
LETTER_GONE = QT_TRANSLATE_NOOP(
    "Messages", "Zu dieser Weiterleitung ist kein Schreiben gespeichert."
)


@dataclass(frozen=True)
class ReferralDraft:
    client_id: int
    case_id: int
    partner_id: int
    purpose: str
    data: tuple[str, ...] = ()  # DATA_ITEMS codes passed on besides the name
    subject: str = ""  # the template as edited for this letter
    body: str = ""
    contact_person_id: int | None = None
    override_reason: str = ""  # emergency: send without a matching release


@dataclass(frozen=True)
class ReferralCheck:
    release: ConsentView | None  # the release the letter would rest on
    # German texts (``Text``: ``display`` shows them in the UI language)
    release_problem: str  # why no release covers the letter ("" if one does)
    missing: tuple[str, ...]  # one line per missing placeholder value
    template_problems: tuple[str, ...]
    unprintable: tuple[str, ...]  # names the fonts cannot show (blocking)
    notes: tuple[str, ...]  # worth knowing but not blocking

    @property
    def consent_ok(self) -> bool:
        return not self.release_problem

    @property
    def letter_ok(self) -> bool:
        """Everything but the consent is in order (the letter could be rendered)."""
        return not (self.missing or self.template_problems or self.unprintable)


@dataclass(frozen=True)
class ReferralRow:
    id: int
    case_id: int
    client_number: str  # for file names of copies (never the name)
    partner_id: int | None
    partner_name: str  # "" if the partner was deleted
    partner_category: str
    partner_category_label: str
    purpose: str
    data_labels: tuple[str, ...]  # German
    status: str
    status_label: str
    sent_on: date | None
    feedback_on: date | None
    status_changed_on: date
    consent_id: int | None
    consent_given_on: date | None
    override_reason: str
    document_id: int | None
    letter_sha256: str


@dataclass(frozen=True)
class TemplateRow:
    category: str  # PARTNER_CATEGORIES code, "" for the general template
    category_label: str
    name: str
    subject: str
    body: str
    customised: bool  # False: the built-in default is used


@dataclass(frozen=True)
class ReleaseInput:
    client_id: int
    partner_id: int | None  # None: the release names a partner category
    partner_category: str
    purpose: str
    data: tuple[str, ...]  # DATA_ITEMS codes besides the name
    given_on: date | None
    valid_until: date | None


@dataclass(frozen=True)
class _Client:
    id: int
    number: str
    family_name: str
    given_names: str
    name_latin: str
    gender: str
    values: dict[str, str]  # DATA_ITEMS code -> printable value ("" when not recorded)


@dataclass(frozen=True)
class _Partner:
    id: int
    name: str
    category: str
    street: str
    postcode: str
    city: str


def _office(connection: Connection) -> OfficeProfile:
    row = connection.execute(
        select(OfficeProfileRow.__table__).where(OfficeProfileRow.__table__.c.id == 1)
    ).first()
    if row is None:
        return OfficeProfile(counsellor_name="", office_name="")
    return OfficeProfile(**{f.name: getattr(row, f.name) for f in fields(OfficeProfile)})


def _label(catalogue: cat.Catalogue, code: str | None) -> str:
    if not code or code == "unknown":
        return ""
    return catalogue.label(code)


def _client(connection: Connection, client_id: int, needed: frozenset[str] = DATA_CODES) -> _Client:
    """The client's printable values; nationality and languages only when ``needed`` (their
    names come from pycountry, whose first use costs a noticeable fraction of a second)."""
    row = connection.execute(select(CLIENT).where(CLIENT.c.id == client_id)).first()
    if row is None:
        raise UserError(CLIENT_GONE)
    nationalities: list[str] = []
    languages: list[str] = []
    if "nationality" in needed:
        nationalities = list(
            connection.execute(
                select(NATIONALITY.c.country_code)
                .where(NATIONALITY.c.client_id == client_id)
                .order_by(NATIONALITY.c.position)
            ).scalars()
        )
    if "languages" in needed:
        languages = list(
            connection.execute(
                select(LANGUAGE.c.language_code)
                .where(LANGUAGE.c.client_id == client_id)
                .order_by(LANGUAGE.c.position)
            ).scalars()
        )
    birth = format_date_de(row.birth_date) if row.birth_date else str(row.birth_year or "")
    city = " ".join(part for part in (row.postcode, row.city) if part)
    address = ", ".join(part for part in (row.street, city) if part) if row.street else ""
    residence = _label(cat.RESIDENCE_STATUSES, row.residence_status)
    if residence and row.residence_valid_until:
        residence += f", gültig bis {format_date_de(row.residence_valid_until)}"
    household = ""
    if row.household_size:
        household = f"{row.household_size} Person{'en' if row.household_size != 1 else ''}"
        if row.children_count:
            household += (
                f", davon {row.children_count} Kind{'er' if row.children_count != 1 else ''}"
            )
    language_text = ", ".join(language_name(code) for code in languages)
    if language_text and row.interpreter_needed:
        language_text += " (Sprachmittlung nötig)"
    values = {
        "birth_date": birth,
        "address": address,
        "phone": row.phone,
        "email": row.email,
        "nationality": ", ".join(country_name(code) for code in nationalities),
        "languages": language_text,
        "residence_status": residence,
        "german_level": _label(cat.CEFR_LEVELS, row.german_level),
        "course_right": _label(cat.COURSE_RIGHTS, row.course_right),
        "course_status": _label(cat.COURSE_STATUSES, row.course_status),
        "education": _label(cat.EDUCATION_LEVELS, row.education),
        "qualification": row.qualification,
        "recognition_status": _label(cat.RECOGNITION_STATUSES, row.recognition_status),
        "employment_status": _label(cat.EMPLOYMENT_STATUSES, row.employment_status),
        "benefits": _label(cat.BENEFITS, row.benefits),
        "household": household,
    }
    return _Client(
        row.id,
        row.number,
        row.family_name,
        row.given_names,
        row.name_latin,
        row.gender,
        values,
    )


def _partner(connection: Connection, partner_id: int) -> _Partner:
    row = connection.execute(
        select(
            PARTNER.c.id,
            PARTNER.c.name,
            PARTNER.c.category,
            PARTNER.c.street,
            PARTNER.c.postcode,
            PARTNER.c.city,
        ).where(PARTNER.c.id == partner_id)
    ).first()
    if row is None:
        raise UserError(PARTNER_GONE)
    return _Partner(*row)


def written_name(client: _Client) -> str:
    return " ".join(part for part in (client.given_names, client.family_name) if part)


def printed_name(client: _Client) -> tuple[str, str]:
    """The name as the letter prints it, and a German note if the written form cannot be
    printed (then only the Latin form is used); ("", reason) if no form can be printed."""
    written = written_name(client)
    latin = client.name_latin
    if unprintable_characters(written):
        if latin and not unprintable_characters(latin):
            return latin, Text(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Der Name enthält Schriftzeichen, die im Brief nicht dargestellt werden "
                    "können. Er wird nur in lateinischer Schrift gedruckt: {name}.",
                ),
                {"name": latin},
            )
        return "", Text(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Der Name enthält Schriftzeichen, die im Brief nicht dargestellt werden können "
                "({characters}). Bitte tragen Sie in der Akte den Namen in lateinischer Schrift "
                "ein.",
            ),
            {"characters": " ".join(sorted(unprintable_characters(written)))},
        )
    if latin and latin.casefold() != written.casefold():
        return f"{latin} ({written})", ""
    return written, ""


def _salutation(gender: str, *, inflected: bool = False) -> str:
    """ "Frau"/"Herr"; inflected (accusative, dative) "Herr" becomes "Herrn"."""
    return {"female": "Frau", "male": "Herrn" if inflected else "Herr"}.get(gender, "")


def _codes(text: str) -> list[str]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return [part.strip() for part in text.split(",") if part.strip()]
    return [str(item) for item in value] if isinstance(value, list) else []


class ReferralService:
    def __init__(
        self,
        store: Store,
        *,
        privacy: PrivacyService | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._store = store
        self._today = today
        self._privacy = privacy or PrivacyService(store, today)

    def client_label(self, client_id: int) -> tuple[str, str]:
        """The client number and the name as a letter prints it (for dialog headings)."""
        with self._store.engine.connect() as connection:
            client = _client(connection, client_id, frozenset())
        name, _note = printed_name(client)
        return client.number, name or written_name(client)

    # --- templates -----------------------------------------------------------------------

    def template_for(self, category: str) -> TemplateRow:
        """The template used for a partner category: the edited one, else the built-in
        default for the category, else the (edited or built-in) general template."""
        with self._store.engine.connect() as connection:
            stored = {
                row.partner_category: row
                for row in connection.execute(
                    select(TEMPLATE).where(TEMPLATE.c.partner_category.in_((category, "")))
                )
            }
        if category in stored:
            return _template_row(stored[category], category)
        default = default_template(category)
        if default.category == category or "" not in stored:
            return TemplateRow(
                default.category,
                _category_label(default.category),
                default.name,
                default.subject,
                default.body,
                False,
            )
        return _template_row(stored[""], "")

    def templates(self) -> list[TemplateRow]:
        """One template per partner category (general first), edited or built in."""
        return [self.template_for(code) for code in ("", *cat.PARTNER_CATEGORIES.codes())]

    def save_template(self, category: str, name: str, subject: str, body: str) -> TemplateRow:
        if category and category not in cat.PARTNER_CATEGORIES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Unbekannte Kategorie."), "category"
            )
        name, subject, body = clean_line(name), clean_line(subject), clean_block(body)
        problems = template_problems(name, subject, body)
        if problems:
            raise ValidationError(joined(" ", problems), "body")
        with self._store.session() as session:
            row = session.execute(
                select(LetterTemplate).where(LetterTemplate.partner_category == category)
            ).scalar_one_or_none()
            if row is None:
                row = LetterTemplate(
                    partner_category=category, name=name, subject=subject, body=body
                )
                session.add(row)
            else:
                row.name, row.subject, row.body = name, subject, body
            session.flush()
            audit.record(session, "update", "setting", row.id, ["letter_template"])
        return TemplateRow(category, _category_label(category), name, subject, body, True)

    def reset_template(self, category: str) -> TemplateRow:
        """Back to the built-in default for ``category``."""
        with self._store.session() as session:
            ids = (
                session.execute(
                    select(TEMPLATE.c.id).where(TEMPLATE.c.partner_category == category)
                )
                .scalars()
                .all()
            )
            session.execute(delete(TEMPLATE).where(TEMPLATE.c.partner_category == category))
            for template_id in ids:
                audit.record(session, "delete", "setting", template_id, ["letter_template"])
        return self.template_for(category)

    # --- the check -----------------------------------------------------------------------

    def _release_problem(
        self, client_id: int, partner: _Partner, purpose: str, data: tuple[str, ...]
    ) -> tuple[ConsentView | None, Text]:
        today = self._today()
        release = self._privacy.release_for(client_id, partner.id, partner.category, purpose, today)
        if release is not None:
            named = set(release.data_categories)
            uncovered = [DATA_ITEM_LABELS[c] for c in data if DATA_LABELS.get(c, c) not in named]
            if uncovered:
                return release, Text(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Die Schweigepflichtentbindung vom {date} erlaubt nicht die Weitergabe "
                        "von: {data}. Nehmen Sie diese Angaben aus dem Schreiben heraus oder "
                        "holen Sie eine neue Schweigepflichtentbindung ein, die sie nennt.",
                    ),
                    {
                        "date": format_date_de(release.given_on),
                        "data": joined(", ", (Text(label) for label in uncovered)),
                    },
                )
            return release, Text("")
        category_label = _category_label(partner.category)
        reasons: list[Text] = []
        wanted = normalise_purpose(purpose)
        for view in self._privacy.consents(client_id):
            if view.kind != RELEASE:
                continue
            if view.partner_id is not None and view.partner_id != partner.id:
                continue
            if view.partner_id is None and view.partner_category != partner.category:
                continue
            when = format_date_de(view.given_on)
            if normalise_purpose(view.purpose) != wanted:
                reasons.append(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Die Schweigepflichtentbindung vom {date} nennt einen anderen Zweck "
                            "(„{purpose}“).",
                        ),
                        {"date": when, "purpose": view.purpose},
                    )
                )
            elif not view.valid_on(today):
                reasons.append(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Messages", "Die Schweigepflichtentbindung vom {date} ist {state}."
                        ),
                        {"date": when, "state": view.state_text(today)},
                    )
                )
        if not reasons:
            reasons.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Für „{partner}“ (oder allgemein: {category}) liegt keine "
                        "Schweigepflichtentbindung vor.",
                    ),
                    {"partner": partner.name, "category": category_label},
                )
            )
        return None, Text(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{reasons} Ohne gültige Schweigepflichtentbindung für diese Stelle und diesen "
                "Zweck dürfen keine personenbezogenen Daten weitergegeben werden. Drucken Sie "
                "das Formular, lassen Sie es unterschreiben und erfassen Sie es dann.",
            ),
            {"reasons": joined(" ", reasons)},
        )

    def _letter(
        self, connection: Connection, draft: ReferralDraft
    ) -> tuple[LetterInfo | None, ReferralCheck]:
        """Validate ``draft`` and build the letter's content (None when something blocks)."""
        used = placeholders_in(draft.subject) + placeholders_in(draft.body)
        needed = frozenset(draft.data) | {
            PLACEHOLDERS_BY_NAME[name].data for name in used if name in PLACEHOLDERS_BY_NAME
        }
        client = _client(connection, draft.client_id, needed)
        partner = _partner(connection, draft.partner_id)
        case = connection.execute(
            select(CASE.c.client_id, CASE.c.status).where(CASE.c.id == draft.case_id)
        ).first()
        if case is None or case.client_id != draft.client_id:
            raise UserError(CASE_GONE)
        purpose = clean_line(draft.purpose)
        if not purpose:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Bitte den Zweck der Weiterleitung angeben."),
                "purpose",
            )
        if len(purpose) > MAX_PURPOSE:
            raise ValidationError(PURPOSE_TOO_LONG, "purpose", limit=MAX_PURPOSE)
        unknown = [code for code in draft.data if code not in DATA_CODES]
        if unknown:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Unbekannte Angabe in der Auswahl."), "data"
            )
        data = tuple(code for code in DATA_CODES_ORDER if code in draft.data)
        contact = ""
        if draft.contact_person_id is not None:
            person = connection.execute(
                select(PERSON.c.name, PERSON.c.partner_id).where(
                    PERSON.c.id == draft.contact_person_id
                )
            ).first()
            if person is None or person.partner_id != partner.id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Diese Ansprechperson gehört nicht (mehr) zu der Stelle."
                    ),
                    "contact_person",
                )
            contact = person.name
        office = _office(connection)
        release, release_problem = self._release_problem(client.id, partner, purpose, data)

        subject, body = clean_line(draft.subject), clean_block(draft.body)
        problems = template_problems("Schreiben", subject, body)
        name, name_note = printed_name(client)
        unprintable: list[str] = []
        notes: list[str] = []
        if not name:
            unprintable.append(name_note)
        elif name_note:
            notes.append(name_note)
        labelled = [
            (QT_TRANSLATE_NOOP("Messages", "Name der Stelle"), partner.name),
            (QT_TRANSLATE_NOOP("Messages", "Ansprechperson"), contact),
            (QT_TRANSLATE_NOOP("Messages", "Beratungsstelle"), office.office_name),
            (QT_TRANSLATE_NOOP("Messages", "Beraterin/Berater"), office.counsellor_name),
        ]
        labelled += [(DATA_ITEM_LABELS[code], client.values[code]) for code in data]
        for label, text in labelled:
            bad = unprintable_characters(text)
            if bad:
                unprintable.append(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{label}: Zeichen, die im Brief nicht dargestellt werden können "
                            "({characters}).",
                        ),
                        {"label": Text(label), "characters": " ".join(sorted(bad))},
                    )
                )
        values = {
            "Name": name,
            "Anrede": _salutation(client.gender),
            "AnredeGebeugt": _salutation(client.gender, inflected=True),
            "Aktennummer": client.number,
            "Zweck": purpose,
            "Partner": partner.name,
            "Ansprechperson": contact,
            "Beratungsstelle": office.office_name,
            "Berater": office.counsellor_name,
            "Datum": format_date_de(self._today()),
            DATA_LIST: "",
        }
        missing: list[str] = []
        optional_empty = {"Anrede", "AnredeGebeugt", DATA_LIST}
        for placeholder in dict.fromkeys(placeholders_in(subject) + placeholders_in(body)):
            known = PLACEHOLDERS_BY_NAME.get(placeholder)
            if known is None:
                continue  # reported by template_problems
            if known.data:
                label = DATA_ITEM_LABELS[known.data]
                if known.data not in data:
                    missing.append(
                        Text(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "{{{placeholder}}}: „{label}“ ist nicht zur Weitergabe angehakt "
                                "– anhaken oder den Platzhalter aus dem Text nehmen.",
                            ),
                            {"placeholder": placeholder, "label": Text(label)},
                        )
                    )
                    values[placeholder] = ""
                    continue
                values[placeholder] = client.values[known.data]
            if not values.get(placeholder) and placeholder not in optional_empty:
                template = {
                    "Ansprechperson": QT_TRANSLATE_NOOP(
                        "Messages",
                        "{{{placeholder}}}: keine Ansprechperson gewählt – ergänzen oder den "
                        "Platzhalter aus dem Text nehmen.",
                    ),
                    "Beratungsstelle": NOT_IN_PROFILE,
                    "Berater": NOT_IN_PROFILE,
                }.get(
                    placeholder,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{{{placeholder}}}: in der Akte nicht erfasst – ergänzen oder den "
                        "Platzhalter aus dem Text nehmen.",
                    ),
                )
                missing.append(Text(template, {"placeholder": placeholder}))
        for code in data:
            if not client.values[code]:
                missing.append(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "„{label}“ ist angehakt, aber in der Akte nicht erfasst – in der "
                            "Akte ergänzen oder den Haken entfernen.",
                        ),
                        {"label": Text(DATA_ITEM_LABELS[code])},
                    )
                )
        if case.status == "closed":
            problems.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Der Beratungsfall ist abgeschlossen. Eine Weiterleitung gehört zu einem "
                        "offenen Fall.",
                    )
                )
            )
        check = ReferralCheck(
            release=release,
            release_problem=release_problem,
            missing=tuple(dict.fromkeys(missing)),
            template_problems=tuple(problems),
            unprintable=tuple(unprintable),
            notes=tuple(notes),
        )
        if not check.letter_ok:
            return None, check
        recipient = [partner.name]
        if contact:
            recipient.append(f"z. Hd. {contact}")
        if partner.street:
            recipient.append(partner.street)
        city = " ".join(part for part in (partner.postcode, partner.city) if part)
        if city:
            recipient.append(city)
        paragraphs: list[str | None] = []
        for paragraph in body.split("\n\n"):
            if paragraph.strip() == f"{{{DATA_LIST}}}":
                paragraphs.append(None)
            else:
                paragraphs.append(fill(paragraph, values))
        from mbe_desktop.documents.referral_letter import LetterInfo

        info = LetterInfo(
            office=office,
            recipient=tuple(recipient),
            on=self._today(),
            client_number=client.number,
            subject=fill(subject, values),
            paragraphs=tuple(paragraphs),
            data=(("Name", name), *((DATA_ITEM_LABELS[c], client.values[c]) for c in data)),
            signer=office.counsellor_name,
        )
        return info, check

    def check(self, draft: ReferralDraft) -> ReferralCheck:
        """Everything that would block the letter, as German texts (nothing is stored)."""
        with self._store.engine.connect() as connection:
            return self._letter(connection, draft)[1]

    def preview(self, draft: ReferralDraft) -> bytes:
        """The letter as it would be stored (not stored, nothing disclosed)."""
        with self._store.engine.connect() as connection:
            info, check = self._letter(connection, draft)
        if info is None:
            raise ValidationError(joined(" ", _blocking(check)), "body")
        return build_referral_letter(info)

    # --- creating --------------------------------------------------------------------------

    def create(self, draft: ReferralDraft) -> ReferralRow:
        """Render, store and record the referral as sent today; refused (nothing stored) while
        anything blocks it. Without a matching release only with an override reason."""
        override = clean_block(draft.override_reason)
        with self._store.engine.connect() as connection:
            info, check = self._letter(connection, draft)
        if info is None:
            raise ValidationError(joined(" ", _blocking(check)), "body")
        if not check.consent_ok:
            if not override:
                raise ValidationError(check.release_problem, "consent")
            if len(override) < MIN_OVERRIDE_REASON:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Bitte begründen Sie die Weitergabe ohne Schweigepflichtentbindung "
                        "ausführlicher (mindestens {length} Zeichen): Was ist der Notfall, und "
                        "warum kann die Einwilligung nicht vorher eingeholt werden?",
                    ),
                    "override_reason",
                    length=MIN_OVERRIDE_REASON,
                )
            if len(override) > MAX_OVERRIDE_REASON:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Die Begründung ist zu lang (höchstens {limit} Zeichen)."
                    ),
                    "override_reason",
                    limit=MAX_OVERRIDE_REASON,
                )
        else:
            override = ""  # a reason is only recorded where it was needed
        pdf = build_referral_letter(info)
        digest = hashlib.sha256(pdf).hexdigest()
        data = (*NAME_CODES, *(code for code in DATA_CODES_ORDER if code in draft.data))
        today = self._today()
        with self._store.session() as session:
            partner = session.get(Partner, draft.partner_id)
            if partner is None:
                raise UserError(PARTNER_GONE)
            document = StoredDocument(
                client_id=draft.client_id,
                case_id=draft.case_id,
                kind=LETTER_KIND,
                title=f"Weiterleitungsschreiben ({_category_label(partner.category)})",
                media_type="application/pdf",
                content=pdf,
                sha256=digest,
                size=len(pdf),
            )
            session.add(document)
            session.flush()
            referral = Referral(
                case_id=draft.case_id,
                partner_id=partner.id,
                partner_category=partner.category,
                purpose=clean_line(draft.purpose),
                data_shared=json.dumps(list(data)),
                consent_id=check.release.id if check.release is not None else None,
                override_reason=override,
                status="sent",
                sent_on=today,
                feedback_on=None,
                document_id=document.id,
                letter_sha256=digest,
            )
            session.add(referral)
            session.flush()
            recorded = ["partner_id", "purpose", "data_shared", "consent_id", "letter_sha256"]
            if override:
                recorded.append("override_reason")
            audit.record(session, "create", "referral", referral.id, recorded)
            audit.record(session, "create", "document", document.id, ["client_id", "kind"])
            referral_id = referral.id
        if override:
            # Ids only: the reason itself stays in the encrypted store.
            log.warning("referral %s sent without a matching release (override)", referral_id)
        return self.referral(referral_id)

    # --- reading ---------------------------------------------------------------------------

    def _rows(self, connection: Connection, condition: Any) -> list[ReferralRow]:
        rows = connection.execute(
            select(
                REFERRAL,
                PARTNER.c.name.label("partner_name"),
                CONSENT.c.given_on.label("consent_given_on"),
                CLIENT.c.number.label("client_number"),
            )
            .join(CASE, CASE.c.id == REFERRAL.c.case_id)
            .join(CLIENT, CLIENT.c.id == CASE.c.client_id)
            .outerjoin(PARTNER, PARTNER.c.id == REFERRAL.c.partner_id)
            .outerjoin(CONSENT, CONSENT.c.id == REFERRAL.c.consent_id)
            .where(condition)
            .order_by(REFERRAL.c.created_at.desc(), REFERRAL.c.id.desc())
        ).all()
        return [
            ReferralRow(
                id=row.id,
                case_id=row.case_id,
                client_number=row.client_number,
                partner_id=row.partner_id,
                partner_name=row.partner_name or "",
                partner_category=row.partner_category,
                partner_category_label=_category_label(row.partner_category),
                purpose=row.purpose,
                data_labels=tuple(
                    DATA_LABELS.get(code, code)
                    for code in _codes(row.data_shared)
                    if code not in NAME_CODES
                ),
                status=row.status,
                status_label=cat.REFERRAL_STATUSES.label(row.status),
                sent_on=row.sent_on,
                feedback_on=row.feedback_on,
                status_changed_on=row.updated_at.date(),
                consent_id=row.consent_id,
                consent_given_on=row.consent_given_on,
                override_reason=row.override_reason,
                document_id=row.document_id,
                letter_sha256=row.letter_sha256,
            )
            for row in rows
        ]

    def referrals_of(self, client_id: int) -> list[ReferralRow]:
        """All referrals of a client's cases, newest first."""
        with self._store.engine.connect() as connection:
            return self._rows(connection, CASE.c.client_id == client_id)

    def referral(self, referral_id: int) -> ReferralRow:
        with self._store.engine.connect() as connection:
            rows = self._rows(connection, REFERRAL.c.id == referral_id)
        if not rows:
            raise UserError(REFERRAL_GONE)
        return rows[0]

    def letter(self, referral_id: int, action: str = "export") -> bytes:
        """The stored letter's bytes, checked against the recorded SHA-256; ``action`` is the
        audit action ("export" for opening or saving a copy, "print" for printing)."""
        if action not in ("export", "print"):
            raise ValueError(action)
        with self._store.session() as session:
            row = session.execute(
                select(REFERRAL.c.document_id, REFERRAL.c.letter_sha256).where(
                    REFERRAL.c.id == referral_id
                )
            ).first()
            if row is None:
                raise UserError(REFERRAL_GONE)
            if row.document_id is None:
                raise UserError(LETTER_GONE)
            content = session.execute(
                select(StoredDocument.__table__.c.content).where(
                    StoredDocument.__table__.c.id == row.document_id
                )
            ).scalar_one_or_none()
            if content is None:
                raise UserError(LETTER_GONE)
            if row.letter_sha256 and hashlib.sha256(content).hexdigest() != row.letter_sha256:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Das gespeicherte Schreiben stimmt nicht mit der bei der Weiterleitung "
                        "festgehaltenen Prüfsumme überein. Es wird nicht geöffnet.",
                    )
                )
            audit.record(session, action, "document", row.document_id, [LETTER_KIND])
        return bytes(content)

    # --- status ----------------------------------------------------------------------------

    def set_status(self, referral_id: int, status: str, on: date | None = None) -> ReferralRow:
        """Set the status; feedback and an appointment set the feedback date (``on``, default
        today) if none is recorded yet, which ends the "no feedback" follow-up."""
        if status not in STATUS_CHOICES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Bitte einen Stand aus der Liste wählen."), "status"
            )
        day = on or self._today()
        if day > self._today():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Das Datum darf nicht in der Zukunft liegen."), "on"
            )
        with self._store.session() as session:
            row = session.get(Referral, referral_id)
            if row is None:
                raise UserError(REFERRAL_GONE)
            if row.sent_on is not None and day < row.sent_on:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Das Datum liegt vor dem Versand der Weiterleitung ({date})."
                    ),
                    "on",
                    date=format_date_de(row.sent_on),
                )
            changed = ["status"]
            row.status = status
            if status == "sent":
                row.feedback_on = None  # back to waiting for feedback
                changed.append("feedback_on")
            elif status in _FEEDBACK_STATUSES and row.feedback_on is None:
                row.feedback_on = day
                changed.append("feedback_on")
            if row.sent_on is None:
                row.sent_on = day
                changed.append("sent_on")
            row.updated_at = datetime.now().replace(microsecond=0)
            audit.record(session, "update", "referral", referral_id, changed)
        return self.referral(referral_id)

    # --- releases ----------------------------------------------------------------------------

    def _release_form_info(self, connection: Connection, release: ReleaseInput) -> ReleaseFormInfo:
        client = _client(connection, release.client_id, frozenset({"birth_date"}))
        name, _note = printed_name(client)
        if not name:
            raise ValidationError(_note, "name")
        if release.partner_id is not None:
            partner = _partner(connection, release.partner_id)
            city = " ".join(part for part in (partner.postcode, partner.city) if part)
            recipient = tuple(part for part in (partner.name, partner.street, city) if part)
        else:
            recipient = (f"Stellen der Art „{_category_label(release.partner_category)}“",)
        valid_until = release.valid_until or (self._today() + timedelta(days=RELEASE_DEFAULT_DAYS))
        from mbe_desktop.documents.release_form import ReleaseFormInfo

        return ReleaseFormInfo(
            office=_office(connection),
            client_name=name,
            birth=client.values["birth_date"],
            client_number=client.number,
            recipient=recipient,
            purpose=clean_line(release.purpose),
            data=tuple(DATA_ITEM_LABELS[c] for c in DATA_CODES_ORDER if c in release.data),
            valid_until=valid_until,
        )

    def release_form(self, release: ReleaseInput) -> bytes:
        """The release to sign (PDF) for this partner, purpose and data; audited as a print."""
        _check_release(release)
        with self._store.engine.connect() as connection:
            info = self._release_form_info(connection, release)
        pdf = build_release_form(info)
        with self._store.session() as session:
            audit.record(session, "print", "client", release.client_id, [RELEASE_FORM_KIND])
        return pdf

    def record_release(self, release: ReleaseInput) -> ConsentView:
        """Record a signed release (kind confidentiality_release) naming partner or category,
        purpose and data; it then counts for referrals (``PrivacyService.release_for``)."""
        _check_release(release)
        if release.given_on is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Bitte das Datum der Unterschrift angeben."),
                "given_on",
            )
        if release.given_on > self._today():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Das Datum der Unterschrift liegt in der Zukunft."),
                "given_on",
            )
        if release.valid_until is not None and release.valid_until < release.given_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "„Gültig bis“ liegt vor dem Datum der Unterschrift."),
                "valid_until",
            )
        with self._store.session() as session:
            # ids beyond SQLite's range (input from outside) would overflow: they name nothing
            if not is_row_id(release.client_id) or session.get(Client, release.client_id) is None:
                raise UserError(CLIENT_GONE)
            partner_id = release.partner_id
            if partner_id is not None and (
                not is_row_id(partner_id) or session.get(Partner, partner_id) is None
            ):
                raise UserError(PARTNER_GONE)
            row = Consent(
                client_id=release.client_id,
                kind=RELEASE,
                scope="Schweigepflichtentbindung für eine Weiterleitung",
                partner_id=release.partner_id,
                partner_category=release.partner_category,
                purpose=clean_line(release.purpose),
                data_categories=json.dumps(
                    [*NAME_CODES, *(c for c in DATA_CODES_ORDER if c in release.data)]
                ),
                given_on=release.given_on,
                valid_until=release.valid_until,
            )
            session.add(row)
            session.flush()
            audit.record(
                session,
                "create",
                "consent",
                row.id,
                ["partner_id", "partner_category", "purpose", "data_categories", "given_on"],
            )
            consent_id = row.id
        for view in self._privacy.consents(release.client_id):
            if view.id == consent_id:
                return view
        raise UserError(CLIENT_GONE)  # pragma: no cover - deleted in between


DATA_CODES_ORDER: tuple[str, ...] = tuple(item.code for item in DATA_ITEMS)


def _check_release(release: ReleaseInput) -> None:
    if release.partner_id is None and release.partner_category not in cat.PARTNER_CATEGORIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Bitte die Stelle oder die Art der Stelle angeben."),
            "partner",
        )
    if release.partner_category and release.partner_category not in cat.PARTNER_CATEGORIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Unbekannte Kategorie."), "partner_category"
        )
    purpose = clean_line(release.purpose)
    if not purpose:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Bitte den Zweck der Weitergabe angeben."), "purpose"
        )
    if len(purpose) > MAX_PURPOSE:
        raise ValidationError(PURPOSE_TOO_LONG, "purpose", limit=MAX_PURPOSE)
    if any(code not in DATA_CODES for code in release.data):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Unbekannte Angabe in der Auswahl."), "data"
        )


def _blocking(check: ReferralCheck) -> list[str]:
    return [*check.template_problems, *check.unprintable, *check.missing]


def _category_label(code: str) -> Text:
    if code:
        return cat.PARTNER_CATEGORIES.label_text(code)
    return Text(QT_TRANSLATE_NOOP("Messages", "alle Stellen (allgemein)"))


def _template_row(row: Any, category: str) -> TemplateRow:
    return TemplateRow(category, _category_label(category), row.name, row.subject, row.body, True)
