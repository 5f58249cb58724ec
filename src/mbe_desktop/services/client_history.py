"""The history (Verlauf) and the stored documents of one client — read-only views for the record.

The timeline is assembled from plain Core selects, one per table (cases, form and status
changes, contacts with their fields of action, goals, referrals with the partner name,
follow-ups, documents, consents), so that a client with many contacts still loads in a few
milliseconds. Titles and details use the catalogue labels and are shown in the record only: they
come in the UI language (German without a UI, see ``domain.messages``); texts stored by other
services (plan events, document titles) stay as stored. Documents are listed without their
(deferred) content; reading the content out of the store is audited as an export.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import cast

from sqlalchemy import Connection, Table, select

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain import messages
from mbe_desktop.domain.countries import language_name
from mbe_desktop.domain.errors import UserError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text
from mbe_desktop.services import audit
from mbe_desktop.services.clients import NOT_FOUND, ClientService
from mbe_desktop.storage.models import (
    AgreementVersion,
    Case,
    CaseFieldOfAction,
    CaseFormChange,
    CaseStatusChange,
    Client,
    Consent,
    Contact,
    ContactFieldOfAction,
    FollowUp,
    Goal,
    Partner,
    PlanEvent,
    Referral,
    Step,
    StoredDocument,
)
from mbe_desktop.storage.store import Store

__all__ = [
    "CONSENT_FORM_KIND",
    "CONSENT_FORM_TITLE",
    "TIMELINE_KINDS",
    "ClientHistoryService",
    "DocumentRow",
    "TimelineEntry",
    "shorten",
]

CASE = cast(Table, Case.__table__)
CASE_FIELD = cast(Table, CaseFieldOfAction.__table__)
FORM_CHANGE = cast(Table, CaseFormChange.__table__)
STATUS_CHANGE = cast(Table, CaseStatusChange.__table__)
CLIENT = cast(Table, Client.__table__)
CONSENT = cast(Table, Consent.__table__)
CONTACT = cast(Table, Contact.__table__)
CONTACT_FIELD = cast(Table, ContactFieldOfAction.__table__)
FOLLOW_UP = cast(Table, FollowUp.__table__)
GOAL = cast(Table, Goal.__table__)
PARTNER = cast(Table, Partner.__table__)
REFERRAL = cast(Table, Referral.__table__)
DOCUMENT = cast(Table, StoredDocument.__table__)
PLAN_EVENT = cast(Table, PlanEvent.__table__)
STEP = cast(Table, Step.__table__)
VERSION = cast(Table, AgreementVersion.__table__)

TIMELINE_KINDS: dict[str, str] = {
    "case_opened": "Beratungsfall eröffnet",
    "case_form_changed": "Beratungsform geändert",
    "case_paused": "Beratungsfall ruhend",
    "case_closed": "Beratungsfall abgeschlossen",
    "contact": "Kontakt",
    "goal": "Handlungsziel",
    "step": "Schritt",
    "agreement": "Kooperationsvereinbarung",
    "referral": "Weiterleitung",
    "follow_up": "Wiedervorlage",
    "document": "Dokument",
    "consent": "Einwilligung",
}
# On the same day: the later step of a case first (newest first), the opening last.
_SAME_DAY_ORDER = {
    "case_closed": 9,
    "document": 8,
    "follow_up": 7,
    "referral": 6,
    "agreement": 5,
    "goal": 5,
    "step": 5,
    "contact": 4,
    "case_paused": 3,
    "case_form_changed": 2,
    "consent": 1,
    "case_opened": 0,
}
# Whatever its time, an opening is the first and a closure the last thing of its day.
_DAY_PHASE = {"case_opened": -1, "case_closed": 1}

CONSENT_FORM_KIND = "consent_form"
CONSENT_FORM_TITLE = QT_TRANSLATE_NOOP("Messages", "Einwilligungserklärung")  # stored German
DOCUMENT_GONE = QT_TRANSLATE_NOOP("Messages", "Dieses Dokument gibt es nicht mehr.")
DETAIL_CHARS = 200


@dataclass(frozen=True)
class TimelineEntry:
    on: date
    at: datetime | None
    kind: str  # a key of TIMELINE_KINDS
    title: str
    detail: str = ""


@dataclass(frozen=True)
class DocumentRow:
    id: int
    kind: str
    title: str
    created_at: datetime
    size: int
    sha256: str


def shorten(text: str, limit: int = DETAIL_CHARS) -> str:
    """One line of at most ``limit`` characters, cut at a word with "…"."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;.:–-") + "…"


