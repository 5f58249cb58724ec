"""The goal agreement ("Kooperationsvereinbarung"), printed for signature.

The goals agreed in Case Management, each with its steps (who does what by when), in plain
German on the office letterhead, with a signature block for client and counsellor. The type is
larger than in the other documents (body 11 pt, wide leading): many readers read German as a
second language. Built in memory; the PDF metadata never names the client.

Names and free texts go through ``consent_form.printable``: right-to-left or unprintable text
is printed in its Latin form, never as black boxes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    FrameBreak,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from mbe_desktop.documents.base import (
    BOTTOM_MARGIN,
    CONTENT_WIDTH,
    MUTED_COLOR,
    PAGE_HEIGHT,
    RULE_COLOR,
    TOP_MARGIN,
    DocumentMeta,
    DocumentStyles,
    Letterhead,
    build_pdf,
    document_styles,
    markup,
    para,
    table_style,
)
from mbe_desktop.documents.consent_form import ConsentFormInfo, printable, printed_name
from mbe_desktop.documents.fonts import BOLD_FONT
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.office import OfficeProfile

AGREEMENT_TITLE = "Kooperationsvereinbarung"
AGREEMENT_SUBJECT = "Migrationsberatung für erwachsene Zugewanderte (MBE)"
CLIENT_ROLE = "Ratsuchende/r"
COUNSELLOR_ROLE = "Berater/in"
NO_GOALS_TEXT = "Es sind noch keine Ziele vereinbart."
NO_STEPS_TEXT = "Für dieses Ziel sind noch keine Schritte vereinbart."
STEP_HEADERS = ("Schritt", "Wer", "Bis wann", "Stand")

HEADER_FILL = colors.HexColor("#e9ecef")
GOAL_RULE_COLOR = colors.HexColor("#4a4a4a")

# Step table columns: dates and status labels fit on one line; "Wer" is wide enough for long
# German compounds in partner names ("Jugendmigrationsdienst"), which would otherwise be cut
# mid-word; the step text takes the rest.
_WHO_WIDTH = 50 * mm
_DUE_WIDTH = 26.5 * mm
_STATUS_WIDTH = 23 * mm
_STEP_WIDTHS = (
    CONTENT_WIDTH - _WHO_WIDTH - _DUE_WIDTH - _STATUS_WIDTH,
    _WHO_WIDTH,
    _DUE_WIDTH,
    _STATUS_WIDTH,
)
_CELL_PADDING = 5
_FRAME_HEIGHT = PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN


@dataclass(frozen=True)
class AgreementStep:
    text: str
    actor: str  # German label already resolved: "Ratsuchende/r", "Berater/in", a partner's name
    due_on: date | None
    status: str  # German label: "offen", "erledigt", "entfallen"


@dataclass(frozen=True)
class AgreementGoal:
    field: str  # German label of the field of action
    text: str  # the goal in plain words
    indicator: str  # how success will be seen ("" = none)
    target_date: date | None
    steps: tuple[AgreementStep, ...]


@dataclass(frozen=True)
class AgreementInfo:
    office: OfficeProfile
    family_name: str
    given_names: str
    name_latin: str  # "" if none recorded
    client_number: str
    counsellor_name: str
    version_number: int
    created_on: date
    signed_on: date | None  # None: printed for signature; set: a reprint of a signed version
    review_on: date | None
    goals: tuple[AgreementGoal, ...]
    printed_on: date


@dataclass(frozen=True)
class _Styles:
    """The house styles, enlarged for readers of German as a second language."""

    body: ParagraphStyle
    body_bold: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    goal: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    caption: ParagraphStyle
    continued: ParagraphStyle


def _styles(base: DocumentStyles) -> _Styles:
    body = base.body.clone("AgreementBody", fontSize=11, leading=16)
    cell = body.clone("AgreementCell", leading=14.5)
    return _Styles(
        body=body,
        body_bold=body.clone("AgreementBodyBold", fontName=BOLD_FONT),
        title=base.title.clone("AgreementTitle", fontSize=22, leading=27, spaceAfter=2),
        heading=base.heading.clone(
            "AgreementHeading", fontSize=14, leading=18, spaceBefore=12, spaceAfter=5
        ),
        goal=body.clone(
            "AgreementGoal",
            fontName=BOLD_FONT,
            fontSize=13,
            leading=17.5,
            spaceBefore=16,
            spaceAfter=3,
        ),
        cell=cell,
        cell_head=cell.clone("AgreementCellHead", fontName=BOLD_FONT),
        caption=body.clone("AgreementCaption", fontSize=10, leading=13, textColor=MUTED_COLOR),
        continued=body.clone(
            "AgreementContinued", fontName=BOLD_FONT, textColor=MUTED_COLOR, spaceAfter=4
        ),
    )


def _name_lines(info: AgreementInfo) -> tuple[str, str]:
    """The client's name as printed and a second line with the recorded Latin form, or ""."""
    # The consent form's rules, so both documents print a name the same way.
    return printed_name(
        ConsentFormInfo(
            office=info.office,
            family_name=info.family_name,
            given_names=info.given_names,
            name_latin=info.name_latin,
        )
    )


