"""Follow-ups (Wiedervorlagen): manual ones and the automatic reminders of the Heute view.

Manual follow-ups are ``follow_up`` rows (source ``manual``). Automatic ones are derived from
the data on every read (see ``domain.reminders``): residence titles expiring, steps due, review
dates of goal agreements, Case Management cases without contact, referrals without feedback.
What the user did with an automatic one (done, snoozed) is a ``follow_up`` row under its source
key (ids and the underlying date only), so the state survives and a changed date brings the
reminder back.

The Heute list is computed in SQL per source (indexed ranges, the state rows joined by key),
grouped and counted in SQL with window functions, so only the rows shown reach Python: at
most ``MAX_PER_GROUP`` per group, with exact counts.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Connection,
    Date,
    Integer,
    Select,
    String,
    Table,
    and_,
    bindparam,
    case,
    func,
    literal,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from mbe_desktop.domain.bounded import is_row_id
from mbe_desktop.domain.catalogues import FOLLOWUP_SOURCES
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP
from mbe_desktop.domain.reminders import (
    AGREEMENT_REVIEW,
    AUTOMATIC_SOURCES,
    CM_NO_CONTACT,
    DEFAULT_RULES,
    MANUAL,
    REFERRAL_FEEDBACK,
    RESIDENCE_EXPIRY,
    STEP_DUE,
    Bucket,
    ReminderRules,
    Rule,
    bucket_of,
    check_snooze_date,
    effective_due,
    horizon,
    key_prefix,
    manual_key,
    parse_key,
    place_of,
    source_key,
    week_end,
)
from mbe_desktop.services import audit
from mbe_desktop.services.settings import REMINDER_SETTINGS, BoolSetting, IntSetting
from mbe_desktop.storage.files import os_error_to_user_error, write_private_atomic
from mbe_desktop.storage.models import (
    AgreementVersion,
    Case,
    Client,
    Contact,
    FollowUp,
    Goal,
    Partner,
    Referral,
    Setting,
    Step,
)
from mbe_desktop.storage.store import Store

if TYPE_CHECKING:
    from icalendar import Event

__all__ = [
    "MAX_PER_GROUP",
    "DueItem",
    "DueList",
    "FollowUpInput",
    "FollowUpRow",
    "FollowUpService",
]

REASON_CHARS = 2000
# The Heute view shows at most this many items per group (with the exact count): a backlog of
# thousands helps nobody, and the list must stay fast at 50,000 clients.
MAX_PER_GROUP = 200
GONE = QT_TRANSLATE_NOOP(
    "Messages", "Diese Wiedervorlage gibt es nicht mehr. Die Liste wird neu geladen."
)
GONE_AUTOMATIC = QT_TRANSLATE_NOOP(
    "Messages",
    "Diese Erinnerung gilt nicht mehr (die Angaben dazu wurden inzwischen geändert). "
    "Die Liste wird neu geladen.",
)
ICS_PRODID = "-//MBE Desktop//Wiedervorlagen//DE"

CLIENT = cast(Table, Client.__table__)
CASE = cast(Table, Case.__table__)
CONTACT = cast(Table, Contact.__table__)
GOAL = cast(Table, Goal.__table__)
STEP = cast(Table, Step.__table__)
AGREEMENT = cast(Table, AgreementVersion.__table__)
REFERRAL = cast(Table, Referral.__table__)
PARTNER = cast(Table, Partner.__table__)
FOLLOW_UP = cast(Table, FollowUp.__table__)
SETTING = cast(Table, Setting.__table__)

OPEN_OR_PAUSED = ("open", "paused")


@dataclass(frozen=True)
class FollowUpInput:
    client_id: int
    due_on: date | None
    reason: str
    due_time: time | None = None
    case_id: int | None = None


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    client_id: int
    case_id: int | None
    due_on: date
    due_time: time | None
    reason: str
    source: str
    snoozed_until: date | None
    done_on: date | None


@dataclass(frozen=True)
class DueItem:
    """One line of the Heute view."""

    key: str  # "manual:12" or an automatic source key such as "step:17:2026-07-01"
    source: str  # FOLLOWUP_SOURCES code
    follow_up_id: int | None  # the row of a manual follow-up (None for automatic ones)
    client_id: int
    client_number: str
    family_name: str
    given_names: str
    case_id: int | None
    due_on: date  # when it is due (a snooze moves it later)
    due_time: time | None  # manual follow-ups only
    event_on: date | None  # automatic: valid-until, step due, review, last contact, sent on
    detail: str  # manual: the reason; step: its text; referral: the partner; otherwise ""
    snoozed_until: date | None
    bucket: Bucket

    @property
    def display_name(self) -> str:
        return ", ".join(part for part in (self.family_name, self.given_names) if part)

    @property
    def place(self) -> str:
        """Where the item opens: "record", "contacts", "plan" or "referrals"."""
        return place_of(self.source)

    @property
    def is_manual(self) -> bool:
        return self.source == MANUAL


@dataclass(frozen=True)
class DueList:
    today: date
    items: tuple[DueItem, ...]  # by group, date, time, client number
    counts: Mapping[Bucket, int] = field(default_factory=dict)  # exact, also beyond the cut

    def in_bucket(self, bucket: Bucket) -> tuple[DueItem, ...]:
        return tuple(item for item in self.items if item.bucket == bucket)

    def count(self, bucket: Bucket) -> int:
        return self.counts.get(bucket, 0)

    @property
    def due_count(self) -> int:
        """Overdue and due today: the number in the navigation."""
        return self.count(Bucket.OVERDUE) + self.count(Bucket.TODAY)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def truncated(self, bucket: Bucket) -> bool:
        return self.count(bucket) > len(self.in_bucket(bucket))


class FollowUpService:
    def __init__(self, store: Store, today: Callable[[], date] = date.today) -> None:
        self._store = store
        self._today = today

    # --- manual follow-ups -------------------------------------------------------------------

    def create(self, data: FollowUpInput) -> FollowUpRow:
        reason = _check(data)
        with self._store.session() as session:
            _check_links(session, data)
            row = FollowUp(
                client_id=data.client_id,
                case_id=data.case_id,
                due_on=data.due_on,
                due_time=data.due_time,
                reason=reason,
                source="manual",
            )
            session.add(row)
            session.flush()
            audit.record(session, "create", "follow_up", row.id, ["due_on", "reason"])
            return _row(row)

    def get(self, follow_up_id: int) -> FollowUpRow:
        with self._store.read_session() as session:
            row = session.get(FollowUp, follow_up_id)
            if row is None or row.source != MANUAL:
                raise UserError(GONE)
            return _row(row)

    def for_client(self, client_id: int, *, include_done: bool = False) -> list[FollowUpRow]:
        """The client's manual follow-ups, open ones by date (done ones after them)."""
        f = FOLLOW_UP.c
        statement = select(*_ROW_COLUMNS).where(f.client_id == client_id, f.source == MANUAL)
        if not include_done:
            statement = statement.where(f.done_on.is_(None))
        statement = statement.order_by(f.done_on.is_not(None), f.due_on, f.due_time, f.id)
        with self._store.engine.connect() as connection:
            return [FollowUpRow(*row) for row in connection.execute(statement).tuples()]

    def update(self, follow_up_id: int, data: FollowUpInput) -> FollowUpRow:
        """Change date, time, reason (and case) of a manual follow-up. A new date replaces a
        snooze: the user has said when it is due."""
        reason = _check(data)
        with self._store.session() as session:
            row = session.get(FollowUp, follow_up_id)
            if row is None or row.source != MANUAL:
                raise UserError(GONE)
            if row.client_id != data.client_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Eine Wiedervorlage kann nicht zu einer anderen Akte verschoben werden.",
                    ),
                    "client_id",
                )
            _check_links(session, data)
            changed = [
                name
                for name, old, new in (
                    ("due_on", row.due_on, data.due_on),
                    ("due_time", row.due_time, data.due_time),
                    ("reason", row.reason, reason),
                    ("case_id", row.case_id, data.case_id),
                )
                if old != new
            ]
            if "due_on" in changed and row.snoozed_until is not None:
                row.snoozed_until = None
                changed.append("snoozed_until")
            row.due_on = cast(date, data.due_on)
            row.due_time = data.due_time
            row.reason = reason
            row.case_id = data.case_id
            if changed:
                audit.record(session, "update", "follow_up", row.id, changed)
            return _row(row)

    def delete(self, follow_up_id: int) -> None:
        with self._store.session() as session:
            row = session.get(FollowUp, follow_up_id)
            if row is None or row.source != MANUAL:
                raise UserError(GONE)
            session.delete(row)
            audit.record(session, "delete", "follow_up", follow_up_id)
        self._store.checkpoint()  # the reason must leave the WAL too (erasure)

    # --- done and snoozed (manual and automatic) ---------------------------------------------

    def complete(self, key: str) -> None:
        """Mark a follow-up done: a manual one by its row, an automatic one for its date."""
        self._set_state(key, done=True, until=None)

    def snooze(self, key: str, until: date | None) -> None:
        """Move a follow-up to a later day (after today)."""
        checked = check_snooze_date(until, self._today())
        self._set_state(key, done=False, until=checked)

    def _set_state(self, key: str, *, done: bool, until: date | None) -> None:
        today = self._today()
        source, record_id, event_on = _parse(key)
        field_name = "done_on" if done else "snoozed_until"
        with self._store.session() as session:
            if source == MANUAL:
                row = session.get(FollowUp, record_id)
                if row is None or row.source != MANUAL or row.done_on is not None:
                    raise UserError(GONE)
            else:
                live = _live(session.connection(), source, [record_id]).get(key)
                if live is None or event_on is None:
                    raise UserError(GONE_AUTOMATIC)
                rule = self._rules(session.connection()).rule(source)
                found = session.scalars(
                    select(FollowUp).where(FollowUp.source_key == key).order_by(FollowUp.id)
                ).first()
                if found is None:
                    found = FollowUp(
                        client_id=live.client_id,
                        case_id=live.case_id,
                        due_on=rule.due_on(event_on),
                        reason="",
                        source=source,
                        source_key=key,
                    )
                    session.add(found)
                row = found
            if done:
                row.done_on = today
            else:
                row.snoozed_until = until
                row.done_on = None
            session.flush()
            audit.record(session, "update", "follow_up", row.id, [field_name])

    def forget_stale(self) -> int:
        """Delete the snoozes of automatic reminders whose reason has gone (step done, new
        contact, date changed …), so that no stale date shows in the client list. Returns how
        many were deleted."""
        f = FOLLOW_UP.c
        with self._store.session() as session:
            connection = session.connection()
            rows = connection.execute(
                select(f.id, f.source_key).where(f.source_key > "", f.done_on.is_(None))
            ).tuples()
            stale = _stale_ids(connection, list(rows))
            for follow_up_id in stale:
                row = session.get(FollowUp, follow_up_id)
                if row is not None:
                    session.delete(row)
                    audit.record(session, "delete", "follow_up", follow_up_id)
            return len(stale)

    # --- the Heute list ----------------------------------------------------------------------

    def rules(self) -> ReminderRules:
        with self._store.engine.connect() as connection:
            return self._rules(connection)

    def _rules(self, connection: Connection) -> ReminderRules:
        keys = [setting.key for pair in REMINDER_SETTINGS.values() for setting in pair]
        statement = select(SETTING.c.key, SETTING.c.value).where(SETTING.c.key.in_(keys))
        stored = {key: value for key, value in connection.execute(statement).tuples()}
        rules = {}
        for source, (switch, amount) in REMINDER_SETTINGS.items():
            default = DEFAULT_RULES[source]
            rules[source] = Rule(
                source,
                _setting(switch, stored),
                _setting(amount, stored),
                default.unit_days,
                default.before,
            )
        return ReminderRules(rules)

    def due_list(self, today: date | None = None) -> DueList:
        """Overdue, today, this week, later (up to four weeks ahead): manual follow-ups and the
        automatic reminders that are switched on, without those done and with snoozes
        applied."""
        today = today or self._today()
        pending: list[_Pending] = []
        counts: Counter[Bucket] = Counter()
        with self._store.engine.connect() as connection:
            rules = self._rules(connection)
            states = _states(connection)
            for found in (
                *(
                    _automatic(connection, rule, today, states.get(rule.source, []))
                    for rule in rules.enabled()
                ),
                _manual(connection, today),
            ):
                pending += found.pending
                counts.update(found.counts)
            items = _due_items(connection, pending)
        return DueList(today, tuple(items), {bucket: counts[bucket] for bucket in Bucket})

    def due_count(self, today: date | None = None) -> int:
        return self.due_list(today).due_count

    # --- calendar export ---------------------------------------------------------------------

    def ics_bytes(self, due: DueList) -> bytes:
        """The due list as an iCalendar file with pseudonymised entries only: the client
        number and the category of the reason — never names, free text or birth dates."""
        from icalendar import Calendar  # ~6 MB resident: only for a calendar export

        calendar = Calendar()
        calendar.add("prodid", ICS_PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("x-wr-calname", "MBE Wiedervorlagen")
        stamp = datetime.now(UTC).replace(microsecond=0)
        for item in due.items:
            calendar.add_component(_event(item, due.today, stamp))
        return bytes(calendar.to_ical())

    def export_ics(self, path: Path, due: DueList | None = None) -> int:
        """Write the due list to ``path`` (0600, atomically); returns the number of entries."""
        due = due or self.due_list()
        target = Path(path)
        if not target.parent.is_dir():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Diesen Ordner gibt es nicht. Bitte wählen Sie einen anderen."
                )
            )
        try:
            write_private_atomic(target, self.ics_bytes(due))
        except OSError as error:  # the temp file could not even be created
            raise os_error_to_user_error(error) from None
        with self._store.session() as session:
            audit.record(session, "export", "follow_up", None, ["ics"])
        return len(due.items)


