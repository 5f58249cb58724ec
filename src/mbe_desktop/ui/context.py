"""What the windows of an unlocked store share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mbe_desktop.app import Services
from mbe_desktop.storage.keyslots import KdfParams
from mbe_desktop.ui.tasks import TaskRunner


@dataclass
class UnlockedContext:
    services: Services
    runner: TaskRunner
    kdf: KdfParams
    # Restore a backup (file, its secret, recovery code?): the controller closes this store.
    restore: Callable[[Path, str, bool], None] | None = None