def _counsellor(info: AgreementInfo) -> str:
    return printable(info.counsellor_name or info.office.counsellor_name)


def _labelled(label: str, value: str, style: ParagraphStyle) -> Paragraph:
    """``label: value`` with the label muted, so the value stands out."""
    return Paragraph(
        f'<font color="#{MUTED_COLOR.hexval()[2:]}">{markup(label)}:</font> '
        f"{markup(printable(value))}",
        style,
    )


def _parties(info: AgreementInfo, s: _Styles) -> Table:
    name, latin_line = _name_lines(info)
    client: list[Flowable] = [para(name, s.body_bold)]
    if latin_line:
        client.append(para(latin_line, s.body))
    if info.client_number:
        client.append(para(f"Ratsuchenden-Nr. {printable(info.client_number)}", s.body))
    counsellor: list[Flowable] = [para(_counsellor(info) or "–", s.body_bold)]
    office_name = printable(info.office.office_name)
    if office_name:
        counsellor.append(para(office_name, s.body))
    label_width = 38 * mm
    table = Table(
        [
            [para(CLIENT_ROLE, s.body), client],
            [para(COUNSELLOR_ROLE, s.body), counsellor],
        ],
        colWidths=[label_width, CONTENT_WIDTH - label_width],
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOX", (0, 0), (-1, -1), 0.75, RULE_COLOR),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE_COLOR),
            ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ("RIGHTPADDING", (0, 0), (-1, -1), 7),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        )
    )
    return table


def _step_rows(steps: tuple[AgreementStep, ...], s: _Styles) -> list[list[Flowable]]:
    rows: list[list[Flowable]] = [[para(header, s.cell_head) for header in STEP_HEADERS]]
    for step in steps:
        rows.append(
            [
                para(printable(step.text), s.cell),
                para(printable(step.actor) or "–", s.cell),
                para(format_date_de(step.due_on) if step.due_on else "–", s.cell),
                para(printable(step.status) or "–", s.cell),
            ]
        )
    return rows


class _StepTable(Table):  # type: ignore[misc]
    """A step table that, when split over pages, opens its continuation with a caption.

    Without it a page could start with steps and no hint which goal they belong to.
    """

    continuation: Paragraph | None = None

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(avail_width, avail_height)
        if len(parts) != 2 or self.continuation is None:
            return parts
        head, rest = parts
        # The parts are new tables (built by reportlab as ``self.__class__``): pass it on.
        rest.continuation = self.continuation
        # The caption belongs above the rest, on the next page — not in the leftover space.
        return [head, FrameBreak(), self.continuation, rest]


def _step_table(rows: list[list[Flowable]], continuation: Paragraph | None = None) -> Table:
    # repeatRows: a table continued on the next page keeps its column headings.
    # splitInRow: a step too long for one page is split inside its row instead of failing.
    table = _StepTable(
        rows, colWidths=list(_STEP_WIDTHS), repeatRows=1, splitInRow=1, hAlign="LEFT"
    )
    table.continuation = continuation
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE_COLOR),
            ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        )
    )
    return table


def _goal_intro(number: int, goal: AgreementGoal, s: _Styles) -> list[Flowable]:
    target = format_date_de(goal.target_date) if goal.target_date else "noch nicht festgelegt"
    parts: list[Flowable] = [
        para(f"Ziel {number}: {printable(goal.text)}", s.goal),
        _labelled("Handlungsfeld", goal.field or "–", s.body),
    ]
    if goal.indicator.strip():
        parts.append(
            _labelled("Daran erkennen wir, dass das Ziel erreicht ist", goal.indicator, s.body)
        )
    parts += [_labelled("Zieldatum", target, s.body), Spacer(1, 2.5 * mm)]
    return parts


def _height(flowables: list[Flowable]) -> float:
    return float(sum(flowable.wrap(CONTENT_WIDTH, 10_000)[1] for flowable in flowables))


def _goal(
    number: int, goal: AgreementGoal, s: _Styles, lead: tuple[Paragraph, ...] = ()
) -> list[Flowable]:
    """One goal (after ``lead``, e.g. the section heading); headings never stand alone.

    A goal with many steps may run over a page break (the table repeats its headings), but
    only once ``lead``, the heading, the goal's details and the first step fit on the page: the
    space needed for that start is measured on copies built just for measuring.
    """
    if goal.steps:
        start = [*_goal_intro(number, goal, s), _step_table(_step_rows(goal.steps[:1], s))]
        continuation = para(f"Ziel {number} – Fortsetzung", s.continued)
        body: list[Flowable] = [_step_table(_step_rows(goal.steps, s), continuation)]
    else:
        start = [*_goal_intro(number, goal, s), para(NO_STEPS_TEXT, s.body)]
        body = [para(NO_STEPS_TEXT, s.body)]
    needed = (
        _height([*lead, *start])
        + sum(paragraph.style.spaceBefore + paragraph.style.spaceAfter for paragraph in lead)
        + s.goal.spaceBefore
        + 2 * mm
    )
    # Capped: a start taller than most of a page would only leave an empty page behind.
    return [
        CondPageBreak(min(needed, 0.6 * _FRAME_HEIGHT)),
        *lead,
        *_goal_intro(number, goal, s),
        *body,
    ]


