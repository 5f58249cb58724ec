"""Statistik: impact figures for a period and the anonymised export for the provider.

Figures come from the normal documentation only (counted in SQL with GROUP BY) plus the
statistics-only rows of deleted cases (``retained_case_statistic``), so deleting a client
does not change past figures. The counting rules are in ``domain.statistics``; the export
format in ``docs/export-format.md``.

The export is the one place data leave the laptop: only aggregate counts, protected by the
cell key method and audited before writing (``domain.disclosure``, ``services.publications``),
no names, numbers, ids, free text or dates finer than the period. A period is published once;
later exports of it give byte-identical tables (``tables.json`` and the CSV files); the
manifest and the PDF carry the export date.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import json
import logging
import re
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Date,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
)
from sqlalchemy import case as sql_case
from sqlalchemy import cast as sql_cast

from mbe_desktop import __version__
from mbe_desktop.domain.disclosure import MAX_DEVIATION, NOISE_WEIGHTS, AuditResult
from mbe_desktop.domain.errors import StorageFull, UserError, ValidationError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text
from mbe_desktop.domain.periods import Period
from mbe_desktop.domain.statistics import (
    MINIMUM_THRESHOLD,
    NOT_RECORDED,
    SPECS_BY_NAME,
    CountTable,
    PublishedTable,
    Tally,
    build_tables,
    cm_form,
    retained_categories,
    served_in,
    status_intervals,
    tally_retained,
)
from mbe_desktop.services import audit
from mbe_desktop.services.office import OfficeService
from mbe_desktop.services.publications import (
    PeriodPublication,
    check_publishable,
    plan_publication,
    published_tables,
    store_publications,
    stored_publications,
)
from mbe_desktop.services.settings import STATISTICS_THRESHOLD, SettingsService
from mbe_desktop.storage.files import write_private_atomic
from mbe_desktop.storage.models import (
    Case,
    CaseFieldOfAction,
    CaseFormChange,
    CaseStatusChange,
    Client,
    Contact,
    Goal,
    OutreachLocation,
    Referral,
    RetainedCaseStatistic,
    StatisticsExport,
)
from mbe_desktop.storage.store import Store

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ExportPreview",
    "ExportResult",
    "Figures",
    "PreviousExport",
    "StatisticsService",
    "default_file_name",
    "format_previous",
    "shares",
]

log = logging.getLogger(__name__)

FORMAT_NAME = "mbe-desktop-statistics"
FORMAT_VERSION = "2.0"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed entry times: the archive does not date the tables
SUMMARY_FILE = "zusammenfassung.pdf"

CASE_T = cast(Table, Case.__table__)
CLIENT = cast(Table, Client.__table__)
CONTACT = cast(Table, Contact.__table__)
FIELD = cast(Table, CaseFieldOfAction.__table__)
FORM_CHANGE = cast(Table, CaseFormChange.__table__)
GOAL = cast(Table, Goal.__table__)
LOCATION = cast(Table, OutreachLocation.__table__)
REFERRAL = cast(Table, Referral.__table__)
RETAINED = cast(Table, RetainedCaseStatistic.__table__)
STATUS = cast(Table, CaseStatusChange.__table__)
EXPORTS = cast(Table, StatisticsExport.__table__)

AUDIT_FAILED = QT_TRANSLATE_NOOP(
    "Messages",
    "Die Prüfung vor dem Export hat {count} Zelle(n) gefunden, die sich zu genau eingrenzen "
    "ließen (zuerst: {table}, Zeile „{row}“, {period}). Der Export wurde nicht geschrieben; "
    "es wurde nichts verändert. Bitte wenden Sie sich an den Träger.",
)
FUTURE_PERIOD = QT_TRANSLATE_NOOP(
    "Messages", "Der Zeitraum beginnt nach dem heutigen Tag; dafür gibt es noch keine Zahlen."
)


# --- read models ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    """The impact figures of one period for the Statistik view (raw counts, not perturbed:
    they stay inside the office)."""

    period: Period
    tables: tuple[CountTable, ...]
    outreach_places: tuple[tuple[str, int], ...]  # contacts per outreach place, most first
    retained_cases: int  # statistics-only rows of deleted cases that counted
    retained_partial: bool  # contacts/referrals of deleted cases missing (range; old rows)

    def table(self, name: str) -> CountTable:
        for table in self.tables:
            if table.name == name:
                return table
        raise KeyError(name)

    def measure(self, name: str) -> int:
        return self.table("overview").value(name)

    @property
    def clients(self) -> int:
        return self.measure("clients")

    @property
    def cases(self) -> int:
        return self.measure("cases")

    @property
    def empty(self) -> bool:
        overview = self.table("overview")
        return overview.total == 0


@dataclass(frozen=True)
class PreviousExport:
    created_at: datetime
    sha256: str  # of tables.json
    same_tables: bool  # the tables have not changed since


@dataclass(frozen=True)
class ExportPreview:
    """Exactly what an export of ``period`` will contain (except the export date)."""

    period: Period
    threshold: int
    office_code: str
    tables: tuple[PublishedTable, ...]
    tables_json: bytes
    csv_files: tuple[tuple[str, bytes], ...]  # (file name, content)
    sha256: str  # of tables_json
    previous: tuple[PreviousExport, ...]  # earlier exports of the same period, newest first
    audit: AuditResult  # of what this export would publish (nothing new: passed, 0 cells)
    new_publications: tuple[tuple[PeriodPublication, bytes], ...] = ()  # with their tables
    correction: int = 0  # 0: the first publication; 1, 2: its corrections

    @property
    def published_before(self) -> bool:
        """The period was published already: these are its tables as they were."""
        return not any(item.period == self.period for item, _ in self.new_publications)

    @property
    def withheld(self) -> int:
        return sum(table.withheld() for table in self.tables)

    @property
    def exported_before(self) -> bool:
        return bool(self.previous)

    def table(self, name: str) -> PublishedTable:
        for table in self.tables:
            if table.name == name:
                return table
        raise KeyError(name)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str  # of tables.json, as recorded in the store
    files: tuple[str, ...]
    previous: tuple[PreviousExport, ...]
    audit: AuditResult
    published_before: bool  # the period's tables were fixed by an earlier export


Progress = Callable[[int, int], bool]


# --- the service ---------------------------------------------------------------------------


class StatisticsService:
    def __init__(
        self,
        store: Store,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._store = store
        self._today = today
        self._now = now
        self._settings = SettingsService(store)
        self._office = OfficeService(store)

    # --- settings ----------------------------------------------------------------------------

    def threshold(self) -> int:
        """The threshold k of the export (counts 0 … k-1 are withheld); never below 3."""
        return max(MINIMUM_THRESHOLD, self._settings.get_int(STATISTICS_THRESHOLD))

    def set_threshold(self, value: object) -> int:
        return self._settings.set_int(STATISTICS_THRESHOLD, value)

    # --- figures -----------------------------------------------------------------------------

    def figures(self, period: Period) -> Figures:
        """All figures of ``period``: live documentation plus retained rows of deleted cases."""
        tally = self._tally(period)
        return Figures(
            period=period,
            tables=build_tables(tally),
            outreach_places=tuple(
                sorted(tally.outreach.items(), key=lambda item: (-item[1], item[0]))
            ),
            retained_cases=tally.retained_cases,
            retained_partial=tally.retained_partial,
        )

    def _tallies(self, wanted: Sequence[tuple[Period, bool]]) -> list[Tally]:
        """:meth:`_tally` for each ``(period, events)``."""
        return [self._tally(period, events) for period, events in wanted]

    def _tally(self, period: Period, events: bool = True) -> Tally:
        """``events=False``: without contacts, referrals and closures (a half-year's or
        year's export publishes those as the sums of its quarters)."""
        if period.is_future(self._today()):
            raise ValidationError(FUTURE_PERIOD, "period")
        with self._store.engine.connect() as connection:
            tally = _live_tally(connection, period, events)
            retained = [
                (
                    row.opened_on,
                    row.closed_on,
                    retained_categories(row.categories, row.quarters, row.stat_key),
                )
                for row in connection.execute(
                    select(
                        RETAINED.c.opened_on,
                        RETAINED.c.closed_on,
                        RETAINED.c.categories,
                        RETAINED.c.quarters,
                        RETAINED.c.stat_key,
                    )
                    .where(
                        RETAINED.c.opened_on <= period.end,
                        or_(
                            RETAINED.c.closed_on.is_(None),
                            RETAINED.c.closed_on >= period.months()[0],
                        ),
                    )
                    .order_by(RETAINED.c.id)
                )
            ]
        return tally.add(tally_retained(retained, period))

    # --- export ------------------------------------------------------------------------------

    def preview(
        self, period: Period, threshold: int | None = None, correction: bool = False
    ) -> ExportPreview:
        """The tables as they would leave the laptop, and earlier exports of the period.
        ``correction``: publish the year's published periods anew (docs/export-format.md)."""
        k = self.threshold() if threshold is None else threshold
        if k < MINIMUM_THRESHOLD:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Die Schwelle für kleine Zahlen muss mindestens {minimum} sein."
                ),
                "threshold",
                minimum=MINIMUM_THRESHOLD,
            )
        if period.is_future(self._today()):
            raise ValidationError(FUTURE_PERIOD, "period")
        plan = plan_publication(self._store, period, k, self._tallies, self._today(), correction)
        new = tuple(
            (
                item,
                _tables_json(
                    item.period,
                    plan.threshold,
                    published_tables(item.cells, plan.threshold),
                    item.version - 1,
                ),
            )
            for item in plan.new
        )
        target = plan.target
        tables = published_tables(target.cells, plan.threshold)
        tables_json = target.tables_json or next(data for item, data in new if item is target)
        digest = hashlib.sha256(tables_json).hexdigest()
        return ExportPreview(
            period=period,
            threshold=plan.threshold,
            office_code=self._office.profile().office_code,
            tables=tables,
            tables_json=tables_json,
            csv_files=tuple((f"{table.name}.csv", _csv(table)) for table in tables),
            sha256=digest,
            previous=self._previous(period, digest),
            audit=plan.audit,
            new_publications=new,
            correction=target.version - 1,
        )

    def is_published(self, period: Period) -> bool:
        """Whether an export has fixed ``period``'s tables (a correction is possible)."""
        return period.key in stored_publications(self._store, period.start.year)

    def check_exportable(self, period: Period) -> None:
        """Refuse (ValidationError) a period the export does not publish: a free range, one
        that has not ended, one in the future."""
        if period.is_future(self._today()):
            raise ValidationError(FUTURE_PERIOD, "period")
        check_publishable(period, self._today())

    def previous_exports(self, period: Period) -> tuple[PreviousExport, ...]:
        return self._previous(period, None)

    def _previous(self, period: Period, digest: str | None) -> tuple[PreviousExport, ...]:
        statement = (
            select(EXPORTS.c.created_at, EXPORTS.c.sha256)
            .where(EXPORTS.c.period == period.key)
            .order_by(EXPORTS.c.created_at.desc(), EXPORTS.c.id.desc())
        )
        with self._store.engine.connect() as connection:
            return tuple(
                PreviousExport(row.created_at, row.sha256, row.sha256 == digest)
                for row in connection.execute(statement)
            )

    def export(
        self,
        period: Period,
        target: Path,
        preview: ExportPreview | None = None,
        progress: Progress | None = None,
    ) -> ExportResult:
        """Write the .zip (manifest, tables.json, one CSV per table, PDF summary) to
        ``target`` (a file, or a folder for the default name), then record it in the store
        with an audit event. Pass the ``preview`` the user saw to export exactly that."""
        from mbe_desktop.documents.statistics_report import ReportHeader, statistics_report_pdf

        step = _Steps(progress, 4)
        if preview is None or preview.period != period:
            preview = self.preview(period)
        if not preview.audit.passed:
            raise UserError(AUDIT_FAILED, **_finding_parameters(preview.audit))
        step()
        path = _target_path(Path(target), preview)
        office = self._office.profile()
        created_on = self._today()
        pdf = statistics_report_pdf(
            ReportHeader(
                office_name=office.office_name,
                office_code=office.office_code,
                period=period,
                created_on=created_on,
                threshold=preview.threshold,
                app_version=__version__,
                format_version=FORMAT_VERSION,
                correction=preview.correction,
            ),
            preview.tables,
        )
        step()
        files: list[tuple[str, bytes]] = [("tables.json", preview.tables_json)]
        files += list(preview.csv_files)
        files.append((SUMMARY_FILE, pdf))
        manifest = _manifest(preview, created_on, files)
        archive = _zip([("manifest.json", manifest), *files])
        step()
        _write(path, archive)
        with self._store.session() as session:
            row = StatisticsExport(
                period=period.key,
                period_start=period.start,
                period_end=period.end,
                format_version=FORMAT_VERSION,
                sha256=preview.sha256,
                created_at=self._now().replace(microsecond=0),
            )
            session.add(row)
            store_publications(
                session,
                [item for item, _ in preview.new_publications],
                {item.period.key: data for item, data in preview.new_publications},
            )
            session.flush()
            audit.record(session, "export", "statistics", row.id, ["period"])
        step()
        log.info(
            "statistics export written: %d tables, %d bytes", len(preview.tables), len(archive)
        )
        return ExportResult(
            path,
            preview.sha256,
            ("manifest.json", *(n for n, _ in files)),
            preview.previous,
            preview.audit,
            preview.published_before,
        )


