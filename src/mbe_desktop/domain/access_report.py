"""The read model of an access report (GDPR Art. 15): everything stored about one client.

Filled by ``services.privacy``, rendered by ``documents.access_report`` as PDF and JSON. Values
are already readable German (labels instead of catalogue codes, names of countries and
languages); dates stay ``date``/``datetime`` so each output formats them its own way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from mbe_desktop.domain.client_rules import FIELD_LABELS
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text
from mbe_desktop.domain.office import OfficeProfile

# Labels of the data categories a referral or a release names (codes stored as JSON lists).
DATA_LABELS: dict[str, str] = {
    **FIELD_LABELS,
    "address": QT_TRANSLATE_NOOP("Messages", "Anschrift"),
    "nationality": QT_TRANSLATE_NOOP("Messages", "Staatsangehörigkeit"),
    "household": QT_TRANSLATE_NOOP("Messages", "Haushalt"),
    "health_insurance": QT_TRANSLATE_NOOP("Messages", "Krankenversicherung"),
    "health": QT_TRANSLATE_NOOP("Messages", "Gesundheit"),
    "case_history": QT_TRANSLATE_NOOP("Messages", "Beratungsverlauf"),
}

Value = str | int | bool | date | datetime | None


@dataclass(frozen=True)
class Item:
    """One labelled value, e.g. ("Geburtsdatum", date(1985, 3, 12))."""

    label: str
    value: Value


@dataclass(frozen=True)
class ConsentView:
    id: int
    kind: str
    kind_label: str
    scope: str
    partner_id: int | None
    partner_name: str
    partner_category: str
    partner_category_label: str
    purpose: str
    data_categories: tuple[str, ...]  # German labels
    given_on: date
    valid_until: date | None
    withdrawn_on: date | None

    def valid_on(self, day: date) -> bool:
        return (
            self.given_on <= day
            and (self.valid_until is None or self.valid_until >= day)
            and (self.withdrawn_on is None or self.withdrawn_on > day)
        )

    def state_text(self, day: date) -> Text:
        """German (the access report prints it); ``display`` shows it in the UI language."""
        from mbe_desktop.domain.formatting import format_date_de

        if self.withdrawn_on is not None and self.withdrawn_on <= day:
            return Text(
                QT_TRANSLATE_NOOP("Messages", "widerrufen am {date}"),
                {"date": format_date_de(self.withdrawn_on)},
            )
        if self.valid_until is not None and self.valid_until < day:
            return Text(
                QT_TRANSLATE_NOOP("Messages", "abgelaufen am {date}"),
                {"date": format_date_de(self.valid_until)},
            )
        if self.given_on > day:
            return Text(
                QT_TRANSLATE_NOOP("Messages", "gilt ab {date}"),
                {"date": format_date_de(self.given_on)},
            )
        return Text(QT_TRANSLATE_NOOP("Messages", "gültig"))


@dataclass(frozen=True)
class ContactEntry:
    occurred_at: datetime
    duration_minutes: int
    form: str
    place: str
    interpreter: str  # "" or "ja (Arabisch)"
    fields_of_action: tuple[str, ...]
    note: str
    next_steps: str


@dataclass(frozen=True)
class StepEntry:
    text: str
    actor: str
    partner: str
    due_on: date | None
    status: str
    done_on: date | None


@dataclass(frozen=True)
class GoalEntry:
    field: str
    text: str
    indicator: str
    target_date: date | None
    attainment: str
    created_on: date
    steps: tuple[StepEntry, ...]


@dataclass(frozen=True)
class AgreementEntry:
    number: int
    created_on: date
    signed_on: date | None
    review_on: date | None


@dataclass(frozen=True)
class ReferralEntry:
    partner: str
    partner_category: str
    purpose: str
    data_shared: tuple[str, ...]
    status: str
    sent_on: date | None
    feedback_on: date | None
    consent_given_on: date | None
    override_reason: str


@dataclass(frozen=True)
class CaseEntry:
    opened_on: date
    form: str
    status: str
    closed_on: date | None
    closure_type: str
    family_members: int
    fields_of_action: tuple[str, ...]
    form_changes: tuple[Item, ...]  # (form, date)
    status_changes: tuple[Item, ...]  # (status [– closure], date)
    closure_situation: tuple[Item, ...]
    contacts: tuple[ContactEntry, ...]
    goals: tuple[GoalEntry, ...]
    agreements: tuple[AgreementEntry, ...]
    referrals: tuple[ReferralEntry, ...]


@dataclass(frozen=True)
class FollowUpEntry:
    due_on: date
    reason: str
    source: str
    done_on: date | None


@dataclass(frozen=True)
class DocumentEntry:
    title: str
    kind: str
    created_at: datetime
    size: int
    sha256: str


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    action: str
    entity: str


@dataclass(frozen=True)
class AccessReport:
    client_number: str
    generated_at: datetime
    office: OfficeProfile
    law: str  # code from DATA_PROTECTION_LAWS (gdpr_bdsg, dsg_ekd, kdg)
    retention_years: int
    master_data: tuple[Item, ...]
    consents: tuple[ConsentView, ...]
    cases: tuple[CaseEntry, ...]
    follow_ups: tuple[FollowUpEntry, ...]
    documents: tuple[DocumentEntry, ...]
    audit: tuple[AuditEntry, ...]
