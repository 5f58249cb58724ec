"""What the About dialog lists: the bundled libraries and fonts with their licences.

No Qt and no other project import here: ``installer/mbe_desktop.spec`` may read
:data:`ABOUT_DISTRIBUTIONS` from this file (it ships the dist-info folders of exactly these
distributions, so ``importlib.metadata`` works in the frozen app too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

# The distributions the app bundles and names in its About dialog. The PyInstaller spec copies
# their metadata (version, licence, licence files) into the build.
ABOUT_DISTRIBUTIONS: tuple[str, ...] = (
    "PySide6-Essentials",
    "shiboken6",
    "SQLAlchemy",
    "sqlcipher3",
    "alembic",
    "argon2-cffi",
    "cryptography",
    "zxcvbn",
    "pycountry",
    "anyascii",
    "rapidfuzz",
    "platformdirs",
    "reportlab",
    "pypdfium2",
    "icalendar",
    "uharfbuzz",
    "pillow",
)

_CLASSIFIER_PREFIXES = ("License :: OSI Approved :: ", "License :: ")
_MAX_LICENSE_FIELD = 60  # longer "License" fields hold the whole licence text, not its name


@dataclass(frozen=True)
class LibraryInfo:
    name: str
    version: str  # "" when the distribution is not installed
    licence: str  # short name ("MIT", "LGPL-3.0-only OR …"); "" when unknown
    licence_text: str  # the licence file(s) shipped in the dist-info, may be ""
    installed: bool = True


@dataclass(frozen=True)
class FontInfo:
    family: str
    files: tuple[str, ...]
    licence: str
    licence_text: str


def _field(meta: metadata.PackageMetadata, key: str) -> str:
    values = meta.get_all(key) or []
    return str(values[0]).strip() if values else ""


def licence_name(meta: metadata.PackageMetadata) -> str:
    """The licence as a short name: ``License-Expression``, a short ``License`` field, or the
    licence classifiers, in this order."""
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    field = _field(meta, "License")
    if field and "\n" not in field and len(field) <= _MAX_LICENSE_FIELD:
        return field
    names = []
    for classifier in meta.get_all("Classifier") or []:
        for prefix in _CLASSIFIER_PREFIXES:
            if classifier.startswith(prefix):
                names.append(classifier[len(prefix) :])
                break
    if names:
        return " / ".join(names)
    if field:
        return field.splitlines()[0][:_MAX_LICENSE_FIELD].strip()
    return ""


def _licence_text(dist: metadata.Distribution) -> str:
    texts = []
    for file in dist.files or ():
        name = file.name.upper()
        if name.startswith(("LICENSE", "LICENCE", "COPYING", "NOTICE")) and ".dist-info" in str(
            file
        ):
            try:
                text = file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            texts.append(text.strip())
    return "\n\n".join(texts)


def library_info(name: str) -> LibraryInfo:
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return LibraryInfo(name, "", "", "", installed=False)
    meta = dist.metadata
    licence = licence_name(meta)
    text = _licence_text(dist)
    if not licence and text:
        licence = _guess_from_text(text)
    return LibraryInfo(name, dist.version, licence, text)


def _guess_from_text(text: str) -> str:
    """A name for the few licence files that come without a licence field."""
    head = text[:2000]
    if "This software is provided 'as-is'" in head and "altered source versions" in head.lower():
        return "zlib"
    if "Permission is hereby granted, free of charge" in head:
        return "MIT"
    if re.search(r"Apache License\s+Version 2\.0", head):
        return "Apache-2.0"
    return ""


def libraries() -> list[LibraryInfo]:
    return [library_info(name) for name in ABOUT_DISTRIBUTIONS]


# Font families bundled in resources/fonts (see its README.md), with their licence files.
_FONTS = (
    ("DejaVu Sans, DejaVu Sans Mono", "DejaVuSans", "LICENSE-DejaVu.txt", "DejaVu Fonts License"),
    ("Noto Sans Arabic", "NotoSansArabic", "LICENSE-NotoSansArabic.txt", "SIL OFL 1.1"),
)


def fonts(fonts_dir: Path) -> list[FontInfo]:
    """The bundled fonts with the licence texts shipped next to them."""
    result = []
    for family, prefix, licence_file, licence in _FONTS:
        files = tuple(sorted(path.name for path in fonts_dir.glob(f"{prefix}*.ttf")))
        path = fonts_dir / licence_file
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
        result.append(FontInfo(family, files, licence, text))
    return result