class _Steps:
    def __init__(self, progress: Progress | None, total: int) -> None:
        self._progress = progress
        self._total = total
        self._done = 0

    def __call__(self) -> None:
        self._done += 1
        if self._progress is not None and not self._progress(self._done, self._total):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Der Export wurde abgebrochen. Es wurde keine Datei geschrieben."
                )
            )


# --- counting in SQL ---------------------------------------------------------------------------


def _day_after(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time())


def _excluded_reopened(connection: Connection, period: Period) -> set[int]:
    """Reopened cases whose every open stretch misses the period (they lie between a
    closure and the reopening); the plain opened/closed test would count them."""
    later = STATUS.alias("later")
    reopened = (
        select(STATUS.c.case_id)
        .where(
            STATUS.c.status == "closed",
            exists().where(later.c.case_id == STATUS.c.case_id, later.c.id > STATUS.c.id),
        )
        .distinct()
    )
    rows = connection.execute(
        select(STATUS.c.case_id, CASE_T.c.opened_on, STATUS.c.changed_on, STATUS.c.status)
        .join(CASE_T, CASE_T.c.id == STATUS.c.case_id)
        .where(STATUS.c.case_id.in_(reopened), CASE_T.c.opened_on <= period.end)
        .order_by(STATUS.c.case_id, STATUS.c.id)
    ).all()
    changes: dict[int, list[tuple[date, str]]] = defaultdict(list)
    opened: dict[int, date] = {}
    for case_id, opened_on, changed_on, status in rows:
        opened[case_id] = opened_on
        changes[case_id].append((changed_on, status))
    return {
        case_id
        for case_id, items in changes.items()
        if not served_in(period, status_intervals(opened[case_id], items))
    }


