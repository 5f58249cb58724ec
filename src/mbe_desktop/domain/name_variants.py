"""Spelling variants of names: the keys of the variant search and of the duplicate warning.

The literal search (``domain.names``) finds a name by its folded letters. This module adds what
a counsellor types when the letters differ: another transliteration of a Cyrillic, Greek,
Georgian or Armenian name, a Latin rendering of an Arabic-script name whose short vowels are not
written, the German phonetic spelling of a Turkish or Vietnamese name, or a simple typo.

Three kinds of key, each a lowercase ASCII string:

* the **phonetic code** of a Latin spelling (``phonetic_code``): the letters a German, English
  or French writer may spell differently fall into one class — ``sch``/``sh``/``zh`` → ``x``,
  ``tsch``/``tch``/``cz`` → ``c``, ``ch``/``kh`` → ``q``, ``dsch``/``dzh``/``dj`` → ``j``,
  ``w``/``v``/``f``/``ph`` → ``f``, ``d``/``t``/``dt``/``th`` → ``t``, ``g``/``k``/``ck``/``q`` →
  ``k``, ``s``/``z``/``ß``/``tz``/``ts`` → ``s``; doubled letters count once; a run of vowels
  (with ``y``/``j`` after the first letter) counts as one vowel of three classes — ``a``;
  ``e`` (e, i, y and the diphthongs ai/ay/ei/ey); ``o`` (o, u, ou). "Schmidt" and "Schmitt" →
  ``xmet``; "Meier", "Mayer" → ``mer``; "Hussein", "Husain" → ``hosen``; "Schewtschenko" →
  ``xefcenko``. (One class for all vowels found no more of the labelled spellings in the top
  ten, but listed about a third more wrong people: ``tests/data/name_spellings.tsv``.)
* the **consonant skeleton** of an Arabic-script word (``arabic_skeletons``): its consonants in
  the same classes, long vowels and ʿayn left out (``حسینی`` → ``hsn``, which is also the
  skeleton of "Hosseini", "Husseini" …), with and without the article ``ال``.
* the **near miss**: a phonetic code one edit (a letter wrong, missing, added, or two swapped)
  away — found by rapidfuzz over the codes that share the first class (``near_codes``).

A stored word's codes come from every rendering of it (``renderings``: the scheme tables in
``domain.transliteration_rules``); a query word's from its own spelling. The keys are stored
as ``"p" + code`` and ``"s" + skeleton`` in ``client_name_key`` (see ``services.clients``).
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import process
from rapidfuzz.distance import OSA

from mbe_desktop.domain import transliteration_rules as rules
from mbe_desktop.domain.names import split_words, word_forms

__all__ = [
    "CODE",
    "SKELETON",
    "QueryWord",
    "arabic_skeletons",
    "is_near",
    "name_keys",
    "near_codes",
    "phonetic_code",
    "query_word",
    "renderings",
    "word_keys",
]

CODE = "p"  # key prefix of a phonetic code
SKELETON = "s"  # key prefix of an Arabic-script consonant skeleton
VARIANT_MIN_LETTERS = 2  # shorter query words match literally only
PREFIX_MIN_LETTERS = 5  # shorter query words match a variant only as a whole word
PREFIX_MIN_CODE = 4
PREFIX_MIN_SKELETON = 4
NEAR_MIN_LETTERS = 5  # the near-miss pass needs this many letters in a query word
NEAR_PREFIX_CODE = 5  # a code this long is also compared with the beginnings of stored ones
MAX_SKELETONS = 8  # per Arabic word (ambiguous letters multiply)
MAX_KEY_CHARS = 60
PAIR_FIRST_MAX = 4  # "Al Hassan", "Abd Allah", "van Dijk": also keyed as one word
ARTICLES = frozenset({"al", "el", "ul"})  # typed apart from the name they belong to

_DIPHTHONGS_E = frozenset({"ai", "ay", "aj", "ei", "ey", "ej"})
_VOWELS = frozenset("aeiou")
_SEMIVOWELS = frozenset("yj")  # consonants at the start of a word, vowels after it
_INITIAL_VOWEL = {"a": "a", "e": "e", "i": "e", "y": "e", "o": "o", "u": "o"}
# Graphemes of Latin spellings and their class; longest first.
_GRAPHEMES: tuple[tuple[str, str], ...] = tuple(
    sorted(
        {
            "tsch": "c", "dsch": "j", "sch": "x", "tch": "c", "tsh": "c", "dzh": "j",
            "chtch": "xc", "ch": "q", "sh": "x", "zh": "x", "kh": "q", "gh": "k", "ph": "f",
            "th": "t", "dh": "t", "dj": "j", "ck": "k", "ts": "s", "tz": "s", "cz": "c",
            "sz": "x", "qu": "k", "x": "ks", "ß": "s",
            "b": "b", "p": "p", "d": "t", "t": "t", "g": "k", "k": "k", "q": "k", "f": "f",
            "v": "f", "w": "f", "s": "s", "z": "s", "l": "l", "m": "m", "n": "n", "r": "r",
            "h": "h",
        }.items(),
        key=lambda item: -len(item[0]),
    )
)  # fmt: skip
_SOFT_C = frozenset("eiy")

_SCRIPT_CYRILLIC = "CYRILLIC"
_SCRIPT_ARABIC = "ARABIC"
_SCRIPT_GREEK = "GREEK"
_SCRIPT_GEORGIAN = "GEORGIAN"
_SCRIPT_ARMENIAN = "ARMENIAN"
_SCRIPT_LATIN = "LATIN"


def _fold(text: str) -> str:
    """Lowercase ASCII letters and digits of the letters, marks and digits of ``text`` (any
    script through anyascii; an emoji is not spelled out as its name)."""
    kept = "".join(
        char
        for char in unicodedata.normalize("NFC", text)
        if unicodedata.category(char)[0] in "LMN"
    )
    ascii_text = anyascii(kept).lower()
    return "".join(char for char in ascii_text if char.isascii() and char.isalnum())


def phonetic_code(spelling: str, *, whole: bool = True) -> str:
    """The phonetic code of a Latin spelling (see the module text); "" for no letters.

    ``whole`` is False for a word still being typed: a final ``h`` is kept (it may begin
    ``hm`` …) instead of being dropped as the lengthening ``h`` of "Fatemeh", "Schah"."""
    text = _fold(spelling)
    codes: list[str] = []
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        if char in _VOWELS or (char in _SEMIVOWELS and index > 0):
            end = index
            while end < length and (text[end] in _VOWELS or text[end] in _SEMIVOWELS):
                end += 1
            if index == 0:
                vowel = _INITIAL_VOWEL.get(char, "a")
            else:
                vowel = _interior_vowel(text[index:end])
            codes.append(vowel)
            index = end
            continue
        if char in _SEMIVOWELS:  # at the start: the consonant y (German j, English y)
            codes.append("y")
            index += 1
            continue
        if index == 0 and text.startswith(("chr", "chl")):  # "Christoph" as "Kristof"
            codes.append("k")
            index += 2
            continue
        if char == "c" and not text.startswith(("ch", "ck", "cz"), index):
            following = text[index + 1 : index + 2]
            codes.append("s" if following and following in _SOFT_C else "k")
            index += 1
            continue
        if char == "h" and whole and index == length - 1 and codes and codes[-1] in "aeo":
            index += 1  # "Fatemeh", "Allah" as "Alla"
            continue
        for grapheme, code in _GRAPHEMES:
            if text.startswith(grapheme, index):
                codes.append(code)
                index += len(grapheme)
                break
        else:
            codes.append(char)  # a digit
            index += 1
    return _collapse("".join(codes))[:MAX_KEY_CHARS]


def _interior_vowel(run: str) -> str:
    """The class of a run of vowels after the first letter: ``a``; ``e`` (e, i, y, and the
    diphthongs ai/ay/ei/ey, as in Meier, Mayer, Hussein, Husain); ``o`` (o, u, ou)."""
    if run[:2] in _DIPHTHONGS_E:
        return "e"
    if "a" in run:
        return "a"
    return "o" if "o" in run or "u" in run else "e"


def _collapse(text: str) -> str:
    """Runs of one class as one: "tt" -> "t"."""
    return "".join(char for index, char in enumerate(text) if not index or text[index - 1] != char)


def _skeleton_of_code(code: str) -> str:
    """The consonants of a phonetic code (a letter doubled across a vowel stays doubled)."""
    return "".join(char for char in code if char not in "aeo")


# --- renderings of a written word ----------------------------------------------------------


def _script(word: str) -> str:
    for char in word:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        for script in (
            _SCRIPT_CYRILLIC,
            _SCRIPT_ARABIC,
            _SCRIPT_GREEK,
            _SCRIPT_GEORGIAN,
            _SCRIPT_ARMENIAN,
        ):
            if name.startswith(script) or f" {script} " in f" {name} ":
                return script
        if name.startswith("LATIN"):
            return _SCRIPT_LATIN
        return name.split(" ")[0]
    return _SCRIPT_LATIN


def _by_table(word: str, table: rules.Table, initial: rules.Table, vowels: Iterable[str]) -> str:
    """Letter by letter (longest match first) through ``table``; ``initial`` at the start and
    after a vowel; letters the table lacks through anyascii."""
    vowel_set = frozenset(vowels)
    longest = max((len(key) for key in table), default=1)
    out: list[str] = []
    index = 0
    while index < len(word):
        for size in range(min(longest, len(word) - index), 0, -1):
            piece = word[index : index + size]
            if piece in table:
                at_start = index == 0 or word[index - 1] in vowel_set
                out.append(initial.get(piece, table[piece]) if at_start else table[piece])
                index += size
                break
        else:
            out.append(anyascii(word[index]))
            index += 1
    return "".join(out)


def _cyrillic(word: str) -> set[str]:
    letters = set(word)
    languages = ["ru", "uk"]
    if letters & rules.UKRAINIAN_ONLY:
        languages = ["uk"]
    elif letters & rules.RUSSIAN_ONLY:
        languages = ["ru"]
    return {
        _by_table(word, table, initial, rules.CYRILLIC_VOWELS)
        for (language, _scheme), (table, initial) in rules.CYRILLIC.items()
        if language in languages
    }


def _strip_marks(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize(
        "NFC", "".join(char for char in decomposed if not unicodedata.combining(char))
    )


def renderings(word: str, *, turkish: bool = False) -> set[str]:
    """Latin spellings of one written word (lowercase; may still carry diacritics, which
    ``phonetic_code`` folds): anyascii's, the German spelling of umlauts, and the renderings of
    the schemes in ``transliteration_rules`` for the word's script."""
    word = unicodedata.normalize("NFC", word).lower()
    found = {anyascii(word).lower(), *word_forms(word)}
    script = _script(word)
    if script == _SCRIPT_CYRILLIC:
        found |= _cyrillic(word)
    elif script == _SCRIPT_GREEK:
        plain = _strip_marks(word)
        found |= {_by_table(plain, table, {}, ()) for table in rules.GREEK.values()}
    elif script == _SCRIPT_GEORGIAN:
        found |= {_by_table(word, table, {}, ()) for table in rules.GEORGIAN.values()}
    elif script == _SCRIPT_ARMENIAN:
        found |= {_by_table(word, table, {}, ()) for table in rules.ARMENIAN.values()}
    elif script == _SCRIPT_LATIN:
        if turkish or set(word) & rules.TURKISH_SIGNS:
            found |= {_by_table(word, table, {}, ()) for table in rules.TURKISH.values()}
        if any(char in rules.LATIN_SOUNDS["german"] for char in word):
            found |= {_by_table(word, table, {}, ()) for table in rules.LATIN_SOUNDS.values()}
    return {form for form in found if form}