# --- validation ------------------------------------------------------------------------------


def _check(data: FollowUpInput) -> str:
    reason = data.reason.strip()
    if data.due_on is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Bitte ein Datum für die Wiedervorlage angeben."),
            "due_on",
        )
    if not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Bitte einen Grund für die Wiedervorlage angeben."),
            "reason",
        )
    if len(reason) > REASON_CHARS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Der Grund ist zu lang (höchstens {limit} Zeichen)."),
            "reason",
            limit=REASON_CHARS,
        )
    return reason


def _check_links(session: Session, data: FollowUpInput) -> None:
    # ids beyond SQLite's range (input from outside) would overflow: they name nothing
    if not is_row_id(data.client_id) or session.get(Client, data.client_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Messages", "Diese Akte gibt es nicht mehr."))
    if data.case_id is not None:
        case_row = session.get(Case, data.case_id) if is_row_id(data.case_id) else None
        if case_row is None or case_row.client_id != data.client_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Diesen Beratungsfall gibt es nicht mehr.")
            )


def _parse(key: str) -> tuple[str, int, date | None]:
    try:
        return parse_key(key)
    except ValueError:
        raise UserError(GONE) from None


def _setting(setting: Any, stored: Mapping[str, str]) -> Any:
    value = stored.get(setting.key)
    if value is None:
        return setting.default
    try:
        return cast(BoolSetting | IntSetting, setting).check(json.loads(value))
    except (ValueError, ValidationError):
        return setting.default  # a bad stored value falls back, as in SettingsService


