"""The TrueType fonts embedded in every PDF, and a check for characters they cannot show.

reportlab's built-in fonts (Helvetica & co.) are never used: they print ğ, ş, ł, Cyrillic and
Vietnamese as black boxes without any warning. The fonts are registered under app names
("MbeSans", ...) so the files behind them can change without touching the documents.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from mbe_desktop.resources import resources_dir

BODY_FONT = "MbeSans"
BOLD_FONT = "MbeSans-Bold"
ITALIC_FONT = "MbeSans-Italic"
BOLD_ITALIC_FONT = "MbeSans-BoldItalic"
MONO_FONT = "MbeMono"
MONO_BOLD_FONT = "MbeMono-Bold"


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
)

# The family is named after its normal face, so ParagraphStyle(fontName=BODY_FONT) finds it.
FONT_FAMILIES: tuple[FontFamily, ...] = (
    FontFamily(BODY_FONT, BOLD_FONT, ITALIC_FONT, BOLD_ITALIC_FONT),
    FontFamily(MONO_FONT, MONO_BOLD_FONT, MONO_FONT, MONO_BOLD_FONT),
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


def _glyph_map(font: str) -> dict[int, int]:
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
