"""Intake rules: cleaning of typed and pasted text, required fields, dates, ages, codes."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mbe_desktop.domain.client_rules import (
    CATALOGUE_FIELDS,
    DEFAULT_CONSENT_SCOPE,
    FIELD_LABELS,
    INPUT_FIELDS,
    MAX_LENGTHS,
    CheckResult,
    ClientInput,
    age_on,
    birth_text,
    check,
    clean,
    clean_block,
    clean_line,
)

TODAY = date(2026, 6, 15)


def valid(**changes: object) -> ClientInput:
    values: dict[str, object] = {
        "family_name": "Müller",
        "given_names": "Anna",
        "birth_date": date(1985, 3, 12),
        "first_contact_date": date(2026, 6, 1),
        "consent_given_on": date(2026, 6, 1),
        "consent_scope": "Beratung und Dokumentation",
    }
    values.update(changes)
    return ClientInput(**values)  # type: ignore[arg-type]


def errors(result: CheckResult) -> dict[str, str]:
    return {problem.field: problem.message for problem in result.errors}


def warnings(result: CheckResult) -> dict[str, str]:
    return {problem.field: problem.message for problem in result.warnings}


def test_a_complete_intake_is_fine() -> None:
    result = check(valid(), TODAY)
    assert result.ok and result.errors == () and result.warnings == ()


def test_labels_cover_every_field() -> None:
    assert set(FIELD_LABELS) == set(INPUT_FIELDS)
    assert tuple(f.name for f in fields(ClientInput)) == INPUT_FIELDS


def test_an_empty_form_names_the_required_fields() -> None:
    found = errors(check(ClientInput(), TODAY))
    assert set(found) == {"family_name", "birth_date", "first_contact_date", "consent_given_on"}
    assert all(message.endswith(".") for message in found.values())


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"birth_date": TODAY + timedelta(days=1)}, "birth_date", "Zukunft"),
        ({"birth_date": None, "birth_year": TODAY.year + 1}, "birth_year", "Zukunft"),
        ({"birth_date": date(1890, 1, 1)}, "birth_date", "120"),
        ({"birth_date": None, "birth_year": 1850}, "birth_year", "120"),
        ({"birth_date": date(TODAY.year - 16, 1, 1)}, "birth_date", "18"),
        ({"birth_date": date(TODAY.year - 17, 12, 31)}, "birth_date", "unter 18"),
        ({"first_contact_date": TODAY + timedelta(days=3)}, "first_contact_date", "Zukunft"),
        ({"first_contact_date": date(1980, 1, 1)}, "first_contact_date", "vor der Geburt"),
        ({"arrival_date": date(1984, 1, 1)}, "arrival_date", "vor der Geburt"),
        ({"arrival_date": TODAY + timedelta(days=1)}, "arrival_date", "Zukunft"),
        ({"consent_given_on": TODAY + timedelta(days=1)}, "consent_given_on", "Zukunft"),
        ({"residence_valid_until": date(1900, 1, 1)}, "residence_valid_until", "plausibel"),
        ({"residence_valid_until": date(2999, 1, 1)}, "residence_valid_until", "plausibel"),
        ({"family_name": "   "}, "family_name", "Familiennamen"),
        ({"family_name": "\u200b\u200b"}, "family_name", "Familiennamen"),
        ({"gender": "robot"}, "gender", "Liste"),
        ({"residence_status": "unbekannt"}, "residence_status", "Liste"),
        ({"how_found": ""}, "how_found", "Liste"),
        ({"nationalities": ("TR", "QQ")}, "nationalities", "QQ"),
        ({"nationalities": ("TR", "DE", "SY", "IQ", "AF", "IR")}, "nationalities", "5"),
        ({"languages": ("tr", "zz")}, "languages", "zz"),
        ({"interpreter_language": "klingon"}, "interpreter_language", "Liste"),
        ({"household_size": 0}, "household_size", "1 bis"),
        ({"children_count": -1}, "children_count", "0 bis"),
        ({"phone": "0176 abc"}, "phone", "Ziffern"),
        ({"phone": "0176+123456"}, "phone", "Anfang"),
        ({"phone": "12"}, "phone", "Ziffern"),
        ({"email": "anna@"}, "email", "ungültig"),
        ({"email": "anna mueller@example.org"}, "email", "ungültig"),
        ({"email": "anna@example..org"}, "email", "ungültig"),
        ({"outreach_location_id": 0}, "outreach_location_id", "Liste"),
        ({"family_name": "x" * 100_000}, "family_name", "höchstens 200 Zeichen"),
        ({"consent_scope": "y" * 100_000}, "consent_scope", "eingegeben 100000"),
        ({"city": "z" * 101}, "city", "höchstens 100"),
    ],
)
def test_errors(changes: dict[str, object], field: str, fragment: str) -> None:
    result = check(valid(**changes), TODAY)
    assert not result.ok
    found = errors(result)
    assert field in found, found
    assert fragment in found[field]


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"birth_date": date(TODAY.year - 22, 1, 1)}, "birth_date", "JMD"),
        ({"birth_date": None, "birth_year": TODAY.year - 20}, "birth_year", "27"),
        ({"residence_valid_until": TODAY - timedelta(days=1)}, "residence_valid_until", "14."),
        ({"postcode": "1234"}, "postcode", "fünf Ziffern"),
        ({"name_latin": "Олександр"}, "name_latin", "lateinische"),
        ({"interpreter_needed": True}, "interpreter_language", "Sprache"),
        ({"family_name": "Mül\u200bler"}, "family_name", "Steuerzeichen"),
        ({"family_name": "محمد"}, "name_latin", "lateinischer Schrift"),
        ({"family_name": "🙂", "given_names": ""}, "name_latin", "lateinischer Schrift"),
    ],
)
def test_warnings_allow_saving(changes: dict[str, object], field: str, fragment: str) -> None:
    result = check(valid(**changes), TODAY)
    assert result.ok, result.errors
    found = warnings(result)
    assert field in found, found
    assert fragment in found[field]


def test_a_validity_date_may_lie_in_the_future() -> None:
    result = check(valid(residence_valid_until=TODAY + timedelta(days=700)), TODAY)
    assert result.ok and not result.warnings


def test_the_limits_of_age() -> None:
    eighteen = date(TODAY.year - 18, TODAY.month, TODAY.day)
    assert check(valid(birth_date=eighteen), TODAY).ok
    assert not check(valid(birth_date=eighteen + timedelta(days=1)), TODAY).ok
    twenty_seven = date(TODAY.year - 27, TODAY.month, TODAY.day)
    assert not check(valid(birth_date=twenty_seven), TODAY).warnings
    assert check(valid(birth_date=twenty_seven + timedelta(days=1)), TODAY).warnings


def test_ages_and_birth_texts() -> None:
    assert age_on(TODAY, date(1985, 6, 15), None) == 41
    assert age_on(TODAY, date(1985, 6, 16), None) == 40
    assert age_on(TODAY, date(2000, 2, 29), None) == 26
    assert age_on(TODAY, None, 1985) == 41
    assert age_on(TODAY, None, None) is None
    assert birth_text(date(1985, 3, 12), 1985) == "12.03.1985"
    assert birth_text(None, 1985) == "1985"
    assert birth_text(None, None) == ""


def test_cleaning_of_pasted_text() -> None:
    cleaned = clean(
        valid(
            family_name="  Müller\t",
            given_names="Anna\r\nMaria  Luise",
            city="Ber\u200blin\u202e",
            street="Haupt\x00straße\x07 1",
            nationalities=(" tr", "TR", "", "de"),
            languages=("TR", "tr", "De"),
            interpreter_language="TR ",
            consent_scope="  Beratung\r\n\r\n  und Doku\tmentation  \n",
        )
    )
    assert cleaned.family_name == "Müller"
    assert cleaned.given_names == "Anna Maria Luise"
    assert cleaned.city == "Berlin"
    assert cleaned.street == "Hauptstraße 1"
    assert cleaned.nationalities == ("TR", "DE")
    assert cleaned.languages == ("tr", "de")
    assert cleaned.interpreter_language == "tr"
    assert cleaned.consent_scope == "Beratung\n\nund Doku mentation"


def test_cleaning_keeps_what_is_meant() -> None:
    """Emoji, right-to-left text, joiners, SQL-looking text and decomposed letters stay."""
    persian = "علی\u200cرضا"  # the zero-width non-joiner belongs to the name
    assert clean_line(persian) == persian
    assert clean_line("👩\u200d👩\u200d👧 Familie") == "👩\u200d👩\u200d👧 Familie"
    assert clean_line("'); DROP TABLE client;--") == "'); DROP TABLE client;--"
    assert clean_line("Nguye\u0302\u0303n") == "Nguyễn"  # NFC
    assert clean_block("a\u2028b") == "a\nb"


def test_a_birth_date_wins_over_a_year_and_consent_gets_a_default_scope() -> None:
    cleaned = clean(ClientInput(birth_date=date(1985, 3, 12), birth_year=1999))
    assert (cleaned.birth_date, cleaned.birth_year) == (date(1985, 3, 12), None)
    with_consent = clean(ClientInput(consent_given_on=TODAY))
    assert with_consent.consent_scope == DEFAULT_CONSENT_SCOPE
    assert clean(ClientInput()).consent_scope == ""


# --- properties ------------------------------------------------------------------------------

any_text = st.text(
    st.characters(codec=None, exclude_categories=()),  # everything, surrogates included
    max_size=60,
)
dates = st.none() | st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
small_ints = st.none() | st.integers(min_value=-(10**12), max_value=10**12)
code_text = st.sampled_from(["", "xx", "unknown", "other", "de", "TR", "a1"]) | any_text


@st.composite
def inputs(draw: st.DrawFn) -> ClientInput:
    values: dict[str, object] = {}
    for name in MAX_LENGTHS:
        values[name] = draw(any_text)
    for name in CATALOGUE_FIELDS:
        values[name] = draw(code_text)
    for name in (
        "birth_date",
        "arrival_date",
        "residence_valid_until",
        "first_contact_date",
        "consent_given_on",
    ):
        values[name] = draw(dates)
    for name in ("birth_year", "household_size", "children_count", "outreach_location_id"):
        values[name] = draw(small_ints)
    values["nationalities"] = tuple(draw(st.lists(code_text, max_size=7)))
    values["languages"] = tuple(draw(st.lists(code_text, max_size=14)))
    values["interpreter_needed"] = draw(st.booleans())
    return ClientInput(**values)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(inputs(), st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)))
@example(ClientInput(birth_date=date(1, 1, 1), arrival_date=date(9999, 12, 31)), TODAY)
@example(ClientInput(birth_year=-(10**12)), TODAY)
def test_check_never_raises_and_names_real_fields(data: ClientInput, today: date) -> None:
    result = check(data, today)
    for problem in (*result.errors, *result.warnings):
        assert problem.field in INPUT_FIELDS
        assert problem.message.strip()
    assert len({problem.field for problem in result.errors}) == len(result.errors)
    assert result.ok == (not result.errors)


@settings(max_examples=300, deadline=None)
@given(inputs())
def test_cleaning_is_idempotent_and_storable(data: ClientInput) -> None:
    once = clean(data)
    assert clean(once) == once
    for name in MAX_LENGTHS:
        value = getattr(once, name)
        value.encode("utf-8")  # no lone surrogates: SQLite can store it
        assert value == value.strip()
        if name != "consent_scope":
            assert "\n" not in value and "\t" not in value and "  " not in value


@given(any_text)
def test_a_valid_record_stays_valid_with_any_harmless_given_names(text: str) -> None:
    data = replace(valid(), given_names=text)
    result = check(data, TODAY)
    if len(clean(data).given_names) <= MAX_LENGTHS["given_names"]:
        assert "given_names" not in errors(result)
