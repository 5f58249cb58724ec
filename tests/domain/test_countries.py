"""Countries and languages: German names, German sort order, special codes, regions."""

from __future__ import annotations

import pycountry

from mbe_desktop.domain.countries import (
    REGIONS,
    countries,
    country_name,
    has_free_movement,
    is_eu,
    language_name,
    languages,
    region,
    sort_key,
)


def test_german_names_and_fallback() -> None:
    assert country_name("DE") == "Deutschland"
    assert country_name("de") == "Deutschland"
    assert country_name("DE", "en") == "Germany"
    assert country_name("TR") == "Türkei"
    assert country_name("SY") == "Syrien"  # common name, not "Syrien, Arabische Republik"
    assert country_name("UA") == "Ukraine"
    assert country_name("QQ") == "QQ"


def test_special_codes() -> None:
    assert country_name("XX") == "staatenlos"
    assert country_name("XX", "en") == "stateless"
    assert country_name("XU") == "ungeklärt"
    assert country_name("XK") == "Kosovo"
    assert [country.code for country in countries()[-2:]] == ["XX", "XU"]


def test_list_is_complete_unique_and_sorted_with_umlauts_folded() -> None:
    listed = countries()
    codes = [country.code for country in listed]
    assert len(codes) == len(set(codes)) == len(pycountry.countries) + 3
    assert "DE" in codes
    names = [country.name_de for country in listed[:-2]]
    assert names == sorted(names, key=sort_key)
    # Ägypten sorts among the A's (DIN 5007-1), not after Z.
    assert names.index("Ägypten") < names.index("Albanien") < names.index("Österreich")
    assert names.index("Österreich") < names.index("Pakistan")


def test_english_list_sorted_by_english_name() -> None:
    names = [country.name_en for country in countries("en")[:-2]]
    assert names[0] == "Afghanistan"
    assert names == sorted(names, key=sort_key)


def test_eu_and_free_movement() -> None:
    assert is_eu("PL") and is_eu("de") and is_eu("HR")
    assert not is_eu("GB") and not is_eu("CH") and not is_eu("TR") and not is_eu("XX")
    assert has_free_movement("CH") and has_free_movement("NO") and has_free_movement("FR")
    assert not has_free_movement("UA")


def test_regions() -> None:
    assert region("PL") == "eu"
    assert region("UA") == "europe_non_eu"
    assert region("TR") == "europe_non_eu"
    assert region("XK") == "europe_non_eu"
    assert region("SY") == "middle_east_north_africa"
    assert region("ER") == "sub_saharan_africa"
    assert region("AF") == "asia"
    assert region("GE") == "asia"
    assert region("VE") == "americas"
    assert region("AU") == "oceania"
    assert region("XX") == region("XU") == region("??") == "unknown"


def test_every_inhabited_country_has_a_region() -> None:
    uninhabited = {"AQ", "BV", "TF"}
    for country in countries():
        if country.code not in uninhabited | {"XX", "XU"}:
            assert region(country.code) in REGIONS[:-1], country.code


def test_languages() -> None:
    listed = languages()
    codes = [language.code for language in listed]
    assert len(codes) == len(set(codes))
    for code in ("de", "ar", "fa", "prs", "ckb", "kmr", "ti", "uk", "ru", "tr", "ps", "so"):
        assert code in codes, code
    assert language_name("ar") == "Arabisch"
    assert language_name("prs") == "Dari"
    assert language_name("ckb") == "Kurdisch (Sorani)"
    assert language_name("kmr", "en") == "Kurdish (Kurmanji)"
    assert language_name("UK") == "Ukrainisch"
    assert language_name("zz") == "zz"
    names = [language.name_de for language in listed]
    assert names == sorted(names, key=sort_key)
    assert not any("Makrosprache" in name or "Zigeuner" in name for name in names)