def _tr(template: str, **params: object) -> str:
    """A timeline text in the UI language."""
    return Text(template, params).translated()


def _join(*parts: str) -> str:
    return " · ".join(part for part in parts if part)


def _label(catalogue: cat.Catalogue, code: str) -> str:
    return catalogue.label_text(code).translated()


def _fields(codes: Iterable[str]) -> str:
    order = {code: index for index, code in enumerate(cat.FIELDS_OF_ACTION.codes())}
    ordered = sorted(codes, key=lambda code: (order.get(code, len(order)), code))
    return ", ".join(_label(cat.FIELDS_OF_ACTION, code) for code in ordered)


class ClientHistoryService:
    def __init__(self, store: Store, clients: ClientService) -> None:
        self._store = store
        self._clients = clients

    # --- timeline ----------------------------------------------------------------------------

    def timeline(self, client_id: int) -> list[TimelineEntry]:
        """Everything that happened for the client, newest first."""
        with self._store.engine.connect() as connection:
            if (
                connection.execute(select(CLIENT.c.id).where(CLIENT.c.id == client_id)).first()
                is None
            ):
                raise UserError(NOT_FOUND)
            entries: list[TimelineEntry] = []
            entries += _case_entries(connection, client_id)
            entries += _contact_entries(connection, client_id)
            entries += _goal_entries(connection, client_id)
            entries += _step_entries(connection, client_id)
            entries += _agreement_entries(connection, client_id)
            entries += _plan_event_entries(connection, client_id)
            entries += _referral_entries(connection, client_id)
            entries += _follow_up_entries(connection, client_id)
            entries += _document_entries(connection, client_id)
            entries += _consent_entries(connection, client_id)
        entries.sort(
            key=lambda e: (
                e.on,
                _DAY_PHASE.get(e.kind, 0),
                e.at or datetime.min,
                _SAME_DAY_ORDER.get(e.kind, 0),
            ),
            reverse=True,
        )
        return entries

    # --- documents ---------------------------------------------------------------------------

    def documents(self, client_id: int) -> list[DocumentRow]:
        """The client's stored documents, newest first (without their content)."""
        statement = (
            select(
                DOCUMENT.c.id,
                DOCUMENT.c.kind,
                DOCUMENT.c.title,
                DOCUMENT.c.created_at,
                DOCUMENT.c.size,
                DOCUMENT.c.sha256,
            )
            .where(DOCUMENT.c.client_id == client_id)
            .order_by(DOCUMENT.c.created_at.desc(), DOCUMENT.c.id.desc())
        )
        with self._store.engine.connect() as connection:
            return [DocumentRow(*row) for row in connection.execute(statement)]

    def document_content(self, document_id: int) -> bytes:
        """The stored bytes, to be written to a file the user chose (audited as an export)."""
        with self._store.session() as session:
            content = session.execute(
                select(DOCUMENT.c.content).where(DOCUMENT.c.id == document_id)
            ).scalar_one_or_none()
            if content is None:
                raise UserError(DOCUMENT_GONE)
            audit.record(session, "export", "document", document_id)
        return bytes(content)

    def keep_consent_form(self, client_id: int) -> DocumentRow:
        """Store the current consent form (PDF) of the client in the encrypted store."""
        pdf = self._clients.consent_form_pdf(client_id)  # NOT_FOUND if the client is gone
        document = StoredDocument(
            client_id=client_id,
            kind=CONSENT_FORM_KIND,
            title=CONSENT_FORM_TITLE,  # generic: never a name in a title
            media_type="application/pdf",
            content=pdf,
            sha256=hashlib.sha256(pdf).hexdigest(),
            size=len(pdf),
        )
        with self._store.session() as session:
            session.add(document)
            session.flush()
            audit.record(session, "create", "document", document.id, ["client_id", "kind"])
            return DocumentRow(
                document.id,
                document.kind,
                document.title,
                document.created_at,
                document.size,
                document.sha256,
            )


