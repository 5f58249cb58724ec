"""What can be known about a store without its key: light enough for the unlock screen.

Importing this module must stay cheap (no SQLAlchemy, no alembic): the unlock window needs it
before anything else, and start-up time is measured.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mbe_desktop.domain.errors import StoreDamaged, UserError
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP
from mbe_desktop.paths import DataPaths
from mbe_desktop.storage.keyslots import KeySlotFile


@dataclass(frozen=True)
class StoreInfo:
    """What can be known about a store without its key (for the start and unlock screens)."""

    location: Path
    exists: bool
    store_id: str | None = None
    created_on: str | None = None
    demo_passphrase: str | None = None
    problem: str | None = None  # a German message when the files are missing or unreadable

    @property
    def is_demo(self) -> bool:
        return self.demo_passphrase is not None


def store_info(paths: DataPaths) -> StoreInfo:
    has_db = paths.database.exists()
    has_keys = paths.key_slots.exists()
    if not has_db and not has_keys:
        return StoreInfo(paths.root, exists=False)
    try:
        slots = load_slots(paths)
    except UserError as error:
        return StoreInfo(paths.root, exists=True, problem=error.message)
    return StoreInfo(
        paths.root,
        exists=True,
        store_id=slots.store_id,
        created_on=slots.created_on,
        demo_passphrase=slots.demo_passphrase,
    )


def load_slots(paths: DataPaths) -> KeySlotFile:
    if not paths.database.exists():
        raise StoreDamaged(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Die Datenbankdatei fehlt, nur die Schlüsseldatei ist vorhanden. Stellen Sie den "
                "Datenbestand aus einer Sicherung wieder her.",
            )
        )
    return KeySlotFile.load(paths.key_slots)
