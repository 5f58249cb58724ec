"""Shared page set-up for every PDF: A4, DIN 5008 margins, embedded fonts, metadata, footer.

Every document is built in memory and returned as bytes; nothing here writes a file.
Canvases are created with ``initialFontName`` set to the embedded font, so no PDF references
the unembedded Helvetica, and in reportlab's invariant mode, so the same input gives the same
bytes (and the file carries no creation time).
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    TableStyle,
)

from mbe_desktop import APP_NAME
from mbe_desktop.documents.fonts import (
    BODY_FONT,
    BOLD_FONT,
    MONO_FONT,
    register_fonts,
)
from mbe_desktop.domain.office import OfficeProfile

PAGE_SIZE: tuple[float, float] = A4
PAGE_WIDTH, PAGE_HEIGHT = PAGE_SIZE
LEFT_MARGIN: float = 25 * mm  # DIN 5008
RIGHT_MARGIN: float = 20 * mm
TOP_MARGIN: float = 17 * mm
BOTTOM_MARGIN: float = 20 * mm  # leaves room for the footer
CONTENT_WIDTH: float = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN
FOOTER_BASELINE: float = 12 * mm

DOCUMENT_LANGUAGE = "de-DE"
CREATOR = APP_NAME

TEXT_COLOR = colors.HexColor("#1a1a1a")
MUTED_COLOR = colors.HexColor("#5a5a5a")
RULE_COLOR = colors.HexColor("#9a9a9a")

FOOTER_FONT_SIZE = 8.0

PageCallback = Callable[[Any, Any], None]
"""``(canvas, doc)``, as platypus calls ``onFirstPage`` / ``onLaterPages``."""


@dataclass(frozen=True)
class DocumentMeta:
    """What goes into the PDF's document information and footer.

    ``title`` and ``subject`` are visible in every PDF viewer's properties and in file
    listings of a print spooler: keep them generic — never a client's name, never a secret.
    """

    title: str
    subject: str = ""
    footer_label: str = ""
    deterministic: bool = True


# --- text --------------------------------------------------------------------------------


def markup(text: str) -> str:
    """Plain text made safe for a reportlab Paragraph: NFC-normalised, ``&<>`` escaped."""
    return escape(unicodedata.normalize("NFC", text))


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain (untrusted) text — no markup is interpreted."""
    return Paragraph(markup(text), style)


@dataclass(frozen=True)
class DocumentStyles:
    body: ParagraphStyle
    body_bold: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    mono: ParagraphStyle
    label: ParagraphStyle


