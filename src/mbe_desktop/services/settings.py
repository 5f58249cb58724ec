"""Typed settings kept inside the encrypted store (business settings are never in QSettings)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from mbe_desktop.domain.errors import ValidationError
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text
from mbe_desktop.services import audit
from mbe_desktop.storage.models import Setting
from mbe_desktop.storage.store import Store


@dataclass(frozen=True)
class IntSetting:
    key: str
    default: int
    minimum: int
    maximum: int
    label: str  # German, for messages (marked for translation)

    def check(self, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "{label}: bitte eine ganze Zahl angeben."),
                self.key,
                label=Text(self.label),
            )
        if not self.minimum <= value <= self.maximum:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "{label}: erlaubt sind {minimum} bis {maximum}."),
                self.key,
                label=Text(self.label),
                minimum=self.minimum,
                maximum=self.maximum,
            )
        return value


@dataclass(frozen=True)
class StrSetting:
    key: str
    default: str
    max_length: int
    label: str  # German, for messages (marked for translation)

    def check(self, value: object) -> str:
        if not isinstance(value, str):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "{label}: bitte einen Text angeben."),
                self.key,
                label=Text(self.label),
            )
        if len(value) > self.max_length:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "{label}: höchstens {limit} Zeichen."),
                self.key,
                label=Text(self.label),
                limit=self.max_length,
            )
        return value


@dataclass(frozen=True)
class BoolSetting:
    key: str
    default: bool
    label: str  # German, for messages (marked for translation)

    def check(self, value: object) -> bool:
        if not isinstance(value, bool):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "{label}: bitte ja oder nein angeben."),
                self.key,
                label=Text(self.label),
            )
        return value


AUTO_LOCK_MINUTES = IntSetting(
    "auto_lock_minutes", 10, 1, 240, QT_TRANSLATE_NOOP("Messages", "Automatische Sperre (Minuten)")
)
# Years after the latest case closure (or the first contact, without a case) until a client's
# record is due for deletion. No MBE-wide period is published; the provider sets it.
RETENTION_YEARS = IntSetting(
    "retention_years",
    3,
    1,
    10,
    QT_TRANSLATE_NOOP("Messages", "Löschfrist nach Fallabschluss (Jahre)"),
)

INT_SETTINGS = {setting.key: setting for setting in (AUTO_LOCK_MINUTES, RETENTION_YEARS)}
# Statistics export: counts from 0 to k-1 are withheld, the others perturbed. Below 3 a
# published cell could single out a person; above 20 too little would be left to publish.
STATISTICS_THRESHOLD = IntSetting(
    "statistics_suppression_threshold",
    5,
    3,
    20,
    QT_TRANSLATE_NOOP("Messages", "Schwelle für kleine Zahlen in der Statistik"),
)
INT_SETTINGS[STATISTICS_THRESHOLD.key] = STATISTICS_THRESHOLD

# Automatic follow-ups (Heute view): an on/off switch and a lead or waiting time each. The
# defaults match ``domain.reminders.DEFAULT_RULES``.
REMIND_RESIDENCE_EXPIRY = BoolSetting(
    "reminder_residence_expiry",
    True,
    QT_TRANSLATE_NOOP("Messages", "Erinnerung: Aufenthaltstitel läuft ab"),
)
RESIDENCE_EXPIRY_WEEKS = IntSetting(
    "reminder_residence_expiry_weeks",
    8,
    1,
    52,
    QT_TRANSLATE_NOOP("Messages", "Aufenthaltstitel: Wochen vor Ablauf"),
)
REMIND_STEP_DUE = BoolSetting(
    "reminder_step_due", True, QT_TRANSLATE_NOOP("Messages", "Erinnerung: Schritt fällig")
)
STEP_DUE_DAYS = IntSetting(
    "reminder_step_due_days",
    0,
    0,
    60,
    QT_TRANSLATE_NOOP("Messages", "Schritt: Tage vor Fälligkeit"),
)
REMIND_AGREEMENT_REVIEW = BoolSetting(
    "reminder_agreement_review",
    True,
    QT_TRANSLATE_NOOP("Messages", "Erinnerung: Überprüfung der Kooperationsvereinbarung"),
)
AGREEMENT_REVIEW_DAYS = IntSetting(
    "reminder_agreement_review_days",
    7,
    0,
    90,
    QT_TRANSLATE_NOOP("Messages", "Überprüfung: Tage vor dem Termin"),
)
REMIND_CM_NO_CONTACT = BoolSetting(
    "reminder_cm_no_contact",
    True,
    QT_TRANSLATE_NOOP("Messages", "Erinnerung: Case Management ohne Kontakt"),
)
CM_NO_CONTACT_WEEKS = IntSetting(
    "reminder_cm_no_contact_weeks",
    6,
    1,
    52,
    QT_TRANSLATE_NOOP("Messages", "Case Management: Wochen ohne Kontakt"),
)
REMIND_REFERRAL_FEEDBACK = BoolSetting(
    "reminder_referral_feedback",
    True,
    QT_TRANSLATE_NOOP("Messages", "Erinnerung: Weiterleitung ohne Rückmeldung"),
)
REFERRAL_FEEDBACK_DAYS = IntSetting(
    "reminder_referral_feedback_days",
    14,
    1,
    180,
    QT_TRANSLATE_NOOP("Messages", "Weiterleitung: Tage ohne Rückmeldung"),
)
# FOLLOWUP_SOURCES code -> (switch, amount); the unit (days/weeks) is in the setting's key.
REMINDER_SETTINGS: dict[str, tuple[BoolSetting, IntSetting]] = {
    "residence_expiry": (REMIND_RESIDENCE_EXPIRY, RESIDENCE_EXPIRY_WEEKS),
    "step_due": (REMIND_STEP_DUE, STEP_DUE_DAYS),
    "agreement_review": (REMIND_AGREEMENT_REVIEW, AGREEMENT_REVIEW_DAYS),
    "cm_no_contact": (REMIND_CM_NO_CONTACT, CM_NO_CONTACT_WEEKS),
    "referral_feedback": (REMIND_REFERRAL_FEEDBACK, REFERRAL_FEEDBACK_DAYS),
}


class SettingsService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def get_int(self, setting: IntSetting) -> int:
        with self._store.read_session() as session:
            row = session.get(Setting, setting.key)
        if row is None:
            return setting.default
        try:
            return setting.check(json.loads(row.value))
        except (ValueError, ValidationError):
            return setting.default  # a bad stored value must not lock anyone out

    def set_int(self, setting: IntSetting, value: object) -> int:
        checked = setting.check(value)
        with self._store.session() as session:
            row = session.get(Setting, setting.key)
            if row is None:
                session.add(Setting(key=setting.key, value=json.dumps(checked)))
            else:
                row.value = json.dumps(checked)
            audit.record(session, "update", "setting", None, [setting.key])
        return checked

    def get_str(self, setting: StrSetting) -> str:
        value = self._get_raw(setting.key)
        try:
            return setting.default if value is None else setting.check(json.loads(value))
        except (ValueError, ValidationError):
            return setting.default

    def set_str(self, setting: StrSetting, value: object) -> str:
        checked = setting.check(value)
        self._set_raw(setting.key, json.dumps(checked))
        return checked

    def get_bool(self, setting: BoolSetting) -> bool:
        value = self._get_raw(setting.key)
        try:
            return setting.default if value is None else setting.check(json.loads(value))
        except (ValueError, ValidationError):
            return setting.default

    def set_bool(self, setting: BoolSetting, value: object) -> bool:
        checked = setting.check(value)
        self._set_raw(setting.key, json.dumps(checked))
        return checked

    def _get_raw(self, key: str) -> str | None:
        with self._store.read_session() as session:
            row = session.get(Setting, key)
            return None if row is None else row.value

    def _set_raw(self, key: str, value: str) -> None:
        with self._store.session() as session:
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value
            audit.record(session, "update", "setting", None, [key])
