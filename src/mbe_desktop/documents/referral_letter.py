"""The referral letter (Weiterleitungsschreiben): a German business letter, DIN 5008 form B.

Page geometry (millimetres from the top-left corner of the A4 sheet):

* letterhead in the top 45 mm (office name, provider);
* address field 85 × 45 mm at 20 mm from the left and 45 mm from the top, for a DL window
  envelope: a 17.7 mm notes zone whose last line is the return-address line, then a 27.3 mm
  address zone (text starts 5 mm in, at the 25 mm left margin);
* information block 125 mm from the left, 50 mm from the top (our reference = client number,
  contact, phone, e-mail, date last);
* subject and text from below the address field, left margin 25 mm, right margin 20 mm;
* fold marks at 105 and 210 mm, punch mark at 148.5 mm, on the left edge.

Every text goes through ``fonts.rich_markup``: names in Arabic script are shaped and printed
right to left. Built in memory (invariant mode: the same input gives the same bytes, so the
SHA-256 recorded for a disclosure can be recomputed); the PDF metadata never names the client.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from mbe_desktop import APP_NAME
from mbe_desktop.documents.base import (
    CONTENT_WIDTH,
    CREATOR,
    DOCUMENT_LANGUAGE,
    FOOTER_BASELINE,
    FOOTER_FONT_SIZE,
    LEFT_MARGIN,
    MUTED_COLOR,
    PAGE_HEIGHT,
    PAGE_SIZE,
    PAGE_WIDTH,
    RIGHT_MARGIN,
    RULE_COLOR,
    TEXT_COLOR,
)
from mbe_desktop.documents.fonts import BODY_FONT, BOLD_FONT, register_font, rich_markup
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.office import OfficeProfile

LETTER_TITLE = "Weiterleitungsschreiben"
LETTER_SUBJECT = "Migrationsberatung für erwachsene Zugewanderte (MBE)"

# DIN 5008 form B, in points from the top of the page.
ADDRESS_LEFT = 20 * mm
ADDRESS_TOP = 45 * mm
ADDRESS_WIDTH = 85 * mm
ADDRESS_HEIGHT = 45 * mm
NOTES_ZONE = 17.7 * mm
INFO_LEFT = 125 * mm
INFO_TOP = 50 * mm
INFO_WIDTH = PAGE_WIDTH - RIGHT_MARGIN - INFO_LEFT
TEXT_TOP = 98.46 * mm  # two empty lines below the address field
FOLD_MARKS = (105 * mm, 210 * mm)
PUNCH_MARK = 148.5 * mm
LATER_TOP = 20 * mm
BOTTOM = 20 * mm
MAX_ADDRESS_LINES = 6
MIN_RETURN_SIZE = 5.5


@dataclass(frozen=True)
class LetterInfo:
    office: OfficeProfile
    recipient: tuple[str, ...]  # address lines: organisation, "z. Hd. …", street, city
    on: date
    client_number: str
    subject: str
    # Paragraphs of the text as filled from the template (the first is the salutation);
    # None marks where the list of disclosed data goes.
    paragraphs: tuple[str | None, ...]
    data: tuple[tuple[str, str], ...]  # (label, value) of every disclosed item, name first
    signer: str  # the counsellor


def _top(offset: float) -> float:
    """A y coordinate (reportlab counts from the bottom) ``offset`` below the top edge."""
    return PAGE_HEIGHT - offset


@dataclass(frozen=True)
class _Styles:
    body: ParagraphStyle
    subject: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    address: ParagraphStyle
    return_line: ParagraphStyle
    info_label: ParagraphStyle
    info_value: ParagraphStyle
    office: ParagraphStyle
    provider: ParagraphStyle


def _styles() -> _Styles:
    # Own styles rather than base.document_styles(): that registers every font file.
    body = ParagraphStyle(
        "LetterBody",
        fontName=BODY_FONT,
        fontSize=10.5,
        leading=14.5,
        textColor=TEXT_COLOR,
        alignment=TA_LEFT,
    )
    return _Styles(
        body=body,
        subject=ParagraphStyle("LetterSubject", parent=body, fontName=BOLD_FONT),
        label=ParagraphStyle("LetterLabel", parent=body, fontSize=9.5, textColor=MUTED_COLOR),
        value=ParagraphStyle("LetterValue", parent=body, fontSize=10),
        address=ParagraphStyle("LetterAddress", parent=body, fontSize=10, leading=12.5),
        return_line=ParagraphStyle(
            "LetterReturn", parent=body, fontSize=7, leading=8.5, textColor=MUTED_COLOR
        ),
        info_label=ParagraphStyle(
            "LetterInfoLabel", parent=body, fontSize=8, leading=10, textColor=MUTED_COLOR
        ),
        info_value=ParagraphStyle("LetterInfoValue", parent=body, fontSize=9, leading=11.5),
        office=ParagraphStyle(
            "LetterOffice", parent=body, fontName=BOLD_FONT, fontSize=14, leading=17
        ),
        provider=ParagraphStyle(
            "LetterProvider", parent=body, fontSize=9, leading=11, textColor=MUTED_COLOR
        ),
    )


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(rich_markup(text, style.fontName), style)


def _draw_at(canv: Any, flowable: Flowable, x: float, top: float, width: float) -> float:
    """Draw ``flowable`` with its top edge ``top`` below the page top; return its height."""
    _w, height = flowable.wrap(width, PAGE_HEIGHT)
    flowable.drawOn(canv, x, _top(top) - height)
    return float(height)


def return_address(office: OfficeProfile) -> str:
    """The one-line sender above the recipient, as a window envelope shows it."""
    city = " ".join(part for part in (office.postcode, office.city) if part)
    return " · ".join(part for part in (office.office_name, office.street, city) if part)


def info_rows(info: LetterInfo) -> list[tuple[str, str]]:
    rows = [("Unser Zeichen", info.client_number)]
    if info.signer:
        rows.append(("Ihre Ansprechperson", info.signer))
    if info.office.phone:
        rows.append(("Telefon", info.office.phone))
    if info.office.email:
        rows.append(("E-Mail", info.office.email))
    rows.append(("Datum", format_date_de(info.on)))
    return rows


def _info_block(canv: Any, info: LetterInfo, styles: _Styles) -> float:
    """The information block; returns its bottom edge (from the top)."""
    top: float = INFO_TOP
    for label, value in info_rows(info):
        top += _draw_at(canv, _para(label, styles.info_label), INFO_LEFT, top, INFO_WIDTH)
        top += _draw_at(canv, _para(value, styles.info_value), INFO_LEFT, top, INFO_WIDTH)
        top += 1.2 * mm
    return top


def _marks(canv: Any) -> None:
    canv.saveState()
    canv.setStrokeColor(RULE_COLOR)
    canv.setLineWidth(0.5)
    for offset in FOLD_MARKS:
        canv.line(3 * mm, _top(offset), 8 * mm, _top(offset))
    canv.line(3 * mm, _top(PUNCH_MARK), 10 * mm, _top(PUNCH_MARK))
    canv.restoreState()


def _first_page(info: LetterInfo, styles: _Styles) -> Any:
    def draw(canv: Any, _doc: Any) -> None:
        canv.saveState()
        # Letterhead: office and provider, left-aligned with the text.
        top = 14 * mm
        if info.office.office_name:
            top += _draw_at(
                canv, _para(info.office.office_name, styles.office), LEFT_MARGIN, top, 120 * mm
            )
        if info.office.provider:
            _draw_at(canv, _para(info.office.provider, styles.provider), LEFT_MARGIN, top, 120 * mm)
        # Address field: return line at the bottom of the notes zone, then the recipient.
        sender = return_address(info.office)
        if sender:
            # One line in the notes zone: a long sender gets a smaller font, not two lines.
            room = ADDRESS_WIDTH - 5 * mm
            size = styles.return_line.fontSize
            width = stringWidth(sender, BODY_FONT, size)
            if width > room:
                size = max(MIN_RETURN_SIZE, size * room / width)
            style = ParagraphStyle("LetterReturnFit", parent=styles.return_line, fontSize=size)
            line = _para(sender, style)
            line.wrap(room, ADDRESS_HEIGHT)
            bottom = ADDRESS_TOP + NOTES_ZONE - 1.5 * mm
            line.drawOn(canv, LEFT_MARGIN, _top(bottom))
            canv.setStrokeColor(RULE_COLOR)
            canv.setLineWidth(0.3)
            used = min(room, stringWidth(sender, BODY_FONT, size))
            canv.line(LEFT_MARGIN, _top(bottom) - 0.8, LEFT_MARGIN + used, _top(bottom) - 0.8)
        top = ADDRESS_TOP + NOTES_ZONE + 1 * mm
        for text in info.recipient[:MAX_ADDRESS_LINES]:
            top += _draw_at(
                canv, _para(text, styles.address), LEFT_MARGIN, top, ADDRESS_WIDTH - 5 * mm
            )
        _info_block(canv, info, styles)
        _marks(canv)
        canv.restoreState()

    return draw


def _later_pages(info: LetterInfo) -> Any:
    def draw(canv: Any, _doc: Any) -> None:
        canv.saveState()
        canv.setFont(BODY_FONT, 8)
        canv.setFillColor(MUTED_COLOR)
        canv.drawString(
            LEFT_MARGIN,
            _top(12 * mm),
            f"Unser Zeichen {info.client_number} · Schreiben vom {format_date_de(info.on)}",
        )
        _marks(canv)
        canv.restoreState()

    return draw


class _LetterCanvas(Canvas):  # type: ignore[misc]
    """Holds back pages until ``save`` so that "Seite X von Y" appears on letters with more
    than one page (a one-page letter carries no page number)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        count = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            if count > 1:
                self.saveState()
                self.setFont(BODY_FONT, FOOTER_FONT_SIZE)
                self.setFillColor(MUTED_COLOR)
                self.drawRightString(
                    PAGE_WIDTH - RIGHT_MARGIN, FOOTER_BASELINE, f"Seite {number} von {count}"
                )
                self.restoreState()
            super().showPage()
        super().save()


