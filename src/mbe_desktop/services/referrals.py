"""Referrals (Weiterleitungen) to partners: consent check, letters, the record of disclosures."""

from __future__ import annotations

from mbe_desktop.storage.store import Store

__all__ = ["ReferralService"]


class ReferralService:
    def __init__(self, store: Store) -> None:
        self._store = store
