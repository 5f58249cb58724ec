"""Counselling and Case Management: cases, contacts, the goal agreement, closure.

Rules (each refused with a German reason, nothing stored):
* one open (or paused) case per client at a time; closed cases stay readable;
* dates in order: no contact in the future or before the case was opened, no closure before
  the opening or after today, no step due or goal target before the agreement was started;
* a goal needs its text; a signed agreement version is frozen. Changing goals or steps after
  signing starts a new (unsigned) version; progress (step status, done date) is not a change
  of the agreement and starts none;
* a case closes only when every step is done or dropped (or the caller drops them explicitly)
  and every goal has an attainment;
* every command that changes a case takes the version the caller last saw: a second window
  that edited the same case in between makes the command fail with ``CASE_CONFLICT`` instead of
  overwriting silently.

Read models are frozen dataclasses; the UI never sees ORM objects.
"""

from __future__ import annotations

import contextlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import ColumnElement, Connection, Table, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from mbe_desktop.domain import case_rules as rules
from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain import countries
from mbe_desktop.domain.bounded import is_row_id
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text
from mbe_desktop.services import audit
from mbe_desktop.services.client_history import shorten
from mbe_desktop.services.clients import INACTIVE_LOCATION, NOT_FOUND, display_name
from mbe_desktop.services.office import OfficeService
from mbe_desktop.storage.models import (
    AgreementVersion,
    Case,
    CaseFieldOfAction,
    CaseFormChange,
    CaseStatusChange,
    Client,
    Contact,
    ContactFieldOfAction,
    Goal,
    OutreachLocation,
    Partner,
    PlanEvent,
    Step,
    StepTemplate,
)
from mbe_desktop.storage.store import Store

if TYPE_CHECKING:
    from mbe_desktop.documents.agreement import AgreementGoal

__all__ = [
    "CASE_CONFLICT",
    "CONTACT_CONFLICT",
    "CONTACT_DELETE_CONFLICT",
    "AgreementVersionRow",
    "CaseDetail",
    "CaseInput",
    "CaseService",
    "CaseSummary",
    "ClosureInput",
    "ContactInput",
    "ContactRow",
    "DormantCase",
    "GoalInput",
    "GoalRow",
    "Plan",
    "PlanInput",
    "SignedVersion",
    "StepInput",
    "StepRow",
    "StepTemplateInput",
    "StepTemplateRow",
    "TemplateStep",
]

CASE_CONFLICT = QT_TRANSLATE_NOOP(
    "Messages",
    "Dieser Beratungsfall wurde inzwischen an anderer Stelle geändert. Ihre Eingaben sind noch "
    "da: Laden Sie den Fall neu und tragen Sie sie erneut ein.",
)

# --- inputs ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseInput:
    opened_on: date | None
    form: str = "counselling"  # CASE_FORMS
    fields: tuple[str, ...] = ()  # FIELDS_OF_ACTION codes
    family_members: int = 0  # co-counselled family members (counted separately)


@dataclass(frozen=True)
class ContactInput:
    occurred_at: datetime | None  # naive local time; the UI defaults it to now
    duration_minutes: int = 30
    form: str = "office"  # CONTACT_FORMS
    outreach_location_id: int | None = None  # with form "outreach"
    place: str = ""  # free text: the outreach place or where the accompaniment went
    interpreter_used: bool = False
    interpreter_language: str = ""  # ISO 639 code, see domain.countries
    fields: tuple[str, ...] = ()  # FIELDS_OF_ACTION codes
    note: str = ""
    next_steps: str = ""


@dataclass(frozen=True)
class StepInput:
    id: int | None  # None: a new step
    text: str
    actor: str = "client"  # STEP_ACTORS
    partner_id: int | None = None  # with actor "partner"
    due_on: date | None = None
    status: str = "open"  # STEP_STATUSES
    done_on: date | None = None  # set to today by the service when status turns "done"


@dataclass(frozen=True)
class GoalInput:
    id: int | None  # None: a new goal
    field: str  # FIELDS_OF_ACTION code
    text: str  # the goal in plain words (required)
    indicator: str = ""  # how success will be seen
    target_date: date | None = None
    steps: tuple[StepInput, ...] = ()


@dataclass(frozen=True)
class PlanInput:
    """The whole live plan as the editor shows it; goals and steps missing here are deleted."""

    goals: tuple[GoalInput, ...]
    review_on: date | None = None


@dataclass(frozen=True)
class ClosureInput:
    closed_on: date | None
    closure_type: str  # CLOSURE_TYPES
    attainments: Mapping[int, str] = field(default_factory=dict)  # goal id -> attainment
    drop_open_steps: bool = False  # explicitly mark every open step "dropped"
    german_level: str | None = None  # CEFR_LEVELS
    course_status: str | None = None  # COURSE_STATUSES
    employment_status: str | None = None  # EMPLOYMENT_STATUSES
    benefits: str | None = None  # BENEFITS
    residence_status: str | None = None  # RESIDENCE_STATUSES


@dataclass(frozen=True)
class TemplateStep:
    text: str
    actor: str = "client"
    offset_days: int = 0


@dataclass(frozen=True)
class StepTemplateInput:
    id: int | None
    field: str
    name: str
    steps: tuple[TemplateStep, ...]


# --- read models ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseSummary:
    id: int
    opened_on: date
    form: str
    status: str  # open / paused / closed
    closed_on: date | None
    closure_type: str | None


@dataclass(frozen=True)
class CaseDetail:
    id: int
    client_id: int
    version: int  # pass back as expected_version
    opened_on: date
    form: str
    status: str
    fields: tuple[str, ...]
    family_members: int
    closed_on: date | None
    closure_type: str | None
    closure_german_level: str | None
    closure_course_status: str | None
    closure_employment_status: str | None
    closure_benefits: str | None
    closure_residence_status: str | None
    form_changes: tuple[tuple[date, str], ...]  # (changed_on, form), oldest first
    status_changes: tuple[tuple[date, str, str | None], ...]  # (on, status, closure type)
    contact_count: int
    last_contact_on: date | None


@dataclass(frozen=True)
class ContactRow:
    id: int
    case_id: int
    occurred_at: datetime
    duration_minutes: int
    form: str
    outreach_location_id: int | None
    place: str
    interpreter_used: bool
    interpreter_language: str
    fields: tuple[str, ...]
    note: str
    next_steps: str
    version: int  # pass to update_contact / delete_contact

    def as_input(self) -> ContactInput:
        return ContactInput(
            occurred_at=self.occurred_at,
            duration_minutes=self.duration_minutes,
            form=self.form,
            outreach_location_id=self.outreach_location_id,
            place=self.place,
            interpreter_used=self.interpreter_used,
            interpreter_language=self.interpreter_language,
            fields=self.fields,
            note=self.note,
            next_steps=self.next_steps,
        )


@dataclass(frozen=True)
class StepRow:
    id: int
    goal_id: int
    text: str
    actor: str
    partner_id: int | None
    partner_name: str  # "" without partner
    due_on: date | None
    status: str
    done_on: date | None
    position: int

    def as_input(self) -> StepInput:
        return StepInput(
            self.id, self.text, self.actor, self.partner_id, self.due_on, self.status, self.done_on
        )


@dataclass(frozen=True)
class GoalRow:
    id: int
    field: str
    text: str
    indicator: str
    target_date: date | None
    attainment: str
    position: int
    created_on: date
    steps: tuple[StepRow, ...]

    def as_input(self) -> GoalInput:
        return GoalInput(
            self.id,
            self.field,
            self.text,
            self.indicator,
            self.target_date,
            tuple(step.as_input() for step in self.steps),
        )


@dataclass(frozen=True)
class AgreementVersionRow:
    id: int
    number: int
    created_on: date
    signed_on: date | None
    review_on: date | None


