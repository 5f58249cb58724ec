"""What the windows of an unlocked store share."""

from __future__ import annotations

from dataclasses import dataclass

from mbe_desktop.app import Services
from mbe_desktop.storage.keyslots import KdfParams
from mbe_desktop.ui.tasks import TaskRunner


@dataclass
class UnlockedContext:
    services: Services
    runner: TaskRunner
    kdf: KdfParams
