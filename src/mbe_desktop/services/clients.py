"""Clients (Ratsuchende): the list with search, intake, editing, duplicates, merging.

The contract with the UI is ``docs/dev/clients-service-contract.md``. The UI only sees the
frozen dataclasses here, never ORM objects. Every write is one transaction with an audit event
naming the record and the fields — never values. Lists are paged, filtered and sorted in SQL
(plain Core rows); the search index and the list columns (latest case, next follow-up, first
nationality) are kept up to date by triggers (migration ``0002_client_search``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Table,
    and_,
    case,
    delete,
    func,
    insert,
    literal,
    not_,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain import messages
from mbe_desktop.domain.bounded import is_row_id, within
from mbe_desktop.domain.client_rules import (
    CATALOGUE_FIELDS,
    FIELD_LABELS,
    INPUT_FIELDS,
    MAX_LANGUAGES,
    MAX_NATIONALITIES,
    CheckResult,
    ClientInput,
    Problem,
    age_on,
    birth_text,
    check,
    clean,
)
from mbe_desktop.domain.countries import country_name, language_name, sort_key
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text, joined
from mbe_desktop.domain.name_variants import CODE, QueryWord, near_codes
from mbe_desktop.domain.names import phone_digits, search_key
from mbe_desktop.domain.office import OfficeProfile
from mbe_desktop.services import audit
from mbe_desktop.services.client_search import (
    INDEX_ORDERED,
    NAME_KEY,
    TOKEN,
    NearLookup,
    Probe,
    SearchPlan,
    order_by,
    search_plan,
    token_ranges,
    unindexed,
)
from mbe_desktop.storage.models import (
    Case,
    Client,
    ClientLanguage,
    ClientNationality,
    ClientNumberCounter,
    Consent,
    FollowUp,
    OfficeProfileRow,
    OutreachLocation,
    StoredDocument,
)
from mbe_desktop.storage.name_index import replace_name_keys
from mbe_desktop.storage.store import Store, take_write_lock

__all__ = [
    "CaseFilter",
    "CheckResult",
    "ClientDetail",
    "ClientInput",
    "ClientQuery",
    "ClientRow",
    "ClientService",
    "DuplicateCandidate",
    "MergeField",
    "Problem",
    "SortColumn",
    "format_client_number",
]

CLIENT = cast(Table, Client.__table__)
NATIONALITY = cast(Table, ClientNationality.__table__)
LANGUAGE = cast(Table, ClientLanguage.__table__)
CONSENT = cast(Table, Consent.__table__)
LOCATION = cast(Table, OutreachLocation.__table__)
MOVED_WITH_CLIENT = tuple(
    cast(Table, model.__table__) for model in (Case, Consent, FollowUp, StoredDocument)
)

GDPR_CONSENT = "gdpr_processing"
MAX_PAGE = 1000
MAX_OFFSET = 2**62  # beyond SQLite's integers the query would overflow, not just find nothing
MAX_DUPLICATES = 20
DUPLICATE_PHONE_DIGITS = 6
VOCABULARY_SECONDS = 600.0  # how long the near-miss pass reuses the codes it read
MAX_CACHED_WORDS = 256
BROAD_ROWS = 2000  # matches from which a condition is tested per row (index-ordered pages)
NOT_FOUND = QT_TRANSLATE_NOOP(
    "Messages", "Diese Akte gibt es nicht mehr (sie wurde gelöscht oder zusammengeführt)."
)
CONFLICT = QT_TRANSLATE_NOOP(
    "Messages",
    "Die Akte wurde zwischenzeitlich geändert (zum Beispiel in einem anderen Fenster). "
    "Bitte laden Sie sie neu und tragen Sie Ihre Änderungen dann erneut ein.",
)
TWO_OPEN_CASES = QT_TRANSLATE_NOOP(
    "Messages",
    "Beide Akten haben einen offenen oder pausierten Beratungsfall (Akte {first}: eröffnet am "
    "{first_opened}; Akte {second}: eröffnet am {second_opened}). Es kann immer nur ein Fall "
    "offen sein: Schließen Sie zuerst einen der beiden Fälle ab und führen Sie die Akten dann "
    "zusammen.",
)
OPEN_CASE_STATUSES = ("open", "paused")  # as in services.cases: one of them per client
INACTIVE_LOCATION = QT_TRANSLATE_NOOP(
    "Messages",
    "Diese Außensprechstunde wird nicht mehr angeboten (in den Einstellungen deaktiviert). "
    "Bitte einen anderen Ort wählen.",
)
SAME_NAME = QT_TRANSLATE_NOOP("Messages", "gleicher Name und gleiches Geburtsdatum")
VARIANT_NAME = QT_TRANSLATE_NOOP(
    "Messages", "Name in anderer Schreibweise (Schreibvariante) und gleiches Geburtsdatum"
)
NEAR_NAME = QT_TRANSLATE_NOOP(
    "Messages", "ähnlich geschriebener Name (ein Buchstabe anders) und gleiches Geburtsdatum"
)
DUPLICATE_NAME_REASONS = (SAME_NAME, VARIANT_NAME, NEAR_NAME)  # by level of the name match
SAME_PHONE = QT_TRANSLATE_NOOP("Messages", "gleiche Telefonnummer")
MERGE_ITSELF = QT_TRANSLATE_NOOP(
    "Messages", "Eine Akte kann nicht mit sich selbst zusammengeführt werden."
)

# Fields stored as client columns (the others: nationality/language rows and the consent).
_ROW_FIELDS = tuple(
    name
    for name in INPUT_FIELDS
    if name not in ("nationalities", "languages", "consent_given_on", "consent_scope")
)
# Fields offered in the merge dialog. Nationalities and languages are always united (the
# choice only decides whose come first); consents always move; the birth year goes with the
# birth date.
MERGE_FIELDS = tuple(
    name for name in INPUT_FIELDS if name not in ("birth_year", "consent_given_on", "consent_scope")
)


# --- reading the list ------------------------------------------------------------------------


class CaseFilter(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    ALL = "all"


class SortColumn(StrEnum):
    NUMBER = "number"
    NAME = "name"
    AGE = "age"
    NATIONALITY = "nationality"
    CASE_FORM = "case_form"
    CASE_STATUS = "case_status"
    NEXT_FOLLOW_UP = "next_follow_up"


@dataclass(frozen=True)
class ClientQuery:
    text: str = ""  # search as you type: names, number, birth date, phone
    cases: CaseFilter = CaseFilter.ALL  # by the latest case's status (open = open or paused)
    case_management_only: bool = False
    follow_up_due: bool = False  # an open follow-up due on or before today
    sort: SortColumn = SortColumn.NUMBER
    descending: bool = False
    offset: int = 0
    limit: int = 200


@dataclass(frozen=True)
class ClientRow:
    id: int
    number: str  # e.g. "2025-0042"
    display_name: str  # "Family, Given" as written
    name_latin: str  # Latin transliteration or ""
    age: int | None  # from birth date or birth year, at `today`
    nationality: str  # German name of the first nationality, "" if none
    case_form: str | None  # German label of the latest case's form, None without a case
    case_status: str | None  # German label of the latest case's status
    next_follow_up: date | None  # earliest open follow-up (a snooze moves it later)
    match: str = ""  # why it was found when not literally: "Schreibvariante" … (a Text)


# --- intake and editing ----------------------------------------------------------------------


@dataclass(frozen=True)
class DuplicateCandidate:
    id: int
    number: str
    display_name: str
    birth: str  # "12.03.1985" / "1985" / ""
    reason: str  # German (a ``Text``: ``display`` shows it in the UI language)


@dataclass(frozen=True)
class ClientDetail:
    id: int
    number: str
    version: int
    data: ClientInput  # current values (consent fields from the latest GDPR consent)
    age: int | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class MergeField:
    field: str
    label: str  # German
    keep_value: str  # display texts
    other_value: str
    differs: bool


def format_client_number(year: int, serial: int) -> str:
    return f"{year}-{serial:04d}"


def display_name(family_name: str, given_names: str) -> str:
    return ", ".join(part for part in (family_name, given_names) if part)


@dataclass(frozen=True)
class _Loaded:
    id: int
    number: str
    version: int
    data: ClientInput
    created_at: datetime
    updated_at: datetime
    consent_id: int | None


class ClientService:
    def __init__(self, store: Store, today: Callable[[], date] = date.today) -> None:
        self._store = store
        self._today = today
        self._near = _NearLookup()

    # --- the list ----------------------------------------------------------------------------

    def _filters(self, query: ClientQuery, probe: Probe | None = None) -> list[Any]:
        """The conditions of the filters (everything but the search text)."""
        c = CLIENT.c
        conditions: list[Any] = []
        # Status and form filters match large shares: on a page that walks the sort index they
        # are tested per row rather than looked up first.
        status = c.latest_case_status if probe is None else unindexed(c.latest_case_status)
        form = c.latest_case_form if probe is None else unindexed(c.latest_case_form)
        if query.cases == CaseFilter.OPEN:
            conditions.append(status.in_(("open", "paused")))
        elif query.cases == CaseFilter.CLOSED:
            conditions.append(status == "closed")
        if query.case_management_only:
            conditions.append(form == "case_management")
        if query.follow_up_due:
            conditions.append(c.next_follow_up <= self._today())
        return conditions

    def _plan(
        self, connection: Connection, query: ClientQuery, probe: Probe | None = None
    ) -> SearchPlan | None:
        return search_plan(query.text, probe, self._near.bound(connection))

    def count(self, query: ClientQuery) -> int:
        """How many clients match, at any level (literal, spelling variant, near miss)."""
        with self._store.engine.connect() as connection:
            plan = self._plan(connection, query)
            conditions = self._filters(query)
            if plan is not None:
                conditions.append(plan.widest)
            statement = select(func.count()).select_from(CLIENT).where(*conditions)
            return int(connection.execute(statement).scalar_one())

    def page(self, query: ClientQuery) -> list[ClientRow]:
        """One page of the list: literal matches first, then spelling variants, then near
        misses, each level in the chosen sort order; ``ClientRow.match`` says why a
        non-literal row was found."""
        c = CLIENT.c
        statement = select(
            c.id,
            c.number,
            c.family_name,
            c.given_names,
            c.name_latin,
            c.birth_date,
            c.birth_year,
            c.first_nationality,
            c.latest_case_form,
            c.latest_case_status,
            c.next_follow_up,
        ).order_by(*order_by(str(query.sort), query.descending))
        limit = max(1, min(query.limit, MAX_PAGE))
        offset = max(0, min(query.offset, MAX_OFFSET))
        today = self._today()
        found: list[tuple[Any, str]] = []
        with self._store.engine.connect() as connection:
            probe = None
            if str(query.sort) in INDEX_ORDERED:
                probe = _Probe(connection, offset + limit)
            filters = self._filters(query, probe)
            plan = self._plan(connection, query, probe)
            if plan is None or len(plan.tiers) == 1:
                conditions = filters if plan is None else [*filters, plan.widest]
                rows = connection.execute(
                    statement.where(*conditions).limit(limit).offset(offset)
                ).tuples()
                found = [(row, "") for row in rows]
            else:
                order = order_by(str(query.sort), query.descending)
                found = self._tiered(connection, statement, order, filters, plan, offset, limit)
        # German labels that the UI shows in its language (Text); country names likewise.
        forms = {code: cat.CASE_FORMS.label_text(code) for code in cat.CASE_FORMS.codes()}
        statuses = {code: cat.CASE_STATUSES.label_text(code) for code in cat.CASE_STATUSES.codes()}
        lang = messages.language()
        return [
            ClientRow(
                client_id,
                number,
                f"{family}, {given}" if family and given else family or given,
                name_latin,
                age_on(today, birth_date, birth_year),
                country_name(nationality, lang) if nationality else "",
                None if form is None else forms.get(form, form),
                None if status is None else statuses.get(status, status),
                follow_up,
                Text(reason) if reason else "",
            )
            for (
                (
                    client_id,
                    number,
                    family,
                    given,
                    name_latin,
                    birth_date,
                    birth_year,
                    nationality,
                    form,
                    status,
                    follow_up,
                ),
                reason,
            ) in found
        ]

    @staticmethod
    def _tiered(
        connection: Connection,
        statement: Select[Any],
        order: list[ColumnElement[Any]],
        filters: list[Any],
        plan: SearchPlan,
        offset: int,
        limit: int,
    ) -> list[tuple[Any, str]]:
        """A page of literal matches first (walking the sort index as before), then the rest
        — spelling variants, then near misses — in one statement ordered by level."""
        literal_only = [*filters, plan.tiers[0]]
        found: list[tuple[Any, str]] = []
        if offset:
            counted = select(func.count()).select_from(CLIENT).where(*literal_only)
            skipped = min(offset, int(connection.execute(counted).scalar_one()))
        else:
            skipped = 0
        if skipped < offset:  # the page starts after the literal matches
            offset -= skipped
        else:
            rows = connection.execute(
                statement.where(*literal_only).limit(limit).offset(offset)
            ).tuples()
            found = [(row, "") for row in rows]
            offset = 0
            if len(found) >= limit:
                return found
        tiers = plan.tiers
        level: ColumnElement[Any] = literal(len(tiers) - 1)
        if len(tiers) > 2:
            level = case(
                *((tier, index) for index, tier in enumerate(tiers[1:-1], start=1)),
                else_=len(tiers) - 1,
            )
        rest = (
            statement.add_columns(level.label("match_level"))
            .where(*filters, plan.widest, not_(tiers[0]))
            .order_by(None)
            .order_by(level, *order)
            .limit(limit - len(found))
            .offset(offset)
        )
        for row in connection.execute(rest).tuples():
            *values, match_level = row
            found.append((tuple(values), plan.reasons[match_level]))
        return found

    # --- rules and duplicates ----------------------------------------------------------------

    def check(self, data: ClientInput) -> CheckResult:
        return check(data, self._today())

    def _require_valid(self, data: ClientInput) -> ClientInput:
        result = self.check(data)
        problem = result.first_error()
        if problem is not None:
            raise ValidationError(problem.text, problem.field)
        return clean(data)

    def find_duplicates(
        self, data: ClientInput, exclude_id: int | None = None
    ) -> list[DuplicateCandidate]:
        """Records that are likely the same person: the same birth date or year and the name
        found by the search's matcher (every word of the name as written, or of the Latin
        spelling, equal to a word of the record, a spelling variant of one, or one letter
        off — word order free), or the same phone number. The reason says which."""
        data = clean(data)
        c = CLIENT.c
        reasons: dict[int, list[Text]] = {}
        levels: dict[int, int] = {}
        found: dict[int, Any] = {}
        columns = (c.id, c.number, c.family_name, c.given_names, c.birth_date, c.birth_year)
        with self._store.engine.connect() as connection:
            birth: ColumnElement[bool] | None = None
            if data.birth_date is not None:
                birth = or_(
                    c.birth_date == data.birth_date,
                    and_(c.birth_date.is_(None), c.birth_year == data.birth_date.year),
                )
            elif within(data.birth_year, 1, 9999):  # unchecked input: no SQLite overflow
                birth = c.birth_year == data.birth_year
            names = [f"{data.family_name} {data.given_names}", data.name_latin]
            plans = [
                search_plan(name, near=self._near.bound(connection), whole_words=True)
                for name in names
                if any(char.isalpha() for char in name)
            ]
            for plan in plans:
                if plan is None or birth is None:
                    continue
                for level, tier in enumerate(plan.tiers):
                    statement = select(*columns).where(birth, tier).limit(MAX_DUPLICATES)
                    for row in connection.execute(statement):
                        if level < levels.get(row.id, len(DUPLICATE_NAME_REASONS)):
                            levels[row.id] = level
                        found.setdefault(row.id, row)
            for client_id, level in levels.items():
                reasons[client_id] = [Text(DUPLICATE_NAME_REASONS[level])]
            digits = phone_digits(data.phone)
            if len(digits) >= DUPLICATE_PHONE_DIGITS:
                statement = select(*columns).where(c.phone_digits == digits)
                for row in connection.execute(statement):
                    found.setdefault(row.id, row)
                    reasons.setdefault(row.id, []).append(Text(SAME_PHONE))
        candidates = [
            DuplicateCandidate(
                id=row.id,
                number=row.number,
                display_name=display_name(row.family_name, row.given_names),
                birth=birth_text(row.birth_date, row.birth_year),
                reason=joined("; ", reasons[row.id]),
            )
            for row in found.values()
            if row.id != exclude_id
        ]
        candidates.sort(
            key=lambda item: (
                -len(reasons[item.id]),
                levels.get(item.id, len(DUPLICATE_NAME_REASONS)),
                item.number,
            )
        )
        return candidates[:MAX_DUPLICATES]

    # --- create, read, update ----------------------------------------------------------------

    def create(self, data: ClientInput) -> ClientDetail:
        clean_data = self._require_valid(data)
        assert clean_data.first_contact_date is not None  # checked: required
        with self._store.session() as session:
            # The number is counted inside a write transaction taken before the first read:
            # another writer waits (busy timeout) instead of counting the same number.
            take_write_lock(session)
            self._require_location(session, clean_data.outreach_location_id, None)
            number = _next_number(session, clean_data.first_contact_date.year)
            row = Client(number=number, **_row_values(clean_data))
            session.add(row)
            session.flush()
            _write_codes(session, row.id, clean_data)
            write_name_keys(session, row.id, clean_data)
            if clean_data.consent_given_on is not None:
                session.add(_consent(row.id, clean_data))
            filled = [
                name
                for name in INPUT_FIELDS
                if getattr(clean_data, name) != getattr(ClientInput(), name)
            ]
            audit.record(session, "create", "client", row.id, filled)
            self._near.clear()
            client_id = row.id
        return self.get(client_id)

    def get(self, client_id: int) -> ClientDetail:
        with self._store.engine.connect() as connection:
            loaded = _load(connection, client_id)
        return self._detail(loaded)

    def _detail(self, loaded: _Loaded) -> ClientDetail:
        return ClientDetail(
            id=loaded.id,
            number=loaded.number,
            version=loaded.version,
            data=loaded.data,
            age=age_on(self._today(), loaded.data.birth_date, loaded.data.birth_year),
            created_at=loaded.created_at,
            updated_at=loaded.updated_at,
        )

    def update(self, client_id: int, data: ClientInput, expected_version: int) -> ClientDetail:
        clean_data = self._require_valid(data)
        try:
            with self._store.session() as session:
                loaded = _load(session.connection(), client_id)
                if loaded.version != expected_version:
                    raise UserError(CONFLICT)
                self._require_location(
                    session, clean_data.outreach_location_id, loaded.data.outreach_location_id
                )
                changed = _apply(session, loaded, clean_data)
                if changed:
                    audit.record(session, "update", "client", client_id, changed)
                    self._near.clear()
        except StaleDataError:
            raise UserError(CONFLICT) from None
        return self.get(client_id)

    def outreach_locations(self) -> list[tuple[int, str]]:
        statement = select(LOCATION.c.id, LOCATION.c.name).where(LOCATION.c.active.is_(True))
        with self._store.engine.connect() as connection:
            rows = [(row.id, row.name) for row in connection.execute(statement)]
        return sorted(rows, key=lambda item: sort_key(item[1]))

    def _require_location(
        self, session: Session, location_id: int | None, kept_id: int | None
    ) -> None:
        """An existing place; a deactivated one only where the record already names it."""
        if location_id is None:
            return
        location = session.get(OutreachLocation, location_id) if is_row_id(location_id) else None
        if location is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Diese Außensprechstunde gibt es nicht mehr."),
                "outreach_location_id",
            )
        if not location.active and location_id != kept_id:
            raise ValidationError(INACTIVE_LOCATION, "outreach_location_id")

    def consent_form_pdf(self, client_id: int) -> bytes:
        """The GDPR consent form for signature, with the office letterhead."""
        detail = self.get(client_id)
        with self._store.session() as session:
            office = _office(session)
            audit.record(session, "print", "client", client_id, ["consent_form"])
        data = detail.data
        from mbe_desktop.documents.consent_form import ConsentFormInfo, build_consent_form

        return build_consent_form(
            ConsentFormInfo(
                office=office,
                family_name=data.family_name,
                given_names=data.given_names,
                name_latin=data.name_latin,
                birth=birth_text(data.birth_date, data.birth_year),
                client_number=detail.number,
                scope=data.consent_scope,
                consent_date=data.consent_given_on,
            )
        )

    # --- merging -----------------------------------------------------------------------------

    def merge_preview(self, keep_id: int, other_id: int) -> list[MergeField]:
        if keep_id == other_id:
            raise UserError(MERGE_ITSELF)
        with self._store.engine.connect() as connection:
            keep = _load(connection, keep_id).data
            other = _load(connection, other_id).data
            statement = select(LOCATION.c.id, LOCATION.c.name)
            locations = {row.id: row.name for row in connection.execute(statement)}
        return [
            MergeField(
                field=name,
                label=FIELD_LABELS[name],
                keep_value=_display(name, keep, locations),
                other_value=_display(name, other, locations),
                differs=_merge_value(name, keep) != _merge_value(name, other),
            )
            for name in MERGE_FIELDS
        ]

    def merge_problem(self, keep_id: int, other_id: int) -> Text | None:
        """Why the two records cannot be merged as they are now (German), or None.

        The merge dialog shows it before the counsellor goes through the fields; ``merge``
        refuses with the same message."""
        with self._store.engine.connect() as connection:
            return _open_cases_problem(connection, keep_id, other_id)

    def merge(self, keep_id: int, other_id: int, take_from_other: frozenset[str]) -> ClientDetail:
        """Merge ``other_id`` into ``keep_id``: the chosen fields come from the other record,
        every linked row moves, the other record is deleted. Numbers are never reused."""
        if keep_id == other_id:
            raise UserError(MERGE_ITSELF)
        unknown = sorted(set(take_from_other) - set(MERGE_FIELDS))
        if unknown:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Unbekannte Felder: {fields}"),
                fields=", ".join(unknown),
            )
        with self._store.session() as session:
            connection = session.connection()
            keep = _load(connection, keep_id)
            other = _load(connection, other_id)
            problem_text = _open_cases_problem(connection, keep_id, other_id)
            if problem_text is not None:
                raise UserError(problem_text)
            merged = _merged_input(keep.data, other.data, take_from_other)
            result = self.check(merged)
            problem = result.first_error()
            if problem is not None:
                label = FIELD_LABELS.get(problem.field, problem.field)
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "{label}: {problem}"),
                    problem.field,
                    label=Text(label),
                    problem=problem.text,
                )
            merged = clean(merged)
            # Linked rows first, so the consent of the merged record is the latest of both.
            for table in MOVED_WITH_CLIENT:
                session.execute(
                    update(table).where(table.c.client_id == other_id).values(client_id=keep_id)
                )
            session.execute(delete(CLIENT).where(CLIENT.c.id == other_id))
            moved = _load(connection, keep_id)
            merged = replace(
                merged,
                consent_given_on=moved.data.consent_given_on,
                consent_scope=moved.data.consent_scope,
            )
            changed = _apply(session, moved, merged)
            audit.record(session, "merge", "client", keep_id, [f"merged_from:{other_id}", *changed])
            self._near.clear()
            audit.record(session, "delete", "client", other_id, [f"merged_into:{keep_id}"])
        # The deleted record's rows must leave the WAL too (erasure, see docs/privacy.md).
        self._store.checkpoint()
        return self.get(keep_id)


# --- helpers ---------------------------------------------------------------------------------


def _open_cases_problem(connection: Connection, first_id: int, second_id: int) -> Text | None:
    """Both records with an open or paused case: a merge would leave one client with two."""
    case = cast(Table, Case.__table__)
    statement = (
        select(case.c.client_id, func.min(case.c.opened_on).label("opened_on"))
        .where(
            case.c.client_id.in_((first_id, second_id)),
            case.c.status.in_(OPEN_CASE_STATUSES),
        )
        .group_by(case.c.client_id)
    )
    opened = {row.client_id: row.opened_on for row in connection.execute(statement)}
    if len(opened) < 2:
        return None
    statement = select(CLIENT.c.id, CLIENT.c.number).where(CLIENT.c.id.in_(list(opened)))
    numbers = {row.id: row.number for row in connection.execute(statement)}
    first, second = sorted(opened, key=lambda client_id: numbers[client_id])
    return Text(
        TWO_OPEN_CASES,
        {
            "first": numbers[first],
            "first_opened": format_date_de(opened[first]),
            "second": numbers[second],
            "second_opened": format_date_de(opened[second]),
        },
    )


class _Probe:
    """Whether a condition matches so many clients that walking the sort index and testing
    each row finds a page sooner than collecting all matches first. Each probe is one index
    scan bounded by the threshold."""

    def __init__(self, connection: Connection, rows_needed: int) -> None:
        self._connection = connection
        self._threshold = max(BROAD_ROWS, 10 * rows_needed)

    def _at_least(self, statement: Select[Any]) -> bool:
        bounded = select(func.count()).select_from(statement.limit(self._threshold).subquery())
        return int(self._connection.execute(bounded).scalar_one()) >= self._threshold

    def words(self, forms: list[str]) -> bool:
        return self._at_least(select(TOKEN.c.client_id).where(token_ranges(forms)))

    def rows(self, condition: ColumnElement[bool]) -> bool:
        return self._at_least(select(CLIENT.c.id).where(condition))


class _NearLookup:
    """The near-miss pass of the search: the distinct stored phonetic codes compared with the
    query's by rapidfuzz (``name_variants.near_codes``; the beginnings of codes only within the
    query code's first class).

    The distinct stored codes (about 9,000 at 50,000 demo clients, read in 40–130 ms) are kept
    for ``VOCABULARY_SECONDS``, and the result per query word for the count and the page that
    the list asks for at every keystroke; a save through this service empties both.
    A code added meanwhile by another writer is found as a near miss a little later — as a
    literal match or a variant it is found at once."""

    def __init__(self) -> None:
        self._codes: dict[str, list[str]] = {}  # first class -> distinct stored codes
        self._all: list[str] = []
        self._by_length: dict[int, list[str]] = {}
        self._loaded: float | None = None
        self._found: dict[tuple[frozenset[str], bool], list[str]] = {}

    def clear(self) -> None:
        self._loaded = None
        self._found.clear()

    def bound(self, connection: Connection) -> NearLookup:
        def lookup(word: QueryWord, whole_word: bool) -> list[str]:
            cache_key = (word.codes, whole_word)
            if cache_key in self._found:
                return self._found[cache_key]
            self._vocabulary(connection, None)  # loaded, if not yet
            found: list[str] = []
            for first in sorted({code[0] for code in word.codes}):
                found += near_codes(
                    word,
                    self._reachable,
                    whole_word=whole_word,
                    beginnings_of=self._vocabulary(connection, first),
                )
            found = list(dict.fromkeys(found))
            if len(self._found) > MAX_CACHED_WORDS:
                self._found.clear()
            self._found[cache_key] = found
            return found

        return lookup

    def _vocabulary(self, connection: Connection, first: str | None) -> list[str]:
        """The distinct stored codes, all (``first`` None) or those of one first class."""
        now = time.monotonic()
        if self._loaded is None or now - self._loaded > VOCABULARY_SECONDS:
            self._found.clear()
            self._codes = {}
            key = NAME_KEY.c.key
            statement = select(key).where(key >= CODE, key < CODE + "~").distinct()
            self._all = [value[1:] for value in connection.execute(statement).scalars()]
            self._by_length = {}
            for code in self._all:
                self._codes.setdefault(code[:1], []).append(code)
                self._by_length.setdefault(len(code), []).append(code)
            self._loaded = now
        return self._all if first is None else self._codes.get(first, [])

    def _reachable(self, code: str) -> list[str]:
        """The stored codes one edit can turn ``code`` into: of its length, or one more or
        less."""
        size = len(code)
        return [
            candidate
            for length in (size - 1, size, size + 1)
            for candidate in self._by_length.get(length, [])
        ]


def write_name_keys(session: Session, client_id: int, data: ClientInput) -> None:
    """The variant index of one client's names, written with every save."""
    replace_name_keys(
        session.connection(), client_id, data.family_name, data.given_names, data.name_latin
    )


