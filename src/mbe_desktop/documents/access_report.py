"""The access report (GDPR Art. 15 / § 19 DSG-EKD / § 17 KDG) as a readable PDF and as JSON.

The PDF is written for the client: plain language, the office and the law named at the top,
then every stored item in sections, with "Seite X von Y" on each page. Its metadata (title,
subject) are generic and never carry the client's name; the footer names the file number only.
Text in right-to-left scripts is printed in its Latin form (reportlab cannot order multi-word
Arabic text correctly, see docs/privacy.md); the JSON file holds every value exactly as stored.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from mbe_desktop.documents.base import (
    CONTENT_WIDTH,
    RULE_COLOR,
    DocumentMeta,
    DocumentStyles,
    Letterhead,
    build_pdf,
    document_styles,
    para,
    table_style,
)
from mbe_desktop.documents.consent_form import law_text, printable
from mbe_desktop.domain.access_report import AccessReport, CaseEntry, Item, Value
from mbe_desktop.domain.formatting import format_date_de

REPORT_TITLE = "Auskunft über Ihre gespeicherten Daten"
REPORT_SUBJECT = "Auskunft der betroffenen Person über gespeicherte personenbezogene Daten"
JSON_FORMAT = "mbe-desktop-access-report"
JSON_VERSION = 1

ACCESS_RIGHT = {
    "gdpr_bdsg": "Art. 15 der Datenschutz-Grundverordnung (DSGVO)",
    "dsg_ekd": "§ 19 des EKD-Datenschutzgesetzes (DSG-EKD)",
    "kdg": "§ 17 des Gesetzes über den Kirchlichen Datenschutz (KDG)",
}
LABEL_WIDTH = 52 * mm


def access_right(law: str) -> str:
    return ACCESS_RIGHT.get(law, ACCESS_RIGHT["gdpr_bdsg"])


def value_text(value: Value) -> str:
    """A value as printed: German dates, "ja"/"nein", "–" for nothing recorded."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, datetime):
        return f"{format_date_de(value.date())}, {value:%H:%M} Uhr"
    if isinstance(value, date):
        return format_date_de(value)
    return str(value)


def _text(value: Value) -> str:
    text = value_text(value)
    shown = printable(text)
    if shown != text:
        return f"{shown} (Umschrift; die Originalschrift steht in der JSON-Datei)"
    return text