@dataclass(frozen=True)
class Plan:
    """The live goal agreement of a case and the list of its versions."""

    case_id: int
    case_version: int  # pass back as expected_version
    editable: bool  # False once the case is closed
    goals: tuple[GoalRow, ...]
    versions: tuple[AgreementVersionRow, ...]  # oldest first; the last one is the current one
    review_on: date | None  # of the current version
    fields_without_goal: tuple[str, ...]  # fields of action of the case without any goal

    @property
    def current(self) -> AgreementVersionRow | None:
        return self.versions[-1] if self.versions else None

    @property
    def signed(self) -> bool:
        """True while the current version is signed (an edit would start a new version)."""
        current = self.current
        return current is not None and current.signed_on is not None


@dataclass(frozen=True)
class SignedVersion:
    """A frozen version as it was signed (goal and step ids are 0: they are a snapshot)."""

    number: int
    created_on: date
    signed_on: date
    review_on: date | None
    goals: tuple[GoalRow, ...]


@dataclass(frozen=True)
class DormantCase:
    case_id: int
    client_id: int
    client_number: str
    client_name: str
    opened_on: date
    form: str
    status: str
    last_contact_on: date | None  # None: never a contact


@dataclass(frozen=True)
class StepTemplateRow:
    id: int
    field: str
    name: str
    steps: tuple[TemplateStep, ...]


# --- the service ------------------------------------------------------------------------------

CASE_GONE = QT_TRANSLATE_NOOP(
    "Messages", "Diesen Beratungsfall gibt es nicht mehr (er wurde gelöscht oder zusammengeführt)."
)
CONTACT_GONE = QT_TRANSLATE_NOOP("Messages", "Diesen Kontakt gibt es nicht mehr.")
CONTACT_CONFLICT = QT_TRANSLATE_NOOP(
    "Messages",
    "Dieser Kontakt wurde inzwischen an anderer Stelle geändert. Ihre Eingaben sind noch da: "
    "Laden Sie den Fall neu und tragen Sie sie erneut ein.",
)
CONTACT_DELETE_CONFLICT = QT_TRANSLATE_NOOP(
    "Messages",
    "Dieser Kontakt wurde inzwischen an anderer Stelle geändert und deshalb nicht gelöscht. "
    "Bitte prüfen Sie den neu geladenen Kontakt und löschen Sie ihn dann erneut.",
)
TEMPLATE_GONE = QT_TRANSLATE_NOOP("Messages", "Diese Schrittvorlage gibt es nicht mehr.")
CASE_CLOSED = QT_TRANSLATE_NOOP(
    "Messages",
    "Der Beratungsfall ist abgeschlossen. Um ihn zu ändern, eröffnen Sie ihn bitte wieder.",
)
ONE_OPEN_CASE = QT_TRANSLATE_NOOP(
    "Messages",
    "Für diese Person gibt es schon einen offenen Beratungsfall (eröffnet am {opened}). "
    "Es kann immer nur ein Fall offen sein: Schließen Sie ihn zuerst ab.",
)
NO_GOALS_TO_SIGN = QT_TRANSLATE_NOOP(
    "Messages",
    "Eine Kooperationsvereinbarung ohne Ziele kann nicht unterschrieben werden. "
    "Bitte zuerst mindestens ein Handlungsziel eintragen und speichern.",
)
ALREADY_SIGNED = QT_TRANSLATE_NOOP(
    "Messages",
    "Diese Fassung ist bereits unterschrieben, und seitdem wurde nichts geändert. "
    "Eine neue Fassung entsteht, sobald Sie Ziele oder Schritte ändern.",
)
OPEN_STATUSES = ("open", "paused")

CASE = cast(Table, Case.__table__)
CASE_FIELD = cast(Table, CaseFieldOfAction.__table__)
CLIENT = cast(Table, Client.__table__)
CONTACT = cast(Table, Contact.__table__)
CONTACT_FIELD = cast(Table, ContactFieldOfAction.__table__)
FORM_CHANGE = cast(Table, CaseFormChange.__table__)
GOAL = cast(Table, Goal.__table__)
PARTNER = cast(Table, Partner.__table__)
STATUS_CHANGE = cast(Table, CaseStatusChange.__table__)
STEP = cast(Table, Step.__table__)
VERSION = cast(Table, AgreementVersion.__table__)