# --- timeline parts (one select each) ----------------------------------------------------------


def _case_entries(connection: Connection, client_id: int) -> list[TimelineEntry]:
    cases = connection.execute(
        select(CASE.c.id, CASE.c.opened_on, CASE.c.closed_on, CASE.c.closure_type, CASE.c.status)
        .where(CASE.c.client_id == client_id)
        .order_by(CASE.c.opened_on, CASE.c.id)
    ).all()
    if not cases:
        return []
    case_ids = [case.id for case in cases]
    fields: dict[int, list[str]] = defaultdict(list)
    for case_id, code in connection.execute(
        select(CASE_FIELD.c.case_id, CASE_FIELD.c.field).where(CASE_FIELD.c.case_id.in_(case_ids))
    ):
        fields[case_id].append(code)
    forms: dict[int, list[tuple[date, str]]] = defaultdict(list)
    for case_id, changed_on, form in connection.execute(
        select(FORM_CHANGE.c.case_id, FORM_CHANGE.c.changed_on, FORM_CHANGE.c.form)
        .where(FORM_CHANGE.c.case_id.in_(case_ids))
        .order_by(FORM_CHANGE.c.changed_on, FORM_CHANGE.c.id)
    ):
        forms[case_id].append((changed_on, form))
    statuses: dict[int, list[tuple[date, str, str | None]]] = defaultdict(list)
    for case_id, changed_on, status, closure in connection.execute(
        select(
            STATUS_CHANGE.c.case_id,
            STATUS_CHANGE.c.changed_on,
            STATUS_CHANGE.c.status,
            STATUS_CHANGE.c.closure_type,
        )
        .where(STATUS_CHANGE.c.case_id.in_(case_ids))
        .order_by(STATUS_CHANGE.c.id)
    ):
        statuses[case_id].append((changed_on, status, closure))

    entries: list[TimelineEntry] = []
    for case in cases:
        changes = forms[case.id]
        first_form = changes[0][1] if changes else ""
        title = (
            _tr(
                QT_TRANSLATE_NOOP("Messages", "Beratungsfall eröffnet – {form}"),
                form=_label(cat.CASE_FORMS, first_form),
            )
            if first_form
            else _tr(QT_TRANSLATE_NOOP("Messages", "Beratungsfall eröffnet"))
        )
        entries.append(
            TimelineEntry(
                case.opened_on, None, "case_opened", title, shorten(_fields(fields[case.id]))
            )
        )
        previous = first_form
        for changed_on, form in changes[1:]:
            if form == previous:
                continue
            entries.append(
                TimelineEntry(
                    changed_on,
                    None,
                    "case_form_changed",
                    _tr(
                        QT_TRANSLATE_NOOP("Messages", "Wechsel der Beratungsform – {form}"),
                        form=_label(cat.CASE_FORMS, form),
                    ),
                    _tr(
                        QT_TRANSLATE_NOOP("Messages", "vorher: {form}"),
                        form=_label(cat.CASE_FORMS, previous),
                    )
                    if previous
                    else "",
                )
            )
            previous = form
        closed_seen = False
        for index, (changed_on, status, closure) in enumerate(statuses[case.id]):
            if index == 0 and status == "open":
                continue  # the opening itself
            if status == "closed":
                closed_seen = True
                entries.append(_closed(changed_on, closure))
            elif status == "paused":
                entries.append(
                    TimelineEntry(
                        changed_on,
                        None,
                        "case_paused",
                        _tr(QT_TRANSLATE_NOOP("Messages", "Beratungsfall ruhend gestellt")),
                    )
                )
            else:
                entries.append(
                    TimelineEntry(
                        changed_on,
                        None,
                        "case_opened",
                        _tr(QT_TRANSLATE_NOOP("Messages", "Beratungsfall wieder aufgenommen")),
                    )
                )
        if not closed_seen and case.closed_on is not None:
            entries.append(_closed(case.closed_on, case.closure_type))
    return entries


