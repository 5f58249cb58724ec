"""Texts of the core that the user sees: German source templates, translated at the UI boundary.

The core never imports Qt. A text is written as ``QT_TRANSLATE_NOOP("Messages", "Kein Fall
{number} gefunden.")``: that marks it for pyside6-lupdate (which finds the call by its name in
any .py file) and returns the German template unchanged. Values go in as ``str.format``
parameters, already formatted German-style (dates, numbers), never into the template itself.

German stays the rendered form for everything that is not shown in the UI language: ``str()``
of an error, logs, the command line, PDFs and exports. The UI installs a translator at startup
(``install_translator``); ``translate`` and ``Text.translated`` then look the template up and
format the translation. A translation that does not fit its parameters falls back to the
German template, so a faulty translation never breaks an error dialog.

``Text`` is a German ``str`` that keeps its template and parameters, so that a message can be
handed around (a form problem, a period label, the reason inside another message) and still be
translated where it is shown (``display``). A ``Text`` parameter is translated with the text that
contains it; ``joined`` joins texts that way. A template without parameters is not formatted:
braces in it are literal (``{Name}`` of a letter template), with parameters ``{{`` and ``}}`` are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = [
    "CATALOGUE",
    "MESSAGES",
    "QT_TRANSLATE_NOOP",
    "Text",
    "Translator",
    "display",
    "install_translator",
    "joined",
    "language",
    "translate",
]

MESSAGES = "Messages"
CATALOGUE = "Catalogue"  # the domain's code-list labels (see ui/catalogue_texts.py)

# (context, source text, disambiguation or None) -> the text in the UI language.
Translator = Callable[[str, str, str | None], str]

_translator: Translator | None = None
_language = "de"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` (pyside6-lupdate); returns it unchanged."""
    return text


def install_translator(fn: Translator | None, language: str = "de") -> None:
    """The UI's lookup (Qt's ``QCoreApplication.translate``) and its language code (for names
    the core takes from elsewhere, e.g. of languages); None: German again."""
    global _translator, _language
    _translator = fn
    _language = language if fn is not None else "de"


def language() -> str:
    """The language texts are translated into ("de" without a translator)."""
    return _language


def _lookup(context: str, text: str, disambiguation: str | None) -> str:
    if _translator is None or not text:
        return text
    return _translator(context, text, disambiguation) or text


def _values(params: Mapping[str, object], translated: bool) -> dict[str, object]:
    if not translated:
        return dict(params)
    return {
        name: value.translated() if isinstance(value, Text) else value
        for name, value in params.items()
    }


def _render(
    template: str,
    params: Mapping[str, object] | None,
    context: str,
    disambiguation: str | None,
    translated: bool,
) -> str:
    text = _lookup(context, template, disambiguation) if translated else template
    if not params:
        return text  # a template without parameters is not formatted (no {{ escapes needed)
    values = _values(params, translated)
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        if text == template:
            raise  # the German template itself is wrong: a bug
    return template.format(**values)  # a broken translation: the German template instead


def translate(
    template: str,
    params: Mapping[str, object] | None = None,
    context: str = MESSAGES,
    disambiguation: str | None = None,
) -> str:
    """``template`` in the UI language, formatted with ``params`` (German without a UI)."""
    return _render(template, params, context, disambiguation, translated=True)


class Text(str):
    """A German text (the ``str`` itself) that can be rendered in the UI language."""

    template: str
    params: Mapping[str, object]
    context: str
    disambiguation: str | None

    def __new__(
        cls,
        template: str,
        params: Mapping[str, object] | None = None,
        context: str = MESSAGES,
        disambiguation: str | None = None,
    ) -> Text:
        if isinstance(template, Text) and not params and context == MESSAGES:
            return template  # already a Text: it stays itself (with its parameters)
        frozen = dict(params or {})
        self = super().__new__(cls, _render(template, frozen, context, disambiguation, False))
        self.template = str(template)
        self.params = frozen
        self.context = context
        self.disambiguation = disambiguation
        return self

    def translated(self) -> str:
        """The text in the UI language."""
        return _render(self.template, self.params, self.context, self.disambiguation, True)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.template, self.params, self.context, self.disambiguation))


def joined(separator: str, parts: Iterable[str]) -> Text:
    """``separator.join(parts)`` that still translates the ``Text`` parts (empty parts are left
    out); the separator itself is not translated."""
    kept = [part for part in parts if part]
    escaped = separator.replace("{", "{{").replace("}", "}}")
    template = escaped.join(f"{{part{index}}}" for index in range(len(kept)))
    return Text(template, {f"part{index}": part for index, part in enumerate(kept)})


def display(text: str) -> str:
    """Any German text of the core in the UI language: a ``Text`` with its parameters, a plain
    source text by lookup (a text that has no translation comes back unchanged)."""
    if isinstance(text, Text):
        return text.translated()
    return _lookup(MESSAGES, text, None)