def _place_date(info: AgreementInfo) -> str:
    place = printable(info.office.city)
    when = format_date_de(info.signed_on) if info.signed_on else ""
    # Without a signing date the place is followed by room to write it.
    if place and when:
        return f"{place}, {when}"
    return f"{place}," if place else when


def _signatures(info: AgreementInfo, s: _Styles) -> KeepTogether:
    """Place/date and a signature line for each side; kept whole on one page."""
    gap = 12 * mm
    half = (CONTENT_WIDTH - gap) / 2
    client, _ = _name_lines(info)
    place_date = _place_date(info)
    rows = [
        [para(place_date, s.body), "", para(place_date, s.body)],
        [para("Ort, Datum", s.caption), "", para("Ort, Datum", s.caption)],
        ["", "", ""],
        [para(client, s.body), "", para(_counsellor(info), s.body)],
        [para(CLIENT_ROLE, s.caption), "", para(COUNSELLOR_ROLE, s.caption)],
    ]
    table = Table(
        rows,
        colWidths=[half, gap, half],
        rowHeights=[10 * mm, None, 18 * mm, None, None],
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (0, 0), 0.75, RULE_COLOR),
            ("LINEBELOW", (2, 0), (2, 0), 0.75, RULE_COLOR),
            ("LINEBELOW", (0, 2), (0, 2), 0.75, GOAL_RULE_COLOR),
            ("LINEBELOW", (2, 2), (2, 2), 0.75, GOAL_RULE_COLOR),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("TOPPADDING", (0, 3), (-1, 3), 4),
        )
    )
    return KeepTogether(
        [
            Spacer(1, 6 * mm),
            para("Unterschriften", s.heading),
            para(
                "Wir haben diese Ziele und Schritte gemeinsam besprochen. "
                "Wir sind damit einverstanden.",
                s.body,
            ),
            Spacer(1, 1.5 * mm),
            para("Sie bekommen eine Kopie dieser Vereinbarung.", s.body),
            Spacer(1, 4 * mm),
            table,
        ]
    )


def _version_line(info: AgreementInfo) -> str:
    line = f"Fassung {info.version_number} vom {format_date_de(info.created_on)}"
    if info.signed_on:
        line += f", unterschrieben am {format_date_de(info.signed_on)}"
    return line


def _review_line(info: AgreementInfo) -> str:
    when = format_date_de(info.review_on) if info.review_on else "nach Absprache"
    return f"Nächste gemeinsame Überprüfung: {when}"


def build_agreement(info: AgreementInfo) -> bytes:
    """The goal agreement as PDF bytes (A4, one page per few goals; built in memory)."""
    s = _styles(document_styles())
    story: list[Flowable] = []
    if Letterhead(info.office).wrap(CONTENT_WIDTH, 0)[1] > 0:
        story += [Letterhead(info.office), Spacer(1, 6 * mm)]
    story += [
        para(AGREEMENT_TITLE, s.title),
        para(_version_line(info), s.body),
        Spacer(1, 5 * mm),
        para("Diese Vereinbarung schließen", s.body_bold),
        Spacer(1, 1.5 * mm),
        _parties(info, s),
        KeepTogether(
            [
                para("Worum geht es?", s.heading),
                para(
                    "Wir haben gemeinsam Ziele vereinbart. Hier steht für jedes Ziel, "
                    "wer was bis wann macht.",
                    s.body,
                ),
                Spacer(1, 1.5 * mm),
                para(
                    "Die Vereinbarung ist freiwillig. Wir können sie jederzeit gemeinsam "
                    "überprüfen und ändern.",
                    s.body,
                ),
                Spacer(1, 1.5 * mm),
                para(_review_line(info), s.body_bold),
            ]
        ),
    ]
    goals_heading = para("Unsere Ziele", s.heading)
    if info.goals:
        for number, goal in enumerate(info.goals, start=1):
            story += _goal(number, goal, s, lead=(goals_heading,) if number == 1 else ())
    else:
        story.append(
            KeepTogether(
                [
                    goals_heading,
                    para(NO_GOALS_TEXT, s.body),
                    para("Wir schreiben die Ziele auf, sobald wir sie besprochen haben.", s.body),
                ]
            )
        )
    story.append(_signatures(info, s))

    footer = AGREEMENT_TITLE
    if info.client_number:
        # The client number (never the name) lets loose pages be put back together.
        footer += f" · Nr. {printable(info.client_number)}"
    footer += f" · Fassung {info.version_number} · gedruckt am {format_date_de(info.printed_on)}"
    meta = DocumentMeta(title=AGREEMENT_TITLE, subject=AGREEMENT_SUBJECT, footer_label=footer)
    return build_pdf(story, meta)


__all__ = [
    "AGREEMENT_TITLE",
    "AgreementGoal",
    "AgreementInfo",
    "AgreementStep",
    "build_agreement",
]
