"""Unsaved form input kept across a lock — inside the encrypted store, never in a file."""

from __future__ import annotations

import json
from typing import Any

from mbe_desktop.storage.models import Draft
from mbe_desktop.storage.store import Store

MAX_DRAFT_BYTES = 2_000_000


class DraftService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def save(self, key: str, payload: dict[str, Any]) -> None:
        text = json.dumps(payload, ensure_ascii=False)
        if len(text.encode()) > MAX_DRAFT_BYTES:
            text = json.dumps({"truncated": True})
        with self._store.session() as session:
            row = session.get(Draft, key)
            if row is None:
                session.add(Draft(key=key, payload=text))
            else:
                row.payload = text

    def load(self, key: str) -> dict[str, Any] | None:
        with self._store.read_session() as session:
            row = session.get(Draft, key)
            if row is None:
                return None
            try:
                value = json.loads(row.payload)
            except ValueError:
                return None
        return value if isinstance(value, dict) else None

    def discard(self, key: str) -> None:
        with self._store.session() as session:
            row = session.get(Draft, key)
            if row is not None:
                session.delete(row)

    def keys(self) -> list[str]:
        with self._store.read_session() as session:
            return list(session.scalars(Draft.__table__.select().with_only_columns(Draft.key)))