# Periods longer than this are counted by scanning the tables instead of walking the date
# index: measured at 50,000 clients, a year of contacts took 0.5 s through the index and
# 0.22 s as a scan (most of the table is read either way); a quarter is faster by index.
SCAN_FROM_DAYS = 100

STAT_META = MetaData()
# Working tables of one count, in memory (temp_store = MEMORY): the served cases and their
# clients, so that each dimension is a GROUP BY over a few thousand rows instead of another
# pass over the encrypted tables. They live only inside the counting transaction.
STAT_CASE = Table(
    "stat_case",
    STAT_META,
    Column("id", Integer, primary_key=True),
    Column("client_id", Integer),
    Column("opened_on", Date),
    Column("cm", Integer),
    Column("family_members", Integer),
    Column("new", Integer),
    Column("closed", Integer),
    Column("stat_key", Integer),
    prefixes=["TEMPORARY"],
)
STAT_CLIENT = Table(
    "stat_client",
    STAT_META,
    Column("gender", String),
    Column("age", Integer),
    Column("years", Float),
    Column("age_group", String),
    Column("arrival_group", String),
    Column("residence_status", String),
    Column("nationality", String),
    Column("how_found", String),
    Column("stat_key", Integer),
    prefixes=["TEMPORARY"],
)


def _unindexed(table: Table, name: str, scan: bool) -> Any:
    """The column, or ``+column`` (SQLite then scans instead of using the column's index)."""
    column = table.c[name]
    if not scan:
        return column
    return literal_column(f'+"{table.name}".{name}', type_=column.type)


