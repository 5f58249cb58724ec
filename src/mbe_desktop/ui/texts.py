"""Domain texts at the UI boundary: catalogue labels, statistics and audit labels translated.

The domain never imports Qt and keeps its German labels; the UI looks them up in the context
``Catalogue`` (lupdate sees them through the generated ``catalogue_texts`` module). Country and
language names come from pycountry in the UI language instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from mbe_desktop.domain.catalogues import Catalogue, Entry
from mbe_desktop.domain.messages import Text

CATALOGUE_CONTEXT = "Catalogue"
LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"

_language = DEFAULT_LANGUAGE


def ui_language() -> str:
    """The language of the user interface ("de" or "en"), as installed at startup."""
    return _language


def set_ui_language(language: str) -> None:
    global _language
    _language = language if language in LANGUAGES else DEFAULT_LANGUAGE


def catalogue_text(text: str) -> str:
    """A German domain label (also one a service handed over) in the UI language; a ``Text``
    of the core translates in its own context."""
    if not text:
        return text
    if isinstance(text, Text):
        return text.translated()
    return QCoreApplication.translate(CATALOGUE_CONTEXT, text)


def entry_label(catalogue: Catalogue, entry: Entry) -> str:
    # The catalogue's name disambiguates labels that are the same in German only; Qt falls
    # back to the entry without disambiguation for all others.
    return QCoreApplication.translate(CATALOGUE_CONTEXT, entry.de, catalogue.name)


def catalogue_label(catalogue: Catalogue, code: str) -> str:
    """The label of ``code`` in the UI language; the code itself if it is unknown."""
    if code not in catalogue:
        return code
    return entry_label(catalogue, catalogue.entry(code))


def catalogue_choices(catalogue: Catalogue) -> list[tuple[str, str]]:
    return [(entry.code, entry_label(catalogue, entry)) for entry in catalogue]


def entry_hint(entry: Entry) -> str:
    return catalogue_text(entry.hint)


def names_in_ui_language(name_de: str, name_en: str) -> tuple[str, str]:
    """(shown name, further search text) of a country or language from pycountry."""
    return (name_en, name_de) if _language == "en" else (name_de, name_en)


def ui_locale() -> QLocale:
    """For the few texts that name a weekday or month in words (numbers stay German)."""
    if _language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.German, QLocale.Country.Germany)
