"""The referral letter PDF: DIN 5008 form B geometry, names in every script of the demo data
(text layer and rendering), right-to-left shaping, determinism."""

from __future__ import annotations

import io
import unicodedata
from datetime import date

import pypdf
import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import mm

from mbe_desktop.documents.fonts import (
    ARABIC_FONT,
    bidi_runs,
    rich_markup,
    shape_right_to_left,
    unprintable_characters,
)
from mbe_desktop.documents.referral_letter import (
    ADDRESS_LEFT,
    ADDRESS_TOP,
    ADDRESS_WIDTH,
    INFO_LEFT,
    LetterInfo,
    build_referral_letter,
)
from mbe_desktop.domain.demo_names import SHOWCASE
from mbe_desktop.domain.office import OfficeProfile

OFFICE = OfficeProfile(
    counsellor_name="Test Beraterin",
    office_name="MBE Teststadt",
    street="Testweg 1",
    postcode="99998",
    city="Teststadt",
    provider="Test-Träger e. V.",
    phone="0361 123456",
    email="mbe@test.example",
)
RECIPIENT = ("Jobcenter Musterstadt", "z. Hd. Anna Beispiel", "Arbeitsplatz 1", "99990 Musterstadt")
A4 = (595.28, 841.89)


def letter(name: str, *, paragraphs: tuple[str | None, ...] | None = None) -> bytes:
    return build_referral_letter(
        LetterInfo(
            office=OFFICE,
            recipient=RECIPIENT,
            on=date(2026, 11, 25),
            client_number="2025-0042",
            subject="Weiterleitung: Anmeldung zum Integrationskurs",
            paragraphs=paragraphs
            or (
                "Sehr geehrte Damen und Herren,",
                f"wir begleiten {name} in der Migrationsberatung.",
                None,
            ),
            data=(("Name", name), ("Geburtsdatum", "12.03.1985")),
            signer="Test Beraterin",
        )
    )


def showcase_names() -> list[str]:
    return [f"{given} {family}" for _gender, given, _gl, family, _fl, _origin in SHOWCASE]


@pytest.mark.parametrize("name", showcase_names())
def test_every_demo_name_is_in_the_text_layer(name: str) -> None:
    pdf = letter(name)
    text = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    # Arabic script is drawn as shaped presentation forms: NFKC gives the letters as typed.
    # The name is in the text and in the list of data.
    assert unicodedata.normalize("NFKC", text).count(name) == 2
    assert unprintable_characters(name) == set()
    page = pdfium.PdfDocument(pdf)[0]
    found = unicodedata.normalize("NFKC", page.get_textpage().get_text_range())
    assert name in found or " ".join(reversed(name.split())) in found


def test_the_page_is_a4_with_the_address_field_in_place() -> None:
    pdf = letter("Ayşe Yılmaz")
    document = pdfium.PdfDocument(pdf)
    assert len(document) == 1
    width, height = document[0].get_size()
    assert (round(width, 1), round(height, 1)) == pytest.approx(A4, abs=0.5)
    textpage = document[0].get_textpage()
    text = textpage.get_text_range()

    def box(fragment: str) -> tuple[float, float, float, float]:
        start = text.index(fragment)
        boxes = [textpage.get_charbox(i) for i in range(start, start + len(fragment))]
        return (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )

    field_left, field_right = ADDRESS_LEFT, ADDRESS_LEFT + ADDRESS_WIDTH
    zone_top = height - (ADDRESS_TOP + 17.7 * mm)  # below the notes zone
    zone_bottom = height - (ADDRESS_TOP + 45 * mm)
    for line in RECIPIENT:
        left, bottom, right, top = box(line)
        assert field_left + 5 * mm - 1 <= left and right <= field_right, line
        assert zone_bottom <= bottom and top <= zone_top, line
    # The return line sits in the notes zone, above the recipient.
    left, bottom, _right, top = box("MBE Teststadt · Testweg 1")
    assert height - (ADDRESS_TOP + 17.7 * mm) <= bottom and top <= height - ADDRESS_TOP
    # The information block starts 125 mm from the left and holds the date and our reference.
    for fragment in ("Unser Zeichen", "2025-0042", "25.11.2026"):
        assert abs(box(fragment)[0] - INFO_LEFT) < 1
    # The subject starts below the address field.
    assert box("Weiterleitung: Anmeldung")[3] < zone_bottom


def test_fold_and_punch_marks_are_drawn() -> None:
    image = pdfium.PdfDocument(letter("Olga Müller"))[0].render(scale=2).to_pil().convert("L")
    pixels_per_mm = image.width / 210

    def dark_row(y_mm: float) -> bool:
        y = round(y_mm * pixels_per_mm)
        return any(
            image.getpixel((x, yy)) < 235
            for x in range(round(3.5 * pixels_per_mm), round(7 * pixels_per_mm))
            for yy in (y - 1, y, y + 1)
        )

    assert dark_row(105) and dark_row(210) and dark_row(148.5)
    assert not dark_row(60)


def test_the_same_letter_gives_the_same_bytes() -> None:
    assert letter("Łukasz Żółć") == letter("Łukasz Żółć")


def test_a_long_letter_gets_page_numbers() -> None:
    long = tuple("Ein längerer Absatz mit Text. " * 30 for _ in range(6))
    pdf = letter("Viktor Schäfer", paragraphs=("Sehr geehrte Damen und Herren,", *long))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2
    assert "Seite 1 von" in reader.pages[0].extract_text()
    assert "Unser Zeichen 2025-0042" in reader.pages[1].extract_text()
    assert "Seite 1 von" not in pypdf.PdfReader(io.BytesIO(letter("X"))).pages[0].extract_text()


def test_metadata_never_names_the_client() -> None:
    reader = pypdf.PdfReader(io.BytesIO(letter("Ольга Иванова")))
    metadata = " ".join(str(value) for value in (reader.metadata or {}).values())
    assert "Иванова" not in metadata and "Weiterleitungsschreiben" in metadata


# --- right-to-left text ----------------------------------------------------------------------


def test_bidi_runs_keep_neutral_characters_between_right_to_left_words() -> None:
    assert bidi_runs("Frau مریم رضایی (Maryam), 12") == [
        (False, "Frau "),
        (True, "مریم رضایی"),
        (False, " (Maryam), 12"),
    ]
    assert bidi_runs("Olga") == [(False, "Olga")]


def test_right_to_left_runs_are_shaped_in_visual_order() -> None:
    shaped = shape_right_to_left("محمد الحسن", ARABIC_FONT)
    assert shaped is not None
    # Visual order: the last letter of the last word comes first; joined forms are used.
    assert unicodedata.normalize("NFKC", shaped[::-1]).replace("\u00a0", " ") == "محمد الحسن"
    assert shaped != "محمد الحسن"[::-1]  # presentation forms, not the isolated letters
    assert "\u00a0" in shaped  # one unbreakable unit in a paragraph
    assert 'name="MbeArabic"' in rich_markup("Herr محمد & Co")
    assert "&amp;" in rich_markup("Herr محمد & Co")
    assert 'name="MbeArabic-Bold"' in rich_markup("محمد", "MbeSans-Bold")


def test_unprintable_characters_checks_both_fonts() -> None:
    assert unprintable_characters("فاطمة الأحمد Παπαδοπούλου Nguyễn") == set()
    assert unprintable_characters("小明 محمد") == {"小", "明"}
