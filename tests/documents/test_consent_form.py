"""The GDPR consent form: text layer, the office's law, names in any script, rendering."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from mbe_desktop.documents.consent_form import (
    FORM_TITLE,
    ConsentFormInfo,
    build_consent_form,
    printable,
    printed_name,
)
from mbe_desktop.domain.office import OfficeProfile

OFFICE = OfficeProfile(
    counsellor_name="Łukasz Żółć",
    office_name="Migrationsberatung Musterstadt",
    street="Hauptstraße 12",
    postcode="12345",
    city="Musterstadt",
    provider="Diakonisches Werk Musterstadt e. V.",
    phone="0123 456789",
    email="mbe@example.org",
    data_protection_law="dsg_ekd",
)
INFO = ConsentFormInfo(
    office=OFFICE,
    family_name="Шевченко",
    given_names="Олександр",
    name_latin="Shevchenko Oleksandr",
    birth="12.03.1985",
    client_number="2025-0042",
    scope="Beratung und Dokumentation in der MBE",
    consent_date=date(2025, 3, 1),
)


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture(scope="module")
def form() -> bytes:
    return build_consent_form(INFO)


def test_text_layer(form: bytes) -> None:
    text = text_of(form)
    for expected in (
        FORM_TITLE,
        "Migrationsberatung für erwachsene Zugewanderte (MBE)",
        "Migrationsberatung Musterstadt",
        "Diakonisches Werk Musterstadt e. V.",
        "Шевченко, Олександр",
        "Shevchenko Oleksandr",
        "12.03.1985",
        "2025-0042",
        "Beratung und Dokumentation in der MBE",
        "jederzeit widerrufen",
        "Schweigepflichtentbindung",
        "Unterschrift der/des Ratsuchenden",
        "Unterschrift Beraterin/Berater (Łukasz Żółć)",
        "Musterstadt, 01.03.2025",
        "Ort, Datum",
        "Sprachmittlung",
        "DSG-EKD",
        "Art. 91 DSGVO",
        "Seite 1 von 2",
        "Seite 2 von 2",
    ):
        assert expected in text, expected


@pytest.mark.parametrize(
    ("law", "names", "absent"),
    [
        ("gdpr_bdsg", ["Datenschutz-Grundverordnung (DSGVO)", "BDSG", "Art. 6 Abs. 1"], "KDG"),
        ("dsg_ekd", ["DSG-EKD", "Evangelischen Kirche"], "BDSG"),
        ("kdg", ["Gesetz über den Kirchlichen Datenschutz (KDG)", "Caritas"], "DSG-EKD"),
    ],
)
def test_names_the_law_of_the_office(law: str, names: list[str], absent: str) -> None:
    text = text_of(
        build_consent_form(replace(INFO, office=replace(OFFICE, data_protection_law=law)))
    )
    for name in names:
        assert name in text
    assert absent not in text


def test_turkish_and_vietnamese_letters_survive(form: bytes) -> None:
    pdf = build_consent_form(
        replace(INFO, family_name="Yılmaz Öztürk", given_names="Ayşe Nguyễn", name_latin="")
    )
    text = text_of(pdf)
    assert "Yılmaz Öztürk, Ayşe Nguyễn" in text


def test_right_to_left_names_print_in_latin_letters() -> None:
    arabic = replace(INFO, family_name="الحسن", given_names="محمد", name_latin="Mohammad Al-Hassan")
    assert printed_name(arabic) == ("Mohammad Al-Hassan", "")
    assert "Mohammad Al-Hassan" in text_of(build_consent_form(arabic))
    unrecorded = replace(arabic, name_latin="")
    assert printed_name(unrecorded)[0].isascii()
    assert printable("中文") == "ZhongWen"  # no CJK glyphs in the font: never black boxes
    assert printable("Müller") == "Müller"


def test_metadata_is_generic_and_fonts_embedded(form: bytes) -> None:
    reader = PdfReader(io.BytesIO(form))
    assert reader.metadata is not None
    assert reader.metadata.title == FORM_TITLE
    assert "Шевченко" not in repr(dict(reader.metadata))
    assert b"Helvetica" not in form
    assert b"FontFile2" in form


def test_hostile_text_is_printed_as_text() -> None:
    pdf = build_consent_form(
        replace(INFO, scope="<b>fett</b> & </para> 'x'); DROP", given_names="A&B <i>")
    )
    text = text_of(pdf)
    assert "<b>fett</b> & </para> 'x'); DROP" in text
    assert "A&B <i>" in text


def test_first_page_renders_with_ink_in_the_letterhead_and_title(form: bytes) -> None:
    document = pdfium.PdfDocument(form)
    assert len(document) == 2
    bitmap = document[0].render(scale=1)
    image = bitmap.to_pil().convert("L")
    width, height = image.size
    assert abs(width - 595) <= 1 and abs(height - 842) <= 1  # A4 at 72 dpi
    pixels = image.load()
    assert pixels is not None

    def dark_share(left: float, top: float, right: float, bottom: float) -> float:
        box = [
            pixels[x, y]
            for x in range(int(left * width), int(right * width))
            for y in range(int(top * height), int(bottom * height))
        ]
        return sum(1 for value in box if value < 128) / len(box)

    assert dark_share(0.6, 0.05, 0.95, 0.2) > 0.01  # letterhead, top right
    assert dark_share(0.1, 0.22, 0.9, 0.28) > 0.02  # title
    assert dark_share(0, 0.96, 1, 1) == 0  # nothing below the footer line
