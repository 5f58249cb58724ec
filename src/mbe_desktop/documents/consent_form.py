"""The GDPR consent form ("Einwilligung in die Datenverarbeitung"), printed for signature.

Plain German (short sentences, "Sie"), on the office letterhead, naming the data-protection
law the office's provider applies (DSGVO with BDSG, or the church laws DSG-EKD / KDG in their
place, Art. 91 GDPR). Built in memory; the PDF metadata never names the client.

Names in a right-to-left script, or in a script the embedded font cannot show, are printed in
their Latin form: reportlab alone neither shapes nor reorders Arabic script (see the design
notes), and a name must never print as black boxes.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
    Table,
)

from mbe_desktop.documents.base import (
    CONTENT_WIDTH,
    RULE_COLOR,
    DocumentMeta,
    DocumentStyles,
    Letterhead,
    build_pdf,
    document_styles,
    markup,
    para,
    table_style,
)
from mbe_desktop.documents.fonts import BODY_FONT, unsupported_characters
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.names import latin
from mbe_desktop.domain.office import OfficeProfile

FORM_TITLE = "Einwilligung in die Datenverarbeitung"
FORM_SUBTITLE = "Migrationsberatung für erwachsene Zugewanderte (MBE)"
FOOTER_LABEL = f"{FORM_TITLE} · MBE"
BOX = "\u2610"  # ☐, a box to tick by hand


@dataclass(frozen=True)
class LawText:
    """How the consent form names the data-protection law of the office's provider."""

    name: str  # full name with abbreviation
    short: str
    basis: str  # legal basis of processing on consent
    rights: str  # where the rights are written down
    authority: str  # where to complain
    note: str = ""  # e.g. why a church law applies


LAWS: dict[str, LawText] = {
    "gdpr_bdsg": LawText(
        name="Datenschutz-Grundverordnung (DSGVO) und Bundesdatenschutzgesetz (BDSG)",
        short="DSGVO",
        basis="Art. 6 Abs. 1 Buchst. a DSGVO und – für Gesundheitsdaten – Art. 9 Abs. 2 "
        "Buchst. a DSGVO",
        rights="Art. 15 bis 21 DSGVO",
        authority="bei der Datenschutz-Aufsichtsbehörde Ihres Bundeslandes (Art. 77 DSGVO)",
    ),
    "dsg_ekd": LawText(
        name="Kirchengesetz über den Datenschutz der Evangelischen Kirche in Deutschland (DSG-EKD)",
        short="DSG-EKD",
        basis="Ihre Einwilligung nach dem DSG-EKD",
        rights="im DSG-EKD",
        authority="bei der bzw. dem Beauftragten für den Datenschutz der EKD",
        note="Für Einrichtungen der Diakonie gilt das DSG-EKD an Stelle der "
        "Datenschutz-Grundverordnung (Art. 91 DSGVO).",
    ),
    "kdg": LawText(
        name="Gesetz über den Kirchlichen Datenschutz (KDG)",
        short="KDG",
        basis="Ihre Einwilligung nach dem KDG",
        rights="im KDG",
        authority="bei der zuständigen kirchlichen Datenschutzaufsicht "
        "(Diözesandatenschutzbeauftragte)",
        note="Für Einrichtungen der Caritas gilt das KDG an Stelle der "
        "Datenschutz-Grundverordnung (Art. 91 DSGVO).",
    ),
}


@dataclass(frozen=True)
class ConsentFormInfo:
    office: OfficeProfile
    family_name: str
    given_names: str = ""
    name_latin: str = ""
    birth: str = ""  # "12.03.1985", "1985" or ""
    client_number: str = ""
    scope: str = ""  # what the consent covers, as recorded
    consent_date: date | None = None  # pre-filled date, if already given
    retention_years: int = 3  # deletion after the end of the counselling


def law_text(code: str) -> LawText:
    """The texts for a ``DATA_PROTECTION_LAWS`` code; unknown codes get the GDPR texts."""
    return LAWS.get(code, LAWS["gdpr_bdsg"])


def printable(text: str) -> str:
    """``text`` itself, or its Latin form if it is right-to-left or has unprintable letters."""
    if not text:
        return text
    right_to_left = any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)
    if right_to_left or unsupported_characters(text, BODY_FONT):
        return " ".join(latin(text).split())
    return text


def printed_name(info: ConsentFormInfo) -> tuple[str, str]:
    """The name as printed ("Family, Given") and a second line with the Latin form or ""."""
    written = ", ".join(part for part in (info.family_name, info.given_names) if part)
    shown = printable(written)
    if info.name_latin:
        latin_form = printable(info.name_latin)
        if shown != written:  # the written form could not be printed: the recorded Latin one
            return latin_form, ""
        if latin_form != shown:
            return shown, latin_form
    return shown, ""