class CaseService:
    def __init__(
        self,
        store: Store,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._store = store
        self._today = today
        self._now = now

    # --- cases -------------------------------------------------------------------------------

    def cases_of(self, client_id: int) -> list[CaseSummary]:
        """All cases of a client, newest opening first."""
        statement = (
            select(
                CASE.c.id,
                CASE.c.opened_on,
                CASE.c.form,
                CASE.c.status,
                CASE.c.closed_on,
                CASE.c.closure_type,
            )
            .where(CASE.c.client_id == client_id)
            .order_by(CASE.c.opened_on.desc(), CASE.c.id.desc())
        )
        with self._store.engine.connect() as connection:
            return [CaseSummary(*row) for row in connection.execute(statement)]

    def current_case(self, client_id: int) -> CaseDetail | None:
        """The open or paused case of a client, if any."""
        statement = (
            select(CASE.c.id)
            .where(CASE.c.client_id == client_id, CASE.c.status.in_(OPEN_STATUSES))
            .order_by(CASE.c.opened_on.desc(), CASE.c.id.desc())
            .limit(1)
        )
        with self._store.engine.connect() as connection:
            case_id = connection.execute(statement).scalar()
        return None if case_id is None else self.get(case_id)

    def get(self, case_id: int) -> CaseDetail:
        with self._store.engine.connect() as connection:
            return _case_detail(connection, case_id)

    def open_case(self, client_id: int, data: CaseInput) -> CaseDetail:
        today = self._today()
        opened_on = rules.day(
            data.opened_on, QT_TRANSLATE_NOOP("Messages", "Eröffnet am"), "opened_on", today
        )
        form = rules.code(
            data.form, cat.CASE_FORMS, QT_TRANSLATE_NOOP("Messages", "Beratungsform"), "form"
        )
        fields = rules.fields_of_action(data.fields)
        family = rules.family_members(data.family_members)
        with self._store.session() as session:
            if session.get(Client, client_id) is None:
                raise UserError(NOT_FOUND)
            _require_no_open_case(session, client_id)
            last_closed = session.scalar(
                select(func.max(Case.closed_on)).where(Case.client_id == client_id)
            )
            if last_closed is not None:
                rules.not_before(
                    opened_on,
                    last_closed,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Der neue Fall kann nicht vor dem Abschluss des letzten Falls am "
                        "{earliest} beginnen.",
                    ),
                    "opened_on",
                )
            case = Case(
                client_id=client_id,
                opened_on=opened_on,
                form=form,
                status="open",
                family_members=family,
            )
            case.fields_of_action = [CaseFieldOfAction(field=code) for code in fields]
            case.form_changes = [CaseFormChange(changed_on=opened_on, form=form)]
            case.status_changes = [CaseStatusChange(changed_on=opened_on, status="open")]
            session.add(case)
            session.flush()
            audit.record(session, "create", "case", case.id, ["opened_on", "form", "fields"])
            case_id = case.id
        return self.get(case_id)

    def update_case(
        self,
        case_id: int,
        data: CaseInput,
        expected_version: int,
        form_changed_on: date | None = None,
    ) -> CaseDetail:
        """Opening date, fields of action, family members, form; a form switch is recorded
        with ``form_changed_on`` (default today)."""
        today = self._today()
        opened_on = rules.day(
            data.opened_on, QT_TRANSLATE_NOOP("Messages", "Eröffnet am"), "opened_on", today
        )
        form = rules.code(
            data.form, cat.CASE_FORMS, QT_TRANSLATE_NOOP("Messages", "Beratungsform"), "form"
        )
        fields = rules.fields_of_action(data.fields)
        family = rules.family_members(data.family_members)
        with self._writing(case_id, expected_version) as (session, case):
            _require_not_closed(case)
            changed: list[str] = []
            if opened_on != case.opened_on:
                _check_opening(session, case, opened_on)
                _move_opening(case, opened_on)
                changed.append("opened_on")
            if form != case.form:
                switched = rules.day(
                    form_changed_on,
                    QT_TRANSLATE_NOOP("Messages", "Wechsel am"),
                    "form_changed_on",
                    today,
                )
                rules.not_before(
                    switched,
                    case.opened_on,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Der Wechsel der Beratungsform kann nicht vor der Eröffnung am {earliest} "
                        "liegen.",
                    ),
                    "form_changed_on",
                )
                case.form = form
                case.form_changes.append(CaseFormChange(changed_on=switched, form=form))
                changed.append("form")
            if set(fields) != {row.field for row in case.fields_of_action}:
                case.fields_of_action = [CaseFieldOfAction(field=code) for code in fields]
                changed.append("fields")
            if family != case.family_members:
                case.family_members = family
                changed.append("family_members")
            if changed:
                _touch(case, self._now())
                audit.record(session, "update", "case", case_id, changed)
        return self.get(case_id)

    def set_paused(
        self, case_id: int, paused: bool, expected_version: int, on: date | None = None
    ) -> CaseDetail:
        today = self._today()
        when = rules.day(on, QT_TRANSLATE_NOOP("Messages", "Datum"), "on", today, required=False)
        with self._writing(case_id, expected_version) as (session, case):
            _require_not_closed(case)
            wanted = "paused" if paused else "open"
            if case.status != wanted:
                _not_before_opening(case, when, "on")
                case.status = wanted
                case.status_changes.append(CaseStatusChange(changed_on=when, status=wanted))
                _touch(case, self._now())
                audit.record(session, "update", "case", case_id, ["status"])
        return self.get(case_id)

    def close_case(self, case_id: int, data: ClosureInput, expected_version: int) -> CaseDetail:
        today = self._today()
        closed_on = rules.day(
            data.closed_on, QT_TRANSLATE_NOOP("Messages", "Abgeschlossen am"), "closed_on", today
        )
        closure = rules.code(
            data.closure_type,
            cat.CLOSURE_TYPES,
            QT_TRANSLATE_NOOP("Messages", "Art des Abschlusses"),
            "type",
        )
        situation = _situation(data)
        with self._writing(case_id, expected_version) as (session, case):
            _require_not_closed(case)
            _check_closing_date(session, case, closed_on)
            _apply_attainments(case, data.attainments)
            _resolve_open_steps(session, case, data.drop_open_steps, self._now())
            _close(case, closed_on, closure, situation)
            _touch(case, self._now())
            audit.record(session, "close", "case", case_id, ["closure_type", "closed_on"])
        return self.get(case_id)

    def reopen_case(
        self, case_id: int, expected_version: int, on: date | None = None
    ) -> CaseDetail:
        today = self._today()
        when = rules.day(
            on, QT_TRANSLATE_NOOP("Messages", "Wieder eröffnet am"), "on", today, required=False
        )
        with self._writing(case_id, expected_version) as (session, case):
            if case.status != "closed":
                raise UserError(
                    QT_TRANSLATE_NOOP("Messages", "Dieser Beratungsfall ist nicht abgeschlossen.")
                )
            _require_no_open_case(session, case.client_id)
            if case.closed_on is not None:
                rules.not_before(
                    when,
                    case.closed_on,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Der Fall kann nicht vor seinem Abschluss am {earliest} wieder eröffnet "
                        "werden.",
                    ),
                    "on",
                )
            case.status = "open"
            case.closed_on = None
            case.closure_type = None
            case.status_changes.append(CaseStatusChange(changed_on=when, status="open"))
            _touch(case, self._now())
            audit.record(session, "reopen", "case", case_id, ["status"])
        return self.get(case_id)

    # --- contacts ----------------------------------------------------------------------------

    def contacts(self, case_id: int) -> list[ContactRow]:
        """Newest first."""
        with self._store.engine.connect() as connection:
            return _contacts(connection, CONTACT.c.case_id == case_id)

    def add_contact(self, case_id: int, data: ContactInput) -> ContactRow:
        with self._store.session() as session:
            case = _case(session, case_id)
            _require_not_closed(case)
            values = self._contact_values(session, case, data)
            contact = Contact(case_id=case_id, **values.columns)
            contact.fields_of_action = [ContactFieldOfAction(field=c) for c in values.fields]
            session.add(contact)
            session.flush()
            audit.record(session, "create", "contact", contact.id, values.filled())
            contact_id = contact.id
        return self._contact(contact_id)

    def update_contact(
        self, contact_id: int, data: ContactInput, expected_version: int
    ) -> ContactRow:
        """``expected_version``: the contact's version the caller last saw (ContactRow.version);
        a contact changed elsewhere in between fails with CONTACT_CONFLICT."""
        with self._writing_contact(contact_id, expected_version, CONTACT_CONFLICT) as (
            session,
            contact,
        ):
            case = _case(session, contact.case_id)
            _require_not_closed(case)
            values = self._contact_values(session, case, data, contact.outreach_location_id)
            stored_fields = {row.field for row in contact.fields_of_action}
            changed = [
                name for name, value in values.columns.items() if getattr(contact, name) != value
            ]
            for name, value in values.columns.items():
                setattr(contact, name, value)
            if stored_fields != set(values.fields):
                if not changed:  # the version goes up when only the fields of action change
                    flag_modified(contact, "note")
                contact.fields_of_action = [ContactFieldOfAction(field=c) for c in values.fields]
                changed.append("fields")
            if changed:
                audit.record(session, "update", "contact", contact_id, changed)
        return self._contact(contact_id)

    def delete_contact(self, contact_id: int, expected_version: int) -> None:
        """Refused with CONTACT_DELETE_CONFLICT if the contact changed since the caller saw it."""
        with self._writing_contact(contact_id, expected_version, CONTACT_DELETE_CONFLICT) as (
            session,
            contact,
        ):
            _require_not_closed(_case(session, contact.case_id))
            session.delete(contact)
            audit.record(session, "delete", "contact", contact_id)
        self._store.checkpoint()  # the note must leave the WAL too (erasure)

    @contextlib.contextmanager
    def _writing_contact(
        self, contact_id: int, expected_version: int, conflict: str
    ) -> Iterator[tuple[Session, Contact]]:
        """A transaction on one contact that fails with ``conflict`` if it changed meanwhile."""
        try:
            with self._store.session() as session:
                contact = session.get(Contact, contact_id)
                if contact is None:
                    raise UserError(CONTACT_GONE)
                if contact.version != expected_version:
                    raise UserError(conflict)
                yield session, contact
        except StaleDataError:
            raise UserError(conflict) from None

    def _contact(self, contact_id: int) -> ContactRow:
        with self._store.engine.connect() as connection:
            rows = _contacts(connection, CONTACT.c.id == contact_id)
        if not rows:
            raise UserError(CONTACT_GONE)
        return rows[0]

    def _contact_values(
        self, session: Session, case: Case, data: ContactInput, kept_location_id: int | None = None
    ) -> _ContactValues:
        occurred_at = rules.contact_time(data.occurred_at, self._now(), case.opened_on)
        form = rules.code(
            data.form, cat.CONTACT_FORMS, QT_TRANSLATE_NOOP("Messages", "Form des Kontakts"), "form"
        )
        location_id = data.outreach_location_id if form == "outreach" else None
        location = (
            None
            if location_id is None or not is_row_id(location_id)  # 2**64 overflows SQLite
            else session.get(OutreachLocation, location_id)
        )
        if location_id is not None and location is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Diese Außensprechstunde gibt es nicht mehr."),
                "outreach_location_id",
            )
        if location is not None and not location.active and location_id != kept_location_id:
            # Deactivated in Einstellungen: only a contact that already names it keeps it.
            raise ValidationError(INACTIVE_LOCATION, "outreach_location_id")
        language = data.interpreter_language.strip().lower() if data.interpreter_used else ""
        if data.interpreter_used and language and countries.language(language) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Unbekannte Sprache der Sprachmittlung."),
                "interpreter_language",
            )
        columns: dict[str, Any] = {
            "occurred_at": occurred_at,
            "duration_minutes": rules.duration(data.duration_minutes),
            "form": form,
            "outreach_location_id": location_id,
            "place": rules.text(
                data.place, QT_TRANSLATE_NOOP("Messages", "Ort"), "place", rules.MAX_PLACE_CHARS
            ),
            "interpreter_used": bool(data.interpreter_used),
            "interpreter_language": language,
            "note": rules.block(
                data.note, QT_TRANSLATE_NOOP("Messages", "Notiz"), "note", rules.MAX_NOTE_CHARS
            ),
            "next_steps": rules.block(
                data.next_steps,
                QT_TRANSLATE_NOOP("Messages", "Nächste Schritte"),
                "next_steps",
                rules.MAX_NOTE_CHARS,
            ),
        }
        return _ContactValues(columns, rules.fields_of_action(data.fields))

    # --- the goal agreement ------------------------------------------------------------------

    def plan(self, case_id: int) -> Plan:
        with self._store.engine.connect() as connection:
            return _plan(connection, case_id)

    def save_plan(self, case_id: int, data: PlanInput, expected_version: int) -> Plan:
        with self._writing(case_id, expected_version) as (session, case):
            _require_not_closed(case)
            versions = list(case.agreement_versions)
            start = versions[0].created_on if versions else self._today()
            clean = _clean_plan(session, data, _Dates(start, self._today(), _known_dates(case)))
            writer = _PlanWriter(session, case, self._now())
            content_changed = writer.apply(clean.goals)
            current = versions[-1] if versions else None
            review_changed = clean.review_on != (current.review_on if current else None)
            if content_changed or review_changed:
                current = writer.current_version(self._today(), has_goals=bool(clean.goals))
                if current is not None:
                    current.review_on = clean.review_on
            if writer.touched or review_changed:
                _touch(case, self._now())
                audit.record(session, "update", "agreement", case_id, writer.audit_fields())
        return self.plan(case_id)

    def add_step(self, goal_id: int, step: StepInput, expected_version: int) -> Plan:
        """One step appended to a goal (e.g. from a contact's next steps)."""
        with self._store.engine.connect() as connection:
            case_id = connection.execute(
                select(GOAL.c.case_id).where(GOAL.c.id == goal_id)
            ).scalar()
        if case_id is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "Dieses Handlungsziel gibt es nicht mehr.")
            )
        current = self.plan(case_id)
        goals = tuple(
            replace(goal.as_input(), steps=(*goal.as_input().steps, replace(step, id=None)))
            if goal.id == goal_id
            else goal.as_input()
            for goal in current.goals
        )
        return self.save_plan(case_id, PlanInput(goals, current.review_on), expected_version)

    def sign(self, case_id: int, signed_on: date, expected_version: int) -> Plan:
        """Freeze the current version as signed on ``signed_on``."""
        today = self._today()
        signed_on = rules.day(
            signed_on, QT_TRANSLATE_NOOP("Messages", "Unterschrieben am"), "signed_on", today
        )
        with self._writing(case_id, expected_version) as (session, case):
            _require_not_closed(case)
            _not_before_opening(case, signed_on, "signed_on")
            if not case.goals:
                raise ValidationError(NO_GOALS_TO_SIGN, "goals")
            versions = case.agreement_versions
            if versions and versions[-1].signed_on is not None:
                raise UserError(ALREADY_SIGNED)
            if not versions:
                versions.append(AgreementVersion(number=1, created_on=signed_on))
            current = versions[-1]
            current.created_on = min(current.created_on, signed_on)
            current.signed_on = signed_on
            current.snapshot = json.dumps(_snapshot(session, case), ensure_ascii=False)
            session.add(
                PlanEvent(
                    case_id=case_id,
                    at=self._now(),
                    kind="version_signed",
                    detail=f"Fassung {current.number} unterschrieben",
                )
            )
            _touch(case, self._now())
            audit.record(session, "sign", "agreement", case_id, ["signed_on"])
        return self.plan(case_id)

    def signed_version(self, case_id: int, number: int) -> SignedVersion:
        with self._store.engine.connect() as connection:
            row = connection.execute(
                select(VERSION).where(VERSION.c.case_id == case_id, VERSION.c.number == number)
            ).first()
        if row is None or row.signed_on is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "Diese unterschriebene Fassung gibt es nicht.")
            )
        return SignedVersion(
            number=row.number,
            created_on=row.created_on,
            signed_on=row.signed_on,
            review_on=row.review_on,
            goals=_goals_from_snapshot(row.snapshot),
        )

    def agreement_pdf(self, case_id: int, number: int | None = None) -> bytes:
        """The agreement for signature (``number`` None: the current version)."""
        plan = self.plan(case_id)
        version = plan.current if number is None else _version(plan, number)
        if version is not None and version.signed_on is not None:
            goals = self.signed_version(case_id, version.number).goals
        else:
            goals = plan.goals
        from mbe_desktop.documents.agreement import AgreementInfo, build_agreement

        office = OfficeService(self._store).profile()
        with self._store.session() as session:
            case = _case(session, case_id)
            client = session.get(Client, case.client_id)
            assert client is not None  # a case always belongs to a client (foreign key)
            audit.record(session, "print", "case", case_id, ["goal_agreement"])
            info = AgreementInfo(
                office=office,
                family_name=client.family_name,
                given_names=client.given_names,
                name_latin=client.name_latin,
                client_number=client.number,
                counsellor_name=office.counsellor_name,
                version_number=version.number if version else 1,
                created_on=version.created_on if version else self._today(),
                signed_on=version.signed_on if version else None,
                review_on=version.review_on if version else plan.review_on,
                goals=tuple(_agreement_goal(goal) for goal in goals),
                printed_on=self._today(),
            )
        return build_agreement(info)

    # --- step templates ----------------------------------------------------------------------

    def step_templates(self, field: str | None = None) -> list[StepTemplateRow]:
        statement = select(StepTemplate)
        if field is not None:
            statement = statement.where(StepTemplate.field == field)
        with self._store.read_session() as session:
            rows = [_template_row(row) for row in session.scalars(statement)]
        order = {code: index for index, code in enumerate(cat.FIELDS_OF_ACTION.codes())}
        return sorted(rows, key=lambda row: (order.get(row.field, 99), row.name.casefold()))

    def save_step_template(self, data: StepTemplateInput) -> StepTemplateRow:
        clean = _clean_template(data)
        with self._store.session() as session:
            if data.id is None:
                row = StepTemplate()
                session.add(row)
            else:
                found = session.get(StepTemplate, data.id) if is_row_id(data.id) else None
                if found is None:
                    raise UserError(TEMPLATE_GONE)
                row = found
            row.field = clean.field
            row.name = clean.name
            row.steps = json.dumps([asdict(step) for step in clean.steps], ensure_ascii=False)
            session.flush()
            audit.record(
                session,
                "create" if data.id is None else "update",
                "setting",
                row.id,
                ["step_template"],
            )
            return _template_row(row)

    def delete_step_template(self, template_id: int) -> None:
        with self._store.session() as session:
            row = session.get(StepTemplate, template_id)
            if row is None:
                raise UserError(TEMPLATE_GONE)
            session.delete(row)
            audit.record(session, "delete", "setting", template_id, ["step_template"])

    def steps_from_template(self, template_id: int, base: date) -> tuple[StepInput, ...]:
        """New steps (id None) with due dates ``base`` + offset; nothing is stored."""
        with self._store.read_session() as session:
            row = session.get(StepTemplate, template_id)
            if row is None:
                raise UserError(TEMPLATE_GONE)
            template = _template_row(row)
        return tuple(
            StepInput(None, step.text, step.actor, None, base + timedelta(days=step.offset_days))
            for step in template.steps
        )

    # --- dormant cases -----------------------------------------------------------------------

    def dormant_cases(self, months: int = 6) -> list[DormantCase]:
        """Open or paused cases whose last contact (or opening) is more than ``months`` ago."""
        if not 1 <= months <= 120:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Bitte einen Zeitraum von 1 bis 120 Monaten wählen."),
                "months",
            )
        cutoff = _months_before(self._today(), months)
        last = (
            select(CONTACT.c.case_id, func.max(CONTACT.c.occurred_at).label("last_at"))
            .group_by(CONTACT.c.case_id)
            .subquery()
        )
        last_day = func.coalesce(func.date(last.c.last_at), CASE.c.opened_on)
        statement = (
            select(
                CASE.c.id,
                CASE.c.client_id,
                CLIENT.c.number,
                CLIENT.c.family_name,
                CLIENT.c.given_names,
                CASE.c.opened_on,
                CASE.c.form,
                CASE.c.status,
                last.c.last_at,
            )
            .join(CLIENT, CLIENT.c.id == CASE.c.client_id)
            .outerjoin(last, last.c.case_id == CASE.c.id)
            .where(CASE.c.status.in_(OPEN_STATUSES), last_day < cutoff.isoformat())
            .order_by(last_day, CLIENT.c.number)
        )
        with self._store.engine.connect() as connection:
            rows = connection.execute(statement).all()
        return [
            DormantCase(
                case_id=row.id,
                client_id=row.client_id,
                client_number=row.number,
                client_name=display_name(row.family_name, row.given_names),
                opened_on=row.opened_on,
                form=row.form,
                status=row.status,
                last_contact_on=_as_datetime(row.last_at).date() if row.last_at else None,
            )
            for row in rows
        ]

    def close_dormant(self, case_ids: list[int], closed_on: date | None = None) -> int:
        """Close all as "contact_lost": open steps dropped, open goals "not_achieved"."""
        today = self._today()
        when = rules.day(
            closed_on,
            QT_TRANSLATE_NOOP("Messages", "Abgeschlossen am"),
            "closed_on",
            today,
            required=False,
        )
        closed = 0
        with self._store.session() as session:
            for case_id in dict.fromkeys(case_ids):
                case = session.get(Case, case_id)
                if case is None or case.status not in OPEN_STATUSES:
                    continue  # gone or closed meanwhile: nothing to do
                _check_closing_date(session, case, when)
                for goal in case.goals:
                    if goal.attainment == "open":
                        goal.attainment = "not_achieved"
                _resolve_open_steps(session, case, True, self._now())
                _close(case, when, "contact_lost", _Situation())
                _touch(case, self._now())
                audit.record(session, "close", "case", case_id, ["closure_type", "closed_on"])
                closed += 1
        return closed

    # --- helpers -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def _writing(self, case_id: int, expected_version: int) -> Iterator[tuple[Session, Case]]:
        """A transaction on one case that fails with CASE_CONFLICT if it changed meanwhile."""
        try:
            with self._store.session() as session:
                case = _case(session, case_id)
                if case.version != expected_version:
                    raise UserError(CASE_CONFLICT)
                yield session, case
        except StaleDataError:
            raise UserError(CASE_CONFLICT) from None


