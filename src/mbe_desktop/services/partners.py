"""The partner directory (Netzwerk): organisations, contact people, CSV import and export."""

from __future__ import annotations

from mbe_desktop.storage.store import Store

__all__ = ["PartnerService"]


class PartnerService:
    def __init__(self, store: Store) -> None:
        self._store = store
