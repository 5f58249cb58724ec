"""The whole domain model as SQLAlchemy 2 typed ORM classes.

Catalogue values are stored as their stable codes (see ``domain.catalogues``). Dates are plain
calendar dates; times are naive local time (a desktop store lives in one office's time zone).
Schema changes go only through the alembic migrations in ``storage/migrations``.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    Computed,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from mbe_desktop.domain.disclosure import record_key

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CASCADE = "all, delete-orphan"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _stat_key() -> Mapped[int]:
    """A record key for the statistics export's cell key method (migration 0009)."""
    return mapped_column(Integer, default=record_key, server_default="0")


class OfficeProfileRow(Base):
    """Exactly one row (id 1): the office and counsellor, used on letterheads."""

    __tablename__ = "office_profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    counsellor_name: Mapped[str] = mapped_column(String(200))
    office_name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    provider: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    office_code: Mapped[str] = mapped_column(String(40), default="")
    data_protection_law: Mapped[str] = mapped_column(String(20), default="gdpr_bdsg")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=_now, onupdate=_now)


class Setting(Base):
    """Typed settings are (de)serialised by the settings service; values are JSON text."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class OutreachLocation(Base):
    """A place of outreach consultations (Außensprechstunde): town hall, library …"""

    __tablename__ = "outreach_location"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ClientNumberCounter(Base):
    """Client numbers are per office and year (``2026-0042``) and never reused."""

    __tablename__ = "client_number_counter"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


# "2025-0042" -> "2025-00000042": client numbers in numeric order also past 9999 a year.
CLIENT_NUMBER_ORDER = "substr(number, 1, 5) || printf('%08d', CAST(substr(number, 6) AS INTEGER))"


class Client(Base):
    __tablename__ = "client"
    __table_args__ = (
        Index("ix_client_family_name_given", "family_name", "given_names"),
        Index("ix_client_name_order", "search_key", "number_order"),
        # Covering the Heute count of expiring residence titles (migration 0007).
        Index("ix_client_residence_due", "residence_valid_until", "latest_case_status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    number_order: Mapped[str] = mapped_column(
        String(20), Computed(CLIENT_NUMBER_ORDER, persisted=False), index=True
    )
    stat_key: Mapped[int] = _stat_key()
    # Names as written (any script) plus a Latin transliteration, and the folded search key.
    family_name: Mapped[str] = mapped_column(Text)
    given_names: Mapped[str] = mapped_column(Text, default="")
    name_latin: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")
    gender: Mapped[str] = mapped_column(String(20), default="unspecified")
    birth_date: Mapped[date | None] = mapped_column(Date, index=True)
    birth_year: Mapped[int | None] = mapped_column(Integer, index=True)
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    interpreter_language: Mapped[str] = mapped_column(String(10), default="")
    # Arrival and residence
    arrival_date: Mapped[date | None] = mapped_column(Date)
    residence_status: Mapped[str] = mapped_column(String(40), default="unknown")
    residence_legal_basis: Mapped[str] = mapped_column(String(200), default="")
    residence_valid_until: Mapped[date | None] = mapped_column(Date)
    # Language and integration course (situation at intake)
    course_right: Mapped[str] = mapped_column(String(20), default="unknown")
    course_status: Mapped[str] = mapped_column(String(20), default="not_started")
    german_level: Mapped[str] = mapped_column(String(20), default="unknown")
    # Education and work
    education: Mapped[str] = mapped_column(String(20), default="unknown")
    qualification: Mapped[str] = mapped_column(Text, default="")
    recognition_status: Mapped[str] = mapped_column(String(20), default="not_applicable")
    employment_status: Mapped[str] = mapped_column(String(20), default="unknown")
    benefits: Mapped[str] = mapped_column(String(20), default="unknown")
    # Household
    household_size: Mapped[int | None] = mapped_column(Integer)
    children_count: Mapped[int | None] = mapped_column(Integer)
    living_situation: Mapped[str] = mapped_column(String(30), default="unknown")
    # Contact details
    phone: Mapped[str] = mapped_column(String(60), default="")
    phone_digits: Mapped[str] = mapped_column(String(40), default="", index=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    # Access
    how_found: Mapped[str] = mapped_column(String(30), default="other")
    first_contact_date: Mapped[date] = mapped_column(Date)
    first_contact_place: Mapped[str] = mapped_column(String(200), default="")
    outreach_location_id: Mapped[int | None] = mapped_column(
        ForeignKey("outreach_location.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
    # Optimistic concurrency: a stale edit in a second window fails instead of overwriting.
    version: Mapped[int] = mapped_column(Integer, default=1)
    # For the client list (sort and filter in SQL at 50,000 clients): the latest case, the next
    # open follow-up and the first nationality. Maintained only by the triggers of migration
    # 0002_client_search — the application never writes them.
    latest_case_form: Mapped[str | None] = mapped_column(String(20), index=True)
    latest_case_status: Mapped[str | None] = mapped_column(String(10), index=True)
    next_follow_up: Mapped[date | None] = mapped_column(Date, index=True)
    first_nationality: Mapped[str | None] = mapped_column(String(3))

    nationalities: Mapped[list[ClientNationality]] = relationship(
        cascade=CASCADE, order_by="ClientNationality.position"
    )
    languages: Mapped[list[ClientLanguage]] = relationship(
        cascade=CASCADE, order_by="ClientLanguage.position"
    )
    consents: Mapped[list[Consent]] = relationship(cascade=CASCADE)
    cases: Mapped[list[Case]] = relationship(cascade=CASCADE, order_by="Case.opened_on")
    follow_ups: Mapped[list[FollowUp]] = relationship(cascade=CASCADE)
    documents: Mapped[list[StoredDocument]] = relationship(cascade=CASCADE)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy API


class ClientSearchToken(Base):
    """The search index: one row per token of ``Client.search_key`` (see ``domain.names``).

    Maintained only by the triggers of migration 0002_client_search, so rows written by any
    path (ORM, Core bulk inserts) are found. A word prefix is an index range on ``token``.
    """

    __tablename__ = "client_search_token"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 - SQLAlchemy API

    token: Mapped[str] = mapped_column(String(200), primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ClientNameKey(Base):
    """The variant index of the name search: one row per spelling key of a client's names
    (``domain.name_variants.name_keys``: phonetic codes ``p…``, Arabic-script consonant
    skeletons ``s…``). Keys are computed in Python, so the services write them with every save
    of a client (``services.clients.write_name_keys``); migration 0011_name_variants builds
    them for existing stores. Deleting a client deletes its keys (foreign key cascade).
    """

    __tablename__ = "client_name_key"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 - SQLAlchemy API

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ClientNationality(Base):
    __tablename__ = "client_nationality"
    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True
    )
    country_code: Mapped[str] = mapped_column(String(3), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ClientLanguage(Base):
    __tablename__ = "client_language"
    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True
    )
    language_code: Mapped[str] = mapped_column(String(10), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Consent(Base):
    """GDPR consent, or a confidentiality release naming partner (or category) and purpose."""

    __tablename__ = "consent"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    scope: Mapped[str] = mapped_column(Text, default="")
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id", ondelete="SET NULL"))
    partner_category: Mapped[str] = mapped_column(String(40), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    data_categories: Mapped[str] = mapped_column(Text, default="")  # JSON list of codes
    given_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("stored_document.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


class Case(Base):
    __tablename__ = "case"
    id: Mapped[int] = mapped_column(primary_key=True)
    stat_key: Mapped[int] = _stat_key()
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    opened_on: Mapped[date] = mapped_column(Date, index=True)
    form: Mapped[str] = mapped_column(String(20), default="counselling")
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    # The MBE counts co-counselled family members separately from cases.
    family_members: Mapped[int] = mapped_column(Integer, default=0)
    closed_on: Mapped[date | None] = mapped_column(Date, index=True)
    closure_type: Mapped[str | None] = mapped_column(String(30))
    # Situation at closure, compared with the intake values for the impact figures.
    closure_german_level: Mapped[str | None] = mapped_column(String(20))
    closure_course_status: Mapped[str | None] = mapped_column(String(20))
    closure_employment_status: Mapped[str | None] = mapped_column(String(20))
    closure_benefits: Mapped[str | None] = mapped_column(String(20))
    closure_residence_status: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
    version: Mapped[int] = mapped_column(Integer, default=1)

    fields_of_action: Mapped[list[CaseFieldOfAction]] = relationship(cascade=CASCADE)
    form_changes: Mapped[list[CaseFormChange]] = relationship(
        cascade=CASCADE, order_by="CaseFormChange.changed_on"
    )
    status_changes: Mapped[list[CaseStatusChange]] = relationship(
        cascade=CASCADE, order_by="CaseStatusChange.id"
    )
    contacts: Mapped[list[Contact]] = relationship(cascade=CASCADE, order_by="Contact.occurred_at")
    goals: Mapped[list[Goal]] = relationship(cascade=CASCADE, order_by="Goal.position")
    agreement_versions: Mapped[list[AgreementVersion]] = relationship(
        cascade=CASCADE, order_by="AgreementVersion.number"
    )
    referrals: Mapped[list[Referral]] = relationship(cascade=CASCADE)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy API


class CaseFieldOfAction(Base):
    __tablename__ = "case_field_of_action"
    case_id: Mapped[int] = mapped_column(
        ForeignKey("case.id", ondelete="CASCADE"), primary_key=True
    )
    field: Mapped[str] = mapped_column(String(30), primary_key=True)


class CaseFormChange(Base):
    """Each switch between counselling and Case Management, with its date."""

    __tablename__ = "case_form_change"
    __table_args__ = (
        # Covering "Case Management on any day of the period" (migration 0012).
        Index("ix_case_form_change_counted", "case_id", "changed_on", "form"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    changed_on: Mapped[date] = mapped_column(Date)
    form: Mapped[str] = mapped_column(String(20))


class CaseStatusChange(Base):
    """Opening, pausing, closing and reopening of a case, in order."""

    __tablename__ = "case_status_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    changed_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10))
    closure_type: Mapped[str | None] = mapped_column(String(30))


class Contact(Base):
    __tablename__ = "contact"
    __table_args__ = (
        Index("ix_contact_case_occurred", "case_id", "occurred_at"),
        # Covering the statistics' contact counts of a period (migrations 0008, 0009).
        Index(
            "ix_contact_occurred_counted",
            "occurred_at",
            "form",
            "interpreter_used",
            "outreach_location_id",
            "stat_key",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    stat_key: Mapped[int] = _stat_key()
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"))
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    form: Mapped[str] = mapped_column(String(20), default="office")
    outreach_location_id: Mapped[int | None] = mapped_column(
        ForeignKey("outreach_location.id", ondelete="SET NULL"), index=True
    )
    place: Mapped[str] = mapped_column(String(200), default="")
    interpreter_used: Mapped[bool] = mapped_column(Boolean, default=False)
    interpreter_language: Mapped[str] = mapped_column(String(10), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    version: Mapped[int] = mapped_column(Integer, default=1)

    fields_of_action: Mapped[list[ContactFieldOfAction]] = relationship(cascade=CASCADE)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy API


class ContactFieldOfAction(Base):
    __tablename__ = "contact_field_of_action"
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True
    )
    field: Mapped[str] = mapped_column(String(30), primary_key=True)


class Goal(Base):
    """A goal (Handlungsziel) of the current plan; signed versions are frozen as snapshots."""

    __tablename__ = "goal"
    id: Mapped[int] = mapped_column(primary_key=True)
    stat_key: Mapped[int] = _stat_key()
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text)
    indicator: Mapped[str] = mapped_column(Text, default="")
    target_date: Mapped[date | None] = mapped_column(Date)
    attainment: Mapped[str] = mapped_column(String(20), default="open")
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_on: Mapped[date] = mapped_column(Date)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=_now, onupdate=_now)

    steps: Mapped[list[Step]] = relationship(cascade=CASCADE, order_by="Step.position")


class Step(Base):
    __tablename__ = "step"
    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(20), default="client")
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id", ondelete="SET NULL"))
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(10), default="open")
    done_on: Mapped[date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)


class AgreementVersion(Base):
    """A version of the goal agreement (Kooperationsvereinbarung).

    The unsigned version mirrors the live goals; signing stores a JSON snapshot of goals and
    steps and freezes it. Later changes start a new version, the old one stays readable.
    """

    __tablename__ = "agreement_version"
    __table_args__ = (
        UniqueConstraint("case_id", "number"),
        # Covering the Heute count of due reviews (migration 0007).
        Index("ix_agreement_version_review_due", "review_on", "case_id", "number"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    created_on: Mapped[date] = mapped_column(Date)
    signed_on: Mapped[date | None] = mapped_column(Date)
    review_on: Mapped[date | None] = mapped_column(Date)
    snapshot: Mapped[str] = mapped_column(Text, default="")  # JSON, set when signed
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("stored_document.id", ondelete="SET NULL")
    )


class PlanEvent(Base):
    """A change of a case's goal agreement, for the timeline (short German description)."""

    __tablename__ = "plan_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    kind: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(Text, default="")


