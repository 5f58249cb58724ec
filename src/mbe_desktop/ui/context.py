"""What the windows of an unlocked store share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from mbe_desktop.app import Services
from mbe_desktop.storage.keyslots import KdfParams
from mbe_desktop.ui.tasks import TaskRunner


class DataEvents(QObject):
    """One signal for "stored data changed": each view refreshes only for its topics.

    A command's caller emits ``changed`` with the topics it touched (see ``TOPICS``); no view
    ever tells another view to reload.
    """

    changed = Signal(object)  # frozenset[str] of TOPICS

    def announce(self, *topics: str) -> None:
        unknown = set(topics) - TOPICS
        if unknown:
            raise ValueError(f"unknown data topics: {sorted(unknown)}")
        self.changed.emit(frozenset(topics))


TOPICS = frozenset(
    {"clients", "cases", "contacts", "plans", "follow_ups", "partners", "referrals", "settings"}
)


@dataclass
class UnlockedContext:
    services: Services
    runner: TaskRunner
    kdf: KdfParams
    # Restore a backup (file, its secret, recovery code?): the controller closes this store.
    restore: Callable[[Path, str, bool], None] | None = None
    events: DataEvents = field(default_factory=DataEvents)