def _served(period: Period, excluded: set[int], scan: bool) -> ColumnElement[bool]:
    condition = and_(
        _unindexed(CASE_T, "opened_on", scan) <= period.end,
        or_(CASE_T.c.closed_on.is_(None), CASE_T.c.closed_on >= period.start),
    )
    if excluded:
        condition = and_(condition, CASE_T.c.id.not_in(sorted(excluded)))
    return condition


def _cm_in_period(period: Period) -> ColumnElement[bool]:
    """True for a case that was in Case Management on any day of the period: a switch to CM
    on or before the period's end that no later switch replaced before the period began.
    Cases without recorded switches count by their form."""
    switch = FORM_CHANGE.alias("switch")
    later = FORM_CHANGE.alias("later")
    replaced = exists().where(
        later.c.case_id == switch.c.case_id,
        or_(
            later.c.changed_on > switch.c.changed_on,
            and_(later.c.changed_on == switch.c.changed_on, later.c.id > switch.c.id),
        ),
        later.c.changed_on <= period.start,
    )
    cm_stretch = exists().where(
        switch.c.case_id == CASE_T.c.id,
        switch.c.form == "case_management",
        switch.c.changed_on <= period.end,
        ~replaced,
    )
    no_switches = ~exists().where(FORM_CHANGE.c.case_id == CASE_T.c.id)
    return or_(cm_stretch, and_(no_switches, CASE_T.c.form == "case_management"))