def _person_table(info: ConsentFormInfo, styles: DocumentStyles) -> Table:
    name, latin_line = printed_name(info)
    rows = [[para("Name", styles.label), para(name, styles.body_bold)]]
    if latin_line:
        rows.append([para("Lateinische Schrift", styles.label), para(latin_line, styles.body)])
    rows.append([para("Geburtsdatum", styles.label), para(info.birth or "", styles.body)])
    if info.client_number:
        rows.append([para("Ratsuchenden-Nr.", styles.label), para(info.client_number, styles.body)])
    table = Table(rows, colWidths=[42 * mm, CONTENT_WIDTH - 42 * mm], hAlign="LEFT")
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOX", (0, 0), (-1, -1), 0.75, RULE_COLOR),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        )
    )
    return table


def _bullets(items: list[Flowable]) -> ListFlowable:
    # The bullet font must be set explicitly: ListFlowable's default is Helvetica.
    return ListFlowable(
        [ListItem(item, leftIndent=14) for item in items],
        bulletType="bullet",
        start="•",
        bulletFontName=BODY_FONT,
        bulletFontSize=10,
        leftIndent=14,
    )


def _tick_box(content: Flowable, styles: DocumentStyles) -> Table:
    box = Table(
        [[Paragraph(BOX, styles.body.clone("MbeTick", fontSize=14, leading=16)), content]],
        colWidths=[8 * mm, CONTENT_WIDTH - 8 * mm],
        hAlign="LEFT",
    )
    box.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        )
    )
    return box


def _signature_table(info: ConsentFormInfo, styles: DocumentStyles) -> Table:
    """Lines to sign by hand: place/date, client, counsellor, and an interpreter if present."""
    gap = 10 * mm
    half = (CONTENT_WIDTH - gap) / 2
    place = printable(info.office.city)
    when = format_date_de(info.consent_date) if info.consent_date else ""
    # Without a recorded date the place is followed by room to write it.
    place_date = f"{place}, {when}" if place and when else (f"{place}," if place else when)
    counsellor = printable(info.office.counsellor_name)
    rows = [
        [para(place_date, styles.body), "", ""],
        [para("Ort, Datum", styles.small), "", ""],
        ["", "", ""],
        [
            para("Unterschrift der/des Ratsuchenden", styles.small),
            "",
            para(
                "Unterschrift Beraterin/Berater" + (f" ({counsellor})" if counsellor else ""),
                styles.small,
            ),
        ],
        ["", "", ""],
        [
            para("Sprachmittlung (falls genutzt): Name und Sprache", styles.small),
            "",
            para("Unterschrift Sprachmittlerin/Sprachmittler", styles.small),
        ],
    ]
    table = Table(
        rows,
        colWidths=[half, gap, half],
        rowHeights=[8 * mm, None, 14 * mm, None, 14 * mm, None],
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LINEBELOW", (0, 0), (0, 0), 0.75, RULE_COLOR),
            ("LINEBELOW", (0, 2), (0, 2), 0.75, RULE_COLOR),
            ("LINEBELOW", (2, 2), (2, 2), 0.75, RULE_COLOR),
            ("LINEBELOW", (0, 4), (0, 4), 0.75, RULE_COLOR),
            ("LINEBELOW", (2, 4), (2, 4), 0.75, RULE_COLOR),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        )
    )
    return table