class FollowUp(Base):
    """A follow-up (Wiedervorlage). Automatic ones keep their done/snoozed state by source key."""

    __tablename__ = "follow_up"
    __table_args__ = (
        # Covering the Heute count of manual follow-ups (widened in migration 0007).
        Index("ix_follow_up_open_due", "done_on", "due_on", "snoozed_until", "source"),
        Index("ix_follow_up_client_open", "client_id", "done_on", "due_on"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"))
    due_on: Mapped[date] = mapped_column(Date)
    due_time: Mapped[time | None] = mapped_column(Time)
    reason: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(30), default="manual")
    # For automatic follow-ups: what produced it, e.g. "step:17" (ids only, never text).
    source_key: Mapped[str] = mapped_column(String(60), default="", index=True)
    snoozed_until: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


class Partner(Base):
    __tablename__ = "partner"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(40), index=True)
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    opening_hours: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[str] = mapped_column(Text, default="")  # comma-separated language codes
    services: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=_now, onupdate=_now)

    people: Mapped[list[PartnerPerson]] = relationship(cascade=CASCADE)


class PartnerPerson(Base):
    __tablename__ = "partner_person"
    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")


class Referral(Base):
    """A referral (Weiterleitung): what went to whom, when, on which consent."""

    __tablename__ = "referral"
    __table_args__ = (
        # Covering the Heute count of referrals awaiting feedback (migration 0007).
        Index(
            "ix_referral_feedback_due", "sent_on", "status", "feedback_on", "case_id", "partner_id"
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    stat_key: Mapped[int] = _stat_key()
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id", ondelete="SET NULL"))
    partner_category: Mapped[str] = mapped_column(String(40), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    data_shared: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of field codes
    consent_id: Mapped[int | None] = mapped_column(ForeignKey("consent.id", ondelete="SET NULL"))
    override_reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    sent_on: Mapped[date | None] = mapped_column(Date)
    feedback_on: Mapped[date | None] = mapped_column(Date)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("stored_document.id", ondelete="SET NULL")
    )
    letter_sha256: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=_now, onupdate=_now)


class StoredDocument(Base):
    """Generated PDFs live inside the encrypted store; titles are generic (no names)."""

    __tablename__ = "stored_document"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(60), default="application/pdf")
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


