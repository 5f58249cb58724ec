"""Countries (nationality, country of origin) and languages with German names, from pycountry.

Codes: ISO 3166-1 alpha-2 for countries, plus "XK" (Kosovo, not in ISO 3166 but a frequent
nationality), "XX" (stateless) and "XU" (unresolved). Languages: ISO 639-1 where it exists,
else ISO 639-3 (e.g. "prs" Dari). Everything is read once and cached; pycountry ships the
translations, so this works offline.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import pycountry
from anyascii import anyascii

STATELESS = "XX"
UNRESOLVED = "XU"
KOSOVO = "XK"

# Codes outside ISO 3166-1 that the documentation needs: (code, German, English).
_EXTRA_COUNTRIES = (
    (KOSOVO, "Kosovo", "Kosovo"),
    (STATELESS, "staatenlos", "stateless"),
    (UNRESOLVED, "ungeklärt", "unknown"),
)


def _codes(text: str) -> frozenset[str]:
    return frozenset(text.split())


EU_MEMBERS = _codes(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK"
)
# EU plus EEA and Switzerland: nationals have free movement (FreizügG/EU).
FREE_MOVEMENT = EU_MEMBERS | {"IS", "LI", "NO", "CH"}

# Coarse regions for anonymised statistics. Follows the Destatis grouping where they differ
# from geography: Turkey and Russia count as Europe, the South Caucasus as Asia.
# Territories count where they lie.
_REGION_MEMBERS = {
    "eu": EU_MEMBERS | {"AX"},
    "europe_non_eu": _codes(
        "AD AL BA BY CH FO GB GG GI IM IS JE LI MC MD ME MK NO RS RU SJ SM TR UA VA XK"
    ),
    "middle_east_north_africa": _codes(
        "AE BH DZ EG EH IL IQ IR JO KW LB LY MA OM PS QA SA SY TN YE"
    ),
    "sub_saharan_africa": _codes(
        "AO BF BI BJ BW CD CF CG CI CM CV DJ ER ET GA GH GM GN GQ GW KE KM LR LS MG ML MR MU"
        " MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TG TZ UG YT ZA ZM ZW"
    ),
    "asia": _codes(
        "AF AM AZ BD BN BT CC CN CX GE HK ID IN IO JP KG KH KP KR KZ LA LK MM MN MO MV MY NP"
        " PH PK SG TH TJ TL TM TW UZ VN"
    ),
    "americas": _codes(
        "AG AI AR AW BB BL BM BO BQ BR BS BZ CA CL CO CR CU CW DM DO EC FK GD GF GL GP GS GT"
        " GY HN HT JM KN KY LC MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT US UY VC VE VG VI"
    ),
    "oceania": _codes(
        "AS AU CK FJ FM GU HM KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF WS"
    ),
}
REGIONS = (*_REGION_MEMBERS, "unknown")


@dataclass(frozen=True)
class Country:
    code: str
    name_de: str
    name_en: str

    def name(self, lang: str = "de") -> str:
        return self.name_en if lang == "en" else self.name_de


@dataclass(frozen=True)
class Language:
    code: str
    name_de: str
    name_en: str

    def name(self, lang: str = "de") -> str:
        return self.name_en if lang == "en" else self.name_de


def sort_key(text: str) -> tuple[str, str]:
    """Alphabetical order as in German lists (DIN 5007-1): Ä sorts as A, Ö as O, ß as ss."""
    return anyascii(text).casefold(), text


@cache
def _translator(domain: str) -> Callable[[str], str]:
    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=["de"]).gettext
    except OSError:  # a stripped pycountry install: fall back to English rather than fail
        return gettext.NullTranslations().gettext


@cache
def _country_index() -> dict[str, Country]:
    german = _translator("iso3166-1")
    index: dict[str, Country] = {}
    for record in pycountry.countries:
        # The common name ("Syrien") reads better than the official one ("Syrien, Arabische ...").
        english = getattr(record, "common_name", None) or record.name
        index[record.alpha_2] = Country(record.alpha_2, german(english), english)
    for code, name_de, name_en in _EXTRA_COUNTRIES:
        index[code] = Country(code, name_de, name_en)
    return index


@cache
def countries(lang: str = "de") -> tuple[Country, ...]:
    """All countries, sorted by their name in ``lang``; the special codes come last."""
    index = _country_index()
    special = {STATELESS, UNRESOLVED}
    regular = sorted(
        (country for code, country in index.items() if code not in special),
        key=lambda country: sort_key(country.name(lang)),
    )
    return (*regular, index[STATELESS], index[UNRESOLVED])


def country(code: str) -> Country | None:
    return _country_index().get(code.upper())


def country_name(code: str, lang: str = "de") -> str:
    """The name of the country, or the code itself if it is unknown (e.g. a retired code)."""
    found = country(code)
    return found.name(lang) if found else code


def is_eu(code: str) -> bool:
    return code.upper() in EU_MEMBERS


def has_free_movement(code: str) -> bool:
    """EU, EEA or Swiss nationality: residence under the FreizügG/EU, no residence title."""
    return code.upper() in FREE_MOVEMENT


def region(code: str) -> str:
    """Coarse region of a nationality for statistics; "unknown" for stateless or unresolved."""
    upper = code.upper()
    for name, members in _REGION_MEMBERS.items():
        if upper in members:
            return name
    return "unknown"


# Languages that counsellors need but that ISO 639-1 lacks (ISO 639-3 codes).
_EXTRA_LANGUAGES = ("prs", "ckb", "kmr", "zza", "rom", "aii", "fil")
# Names clearer or less dated than the ISO 639 translations: code -> (German, English).
_LANGUAGE_NAMES = {
    "ckb": ("Kurdisch (Sorani)", "Kurdish (Sorani)"),
    "kmr": ("Kurdisch (Kurmandschi)", "Kurdish (Kurmanji)"),
    "rom": ("Romanes", "Romani"),
    "ps": ("Paschtu", "Pashto"),
    "el": ("Griechisch", "Greek"),
    "be": ("Belarussisch", "Belarusian"),
    "es": ("Spanisch", "Spanish"),
    "fa": ("Persisch (Farsi)", "Persian (Farsi)"),
}


def _clean(name: str) -> str:
    for suffix in (" (macrolanguage)", " (Makrosprache)"):
        name = name.removesuffix(suffix)
    return name


@cache
def _language_index() -> dict[str, Language]:
    german = _translator("iso639-3")
    index: dict[str, Language] = {}
    for record in pycountry.languages:
        code = getattr(record, "alpha_2", None)
        if code is None and record.alpha_3 in _EXTRA_LANGUAGES:
            code = record.alpha_3
        if code is None:
            continue
        name_de, name_en = _LANGUAGE_NAMES.get(
            code, (_clean(german(record.name)), _clean(record.name))
        )
        index[code] = Language(code, name_de, name_en)
    return index


@cache
def languages(lang: str = "de") -> tuple[Language, ...]:
    return tuple(sorted(_language_index().values(), key=lambda item: sort_key(item.name(lang))))


def language(code: str) -> Language | None:
    return _language_index().get(code.lower())


def language_name(code: str, lang: str = "de") -> str:
    """The name of the language, or the code itself if it is unknown."""
    found = language(code)
    return found.name(lang) if found else code