def _year(column: Any) -> Any:
    return sql_cast(func.substr(column, 1, 4), Integer)


def _age_at(on: Any) -> Any:
    """Age in whole years at ``on`` (a date column), from the birth date or year; NULL if
    neither is known (as ``domain.client_rules.age_on``)."""
    before_birthday = sql_case(
        (func.substr(on, 6, 5) < func.substr(CLIENT.c.birth_date, 6, 5), 1), else_=0
    )
    return sql_case(
        (
            CLIENT.c.birth_date.is_not(None),
            _year(on) - _year(CLIENT.c.birth_date) - before_birthday,
        ),
        (CLIENT.c.birth_year.is_not(None), _year(on) - CLIENT.c.birth_year),
        else_=None,
    )


def _years_since_arrival(on: Any) -> Any:
    """Years from arrival to ``on``; NULL without an arrival date or for one after ``on``."""
    return sql_case(
        (or_(CLIENT.c.arrival_date.is_(None), CLIENT.c.arrival_date > on), None),
        else_=(func.julianday(on) - func.julianday(CLIENT.c.arrival_date)) / 365.25,
    )


def _age_group(age: Any) -> Any:
    """The age group of an age column, as ``domain.anonymise.age_group``."""
    return sql_case(
        (age.is_(None), "unknown"),
        (age < 27, "under_27"),
        (age < 45, "27_to_44"),
        (age <= 65, "45_to_65"),
        else_="over_65",
    )


def _arrival_group(years: Any) -> Any:
    """The group of a years-since-arrival column, as ``domain.anonymise.arrival_group``."""
    return sql_case(
        (years.is_(None), "unknown"),
        (years < 1, "under_1"),
        (years < 2, "1_to_2"),
        (years < 3, "2_to_3"),
        else_="3_plus",
    )


def _counted(rows: Iterable[Any]) -> tuple[Counter[Any], Counter[Any]]:
    """Counts and key sums from rows ``(*group, count, key sum)``."""
    counts: Counter[Any] = Counter()
    keys: Counter[Any] = Counter()
    for *group, count, key_sum in rows:
        code = group[0] if len(group) == 1 else tuple(group)
        counts[code] += int(count or 0)
        keys[code] += int(key_sum or 0)
    return counts, keys


def _add_counted(target: Counter[Any], target_keys: Counter[Any], rows: Iterable[Any]) -> None:
    counts, keys = _counted(rows)
    target.update(counts)
    target_keys.update(keys)


def _drop_working_tables(connection: Connection) -> None:
    for table in (STAT_CASE, STAT_CLIENT):
        table.drop(connection, checkfirst=True)


def _live_tally(connection: Connection, period: Period, events: bool = True) -> Tally:
    _drop_working_tables(connection)
    try:
        return _count_live(connection, period, events)
    finally:
        _drop_working_tables(connection)
        # Only the temp schema was written: committing ends the transaction the DML began
        # (a rollback would undo the drops and leave empty tables on the pooled connection).
        connection.commit()