def document_styles() -> DocumentStyles:
    """The house paragraph styles; all in the embedded fonts."""
    register_fonts()
    body = ParagraphStyle(
        "MbeBody",
        fontName=BODY_FONT,
        fontSize=10,
        leading=14,
        textColor=TEXT_COLOR,
        alignment=TA_LEFT,
        spaceAfter=0,
    )
    return DocumentStyles(
        body=body,
        body_bold=ParagraphStyle("MbeBodyBold", parent=body, fontName=BOLD_FONT),
        small=ParagraphStyle(
            "MbeSmall", parent=body, fontSize=8, leading=10.5, textColor=MUTED_COLOR
        ),
        title=ParagraphStyle(
            "MbeTitle", parent=body, fontName=BOLD_FONT, fontSize=20, leading=25, spaceAfter=4
        ),
        heading=ParagraphStyle(
            "MbeHeading",
            parent=body,
            fontName=BOLD_FONT,
            fontSize=12,
            leading=15,
            spaceBefore=8,
            spaceAfter=4,
        ),
        mono=ParagraphStyle("MbeMono", parent=body, fontName=MONO_FONT, fontSize=9.5),
        label=ParagraphStyle("MbeLabel", parent=body, textColor=MUTED_COLOR),
    )


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A TableStyle whose plain-string cells use the embedded font (reportlab's default is
    Helvetica, which would be referenced even for empty cells)."""
    register_fonts()
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),
            ("TEXTCOLOR", (0, 0), (-1, -1), TEXT_COLOR),
            *commands,
        ]
    )


# --- canvas, footer, metadata ------------------------------------------------------------


def draw_footer(canv: Any, page_number: int, page_count: int, label: str = "") -> None:
    """``label`` on the left, ``Seite X von Y`` on the right, below the text area."""
    canv.saveState()
    canv.setFont(BODY_FONT, FOOTER_FONT_SIZE)
    canv.setFillColor(MUTED_COLOR)
    if label:
        canv.drawString(LEFT_MARGIN, FOOTER_BASELINE, unicodedata.normalize("NFC", label))
    canv.drawRightString(
        PAGE_WIDTH - RIGHT_MARGIN, FOOTER_BASELINE, f"Seite {page_number} von {page_count}"
    )
    canv.restoreState()


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """A canvas that holds back its pages until ``save`` so each footer knows the page count."""

    def __init__(self, *args: Any, footer_label: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer_label = footer_label
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        page_count = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            draw_footer(self, number, page_count, self._footer_label)
            super().showPage()
        super().save()


def _canvas_options(meta: DocumentMeta) -> dict[str, Any]:
    return {
        "pagesize": PAGE_SIZE,
        "invariant": 1 if meta.deterministic else 0,
        "pageCompression": 1,
        "initialFontName": BODY_FONT,
        "initialFontSize": 10,
        "lang": DOCUMENT_LANGUAGE,
    }


def _apply_meta(canv: Any, meta: DocumentMeta) -> None:
    canv.setTitle(meta.title)
    canv.setAuthor(APP_NAME)
    canv.setCreator(CREATOR)
    canv.setSubject(meta.subject)


def new_canvas(buffer: BinaryIO, meta: DocumentMeta) -> Any:
    """A numbered A4 canvas writing into ``buffer``, for documents drawn by hand.

    Call ``showPage()`` after each page and ``save()`` once at the end; footers are added then.
    """
    register_fonts()
    canv = NumberedCanvas(buffer, footer_label=meta.footer_label, **_canvas_options(meta))
    _apply_meta(canv, meta)
    return canv


def build_pdf(
    story: Sequence[Flowable],
    meta: DocumentMeta,
    *,
    on_first_page: PageCallback | None = None,
    on_later_pages: PageCallback | None = None,
    top_margin: float = TOP_MARGIN,
) -> bytes:
    """Lay out ``story`` on numbered A4 pages in memory and return the PDF bytes."""
    register_fonts()
    buffer = io.BytesIO()
    options = _canvas_options(meta)
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=top_margin,
        bottomMargin=BOTTOM_MARGIN,
        title=meta.title,
        author=APP_NAME,
        creator=CREATOR,
        subject=meta.subject,
        invariant=options["invariant"],
        pageCompression=options["pageCompression"],
        initialFontName=options["initialFontName"],
        initialFontSize=options["initialFontSize"],
        lang=DOCUMENT_LANGUAGE,
    )

    def frame() -> Frame:
        # No frame padding: text starts exactly at the DIN 5008 margin.
        return Frame(
            LEFT_MARGIN,
            BOTTOM_MARGIN,
            CONTENT_WIDTH,
            PAGE_HEIGHT - top_margin - BOTTOM_MARGIN,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    def no_decoration(canv: Any, doc: Any) -> None:
        return None

    doc.addPageTemplates(
        [
            PageTemplate(
                "First",
                frames=[frame()],
                onPage=on_first_page or no_decoration,
                autoNextPageTemplate="Later",
            ),
            PageTemplate("Later", frames=[frame()], onPage=on_later_pages or no_decoration),
        ]
    )

    def make_canvas(*args: Any, **kwargs: Any) -> NumberedCanvas:
        return NumberedCanvas(*args, footer_label=meta.footer_label, **kwargs)

    doc.build(list(story), canvasmaker=make_canvas)
    return buffer.getvalue()


# --- letterhead --------------------------------------------------------------------------


@dataclass(frozen=True)
class LetterheadLine:
    text: str
    font: str = BODY_FONT
    size: float = 9.0
    muted: bool = False

    @property
    def leading(self) -> float:
        return self.size * 1.35 if self.text else self.size * 0.8


def letterhead_lines(office: OfficeProfile) -> list[LetterheadLine]:
    """The office profile as the lines of a right-aligned letterhead (empty fields left out)."""
    lines: list[LetterheadLine] = []
    if office.provider:
        lines.append(LetterheadLine(office.provider, size=8.0, muted=True))
    for index, text in enumerate(office.address_lines):
        is_name = index == 0 and bool(office.office_name)
        lines.append(
            LetterheadLine(
                text, font=BOLD_FONT if is_name else BODY_FONT, size=10.5 if is_name else 9.0
            )
        )
    contact: list[LetterheadLine] = []
    if office.counsellor_name:
        contact.append(LetterheadLine(office.counsellor_name))
    if office.phone:
        contact.append(LetterheadLine(f"Tel. {office.phone}"))
    if office.email:
        contact.append(LetterheadLine(f"E-Mail: {office.email}"))
    if lines and contact:
        lines.append(LetterheadLine(""))  # a small gap between address and contact
    lines.extend(contact)
    return lines


def letterhead_height(lines: Sequence[LetterheadLine]) -> float:
    return sum(line.leading for line in lines)


def draw_letterhead(canv: Any, office: OfficeProfile, *, right: float, top: float) -> float:
    """Draw the office block right-aligned at ``right``, starting at ``top``; return its height."""
    register_fonts()
    lines = letterhead_lines(office)
    canv.saveState()
    y = top
    for line in lines:
        y -= line.leading
        if not line.text:
            continue
        canv.setFont(line.font, line.size)
        canv.setFillColor(MUTED_COLOR if line.muted else TEXT_COLOR)
        # The baseline sits a little above the bottom of the line box.
        canv.drawRightString(
            right, y + line.leading - line.size, unicodedata.normalize("NFC", line.text)
        )
    canv.restoreState()
    return letterhead_height(lines)


class Letterhead(Flowable):  # type: ignore[misc]
    """The office block as a flowable, right-aligned across the frame width."""

    def __init__(self, office: OfficeProfile) -> None:
        super().__init__()
        self.office = office
        self._height = letterhead_height(letterhead_lines(office))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = self._height
        return avail_width, self._height

    def draw(self) -> None:
        draw_letterhead(self.canv, self.office, right=self.width, top=self.height)
