"""Search normalisation for client names in any script, and parsing of phone and birth queries.

Design: names are reduced to lowercase ASCII tokens ([a-z0-9] only). Each written word yields
one or more *forms*, and the same ``word_forms`` is applied to the stored name and to the query:

* the anyascii transliteration: "Müller" -> "muller", "Олександр" -> "oleksandr";
* for German umlauts the German spelling: "Müller" -> "mueller";
* for any form containing ae/oe/ue the de-umlauted variant: "mueller" -> "muller",
  so a name recorded as "Mueller" or "Goethe" is also found by "muller" or "gothe".

A query word matches if any of its forms is a prefix of any stored token. Because the raw form
is always kept, "michael" still finds "Michael" (its variant "michal" only widens the search).
Stored as ``search_key = " tok1 tok2 "`` so SQL can test a word prefix with
``search_key LIKE '% ' || :form || '%'``; forms never contain LIKE wildcards.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date

from anyascii import anyascii

_GERMAN_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_DE_UMLAUT = re.compile(r"(?<=[aou])e")  # ae/oe/ue -> a/o/u
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_WORD_CATEGORIES = frozenset("LMN")  # letters, combining marks, numbers


def latin(text: str) -> str:
    """Latin (ASCII) transliteration of any script: "Łukasz Żółć" -> "Lukasz Zolc"."""
    return anyascii(unicodedata.normalize("NFC", text))


def _ascii_form(word: str) -> str:
    return _NOT_ALNUM.sub("", latin(word).lower())


def word_forms(word: str) -> list[str]:
    """All search forms of one written word (letters, marks, digits); empty if it has none."""
    word = unicodedata.normalize("NFC", word)
    forms = [_ascii_form(word)]
    german = word.translate(_GERMAN_UMLAUTS)
    if german != word:
        forms.append(_ascii_form(german))
    forms += [_DE_UMLAUT.sub("", form) for form in forms]
    return _unique(form for form in forms if form)


def fold(text: str) -> str:
    """The primary folded form of a text: lowercase ASCII words separated by single spaces."""
    return " ".join(form for form in map(_ascii_form, _words(text)) if form)


def search_tokens(*texts: str) -> list[str]:
    """Unique tokens for the names as written plus any recorded Latin transliteration."""
    tokens: list[str] = []
    for text in texts:
        for chunk in text.split():
            parts = _words(chunk)
            for part in parts:
                tokens += word_forms(part)
            if len(parts) > 1:  # "O'Brien" is also found as "obrien", "Al-Ali" as "alali"
                tokens += word_forms("".join(parts))
    return _unique(tokens)


def search_key(*texts: str) -> str:
    """Tokens joined by spaces with a leading and trailing space, for word-prefix LIKE search."""
    return " ".join(["", *search_tokens(*texts), ""])  # " " when there are no tokens


def query_alternatives(query: str) -> list[list[str]]:
    """Per query word the forms of which at least one must prefix a stored token."""
    return [forms for forms in (word_forms(word) for word in _words(query)) if forms]


def query_tokens(query: str) -> list[str]:
    """The primary folded token of each query word."""
    return [forms[0] for forms in query_alternatives(query)]


def matches(key: str, query: str) -> bool:
    """Reference implementation of the SQL search: every query word prefixes some key token."""
    tokens = key.split()
    return all(
        any(token.startswith(form) for form in forms for token in tokens)
        for forms in query_alternatives(query)
    )


def phone_digits(text: str) -> str:
    """Digits for phone search: "+49 (0)30 12-34" -> "0301234", "+90 532 1" -> "00905321"."""
    stripped = text.strip()
    # unicodedata.decimal also reads Arabic-Indic and other native digits.
    values = (unicodedata.decimal(char, None) for char in stripped)
    digits = "".join(str(value) for value in values if value is not None)
    if stripped.startswith("+"):
        digits = "00" + digits
    if digits.startswith("0049"):
        # German numbers written internationally: the trunk "0" replaces the country code,
        # and a "(0)" written after "+49" is dropped.
        digits = "0" + digits[4:].lstrip("0")
    return digits


_GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_YEAR = re.compile(r"\d{4}")


def parse_birth_query(text: str) -> date | int | None:
    """A birth date ("12.03.1985", "1985-03-12") or a year ("1985"); None for anything else.

    Native digits (e.g. Arabic-Indic) are read like ASCII digits.
    Two-digit years are refused: "12.3.85" could be 1885, 1985 or 2085 to the reader.
    """
    stripped = text.strip()
    if _YEAR.fullmatch(stripped):
        year = int(stripped)
        return year if 1900 <= year <= 2100 else None
    german = _GERMAN_DATE.fullmatch(stripped)
    iso = _ISO_DATE.fullmatch(stripped)
    if german:
        day, month, year = (int(part) for part in german.groups())
    elif iso:
        year, month, day = (int(part) for part in iso.groups())
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def split_words(text: str) -> list[str]:
    """The words of ``text`` as the search reads them (letters, marks and digits)."""
    return _words(text)


def _words(text: str) -> list[str]:
    """Split on everything that is not a letter, mark or number (spaces, hyphens, emoji…)."""
    normalised = unicodedata.normalize("NFC", text)
    spaced = "".join(
        char if unicodedata.category(char)[0] in _WORD_CATEGORIES else " " for char in normalised
    )
    return spaced.split()


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))  # keeps the first occurrence's order