def _row_values(data: ClientInput) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in _ROW_FIELDS}
    if data.birth_date is not None:  # stored too: searched, counted and sorted by
        values["birth_year"] = data.birth_date.year
    values["search_key"] = search_key(data.family_name, data.given_names, data.name_latin)
    values["phone_digits"] = phone_digits(data.phone)
    return values


def _write_codes(session: Session, client_id: int, data: ClientInput) -> None:
    if data.nationalities:
        session.execute(
            insert(NATIONALITY),
            [
                {"client_id": client_id, "country_code": code, "position": position}
                for position, code in enumerate(data.nationalities)
            ],
        )
    if data.languages:
        session.execute(
            insert(LANGUAGE),
            [
                {"client_id": client_id, "language_code": code, "position": position}
                for position, code in enumerate(data.languages)
            ],
        )


def _consent(client_id: int, data: ClientInput) -> Consent:
    assert data.consent_given_on is not None
    return Consent(
        client_id=client_id,
        kind=GDPR_CONSENT,
        scope=data.consent_scope,
        purpose="Beratung",
        given_on=data.consent_given_on,
    )


def _next_number(session: Session, year: int) -> str:
    """The next client number of ``year``; the counter only grows, so none is ever reused."""
    counter = session.get(ClientNumberCounter, year)
    if counter is None:
        prefix = f"{year}-"
        used = session.execute(
            select(CLIENT.c.number).where(CLIENT.c.number >= prefix, CLIENT.c.number < prefix + "~")
        ).scalars()
        serials = [int(number[5:]) for number in used if number[5:].isdigit()]
        counter = ClientNumberCounter(year=year, last_number=max(serials, default=0))
        session.add(counter)
    while True:
        counter.last_number += 1
        number = format_client_number(year, counter.last_number)
        taken = session.execute(select(CLIENT.c.id).where(CLIENT.c.number == number)).first()
        if taken is None:
            return number


