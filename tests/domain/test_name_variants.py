"""Spelling variants: phonetic codes, transliteration schemes, Arabic skeletons, near misses."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mbe_desktop.domain.name_variants import (
    CODE,
    SKELETON,
    arabic_skeletons,
    is_near,
    name_keys,
    near_codes,
    phonetic_code,
    query_word,
    renderings,
    variant_matches,
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Schmidt", "Schmitt"),
        ("Schmidt", "schmid"),
        ("Meier", "Mayer"),
        ("Meyer", "Maier"),
        ("Mohammed", "Mohamed"),
        ("Hussein", "Husain"),
        ("Yusuf", "Jussuf"),
        ("Yılmaz", "Jilmas"),
        ("Fischer", "Fisher"),
        ("Philipp", "Filip"),
        ("Wagner", "Vagner"),
        ("Becker", "Bekker"),
        ("Christoph", "Kristof"),
    ],
)
def test_phonetic_code_joins_spellings_of_one_sound(first: str, second: str) -> None:
    assert phonetic_code(first) == phonetic_code(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [("Schmidt", "Schneider"), ("Müller", "Miller"), ("Anna", "Ina"), ("Ali", "Eli")],
)
def test_phonetic_code_keeps_different_names_apart(first: str, second: str) -> None:
    assert phonetic_code(first) != phonetic_code(second)


def test_phonetic_code_shape() -> None:
    assert phonetic_code("") == ""
    assert phonetic_code("😀") == ""
    assert phonetic_code("Schewtschenko") == "xefcenko"
    assert is_near(phonetic_code("Youssef"), phonetic_code("Yusuf"))  # one vowel class apart
    assert phonetic_code("Fatemeh") == phonetic_code("Fateme")  # the final lengthening h
    assert phonetic_code("Fatemeh", whole=False).endswith("h")  # still being typed


@given(st.text(max_size=40))
def test_phonetic_code_is_lowercase_ascii(text: str) -> None:
    code = phonetic_code(text)
    assert code == code.lower() and code.isascii()
    assert all(char.isalnum() for char in code)
    assert len(code) <= 60


@pytest.mark.parametrize(
    ("written", "spelling"),
    [
        ("Шевченко", "schewtschenko"),  # Duden (Ukrainian and Russian agree here)
        ("Шевченко", "shevchenko"),  # BGN/PCGN, ICAO
        ("Шевченко", "chevtchenko"),  # French
        ("Шевченко", "ševčenko"),  # ISO 9
        ("Ющенко", "juschtschenko"),
        ("Жуков", "schukow"),
        ("Жуков", "joukov"),
        ("Хасанов", "chasanow"),
        ("Ганна", "hanna"),  # Ukrainian г = h …
        ("Ганна", "ganna"),  # … unless read as Russian
        ("Євген", "jewhen"),  # є: only Ukrainian, so only the Ukrainian rules
        ("Γιώργος", "yiorgos"),
        ("ბერიძე", "beridse"),
        ("Հովհաննիսյան", "howhannisjan"),
        ("Çelik", "tschelik"),
        ("Şahin", "schahin"),
        ("Wiśniewska", "wischniewska"),
    ],
)
def test_renderings_follow_the_schemes(written: str, spelling: str) -> None:
    assert spelling in renderings(written)


def test_ukrainian_letters_exclude_the_russian_reading() -> None:
    assert "gennadij" not in " ".join(renderings("Євген"))
    assert not any(form.startswith("g") for form in renderings("Євген") if form != "yevhen")


def test_arabic_skeletons_leave_out_long_vowels_and_the_article() -> None:
    assert "hsn" in arabic_skeletons("حسینی")  # Hosseini
    assert "mhmt" in arabic_skeletons("محمد")
    assert "mhmt" in arabic_skeletons("مُحَمَّد")  # written vowels change nothing
    assert {"lhsn", "hsn"} <= arabic_skeletons("الحسن")
    assert "ysf" in arabic_skeletons("يوسف")
    assert "tft" in arabic_skeletons("داود")  # a doubled letter across a vowel stays
    assert arabic_skeletons("😀") == set()


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        (("الحسن", "محمد", ""), "muhammad"),
        (("الحسن", "محمد", ""), "hassan"),
        (("حسینی", "زهرا", ""), "hosseini"),
        (("حسینی", "زهرا", ""), "zahra"),
        (("Шевченко", "Олександр", ""), "schewtschenko"),
        (("Шевченко", "Олександр", ""), "sevcenko"),
        (("Şahin", "Cem", ""), "dschem"),  # the Turkish reading for every word of the name
        (("Al-Hassan", "Mohammed", ""), "alhasan"),
        (("ተስፋዬ", "", ""), "tesfai"),
    ],
)
def test_variant_matches(stored: tuple[str, str, str], typed: str) -> None:
    assert variant_matches(name_keys(*stored), query_word(typed))


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        (("Schmidt", "Peter", ""), "schneider"),
        (("Шевченко", "Олександр", ""), "kowalenko"),
        (("Müller", "", ""), "ali"),
        (("Cem", "", ""), "dschem"),  # without a Turkish letter, C is not read as Turkish
    ],
)
def test_no_variant_match(stored: tuple[str, str, str], typed: str) -> None:
    assert not variant_matches(name_keys(*stored), query_word(typed))


def test_keys_are_prefixed_sorted_and_unique() -> None:
    keys = name_keys("Al-Hassan", "محمد", "Mohammad")
    assert keys == sorted(set(keys))
    assert all(key[0] in (CODE, SKELETON) and key[1:].isascii() for key in keys)
    assert CODE + phonetic_code("alhassan") in keys  # the hyphenated name as one word
    assert name_keys("", "", "") == []


def test_short_query_words_match_variants_only_as_whole_words() -> None:
    ali = query_word("ali")
    assert ali.codes and not ali.prefix_codes and not ali.near
    assert query_word("a").codes == frozenset()  # one letter: literal only
    assert query_word("schewtschenko").prefix_codes
    assert not query_word("schewtschenko", whole_word=True).prefix_codes


@pytest.mark.parametrize(
    ("typed", "stored", "near"),
    [
        ("wagenr", "Wagner", True),  # swapped
        ("richtre", "Richter", True),
        ("hofmnan", "Hoffmann", True),
        ("zimmerann", "Zimmermann", True),  # missing
        ("wermer", "Werner", True),  # wrong
        ("schnieder", "Schneider", False),  # two letters wrong: a variant at most
        ("kowalski", "Nowak", False),
    ],
)
def test_is_near(typed: str, stored: str, near: bool) -> None:
    assert is_near(phonetic_code(typed), phonetic_code(stored)) is near or (
        phonetic_code(typed) == phonetic_code(stored)
    )


def test_near_codes_are_one_edit_away_and_not_variants() -> None:
    word = query_word("hofmnan")
    candidates = [phonetic_code(name) for name in ("Hoffmann", "Hofmann", "Hartmann", "Horn")]
    found = near_codes(word, candidates)
    assert phonetic_code("Hoffmann") in found
    assert phonetic_code("Hartmann") not in found
    assert near_codes(query_word("hoffmann"), candidates) == []  # equal: a variant, not near


def test_a_wrong_first_letter_is_a_near_miss_of_a_whole_word() -> None:
    candidates = [phonetic_code(name) for name in ("Nowak", "Novak", "Müller")]
    assert near_codes(query_word("mowak"), candidates) == [phonetic_code("Nowak")]
    # the beginnings of codes only within the first class given
    assert near_codes(query_word("mowak"), candidates, beginnings_of=[]) == [phonetic_code("Nowak")]