class _Builder:
    def __init__(self, report: AccessReport) -> None:
        self.report = report
        self.styles: DocumentStyles = document_styles()
        self.story: list[Flowable] = []

    # --- pieces --------------------------------------------------------------------------

    def heading(self, text: str) -> None:
        self.story += [CondPageBreak(30 * mm), para(text, self.styles.heading)]

    def subheading(self, text: str) -> Paragraph:
        return para(text, self.styles.body_bold)

    def paragraph(self, text: str) -> None:
        self.story += [para(text, self.styles.body), Spacer(1, 2 * mm)]

    def none(self, text: str = "Keine Einträge gespeichert.") -> None:
        self.story.append(para(text, self.styles.label))

    def items(self, items: Sequence[Item]) -> Table:
        rows = [
            [para(item.label, self.styles.label), para(_text(item.value), self.styles.body)]
            for item in items
        ]
        table = Table(rows, colWidths=[LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH], hAlign="LEFT")
        table.setStyle(
            table_style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE_COLOR),
            )
        )
        return table

    def block(self, title: str, items: Sequence[Item], extra: Sequence[Flowable] = ()) -> None:
        self.story.append(
            KeepTogether([Spacer(1, 2 * mm), self.subheading(title), self.items(items), *extra])
        )

    # --- sections ------------------------------------------------------------------------

    def intro(self) -> None:
        report, styles = self.report, self.styles
        office = report.office
        law = law_text(report.law)
        if Letterhead(office).wrap(CONTENT_WIDTH, 0)[1] > 0:
            self.story += [Letterhead(office), Spacer(1, 6 * mm)]
        office_name = office.office_name or "Ihre Beratungsstelle"
        self.story += [
            para(REPORT_TITLE, styles.title),
            para(
                f"Aktennummer {report.client_number} · erstellt am "
                f"{value_text(report.generated_at)}",
                styles.label,
            ),
            Spacer(1, 4 * mm),
        ]
        self.paragraph(
            f"Sie haben gefragt, welche Daten {office_name} über Sie gespeichert hat. "
            f"Nach {access_right(report.law)} haben Sie ein Recht auf diese Auskunft. Auf den "
            "folgenden Seiten steht alles, was in unserer Falldokumentation über Sie "
            "gespeichert ist: Ihre Angaben, Ihre Einwilligungen, die Beratung mit allen "
            "Gesprächsnotizen, Zielen und Weiterleitungen, gespeicherte Dokumente und wann "
            "Ihre Daten bearbeitet wurden."
        )
        if law.note:
            self.paragraph(law.note)
        self.paragraph(
            "Wozu: Wir verarbeiten Ihre Daten, um Sie zu beraten und die Beratung zu "
            "dokumentieren (Migrationsberatung für erwachsene Zugewanderte, MBE). Woher: Die "
            "Angaben stammen von Ihnen aus den Beratungsgesprächen, soweit nicht anders "
            "vermerkt. An wen: Daten gehen nur mit Ihrer Schweigepflichtentbindung an andere "
            "Stellen; welche Daten wann an wen gingen, steht unter „Weiterleitungen“. "
            "Für die Statistik des Bundesamts für Migration und Flüchtlinge werden nur "
            "zusammengezählte Zahlen ohne Namen weitergegeben."
        )
        self.paragraph(
            f"Wie lange: Ihre Daten werden {report.retention_years} Jahre nach dem Abschluss "
            "der Beratung gelöscht. Es bleibt dann nur eine Zählung ohne Namen und ohne "
            "Einzelheiten für die Statistik."
        )
        self.paragraph(
            "Ihre Rechte: Sie können verlangen, dass falsche Angaben berichtigt und Daten "
            "gelöscht oder eingeschränkt werden, und Sie können einer Verarbeitung "
            "widersprechen. Eine Einwilligung können Sie jederzeit für die Zukunft widerrufen. "
            f"Beschweren können Sie sich {law.authority}."
        )

    def master_data(self) -> None:
        self.heading("1. Ihre Angaben (Stammdaten)")
        self.story.append(self.items(self.report.master_data))

    def consents(self) -> None:
        self.heading("2. Einwilligungen und Schweigepflichtentbindungen")
        day = self.report.generated_at.date()
        if not self.report.consents:
            self.none()
        for number, consent in enumerate(self.report.consents, start=1):
            items = [
                Item("Erteilt am", consent.given_on),
                Item("Stand", consent.state_text(day)),
                Item("Umfang", consent.scope),
                Item("Zweck", consent.purpose),
            ]
            if consent.kind == "confidentiality_release":
                items += [
                    Item("Empfänger", consent.partner_name or consent.partner_category_label),
                    Item("Art der Stelle", consent.partner_category_label),
                    Item("Welche Daten", ", ".join(consent.data_categories)),
                    Item("Gültig bis", consent.valid_until),
                ]
            if consent.withdrawn_on is not None:
                items.append(Item("Widerrufen am", consent.withdrawn_on))
            self.block(f"2.{number} {consent.kind_label}", items)

    def cases(self) -> None:
        self.heading("3. Ihre Beratung")
        if not self.report.cases:
            self.none("Es ist kein Beratungsfall gespeichert.")
        for number, case in enumerate(self.report.cases, start=1):
            self.case(f"3.{number}", case)

    def case(self, prefix: str, case: CaseEntry) -> None:
        items = [
            Item("Begonnen am", case.opened_on),
            Item("Form der Beratung", case.form),
            Item("Stand", case.status),
            Item("Abgeschlossen am", case.closed_on),
            Item("Art des Abschlusses", case.closure_type),
            Item("Mitberatene Familienangehörige", case.family_members),
            Item("Themen (Handlungsfelder)", ", ".join(case.fields_of_action)),
        ]
        items += [Item(f"Form geändert: {i.label}", i.value) for i in case.form_changes]
        items += [Item(f"Stand geändert: {i.label}", i.value) for i in case.status_changes]
        items += [Item(f"Bei Abschluss – {i.label}", i.value) for i in case.closure_situation]
        self.block(f"{prefix} Beratungsfall seit {format_date_de(case.opened_on)}", items)
        for number, contact in enumerate(case.contacts, start=1):
            self.block(
                f"{prefix}.{number} Kontakt am {value_text(contact.occurred_at)}",
                [
                    Item("Art", contact.form),
                    Item("Ort", contact.place),
                    Item("Dauer (Minuten)", contact.duration_minutes),
                    Item("Sprachmittlung", contact.interpreter),
                    Item("Themen", ", ".join(contact.fields_of_action)),
                    Item("Notiz", contact.note),
                    Item("Nächste Schritte", contact.next_steps),
                ],
            )
        for number, goal in enumerate(case.goals, start=1):
            items = [
                Item("Handlungsfeld", goal.field),
                Item("Ziel", goal.text),
                Item("Woran wir es erkennen", goal.indicator),
                Item("Bis wann", goal.target_date),
                Item("Erreicht?", goal.attainment),
                Item("Vereinbart am", goal.created_on),
            ]
            for step_number, step in enumerate(goal.steps, start=1):
                who = step.actor + (f" ({step.partner})" if step.partner else "")
                done = f", erledigt am {format_date_de(step.done_on)}" if step.done_on else ""
                due = f", bis {format_date_de(step.due_on)}" if step.due_on else ""
                items.append(
                    Item(
                        f"Schritt {step_number}",
                        f"{step.text} – {who}{due} – {step.status}{done}",
                    )
                )
            self.block(f"{prefix} Ziel {number}", items)
        for agreement in case.agreements:
            self.block(
                f"{prefix} Kooperationsvereinbarung, Fassung {agreement.number}",
                [
                    Item("Erstellt am", agreement.created_on),
                    Item("Unterschrieben am", agreement.signed_on),
                    Item("Überprüfung am", agreement.review_on),
                ],
            )
        for number, referral in enumerate(case.referrals, start=1):
            self.block(
                f"{prefix} Weiterleitung {number}",
                [
                    Item("An", referral.partner or referral.partner_category),
                    Item("Art der Stelle", referral.partner_category),
                    Item("Zweck", referral.purpose),
                    Item("Weitergegebene Daten", ", ".join(referral.data_shared)),
                    Item("Gesendet am", referral.sent_on),
                    Item("Rückmeldung am", referral.feedback_on),
                    Item("Stand", referral.status),
                    Item("Schweigepflichtentbindung vom", referral.consent_given_on),
                    Item("Begründung ohne Entbindung", referral.override_reason),
                ],
            )

    def follow_ups(self) -> None:
        self.heading("4. Wiedervorlagen (Erinnerungen der Beratungsstelle)")
        if not self.report.follow_ups:
            self.none()
        for follow_up in self.report.follow_ups:
            self.block(
                f"Wiedervorlage zum {format_date_de(follow_up.due_on)}",
                [
                    Item("Anlass", follow_up.source),
                    Item("Grund", follow_up.reason),
                    Item("Erledigt am", follow_up.done_on),
                ],
            )

    def documents(self) -> None:
        self.heading("5. Gespeicherte Dokumente")
        if not self.report.documents:
            self.none()
        for document in self.report.documents:
            self.block(
                document.title,
                [
                    Item("Erstellt am", document.created_at),
                    Item("Größe (Bytes)", document.size),
                    Item("Prüfsumme (SHA-256)", document.sha256),
                ],
            )

    def audit(self) -> None:
        self.heading("6. Wann Ihre Daten bearbeitet wurden")
        self.paragraph(
            "Das Protokoll der Beratungsstelle vermerkt, wann Ihre Daten angelegt, geändert, "
            "gedruckt oder ausgegeben wurden (ohne Inhalte)."
        )
        if not self.report.audit:
            self.none()
            return
        self.story.append(
            self.items([Item(f"{e.entity}: {e.action}", e.at) for e in self.report.audit])
        )

    def build(self) -> bytes:
        self.intro()
        self.master_data()
        self.consents()
        self.cases()
        self.follow_ups()
        self.documents()
        self.audit()
        meta = DocumentMeta(
            title=REPORT_TITLE,
            subject=REPORT_SUBJECT,
            footer_label=f"Auskunft · Aktennummer {self.report.client_number}",
        )
        return build_pdf(self.story, meta)


def access_report_pdf(report: AccessReport) -> bytes:
    """The report as PDF bytes, built in memory."""
    return _Builder(report).build()


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def access_report_json(report: AccessReport) -> bytes:
    """The report as UTF-8 JSON (every value as stored, texts unchanged)."""
    payload = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "access_right": access_right(report.law),
        **dataclasses.asdict(report),
    }
    return json.dumps(payload, ensure_ascii=False, indent=2, default=_json_default).encode("utf-8")


__all__ = ["access_report_json", "access_report_pdf"]