def _count_live(connection: Connection, period: Period, events: bool = True) -> Tally:
    """Counts of the live documentation, and in ``tally.keys`` the sums of the counted
    records' keys for the export's cell key method (the same queries, one more SUM each)."""
    tally = Tally(keys=Tally())
    keys = tally.keys
    assert keys is not None
    scan = period.days >= SCAN_FROM_DAYS
    excluded = _excluded_reopened(connection, period)
    in_period = and_(CASE_T.c.opened_on >= period.start, CASE_T.c.opened_on <= period.end)
    closed_in_period = and_(CASE_T.c.closed_on >= period.start, CASE_T.c.closed_on <= period.end)
    STAT_CASE.create(connection)
    connection.execute(
        STAT_CASE.insert().from_select(
            [c.name for c in STAT_CASE.c],
            select(
                CASE_T.c.id,
                CASE_T.c.client_id,
                CASE_T.c.opened_on,
                sql_case((_cm_in_period(period), 1), else_=0),
                CASE_T.c.family_members,
                sql_case((in_period, 1), else_=0),
                sql_case((closed_in_period, 1), else_=0),
                CASE_T.c.stat_key,
            ).where(_served(period, excluded, scan)),
        )
    )
    s = STAT_CASE.c
    form = sql_case((s.cm == 1, "case_management"), else_="counselling")

    # Cases served: form (CM in the period), family members, new; fields of action.
    for form_code, count, family, new_count, key_sum, family_keys, new_keys in connection.execute(
        select(
            form,
            func.count(),
            func.sum(s.family_members),
            func.sum(s.new),
            func.sum(s.stat_key),
            func.sum(s.stat_key * s.family_members),
            func.sum(s.stat_key * s.new),
        ).group_by(form)
    ):
        tally.forms[form_code] += int(count)
        tally.family_members += int(family or 0)
        tally.cases_new += int(new_count or 0)
        keys.forms[form_code] += int(key_sum or 0)
        keys.family_members += int(family_keys or 0)
        keys.cases_new += int(new_keys or 0)
    _add_counted(
        tally.fields,
        keys.fields,
        connection.execute(
            select(FIELD.c.field, func.count(), func.sum(s.stat_key))
            .select_from(STAT_CASE.join(FIELD, FIELD.c.case_id == s.id))
            .group_by(FIELD.c.field)
        ),
    )

    # Clients: once each, attributes at the opening of their earliest served case.
    first = (
        select(s.client_id, func.min(s.opened_on).label("opened_on"))
        .group_by(s.client_id)
        .subquery("first_case")
    )
    STAT_CLIENT.create(connection)
    # Age and years since arrival are computed once per client, the groups from them after:
    # a CASE over the age expression would evaluate it once per branch.
    connection.execute(
        STAT_CLIENT.insert().from_select(
            [c.name for c in STAT_CLIENT.c if c.name not in ("age_group", "arrival_group")],
            select(
                CLIENT.c.gender,
                _age_at(first.c.opened_on),
                _years_since_arrival(first.c.opened_on),
                CLIENT.c.residence_status,
                func.coalesce(CLIENT.c.first_nationality, "unknown"),
                CLIENT.c.how_found,
                CLIENT.c.stat_key,
            ).select_from(first.join(CLIENT, CLIENT.c.id == first.c.client_id)),
        )
    )
    connection.execute(
        STAT_CLIENT.update().values(
            age_group=_age_group(STAT_CLIENT.c.age),
            arrival_group=_arrival_group(STAT_CLIENT.c.years),
        )
    )
    p = STAT_CLIENT.c
    _add_counted(
        tally.gender_age,
        keys.gender_age,
        connection.execute(
            select(p.gender, p.age_group, func.count(), func.sum(p.stat_key)).group_by(
                p.gender, p.age_group
            )
        ),
    )
    for column, target, target_keys in (
        (p.arrival_group, tally.arrival, keys.arrival),
        (p.residence_status, tally.residence, keys.residence),
        (p.nationality, tally.nationalities, keys.nationalities),
        (p.how_found, tally.how_found, keys.how_found),
    ):
        _add_counted(
            target,
            target_keys,
            connection.execute(select(column, func.count(), func.sum(p.stat_key)).group_by(column)),
        )

    if events:
        _count_events(connection, period, tally, form)
    return tally