def is_arabic(word: str) -> bool:
    return _script(word) == _SCRIPT_ARABIC


def arabic_skeletons(word: str) -> set[str]:
    """Consonant skeletons of an Arabic-script word: the usual reading first, then those of
    ambiguous letters (at most ``MAX_SKELETONS``), with and without the article."""
    letters = [
        char
        for char in unicodedata.normalize("NFC", word)
        if char in rules.ARABIC_CLASSES or char in rules.ARABIC_WEAK
    ]
    stems = [letters]
    if "".join(letters[:2]) == rules.ARABIC_ARTICLE and len(letters) > 3:
        stems.append(letters[2:])  # "Hassan" for الحسن
    skeletons: set[str] = set()
    for stem in stems:
        choices: list[Sequence[str]] = []
        for position, char in enumerate(stem):
            if char in rules.ARABIC_WEAK:
                consonant = rules.ARABIC_WEAK[char]
                choices.append((consonant,) if position == 0 else ("", consonant))
            elif char == "ه" and position == len(stem) - 1 and position:
                choices.append(("", "h"))  # "Fereshteh", "Fatemeh": a written final vowel
            else:
                choices.append(rules.ARABIC_CLASSES[char])
        for combination in itertools.islice(itertools.product(*choices), MAX_SKELETONS):
            # A doubled letter counts once, but not across a long vowel (داود: d-w-d).
            joined = "".join(part or "." for part in combination)
            collapsed = _collapse(joined).replace(".", "")
            if collapsed:
                skeletons.add(collapsed[:MAX_KEY_CHARS])
    return skeletons