_ROW_COLUMNS = (
    FOLLOW_UP.c.id,
    FOLLOW_UP.c.client_id,
    FOLLOW_UP.c.case_id,
    FOLLOW_UP.c.due_on,
    FOLLOW_UP.c.due_time,
    FOLLOW_UP.c.reason,
    FOLLOW_UP.c.source,
    FOLLOW_UP.c.snoozed_until,
    FOLLOW_UP.c.done_on,
)


def _row(row: FollowUp) -> FollowUpRow:
    return FollowUpRow(
        id=row.id,
        client_id=row.client_id,
        case_id=row.case_id,
        due_on=row.due_on,
        due_time=row.due_time,
        reason=row.reason,
        source=row.source,
        snoozed_until=row.snoozed_until,
        done_on=row.done_on,
    )


# --- automatic reminders in SQL --------------------------------------------------------------
#
# Per source: one pass counts the candidates of each group (in SQLite, no rows to Python), then
# one query fetches at most MAX_PER_GROUP rows per group in date order through the date index.
# State rows (done, snoozed) are few: they are resolved by id and taken out in Python.


def _text(column: Any) -> ColumnElement[str]:
    """A date column as its stored ISO text (no conversion per row)."""
    return type_coerce(column, String)


def _unindexed(column: Any) -> ColumnElement[str]:
    """``column || ''``: the same ISO text, but no index drives the query (a range that covers
    most rows is faster as a table scan)."""
    return cast(ColumnElement[str], column.op("||")(literal("", String)))


