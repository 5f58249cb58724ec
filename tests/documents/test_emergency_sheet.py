"""The emergency sheet: text layer, page size, rendering, embedded fonts, metadata."""

from __future__ import annotations

import ctypes
import io
import re
from datetime import date
from typing import Any

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from mbe_desktop.documents.emergency_sheet import (
    EmergencySheetInfo,
    build_emergency_sheet,
)
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.office import OfficeProfile

CODE = "ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2-34567-89ABC-DEFGH"
STORE_ID = "7F3A-91C2"
LOCATION = "/home/beraterin/.local/share/mbe-desktop"
OFFICE = OfficeProfile(
    counsellor_name="Łukasz Żółć",
    office_name="Migrationsberatung Musterstadt",
    street="Hauptstraße 12",
    postcode="12345",
    city="Musterstadt",
    provider="Caritasverband Musterstadt e. V.",
    phone="0123 456789",
    email="mbe@example.org",
)
A4_POINTS = (595.28, 841.89)


def make_info(**changes: Any) -> EmergencySheetInfo:
    values: dict[str, Any] = {
        "recovery_code": CODE,
        "store_location": LOCATION,
        "store_id": STORE_ID,
        "created_on": date(2026, 11, 25),
        "office": OFFICE,
    }
    values.update(changes)
    return EmergencySheetInfo(**values)


@pytest.fixture(scope="module")
def sheet() -> bytes:
    return build_emergency_sheet(make_info())


def page_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_is_a_pdf_built_in_memory(sheet: bytes) -> None:
    assert sheet.startswith(b"%PDF-")
    assert sheet.rstrip().endswith(b"%%EOF")


def test_text_layer_holds_code_store_and_german_headings(sheet: bytes) -> None:
    text = page_text(sheet)
    assert CODE in text
    assert STORE_ID in text
    assert LOCATION in text
    assert "25.11.2026" in text
    for heading in (
        "Notfallblatt – MBE Desktop",
        "Ihr Wiederherstellungscode",
        "Wofür ist der Code?",
        "So bewahren Sie den Code auf",
        "Aufbewahrung",
        "„Wiederherstellungscode verwenden“",
        "sofort eine neue Passphrase festlegen",
        "Seite 1 von 1",
    ):
        assert heading in text, heading


def test_office_profile_is_printed_with_non_latin_letters(sheet: bytes) -> None:
    text = page_text(sheet)
    for value in ("Migrationsberatung Musterstadt", "Łukasz Żółć", "Hauptstraße 12"):
        assert value in text


def test_keeping_and_warning_instructions(sheet: bytes) -> None:
    text = " ".join(page_text(sheet).split())
    assert "getrennt vom Laptop" in text
    assert "E-Mail" in text
    assert "Wer diesen Code und den Laptop hat, kann alle Daten lesen." in text
    assert "auch nicht die IT-Abteilung oder der Hersteller" in text
    assert "Unterschrift" in text
    assert "Datum" in text


def test_one_a4_page(sheet: bytes) -> None:
    document = pdfium.PdfDocument(sheet)
    try:
        assert len(document) == 1
        width, height = document[0].get_size()
        assert width == pytest.approx(A4_POINTS[0], abs=1)
        assert height == pytest.approx(A4_POINTS[1], abs=1)
    finally:
        document.close()


def test_code_is_visibly_printed(sheet: bytes) -> None:
    scale = 2
    document = pdfium.PdfDocument(sheet)
    try:
        page = document[0]
        _, page_height = page.get_size()
        textpage = page.get_textpage()
        found = textpage.search(CODE).get_next()
        assert found is not None, "recovery code not found in the rendered text"
        first, count = found
        left, _, _, top = textpage.get_charbox(first)
        _, bottom, right, _ = textpage.get_charbox(first + count - 1)
        image = page.render(scale=scale).to_pil().convert("L")
    finally:
        document.close()

    box = (
        int(left * scale),
        int((page_height - top) * scale),
        int(right * scale) + 1,
        int((page_height - bottom) * scale) + 1,
    )
    region = image.crop(box)
    dark = sum(region.histogram()[:100])
    total = region.width * region.height
    assert region.width > 300  # large print, not a footnote
    assert 0.05 * total < dark < 0.8 * total
    # The page as a whole is mostly white paper.
    whole_dark = sum(image.histogram()[:100])
    assert whole_dark < 0.2 * image.width * image.height


