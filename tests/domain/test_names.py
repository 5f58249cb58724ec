"""Client search: spelling variants, scripts, word order, prefixes; phone and birth parsing."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.names import (
    fold,
    latin,
    matches,
    parse_birth_query,
    phone_digits,
    query_alternatives,
    query_tokens,
    search_key,
    search_tokens,
    word_forms,
)

# (name as written, recorded Latin transliteration, query that must find it)
FOUND = [
    ("Müller", "", "muller"),
    ("Müller", "", "mueller"),
    ("Müller", "", "Müller"),
    ("Mueller", "", "müller"),
    ("Mueller", "", "muller"),
    ("Yılmaz", "", "yilmaz"),
    ("Yılmaz", "", "YILMAZ"),
    ("Łukasz Żółć", "", "lukasz zolc"),
    ("Łukasz Żółć", "", "zolc lukasz"),
    ("Олександр Шевченко", "", "oleksandr"),
    ("Олександр Шевченко", "", "shev"),
    ("Nguyễn Văn An", "", "nguyen"),
    ("Nguyễn Văn An", "", "van nguy"),
    ("محمد", "Mohammad", "mohammad"),
    ("محمد", "Mohammad", "moh"),
    ("Straße", "", "strasse"),
    ("Straße", "", "straße"),
    ("Michael", "", "michael"),
    ("Raphael", "", "raphael"),
    ("Samuel", "", "samuel"),
    ("Goethe", "", "gothe"),
    ("Anna-Lena Schröder", "", "schroder anna"),
    ("Anna-Lena Schröder", "", "anna-lena"),
    ("Anna-Lena Schröder", "", "annalena"),
    ("Siobhán O'Brien", "", "obrien"),
    ("Siobhán O'Brien", "", "o'brien siobhan"),
    ("José García", "", "garcia jose"),
    ("Ἀλέξανδρος", "", "alex"),
    ("ÇAĞLAR Öztürk", "", "caglar ozturk"),
    ("ÇAĞLAR Öztürk", "", "oeztuerk"),
    ("Müller", "", ""),
]
NOT_FOUND = [
    ("Müller", "", "miller"),
    ("Müller", "", "uller"),  # prefixes of words only
    ("Łukasz Żółć", "", "lukasz nowak"),
    ("محمد", "", "mohammad"),  # without a recorded transliteration
    ("Yılmaz", "", "yilmazz"),
    ("Anna Schmidt", "", "anna-lena"),
]


@pytest.mark.parametrize(("name", "latin_name", "query"), FOUND)
def test_found(name: str, latin_name: str, query: str) -> None:
    assert matches(search_key(name, latin_name), query)
    assert _like_matches(search_key(name, latin_name), query)


@pytest.mark.parametrize(("name", "latin_name", "query"), NOT_FOUND)
def test_not_found(name: str, latin_name: str, query: str) -> None:
    assert not matches(search_key(name, latin_name), query)
    assert not _like_matches(search_key(name, latin_name), query)


def _like_matches(key: str, query: str) -> bool:
    """What the SQL does: per query word, OR of ``key LIKE '% ' || form || '%'``."""
    return all(any(f" {form}" in key for form in forms) for forms in query_alternatives(query))


def test_search_key_shape() -> None:
    assert search_key("Müller", "") == " muller mueller "
    assert search_key("Straße") == " strasse "
    assert search_key() == " "
    assert search_key("", "  ") == " "
    assert search_key("Ali Ali") == " ali "
    assert search_key("😀 👍 ·") == " "


def test_search_tokens_include_transliteration_and_german_spelling() -> None:
    assert search_tokens("Jürgen Weiß") == ["jurgen", "juergen", "weiss"]
    assert search_tokens("محمد", "Mohammad") == ["mhmd", "mohammad"]


def test_word_forms() -> None:
    assert word_forms("Müller") == ["muller", "mueller"]
    assert word_forms("Michael") == ["michael", "michal"]
    assert word_forms("Anna") == ["anna"]
    assert word_forms("42") == ["42"]
    assert word_forms("") == []


def test_query_tokens_and_alternatives() -> None:
    assert query_tokens("  Müller,  Łukasz ") == ["muller", "lukasz"]
    assert query_alternatives("Müller") == [["muller", "mueller"]]
    assert query_alternatives("mueller") == [["mueller", "muller"]]
    assert query_alternatives("👍 — ") == []


def test_latin_and_fold() -> None:
    assert latin("Łukasz Żółć") == "Lukasz Zolc"
    assert latin("Олександр") == "Oleksandr"
    assert fold("  Nguyễn-Văn   ÄRGER ") == "nguyen van arger"
    assert fold("") == ""


def test_decomposed_input_equals_composed() -> None:
    decomposed = "Mu\u0308ller Nguye\u0302\u0303n"
    assert search_key(decomposed) == search_key("Müller Nguyễn")


# --- properties ----------------------------------------------------------------------------

TOKEN = re.compile(r"[a-z0-9]+")
names = st.text(max_size=60)
name_words = st.lists(
    st.text(st.characters(categories=("L", "M", "N")), min_size=1, max_size=12),
    min_size=1,
    max_size=5,
)


@given(names, names)
@example("", "")
@example("😀🇩🇪 \u200f", "")
@example("ع\u0651ل\u0650ي\u0651", "")
@example("\u0301\u0301a", "x" * 10_000)
def test_any_text_is_found_by_itself_and_never_crashes(name: str, latin_name: str) -> None:
    key = search_key(name, latin_name)
    assert key.startswith(" ") and key.endswith(" ")
    assert all(TOKEN.fullmatch(token) for token in key.split())
    assert "  " not in key or key == " "
    assert matches(key, name)
    assert matches(key, latin_name)
    assert matches(key, f"{latin_name} {name}")


@given(name_words, st.randoms(use_true_random=False))
def test_word_order_is_free(words: list[str], rnd: object) -> None:
    key = search_key(" ".join(words))
    shuffled = list(words)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert matches(key, " ".join(shuffled))


@given(name_words, st.data())
def test_prefixes_of_tokens_match(words: list[str], data: st.DataObject) -> None:
    key = search_key(*words)
    for token in key.split():
        prefix = token[: data.draw(st.integers(1, len(token)), label="length")]
        assert matches(key, prefix)
        assert _like_matches(key, prefix)


@given(st.text())
def test_query_functions_never_crash(query: str) -> None:
    tokens = query_tokens(query)
    alternatives = query_alternatives(query)
    assert tokens == [forms[0] for forms in alternatives]
    assert all(TOKEN.fullmatch(form) for forms in alternatives for form in forms)
    assert matches(" ", query) == (not alternatives)


def test_long_text_is_handled() -> None:
    text = "Ölçü Ş " * 1500 + "Zürich"
    key = search_key(text)
    assert matches(key, "zuerich olcu")


# --- phone and birth date ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "digits"),
    [
        ("0171 1234567", "01711234567"),
        ("+49 171 1234567", "01711234567"),
        ("0049 (0)171/123 45 67", "01711234567"),
        ("+49 (0) 30 12-34", "0301234"),
        ("+90 532 123", "0090532123"),
        ("0090 532 123", "0090532123"),
        ("٠١٧١ ١٢٣", "0171123"),
        ("", ""),
        ("keine Nummer", ""),
    ],
)
def test_phone_digits(written: str, digits: str) -> None:
    assert phone_digits(written) == digits


@given(st.text())
def test_phone_digits_are_ascii_digits(text: str) -> None:
    assert re.fullmatch(r"[0-9]*", phone_digits(text))


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("12.03.1985", date(1985, 3, 12)),
        (" 1.2.1970 ", date(1970, 2, 1)),
        ("1985-03-12", date(1985, 3, 12)),
        ("29.02.2000", date(2000, 2, 29)),
        ("1985", 1985),
        ("29.02.2001", None),
        ("31.04.1990", None),
        ("00.01.1990", None),
        ("12.3.85", None),
        ("85", None),
        ("0085", None),
        ("12/03/1985", None),
        ("Müller", None),
        ("", None),
        ("١٩٨٥", 1985),
    ],
)
def test_parse_birth_query(text: str, parsed: date | int | None) -> None:
    assert parse_birth_query(text) == parsed


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_german_dates_round_trip(value: date) -> None:
    assert parse_birth_query(format_date_de(value)) == value
    assert parse_birth_query(value.isoformat()) == value


@given(st.text(max_size=30))
def test_parse_birth_query_never_crashes(text: str) -> None:
    assert parse_birth_query(text) is None or isinstance(parse_birth_query(text), date | int)