# --- cases: loading and rules -----------------------------------------------------------------


def _case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise UserError(CASE_GONE)
    return case


def _touch(case: Case, now: datetime) -> None:
    """Mark the case changed: its version goes up even when only its goals or steps changed,
    so another window holding the old version gets CASE_CONFLICT."""
    case.updated_at = now
    flag_modified(case, "updated_at")


def _require_not_closed(case: Case) -> None:
    if case.status == "closed":
        raise UserError(CASE_CLOSED)


def _require_no_open_case(session: Session, client_id: int) -> None:
    opened = session.scalar(
        select(Case.opened_on).where(Case.client_id == client_id, Case.status.in_(OPEN_STATUSES))
    )
    if opened is not None:
        raise UserError(ONE_OPEN_CASE, opened=format_date_de(opened))


def _not_before_opening(case: Case, when: date, field_name: str) -> None:
    rules.not_before(
        when,
        case.opened_on,
        QT_TRANSLATE_NOOP("Messages", "Das Datum liegt vor der Eröffnung des Falls am {earliest}."),
        field_name,
    )


def _first_contact_day(session: Session, case_id: int) -> date | None:
    first = session.scalar(select(func.min(Contact.occurred_at)).where(Contact.case_id == case_id))
    return None if first is None else _as_datetime(first).date()


