"""The embedded fonts: files and licence present, registration, glyph coverage."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from mbe_desktop.documents import fonts
from mbe_desktop.documents.fonts import (
    BODY_FONT,
    BOLD_FONT,
    BOLD_ITALIC_FONT,
    FONT_FILES,
    ITALIC_FONT,
    MONO_BOLD_FONT,
    MONO_FONT,
    register_fonts,
    unsupported_characters,
)
from mbe_desktop.resources import resources_dir

NAMES_IN_MANY_SCRIPTS = "Łukasz Żółć Yılmaz Nguyễn Олександр Ψ"


def test_font_files_licence_and_readme_are_bundled() -> None:
    folder = resources_dir() / "fonts"
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for font in FONT_FILES:
        assert (folder / font.filename).is_file(), font.filename
        assert font.filename in readme
    licence = (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera Fonts Copyright" in licence
    assert "Arev Fonts Copyright" in licence
    assert "DejaVu changes are in public domain" in licence


def test_register_fonts_is_idempotent() -> None:
    register_fonts()
    register_fonts()
    for name in (BODY_FONT, BOLD_FONT, MONO_FONT, MONO_BOLD_FONT):
        assert isinstance(pdfmetrics.getFont(name), TTFont)


def test_bold_markup_maps_to_the_embedded_bold_face() -> None:
    from reportlab.lib.fonts import tt2ps

    register_fonts()
    assert tt2ps(BODY_FONT, 1, 0) == BOLD_FONT
    assert tt2ps(MONO_FONT, 1, 0) == MONO_BOLD_FONT


@pytest.mark.parametrize("font", [BODY_FONT, BOLD_FONT, ITALIC_FONT, BOLD_ITALIC_FONT])
def test_names_in_latin_cyrillic_greek_and_vietnamese_are_supported(font: str) -> None:
    assert unsupported_characters(NAMES_IN_MANY_SCRIPTS, font) == set()
    assert unsupported_characters("Đặng Thị Hương Şule Ağca İrem Işık", font) == set()


@pytest.mark.parametrize("font", [MONO_FONT, MONO_BOLD_FONT])
def test_mono_font_lacks_some_vietnamese(font: str) -> None:
    # Known gap: DejaVu Sans Mono has no "ễ". Documents fall back to the body font for it.
    assert unsupported_characters(NAMES_IN_MANY_SCRIPTS, font) == {"ễ"}


def test_decomposed_text_is_checked_as_drawn() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Đặng Thị Hương")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    assert unsupported_characters(decomposed) == set()


def test_cjk_and_missing_emoji_are_reported() -> None:
    assert unsupported_characters("Wang 王 Li 李") == {"王", "李"}
    assert unsupported_characters("Herz 🦄") == {"🦄"}


def test_whitespace_and_control_characters_are_ignored() -> None:
    assert unsupported_characters("a\tb\nc\r\u00a0d\u200be\u200ff\x00") == set()


def test_unknown_or_builtin_font_is_an_error() -> None:
    with pytest.raises(ValueError):
        unsupported_characters("x", "NoSuchFont")
    with pytest.raises(ValueError):
        unsupported_characters("x", "Helvetica")


def test_resources_dir_in_a_source_checkout() -> None:
    found = resources_dir()
    assert (found / "fonts").is_dir()
    assert found.name == "resources"


def test_resources_dir_when_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


def test_resources_dir_when_frozen_without_fonts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    with pytest.raises(RuntimeError, match="resources"):
        resources_dir()


def test_missing_font_file_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(fonts, "_registered", False)
    monkeypatch.setattr(fonts, "fonts_dir", lambda: tmp_path)
    monkeypatch.setattr(fonts, "FONT_FILES", (fonts.FontFile("MbeTestMissing", "NoSuchFont.ttf"),))
    with pytest.raises(RuntimeError, match=r"NoSuchFont\.ttf"):
        register_fonts()