@dataclass(frozen=True)
class _Spec:
    source: str
    record: Any
    client: Any
    case: Any
    event: Any  # the underlying date column (ISO text in SQLite)
    detail: Any
    from_: Any
    where: tuple[Any, ...]
    scan_to_count: bool = False  # count with a table scan instead of the date index


def _spec(source: str) -> _Spec:
    k = CASE.c
    if source == RESIDENCE_EXPIRY:
        c = CLIENT.c
        return _Spec(
            source,
            c.id,
            c.id,
            literal(None),
            c.residence_valid_until,
            literal("", String),
            CLIENT,
            # A residence title matters while the person is being counselled (a paused case
            # included); the status is tested per row, the date range drives the index.
            (_unindexed(c.latest_case_status).in_(OPEN_OR_PAUSED),),
        )
    if source == STEP_DUE:
        s = STEP.c
        return _Spec(
            source,
            s.id,
            k.client_id,
            k.id,
            s.due_on,
            s.text,
            STEP.join(GOAL, GOAL.c.id == s.goal_id).join(CASE, k.id == GOAL.c.case_id),
            # The step's date drives (the planner, without statistics, would start from
            # the open cases and sort thousands of steps).
            (s.status == "open", _unindexed(k.status) == "open"),
            scan_to_count=True,  # most steps lie in the past: the whole table is the range
        )
    if source == AGREEMENT_REVIEW:
        a = AGREEMENT.c
        later = AGREEMENT.alias("later")
        return _Spec(
            source,
            a.id,
            k.client_id,
            k.id,
            a.review_on,
            literal("", String),
            AGREEMENT.join(CASE, k.id == a.case_id),
            (
                _unindexed(k.status) == "open",
                # only the latest version of the agreement counts
                ~select(later.c.id)
                .where(later.c.case_id == a.case_id, later.c.number > a.number)
                .exists(),
            ),
        )
    if source == REFERRAL_FEEDBACK:
        r = REFERRAL.c
        return _Spec(
            source,
            r.id,
            k.client_id,
            k.id,
            r.sent_on,
            func.coalesce(PARTNER.c.name, ""),
            REFERRAL.join(CASE, k.id == r.case_id).outerjoin(PARTNER, PARTNER.c.id == r.partner_id),
            (
                r.status == "sent",
                r.feedback_on.is_(None),
                _unindexed(k.status).in_(OPEN_OR_PAUSED),
            ),
        )
    raise ValueError(f"no date-indexed source: {source}")