def _last_contact_day(session: Session, case_id: int) -> date | None:
    last = session.scalar(select(func.max(Contact.occurred_at)).where(Contact.case_id == case_id))
    return None if last is None else _as_datetime(last).date()


def _check_opening(session: Session, case: Case, opened_on: date) -> None:
    """A new opening date may not leave contacts or later events before it."""
    first = _first_contact_day(session, case.id)
    if first is not None and opened_on > first:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Der erste Kontakt war am {date}: Der Fall kann nicht später eröffnet worden sein.",
            ),
            "opened_on",
            date=format_date_de(first),
        )
    later = [change.changed_on for change in case.form_changes[1:]]
    later += [change.changed_on for change in case.status_changes[1:]]
    if later and opened_on > min(later):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Am {date} wurde der Fall schon geändert: Er kann nicht später eröffnet worden "
                "sein.",
            ),
            "opened_on",
            date=format_date_de(min(later)),
        )


def _move_opening(case: Case, opened_on: date) -> None:
    """The opening's own form and status records move with the opening date."""
    if case.form_changes and case.form_changes[0].changed_on == case.opened_on:
        case.form_changes[0].changed_on = opened_on
    if case.status_changes and case.status_changes[0].changed_on == case.opened_on:
        case.status_changes[0].changed_on = opened_on
    case.opened_on = opened_on


def _check_closing_date(session: Session, case: Case, closed_on: date) -> None:
    rules.not_before(
        closed_on,
        case.opened_on,
        QT_TRANSLATE_NOOP(
            "Messages", "Der Abschluss kann nicht vor der Eröffnung des Falls am {earliest} liegen."
        ),
        "closed_on",
    )
    last = _last_contact_day(session, case.id)
    if last is not None:
        rules.not_before(
            closed_on,
            last,
            QT_TRANSLATE_NOOP(
                "Messages", "Der Abschluss kann nicht vor dem letzten Kontakt am {earliest} liegen."
            ),
            "closed_on",
        )


@dataclass(frozen=True)
class _Situation:
    german_level: str | None = None
    course_status: str | None = None
    employment_status: str | None = None
    benefits: str | None = None
    residence_status: str | None = None


def _situation(data: ClosureInput) -> _Situation:
    return _Situation(
        rules.optional_code(
            data.german_level,
            cat.CEFR_LEVELS,
            QT_TRANSLATE_NOOP("Messages", "Deutschkenntnisse"),
            "german",
        ),
        rules.optional_code(
            data.course_status,
            cat.COURSE_STATUSES,
            QT_TRANSLATE_NOOP("Messages", "Kursstand"),
            "course",
        ),
        rules.optional_code(
            data.employment_status,
            cat.EMPLOYMENT_STATUSES,
            QT_TRANSLATE_NOOP("Messages", "Erwerbssituation"),
            "employment",
        ),
        rules.optional_code(
            data.benefits,
            cat.BENEFITS,
            QT_TRANSLATE_NOOP("Messages", "Sozialleistungen"),
            "benefits",
        ),
        rules.optional_code(
            data.residence_status,
            cat.RESIDENCE_STATUSES,
            QT_TRANSLATE_NOOP("Messages", "Aufenthaltsstatus"),
            "residence",
        ),
    )