def _load(connection: Connection, client_id: int) -> _Loaded:
    c = CLIENT.c
    row = (
        connection.execute(
            select(
                *(CLIENT.c[name] for name in _ROW_FIELDS),
                c.id,
                c.number,
                c.version,
                c.created_at,
                c.updated_at,
            ).where(c.id == client_id)
        )
        .mappings()
        .first()
    )
    if row is None:
        raise UserError(NOT_FOUND)
    nationalities = connection.execute(
        select(NATIONALITY.c.country_code)
        .where(NATIONALITY.c.client_id == client_id)
        .order_by(NATIONALITY.c.position, NATIONALITY.c.country_code)
    ).scalars()
    languages = connection.execute(
        select(LANGUAGE.c.language_code)
        .where(LANGUAGE.c.client_id == client_id)
        .order_by(LANGUAGE.c.position, LANGUAGE.c.language_code)
    ).scalars()
    consent = connection.execute(
        select(CONSENT.c.id, CONSENT.c.given_on, CONSENT.c.scope)
        .where(
            CONSENT.c.client_id == client_id,
            CONSENT.c.kind == GDPR_CONSENT,
            CONSENT.c.withdrawn_on.is_(None),
        )
        .order_by(CONSENT.c.given_on.desc(), CONSENT.c.id.desc())
        .limit(1)
    ).first()
    values = {name: row[name] for name in _ROW_FIELDS}
    if values["birth_date"] is not None:
        values["birth_year"] = None  # one of them: the date wins
    data = ClientInput(
        **values,
        nationalities=tuple(nationalities),
        languages=tuple(languages),
        consent_given_on=consent.given_on if consent else None,
        consent_scope=consent.scope if consent else "",
    )
    return _Loaded(
        id=row["id"],
        number=row["number"],
        version=row["version"],
        data=data,
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        consent_id=consent.id if consent else None,
    )