def _last_contact() -> ColumnElement[str]:
    """The last contact of an open Case Management case (or its opening): ISO text, a date
    or a date and time."""
    k = CASE.c
    latest = (
        select(func.max(CONTACT.c.occurred_at)).where(CONTACT.c.case_id == k.id).scalar_subquery()
    )
    return _text(func.coalesce(_text(latest), _unindexed(k.opened_on)))


@dataclass(frozen=True)
class _Candidate:
    source: str
    record_id: int
    client_id: int
    case_id: int | None
    event_on: date
    detail: str

    @property
    def key(self) -> str:
        return source_key(self.source, self.record_id, self.event_on)


def _live(connection: Connection, source: str, ids: Sequence[int]) -> dict[str, _Candidate]:
    """The live reminders of ``source`` for the records ``ids`` (whatever their date), by key."""
    found: dict[str, _Candidate] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        if source == CM_NO_CONTACT:
            k = CASE.c
            statement = select(k.id, k.client_id, k.id, _last_contact(), literal("")).where(
                k.status == "open", k.form == "case_management", k.id.in_(chunk)
            )
        else:
            spec = _spec(source)
            statement = (
                select(spec.record, spec.client, spec.case, _text(spec.event), spec.detail)
                .select_from(spec.from_)
                .where(*spec.where, spec.event.is_not(None), spec.record.in_(chunk))
            )
        for record_id, client_id, case_id, event_text, detail in connection.execute(statement):
            candidate = _Candidate(
                source,
                record_id,
                client_id,
                case_id,
                date.fromisoformat(event_text[:10]),
                detail or "",
            )
            found[candidate.key] = candidate
    return found


@dataclass(frozen=True)
class _State:
    key: str
    done_on: date | None
    snoozed_until: date | None


def _states(connection: Connection) -> dict[str, list[_State]]:
    """The state rows of automatic reminders, by source (ids and dates only, a few)."""
    f = FOLLOW_UP.c
    by_source: dict[str, list[_State]] = {}
    for key, done_on, snoozed_until in connection.execute(
        select(f.source_key, f.done_on, f.snoozed_until).where(f.source_key > "")
    ):
        try:
            source, _record, _event = parse_key(key)
        except ValueError:
            continue
        if source in AUTOMATIC_SOURCES:
            by_source.setdefault(source, []).append(_State(key, done_on, snoozed_until))
    return by_source


def _stale_ids(connection: Connection, rows: Iterable[tuple[int, str]]) -> list[int]:
    by_source: dict[str, list[tuple[int, str, int]]] = {}
    stale = []
    for follow_up_id, key in rows:
        try:
            source, record_id, _event = parse_key(key)
        except ValueError:
            stale.append(follow_up_id)
            continue
        if source == MANUAL:
            stale.append(follow_up_id)
            continue
        by_source.setdefault(source, []).append((follow_up_id, key, record_id))
    for source, entries in by_source.items():
        live = _live(connection, source, sorted({record_id for _, _, record_id in entries}))
        stale += [follow_up_id for follow_up_id, key, _ in entries if key not in live]
    return stale


@dataclass(frozen=True, order=True)
class _Pending:
    """A due item before the cut: sortable, without the client's number and name (looked up
    once for the items shown)."""

    bucket: Bucket
    due_on: date
    due_time: time
    order: int  # manual first, then the automatic sources in their order
    record_id: int
    source: str = field(compare=False)
    client_id: int = field(compare=False)
    case_id: int | None = field(compare=False)
    event_on: date | None = field(compare=False)
    detail: str = field(compare=False)
    snoozed_until: date | None = field(compare=False)
    has_time: bool = field(compare=False, default=False)

    @property
    def key(self) -> str:
        if self.source == MANUAL:
            return manual_key(self.record_id)
        return source_key(self.source, self.record_id, cast(date, self.event_on))