def _apply_attainments(case: Case, attainments: Mapping[int, str]) -> None:
    goals = {goal.id: goal for goal in case.goals}
    unknown = set(attainments) - set(goals)
    if unknown:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "Ein Handlungsziel gibt es nicht mehr. Bitte den Fall neu laden."
            )
        )
    missing = []
    for goal in case.goals:
        attainment = attainments.get(goal.id, goal.attainment)
        if attainment == "open" or attainment not in cat.GOAL_ATTAINMENTS:
            missing.append(goal.text)
            continue
        goal.attainment = attainment
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Bitte für jedes Handlungsziel angeben, ob es erreicht wurde – noch offen: {goals}",
            ),
            "attainments",
            goals="; ".join(shorten(text, 60) for text in missing),
        )


def _open_steps(case: Case) -> list[Step]:
    return [step for goal in case.goals for step in goal.steps if step.status == "open"]


def _resolve_open_steps(session: Session, case: Case, drop: bool, now: datetime) -> None:
    still_open = _open_steps(case)
    if not still_open:
        return
    if not drop:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Noch {count} offene Schritte: Bitte erledigen oder ausdrücklich als „entfallen“ "
                "markieren, bevor der Fall abgeschlossen wird.",
            ),
            "steps",
            count=len(still_open),
        )
    for step in still_open:
        step.status = "dropped"
        session.add(
            PlanEvent(
                case_id=case.id,
                at=now,
                kind="step_dropped",
                detail=f"Schritt entfällt: {shorten(step.text, 120)}",
            )
        )


def _close(case: Case, closed_on: date, closure: str, situation: _Situation) -> None:
    case.status = "closed"
    case.closed_on = closed_on
    case.closure_type = closure
    case.closure_german_level = situation.german_level
    case.closure_course_status = situation.course_status
    case.closure_employment_status = situation.employment_status
    case.closure_benefits = situation.benefits
    case.closure_residence_status = situation.residence_status
    case.status_changes.append(
        CaseStatusChange(changed_on=closed_on, status="closed", closure_type=closure)
    )


def _case_detail(connection: Connection, case_id: int) -> CaseDetail:
    row = connection.execute(select(CASE).where(CASE.c.id == case_id)).first()
    if row is None:
        raise UserError(CASE_GONE)
    fields = set(
        connection.execute(
            select(CASE_FIELD.c.field).where(CASE_FIELD.c.case_id == case_id)
        ).scalars()
    )
    forms = connection.execute(
        select(FORM_CHANGE.c.changed_on, FORM_CHANGE.c.form)
        .where(FORM_CHANGE.c.case_id == case_id)
        .order_by(FORM_CHANGE.c.changed_on, FORM_CHANGE.c.id)
    ).all()
    statuses = connection.execute(
        select(STATUS_CHANGE.c.changed_on, STATUS_CHANGE.c.status, STATUS_CHANGE.c.closure_type)
        .where(STATUS_CHANGE.c.case_id == case_id)
        .order_by(STATUS_CHANGE.c.id)
    ).all()
    count, last = connection.execute(
        select(func.count(), func.max(CONTACT.c.occurred_at)).where(CONTACT.c.case_id == case_id)
    ).one()
    return CaseDetail(
        id=row.id,
        client_id=row.client_id,
        version=row.version,
        opened_on=row.opened_on,
        form=row.form,
        status=row.status,
        fields=tuple(code for code in cat.FIELDS_OF_ACTION.codes() if code in fields)
        + tuple(sorted(fields - set(cat.FIELDS_OF_ACTION.codes()))),
        family_members=row.family_members,
        closed_on=row.closed_on,
        closure_type=row.closure_type,
        closure_german_level=row.closure_german_level,
        closure_course_status=row.closure_course_status,
        closure_employment_status=row.closure_employment_status,
        closure_benefits=row.closure_benefits,
        closure_residence_status=row.closure_residence_status,
        form_changes=tuple((item.changed_on, item.form) for item in forms),
        status_changes=tuple(
            (item.changed_on, item.status, item.closure_type) for item in statuses
        ),
        contact_count=count,
        last_contact_on=_as_datetime(last).date() if last is not None else None,
    )


# --- contacts ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _ContactValues:
    columns: dict[str, Any]
    fields: tuple[str, ...]

    def filled(self) -> list[str]:
        names = [name for name, value in self.columns.items() if value not in ("", None, False)]
        return [*names, "fields"] if self.fields else names


def _contacts(connection: Connection, condition: ColumnElement[bool]) -> list[ContactRow]:
    rows = connection.execute(
        select(CONTACT).where(condition).order_by(CONTACT.c.occurred_at.desc(), CONTACT.c.id.desc())
    ).all()
    fields: dict[int, set[str]] = defaultdict(set)
    ids = [row.id for row in rows]
    if ids:
        for contact_id, code in connection.execute(
            select(CONTACT_FIELD.c.contact_id, CONTACT_FIELD.c.field).where(
                CONTACT_FIELD.c.contact_id.in_(ids)
            )
        ):
            fields[contact_id].add(code)
    return [
        ContactRow(
            id=row.id,
            case_id=row.case_id,
            occurred_at=_as_datetime(row.occurred_at),
            duration_minutes=row.duration_minutes,
            form=row.form,
            outreach_location_id=row.outreach_location_id,
            place=row.place,
            interpreter_used=bool(row.interpreter_used),
            interpreter_language=row.interpreter_language,
            fields=tuple(c for c in cat.FIELDS_OF_ACTION.codes() if c in fields[row.id]),
            note=row.note,
            next_steps=row.next_steps,
            version=row.version,
        )
        for row in rows
    ]


def _as_datetime(value: datetime | str) -> datetime:
    """func.max() over a DateTime column comes back as text from SQLite."""
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


# --- the goal agreement -----------------------------------------------------------------------


@dataclass(frozen=True)
class _CleanPlan:
    goals: tuple[GoalInput, ...]
    review_on: date | None


@dataclass(frozen=True)
class _Dates:
    """What plan dates are checked against. Only new or changed dates must not lie before
    the agreement began: stored ones (e.g. steps carried into a new version) stay valid."""

    start: date
    today: date
    known: dict[tuple[str, int], date | None]

    def is_new(self, kind: str, item_id: int | None, value: date) -> bool:
        return item_id is None or self.known.get((kind, item_id), None) != value


def _known_dates(case: Case) -> dict[tuple[str, int], date | None]:
    known: dict[tuple[str, int], date | None] = {}
    for goal in case.goals:
        known["goal", goal.id] = goal.target_date
        for step in goal.steps:
            known["step", step.id] = step.due_on
    return known


def _clean_plan(session: Session, data: PlanInput, dates: _Dates) -> _CleanPlan:
    if len(data.goals) > rules.MAX_GOALS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Höchstens {count} Handlungsziele."),
            "goals",
            count=rules.MAX_GOALS,
        )
    goals = tuple(
        _clean_goal(session, goal, number, dates) for number, goal in enumerate(data.goals, start=1)
    )
    if data.review_on is not None:
        rules.not_before(
            data.review_on,
            dates.start,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Die Überprüfung kann nicht vor dem Beginn der Vereinbarung am {earliest} liegen.",
            ),
            "review_on",
        )
    return _CleanPlan(goals, data.review_on)