def _closed(on: date, closure: str | None) -> TimelineEntry:
    detail = (
        _tr(
            QT_TRANSLATE_NOOP("Messages", "Abschluss: {closure}"),
            closure=_label(cat.CLOSURE_TYPES, closure),
        )
        if closure
        else ""
    )
    title = _tr(QT_TRANSLATE_NOOP("Messages", "Beratungsfall abgeschlossen"))
    return TimelineEntry(on, None, "case_closed", title, detail)


def _contact_entries(connection: Connection, client_id: int) -> list[TimelineEntry]:
    rows = connection.execute(
        select(
            CONTACT.c.id,
            CONTACT.c.occurred_at,
            CONTACT.c.duration_minutes,
            CONTACT.c.form,
            CONTACT.c.place,
            CONTACT.c.interpreter_used,
            CONTACT.c.interpreter_language,
            CONTACT.c.note,
        )
        .join(CASE, CASE.c.id == CONTACT.c.case_id)
        .where(CASE.c.client_id == client_id)
    ).all()
    if not rows:
        return []
    fields: dict[int, list[str]] = defaultdict(list)
    for contact_id, code in connection.execute(
        select(CONTACT_FIELD.c.contact_id, CONTACT_FIELD.c.field)
        .join(CONTACT, CONTACT.c.id == CONTACT_FIELD.c.contact_id)
        .join(CASE, CASE.c.id == CONTACT.c.case_id)
        .where(CASE.c.client_id == client_id)
    ):
        fields[contact_id].append(code)
    entries = []
    for row in rows:
        form = _label(cat.CONTACT_FORMS, row.form)
        parts = [f"{form} ({row.place})" if row.place else form]
        if row.duration_minutes:
            parts.append(
                _tr(QT_TRANSLATE_NOOP("Messages", "{minutes} Min."), minutes=row.duration_minutes)
            )
        if row.interpreter_used:
            language = (
                language_name(row.interpreter_language, messages.language())
                if row.interpreter_language
                else ""
            )
            parts.append(
                _tr(
                    QT_TRANSLATE_NOOP("Messages", "mit Dolmetschung ({language})"),
                    language=language,
                )
                if language
                else _tr(QT_TRANSLATE_NOOP("Messages", "mit Dolmetschung"))
            )
        detail = _join(_fields(fields[row.id]), shorten(row.note))
        entries.append(
            TimelineEntry(
                row.occurred_at.date(),
                row.occurred_at,
                "contact",
                _tr(QT_TRANSLATE_NOOP("Messages", "Kontakt – {summary}"), summary=", ".join(parts)),
                shorten(detail, DETAIL_CHARS + 80),
            )
        )
    return entries


def _goal_entries(connection: Connection, client_id: int) -> list[TimelineEntry]:
    rows = connection.execute(
        select(GOAL.c.created_on, GOAL.c.field, GOAL.c.text, GOAL.c.target_date, GOAL.c.attainment)
        .join(CASE, CASE.c.id == GOAL.c.case_id)
        .where(CASE.c.client_id == client_id)
    ).all()
    entries = []
    for row in rows:
        state = _label(cat.GOAL_ATTAINMENTS, row.attainment)
        if row.target_date is not None:
            state = _tr(
                QT_TRANSLATE_NOOP("Messages", "{state}, Ziel bis {date}"),
                state=state,
                date=format_date_de(row.target_date),
            )
        entries.append(
            TimelineEntry(
                row.created_on,
                None,
                "goal",
                _tr(
                    QT_TRANSLATE_NOOP("Messages", "Handlungsziel – {field} ({state})"),
                    field=_label(cat.FIELDS_OF_ACTION, row.field),
                    state=state,
                ),
                shorten(row.text),
            )
        )
    return entries


