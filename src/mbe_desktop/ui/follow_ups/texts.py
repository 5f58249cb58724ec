"""German texts for due items (shared by the Heute list and the dialogs)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.reminders import Bucket
from mbe_desktop.services.follow_ups import DueItem


def tr(text: str) -> str:
    return QCoreApplication.translate("FollowUps", text)


def category(item: DueItem) -> str:
    """The kind of follow-up, short (a column of the list)."""
    return {
        "manual": tr("Wiedervorlage"),
        "residence_expiry": tr("Aufenthaltstitel"),
        "step_due": tr("Schritt fällig"),
        "agreement_review": tr("Überprüfung"),
        "cm_no_contact": tr("Ohne Kontakt"),
        "referral_feedback": tr("Rückmeldung"),
    }.get(item.source, item.source)


def describe(item: DueItem) -> str:
    """What it is about, in a sentence."""
    event = format_date_de(item.event_on) if item.event_on else ""
    if item.source == "manual":
        text = item.detail
    elif item.source == "residence_expiry":
        text = tr("Aufenthaltstitel gültig bis {date} – Verlängerung vorbereiten").format(
            date=event
        )
    elif item.source == "step_due":
        text = tr("Schritt fällig am {date}: {step}").format(date=event, step=item.detail)
    elif item.source == "agreement_review":
        text = tr("Kooperationsvereinbarung überprüfen (Termin {date})").format(date=event)
    elif item.source == "cm_no_contact":
        text = tr("Case Management: kein Kontakt seit {date}").format(date=event)
    elif item.source == "referral_feedback":
        if item.detail:
            text = tr("Weiterleitung an {partner} vom {date}: noch keine Rückmeldung").format(
                partner=item.detail, date=event
            )
        else:
            text = tr("Weiterleitung vom {date}: noch keine Rückmeldung").format(date=event)
    else:
        text = item.detail
    if item.snoozed_until is not None and item.source != "manual":
        text += tr(" (zurückgestellt)")
    return text


def group_title(bucket: Bucket) -> str:
    return {
        Bucket.OVERDUE: tr("Überfällig"),
        Bucket.TODAY: tr("Heute"),
        Bucket.THIS_WEEK: tr("Diese Woche"),
        Bucket.LATER: tr("Später (nächste vier Wochen)"),
    }[bucket]


def place_label(place: str) -> str:
    return {
        "record": tr("Akte öffnen"),
        "contacts": tr("Kontakte öffnen"),
        "plan": tr("Kooperationsvereinbarung öffnen"),
        "referrals": tr("Weiterleitungen öffnen"),
    }.get(place, tr("Akte öffnen"))
