"""Shared page helpers: footer numbering, canvases without Helvetica, letterhead, escaping."""

from __future__ import annotations

import io
import os
import subprocess
import sys

from pypdf import PdfReader
from reportlab.platypus import PageBreak

from mbe_desktop.documents.base import (
    LEFT_MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT_MARGIN,
    DocumentMeta,
    Letterhead,
    build_pdf,
    document_styles,
    draw_letterhead,
    letterhead_lines,
    markup,
    new_canvas,
    para,
)
from mbe_desktop.domain.office import OfficeProfile


def texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_footer_counts_pages() -> None:
    styles = document_styles()
    story = [para("Erste Seite", styles.body), PageBreak(), para("Zweite", styles.body)]
    story += [PageBreak(), para("Dritte", styles.body)]
    pdf = build_pdf(story, DocumentMeta(title="Test", footer_label="Testdokument"))
    pages = texts(pdf)
    assert len(pages) == 3
    for number, text in enumerate(pages, start=1):
        assert f"Seite {number} von 3" in text
        assert "Testdokument" in text


def test_hand_drawn_canvas_uses_embedded_font_only() -> None:
    buffer = io.BytesIO()
    canv = new_canvas(buffer, DocumentMeta(title="Test"))
    canv.drawString(LEFT_MARGIN, PAGE_HEIGHT / 2, "Olha Ковальчук")
    canv.showPage()
    canv.save()
    pdf = buffer.getvalue()
    assert b"Helvetica" not in pdf
    (text,) = texts(pdf)
    assert "Olha Ковальчук" in text
    assert "Seite 1 von 1" in text
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None
    assert meta.title == "Test"
    assert meta.creator == "MBE Desktop"


def test_paragraph_text_is_escaped_not_interpreted() -> None:
    assert markup("Müller & Söhne <b>") == "Müller &amp; Söhne &lt;b&gt;"
    styles = document_styles()
    pdf = build_pdf([para("A & B <i>kursiv</i>", styles.body)], DocumentMeta(title="Test"))
    assert "A & B <i>kursiv</i>" in texts(pdf)[0]


def test_letterhead_leaves_out_empty_fields() -> None:
    office = OfficeProfile(counsellor_name="Ayşe Yılmaz", office_name="MBE Nord")
    lines = [line.text for line in letterhead_lines(office)]
    assert lines == ["MBE Nord", "", "Ayşe Yılmaz"]


def test_letterhead_flowable_and_canvas_helper_draw_the_office() -> None:
    office = OfficeProfile(
        counsellor_name="Ayşe Yılmaz",
        office_name="MBE Nord",
        street="Weg 1",
        postcode="20095",
        city="Hamburg",
        phone="040 123",
        email="mbe@example.org",
    )
    pdf = build_pdf([Letterhead(office)], DocumentMeta(title="Brief"))
    text = texts(pdf)[0]
    for value in ("MBE Nord", "Weg 1", "20095 Hamburg", "Ayşe Yılmaz", "Tel. 040 123"):
        assert value in text

    buffer = io.BytesIO()
    canv = new_canvas(buffer, DocumentMeta(title="Brief"))
    height = draw_letterhead(canv, office, right=PAGE_WIDTH - RIGHT_MARGIN, top=PAGE_HEIGHT - 50)
    canv.showPage()
    canv.save()
    assert height > 0
    assert "E-Mail: mbe@example.org" in texts(buffer.getvalue())[0]


def test_documents_import_without_qt_or_sql() -> None:
    code = (
        "import sys\n"
        "for name in ('PySide6', 'shiboken6', 'sqlalchemy', 'sqlcipher3', 'sqlite3'):\n"
        "    sys.modules[name] = None\n"
        "import mbe_desktop.documents.emergency_sheet\n"
        "import mbe_desktop.documents.base\n"
        "import mbe_desktop.documents.fonts\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