def _step_entries(connection: Connection, client_id: int) -> list[TimelineEntry]:
    """Steps done, on the day they were done (the step table keeps that date)."""
    rows = connection.execute(
        select(STEP.c.done_on, STEP.c.text, GOAL.c.field)
        .join(GOAL, GOAL.c.id == STEP.c.goal_id)
        .join(CASE, CASE.c.id == GOAL.c.case_id)
        .where(CASE.c.client_id == client_id, STEP.c.status == "done", STEP.c.done_on.is_not(None))
    ).all()
    return [
        TimelineEntry(
            row.done_on,
            None,
            "step",
            _tr(
                QT_TRANSLATE_NOOP("Messages", "Schritt erledigt – {field}"),
                field=_label(cat.FIELDS_OF_ACTION, row.field),
            ),
            shorten(row.text),
        )
        for row in rows
    ]


def _agreement_entries(connection: Connection, client_id: int) -> list[TimelineEntry]:
    rows = connection.execute(
        select(VERSION.c.number, VERSION.c.signed_on, VERSION.c.review_on)
        .join(CASE, CASE.c.id == VERSION.c.case_id)
        .where(CASE.c.client_id == client_id, VERSION.c.signed_on.is_not(None))
    ).all()
    return [
        TimelineEntry(
            row.signed_on,
            None,
            "agreement",
            _tr(
                QT_TRANSLATE_NOOP(
                    "Messages", "Kooperationsvereinbarung unterschrieben – Fassung {number}"
                ),
                number=row.number,
            ),
            _tr(
                QT_TRANSLATE_NOOP("Messages", "Überprüfung am {date}"),
                date=format_date_de(row.review_on),
            )
            if row.review_on
            else "",
        )
        for row in rows
    ]


# Plan events the timeline shows (goals added, steps done and versions signed come from the
# goal, step and version tables, which also hold what the demo data and older stores have).
_PLAN_EVENT_KINDS = {
    "goal_changed": "goal",
    "goal_removed": "goal",
    "step_added": "step",
    "step_changed": "step",
    "step_dropped": "step",
    "step_removed": "step",
    "step_reopened": "step",
    "version_started": "agreement",
}


def _plan_event_entries(connection: Connection, client_id: int) -> list[TimelineEntry]:
    rows = connection.execute(
        select(PLAN_EVENT.c.at, PLAN_EVENT.c.kind, PLAN_EVENT.c.detail)
        .join(CASE, CASE.c.id == PLAN_EVENT.c.case_id)
        .where(CASE.c.client_id == client_id, PLAN_EVENT.c.kind.in_(list(_PLAN_EVENT_KINDS)))
    ).all()
    entries = []
    for row in rows:
        title, _colon, detail = row.detail.partition(": ")
        entries.append(
            TimelineEntry(row.at.date(), row.at, _PLAN_EVENT_KINDS[row.kind], title, detail)
        )
    return entries


def _referral_entries(connection: Connection, client_id: int) -> list[TimelineEntry]:
    rows = connection.execute(
        select(
            REFERRAL.c.sent_on,
            REFERRAL.c.created_at,
            REFERRAL.c.status,
            REFERRAL.c.partner_category,
            REFERRAL.c.purpose,
            REFERRAL.c.feedback_on,
            PARTNER.c.name,
        )
        .join(CASE, CASE.c.id == REFERRAL.c.case_id)
        .outerjoin(PARTNER, PARTNER.c.id == REFERRAL.c.partner_id)
        .where(CASE.c.client_id == client_id)
    ).all()
    entries = []
    for row in rows:
        target = row.name or (
            _label(cat.PARTNER_CATEGORIES, row.partner_category) if row.partner_category else ""
        )
        status = _label(cat.REFERRAL_STATUSES, row.status)
        title = (
            _tr(
                QT_TRANSLATE_NOOP("Messages", "Weiterleitung an {target} ({status})"),
                target=target,
                status=status,
            )
            if target
            else _tr(QT_TRANSLATE_NOOP("Messages", "Weiterleitung ({status})"), status=status)
        )
        feedback = (
            _tr(
                QT_TRANSLATE_NOOP("Messages", "Rückmeldung am {date}"),
                date=format_date_de(row.feedback_on),
            )
            if row.feedback_on
            else ""
        )
        on = row.sent_on or row.created_at.date()
        entries.append(
            TimelineEntry(on, None, "referral", title, _join(shorten(row.purpose), feedback))
        )
    return entries