def _clean_goal(session: Session, goal: GoalInput, number: int, dates: _Dates) -> GoalInput:
    where = Text(QT_TRANSLATE_NOOP("Messages", "Ziel {goal}"), {"goal": number})
    text = rules.block(
        goal.text,
        Text(QT_TRANSLATE_NOOP("Messages", "{where}: Ziel"), {"where": where}),
        f"goal:{number}:text",
        rules.MAX_GOAL_CHARS,
        required=True,
    )
    indicator = rules.block(
        goal.indicator,
        Text(QT_TRANSLATE_NOOP("Messages", "{where}: Woran erkennbar"), {"where": where}),
        f"goal:{number}:indicator",
        rules.MAX_GOAL_CHARS,
    )
    field = rules.code(
        goal.field,
        cat.FIELDS_OF_ACTION,
        Text(QT_TRANSLATE_NOOP("Messages", "{where}: Handlungsfeld"), {"where": where}),
        f"goal:{number}:field",
    )
    if goal.target_date is not None and dates.is_new("goal", goal.id, goal.target_date):
        rules.not_before(
            goal.target_date,
            dates.start,
            QT_TRANSLATE_NOOP(
                "Messages",
                "{where}: Das Zieldatum liegt vor dem Beginn der Vereinbarung am {earliest}.",
            ),
            f"goal:{number}:target_date",
            where=where,
        )
    if len(goal.steps) > rules.MAX_STEPS_PER_GOAL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "{where}: höchstens {count} Schritte."),
            f"goal:{number}:steps",
            where=where,
            count=rules.MAX_STEPS_PER_GOAL,
        )
    steps = tuple(
        _clean_step(
            session,
            step,
            Text(
                QT_TRANSLATE_NOOP("Messages", "Ziel {goal}, Schritt {step}"),
                {"goal": number, "step": index},
            ),
            f"goal:{number}:step:{index}",
            dates,
        )
        for index, step in enumerate(goal.steps, start=1)
    )
    return GoalInput(goal.id, field, text, indicator, goal.target_date, steps)


def _clean_step(
    session: Session, step: StepInput, where: Text, key: str, dates: _Dates
) -> StepInput:
    text = rules.text(
        step.text,
        Text(QT_TRANSLATE_NOOP("Messages", "{where}: Was"), {"where": where}),
        f"{key}:text",
        rules.MAX_STEP_CHARS,
        required=True,
    )
    actor = rules.code(
        step.actor,
        cat.STEP_ACTORS,
        Text(QT_TRANSLATE_NOOP("Messages", "{where}: Wer"), {"where": where}),
        f"{key}:actor",
    )
    status = rules.code(
        step.status,
        cat.STEP_STATUSES,
        Text(QT_TRANSLATE_NOOP("Messages", "{where}: Stand"), {"where": where}),
        f"{key}:status",
    )
    partner_id = step.partner_id if actor == "partner" else None
    if partner_id is not None and (
        not is_row_id(partner_id) or session.get(Partner, partner_id) is None
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "{where}: Diesen Netzwerkpartner gibt es nicht mehr."),
            f"{key}:partner",
            where=where,
        )
    if step.due_on is not None and dates.is_new("step", step.id, step.due_on):
        rules.not_before(
            step.due_on,
            dates.start,
            QT_TRANSLATE_NOOP(
                "Messages",
                "{where}: Die Frist liegt vor dem Beginn der Vereinbarung am {earliest}.",
            ),
            f"{key}:due_on",
            where=where,
        )
    done_on = None
    if status == "done":
        done_on = rules.day(
            step.done_on,
            Text(QT_TRANSLATE_NOOP("Messages", "{where}: Erledigt am"), {"where": where}),
            f"{key}:done_on",
            dates.today,
            required=False,
        )
    return StepInput(step.id, text, actor, partner_id, step.due_on, status, done_on)


def _goal_content(goal: Goal | GoalInput, steps: Iterable[Step | StepInput]) -> tuple[Any, ...]:
    """What the agreement says about a goal (progress is not part of it)."""
    return (
        goal.field,
        goal.text,
        goal.indicator,
        goal.target_date,
        tuple((step.text, step.actor, step.partner_id, step.due_on) for step in steps),
    )


class _PlanWriter:
    """Applies a cleaned plan to a case's goals and steps and records what happened."""

    def __init__(self, session: Session, case: Case, now: datetime) -> None:
        self.session = session
        self.case = case
        self.now = now
        self.touched: set[str] = set()

    def event(self, kind: str, detail: str) -> None:
        self.session.add(
            PlanEvent(case_id=self.case.id, at=self.now, kind=kind, detail=shorten(detail, 160))
        )

    def apply(self, goals: tuple[GoalInput, ...]) -> bool:
        """Write ``goals``; True when the content of the agreement changed."""
        existing = {goal.id: goal for goal in self.case.goals}
        before = [_goal_content(goal, goal.steps) for goal in self.case.goals]
        wanted = {goal.id for goal in goals if goal.id is not None}
        if wanted - set(existing):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Ein Handlungsziel gibt es nicht mehr. Bitte neu laden."
                )
            )
        for goal in list(self.case.goals):
            if goal.id not in wanted:
                self.event("goal_removed", f"Ziel entfernt: {goal.text}")
                self.case.goals.remove(goal)
                self.touched.add("goal")
        kept: list[Goal] = []
        for position, data in enumerate(goals):
            if data.id is None:
                goal = Goal(created_on=self.now.date(), attainment="open")
                self.case.goals.append(goal)
                self.event("goal_added", f"Ziel hinzugefügt: {data.text}")
                self.touched.add("goal")
            else:
                goal = existing[data.id]
                if _goal_content(goal, [])[:4] != _goal_content(data, [])[:4]:
                    self.event("goal_changed", f"Ziel geändert: {data.text}")
                    self.touched.add("goal")
            goal.field, goal.text, goal.indicator = data.field, data.text, data.indicator
            goal.target_date = data.target_date
            goal.position = position
            self._apply_steps(goal, data.steps)
            kept.append(goal)
        self.session.flush()
        after = [_goal_content(goal, goal.steps) for goal in kept]
        return before != after

    def _apply_steps(self, goal: Goal, steps: tuple[StepInput, ...]) -> None:
        existing = {step.id: step for step in goal.steps}
        wanted = {step.id for step in steps if step.id is not None}
        if wanted - set(existing):
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "Ein Schritt gibt es nicht mehr. Bitte neu laden.")
            )
        for step in list(goal.steps):
            if step.id not in wanted:
                self.event("step_removed", f"Schritt entfernt: {step.text}")
                goal.steps.remove(step)
                self.touched.add("step")
        for position, data in enumerate(steps):
            if data.id is None:
                step = Step(status="open")
                goal.steps.append(step)
                self.event("step_added", f"Schritt hinzugefügt: {data.text}")
                self.touched.add("step")
            else:
                step = existing[data.id]
                old = (step.text, step.actor, step.partner_id, step.due_on)
                if old != (data.text, data.actor, data.partner_id, data.due_on):
                    self.event("step_changed", f"Schritt geändert: {data.text}")
                    self.touched.add("step")
            if data.status != step.status:
                kind = {"done": "step_done", "dropped": "step_dropped"}.get(
                    data.status, "step_reopened"
                )
                verb = {"done": "erledigt", "dropped": "entfällt"}.get(data.status, "wieder offen")
                self.event(kind, f"Schritt {verb}: {data.text}")
                self.touched.add("step")
            step.text, step.actor, step.partner_id = data.text, data.actor, data.partner_id
            step.due_on, step.status, step.position = data.due_on, data.status, position
            step.done_on = (data.done_on or self.now.date()) if data.status == "done" else None

    def current_version(self, today: date, *, has_goals: bool) -> AgreementVersion | None:
        """The unsigned version changes go into; a new one after a signed version."""
        versions = self.case.agreement_versions
        if versions and versions[-1].signed_on is None:
            return versions[-1]
        if not versions and not has_goals:
            return None
        number = versions[-1].number + 1 if versions else 1
        version = AgreementVersion(number=number, created_on=today)
        versions.append(version)
        if number > 1:
            self.event("version_started", f"Neue Fassung {number} der Vereinbarung begonnen")
        self.touched.add("version")
        return version

    def audit_fields(self) -> list[str]:
        return sorted(self.touched) or ["review_on"]