def _data_table(info: LetterInfo, styles: _Styles) -> Table:
    rows = [[_para(label, styles.label), _para(value, styles.value)] for label, value in info.data]
    table = Table(rows, colWidths=[50 * mm, CONTENT_WIDTH - 50 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBEFORE", (0, 0), (0, -1), 1.2, RULE_COLOR),
                ("LEFTPADDING", (0, 0), (0, -1), 8),
                ("LEFTPADDING", (1, 0), (1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    # Single line breaks inside a paragraph are kept (e.g. an address in the text).
    return Paragraph(
        "<br/>".join(rich_markup(line, style.fontName) for line in text.split("\n")), style
    )


def build_referral_letter(info: LetterInfo) -> bytes:
    """The letter as PDF bytes (A4, usually one page)."""
    register_font(BODY_FONT, BOLD_FONT)  # the Arabic faces register when a text needs them
    styles = _styles()
    story: list[Flowable] = [_para(info.subject, styles.subject), Spacer(1, 8 * mm)]
    paragraphs = list(info.paragraphs)
    if None not in paragraphs and info.data:
        paragraphs.append(None)
    for paragraph in paragraphs:
        if paragraph is None:
            story += [_data_table(info, styles), Spacer(1, 4 * mm)]
        elif paragraph.strip():
            story += [_paragraph(paragraph, styles.body), Spacer(1, 4 * mm)]
    closing: list[Flowable] = [
        _para("Mit freundlichen Grüßen", styles.body),
        Spacer(1, 16 * mm),
    ]
    if info.signer:
        closing.append(_para(info.signer, styles.body))
    if info.office.office_name:
        closing.append(_para(info.office.office_name, styles.label))
    story.append(KeepTogether(closing))

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=LATER_TOP,
        bottomMargin=BOTTOM,
        title=LETTER_TITLE,
        author=APP_NAME,
        creator=CREATOR,
        subject=LETTER_SUBJECT,
        invariant=1,
        pageCompression=1,
        initialFontName=BODY_FONT,
        initialFontSize=10,
        lang=DOCUMENT_LANGUAGE,
    )

    def frame(top: float) -> Frame:
        return Frame(
            LEFT_MARGIN,
            BOTTOM,
            CONTENT_WIDTH,
            PAGE_HEIGHT - top - BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    doc.addPageTemplates(
        [
            PageTemplate(
                "First",
                frames=[frame(TEXT_TOP)],
                onPage=_first_page(info, styles),
                autoNextPageTemplate="Later",
            ),
            PageTemplate("Later", frames=[frame(LATER_TOP)], onPage=_later_pages(info)),
        ]
    )
    doc.build(story, canvasmaker=_LetterCanvas)
    return buffer.getvalue()


__all__ = [
    "ADDRESS_HEIGHT",
    "ADDRESS_LEFT",
    "ADDRESS_TOP",
    "ADDRESS_WIDTH",
    "FOLD_MARKS",
    "INFO_LEFT",
    "INFO_TOP",
    "LETTER_TITLE",
    "PUNCH_MARK",
    "LetterInfo",
    "build_referral_letter",
    "return_address",
]