class StepTemplate(Base):
    """Steps that fill a goal in one click, per field of action (editable in settings)."""

    __tablename__ = "step_template"
    id: Mapped[int] = mapped_column(primary_key=True)
    field: Mapped[str] = mapped_column(String(30), index=True)
    name: Mapped[str] = mapped_column(String(200))
    steps: Mapped[str] = mapped_column(Text)  # JSON list of {text, actor, offset_days}


class LetterTemplate(Base):
    __tablename__ = "letter_template"
    id: Mapped[int] = mapped_column(primary_key=True)
    partner_category: Mapped[str] = mapped_column(String(40), default="", index=True)
    name: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=_now, onupdate=_now)


class AuditEvent(Base):
    """Who/what/when — record ids and field names only, never values or personal text."""

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=_now, index=True)
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str] = mapped_column(String(30), default="")
    entity_id: Mapped[int | None] = mapped_column(Integer)
    fields: Mapped[str] = mapped_column(Text, default="")  # comma-separated field names


class ErasureJournalEntry(Base):
    """An erased record (ids and a digest only): re-applied after restoring an older backup."""

    __tablename__ = "erasure_journal"
    id: Mapped[int] = mapped_column(primary_key=True)
    erased_at: Mapped[datetime] = mapped_column(DateTime, default=_now, index=True)
    entity: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[int] = mapped_column(Integer)
    number_digest: Mapped[str] = mapped_column(String(64))  # SHA-256 of the client number
    reason: Mapped[str] = mapped_column(String(30))