def _snapshot(session: Session, case: Case) -> dict[str, Any]:
    partners = _partner_names(session, case)
    return {
        "goals": [
            {
                "position": goal.position,
                "field": goal.field,
                "text": goal.text,
                "indicator": goal.indicator,
                "target_date": goal.target_date.isoformat() if goal.target_date else None,
                "steps": [
                    {
                        "position": step.position,
                        "text": step.text,
                        "actor": step.actor,
                        "partner_name": partners.get(step.partner_id or 0, ""),
                        "due_on": step.due_on.isoformat() if step.due_on else None,
                        "status": step.status,
                    }
                    for step in goal.steps
                ],
            }
            for goal in case.goals
        ]
    }


def _partner_names(session: Session, case: Case) -> dict[int, str]:
    ids = {step.partner_id for goal in case.goals for step in goal.steps if step.partner_id}
    if not ids:
        return {}
    rows = session.execute(select(Partner.id, Partner.name).where(Partner.id.in_(ids)))
    return {partner_id: name for partner_id, name in rows}


def _goals_from_snapshot(snapshot: str) -> tuple[GoalRow, ...]:
    try:
        goals = json.loads(snapshot or "{}").get("goals", [])
    except (ValueError, AttributeError):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "Diese Fassung ist beschädigt und kann nicht gelesen werden."
            )
        ) from None
    return tuple(
        GoalRow(
            id=0,
            field=goal.get("field", "other"),
            text=goal.get("text", ""),
            indicator=goal.get("indicator", ""),
            target_date=_iso_date(goal.get("target_date")),
            attainment="open",
            position=goal.get("position", index),
            created_on=date.min,
            steps=tuple(
                StepRow(
                    id=0,
                    goal_id=0,
                    text=step.get("text", ""),
                    actor=step.get("actor", "client"),
                    partner_id=None,
                    partner_name=step.get("partner_name", ""),
                    due_on=_iso_date(step.get("due_on")),
                    status=step.get("status", "open"),
                    done_on=None,
                    position=step.get("position", number),
                )
                for number, step in enumerate(goal.get("steps", []))
            ),
        )
        for index, goal in enumerate(goals)
    )


def _iso_date(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def _plan(connection: Connection, case_id: int) -> Plan:
    case = connection.execute(
        select(CASE.c.version, CASE.c.status).where(CASE.c.id == case_id)
    ).first()
    if case is None:
        raise UserError(CASE_GONE)
    goals = connection.execute(
        select(GOAL).where(GOAL.c.case_id == case_id).order_by(GOAL.c.position, GOAL.c.id)
    ).all()
    steps: dict[int, list[StepRow]] = defaultdict(list)
    if goals:
        rows = connection.execute(
            select(STEP, PARTNER.c.name.label("partner_name"))
            .outerjoin(PARTNER, PARTNER.c.id == STEP.c.partner_id)
            .where(STEP.c.goal_id.in_([goal.id for goal in goals]))
            .order_by(STEP.c.position, STEP.c.id)
        )
        for row in rows:
            steps[row.goal_id].append(
                StepRow(
                    row.id,
                    row.goal_id,
                    row.text,
                    row.actor,
                    row.partner_id,
                    row.partner_name or "",
                    row.due_on,
                    row.status,
                    row.done_on,
                    row.position,
                )
            )
    versions = tuple(
        AgreementVersionRow(row.id, row.number, row.created_on, row.signed_on, row.review_on)
        for row in connection.execute(
            select(
                VERSION.c.id,
                VERSION.c.number,
                VERSION.c.created_on,
                VERSION.c.signed_on,
                VERSION.c.review_on,
            )
            .where(VERSION.c.case_id == case_id)
            .order_by(VERSION.c.number)
        )
    )
    case_fields = set(
        connection.execute(
            select(CASE_FIELD.c.field).where(CASE_FIELD.c.case_id == case_id)
        ).scalars()
    )
    goal_fields = {goal.field for goal in goals}
    return Plan(
        case_id=case_id,
        case_version=case.version,
        editable=case.status != "closed",
        goals=tuple(
            GoalRow(
                goal.id,
                goal.field,
                goal.text,
                goal.indicator,
                goal.target_date,
                goal.attainment,
                goal.position,
                goal.created_on,
                tuple(steps[goal.id]),
            )
            for goal in goals
        ),
        versions=versions,
        review_on=versions[-1].review_on if versions else None,
        fields_without_goal=tuple(
            code
            for code in cat.FIELDS_OF_ACTION.codes()
            if code in case_fields and code not in goal_fields
        ),
    )


def _version(plan: Plan, number: int) -> AgreementVersionRow:
    for version in plan.versions:
        if version.number == number:
            return version
    raise UserError(QT_TRANSLATE_NOOP("Messages", "Diese Fassung der Vereinbarung gibt es nicht."))


def _agreement_goal(goal: GoalRow) -> AgreementGoal:
    from mbe_desktop.documents.agreement import AgreementGoal, AgreementStep

    return AgreementGoal(
        field=cat.FIELDS_OF_ACTION.label(goal.field),
        text=goal.text,
        indicator=goal.indicator,
        target_date=goal.target_date,
        steps=tuple(
            AgreementStep(
                text=step.text,
                actor=step.partner_name
                if step.actor == "partner" and step.partner_name
                else cat.STEP_ACTORS.label(step.actor),
                due_on=step.due_on,
                status=cat.STEP_STATUSES.label(step.status),
            )
            for step in goal.steps
        ),
    )


# --- step templates ---------------------------------------------------------------------------

MAX_OFFSET_DAYS = 3650


def _template_row(row: StepTemplate) -> StepTemplateRow:
    try:
        raw = json.loads(row.steps or "[]")
    except ValueError:
        raw = []
    steps = tuple(
        TemplateStep(
            str(item.get("text", "")),
            str(item.get("actor", "client")),
            int(item.get("offset_days", 0) or 0),
        )
        for item in raw
        if isinstance(item, dict)
    )
    return StepTemplateRow(row.id, row.field, row.name, steps)


def _clean_template(data: StepTemplateInput) -> StepTemplateInput:
    name = rules.text(
        data.name,
        QT_TRANSLATE_NOOP("Messages", "Name der Vorlage"),
        "name",
        rules.MAX_TEMPLATE_NAME_CHARS,
        required=True,
    )
    field = rules.code(
        data.field, cat.FIELDS_OF_ACTION, QT_TRANSLATE_NOOP("Messages", "Handlungsfeld"), "field"
    )
    if not data.steps:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Eine Vorlage braucht mindestens einen Schritt."), "steps"
        )
    if len(data.steps) > rules.MAX_STEPS_PER_GOAL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Höchstens {count} Schritte."),
            "steps",
            count=rules.MAX_STEPS_PER_GOAL,
        )
    steps = []
    for number, step in enumerate(data.steps, start=1):
        where = Text(QT_TRANSLATE_NOOP("Messages", "Schritt {step}"), {"step": number})
        text = rules.text(
            step.text,
            where,
            f"step:{number}:text",
            rules.MAX_STEP_CHARS,
            required=True,
        )
        actor = rules.code(
            step.actor,
            cat.STEP_ACTORS,
            Text(QT_TRANSLATE_NOOP("Messages", "{where}: Wer"), {"where": where}),
            f"step:{number}:actor",
        )
        if not isinstance(step.offset_days, int) or not 0 <= step.offset_days <= MAX_OFFSET_DAYS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "{where}: Tage nach Beginn zwischen 0 und {limit}."),
                f"step:{number}:offset_days",
                where=where,
                limit=MAX_OFFSET_DAYS,
            )
        steps.append(TemplateStep(text, actor, step.offset_days))
    return StepTemplateInput(data.id, field, name, tuple(steps))


def _months_before(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    last_day = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last_day))