# --- keys of stored names ------------------------------------------------------------------


@lru_cache(maxsize=65536)
def word_keys(word: str, turkish: bool = False) -> frozenset[str]:
    """The stored keys of one written word; ``turkish``: another word of the name is written
    with Turkish letters, so this one is read by the Turkish rules too ("Cem" as "Dschem")."""
    keys = {CODE + code for code in map(phonetic_code, renderings(word, turkish=turkish)) if code}
    if is_arabic(word):
        keys |= {SKELETON + skeleton for skeleton in arabic_skeletons(word)}
    return frozenset(keys)


def _name_words(text: str) -> list[list[str]]:
    """Chunks (split on white space) of ``text``, each as its words."""
    return [parts for parts in (split_words(chunk) for chunk in text.split()) if parts]


def name_keys(*texts: str) -> list[str]:
    """Sorted unique keys for the names as written plus any recorded Latin spelling: every word,
    every hyphenated chunk as one word ("Al-Hassan" as "Alhassan"), and a short word together
    with the next ("Al Hassan", "Abd Allah")."""
    keys: set[str] = set()
    turkish = any(set(text.lower()) & rules.TURKISH_SIGNS for text in texts)
    for text in texts:
        chunks = _name_words(text)
        flat = [word for parts in chunks for word in parts]
        for word in flat:
            keys |= word_keys(word, turkish)
        for parts in chunks:
            if len(parts) > 1:
                keys |= word_keys("".join(parts), turkish)
        for first, second in itertools.pairwise(flat):
            if len(first) <= PAIR_FIRST_MAX:
                keys |= word_keys(first + second, turkish)
    return sorted(keys)