def fonts_of(pdf: bytes) -> list[Any]:
    reader = PdfReader(io.BytesIO(pdf))
    found: list[Any] = []
    for page in reader.pages:
        resources: Any = page["/Resources"]
        font_dict: Any = resources["/Font"]
        found.extend(font_dict[name].get_object() for name in font_dict)
    return found


def test_all_fonts_are_embedded_and_none_is_helvetica(sheet: bytes) -> None:
    fonts = fonts_of(sheet)
    assert fonts
    for font in fonts:
        base = str(font["/BaseFont"])
        assert "Helvetica" not in base
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, base
    assert b"Helvetica" not in sheet


def test_metadata_is_generic_and_holds_no_secret(sheet: bytes) -> None:
    reader = PdfReader(io.BytesIO(sheet))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Notfallblatt – MBE Desktop"
    assert meta.author == "MBE Desktop"
    assert meta.creator == "MBE Desktop"
    values = " ".join(str(value) for value in meta.values())
    normalised = re.sub(r"[^A-Z0-9]", "", values.upper())
    assert re.sub(r"[^A-Z0-9]", "", CODE) not in normalised
    for group in CODE.split("-"):
        assert group not in values
    assert "Łukasz" not in values
    assert "Musterstadt" not in values


def test_output_is_deterministic(sheet: bytes) -> None:
    assert build_emergency_sheet(make_info()) == sheet


def test_without_office_profile() -> None:
    pdf = build_emergency_sheet(make_info(office=None))
    text = page_text(pdf)
    assert CODE in text
    assert "Notfallblatt – MBE Desktop" in text
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


def test_long_windows_path_still_fits_on_one_page() -> None:
    location = (
        "C:\\Users\\Beraterin Mustermann-Schmidt\\AppData\\Local\\MBE\\mbe-desktop"
        "\\daten\\sehr\\tief\\verschachtelt\\noch\\tiefer\\und\\weiter & <mehr>"
    )
    pdf = build_emergency_sheet(make_info(store_location=location))
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = "".join(page_text(pdf).split())
    assert "".join(location.split()) in text
    assert CODE in text


def test_path_with_vietnamese_letters_is_drawn_in_a_font_that_has_them() -> None:
    location = "C:\\Users\\Nguyễn\\AppData\\Local\\MBE\\mbe-desktop"
    pdf = build_emergency_sheet(make_info(store_location=location))
    assert location in page_text(pdf)
    document = pdfium.PdfDocument(pdf)
    try:
        textpage = document[0].get_textpage()
        found = textpage.search("ễ").get_next()
        assert found is not None
        buffer = ctypes.create_string_buffer(256)
        flags = ctypes.c_int()
        pdfium.raw.FPDFText_GetFontInfo(textpage, found[0], buffer, 256, ctypes.byref(flags))
        font_name = buffer.value.decode()
    finally:
        document.close()
    assert "DejaVuSans" in font_name
    assert "Mono" not in font_name


@pytest.mark.parametrize("field", ["recovery_code", "store_id"])
def test_empty_required_values_are_refused(field: str) -> None:
    with pytest.raises(ValueError):
        build_emergency_sheet(make_info(**{field: "  "}))


def test_german_date_format() -> None:
    assert format_date_de(date(2026, 11, 25)) == "25.11.2026"
    assert format_date_de(date(2027, 1, 5)) == "05.01.2027"
