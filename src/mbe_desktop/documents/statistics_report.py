"""The human-readable summary of a statistics export (PDF): the same tables as the CSV files.

Only what the export contains appears here: the office (name and code, never the counsellor),
the period, the threshold and the published (perturbed) tables with withheld cells marked "•".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from mbe_desktop.documents.base import (
    CONTENT_WIDTH,
    RULE_COLOR,
    DocumentMeta,
    build_pdf,
    document_styles,
    para,
    table_style,
)
from mbe_desktop.documents.fonts import BOLD_FONT
from mbe_desktop.domain.formatting import WITHHELD_MARK, format_count, format_date_de
from mbe_desktop.domain.periods import Period
from mbe_desktop.domain.statistics import PublishedTable

__all__ = ["WITHHELD_MARK", "ReportHeader", "format_count", "statistics_report_pdf"]

REPORT_TITLE = "Statistik der Migrationsberatung (MBE)"
REPORT_SUBJECT = "Anonymisierte, zusammengefasste Zahlen für den Träger"
HEADER_FILL = colors.HexColor("#eef2f7")
TOTAL_FILL = colors.HexColor("#f5f5f5")


@dataclass(frozen=True)
class ReportHeader:
    office_name: str
    office_code: str
    period: Period
    created_on: date
    threshold: int
    app_version: str
    format_version: str
    correction: int = 0  # 1, 2: a correction replacing the earlier publication


def _column_widths(label_width: float, count: int) -> list[float]:
    rest = (CONTENT_WIDTH - label_width) / max(count, 1)
    return [label_width, *([min(rest, 24 * mm)] * count)]


def _table(table: PublishedTable) -> Table:
    styles = document_styles()
    has_row_totals = table.row_totals is not None
    header = ["", *(label for _, label in table.columns)]
    if has_row_totals:
        header.append("Insgesamt")
    if len(table.columns) == 1 and not has_row_totals:
        header[1] = "Anzahl"
    right = ParagraphStyle("MbeStatHeader", parent=styles.small, alignment=TA_RIGHT)
    data: list[list[object]] = [
        [para(text, styles.small if index == 0 else right) for index, text in enumerate(header)]
    ]
    for index, (_code, label) in enumerate(table.rows):
        values = list(table.cells[index])
        if has_row_totals and table.row_totals is not None:
            values.append(table.row_totals[index])
        if all(value is None or value == 0 for value in values):
            continue  # such rows stay in the CSV files; here they only lengthen the page
        data.append([para(label, styles.body), *(format_count(v) for v in values)])
    if len(data) == 1:
        data.append([para("keine Fälle im Zeitraum", styles.small), *([""] * (len(header) - 1))])
    has_totals_row = table.column_totals is not None
    if table.column_totals is not None:
        totals: list[int | None] = list(table.column_totals)
        if has_row_totals:
            totals.append(table.total)
        data.append([para("Insgesamt", styles.body_bold), *(format_count(v) for v in totals)])
    label_width = 50 * mm if len(header) > 4 else 80 * mm
    result = Table(
        data, colWidths=_column_widths(label_width, len(header) - 1), repeatRows=1, hAlign="LEFT"
    )
    commands: list[tuple[object, ...]] = [
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        # Right-aligned counts need little room on the left: six columns of 19 mm then fit a
        # header such as "unbekannt" without breaking it inside the word.
        ("LEFTPADDING", (1, 0), (-1, -1), 3),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTSIZE", (1, 1), (-1, -1), 9.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE_COLOR),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#dddddd")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if has_totals_row:
        commands += [
            ("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL),
            ("FONTNAME", (1, -1), (-1, -1), BOLD_FONT),
            ("LINEABOVE", (0, -1), (-1, -1), 0.6, RULE_COLOR),
        ]
    if has_row_totals:
        commands.append(("FONTNAME", (-1, 1), (-1, -1), BOLD_FONT))
    result.setStyle(table_style(*commands))
    return result


def statistics_report_pdf(header: ReportHeader, tables: Sequence[PublishedTable]) -> bytes:
    styles = document_styles()
    story: list[Flowable] = [
        para(REPORT_TITLE, styles.title),
        para(header.period.label, styles.heading),
        Spacer(1, 2 * mm),
    ]
    facts = [
        ("Beratungsstelle", header.office_name or "–"),
        ("Kennung der Beratungsstelle", header.office_code or "– (nicht eingetragen)"),
        (
            "Zeitraum",
            f"{format_date_de(header.period.start)} bis {format_date_de(header.period.end)}",
        ),
        ("Erstellt am", format_date_de(header.created_on)),
        ("Schwelle für kleine Zahlen", str(header.threshold)),
        (
            "Veröffentlichung",
            f"Berichtigung Nr. {header.correction}: ersetzt die frühere Veröffentlichung"
            if header.correction
            else "erste Veröffentlichung dieses Zeitraums",
        ),
        (
            "Format",
            f"mbe-desktop-statistics {header.format_version}, MBE Desktop {header.app_version}",
        ),
    ]
    info = Table(
        [[para(label, styles.label), para(value, styles.body)] for label, value in facts],
        colWidths=[55 * mm, CONTENT_WIDTH - 55 * mm],
    )
    info.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        )
    )
    story += [
        info,
        Spacer(1, 4 * mm),
        para(
            "Diese Zusammenfassung enthält dieselben Tabellen wie die CSV-Dateien und "
            "tables.json im Export. Alle Zahlen sind Anzahlen in zusammengefassten Tabellen; "
            "der Export enthält keine Namen, Aktennummern, Kennungen, Freitexte oder Daten, "
            "die genauer sind als der Zeitraum.",
            styles.body,
        ),
        Spacer(1, 2 * mm),
        para(
            f"{WITHHELD_MARK} = Wert zurückgehalten: Anzahlen unter {header.threshold} – auch "
            "0 – werden nicht veröffentlicht, ebenso Werte, mit denen sich zusammen mit anderen "
            "Tabellen oder Zeiträumen eine kleine Zahl eingrenzen ließe. Alle anderen Zahlen "
            "sind leicht verrauscht (Zellschlüsselverfahren: um höchstens 3, im Mittel "
            "unverfälscht); Summen sind die Summen der veröffentlichten Werte. Zeilen nur mit "
            "zurückgehaltenen Werten sind hier ausgelassen (sie stehen in den CSV-Dateien).",
            styles.small,
        ),
    ]
    for table in tables:
        block: list[Flowable] = [
            para(table.spec.title, styles.heading),
            para(table.spec.counting, styles.small),
            Spacer(1, 1.5 * mm),
            _table(table),
        ]
        story += [CondPageBreak(45 * mm), KeepTogether(block[:3]), block[3], Spacer(1, 2 * mm)]
    meta = DocumentMeta(
        title=REPORT_TITLE,
        subject=REPORT_SUBJECT,
        footer_label=f"Statistik {header.period.label}",
    )
    return build_pdf(story, meta)