def _apply(session: Session, loaded: _Loaded, data: ClientInput) -> list[str]:
    """Write the changed fields of ``data`` over ``loaded``; returns their names."""
    old = loaded.data
    changed = [name for name in INPUT_FIELDS if getattr(old, name) != getattr(data, name)]
    if not changed:
        return []
    row = session.get(Client, loaded.id)
    if row is None:
        raise UserError(NOT_FOUND)
    for name, value in _row_values(data).items():
        if getattr(row, name) != value:
            setattr(row, name, value)
    row.updated_at = datetime.now().replace(microsecond=0)  # also bumps the version
    names = ("family_name", "given_names", "name_latin")
    if any(getattr(old, name) != getattr(data, name) for name in names):
        session.flush()
        write_name_keys(session, loaded.id, data)
    if old.nationalities != data.nationalities or old.languages != data.languages:
        if old.nationalities != data.nationalities:
            session.execute(delete(NATIONALITY).where(NATIONALITY.c.client_id == loaded.id))
        if old.languages != data.languages:
            session.execute(delete(LANGUAGE).where(LANGUAGE.c.client_id == loaded.id))
        _write_codes(
            session,
            loaded.id,
            replace(
                data,
                nationalities=data.nationalities if old.nationalities != data.nationalities else (),
                languages=data.languages if old.languages != data.languages else (),
            ),
        )
    if data.consent_given_on is not None and (
        old.consent_given_on != data.consent_given_on or old.consent_scope != data.consent_scope
    ):
        if loaded.consent_id is not None and old.consent_given_on == data.consent_given_on:
            # The same consent, its scope corrected.
            session.execute(
                update(CONSENT)
                .where(CONSENT.c.id == loaded.consent_id)
                .values(scope=data.consent_scope)
            )
        else:  # a consent given on another day is a new record; the old one stays as proof
            session.add(_consent(loaded.id, data))
    session.flush()
    return changed