def _count_events(connection: Connection, period: Period, tally: Tally, form: Any) -> None:
    """Contacts, referrals and the cases closed in the period (``stat_case`` is filled)."""
    keys = tally.keys
    assert keys is not None
    s = STAT_CASE.c
    # Contacts and referrals by their own day. The contact count reads only its covering
    # index (migrations 0008, 0009), for a short period and a year alike.
    occurred = CONTACT.c.occurred_at
    places: Counter[int] = Counter()
    for contact_form, interpreted, location, count, key_sum in connection.execute(
        select(
            CONTACT.c.form,
            CONTACT.c.interpreter_used,
            CONTACT.c.outreach_location_id,
            func.count(),
            func.sum(CONTACT.c.stat_key),
        )
        .where(
            occurred >= datetime.combine(period.start, time()),
            occurred < _day_after(period.end),
        )
        .group_by(CONTACT.c.form, CONTACT.c.interpreter_used, CONTACT.c.outreach_location_id)
    ):
        tally.contacts[contact_form] += int(count)
        keys.contacts[contact_form] += int(key_sum or 0)
        if interpreted:
            tally.interpreter += int(count)
            keys.interpreter += int(key_sum or 0)
        if location is not None:
            places[location] += int(count)
    if places:
        names = {
            row.id: row.name
            for row in connection.execute(
                select(LOCATION.c.id, LOCATION.c.name).where(LOCATION.c.id.in_(sorted(places)))
            )
        }
        for location, count in places.items():
            tally.outreach[names.get(location, str(location))] += count
    category = func.coalesce(func.nullif(REFERRAL.c.partner_category, ""), "other")
    _add_counted(
        tally.referrals,
        keys.referrals,
        connection.execute(
            select(category, func.count(), func.sum(REFERRAL.c.stat_key))
            .where(
                REFERRAL.c.sent_on >= period.start,
                REFERRAL.c.sent_on <= period.end,
                REFERRAL.c.status != "draft",
            )
            .group_by(category)
        ),
    )

    # Cases closed in the period: closure type, goals, situation at intake vs. closure.
    closed = STAT_CASE.join(CASE_T, CASE_T.c.id == s.id)
    closure_type = func.coalesce(CASE_T.c.closure_type, "other")
    _add_counted(
        tally.closures,
        keys.closures,
        connection.execute(
            select(closure_type, form, func.count(), func.sum(s.stat_key))
            .select_from(closed)
            .where(s.closed == 1)
            .group_by(closure_type, form)
        ),
    )
    _add_counted(
        tally.goals,
        keys.goals,
        connection.execute(
            select(GOAL.c.field, GOAL.c.attainment, func.count(), func.sum(GOAL.c.stat_key))
            .select_from(STAT_CASE.join(GOAL, GOAL.c.case_id == s.id))
            .where(s.closed == 1)
            .group_by(GOAL.c.field, GOAL.c.attainment)
        ),
    )
    with_client = closed.join(CLIENT, CLIENT.c.id == CASE_T.c.client_id)
    for name, intake, at_closure in (
        ("german_level", CLIENT.c.german_level, CASE_T.c.closure_german_level),
        ("employment_status", CLIENT.c.employment_status, CASE_T.c.closure_employment_status),
        ("benefits", CLIENT.c.benefits, CASE_T.c.closure_benefits),
        ("course_status", CLIENT.c.course_status, CASE_T.c.closure_course_status),
    ):
        closure_value = func.coalesce(at_closure, literal(NOT_RECORDED))
        _add_counted(
            tally.outcomes[name],
            keys.outcomes[name],
            connection.execute(
                select(intake, closure_value, func.count(), func.sum(s.stat_key))
                .select_from(with_client)
                .where(s.closed == 1)
                .group_by(intake, closure_value)
            ),
        )


# --- export files ------------------------------------------------------------------------------


def _period_json(period: Period) -> dict[str, str]:
    return {
        "key": period.key,
        "kind": period.kind,
        "label": period.label,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
    }


def _table_json(table: PublishedTable) -> dict[str, Any]:
    spec = table.spec
    rows: list[dict[str, Any]] = []
    for index, (code, label) in enumerate(table.rows):
        row: dict[str, Any] = {"code": code, "label": label, "values": list(table.cells[index])}
        if table.row_totals is not None:
            row["total"] = table.row_totals[index]
        rows.append(row)
    result: dict[str, Any] = {
        "name": spec.name,
        "title": spec.title,
        "counting": spec.counting,
        "unit": spec.unit,
        "row_dimension": spec.rows,
        "column_dimension": spec.columns,
        "has_row_totals": spec.row_totals,
        "has_column_totals": spec.column_totals,
        "columns": [{"code": code, "label": label} for code, label in table.columns],
        "rows": rows,
    }
    if table.column_totals is not None:
        result["column_totals"] = list(table.column_totals)
    if spec.row_totals and spec.column_totals:
        result["total"] = table.total
    return result


def _method_json(threshold: int) -> dict[str, Any]:
    """The published parameters of the cell key method (docs/export-format.md)."""
    return {
        "method": "cell_key",
        "threshold": threshold,
        "withheld_value": None,
        "max_deviation": MAX_DEVIATION,
        "noise_weights": {str(e): w for e, w in NOISE_WEIGHTS.items()},
        "noise_weight_unit": 10_000,
        "totals": "sum_of_published_cells",
    }


def _finding_parameters(result: AuditResult) -> dict[str, str]:
    finding = result.findings[0]
    spec = SPECS_BY_NAME.get(finding.table)
    return {
        "table": spec.title if spec else finding.table,
        "row": finding.row,
        "period": finding.period,
        "count": str(len(result.findings)),
    }


