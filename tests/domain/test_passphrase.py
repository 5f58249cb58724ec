"""Passphrase assessment (German feedback only) and the recovery code format."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mbe_desktop.domain.errors import ValidationError
from mbe_desktop.domain.passphrase import (
    _GERMAN_FEEDBACK,
    CROCKFORD_ALPHABET,
    LABELS,
    assess_passphrase,
    generate_recovery_code,
    normalise_recovery_code,
)

OFFICE_INPUTS = ("Alex Beispiel", "MBE Musterstadt (Demo)")
# Words zxcvbn writes in English feedback; none may reach the user.
ENGLISH = re.compile(r"\b(the|is|are|to|guess|avoid|use|words?|easy|password)\b", re.IGNORECASE)


@pytest.mark.parametrize(
    "passphrase",
    [
        "Kiefernzapfen-Regenschirm-42",
        "correct horse battery staple",
        "Ölkännchen Würfelzucker Flößerei",
        "Kiefernzapfen-Musterstadt-Regen",
    ],
)
def test_strong_passphrases_are_accepted(passphrase: str) -> None:
    assessment = assess_passphrase(passphrase, OFFICE_INPUTS)
    assert assessment.acceptable
    assert assessment.score >= 3
    assert assessment.reasons == ()
    assert assessment.label in ("stark", "sehr stark")


@pytest.mark.parametrize(
    "passphrase",
    [
        "",
        "password",
        "passwort1234",
        "qwertzuiopasdf",
        "aaaaaaaaaaaaaaaa",
        "abcdefghijklmnop",
        "Passwort2024!",  # German words are added to zxcvbn's English dictionaries
        "Fussball2010!",
        "12.03.1985abc",
        "Musterstadt2024!",
        "Alex Beispiel MBE Musterstadt",
    ],
)
def test_weak_passphrases_are_refused_in_german(passphrase: str) -> None:
    assessment = assess_passphrase(passphrase, OFFICE_INPUTS)
    assert not assessment.acceptable
    assert assessment.reasons and assessment.suggestions
    for text in (*assessment.reasons, *assessment.suggestions, assessment.label):
        assert not ENGLISH.search(text), text


def test_long_but_not_too_short_rule() -> None:
    short = assess_passphrase("xQ7#kZ!p2Lw", ())  # random-looking, 11 characters
    assert not short.acceptable
    assert short.reasons[0] == "Die Passphrase muss mindestens 12 Zeichen lang sein."


def test_user_inputs_make_a_passphrase_weak() -> None:
    own_name = "Alexandra Beispielhaft 2024"
    assert assess_passphrase(own_name).acceptable
    refused = assess_passphrase(own_name, ("Alexandra Beispielhaft", "MBE Teststadt"))
    assert not refused.acceptable
    assert "Namen" in refused.reasons[0]


def test_known_warning_is_translated() -> None:
    assessment = assess_passphrase("password")
    assert "Dies ist eines der 10 häufigsten Passwörter." in assessment.reasons[-1]


def test_labels_follow_score() -> None:
    for passphrase in ("", "password", "Kiefernzapfen-Regenschirm-42"):
        assessment = assess_passphrase(passphrase)
        assert assessment.label == LABELS[assessment.score]
    assert LABELS == ("sehr schwach", "schwach", "mittel", "stark", "sehr stark")


def test_very_long_passphrases_are_accepted_quickly() -> None:
    long = "Kiefernzapfen Regenschirm Wanderdüne " * 30
    assert len(long) > 1000
    assert assess_passphrase(long).acceptable


def test_translation_table_is_german() -> None:
    for english, german in _GERMAN_FEEDBACK.items():
        assert english != german
        assert not ENGLISH.search(german), german


@given(st.text(max_size=200), st.lists(st.text(max_size=30), max_size=3))
def test_assessment_never_crashes(passphrase: str, inputs: list[str]) -> None:
    assessment = assess_passphrase(passphrase, inputs)
    assert 0 <= assessment.score <= 4
    assert assessment.acceptable == (not assessment.reasons)
    if assessment.acceptable:
        assert len(passphrase) >= 12 and assessment.score >= 3


# --- recovery code -------------------------------------------------------------------------


def test_recovery_code_format() -> None:
    code = generate_recovery_code()
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{5}-){7}[0-9A-HJKMNP-TV-Z]{5}", code)
    assert len(normalise_recovery_code(code)) == 40
    assert len({generate_recovery_code() for _ in range(50)}) == 50


def test_alphabet_is_crockford() -> None:
    assert len(CROCKFORD_ALPHABET) == 32
    assert not set("ILOU") & set(CROCKFORD_ALPHABET)


def test_generated_code_normalises_to_itself_without_hyphens() -> None:
    code = generate_recovery_code()
    canonical = normalise_recovery_code(code)
    assert canonical == code.replace("-", "")
    assert normalise_recovery_code(code.lower().replace("-", " ")) == canonical
    assert normalise_recovery_code(f"  {canonical}\n") == canonical


@given(st.text(CROCKFORD_ALPHABET, min_size=40, max_size=40), st.data())
def test_normalisation_is_stable_under_spacing_case_and_misreads(
    canonical: str, data: st.DataObject
) -> None:
    typed = ""
    for char in canonical:
        char = data.draw(st.sampled_from([char, char.lower()]))
        if char == "0":
            char = data.draw(st.sampled_from(["0", "O", "o"]))
        if char == "1":
            char = data.draw(st.sampled_from(["1", "I", "i", "L", "l"]))
        typed += char + data.draw(st.sampled_from(["", "", " ", "-", "  "]))
    assert normalise_recovery_code(typed) == canonical
    assert normalise_recovery_code(canonical) == canonical


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "ABCDE-ABCDE",
        "ABCDE-" * 8 + "A",
        "UUUUU-" * 7 + "UUUUU",  # U is not in the alphabet
        "ABCDE-" * 7 + "ABCD!",
        "ÄBCDE-" * 7 + "ABCDE",
    ],
)
def test_invalid_recovery_codes_are_refused_in_german(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_recovery_code(typed)
    assert caught.value.field == "recovery_code"
    assert "Wiederherstellungscode" in caught.value.message
