"""Defensive reading of what comes from outside the store: bounded JSON, typed fields, ranges.

Every file the app reads from elsewhere (a backup's manifest and key slots, the presets, the
partner CSV, the hand-over and statistics packages to come) is parsed by one reader per format.
The readers share these helpers, so that every limit is checked *before* a value is used:

- :func:`parse_json` takes bytes, refuses more than ``max_bytes``, invalid UTF-8, nesting deeper
  than ``max_depth`` (checked on the text before parsing, so a crafted file cannot exhaust the
  stack), duplicate keys, ``NaN``/``Infinity`` and numbers with more than 20 digits;
- :class:`Fields` reads one JSON object: each value with its type, length, pattern or range;
- :func:`is_row_id` and :func:`within` bound integers (SQLite's integers are 64-bit signed).

Every failure is a :class:`FormatError` whose German text says *what* is wrong (without a full
stop at the end, so that it can stand inside another sentence); the reader that called the helper
adds *which file* it is, with its own error class (e.g. ``BackupRefused``).
No I/O here; reading files lives in :mod:`mbe_desktop.storage.readers`.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any

from mbe_desktop.domain.errors import UserError
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text

__all__ = [
    "SQLITE_INT_MAX",
    "Fields",
    "FormatError",
    "is_row_id",
    "json_depth",
    "kind_of",
    "parse_json",
    "within",
]

SQLITE_INT_MAX = 2**63 - 1  # SQLite stores integers as 64-bit signed
SQLITE_INT_MIN = -(2**63)
MAX_NUMBER_DIGITS = 20  # enough for every 64-bit integer; longer numbers are refused unparsed

# A JSON string (with escapes); what remains outside strings holds the brackets.
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")
_NOT_TEXT = frozenset({"Cc", "Cs"})  # control characters, lone surrogates


class FormatError(UserError):
    """What is wrong with outside input (German, no final full stop); the reader that raised
    it through a helper names the file, e.g. ``BackupRefused(..., reason=error)``."""

    @property
    def reason(self) -> Text:
        return self.text


def within(value: object, minimum: int, maximum: int) -> bool:
    """True for an ``int`` (not a ``bool``) from ``minimum`` to ``maximum``."""
    return isinstance(value, int) and not isinstance(value, bool) and minimum <= value <= maximum


def is_row_id(value: object) -> bool:
    """True for a possible row id: 1 … 2**63 - 1 (a larger number overflows SQLite)."""
    return within(value, 1, SQLITE_INT_MAX)


def kind_of(value: object) -> Text:
    """What a parsed value is, in words ("ein Text", "eine Liste", …)."""
    if value is None:
        return Text(QT_TRANSLATE_NOOP("Messages", "nichts (null)"))
    if isinstance(value, bool):
        return Text(QT_TRANSLATE_NOOP("Messages", "ein Wahrheitswert"))
    if isinstance(value, int):
        return Text(QT_TRANSLATE_NOOP("Messages", "eine ganze Zahl"))
    if isinstance(value, float):
        return Text(QT_TRANSLATE_NOOP("Messages", "eine Kommazahl"))
    if isinstance(value, str):
        return Text(QT_TRANSLATE_NOOP("Messages", "ein Text"))
    if isinstance(value, list | tuple):
        return Text(QT_TRANSLATE_NOOP("Messages", "eine Liste"))
    if isinstance(value, dict):
        return Text(QT_TRANSLATE_NOOP("Messages", "ein Objekt"))
    return Text(QT_TRANSLATE_NOOP("Messages", "ein unbekannter Wert"))


# --- JSON ------------------------------------------------------------------------------------


def json_depth(text: str) -> int:
    """The deepest nesting of arrays and objects in ``text`` (strings skipped); an upper bound
    for malformed text, which the parser refuses anyway."""
    depth = deepest = 0
    for match in _BRACKET.finditer(_JSON_STRING.sub("", text)):
        if match.group() in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def parse_json(raw: bytes, *, max_bytes: int, max_depth: int) -> object:
    """Parse JSON from outside; every limit is checked before the parser runs."""
    if len(raw) > max_bytes:
        raise FormatError(
            QT_TRANSLATE_NOOP("Messages", "der Inhalt ist größer als {size} KB"),
            size=max(max_bytes // 1024, 1),
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise FormatError(QT_TRANSLATE_NOOP("Messages", "der Inhalt ist kein UTF-8-Text")) from None
    if json_depth(text) > max_depth:
        raise FormatError(
            QT_TRANSLATE_NOOP("Messages", "der Inhalt ist tiefer als {limit} Ebenen verschachtelt"),
            limit=max_depth,
        )
    try:
        return json.loads(
            text,
            object_pairs_hook=_unique_keys,
            parse_int=_bounded_int,
            parse_float=_finite_float,
            parse_constant=_no_constant,
        )
    except FormatError:
        raise
    except (ValueError, RecursionError, OverflowError):
        raise FormatError(
            QT_TRANSLATE_NOOP("Messages", "der Inhalt ist kein gültiges JSON")
        ) from None


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise FormatError(
                QT_TRANSLATE_NOOP("Messages", "„{entry}“ steht zweimal im Inhalt"),
                entry=_shown(key),
            )
        result[key] = value
    return result


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise FormatError(_TOO_MANY_DIGITS, limit=MAX_NUMBER_DIGITS)
    return int(text)


def _finite_float(text: str) -> float:
    if len(text) > 2 * MAX_NUMBER_DIGITS:
        raise FormatError(_TOO_MANY_DIGITS, limit=2 * MAX_NUMBER_DIGITS)
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise FormatError(_BAD_NUMBER)
    return value


def _no_constant(_text: str) -> object:
    raise FormatError(_BAD_NUMBER)


_TOO_MANY_DIGITS = QT_TRANSLATE_NOOP(
    "Messages", "der Inhalt hat eine Zahl mit mehr als {limit} Stellen"
)
_BAD_NUMBER = QT_TRANSLATE_NOOP("Messages", "der Inhalt hat eine ungültige Zahl")


def _shown(key: object, limit: int = 40) -> str:
    """A key as it may appear in a message: printable, shortened."""
    text = "".join(char if char.isprintable() else "?" for char in str(key))
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- fields of one object --------------------------------------------------------------------


class Fields:
    """The values of one JSON object, each read with its type and bounds.

    ``where`` is the path of the object in the file ("slots[1].kdf"), used in messages."""

    def __init__(self, data: object, where: str = "") -> None:
        if not isinstance(data, dict):
            if where:
                raise FormatError(
                    QT_TRANSLATE_NOOP("Messages", "„{entry}“ ist {kind} statt eines Objekts"),
                    entry=where,
                    kind=kind_of(data),
                )
            raise FormatError(
                QT_TRANSLATE_NOOP("Messages", "der Inhalt ist {kind} statt eines JSON-Objekts"),
                kind=kind_of(data),
            )
        self._data: dict[str, Any] = data
        self._where = where

    def __contains__(self, key: str) -> bool:
        return key in self._data

    def keys(self) -> Iterator[str]:
        return iter(self._data)

    def path(self, key: str) -> str:
        return f"{self._where}.{key}" if self._where else key

    def raw(self, key: str) -> object:
        if key not in self._data:
            raise FormatError(
                QT_TRANSLATE_NOOP("Messages", "„{entry}“ fehlt"), entry=_shown(self.path(key))
            )
        return self._data[key]

    def text(
        self,
        key: str,
        *,
        max_length: int,
        pattern: re.Pattern[str] | None = None,
        optional: bool = False,
        any_characters: bool = False,
    ) -> str | None:
        """A string of at most ``max_length`` characters without control characters or lone
        surrogates (unless ``any_characters``), matching ``pattern`` if given. ``optional``: a
        missing key or null is None."""
        if optional and self._data.get(key) is None:
            return None
        value = self.raw(key)
        entry = _shown(self.path(key))
        if not isinstance(value, str):
            raise FormatError(_WRONG_TYPE, entry=entry, kind=kind_of(value), expected=_A_TEXT)
        if len(value) > max_length:
            raise FormatError(
                QT_TRANSLATE_NOOP("Messages", "„{entry}“ ist länger als {limit} Zeichen"),
                entry=entry,
                limit=max_length,
            )
        if (
            not any_characters and any(unicodedata.category(char) in _NOT_TEXT for char in value)
        ) or (pattern is not None and not pattern.fullmatch(value)):
            raise FormatError(
                QT_TRANSLATE_NOOP("Messages", "„{entry}“ hat ein ungültiges Format"), entry=entry
            )
        return value

    def required_text(
        self, key: str, *, max_length: int, pattern: re.Pattern[str] | None = None
    ) -> str:
        value = self.text(key, max_length=max_length, pattern=pattern)
        assert value is not None
        return value

    def integer(self, key: str, minimum: int, maximum: int) -> int:
        value = self.raw(key)
        return checked_int(value, self.path(key), minimum, maximum)

    def mapping(self, key: str, *, max_items: int) -> Fields:
        value = self.raw(key)
        fields = Fields(value, _shown(self.path(key)))
        if len(fields._data) > max_items:
            raise FormatError(_TOO_MANY, entry=_shown(self.path(key)), limit=max_items)
        return fields

    def sequence(self, key: str, *, max_items: int) -> list[object]:
        value = self.raw(key)
        entry = _shown(self.path(key))
        if not isinstance(value, list):
            raise FormatError(_WRONG_TYPE, entry=entry, kind=kind_of(value), expected=_A_LIST)
        if len(value) > max_items:
            raise FormatError(_TOO_MANY, entry=entry, limit=max_items)
        return value

    def base64(self, key: str, *, min_bytes: int, max_bytes: int) -> bytes:
        """Standard base64 decoding to ``min_bytes`` … ``max_bytes`` bytes."""
        text = self.required_text(key, max_length=4 * (max_bytes // 3 + 1))
        entry = _shown(self.path(key))
        try:
            value = base64.b64decode(text.encode("ascii"), validate=True)
        except (binascii.Error, ValueError, UnicodeEncodeError):
            raise FormatError(
                QT_TRANSLATE_NOOP("Messages", "„{entry}“ ist nicht Base64-kodiert"), entry=entry
            ) from None
        if not min_bytes <= len(value) <= max_bytes:
            raise FormatError(
                QT_TRANSLATE_NOOP("Messages", "„{entry}“ hat die falsche Länge"), entry=entry
            )
        return value

    def integers(self, *, key_length: int, minimum: int, maximum: int) -> dict[str, int]:
        """All values of this object as bounded integers (keys: short printable texts)."""
        result: dict[str, int] = {}
        for key, value in self._data.items():
            if len(key) > key_length or not key.isprintable() or not key:
                raise FormatError(
                    QT_TRANSLATE_NOOP("Messages", "„{entry}“ hat einen ungültigen Namen"),
                    entry=_shown(self.path(key)),
                )
            result[key] = checked_int(value, self.path(key), minimum, maximum)
        return result

    def as_dict(self) -> Mapping[str, Any]:
        return dict(self._data)


def checked_int(value: object, entry: str, minimum: int, maximum: int) -> int:
    """``value`` if it is an integer in range; else a FormatError naming ``entry``."""
    if not within(value, minimum, maximum):
        if isinstance(value, int) and not isinstance(value, bool):
            raise FormatError(
                QT_TRANSLATE_NOOP(
                    "Messages", "„{entry}“ liegt nicht zwischen {minimum} und {maximum}"
                ),
                entry=_shown(entry),
                minimum=minimum,
                maximum=maximum,
            )
        raise FormatError(
            _WRONG_TYPE, entry=_shown(entry), kind=kind_of(value), expected=_AN_INTEGER
        )
    assert isinstance(value, int)
    return value


_WRONG_TYPE = QT_TRANSLATE_NOOP("Messages", "„{entry}“ ist {kind} statt {expected}")
_A_TEXT = Text(QT_TRANSLATE_NOOP("Messages", "eines Textes"))
_A_LIST = Text(QT_TRANSLATE_NOOP("Messages", "einer Liste"))
_AN_INTEGER = Text(QT_TRANSLATE_NOOP("Messages", "einer ganzen Zahl"))
_TOO_MANY = QT_TRANSLATE_NOOP("Messages", "„{entry}“ hat mehr als {limit} Einträge")