def build_consent_form(info: ConsentFormInfo) -> bytes:
    """The consent form as PDF bytes (A4, usually two pages; built in memory)."""
    styles = document_styles()
    law = law_text(info.office.data_protection_law)
    office_name = printable(info.office.office_name)
    provider = printable(info.office.provider)
    office = f"die Beratungsstelle „{office_name}“" if office_name else "die Beratungsstelle"
    where = f"in der Beratungsstelle „{office_name}“" if office_name else "in der Beratungsstelle"
    if provider:
        where += f" ({provider})"
    scope = printable(info.scope)
    years = max(1, info.retention_years)

    def section(title: str, *content: Flowable) -> list[Flowable]:
        return [KeepTogether([para(title, styles.heading), *content])]

    story: list[Flowable] = []
    if Letterhead(info.office).wrap(CONTENT_WIDTH, 0)[1] > 0:
        story += [Letterhead(info.office), Spacer(1, 5 * mm)]
    story += [
        para(FORM_TITLE, styles.title),
        para(FORM_SUBTITLE, styles.body_bold),
        Spacer(1, 4 * mm),
        _person_table(info, styles),
        Spacer(1, 2 * mm),
        *section(
            "Worum geht es?",
            para(
                f"Sie lassen sich {where} beraten. Damit wir Sie gut beraten können, "
                "schreiben wir wichtige Angaben über Sie auf. Dafür brauchen wir Ihre "
                "Erlaubnis. Diese Erlaubnis heißt Einwilligung.",
                styles.body,
            ),
        ),
        *section(
            "Welche Daten schreiben wir auf?",
            _bullets(
                [
                    para(
                        "Name, Geburtsdatum, Staatsangehörigkeit, Sprachen, Adresse, "
                        "Telefon und E-Mail",
                        styles.body,
                    ),
                    para(
                        "Angaben zu Aufenthalt, Deutschkurs, Schule, Beruf, Arbeit, "
                        "Wohnung und Familie",
                        styles.body,
                    ),
                    para(
                        "was in den Gesprächen besprochen wird, Ihre Ziele und die nächsten "
                        "Schritte",
                        styles.body,
                    ),
                    para(
                        "Angaben zur Gesundheit nur, wenn Sie sie uns sagen, wenn sie für die "
                        "Beratung wichtig sind und wenn Sie unten zustimmen",
                        styles.body,
                    ),
                ]
            ),
        ),
        *section(
            "Wofür?",
            para(scope or "Für die Beratung und ihre Dokumentation.", styles.body),
        ),
        *section(
            "Wer sieht die Daten?",
            para(
                "Nur die Beraterinnen und Berater der Beratungsstelle. Die Daten sind "
                "verschlüsselt gespeichert. Wir geben nichts an Behörden (zum Beispiel "
                "Ausländerbehörde oder Jobcenter) oder an andere Stellen weiter – außer Sie "
                "erlauben es vorher schriftlich (Schweigepflichtentbindung). Für die Statistik "
                "des Geldgebers (Bundesamt für Migration und Flüchtlinge) geben wir nur Zahlen "
                "weiter, ohne Namen.",
                styles.body,
            ),
        ),
        *section(
            "Wie lange?",
            para(
                f"Wir löschen Ihre Daten spätestens {years} "
                f"{'Jahr' if years == 1 else 'Jahre'} nach dem Ende der Beratung.",
                styles.body,
            ),
        ),
        *section(
            "Freiwillig und jederzeit widerrufbar",
            para(
                "Die Einwilligung ist freiwillig. Sie können sie jederzeit widerrufen – "
                "mündlich oder schriftlich, ohne Gründe zu nennen. Der Widerruf gilt ab dann "
                "für die Zukunft. Es entstehen Ihnen dadurch keine Nachteile.",
                styles.body,
            ),
        ),
        *section(
            "Ihre Rechte",
            para(
                "Sie dürfen fragen, welche Daten wir über Sie haben, und eine Kopie bekommen. "
                "Sie dürfen falsche Daten berichtigen und Daten löschen lassen. Diese Rechte "
                f"stehen {markup(law.rights)}. Sie können sich {markup(law.authority)} "
                "beschweren.",
                styles.body,
            ),
            Spacer(1, 2),
            Paragraph(
                f"Es gilt: <b>{markup(law.name)}</b>. Rechtsgrundlage: {markup(law.basis)}."
                + (f" {markup(law.note)}" if law.note else ""),
                styles.small,
            ),
        ),
        KeepTogether(
            [
                para("Meine Einwilligung", styles.heading),
                _tick_box(
                    para(
                        f"Ich bin einverstanden, dass {office} meine Daten wie oben "
                        "beschrieben für die Beratung verarbeitet.",
                        styles.body,
                    ),
                    styles,
                ),
                _tick_box(
                    para(
                        "Ich bin auch einverstanden, dass Angaben zu meiner Gesundheit notiert "
                        "werden, wenn ich sie nenne und sie für die Beratung wichtig sind.",
                        styles.body,
                    ),
                    styles,
                ),
                Spacer(1, 1 * mm),
                para("Ich habe eine Kopie dieses Blatts bekommen.", styles.small),
                Spacer(1, 3 * mm),
                _signature_table(info, styles),
            ]
        ),
    ]
    meta = DocumentMeta(title=FORM_TITLE, subject=FORM_SUBTITLE, footer_label=FOOTER_LABEL)
    return build_pdf(story, meta)


__all__ = ["LAWS", "ConsentFormInfo", "LawText", "build_consent_form", "law_text", "printable"]
