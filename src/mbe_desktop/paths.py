"""Where data live: platformdirs by default, one folder when --data-dir is given."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "mbe-desktop"
APP_AUTHOR = "MBE"


@dataclass(frozen=True)
class DataPaths:
    root: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.root / "store.db"

    @property
    def key_slots(self) -> Path:
        return self.root / "store.keys"

    @property
    def safety_copies(self) -> Path:
        return self.root / "safety-copies"

    def ensure(self) -> None:
        """Create the folders private to the user (0700)."""
        for folder in (self.root, self.log_dir, self.safety_copies):
            folder.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                folder.chmod(0o700)


def data_paths(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    if data_dir is not None:
        root = Path(data_dir).expanduser().resolve()
        return DataPaths(root=root, log_dir=root / "logs")
    root = Path(platformdirs.user_data_dir(APP_DIR_NAME, APP_AUTHOR))
    return DataPaths(root=root, log_dir=Path(platformdirs.user_log_dir(APP_DIR_NAME, APP_AUTHOR)))