@dataclass
class _Found:
    """What one source contributes: at most MAX_PER_GROUP items per group, exact counts."""

    pending: list[_Pending] = field(default_factory=list)
    counts: Counter[Bucket] = field(default_factory=Counter)


def _order(source: str) -> int:
    return AUTOMATIC_SOURCES.index(source) + 1 if source in AUTOMATIC_SOURCES else 0


def _pending(
    rule: Rule, today: date, candidate: _Candidate, until: date | None, bucket: Bucket | None
) -> _Pending | None:
    due_on = effective_due(rule.due_on(candidate.event_on), until)
    if bucket is None:
        bucket = bucket_of(due_on, today)
        if bucket is None:
            return None
    return _Pending(
        bucket,
        due_on,
        time.max,
        _order(rule.source),
        candidate.record_id,
        rule.source,
        candidate.client_id,
        candidate.case_id,
        candidate.event_on,
        candidate.detail,
        until,
    )


def _bounds(rule: Rule, today: date) -> tuple[date, date, date]:
    """The underlying dates whose reminders fall on today, on Sunday, on the horizon."""
    return (
        rule.event_on(today),
        rule.event_on(week_end(today)),
        rule.event_on(horizon(today)),
    )


def _ranges(column: Any, first: Any, week: Any, last: Any) -> dict[Bucket, ColumnElement[bool]]:
    return {
        Bucket.OVERDUE: column < first,
        Bucket.TODAY: column == first,
        Bucket.THIS_WEEK: and_(column > first, column <= week),
        Bucket.LATER: and_(column > week, column <= last),
    }


def _automatic(connection: Connection, rule: Rule, today: date, states: Sequence[_State]) -> _Found:
    live_states = _live(connection, rule.source, sorted({parse_key(s.key)[1] for s in states}))
    kept = {state.key: state for state in states if state.key in live_states}
    if rule.source == CM_NO_CONTACT:
        found = _cm_candidates(connection, rule, today, set(kept))
    else:
        found = _dated_candidates(connection, rule, today, set(kept), live_states)
    # Snoozed ones come back at their new date (a snooze never brings one forward).
    for key, state in kept.items():
        if state.done_on is None:
            item = _pending(rule, today, live_states[key], state.snoozed_until, None)
            if item is not None:
                found.pending.append(item)
                found.counts[item.bucket] += 1
    return found


# Statements are built once per source with bound parameters (dates, limits): building and
# compiling them costs more than running them.
_BOUNDS = (
    bindparam("first", type_=Date),
    bindparam("week", type_=Date),
    bindparam("last", type_=Date),
)
_TEXT_BOUNDS = (
    bindparam("first_text", type_=String),
    bindparam("week_text", type_=String),
    bindparam("last_text", type_=String),
)
_LIMITS = {bucket: bindparam(f"limit_{bucket.name.lower()}", type_=Integer) for bucket in Bucket}


@functools.cache
def _count_statement(source: str) -> Select[Any]:
    spec = _spec(source)
    event: Any
    bounds: tuple[Any, ...]
    if spec.scan_to_count:
        event, bounds = _unindexed(spec.event), _TEXT_BOUNDS
    else:
        event, bounds = spec.event, _BOUNDS
    counted = _ranges(event, *bounds)
    return (
        select(*(func.count().filter(condition) for condition in counted.values()))
        .select_from(spec.from_)
        .where(*spec.where, event <= bounds[2])
    )


@functools.cache
def _rows_statement(source: str) -> CompoundSelect[Any]:
    """At most ``limit_<group>`` rows per group, in date order through the date index."""
    spec = _spec(source)
    arms = [
        select(
            literal(int(bucket)).label("bucket"),
            spec.record.label("record_id"),
            spec.client.label("client_id"),
            spec.case.label("case_id"),
            _text(spec.event).label("event_on"),
            spec.detail.label("detail"),
        )
        .select_from(spec.from_)
        .where(*spec.where, condition)
        .order_by(spec.event, spec.record)
        .limit(_LIMITS[bucket])
        .subquery()
        for bucket, condition in _ranges(spec.event, *_BOUNDS).items()
    ]
    return union_all(*(select(arm) for arm in arms))


def _parameters(first: date, week: date, last: date) -> dict[str, Any]:
    return {
        "first": first,
        "week": week,
        "last": last,
        "first_text": first.isoformat(),
        "week_text": week.isoformat(),
        "last_text": last.isoformat(),
    }


