"""The goal agreement PDF: text layer, names in any script, pages, signature block, rendering."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from mbe_desktop.documents.agreement import (
    AGREEMENT_TITLE,
    AgreementGoal,
    AgreementInfo,
    AgreementStep,
    build_agreement,
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
)
GOALS = (
    AgreementGoal(
        field="Anerkennung von Abschlüssen",
        text="Frau Kovalenko lässt ihren Abschluss als Krankenschwester anerkennen.",
        indicator="Der Bescheid über die Anerkennung liegt vor.",
        target_date=date(2025, 12, 31),
        steps=(
            AgreementStep(
                "Zeugnisse übersetzen lassen (beglaubigt)",
                "Ratsuchende/r",
                date(2025, 4, 15),
                "offen",
            ),
            AgreementStep(
                "Termin bei der Anerkennungsberatung vereinbaren",
                "Berater/in",
                date(2025, 4, 30),
                "erledigt",
            ),
            AgreementStep(
                "Antrag beim Landesamt stellen, mit allen Unterlagen und dem Lebenslauf",
                "Jugendmigrationsdienst Musterstadt",
                None,
                "entfallen",
            ),
        ),
    ),
    AgreementGoal(
        field="Sprache und Integrationskurs",
        text="Deutsch auf Niveau B1 sprechen",
        indicator="",
        target_date=None,
        steps=(),
    ),
)
INFO = AgreementInfo(
    office=OFFICE,
    family_name="Коваленко",
    given_names="Олена",
    name_latin="Kovalenko Olena",
    client_number="2025-0042",
    counsellor_name="Łukasz Żółć",
    version_number=2,
    created_on=date(2025, 3, 1),
    signed_on=None,
    review_on=date(2025, 6, 1),
    goals=GOALS,
    printed_on=date(2025, 3, 10),
)


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """Whitespace collapsed: wrapped lines come out of pypdf with line breaks."""
    return " ".join(text.split())


def text_of(pdf: bytes) -> str:
    return flat("\n".join(page_texts(pdf)))


@pytest.fixture(scope="module")
def agreement() -> bytes:
    return build_agreement(INFO)


def many_goals() -> tuple[AgreementGoal, ...]:
    long = "mit einem langen Text, der in der Zelle umbrechen muss, damit alles lesbar bleibt"
    return tuple(
        AgreementGoal(
            field="Arbeit und Beruf",
            text=f"Ziel Nummer {g}: eine feste Arbeitsstelle finden, {long}",
            indicator=f"Indikator {g}: ein unterschriebener Arbeitsvertrag liegt vor",
            target_date=date(2026, 1, g),
            steps=tuple(
                AgreementStep(
                    f"Schritt {g}.{s} {long}",
                    "Jobcenter Musterstadt, Team Integration",
                    date(2025, 6, s),
                    "offen",
                )
                for s in range(1, 5)
            ),
        )
        for g in range(1, 13)
    )


def test_text_layer_holds_goals_steps_names_and_dates(agreement: bytes) -> None:
    text = text_of(agreement)
    for expected in (
        AGREEMENT_TITLE,
        "Fassung 2 vom 01.03.2025",
        "Migrationsberatung Musterstadt",
        "Коваленко, Олена",
        "Kovalenko Olena",
        "2025-0042",
        "Łukasz Żółć",
        "freiwillig",
        "01.06.2025",
        "Seite 1 von",
        "Schritt",
        "Wer",
        "Bis wann",
        "Stand",
        "Ziel 1: Frau Kovalenko",
        "Handlungsfeld: Anerkennung von Abschlüssen",
        "Daran erkennen wir, dass das Ziel erreicht ist: Der Bescheid über die Anerkennung",
        "Zieldatum: 31.12.2025",
        "15.04.2025",
        "erledigt",
        "entfallen",
        "Jugendmigrationsdienst",  # a long compound in the "Wer" column is not cut
        "Für dieses Ziel sind noch keine Schritte vereinbart.",
        "gedruckt am 10.03.2025",
        "Ort, Datum",
    ):
        assert expected in text, expected
    for goal in GOALS:
        assert flat(goal.text) in text
        if goal.indicator:
            assert flat(goal.indicator) in text
        for step in goal.steps:
            assert flat(step.text) in text
    assert "unterschrieben am" not in text


def test_greek_names_print_exactly() -> None:
    greek = replace(INFO, family_name="Παπαδοπούλου", given_names="Ελένη", name_latin="")
    text = text_of(build_agreement(greek))
    assert "Παπαδοπούλου, Ελένη" in text
    assert "2025-0042" in text


def test_review_without_date_is_by_arrangement() -> None:
    text = text_of(build_agreement(replace(INFO, review_on=None)))
    assert "Nächste gemeinsame Überprüfung: nach Absprache" in text
    assert "01.06.2025" not in text


def test_arabic_name_prints_its_latin_form() -> None:
    arabic = replace(INFO, family_name="الحسن", given_names="محمد", name_latin="Mohammad Al-Hassan")
    pdf = build_agreement(arabic)
    text = text_of(pdf)
    assert "Mohammad Al-Hassan" in text
    assert "الحسن" not in text and "محمد" not in text
    # Never an unshaped Arabic glyph (drawn as a box or in isolated forms) anywhere.
    assert not re.search("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]", text)


def test_signed_reprint_shows_the_signing_date(agreement: bytes) -> None:
    signed = text_of(build_agreement(replace(INFO, signed_on=date(2025, 3, 5))))
    assert "Fassung 2 vom 01.03.2025, unterschrieben am 05.03.2025" in signed
    assert "Musterstadt, 05.03.2025" in signed  # the place/date line is filled in
    assert "unterschrieben am" not in text_of(agreement)


def test_metadata_names_nobody(agreement: bytes) -> None:
    reader = PdfReader(io.BytesIO(agreement))
    assert reader.metadata is not None
    assert reader.metadata.title == AGREEMENT_TITLE
    everything = repr(dict(reader.metadata))
    for name in ("Коваленко", "Олена", "Kovalenko", "Olena", "2025-0042"):
        assert name not in everything
    assert b"Helvetica" not in agreement
    assert b"FontFile2" in agreement


def test_hostile_text_is_printed_as_text() -> None:
    goal = replace(GOALS[0], text="<b>fett</b> & </para> 'x'", steps=(GOALS[0].steps[0],))
    text = text_of(build_agreement(replace(INFO, goals=(goal,))))
    assert "<b>fett</b> & </para> 'x'" in text


def test_no_goals_still_gives_a_valid_pdf() -> None:
    pdf = build_agreement(replace(INFO, goals=()))
    assert pdf.startswith(b"%PDF-")
    text = text_of(pdf)
    assert "Es sind noch keine Ziele vereinbart." in text
    assert "Ziel 1" not in text
    assert "Ort, Datum" in text
    assert len(pdfium.PdfDocument(pdf)) == 1


def test_many_goals_run_over_numbered_pages_with_the_signatures_whole_at_the_end() -> None:
    pdf = build_agreement(replace(INFO, goals=many_goals()))
    pages = page_texts(pdf)
    count = len(pages)
    assert count >= 4
    for number, page in enumerate(pages, start=1):
        assert f"Seite {number} von {count}" in page
    last = flat(pages[-1])
    for label in ("Unterschriften", "Ort, Datum", "Ratsuchende/r", "Berater/in"):
        assert label in last
    assert last.index("Unterschriften") < last.index("Ort, Datum")
    assert last.index("Ort, Datum") < last.rindex("Коваленко, Олена") < last.rindex("Berater/in")
    for page in pages[:-1]:
        assert "Ort, Datum" not in page and "Unterschriften" not in page
    text = text_of(pdf)
    for goal in many_goals():
        assert flat(goal.text) in text
        assert flat(goal.indicator) in text
        for step in goal.steps:
            assert flat(step.text) in text


def test_the_signature_block_is_never_split() -> None:
    # Different lengths move the end of the goals across the page; the block must move whole.
    goals = many_goals()
    for count in range(6, 13):
        for steps in (1, 2):
            shorter = (
                *goals[: count - 1],
                replace(goals[count - 1], steps=goals[count - 1].steps[:steps]),
            )
            pages = page_texts(build_agreement(replace(INFO, goals=shorter)))
            last = flat(pages[-1])
            assert "Unterschriften" in last and "Ort, Datum" in last, (count, steps)
            assert last.rindex("Berater/in") > last.index("Ort, Datum"), (count, steps)
            assert not any("Unterschriften" in page for page in pages[:-1]), (count, steps)


def test_a_goal_heading_stays_with_its_first_step_and_continuations_are_labelled() -> None:
    pages = [flat(page) for page in page_texts(build_agreement(replace(INFO, goals=many_goals())))]
    continued = 0
    for page in pages:
        for match in re.finditer(r"Ziel (\d+): Ziel Nummer", page):
            assert f"Schritt {match.group(1)}.1 " in page  # the heading never stands alone
        for match in re.finditer(r"Ziel (\d+) – Fortsetzung", page):
            continued += 1
            # The caption opens the page, above the repeated column headings and the steps.
            assert page.startswith(match.group(0))
            assert f"Schritt {match.group(1)}." in page
    assert continued > 0


def test_pages_render_as_a4_with_ink_in_letterhead_and_body(agreement: bytes) -> None:
    document = pdfium.PdfDocument(agreement)
    assert len(document) >= 1
    for index in range(len(document)):
        width, height = document[index].get_size()
        assert abs(width - 595) <= 1 and abs(height - 842) <= 1  # A4 in points
    image = document[0].render(scale=1).to_pil().convert("L")
    pixels = image.load()
    assert pixels is not None
    w, h = image.size

    def dark_share(left: float, top: float, right: float, bottom: float) -> float:
        box = [
            pixels[x, y]
            for x in range(int(left * w), int(right * w))
            for y in range(int(top * h), int(bottom * h))
        ]
        return sum(1 for value in box if value < 128) / len(box)

    assert dark_share(0.6, 0.05, 0.95, 0.2) > 0.01  # letterhead, top right
    assert dark_share(0.1, 0.3, 0.9, 0.8) > 0.02  # body: parties, intro, first goal
    assert dark_share(0, 0.97, 1, 1) == 0  # nothing below the footer


def test_an_oversized_goal_prints_without_stranding_the_section_heading() -> None:
    # Far beyond anything the service lets through; printing must still work.
    huge = AgreementGoal(
        field="Wohnen",
        text="Eine Wohnung finden " * 120,
        indicator="Ein Mietvertrag liegt vor.",
        target_date=None,
        steps=(
            AgreementStep("Wohnungsanzeigen lesen " * 300, "Ratsuchende/r", None, "offen"),
            AgreementStep("Letzter kurzer Schritt", "Berater/in", None, "offen"),
        ),
    )
    pages = [flat(page) for page in page_texts(build_agreement(replace(INFO, goals=(huge,))))]
    text = " ".join(pages)
    assert text.count("Wohnungsanzeigen lesen") == 300  # a step taller than a page is split
    assert "Letzter kurzer Schritt" in text
    assert "Zieldatum: noch nicht festgelegt" in text
    (heading_page,) = [page for page in pages if "Unsere Ziele" in page]
    assert "Ziel 1: Eine Wohnung finden" in heading_page
    assert "Ort, Datum" in pages[-1]
