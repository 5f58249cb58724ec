"""The emergency sheet ("Notfallblatt"): the recovery code on paper, with plain instructions.

Printed once at set-up and kept locked away from the laptop. It holds no client data. The PDF
is built in memory; its metadata never contains the recovery code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
    Table,
)

from mbe_desktop import APP_NAME
from mbe_desktop.documents.base import (
    CONTENT_WIDTH,
    RULE_COLOR,
    TEXT_COLOR,
    DocumentMeta,
    DocumentStyles,
    Letterhead,
    build_pdf,
    document_styles,
    markup,
    para,
    table_style,
)
from mbe_desktop.documents.fonts import (
    BODY_FONT,
    BOLD_FONT,
    MONO_BOLD_FONT,
    MONO_FONT,
    unsupported_characters,
)
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.office import OfficeProfile

SHEET_TITLE = f"Notfallblatt – {APP_NAME}"
SHEET_SUBJECT = "Wiederherstellungscode für den verschlüsselten Datenspeicher"
CONFIDENTIAL_NOTE = "VERTRAULICH – getrennt vom Laptop verschlossen aufbewahren"
CODE_HEADING = "Ihr Wiederherstellungscode"
USE_HEADING = "Wofür ist der Code?"
KEEP_HEADING = "So bewahren Sie den Code auf"
RECORD_HEADING = "Aufbewahrung"

WARNING_COLOR = colors.HexColor("#9b1c1c")
CODE_BOX_FILL = colors.HexColor("#f2f2f2")
NOTICE_FILL = colors.HexColor("#fdf3f3")


@dataclass(frozen=True)
class EmergencySheetInfo:
    recovery_code: str  # e.g. "ABCDE-FGHJK-..." (8 groups of 5)
    store_location: str  # folder of the encrypted store
    store_id: str  # short id of the store, so the sheet can be matched to the store
    created_on: date
    office: OfficeProfile | None = None


class CodeBox(Flowable):  # type: ignore[misc]
    """The recovery code on one line, large, in a framed box; shrinks to fit if it must."""

    max_font_size = 20.0
    min_font_size = 9.0
    padding_x = 6 * mm
    padding_y = 4 * mm

    def __init__(self, code: str) -> None:
        super().__init__()
        self.code = code
        self.font_size = self.max_font_size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        unit_width = stringWidth(self.code, MONO_BOLD_FONT, 1.0)
        fitting = (avail_width - 2 * self.padding_x) / unit_width if unit_width else 0.0
        self.font_size = max(self.min_font_size, min(self.max_font_size, fitting))
        self.height = self.font_size + 2 * self.padding_y
        return self.width, self.height

    def draw(self) -> None:
        canv: Any = self.canv
        canv.saveState()
        canv.setFillColor(CODE_BOX_FILL)
        canv.setStrokeColor(TEXT_COLOR)
        canv.setLineWidth(1.5)
        canv.roundRect(0, 0, self.width, self.height, 3 * mm, stroke=1, fill=1)
        canv.setFillColor(colors.black)
        canv.setFont(MONO_BOLD_FONT, self.font_size)
        # DejaVu's capitals and digits are about 0.73 em tall: centre them in the box.
        baseline = (self.height - 0.73 * self.font_size) / 2
        canv.drawCentredString(self.width / 2, baseline, self.code)
        canv.restoreState()


def _check(info: EmergencySheetInfo) -> None:
    if not info.recovery_code.strip():
        raise ValueError("The recovery code is empty.")
    if not info.store_id.strip():
        raise ValueError("The store id is empty.")


def _facts_table(info: EmergencySheetInfo, styles: DocumentStyles) -> Table:
    def _technical(value: str) -> ParagraphStyle:
        # Monospace for ids and paths, unless the mono font lacks a glyph (it has no
        # Vietnamese, e.g. a user folder "Nguyễn"): then the body font, never a black box.
        return styles.mono if not unsupported_characters(value, MONO_FONT) else styles.body

    rows = [
        [para("Erstellt am", styles.label), para(format_date_de(info.created_on), styles.body)],
        [para("Speicher-ID", styles.label), para(info.store_id, _technical(info.store_id))],
        [
            para("Speicherort", styles.label),
            para(info.store_location, _technical(info.store_location)),
        ],
    ]
    table = Table(rows, colWidths=[32 * mm, CONTENT_WIDTH - 32 * mm], hAlign="LEFT")
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        )
    )
    return table


def _bullets(items: list[Paragraph], *, numbered: bool) -> ListFlowable:
    # The bullet font must be set explicitly: ListFlowable's default is Helvetica.
    if numbered:
        return ListFlowable(
            [ListItem(item, leftIndent=16) for item in items],
            bulletType="1",
            start=1,
            bulletFormat="%s.",
            bulletFontName=BOLD_FONT,
            bulletFontSize=10,
            leftIndent=16,
        )
    return ListFlowable(
        [ListItem(item, leftIndent=16) for item in items],
        bulletType="bullet",
        start="•",
        bulletFontName=BODY_FONT,
        bulletFontSize=10,
        leftIndent=16,
    )


def _notice_box(styles: DocumentStyles) -> Table:
    lines = [
        Paragraph("<b>Wer diesen Code und den Laptop hat, kann alle Daten lesen.</b>", styles.body),
        Spacer(1, 3),
        Paragraph(
            "<b>Ohne Passphrase und ohne diesen Code kann niemand die Daten wiederherstellen</b>"
            " – auch nicht die IT-Abteilung oder der Hersteller von MBE Desktop.",
            styles.body,
        ),
    ]
    box = Table([[lines]], colWidths=[CONTENT_WIDTH])
    box.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, -1), NOTICE_FILL),
            ("LINEBEFORE", (0, 0), (0, -1), 3, WARNING_COLOR),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        )
    )
    return box


def _record_table(styles: DocumentStyles) -> Table:
    """Blank lines to fill in by hand: where the sheet is kept, date and signature."""
    gap = 10 * mm
    half = (CONTENT_WIDTH - gap) / 2
    rows = [
        ["", "", ""],
        [para("Aufbewahrungsort dieses Blatts", styles.small), "", ""],
        ["", "", ""],
        [para("Datum", styles.small), "", para("Unterschrift", styles.small)],
    ]
    table = Table(
        rows,
        colWidths=[half, gap, half],
        rowHeights=[9 * mm, None, 10 * mm, None],
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            ("SPAN", (0, 0), (2, 0)),
            ("SPAN", (0, 1), (2, 1)),
            ("LINEBELOW", (0, 0), (2, 0), 0.75, RULE_COLOR),
            ("LINEBELOW", (0, 2), (0, 2), 0.75, RULE_COLOR),
            ("LINEBELOW", (2, 2), (2, 2), 0.75, RULE_COLOR),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        )
    )
    return table


def build_emergency_sheet(info: EmergencySheetInfo) -> bytes:
    """The one-page A4 emergency sheet as PDF bytes (built in memory, no file written)."""
    _check(info)
    styles = document_styles()
    warning = styles.body_bold.clone("MbeWarning", textColor=WARNING_COLOR, fontSize=9)

    story: list[Flowable] = []
    if info.office is not None and Letterhead(info.office).wrap(CONTENT_WIDTH, 0)[1] > 0:
        story += [Letterhead(info.office), Spacer(1, 4 * mm)]
    story += [
        para(CONFIDENTIAL_NOTE, warning),
        Spacer(1, 2 * mm),
        para(SHEET_TITLE, styles.title),
        para(
            "Dieses Blatt enthält den Wiederherstellungscode für Ihren verschlüsselten "
            f"Datenspeicher in {APP_NAME}. Es enthält keine Daten von Ratsuchenden.",
            styles.body,
        ),
        Spacer(1, 3 * mm),
        _facts_table(info, styles),
        KeepTogether(
            [
                para(CODE_HEADING, styles.heading),
                Spacer(1, 1 * mm),
                CodeBox(info.recovery_code),
            ]
        ),
        para(USE_HEADING, styles.heading),
        para(
            "Mit diesem Code öffnen Sie Ihre Daten wieder, wenn Sie Ihre Passphrase "
            "vergessen haben:",
            styles.body,
        ),
        Spacer(1, 2),
        _bullets(
            [
                Paragraph(
                    f"{markup(APP_NAME)} starten und beim Entsperren "
                    "<b>„Wiederherstellungscode verwenden“</b> wählen.",
                    styles.body,
                ),
                para("Den Code von diesem Blatt eingeben.", styles.body),
                Paragraph("Danach <b>sofort eine neue Passphrase festlegen</b>.", styles.body),
            ],
            numbered=True,
        ),
        para(KEEP_HEADING, styles.heading),
        _bullets(
            [
                para(
                    "Dieses Blatt ausdrucken und verschlossen aufbewahren – getrennt vom "
                    "Laptop, z. B. im Tresor oder in einem abschließbaren Schrank.",
                    styles.body,
                ),
                para(
                    "Den Code niemals auf dem Laptop speichern, nicht fotografieren und nicht "
                    "per E-Mail oder Messenger versenden. Keine Kopie als Datei aufheben.",
                    styles.body,
                ),
                para(
                    "Wird ein neuer Wiederherstellungscode erstellt, gilt dieses Blatt nicht "
                    "mehr: dann sicher vernichten (Aktenvernichter).",
                    styles.body,
                ),
            ],
            numbered=False,
        ),
        Spacer(1, 4 * mm),
        _notice_box(styles),
        KeepTogether([para(RECORD_HEADING, styles.heading), _record_table(styles)]),
    ]
    meta = DocumentMeta(
        title=SHEET_TITLE,
        subject=SHEET_SUBJECT,
        footer_label=f"{SHEET_TITLE} · Speicher-ID {info.store_id}",
    )
    return build_pdf(story, meta)


__all__ = ["CodeBox", "EmergencySheetInfo", "build_emergency_sheet"]