# --- query words -----------------------------------------------------------------------------


@dataclass(frozen=True)
class QueryWord:
    """How one typed word is looked up among the variant keys."""

    letters: int  # letters typed
    codes: frozenset[str]  # phonetic codes, matched as whole codes
    prefix_codes: frozenset[str]  # matched as prefixes of stored codes (empty: whole only)
    skeletons: frozenset[str]  # matched as whole skeletons
    prefix_skeletons: frozenset[str]
    near: bool  # worth a near-miss pass

    @property
    def has_variants(self) -> bool:
        return bool(self.codes or self.skeletons)


_NO_VARIANTS = QueryWord(0, frozenset(), frozenset(), frozenset(), frozenset(), False)
_PARTIAL_GRAPHEME = ("tsc", "dsc", "ts", "ds", "sc", "t", "d", "s", "c")


@lru_cache(maxsize=4096)
def query_word(word: str, *, whole_word: bool = False) -> QueryWord:
    """The variant lookup of one query word (one of ``names._words``). ``whole_word`` (the
    duplicate check): never by prefix."""
    forms = word_forms(word)
    if not forms:
        return _NO_VARIANTS
    letters = len(forms[0])
    if letters < VARIANT_MIN_LETTERS:
        return _NO_VARIANTS
    spellings = renderings(word)
    codes = {code for code in map(phonetic_code, spellings) if code}
    prefix_codes: set[str] = set()
    prefix = not whole_word and letters >= PREFIX_MIN_LETTERS
    if prefix:
        for spelling in spellings:
            folded = _fold(spelling)
            stable = [folded]
            for partial in _PARTIAL_GRAPHEME:  # "schewts" may become "schewtsch…"
                if (
                    folded.endswith(partial)
                    and len(folded) - len(partial) >= PREFIX_MIN_LETTERS + 1
                ):
                    stable.append(folded[: -len(partial)])
                    break
            prefix_codes |= {phonetic_code(item, whole=False) for item in stable}
        prefix_codes = {code for code in prefix_codes if len(code) >= PREFIX_MIN_CODE}
    if is_arabic(word):
        skeletons = arabic_skeletons(word)
    else:
        skeletons = {_skeleton_of_code(code) for code in codes | prefix_codes}
    skeletons = {skeleton for skeleton in skeletons if skeleton}
    prefix_skeletons = {s for s in skeletons if prefix and len(s) >= PREFIX_MIN_SKELETON}
    return QueryWord(
        letters=letters,
        codes=frozenset(codes),
        prefix_codes=frozenset(prefix_codes),
        skeletons=frozenset(skeletons),
        prefix_skeletons=frozenset(prefix_skeletons),
        near=letters >= NEAR_MIN_LETTERS and any(len(code) >= PREFIX_MIN_CODE for code in codes),
    )


