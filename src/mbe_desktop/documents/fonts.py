"""The TrueType fonts embedded in every PDF, and a check for characters they cannot show.

reportlab's built-in fonts (Helvetica & co.) are never used: they print ğ, ş, ł, Cyrillic and
Vietnamese as black boxes without any warning. The fonts are registered under app names
("MbeSans", ...) so the files behind them can change without touching the documents.

Right-to-left text (Arabic, Persian): reportlab shapes only inside paragraphs and orders
right-to-left text only with the optional ``rlbidi`` package, which we do not ship. So
:func:`rich_markup` does both itself: it finds the right-to-left runs of a text, shapes each
run with HarfBuzz (``uharfbuzz``) in Noto Sans Arabic and writes the glyphs in visual order as
their Unicode presentation forms. The PDF text layer then still holds the name (pypdf and
pdfium read it back in logical order; NFKC gives the letters as typed).
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from mbe_desktop.resources import resources_dir

BODY_FONT = "MbeSans"
BOLD_FONT = "MbeSans-Bold"
ITALIC_FONT = "MbeSans-Italic"
BOLD_ITALIC_FONT = "MbeSans-BoldItalic"
MONO_FONT = "MbeMono"
MONO_BOLD_FONT = "MbeMono-Bold"
ARABIC_FONT = "MbeArabic"
ARABIC_BOLD_FONT = "MbeArabic-Bold"


@dataclass(frozen=True)
class FontFile:
    """One TTF in ``resources/fonts`` and the name it is registered under."""

    name: str
    filename: str


@dataclass(frozen=True)
class FontFamily:
    """Which registered fonts ``<b>`` and ``<i>`` in a paragraph switch to."""

    normal: str
    bold: str
    italic: str
    bold_italic: str


FONT_FILES: tuple[FontFile, ...] = (
    FontFile(BODY_FONT, "DejaVuSans.ttf"),
    FontFile(BOLD_FONT, "DejaVuSans-Bold.ttf"),
    FontFile(ITALIC_FONT, "DejaVuSans-Oblique.ttf"),
    FontFile(BOLD_ITALIC_FONT, "DejaVuSans-BoldOblique.ttf"),
    FontFile(MONO_FONT, "DejaVuSansMono.ttf"),
    FontFile(MONO_BOLD_FONT, "DejaVuSansMono-Bold.ttf"),
    FontFile(ARABIC_FONT, "NotoSansArabic-Regular.ttf"),
    FontFile(ARABIC_BOLD_FONT, "NotoSansArabic-Bold.ttf"),
)

# The family is named after its normal face, so ParagraphStyle(fontName=BODY_FONT) finds it.
FONT_FAMILIES: tuple[FontFamily, ...] = (
    FontFamily(BODY_FONT, BOLD_FONT, ITALIC_FONT, BOLD_ITALIC_FONT),
    FontFamily(MONO_FONT, MONO_BOLD_FONT, MONO_FONT, MONO_BOLD_FONT),
    FontFamily(ARABIC_FONT, ARABIC_BOLD_FONT, ARABIC_FONT, ARABIC_BOLD_FONT),
)

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register all embedded fonts and their families with reportlab (safe to call often)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        known = set(pdfmetrics.getRegisteredFontNames())
        for font in FONT_FILES:
            if font.name in known:
                continue
            path = folder / font.filename
            if not path.is_file():
                raise RuntimeError(f"Font file missing: {path}")
            pdfmetrics.registerFont(TTFont(font.name, str(path)))
        for family in FONT_FAMILIES:
            pdfmetrics.registerFontFamily(
                family.normal,
                normal=family.normal,
                bold=family.bold,
                italic=family.italic,
                boldItalic=family.bold_italic,
            )
        _registered = True


_families_mapped = False


def register_font(*names: str) -> None:
    """Register only the named fonts (and the family mappings): a process that prints one
    letter does not parse all eight font files (about 15 ms each)."""
    global _families_mapped
    known = set(pdfmetrics.getRegisteredFontNames())
    missing = [font for font in FONT_FILES if font.name in names and font.name not in known]
    if not missing and _families_mapped:
        return
    with _lock:
        known = set(pdfmetrics.getRegisteredFontNames())
        for font in missing:
            if font.name in known:
                continue
            path = fonts_dir() / font.filename
            if not path.is_file():
                raise RuntimeError(f"Font file missing: {path}")
            pdfmetrics.registerFont(TTFont(font.name, str(path)))
        if not _families_mapped:
            for family in FONT_FAMILIES:
                pdfmetrics.registerFontFamily(
                    family.normal,
                    normal=family.normal,
                    bold=family.bold,
                    italic=family.italic,
                    boldItalic=family.bold_italic,
                )
            _families_mapped = True


def _glyph_map(font: str) -> dict[int, int]:
    if font in {f.name for f in FONT_FILES}:
        register_font(font)
    else:
        register_fonts()
    try:
        registered = pdfmetrics.getFont(font)
    except KeyError as exc:
        raise ValueError(f"Unknown font: {font!r}") from exc
    face = getattr(registered, "face", None)
    char_to_glyph = getattr(face, "charToGlyph", None)
    if not isinstance(char_to_glyph, dict):
        raise ValueError(f"{font!r} is not an embedded TrueType font")
    return char_to_glyph


def _is_ignorable(char: str) -> bool:
    """Whitespace and control/format characters are never drawn as glyphs."""
    return char.isspace() or unicodedata.category(char) in {"Cc", "Cf"}


def unsupported_characters(text: str, font: str = BODY_FONT) -> set[str]:
    """The characters of ``text`` that ``font`` has no glyph for (they would print as boxes).

    The text is checked in NFC form, as the documents draw it (see ``base.para``), so a
    decomposed "ễ" is reported only if the font lacks the composed character.
    Whitespace and control/format characters are ignored.
    """
    glyphs = _glyph_map(font)
    composed = unicodedata.normalize("NFC", text)
    return {
        char for char in set(composed) if not _is_ignorable(char) and glyphs.get(ord(char), 0) == 0
    }


# --- right-to-left text ------------------------------------------------------------------

# Shaping features: kerning and the required ligatures (lam-alef). No discretionary ligatures:
# they would turn a name such as "محمد" into a decorative calligraphic sign.
_FEATURES = {"kern": True, "liga": True}
_hb_lock = threading.Lock()
_hb_fonts: dict[str, Any] = {}


def is_right_to_left(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def _joins_run(char: str) -> bool:
    """Characters that stay inside a right-to-left run when right-to-left text follows them:
    spaces, marks and punctuation (not digits or Latin letters, which read left to right)."""
    return unicodedata.bidirectional(char) in ("NSM", "WS", "ON", "CS", "ES", "BN", "AN")


def bidi_runs(text: str) -> list[tuple[bool, str]]:
    """``text`` split into (right_to_left, run) pieces in logical order. A right-to-left run
    starts and ends with a right-to-left letter (or mark); spaces and punctuation between two
    right-to-left letters belong to it, everything else stays left to right."""
    runs: list[tuple[bool, str]] = []
    index = 0
    length = len(text)
    while index < length:
        if is_right_to_left(text[index]):
            end = index + 1
            last = end  # one past the last right-to-left letter or mark
            while end < length and (is_right_to_left(text[end]) or _joins_run(text[end])):
                if is_right_to_left(text[end]) or unicodedata.category(text[end]) == "Mn":
                    last = end + 1
                end += 1
            runs.append((True, text[index:last]))
            index = last
        else:
            end = index + 1
            while end < length and not is_right_to_left(text[end]):
                end += 1
            runs.append((False, text[index:end]))
            index = end
    return runs


def has_right_to_left(text: str) -> bool:
    return any(is_right_to_left(char) for char in text)


def _hb_font(font: str) -> Any:
    with _hb_lock:
        cached = _hb_fonts.get(font)
        if cached is None:
            import uharfbuzz

            register_font(font)
            data = pdfmetrics.getFont(font).face._ttf_data
            cached = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(data)))
            _hb_fonts[font] = cached
        return cached


@lru_cache(maxsize=512)
def shape_right_to_left(run: str, font: str = ARABIC_FONT) -> str | None:
    """A right-to-left run shaped with HarfBuzz, as presentation-form characters in visual
    (left-to-right drawing) order; spaces become no-break spaces, so a paragraph never breaks
    a name in two and reverses its words. None if a glyph has no character to stand for it."""
    import uharfbuzz

    buffer = uharfbuzz.Buffer()
    buffer.add_str(unicodedata.normalize("NFC", run))
    buffer.guess_segment_properties()
    uharfbuzz.shape(_hb_font(font), buffer, _FEATURES)
    glyph_to_char = pdfmetrics.getFont(font).face.glyphToChar
    drawn = []
    for info in buffer.glyph_infos:
        chars = glyph_to_char.get(info.codepoint)
        if not chars:
            return None
        char = min(chars)
        drawn.append("\u00a0" if char in (0x20, 0xA0) else chr(char))
    return "".join(drawn)


def _rtl_font(base_font: str) -> str:
    return ARABIC_BOLD_FONT if "Bold" in base_font else ARABIC_FONT


def rich_markup(text: str, base_font: str = BODY_FONT) -> str:
    """Plain (untrusted) text as reportlab paragraph markup: NFC, ``&<>`` escaped, and every
    right-to-left run shaped into the Arabic font in visual order (see the module notes).
    A run the Arabic font cannot draw is left as it is (``unprintable_characters`` reports it
    before anything is printed)."""
    composed = unicodedata.normalize("NFC", text)
    if not has_right_to_left(composed):
        return escape(composed)
    parts = []
    font = _rtl_font(base_font)
    for right_to_left, run in bidi_runs(composed):
        shaped = shape_right_to_left(run, font) if right_to_left else None
        if shaped is None:
            parts.append(escape(run))
        else:
            parts.append(f'<font name="{font}">{escape(shaped)}</font>')
    return "".join(parts)


def unprintable_characters(text: str, base_font: str = BODY_FONT) -> set[str]:
    """The characters of ``text`` that would not print: right-to-left runs are checked against
    the Arabic font, everything else against ``base_font``."""
    missing: set[str] = set()
    composed = unicodedata.normalize("NFC", text)
    for right_to_left, run in bidi_runs(composed):
        if right_to_left:
            missing |= unsupported_characters(run, _rtl_font(base_font))
        else:
            missing |= unsupported_characters(run, base_font)
    return missing
