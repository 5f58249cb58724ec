"""Rights of the data subject: access (Art. 15), consents and their withdrawal, releases.

``access_report`` gathers everything stored about one client into a read model
(``domain.access_report``); ``export_access_report`` writes it as PDF and JSON into a folder the
user chose, with file names that carry the client number only. Consents are listed, withdrawn
with a date, and ``release_for`` answers whether a valid confidentiality release covers a
referral (the referral letters use it to block sending without one).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain.access_report import (
    DATA_LABELS,
    AccessReport,
    AgreementEntry,
    AuditEntry,
    CaseEntry,
    ConsentView,
    ContactEntry,
    DocumentEntry,
    FollowUpEntry,
    GoalEntry,
    Item,
    ReferralEntry,
    StepEntry,
)
from mbe_desktop.domain.audit import AUDIT_ACTIONS, AUDIT_ENTITIES
from mbe_desktop.domain.client_rules import CATALOGUE_FIELDS, FIELD_LABELS
from mbe_desktop.domain.countries import country_name, language_name
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP
from mbe_desktop.domain.office import OfficeProfile
from mbe_desktop.services import audit
from mbe_desktop.services.settings import RETENTION_YEARS
from mbe_desktop.storage.files import os_error_to_user_error
from mbe_desktop.storage.models import (
    AuditEvent,
    Case,
    Client,
    Consent,
    Contact,
    Goal,
    OfficeProfileRow,
    OutreachLocation,
    Partner,
    Setting,
)
from mbe_desktop.storage.store import Store

log = logging.getLogger(__name__)

GDPR_CONSENT = "gdpr_processing"
RELEASE = "confidentiality_release"
NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "Diese Person ist nicht (mehr) gespeichert.")

# Master-data fields in the order of the intake form (labels from client_rules).
_MASTER_FIELDS = (
    "family_name",
    "given_names",
    "name_latin",
    "gender",
    "birth_date",
    "birth_year",
    "interpreter_needed",
    "interpreter_language",
    "arrival_date",
    "residence_status",
    "residence_legal_basis",
    "residence_valid_until",
    "course_right",
    "course_status",
    "german_level",
    "education",
    "qualification",
    "recognition_status",
    "employment_status",
    "benefits",
    "household_size",
    "children_count",
    "living_situation",
    "phone",
    "email",
    "street",
    "postcode",
    "city",
    "how_found",
    "first_contact_date",
    "first_contact_place",
)


@dataclass(frozen=True)
class ExportedFiles:
    pdf: Path
    json: Path


def access_file_stem(number: str) -> str:
    """``Auskunft-2025-0042``: the client number only, never a name."""
    safe = "".join(ch for ch in number if ch.isalnum() or ch == "-")
    return f"Auskunft-{safe}"


class PrivacyService:
    def __init__(self, store: Store, today: Callable[[], date] = date.today) -> None:
        self._store = store
        self._today = today

    # --- consents ------------------------------------------------------------------------

    def consents(self, client_id: int) -> list[ConsentView]:
        """All consents and releases of a client, withdrawn ones included, newest first."""
        with self._store.read_session() as session:
            rows = session.execute(select(Consent).where(Consent.client_id == client_id)).scalars()
            views = [_consent_view(session, row) for row in rows]
        return sorted(views, key=lambda v: (v.given_on, v.id), reverse=True)

    def withdraw_consent(self, consent_id: int, on: date) -> ConsentView:
        """Record the withdrawal of a consent or release on ``on`` (not in the future)."""
        with self._store.session() as session:
            row = session.get(Consent, consent_id)
            if row is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("Messages", "Diese Einwilligung gibt es nicht (mehr).")
                )
            if row.withdrawn_on is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "Diese Einwilligung ist bereits widerrufen."),
                    "withdrawn_on",
                )
            if on < row.given_on:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Der Widerruf kann nicht vor der Erteilung der Einwilligung liegen.",
                    ),
                    "withdrawn_on",
                )
            if on > self._today():
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "Der Widerruf kann nicht in der Zukunft liegen."),
                    "withdrawn_on",
                )
            row.withdrawn_on = on
            audit.record(session, "withdraw", "consent", consent_id, ["withdrawn_on"])
            session.flush()
            return _consent_view(session, row)

    def release_for(
        self,
        client_id: int,
        partner_id: int | None,
        partner_category: str,
        purpose: str,
        on: date,
    ) -> ConsentView | None:
        """A confidentiality release valid on ``on`` (given, not expired, not withdrawn) that
        names this partner — or, without a named partner, this partner category — and this
        purpose. None if there is none: then no personal data may go to the partner."""
        wanted = _normalise(purpose)
        best: ConsentView | None = None
        for view in self.consents(client_id):
            if view.kind != RELEASE or not view.valid_on(on):
                continue
            if view.partner_id is not None:
                if partner_id is None or view.partner_id != partner_id:
                    continue
            elif not partner_category or view.partner_category != partner_category:
                continue
            if not wanted or _normalise(view.purpose) != wanted:
                continue
            if best is None or (view.given_on, view.id) > (best.given_on, best.id):
                best = view
        return best

    def gdpr_consent_withdrawn(self, client_id: int) -> date | None:
        """The date of withdrawal when the client withdrew the consent to data processing and
        no later consent is in force; None otherwise (the record shows a banner then)."""
        today = self._today()
        gdpr = [v for v in self.consents(client_id) if v.kind == GDPR_CONSENT]
        if not gdpr or any(v.valid_on(today) for v in gdpr):
            return None
        withdrawn = [v.withdrawn_on for v in gdpr if v.withdrawn_on is not None]
        return max(withdrawn) if withdrawn else None

    # --- access report -------------------------------------------------------------------

    def access_report(self, client_id: int) -> AccessReport:
        with self._store.read_session() as session:
            client = session.execute(
                select(Client)
                .where(Client.id == client_id)
                .options(
                    selectinload(Client.nationalities),
                    selectinload(Client.languages),
                    selectinload(Client.consents),
                    selectinload(Client.follow_ups),
                    selectinload(Client.documents),
                    selectinload(Client.cases).selectinload(Case.fields_of_action),
                    selectinload(Client.cases).selectinload(Case.form_changes),
                    selectinload(Client.cases).selectinload(Case.status_changes),
                    selectinload(Client.cases)
                    .selectinload(Case.contacts)
                    .selectinload(Contact.fields_of_action),
                    selectinload(Client.cases).selectinload(Case.goals).selectinload(Goal.steps),
                    selectinload(Client.cases).selectinload(Case.agreement_versions),
                    selectinload(Client.cases).selectinload(Case.referrals),
                )
            ).scalar_one_or_none()
            if client is None:
                raise UserError(NOT_FOUND)
            partners = {p.id: p.name for p in session.execute(select(Partner)).scalars()}
            locations = {o.id: o.name for o in session.execute(select(OutreachLocation)).scalars()}
            office = _office(session)
            consents = {c.id: c for c in client.consents}
            report = AccessReport(
                client_number=client.number,
                generated_at=datetime.now().replace(microsecond=0),
                office=office,
                law=office.data_protection_law,
                retention_years=_retention_years(session),
                master_data=_master_data(client, locations),
                consents=tuple(
                    sorted(
                        (_consent_view(session, c, partners) for c in client.consents),
                        key=lambda v: (v.given_on, v.id),
                    )
                ),
                cases=tuple(
                    _case_entry(case, partners, locations, consents) for case in client.cases
                ),
                follow_ups=tuple(
                    FollowUpEntry(
                        due_on=f.due_on,
                        reason=f.reason,
                        source=cat.FOLLOWUP_SOURCES.label(f.source),
                        done_on=f.done_on,
                    )
                    for f in sorted(client.follow_ups, key=lambda f: (f.due_on, f.id))
                ),
                documents=tuple(
                    DocumentEntry(d.title, d.kind, d.created_at, d.size, d.sha256)
                    for d in sorted(client.documents, key=lambda d: (d.created_at, d.id))
                ),
                audit=_audit_entries(session, client),
            )
        return report

    def export_access_report(self, client_id: int, folder: Path) -> ExportedFiles:
        """Write ``Auskunft-<Nummer>.pdf`` and ``.json`` into ``folder`` (an existing name gets a
        counter); records an ``export`` audit event with the client id only."""
        from mbe_desktop.documents.access_report import access_report_json, access_report_pdf

        report = self.access_report(client_id)
        pdf = access_report_pdf(report)
        data = access_report_json(report)
        stem = access_file_stem(report.client_number)
        pdf_path, json_path = _free_names(folder, stem)
        written: list[Path] = []
        try:
            for path, content in ((pdf_path, pdf), (json_path, data)):
                _write_private(path, content)
                written.append(path)
        except OSError as error:
            for path in written:
                with contextlib.suppress(OSError):
                    path.unlink()
            log.warning("access report not written (errno %s)", error.errno)
            raise os_error_to_user_error(error) from None
        with self._store.session() as session:
            audit.record(session, "export", "client", client_id, ["access_request"])
        log.info("access report exported")
        return ExportedFiles(pdf_path, json_path)


# --- helpers -------------------------------------------------------------------------------


def _retention_years(session: Session) -> int:
    row = session.get(Setting, RETENTION_YEARS.key)
    if row is None:
        return RETENTION_YEARS.default
    try:
        return RETENTION_YEARS.check(json.loads(row.value))
    except (ValueError, ValidationError):
        return RETENTION_YEARS.default


def _normalise(text: str) -> str:
    return " ".join(text.casefold().split())


def _office(session: Session) -> OfficeProfile:
    row = session.get(OfficeProfileRow, 1)
    if row is None:
        return OfficeProfile(counsellor_name="", office_name="")
    return OfficeProfile(**{f.name: getattr(row, f.name) for f in fields(OfficeProfile)})


def _codes(text: str) -> list[str]:
    if not text:
        return []
    try:
        value = json.loads(text)
    except ValueError:
        return [part.strip() for part in text.split(",") if part.strip()]
    return [str(item) for item in value] if isinstance(value, list) else []


def _consent_view(
    session: Session, row: Consent, partners: dict[int, str] | None = None
) -> ConsentView:
    if row.partner_id is None:
        partner_name = ""
    elif partners is not None:
        partner_name = partners.get(row.partner_id, "")
    else:
        partner = session.get(Partner, row.partner_id)
        partner_name = partner.name if partner else ""
    return ConsentView(
        id=row.id,
        kind=row.kind,
        kind_label=cat.CONSENT_KINDS.label(row.kind),
        scope=row.scope,
        partner_id=row.partner_id,
        partner_name=partner_name,
        partner_category=row.partner_category,
        partner_category_label=(
            cat.PARTNER_CATEGORIES.label(row.partner_category) if row.partner_category else ""
        ),
        purpose=row.purpose,
        data_categories=tuple(DATA_LABELS.get(c, c) for c in _codes(row.data_categories)),
        given_on=row.given_on,
        valid_until=row.valid_until,
        withdrawn_on=row.withdrawn_on,
    )


def _yes_no(value: bool) -> str:
    return "ja" if value else "nein"


def _master_data(client: Client, locations: dict[int, str]) -> tuple[Item, ...]:
    items = [Item("Nummer der Akte", client.number)]
    for name in _MASTER_FIELDS:
        value = getattr(client, name)
        label = FIELD_LABELS.get(name, name)
        if name in CATALOGUE_FIELDS:
            items.append(Item(label, CATALOGUE_FIELDS[name].label(value)))
        elif name == "interpreter_needed":
            items.append(Item(label, _yes_no(bool(value))))
        elif name == "interpreter_language":
            items.append(Item(label, language_name(value) if value else ""))
        else:
            items.append(Item(label, value))
        if name == "name_latin":
            nationalities = sorted(client.nationalities, key=lambda n: n.position)
            items.append(
                Item(
                    FIELD_LABELS["nationalities"],
                    ", ".join(country_name(n.country_code) for n in nationalities),
                )
            )
            languages = sorted(client.languages, key=lambda n: n.position)
            items.append(
                Item(
                    FIELD_LABELS["languages"],
                    ", ".join(language_name(n.language_code) for n in languages),
                )
            )
    items.append(
        Item(
            FIELD_LABELS["outreach_location_id"],
            locations.get(client.outreach_location_id, "") if client.outreach_location_id else "",
        )
    )
    items.append(Item("Angelegt am", client.created_at))
    items.append(Item("Zuletzt geändert am", client.updated_at))
    return tuple(items)


def _case_entry(
    case: Case,
    partners: dict[int, str],
    locations: dict[int, str],
    consents: dict[int, Consent],
) -> CaseEntry:
    def status_text(status: str, closure: str | None) -> str:
        text = cat.CASE_STATUSES.label(status)
        return f"{text} – {cat.CLOSURE_TYPES.label(closure)}" if closure else text

    situation = [
        Item(FIELD_LABELS["german_level"], case.closure_german_level),
        Item(FIELD_LABELS["course_status"], case.closure_course_status),
        Item(FIELD_LABELS["employment_status"], case.closure_employment_status),
        Item(FIELD_LABELS["benefits"], case.closure_benefits),
        Item(FIELD_LABELS["residence_status"], case.closure_residence_status),
    ]
    catalogues = (
        cat.CEFR_LEVELS,
        cat.COURSE_STATUSES,
        cat.EMPLOYMENT_STATUSES,
        cat.BENEFITS,
        cat.RESIDENCE_STATUSES,
    )
    closure_situation = tuple(
        Item(item.label, catalogue.label(str(item.value)))
        for item, catalogue in zip(situation, catalogues, strict=True)
        if item.value
    )
    return CaseEntry(
        opened_on=case.opened_on,
        form=cat.CASE_FORMS.label(case.form),
        status=cat.CASE_STATUSES.label(case.status),
        closed_on=case.closed_on,
        closure_type=cat.CLOSURE_TYPES.label(case.closure_type) if case.closure_type else "",
        family_members=case.family_members,
        fields_of_action=tuple(
            sorted(cat.FIELDS_OF_ACTION.label(f.field) for f in case.fields_of_action)
        ),
        form_changes=tuple(
            Item(cat.CASE_FORMS.label(c.form), c.changed_on) for c in case.form_changes
        ),
        status_changes=tuple(
            Item(status_text(c.status, c.closure_type), c.changed_on) for c in case.status_changes
        ),
        closure_situation=closure_situation,
        contacts=tuple(_contact_entry(c, locations) for c in case.contacts),
        goals=tuple(
            GoalEntry(
                field=cat.FIELDS_OF_ACTION.label(goal.field),
                text=goal.text,
                indicator=goal.indicator,
                target_date=goal.target_date,
                attainment=cat.GOAL_ATTAINMENTS.label(goal.attainment),
                created_on=goal.created_on,
                steps=tuple(
                    StepEntry(
                        text=step.text,
                        actor=cat.STEP_ACTORS.label(step.actor),
                        partner=partners.get(step.partner_id, "") if step.partner_id else "",
                        due_on=step.due_on,
                        status=cat.STEP_STATUSES.label(step.status),
                        done_on=step.done_on,
                    )
                    for step in goal.steps
                ),
            )
            for goal in case.goals
        ),
        agreements=tuple(
            AgreementEntry(a.number, a.created_on, a.signed_on, a.review_on)
            for a in case.agreement_versions
        ),
        referrals=tuple(
            ReferralEntry(
                partner=partners.get(r.partner_id, "") if r.partner_id else "",
                partner_category=(
                    cat.PARTNER_CATEGORIES.label(r.partner_category) if r.partner_category else ""
                ),
                purpose=r.purpose,
                data_shared=tuple(DATA_LABELS.get(c, c) for c in _codes(r.data_shared)),
                status=cat.REFERRAL_STATUSES.label(r.status),
                sent_on=r.sent_on,
                feedback_on=r.feedback_on,
                consent_given_on=(
                    consents[r.consent_id].given_on if r.consent_id in consents else None
                ),
                override_reason=r.override_reason,
            )
            for r in sorted(case.referrals, key=lambda r: (r.created_at, r.id))
        ),
    )


def _contact_entry(contact: Contact, locations: dict[int, str]) -> ContactEntry:
    place = contact.place
    if contact.outreach_location_id is not None:
        place = locations.get(contact.outreach_location_id, place)
    interpreter = ""
    if contact.interpreter_used:
        interpreter = "ja"
        if contact.interpreter_language:
            interpreter += f" ({language_name(contact.interpreter_language)})"
    return ContactEntry(
        occurred_at=contact.occurred_at,
        duration_minutes=contact.duration_minutes,
        form=cat.CONTACT_FORMS.label(contact.form),
        place=place,
        interpreter=interpreter,
        fields_of_action=tuple(
            sorted(cat.FIELDS_OF_ACTION.label(f.field) for f in contact.fields_of_action)
        ),
        note=contact.note,
        next_steps=contact.next_steps,
    )


def _audit_entries(session: Session, client: Client) -> tuple[AuditEntry, ...]:
    """Audit events about this client's records (action and date only)."""
    targets: dict[str, set[int]] = {
        "client": {client.id},
        "case": {c.id for c in client.cases},
        "consent": {c.id for c in client.consents},
        "follow_up": {f.id for f in client.follow_ups},
        "document": {d.id for d in client.documents},
        "contact": {c.id for case in client.cases for c in case.contacts},
        "goal": {g.id for case in client.cases for g in case.goals},
        "referral": {r.id for case in client.cases for r in case.referrals},
    }
    entries: list[AuditEntry] = []
    for entity, ids in targets.items():
        if not ids:
            continue
        rows = session.execute(
            select(AuditEvent.at, AuditEvent.action).where(
                AuditEvent.entity == entity, AuditEvent.entity_id.in_(ids)
            )
        ).all()
        entries.extend(
            AuditEntry(row.at, AUDIT_ACTIONS.label(row.action), AUDIT_ENTITIES.label(entity))
            for row in rows
        )
    return tuple(sorted(entries, key=lambda e: e.at))


def _free_names(folder: Path, stem: str) -> tuple[Path, Path]:
    counter = 1
    while True:
        suffix = "" if counter == 1 else f"-{counter}"
        pdf = folder / f"{stem}{suffix}.pdf"
        data = folder / f"{stem}{suffix}.json"
        if not pdf.exists() and not data.exists():
            return pdf, data
        counter += 1


def _write_private(path: Path, content: bytes) -> None:
    """Write via a temp file in the same folder (0600), fsync, rename: never a half file."""
    handle, temp_name = tempfile.mkstemp(prefix=".mbe-", suffix=".part", dir=path.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