def _dated_candidates(
    connection: Connection,
    rule: Rule,
    today: date,
    kept: set[str],
    live_states: Mapping[str, _Candidate],
) -> _Found:
    parameters = _parameters(*_bounds(rule, today))
    totals = connection.execute(_count_statement(rule.source), parameters).one()
    counts: Counter[Bucket] = Counter(dict(zip(Bucket, totals, strict=True)))
    # Those done or snoozed are in the counts: take them out of their group.
    excluded: Counter[Bucket] = Counter()
    for key in kept:
        bucket = bucket_of(rule.due_on(live_states[key].event_on), today)
        if bucket is not None:
            excluded[bucket] += 1
    counts.subtract(excluded)
    found = _Found(counts=+counts)
    if not found.counts:
        return found
    for bucket in Bucket:
        wanted = MAX_PER_GROUP + excluded[bucket] if counts[bucket] > 0 else 0
        parameters[_LIMITS[bucket].key] = wanted
    per_bucket: Counter[Bucket] = Counter()
    for bucket_value, record_id, client_id, case_id, event_text, detail in connection.execute(
        _rows_statement(rule.source), parameters
    ).tuples():
        bucket = Bucket(bucket_value)
        candidate = _Candidate(
            rule.source, record_id, client_id, case_id, date.fromisoformat(event_text), detail
        )
        if (kept and candidate.key in kept) or per_bucket[bucket] >= MAX_PER_GROUP:
            continue
        per_bucket[bucket] += 1
        found.pending.append(cast(_Pending, _pending(rule, today, candidate, None, bucket)))
    return found


@functools.cache
def _cm_statement() -> Select[Any]:
    k = CASE.c
    last_contact = _last_contact()
    # ISO text: a contact "2026-05-04 10:30:00" lies on or before 2026-05-04 exactly when it is
    # less than "2026-05-05".
    return select(k.id, k.client_id, last_contact).where(
        k.status == "open",
        k.form == "case_management",
        last_contact < bindparam("before", type_=String),
    )


def _cm_candidates(connection: Connection, rule: Rule, today: date, kept: set[str]) -> _Found:
    """Open Case Management cases without contact: the last contact is looked up per case
    (an index seek each), so all candidates come at once and are grouped here."""
    first, week, last = (day.isoformat() for day in _bounds(rule, today))
    before = (date.fromisoformat(last) + timedelta(days=1)).isoformat()
    prefix = f"{key_prefix(rule.source)}:"
    counts: Counter[Bucket] = Counter()
    rows: list[tuple[str, int, int, Bucket]] = []
    # Thousands of rows at 50,000 clients: grouped on the ISO text, objects only for the shown.
    for case_id, client_id, last_text in connection.execute(
        _cm_statement(), {"before": before}
    ).tuples():
        event_text = last_text[:10]
        if kept and f"{prefix}{case_id}:{event_text}" in kept:
            continue
        if event_text < first:
            bucket = Bucket.OVERDUE
        elif event_text == first:
            bucket = Bucket.TODAY
        elif event_text <= week:
            bucket = Bucket.THIS_WEEK
        else:
            bucket = Bucket.LATER
        counts[bucket] += 1
        rows.append((event_text, case_id, client_id, bucket))
    rows.sort()
    per_bucket: Counter[Bucket] = Counter()
    found = _Found(counts=counts)
    for event_text, case_id, client_id, bucket in rows:
        per_bucket[bucket] += 1
        if per_bucket[bucket] <= MAX_PER_GROUP:
            candidate = _Candidate(
                rule.source, case_id, client_id, case_id, date.fromisoformat(event_text), ""
            )
            found.pending.append(cast(_Pending, _pending(rule, today, candidate, None, bucket)))
    return found


@functools.cache
def _manual_statements() -> tuple[Select[Any], CompoundSelect[Any]]:
    f = FOLLOW_UP.c
    effective = case((f.snoozed_until > f.due_on, f.snoozed_until), else_=f.due_on)
    ranges = _ranges(effective, *_BOUNDS)
    where = (f.done_on.is_(None), f.due_on <= _BOUNDS[2], f.source == MANUAL)
    count = select(*(func.count().filter(condition) for condition in ranges.values())).where(*where)
    arms = [
        select(
            literal(int(bucket)).label("bucket"),
            f.id,
            f.client_id,
            f.case_id,
            _text(effective).label("effective"),
            _text(f.due_time).label("due_time"),
            f.reason,
            _text(f.snoozed_until).label("snoozed_until"),
        )
        .where(*where, condition)
        .order_by(effective, f.due_time, f.id)
        .limit(_LIMITS[bucket])
        .subquery()
        for bucket, condition in ranges.items()
    ]
    return count, union_all(*(select(arm) for arm in arms))