def _merge_value(name: str, data: ClientInput) -> object:
    if name == "birth_date":
        return (data.birth_date, data.birth_year)
    if name in ("nationalities", "languages"):
        return tuple(sorted(getattr(data, name)))
    return getattr(data, name)


def _merged_input(keep: ClientInput, other: ClientInput, take: frozenset[str]) -> ClientInput:
    values: dict[str, Any] = {}
    for name in take:
        if name in ("nationalities", "languages"):
            continue
        values[name] = getattr(other, name)
        if name == "birth_date":
            values["birth_year"] = other.birth_year
    for name, limit in (("nationalities", MAX_NATIONALITIES), ("languages", MAX_LANGUAGES)):
        first, second = (other, keep) if name in take else (keep, other)
        united = tuple(dict.fromkeys((*getattr(first, name), *getattr(second, name))))
        values[name] = united[:limit]
    return replace(keep, **values)


def _display(name: str, data: ClientInput, locations: dict[int, str]) -> str:
    value = getattr(data, name)
    if name == "birth_date":
        return birth_text(data.birth_date, data.birth_year)
    if name in CATALOGUE_FIELDS:
        return CATALOGUE_FIELDS[name].label(value)
    if name == "nationalities":
        return ", ".join(country_name(code) for code in value)
    if name in ("languages",):
        return ", ".join(language_name(code) for code in value)
    if name == "interpreter_language":
        return language_name(value) if value else ""
    if name == "outreach_location_id":
        return locations.get(value, "") if value is not None else ""
    return _plain(value)


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, date):
        return format_date_de(value)
    return str(value)


def _office(session: Session) -> OfficeProfile:
    row = session.get(OfficeProfileRow, 1)
    if row is None:
        return OfficeProfile(counsellor_name="", office_name="")
    return OfficeProfile(**{f.name: getattr(row, f.name) for f in fields(OfficeProfile)})
