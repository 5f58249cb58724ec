"""The confidentiality release (Schweigepflichtentbindung) for one referral, printed to sign.

It names who discloses (the office and counsellor), to whom (the partner, or a kind of
partner), which data and for which purpose — a release without these is a blanket release and
may be invalid. Plain German, on the office letterhead. Built in memory; the PDF metadata
never names the client. Names in Arabic script are shaped right to left (``fonts.rich_markup``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from mbe_desktop.documents.base import (
    CONTENT_WIDTH,
    RULE_COLOR,
    DocumentMeta,
    Letterhead,
    build_pdf,
    document_styles,
    table_style,
)
from mbe_desktop.documents.consent_form import law_text
from mbe_desktop.documents.fonts import rich_markup
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.office import OfficeProfile

FORM_TITLE = "Schweigepflichtentbindung"
FORM_SUBTITLE = "Entbindung von der Schweigepflicht für eine Weiterleitung"
FOOTER_LABEL = f"{FORM_TITLE} · MBE"


@dataclass(frozen=True)
class ReleaseFormInfo:
    office: OfficeProfile
    client_name: str  # as printed (Latin form, with the written form in parentheses)
    birth: str  # "12.03.1985", "1985" or ""
    client_number: str
    recipient: tuple[str, ...]  # the partner's name and address, or the kind of partner
    purpose: str
    data: tuple[str, ...]  # German labels of the data that may be passed on
    valid_until: date | None = None


def build_release_form(info: ReleaseFormInfo) -> bytes:
    styles = document_styles()

    def p(text: str, style: object = styles.body) -> Paragraph:
        return Paragraph(rich_markup(text, style.fontName), style)  # type: ignore[attr-defined]

    def table(rows: list[list[Flowable]]) -> Table:
        result = Table(rows, colWidths=[48 * mm, CONTENT_WIDTH - 48 * mm], hAlign="LEFT")
        result.setStyle(
            table_style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.75, RULE_COLOR),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE_COLOR),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            )
        )
        return result

    office = info.office
    sender = ", ".join(
        part
        for part in (
            office.office_name,
            office.provider,
            office.street,
            " ".join(x for x in (office.postcode, office.city) if x),
        )
        if part
    )
    law = law_text(office.data_protection_law)
    valid = (
        f"bis {format_date_de(info.valid_until)}"
        if info.valid_until
        else "bis zum Ende der Beratung, längstens ein Jahr"
    )
    data = "<br/>".join(f"• {rich_markup(label)}" for label in info.data)
    story: list[Flowable] = []
    if Letterhead(office).wrap(CONTENT_WIDTH, 0)[1] > 0:
        story += [Letterhead(office), Spacer(1, 5 * mm)]
    story += [
        p(FORM_TITLE, styles.title),
        p(FORM_SUBTITLE, styles.body_bold),
        Spacer(1, 4 * mm),
        table(
            [
                [p("Name", styles.label), p(info.client_name, styles.body_bold)],
                [p("Geburtsdatum", styles.label), p(info.birth or "")],
                [p("Unser Zeichen", styles.label), p(info.client_number)],
            ]
        ),
        Spacer(1, 4 * mm),
        p(
            "Ich entbinde die Beratungsstelle und meine Beraterin bzw. meinen Berater von der "
            "Schweigepflicht – nur für die folgende Weitergabe:"
        ),
        Spacer(1, 2 * mm),
        table(
            [
                [p("Wer gibt weiter?", styles.label), p(sender or "die Beratungsstelle")],
                [p("An wen?", styles.label), p(", ".join(info.recipient))],
                [p("Wofür?", styles.label), p(info.purpose)],
                [
                    p("Welche Angaben?", styles.label),
                    Paragraph(data or rich_markup("nur mein Name"), styles.body),
                ],
                [p("Wie lange?", styles.label), p(valid)],
            ]
        ),
        Spacer(1, 4 * mm),
        p(
            "Andere Angaben werden nicht weitergegeben. Die Entbindung ist freiwillig. Ich kann "
            "sie jederzeit ganz oder teilweise widerrufen – mündlich oder schriftlich, ohne "
            "Gründe. Der Widerruf gilt für die Zukunft; was schon weitergegeben wurde, bleibt "
            "davon unberührt. Wenn ich nicht unterschreibe, hat das keine Nachteile für die "
            "Beratung."
        ),
        Spacer(1, 2 * mm),
        Paragraph(rich_markup(f"Es gilt: {law.name}."), styles.small),
        Spacer(1, 10 * mm),
    ]
    signature = Table(
        [
            [p(f"{office.city}," if office.city else ""), "", ""],
            [p("Ort, Datum", styles.small), "", ""],
            ["", "", ""],
            [p("Unterschrift der/des Ratsuchenden", styles.small), "", ""],
        ],
        colWidths=[(CONTENT_WIDTH - 10 * mm) / 2, 10 * mm, (CONTENT_WIDTH - 10 * mm) / 2],
        rowHeights=[8 * mm, None, 14 * mm, None],
        hAlign="LEFT",
    )
    signature.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LINEBELOW", (0, 0), (0, 0), 0.75, RULE_COLOR),
            ("LINEBELOW", (0, 2), (0, 2), 0.75, RULE_COLOR),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        )
    )
    story.append(KeepTogether([signature]))
    meta = DocumentMeta(title=FORM_TITLE, subject=FORM_SUBTITLE, footer_label=FOOTER_LABEL)
    return build_pdf(story, meta)


__all__ = ["ReleaseFormInfo", "build_release_form"]