def _follow_up_entries(connection: Connection, client_id: int) -> list[TimelineEntry]:
    rows = connection.execute(
        select(
            FOLLOW_UP.c.due_on,
            FOLLOW_UP.c.reason,
            FOLLOW_UP.c.source,
            FOLLOW_UP.c.done_on,
            FOLLOW_UP.c.snoozed_until,
        ).where(FOLLOW_UP.c.client_id == client_id)
    ).all()
    entries = []
    for row in rows:
        if row.done_on is not None:
            state = _tr(
                QT_TRANSLATE_NOOP("Messages", "erledigt am {date}"),
                date=format_date_de(row.done_on),
            )
        elif row.snoozed_until is not None:
            state = _tr(
                QT_TRANSLATE_NOOP("Messages", "zurückgestellt bis {date}"),
                date=format_date_de(row.snoozed_until),
            )
        else:
            state = _tr(QT_TRANSLATE_NOOP("Messages", "offen"))
        if row.source and row.source != "manual":
            title = _tr(
                QT_TRANSLATE_NOOP("Messages", "Wiedervorlage – {source} ({state})"),
                source=_label(cat.FOLLOWUP_SOURCES, row.source),
                state=state,
            )
        else:
            title = _tr(QT_TRANSLATE_NOOP("Messages", "Wiedervorlage ({state})"), state=state)
        entries.append(TimelineEntry(row.due_on, None, "follow_up", title, shorten(row.reason)))
    return entries


def _document_entries(connection: Connection, client_id: int) -> list[TimelineEntry]:
    rows = connection.execute(
        select(DOCUMENT.c.created_at, DOCUMENT.c.title).where(DOCUMENT.c.client_id == client_id)
    ).all()
    return [
        TimelineEntry(
            row.created_at.date(),
            row.created_at,
            "document",
            _tr(
                QT_TRANSLATE_NOOP("Messages", "Dokument abgelegt – {title}"),
                title=messages.display(row.title),
            ),
            _tr(
                QT_TRANSLATE_NOOP("Messages", "verschlüsselt im Datenbestand (Reiter „Dokumente“)")
            ),
        )
        for row in rows
    ]


def _consent_entries(connection: Connection, client_id: int) -> list[TimelineEntry]:
    rows = connection.execute(
        select(
            CONSENT.c.kind,
            CONSENT.c.given_on,
            CONSENT.c.valid_until,
            CONSENT.c.withdrawn_on,
            CONSENT.c.partner_category,
            CONSENT.c.scope,
            CONSENT.c.purpose,
            PARTNER.c.name,
        )
        .outerjoin(PARTNER, PARTNER.c.id == CONSENT.c.partner_id)
        .where(CONSENT.c.client_id == client_id)
    ).all()
    entries = []
    for row in rows:
        kind = _label(cat.CONSENT_KINDS, row.kind)
        target = row.name or (
            _label(cat.PARTNER_CATEGORIES, row.partner_category) if row.partner_category else ""
        )
        title = f"{kind} – {target}" if target else kind
        notes = []
        if row.valid_until is not None:
            notes.append(
                _tr(
                    QT_TRANSLATE_NOOP("Messages", "gültig bis {date}"),
                    date=format_date_de(row.valid_until),
                )
            )
        if row.withdrawn_on is not None:
            notes.append(
                _tr(
                    QT_TRANSLATE_NOOP("Messages", "widerrufen am {date}"),
                    date=format_date_de(row.withdrawn_on),
                )
            )
        detail = _join(shorten(row.scope or row.purpose), ", ".join(notes))
        entries.append(TimelineEntry(row.given_on, None, "consent", title, detail))
        if row.withdrawn_on is not None:
            entries.append(
                TimelineEntry(
                    row.withdrawn_on,
                    None,
                    "consent",
                    _tr(QT_TRANSLATE_NOOP("Messages", "{kind} widerrufen"), kind=kind),
                    _tr(
                        QT_TRANSLATE_NOOP("Messages", "erteilt am {date}"),
                        date=format_date_de(row.given_on),
                    ),
                )
            )
    return entries