def _manual(connection: Connection, today: date) -> _Found:
    count, rows = _manual_statements()
    parameters = _parameters(today, week_end(today), horizon(today))
    totals = connection.execute(count, parameters).one()
    found = _Found(counts=+Counter(dict(zip(Bucket, totals, strict=True))))
    if not found.counts:
        return found
    for bucket in Bucket:
        parameters[_LIMITS[bucket].key] = MAX_PER_GROUP if found.counts[bucket] else 0
    for (
        bucket,
        follow_up_id,
        client_id,
        case_id,
        effective_text,
        time_text,
        reason,
        until,
    ) in connection.execute(rows, parameters).tuples():
        due_time = _time(time_text)
        found.pending.append(
            _Pending(
                Bucket(bucket),
                date.fromisoformat(effective_text),
                due_time or time.max,
                0,
                follow_up_id,
                MANUAL,
                client_id,
                case_id,
                None,
                reason,
                _date(until),
                due_time is not None,
            )
        )
    return found


def _due_items(connection: Connection, pending: list[_Pending]) -> list[DueItem]:
    """The first MAX_PER_GROUP of each group, with the clients' numbers and names."""
    pending.sort()
    per_bucket: Counter[Bucket] = Counter()
    shown = []
    for item in pending:
        per_bucket[item.bucket] += 1
        if per_bucket[item.bucket] <= MAX_PER_GROUP:
            shown.append(item)
    clients = _clients(connection, {item.client_id for item in shown})
    items = []
    for item in shown:
        client = clients.get(item.client_id)
        if client is None:  # deleted meanwhile
            continue
        items.append(
            DueItem(
                key=item.key,
                source=item.source,
                follow_up_id=item.record_id if item.source == MANUAL else None,
                client_id=item.client_id,
                client_number=client[0],
                family_name=client[1],
                given_names=client[2],
                case_id=item.case_id,
                due_on=item.due_on,
                due_time=item.due_time if item.has_time else None,
                event_on=item.event_on,
                detail=item.detail or "",
                snoozed_until=item.snoozed_until,
                bucket=item.bucket,
            )
        )
    items.sort(key=_sort_key)
    return items


@functools.cache
def _clients_statement() -> Select[Any]:
    c = CLIENT.c
    return select(c.id, c.number, c.family_name, c.given_names).where(
        c.id.in_(bindparam("ids", expanding=True))
    )


def _clients(connection: Connection, ids: Iterable[int]) -> dict[int, tuple[str, str, str]]:
    wanted = sorted(ids)
    found: dict[int, tuple[str, str, str]] = {}
    for start in range(0, len(wanted), 500):
        chunk = {"ids": wanted[start : start + 500]}
        for client_id, number, family, given in connection.execute(
            _clients_statement(), chunk
        ).tuples():
            found[client_id] = (number, family, given)
    return found


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _time(value: Any) -> time | None:
    if value is None or isinstance(value, time):
        return value
    return time.fromisoformat(str(value))


def _sort_key(item: DueItem) -> tuple[Any, ...]:
    return (
        item.bucket,
        item.due_on,
        item.due_time or time.max,
        item.client_number,
        AUTOMATIC_SOURCES.index(item.source) + 1 if item.source in AUTOMATIC_SOURCES else 0,
        item.key,
    )


# --- iCalendar -------------------------------------------------------------------------------


def ics_summary(item: DueItem) -> str:
    """ "Wiedervorlage 2026-0042: Schritt fällig" — the number and the category, nothing else."""
    if item.source == MANUAL:
        return f"Wiedervorlage {item.client_number}"
    return f"Wiedervorlage {item.client_number}: {FOLLOWUP_SOURCES.label(item.source)}"


def _event(item: DueItem, today: date, stamp: datetime) -> Event:
    from icalendar import Event

    event = Event()
    # A stable uid, so that importing an updated file replaces entries instead of doubling
    # them; hashed, so it shows no internal ids.
    digest = hashlib.sha256(item.key.encode("ascii")).hexdigest()[:32]
    event.add("uid", f"{digest}@mbe-desktop")
    event.add("dtstamp", stamp)
    day = max(item.due_on, today)  # overdue ones are to be done today
    if item.due_time is not None:
        event.add("dtstart", datetime.combine(day, item.due_time))
        event.add("duration", timedelta(minutes=30))
    else:
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
    event.add("summary", ics_summary(item))
    if item.due_on < today:
        event.add("description", f"Überfällig seit {format_date_de(item.due_on)}.")
    return event