def variant_matches(keys: Iterable[str], word: QueryWord) -> bool:
    """Reference of the SQL: one of the stored ``keys`` is a variant of the query word."""
    for key in keys:
        kind, value = key[:1], key[1:]
        if kind == CODE and (
            value in word.codes or any(value.startswith(code) for code in word.prefix_codes)
        ):
            return True
        if kind == SKELETON and (
            value in word.skeletons or any(value.startswith(s) for s in word.prefix_skeletons)
        ):
            return True
    return False


# --- near misses -----------------------------------------------------------------------------


def is_near(query_code: str, stored_code: str, *, whole_word: bool = False) -> bool:
    """One edit apart (substitution, insertion, deletion, or two neighbours swapped): the whole
    code, or — for a word being typed — the beginning of the stored code."""
    if OSA.distance(query_code, stored_code, score_cutoff=1) <= 1:
        return True
    if whole_word or len(stored_code) <= len(query_code) or len(query_code) < NEAR_PREFIX_CODE:
        return False
    return any(
        OSA.distance(query_code, stored_code[:size], score_cutoff=1) <= 1
        for size in (len(query_code) - 1, len(query_code), len(query_code) + 1)
    )


def near_codes(
    word: QueryWord,
    candidates: Sequence[str] | Callable[[str], Sequence[str]],
    *,
    whole_word: bool = False,
    beginnings_of: Sequence[str] | None = None,
    limit: int = 100,
) -> list[str]:
    """Stored codes (without the key prefix) that are near misses of the query word's codes
    (``is_near``) and not already variants of it; rapidfuzz compares the whole list in C++.

    Whole codes are compared over ``candidates`` (a first letter typed wrong is found too) —
    a list, or a function giving the candidates for one query code (the service gives those of
    a length one edit can reach); the beginnings of codes, for a word still being typed, over
    ``beginnings_of`` (default: the same list; the service passes the codes of the query's
    first class, which keeps this pass short)."""
    found: set[str] = set()
    for code in word.codes:
        whole = candidates(code) if callable(candidates) else candidates
        matches = process.extract(code, whole, scorer=OSA.distance, score_cutoff=1, limit=None)
        found.update(value for value, _distance, _index in matches)
        if whole_word or len(code) < NEAR_PREFIX_CODE:
            continue
        started = whole if beginnings_of is None else beginnings_of
        for size in (len(code) - 1, len(code), len(code) + 1):
            beginnings = [candidate[:size] for candidate in started]
            matches = process.extract(
                code, beginnings, scorer=OSA.distance, score_cutoff=1, limit=None
            )
            found.update(
                started[index]
                for _value, _distance, index in matches
                if len(started[index]) > len(code)
            )
    result: list[str] = []
    for candidate in sorted(found):
        if candidate in word.codes or any(candidate.startswith(c) for c in word.prefix_codes):
            continue
        result.append(candidate)
        if len(result) >= limit:
            break
    return result