class StatisticsExport(Base):
    __tablename__ = "statistics_export"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    period: Mapped[str] = mapped_column(String(30))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    format_version: Mapped[str] = mapped_column(String(20))
    sha256: Mapped[str] = mapped_column(String(64))


class StatisticsPublication(Base):
    """What the export published for a period (format 2.0): the exact ``tables.json`` and,
    for the audit of later exports, the true and published cells (never exported)."""

    __tablename__ = "statistics_publication"
    __table_args__ = (
        UniqueConstraint("period", "version", name="uq_statistics_publication_period"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(30))
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    threshold: Mapped[int] = mapped_column(Integer)
    salt: Mapped[int] = mapped_column(Integer)
    tables_json: Mapped[str] = mapped_column(Text)
    cells_json: Mapped[str] = mapped_column(Text)


class RetainedCaseStatistic(Base):
    """What stays of a deleted case: the coarse categories statistics count, nothing else."""

    __tablename__ = "retained_case_statistic"
    id: Mapped[int] = mapped_column(primary_key=True)
    stat_key: Mapped[int] = _stat_key()
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    categories: Mapped[str] = mapped_column(Text)  # JSON object of catalogue codes and counts
    # JSON object of per-quarter counts (domain.anonymise.RetainedCase.quarters); NULL for rows
    # written before migration 0005: their quarters are unknown.
    quarters: Mapped[str | None] = mapped_column(Text)


class Draft(Base):
    """Unsaved form input kept across a lock; lives only inside the encrypted store."""

    __tablename__ = "draft"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