def _dump(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _tables_json(
    period: Period, threshold: int, tables: Iterable[PublishedTable], correction: int = 0
) -> bytes:
    """Deterministic: fixed key order, no timestamps."""
    return _dump(
        {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "period": _period_json(period),
            "correction": correction,
            "disclosure_control": _method_json(threshold),
            "tables": [_table_json(table) for table in tables],
        }
    )


def _csv(table: PublishedTable) -> bytes:
    """UTF-8, comma, CRLF (RFC 4180); a withheld value is an empty field."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    has_row_totals = table.row_totals is not None
    writer.writerow(
        ["row_code", "row_label", *(code for code, _ in table.columns)]
        + (["total"] if has_row_totals else [])
    )

    def text(value: int | None) -> str:
        return "" if value is None else str(value)

    for index, (code, label) in enumerate(table.rows):
        extra = [text(table.row_totals[index])] if table.row_totals is not None else []
        writer.writerow([code, label, *(text(v) for v in table.cells[index]), *extra])
    if table.column_totals is not None:
        extra = [text(table.total)] if has_row_totals else []
        writer.writerow(["total", "Insgesamt", *(text(v) for v in table.column_totals), *extra])
    return buffer.getvalue().encode("utf-8")


def _manifest(
    preview: ExportPreview, created_on: date, files: Iterable[tuple[str, bytes]]
) -> bytes:
    return _dump(
        {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "office_code": preview.office_code,
            "period": _period_json(preview.period),
            "correction": preview.correction,
            "created_on": created_on.isoformat(),
            "app_version": __version__,
            "disclosure_control": _method_json(preview.threshold),
            "tables": [table.name for table in preview.tables],
            "files": [
                {"name": name, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                for name, data in files
            ],
        }
    )


def _zip(files: Iterable[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def default_file_name(period: Period, office_code: str = "") -> str:
    """``MBE-Statistik_<office code>_<period>.zip`` — never a name or anything personal."""
    code = re.sub(r"[^A-Za-z0-9-]+", "-", office_code).strip("-")
    key = period.key.replace("..", "_bis_")
    return "_".join(part for part in ("MBE-Statistik", code, key) if part) + ".zip"


def _target_path(target: Path, preview: ExportPreview) -> Path:
    if target.is_dir():
        return target / default_file_name(preview.period, preview.office_code)
    if not target.parent.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Den Ordner {folder} gibt es nicht. Bitte wählen Sie einen vorhandenen Ordner.",
            ),
            folder=target.parent,
        )
    if target.suffix.lower() != ".zip":
        target = target.with_name(target.name + ".zip")
    return target


def _write(path: Path, data: bytes) -> None:
    try:
        write_private_atomic(path, data)
    except UserError as error:
        cause = error.__cause__
        if isinstance(error, StorageFull):
            raise StorageFull(
                QT_TRANSLATE_NOOP(
                    "Messages", "Der Datenträger ist voll. Die Statistik wurde nicht gespeichert."
                )
            ) from None
        if isinstance(cause, OSError) and cause.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "In den Ordner {folder} darf nicht geschrieben werden. Bitte wählen Sie "
                    "einen anderen Ordner.",
                ),
                folder=path.parent,
            ) from None
        raise


def format_previous(previous: PreviousExport) -> Text:
    """German: "am 01.07.2025, 10:15 Uhr (mit denselben Zahlen)"."""
    template = (
        QT_TRANSLATE_NOOP("Messages", "am {date}, {time} Uhr (mit denselben Zahlen)")
        if previous.same_tables
        else QT_TRANSLATE_NOOP("Messages", "am {date}, {time} Uhr (mit anderen Zahlen)")
    )
    return Text(
        template,
        {
            "date": format_date_de(previous.created_at.date()),
            "time": f"{previous.created_at:%H:%M}",
        },
    )


def shares(figures: Figures) -> Mapping[str, tuple[int, int]]:
    """Headline shares as (part, whole) for the view: new immigrants, aged 27–65, CM, regular
    closures (all and CM)."""
    arrival = figures.table("clients_by_arrival")
    known_arrival = arrival.total - arrival.get("unknown")
    recent = sum(arrival.get(code) for code in ("under_1", "1_to_2", "2_to_3"))
    ages = figures.table("clients_by_gender_age")
    by_age = {code: ages.column_total(i) for i, (code, _) in enumerate(ages.columns)}
    known_age = ages.total - by_age.get("unknown", 0)
    forms = figures.table("cases_by_form")
    closures = figures.table("closures_by_type_form")
    regular_codes = ("regular_closing_conversation", "resolved_without_conversation")
    regular = sum(
        closures.get(code, column)
        for code in regular_codes
        for column in ("counselling", "case_management")
    )
    regular_cm = sum(closures.get(code, "case_management") for code in regular_codes)
    cm_closed = sum(
        closures.cells[r][c]
        for r in range(len(closures.rows))
        for c, (code, _) in enumerate(closures.columns)
        if code == "case_management"
    )
    return {
        "new_immigrants": (recent, known_arrival),
        "aged_27_to_65": (by_age.get("27_to_44", 0) + by_age.get("45_to_65", 0), known_age),
        "case_management": (forms.get(cm_form(True)), forms.total),
        "regular_closures": (regular, closures.total),
        "regular_closures_cm": (regular_cm, cm_closed),
    }
