"""Unsaved form input survives a lock as an encrypted draft inside the store.

A widget that holds unsaved input implements :class:`DraftCapable`. When the app locks, the
controller asks every such widget in the main window for its payload and saves it with
``services.drafts``; after the next unlock it hands the payload back. Passphrases and
recovery codes are never part of a payload.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

from mbe_desktop.domain.errors import UserError
from mbe_desktop.services.drafts import DraftService

log = logging.getLogger(__name__)


@runtime_checkable
class DraftCapable(Protocol):
    def draft_key(self) -> str:
        """A stable key, e.g. ``"settings/office_profile"`` (no personal data in it)."""

    def draft_payload(self) -> dict[str, Any] | None:
        """The unsaved input as JSON-able dict, or None when nothing is unsaved."""

    def restore_draft(self, payload: dict[str, Any]) -> None:
        """Put a saved payload back into the form (which then counts as unsaved)."""


class DialogDraftHost(QWidget):
    """A hidden :class:`DraftCapable` for one kind of dialog that a panel opens.

    A dialog is gone after a lock, so its owner answers for it: ``payload`` reads the open
    dialog (None when none of this kind is open or nothing was typed), ``restore`` opens it
    again after the unlock. The draft is discarded first: from then on the dialog holds the
    input (the next lock saves it again)."""

    def __init__(
        self,
        key: str,
        payload: Callable[[], dict[str, Any] | None],
        restore: Callable[[dict[str, Any]], None],
        drafts: DraftService,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.hide()
        self._key = key
        self._payload = payload
        self._restore = restore
        self._drafts = drafts

    def draft_key(self) -> str:
        return self._key

    def draft_payload(self) -> dict[str, Any] | None:
        return self._payload()

    def restore_draft(self, payload: dict[str, Any]) -> None:
        self.discard()
        self._restore(payload)

    def discard(self) -> None:
        try:
            self._drafts.discard(self._key)
        except UserError:
            log.warning("a dialog draft could not be discarded")


def draft_sources(root: QWidget) -> list[DraftCapable]:
    widgets = [root, *root.findChildren(QWidget)]
    return [widget for widget in widgets if isinstance(widget, DraftCapable)]


def save_drafts(root: QWidget, drafts: DraftService) -> bool:
    """Save every unsaved form below ``root``; False if one could not be saved."""
    ok = True
    for source in draft_sources(root):
        try:
            payload = source.draft_payload()
            if payload is not None:
                drafts.save(source.draft_key(), payload)
        except UserError:
            log.warning("a draft could not be saved")
            ok = False
    return ok


def restore_drafts(root: QWidget, drafts: DraftService) -> int:
    """Hand saved drafts back to their forms; returns how many were restored."""
    restored = 0
    for source in draft_sources(root):
        try:
            payload = drafts.load(source.draft_key())
        except UserError:
            log.warning("a draft could not be read")
            continue
        if payload:
            source.restore_draft(payload)
            restored += 1
    return restored
