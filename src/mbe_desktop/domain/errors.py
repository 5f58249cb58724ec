"""Errors that carry a message for the user (German). Anything else is a bug."""

from __future__ import annotations


class UserError(Exception):
    """An expected failure caused by input or environment; ``message`` is shown to the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(UserError):
    """Input that breaks a rule. ``field`` names the offending input where there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class WrongPassphrase(UserError):
    def __init__(
        self, message: str = "Die Passphrase ist falsch. Es wurde nichts verändert."
    ) -> None:
        super().__init__(message)


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
