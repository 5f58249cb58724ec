"""SQL for the client list: search as you type, and the sort orders (SQLAlchemy Core).

Search text is split on whitespace into chunks; every chunk must match (word order is free).
What a chunk is read as depends on its shape:

* with letters: each word's spelling forms (``domain.names.query_alternatives``) as prefixes
  of the folded name tokens — an index range on ``client_search_token`` per form;
* a birth date ``12.03.1985`` / ``1985-03-12`` (also a record with only the year 1985), or a
  date being typed: ``12.``, ``12.03``, ``12.03.19``;
* a client number or its beginning: ``2025-00``; up to four digits: a number prefix, and four
  digits also a birth year (``1985``);
* a phone number: digits starting with 0 or written with + are the beginning of a number
  (``+49 176`` = ``0176``), five or more other digits any part of it (``49176…`` also as
  ``0176…``).

A query that as a whole is a phone number written with spaces (``0176 123 45 67``) also
matches that phone. Native digits (e.g. Arabic-Indic) count as digits.

Speed at 50,000 clients: a word that matches many clients (one or two letters) is tested per
row with ``EXISTS`` while the list walks an index in sort order and stops after one page; a
rarer word is looked up first (``IN``). ``ClientService`` decides with a cheap probe.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, Protocol, cast

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    Table,
    and_,
    case,
    exists,
    false,
    func,
    literal_column,
    or_,
    select,
    true,
    type_coerce,
    union_all,
)

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain.client_rules import clean_line
from mbe_desktop.domain.countries import countries
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP
from mbe_desktop.domain.name_variants import (
    ARTICLES,
    CODE,
    SKELETON,
    QueryWord,
    query_word,
)
from mbe_desktop.domain.names import (
    fold,
    parse_birth_query,
    phone_digits,
    query_alternatives,
    split_words,
    word_forms,
)
from mbe_desktop.storage.models import Client, ClientNameKey, ClientSearchToken

CLIENT = cast(Table, Client.__table__)
TOKEN = cast(Table, ClientSearchToken.__table__)
NAME_KEY = cast(Table, ClientNameKey.__table__)

VARIANT = QT_TRANSLATE_NOOP("Messages", "Schreibvariante")
NEAR = QT_TRANSLATE_NOOP("Messages", "ähnliche Schreibung")
REASONS: tuple[str, ...] = ("", VARIANT, NEAR)

MAX_QUERY_CHARS = 200  # a pasted essay is cut, not searched
MAX_QUERY_CHUNKS = 8
PHONE_PREFIX_MIN_DIGITS = 3
PHONE_PART_MIN_DIGITS = 5
END = "~"  # sorts after [a-z0-9-]: values with prefix p lie in [p, p + "~")

# Sort columns whose order an index gives (the page walks it and stops early).
INDEX_ORDERED = frozenset({"number", "name"})

_NUMBER = re.compile(r"(?:19|20)\d\d-\d*")
_PARTIAL_DATE = re.compile(r"(\d{1,2})\.(?:(\d{1,2})(\.)?(\d{0,4}))?")
_PHONE = re.compile(r"\+?[\d\s()/.\-]*\d[\d\s()/.\-]*")


class Probe(Protocol):
    """Tells which conditions match so many clients that testing each row while the page
    walks the sort index is cheaper than collecting all matches and sorting them."""

    def words(self, forms: list[str]) -> bool: ...

    def rows(self, condition: ColumnElement[bool]) -> bool: ...


def _ascii_digits(text: str) -> str:
    """Native decimal digits (Arabic-Indic, Devanagari …) as ASCII digits."""
    return "".join(str(unicodedata.decimal(char)) if char.isdecimal() else char for char in text)


def token_ranges(forms: list[str]) -> ColumnElement[bool]:
    return or_(*(and_(TOKEN.c.token >= form, TOKEN.c.token < form + END) for form in forms))


def token_match(forms: list[str], per_row: bool = False) -> ColumnElement[bool]:
    """The client has a name token that starts with one of ``forms``."""
    if per_row:
        return exists().where(TOKEN.c.client_id == CLIENT.c.id, token_ranges(forms))
    return CLIENT.c.id.in_(select(TOKEN.c.client_id).where(token_ranges(forms)))


def _prefix(
    column: ColumnElement[Any], value: str, probe: Probe | None = None
) -> ColumnElement[bool]:
    """Values starting with ``value``: an index range, unless the probe finds it broad —
    then ``column || ''``, which no index serves, so the sort index drives the page."""
    condition = and_(column >= value, column < value + END)
    if probe is not None and probe.rows(condition):
        condition = and_(unindexed(column) >= value, unindexed(column) < value + END)
    return condition


def unindexed(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """``column || ''``: the same text, but no index serves it — so that a condition that
    matches most clients does not keep the sort index from driving a page."""
    return column.op("||")(literal_column("''"))


def _month_patterns(month: str, closed: bool) -> list[str]:
    """LIKE patterns for a month being typed: "1" may become 1, 10, 11 or 12."""
    if not month:
        return ["__"]
    if len(month) == 1 and not closed:
        if month == "0":
            return ["0_"]
        if month == "1":
            return ["01", "10", "11", "12"]
        return [f"0{month}"]
    value = int(month)
    return [f"{value:02d}"] if 1 <= value <= 12 else []


def _birth_date(day: date) -> ColumnElement[bool]:
    return or_(
        CLIENT.c.birth_date == day,
        and_(CLIENT.c.birth_date.is_(None), CLIENT.c.birth_year == day.year),
    )


def _partial_date(chunk: str) -> ColumnElement[bool] | None:
    """``12.``, ``12.03``, ``12.03.19``: LIKE patterns over the stored ``YYYY-MM-DD``."""
    match = _PARTIAL_DATE.fullmatch(chunk)
    if match is None:
        return None
    day_text, month, month_closed, year = match.groups()
    day = int(day_text)
    if not 1 <= day <= 31:
        return false()
    year = year or ""
    year_pattern = year + "_" * (4 - len(year))
    months = _month_patterns(month or "", bool(month_closed))
    if not months:
        return false()
    birth = type_coerce(CLIENT.c.birth_date, String)
    conditions = [birth.like(f"{year_pattern}-{month}-{day:02d}") for month in months]
    return or_(*conditions)


def _phone(text: str, probe: Probe | None = None) -> ColumnElement[bool] | None:
    """A phone number or its beginning (0…, +…), or five or more digits of it."""
    if not _PHONE.fullmatch(text):
        return None
    digits = phone_digits(text)
    if digits.startswith("0") and len(digits) >= PHONE_PREFIX_MIN_DIGITS:
        return _prefix(CLIENT.c.phone_digits, digits, probe)
    if len(digits) < PHONE_PART_MIN_DIGITS:
        return None
    part = CLIENT.c.phone_digits.contains(digits)
    if digits.startswith("49"):  # "49 221 …" typed without the plus: also +49 221 = 0221
        return or_(part, _prefix(CLIENT.c.phone_digits, "0" + digits[2:], probe))
    return part


class NearLookup(Protocol):
    """Stored phonetic codes that are near misses of a query word (``name_variants.near_codes``
    over candidates the key index narrowed)."""

    def __call__(self, word: QueryWord, whole_word: bool) -> list[str]: ...


@dataclass(frozen=True)
class SearchPlan:
    """The search condition by level of match, cumulative: ``tiers[k]`` holds the clients that
    match at level ``k`` or better (0 literal, then spelling variants, then near misses; only
    the levels the query has). ``reasons[k]`` says why a client of level ``k`` was found ("" for
    a literal match)."""

    tiers: tuple[ColumnElement[bool], ...]
    reasons: tuple[str, ...]

    @property
    def widest(self) -> ColumnElement[bool]:
        return self.tiers[-1]


def _key_select(conditions: list[ColumnElement[bool]]) -> Select[Any]:
    return select(NAME_KEY.c.client_id).where(or_(*conditions))


def _variant_select(word: QueryWord) -> Select[Any] | None:
    """The clients with a stored key that is a spelling variant of the query word."""
    key = NAME_KEY.c.key
    exact = [CODE + code for code in sorted(word.codes)]
    exact += [SKELETON + skeleton for skeleton in sorted(word.skeletons)]
    conditions: list[ColumnElement[bool]] = []
    if exact:
        conditions.append(key.in_(exact))
    prefixes = [CODE + code for code in sorted(word.prefix_codes)]
    prefixes += [SKELETON + skeleton for skeleton in sorted(word.prefix_skeletons)]
    conditions += [and_(key >= prefix, key < prefix + END) for prefix in prefixes]
    return _key_select(conditions) if conditions else None


def _word_levels(
    word: str,
    probe: Probe | None,
    near: NearLookup | None,
    whole_words: bool,
    optional: bool = False,
) -> list[ColumnElement[bool]] | None:
    """The conditions of one query word by level (cumulative); None if it has no letters.
    ``optional``: an article typed apart ("al hassan") — at the variant level it may be
    missing, as Arabic script writes it joined to the name.

    Each level is one ``id IN (… UNION ALL …)`` over the token and key indexes, so the planner sees
    one list per word as for the literal search; a word so broad that the probe wants it
    tested per row stays an ``EXISTS`` with the variants beside it."""
    forms = word_forms(word)
    if not forms:
        return None
    per_row = not whole_words and probe is not None and probe.words(forms)
    if whole_words:
        tokens = select(TOKEN.c.client_id).where(TOKEN.c.token.in_(forms))
    else:
        tokens = select(TOKEN.c.client_id).where(token_ranges(forms))
    literal = token_match(forms, per_row=True) if per_row else CLIENT.c.id.in_(tokens)
    if optional:
        return [literal, true()]
    variants = query_word(word, whole_word=whole_words)
    selects: list[Select[Any]] = []
    variant = _variant_select(variants)
    if variant is not None:
        selects.append(variant)
    levels = [literal]

    def level() -> ColumnElement[bool]:
        if per_row:
            return or_(literal, CLIENT.c.id.in_(union_all(*selects)))
        return CLIENT.c.id.in_(union_all(tokens, *selects))

    if selects:
        levels.append(level())
    if near is not None and variants.near:
        codes = near(variants, whole_words)
        if codes:
            levels += [levels[-1]] * (2 - len(levels))  # a level 1 of its own even if empty
            selects.append(_key_select([NAME_KEY.c.key.in_([CODE + code for code in codes])]))
            levels.append(level())
    return levels


def _level(levels: list[ColumnElement[bool]], level: int) -> ColumnElement[bool]:
    return levels[min(level, len(levels) - 1)]


def _all(words: list[list[ColumnElement[bool]]]) -> list[ColumnElement[bool]]:
    depth = max(len(levels) for levels in words)
    return [and_(*(_level(levels, level) for levels in words)) for level in range(depth)]


def _name_chunk(
    chunk: str,
    probe: Probe | None,
    near: NearLookup | None,
    whole_words: bool,
    articles_optional: bool,
) -> list[ColumnElement[bool]] | None:
    """Every word of the chunk matches; a hyphenated chunk ("al-hassan") also as one word."""
    parts = split_words(chunk)
    words = [
        levels
        for levels in (
            _word_levels(
                word,
                probe,
                near,
                whole_words,
                optional=articles_optional and fold(word) in ARTICLES,
            )
            for word in parts
        )
        if levels is not None
    ]
    if not words:
        return None
    each = _all(words)
    if len(parts) < 2:
        return each
    joined = _word_levels("".join(parts), probe, near, whole_words)
    if joined is None or len(joined) < 2:
        return each
    depth = max(len(each), len(joined))
    return [
        _level(each, 0),
        *(or_(_level(each, level), _level(joined, level)) for level in range(1, depth)),
    ]


def _chunk(chunk: str, probe: Probe | None) -> ColumnElement[bool] | None:
    """The condition for a chunk without letters (number, date, phone); None if it cannot
    match anything (punctuation, emoji) and is ignored."""
    digits = _ascii_digits(chunk)
    parsed = parse_birth_query(digits)
    if isinstance(parsed, date):
        return _birth_date(parsed)
    partial = _partial_date(digits)
    if partial is not None:
        return partial
    if _NUMBER.fullmatch(digits):
        return _prefix(CLIENT.c.number, digits, probe)
    readings: list[ColumnElement[bool]] = []
    if digits.isdigit() and len(digits) <= 4:
        readings.append(_prefix(CLIENT.c.number, digits, probe))
        if isinstance(parsed, int):
            readings.append(CLIENT.c.birth_year == parsed)
    phone = _phone(digits, probe)
    if phone is not None:
        readings.append(phone)
    if not readings:
        return None
    return or_(*readings) if len(readings) > 1 else readings[0]


def _chunks(text: str) -> tuple[str, list[str]]:
    cleaned = clean_line(text[: MAX_QUERY_CHARS * 2])[:MAX_QUERY_CHARS]
    return cleaned, cleaned.split()[:MAX_QUERY_CHUNKS]


def search_plan(
    text: str,
    probe: Probe | None = None,
    near: NearLookup | None = None,
    *,
    whole_words: bool = False,
) -> SearchPlan | None:
    """The search for ``text`` by level of match; None for blank text (no filter).

    ``probe`` is given when the page walks an index in sort order: what it calls broad is
    then tested per row instead of being looked up first. ``near`` enables the near-miss pass.
    ``whole_words`` (the duplicate check): every word must equal a stored one or its variant,
    never only begin it."""
    cleaned, chunks = _chunks(text)
    if not chunks:
        return None
    fixed: list[ColumnElement[bool]] = []
    names: list[list[ColumnElement[bool]]] = []
    name_words = [fold(word) for chunk in chunks for word in split_words(chunk)]
    articles_optional = any(len(word) >= 3 and word not in ARTICLES for word in name_words)
    for chunk in chunks:
        if any(char.isalpha() for char in chunk):
            levels = _name_chunk(chunk, probe, near, whole_words, articles_optional)
            if levels is not None:
                names.append(levels)
        else:
            found = _chunk(chunk, probe)
            if found is not None:
                fixed.append(found)
    depth = max((len(levels) for levels in names), default=1)
    tiers: list[ColumnElement[bool]] = []
    for level in range(depth):
        conditions = [*fixed, *(levels[min(level, len(levels) - 1)] for levels in names)]
        tiers.append(and_(*conditions) if conditions else false())
    if len(chunks) > 1 and not whole_words:
        whole_phone = _phone(_ascii_digits(cleaned), probe)
        if whole_phone is not None:
            tiers = [whole_phone if not (fixed or names) else or_(t, whole_phone) for t in tiers]
    return SearchPlan(tuple(tiers), REASONS[:depth])


def text_condition(text: str, probe: Probe | None = None) -> ColumnElement[bool] | None:
    """The literal search condition for ``text``; None for blank text (no filter)."""
    plan = search_plan(text, probe)
    return None if plan is None else plan.tiers[0]


def query_words(text: str) -> list[list[str]]:
    """The name words of ``text`` (as ``search_plan`` reads them), for probing."""
    _cleaned, chunks = _chunks(text)
    return [
        forms
        for chunk in chunks
        if any(char.isalpha() for char in chunk)
        for forms in query_alternatives(chunk)
    ]


# --- sorting ---------------------------------------------------------------------------------


_CODE = re.compile(r"[A-Z]{2,3}")


@cache
def _country_rank() -> ColumnElement[Any]:
    """The position of the first nationality in the German country list ("staatenlos" and
    "ungeklärt" last), as a balanced tree of comparisons: eight per row, not 250. A code
    missing from the list (a retired one) sorts next to its alphabetical neighbour."""
    ranks = {country.code: rank for rank, country in enumerate(countries("de"))}
    codes = sorted(code for code in ranks if _CODE.fullmatch(code))  # literals must be safe
    column = CLIENT.c.first_nationality

    def tree(low: int, high: int) -> ColumnElement[Any]:
        if high - low == 1:
            return literal_column(str(ranks[codes[low]]))
        middle = (low + high) // 2
        pivot: ColumnElement[Any] = literal_column(f"'{codes[middle]}'")
        return case((column < pivot, tree(low, middle)), else_=tree(middle, high))

    return tree(0, len(codes))


def _catalogue_rank(column: ColumnElement[Any], catalogue: cat.Catalogue) -> ColumnElement[Any]:
    """The display order of the catalogue (unknown codes after the known ones)."""
    return case(
        {code: rank for rank, code in enumerate(catalogue.codes())},
        value=column,
        else_=len(catalogue),
    )


def _sort_key(column: str) -> tuple[ColumnElement[bool], ColumnElement[Any]] | None:
    """For a list column: the test for "unknown" (sorted last) and the key for the rest."""
    c = CLIENT.c
    if column == "age":  # by birth; a known year only counts as 1 July
        unknown = and_(c.birth_date.is_(None), c.birth_year.is_(None))
        birth = func.coalesce(
            type_coerce(c.birth_date, String), func.printf("%04d-07-01", c.birth_year)
        )
        return unknown, birth
    if column == "nationality":
        return c.first_nationality.is_(None), _country_rank()
    if column == "case_form":
        return c.latest_case_form.is_(None), _catalogue_rank(c.latest_case_form, cat.CASE_FORMS)
    if column == "case_status":
        return c.latest_case_status.is_(None), _catalogue_rank(
            c.latest_case_status, cat.CASE_STATUSES
        )
    if column == "next_follow_up":
        return c.next_follow_up.is_(None), c.next_follow_up
    return None


def order_by(column: str, descending: bool) -> list[ColumnElement[Any]]:
    """ORDER BY terms. Number and name follow their indexes; the other columns put unknown
    values last in both directions and break ties in the order records were created (the
    computed number order would cost a second per-row expression over all rows)."""
    c = CLIENT.c
    if column == "name":
        keys = [c.search_key, c.number_order]
        return [key.desc() if descending else key.asc() for key in keys]
    sort_key = _sort_key(column)
    if sort_key is None:  # the number
        return [c.number_order.desc() if descending else c.number_order.asc()]
    unknown, key = sort_key
    flip = descending != (column == "age")  # ascending age is descending birth
    return [unknown, key.desc() if flip else key.asc(), c.id.asc()]
