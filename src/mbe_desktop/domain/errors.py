"""Errors that carry a message for the user. Anything else is a bug.

A message is a German template with parameters (see ``domain.messages``)::

    raise UserError(QT_TRANSLATE_NOOP("Messages", "Kein Fall {number} gefunden."), number=nr)

``str(error)`` and ``error.args[0]`` are the German text (command line, logs); ``error.message``
is the text in the UI language, looked up when it is read.
"""

from __future__ import annotations

from collections.abc import Mapping

from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text


class UserError(Exception):
    """An expected failure caused by input or environment; ``message`` is shown to the user.

    ``message`` is a German template (a ``Text`` is taken as it is); ``params`` fill its
    ``{placeholders}``. A parameter that is another ``UserError`` stands for that error's text.
    """

    def __init__(self, message: str, /, **params: object) -> None:
        if isinstance(message, Text) and not params:
            text = message
        else:
            values = {
                name: value.text if isinstance(value, UserError) else value
                for name, value in params.items()
            }
            text = Text(message, values)
        super().__init__(text)
        self._text = text

    @property
    def text(self) -> Text:
        """The German text, which still knows its template and parameters."""
        return self._text

    @property
    def template(self) -> str:
        """The German template, e.g. to recognise one error among others."""
        return self._text.template

    @property
    def params(self) -> Mapping[str, object]:
        return self._text.params

    @property
    def message(self) -> str:
        """The text for the user, in the UI language."""
        return self._text.translated()


class ValidationError(UserError):
    """Input that breaks a rule. ``field`` names the offending input where there is one."""

    def __init__(self, message: str, /, field: str | None = None, **params: object) -> None:
        super().__init__(message, **params)
        self.field = field


WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Messages", "Die Passphrase ist falsch. Es wurde nichts verändert."
)


class WrongPassphrase(UserError):
    def __init__(self, message: str = WRONG_PASSPHRASE, /, **params: object) -> None:
        super().__init__(message, **params)


class StoreDamaged(UserError):
    """The store or its key-slot file cannot be read as an MBE store."""


class StoreMissing(UserError):
    pass


class StoreExists(UserError):
    pass


class StoreTooNew(UserError):
    pass


class StorageFull(UserError):
    pass


class StoreInUse(UserError):
    """Another process holds the store's single-writer lock (the message names it)."""


class StoreReadOnly(UserError):
    """The data folder or the store's files cannot be written (permissions, read-only mount)."""


class StoreForeign(StoreDamaged):
    """The files in the data folder are not an MBE store (or belong to another store)."""
