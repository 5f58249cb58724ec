"""German texts for due items (shared by the Heute list and the dialogs)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.reminders import Bucket
from mbe_desktop.services.follow_ups import DueItem


def category(item: DueItem) -> str:
    """The kind of follow-up, short (a column of the list)."""
    return {
        "manual": QCoreApplication.translate("FollowUps", "Wiedervorlage"),
        "residence_expiry": QCoreApplication.translate("FollowUps", "Aufenthaltstitel"),
        "step_due": QCoreApplication.translate("FollowUps", "Schritt fällig"),
        "agreement_review": QCoreApplication.translate("FollowUps", "Überprüfung"),
        "cm_no_contact": QCoreApplication.translate("FollowUps", "Ohne Kontakt"),
        "referral_feedback": QCoreApplication.translate("FollowUps", "Rückmeldung"),
    }.get(item.source, item.source)


def describe(item: DueItem) -> str:
    """What it is about, in a sentence."""
    event = format_date_de(item.event_on) if item.event_on else ""
    if item.source == "manual":
        text = item.detail
    elif item.source == "residence_expiry":
        text = QCoreApplication.translate(
            "FollowUps", "Aufenthaltstitel gültig bis {date} – Verlängerung vorbereiten"
        ).format(date=event)
    elif item.source == "step_due":
        text = QCoreApplication.translate("FollowUps", "Schritt fällig am {date}: {step}").format(
            date=event, step=item.detail
        )
    elif item.source == "agreement_review":
        text = QCoreApplication.translate(
            "FollowUps", "Kooperationsvereinbarung überprüfen (Termin {date})"
        ).format(date=event)
    elif item.source == "cm_no_contact":
        text = QCoreApplication.translate(
            "FollowUps", "Case Management: kein Kontakt seit {date}"
        ).format(date=event)
    elif item.source == "referral_feedback":
        if item.detail:
            text = QCoreApplication.translate(
                "FollowUps", "Weiterleitung an {partner} vom {date}: noch keine Rückmeldung"
            ).format(partner=item.detail, date=event)
        else:
            text = QCoreApplication.translate(
                "FollowUps", "Weiterleitung vom {date}: noch keine Rückmeldung"
            ).format(date=event)
    else:
        text = item.detail
    if item.snoozed_until is not None and item.source != "manual":
        text += QCoreApplication.translate("FollowUps", " (zurückgestellt)")
    return text


def group_title(bucket: Bucket) -> str:
    return {
        Bucket.OVERDUE: QCoreApplication.translate("FollowUps", "Überfällig"),
        Bucket.TODAY: QCoreApplication.translate("FollowUps", "Heute"),
        Bucket.THIS_WEEK: QCoreApplication.translate("FollowUps", "Diese Woche"),
        Bucket.LATER: QCoreApplication.translate("FollowUps", "Später (nächste vier Wochen)"),
    }[bucket]


def place_label(place: str) -> str:
    return {
        "record": QCoreApplication.translate("FollowUps", "Akte öffnen"),
        "contacts": QCoreApplication.translate("FollowUps", "Kontakte öffnen"),
        "plan": QCoreApplication.translate("FollowUps", "Kooperationsvereinbarung öffnen"),
        "referrals": QCoreApplication.translate("FollowUps", "Weiterleitungen öffnen"),
    }.get(place, QCoreApplication.translate("FollowUps", "Akte öffnen"))
