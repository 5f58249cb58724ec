"""What killed runs leave behind, removed at the next start (with the store's lock held).

- ``.mbe-backup-*`` work folders of a backup (a database copy each, as large as the store) in
  the backup folders;
- ``.mbe-restore-*`` folders of a restore or a backup check in the data folder (a verified
  copy waiting to be swapped in) — except the one a pending restore journal still names;
- ``.tmp-*`` files of an atomic write in the data folder (a key file, say).

A work folder carries the id of the process that made it (``.mbe-backup-<pid>-…``): one whose
process still runs is left alone (another store sharing a backup folder, or this process).
Older names without a process id are removed once they are a few minutes old.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import time
from collections.abc import Iterable
from pathlib import Path

from mbe_desktop.paths import DataPaths

log = logging.getLogger(__name__)

BACKUP_WORK_PREFIX = ".mbe-backup-"  # storage.backup.WORK_PREFIX
RESTORE_WORK_PREFIX = ".mbe-restore-"  # storage.backup.RESTORE_PREFIX
TEMP_FILE_PREFIX = ".tmp-"  # storage.files.write_private_atomic
RESTORE_JOURNAL = "restore-pending.json"  # storage.backup.RESTORE_JOURNAL
UNNAMED_GRACE_SECONDS = 600
_PID = re.compile(r"^(\d+)-")


def work_prefix(prefix: str) -> str:
    """The prefix for a new work folder of this process."""
    return f"{prefix}{os.getpid()}-"


def remove_leftovers(paths: DataPaths, backup_folders: Iterable[Path] = ()) -> int:
    """Remove the leftovers of killed runs; returns how many were removed."""
    keep = _pending_restore(paths)
    removed = 0
    removed += _remove_dirs(paths.root, RESTORE_WORK_PREFIX, keep)
    for folder in dict.fromkeys(backup_folders):
        removed += _remove_dirs(folder, BACKUP_WORK_PREFIX, None)
    removed += _remove_dirs(paths.root, BACKUP_WORK_PREFIX, None)
    removed += _remove_temp_files(paths.root)
    if removed:
        log.warning("removed %d leftovers of interrupted runs", removed)
    return removed


def _pending_restore(paths: DataPaths) -> str | None:
    try:
        data = json.loads((paths.root / RESTORE_JOURNAL).read_text("utf-8"))
        return Path(str(data["staged"])).name
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _remove_dirs(folder: Path, prefix: str, keep: str | None) -> int:
    removed = 0
    try:
        entries = list(folder.iterdir())
    except OSError:
        return 0
    for path in entries:
        if not path.name.startswith(prefix) or path.name == keep:
            continue
        with contextlib.suppress(OSError):
            if path.is_dir() and not path.is_symlink() and _abandoned(path, prefix):
                shutil.rmtree(path)
                removed += 1
    return removed


def _abandoned(path: Path, prefix: str) -> bool:
    found = _PID.match(path.name[len(prefix) :])
    if found is None:
        return time.time() - path.stat().st_mtime > UNNAMED_GRACE_SECONDS
    pid = int(found.group(1))
    return pid != os.getpid() and not _alive(pid)


def _alive(pid: int) -> bool:
    if os.name != "posix":  # pragma: no cover - Windows: no signal 0; keep to be safe
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove_temp_files(folder: Path) -> int:
    """``.tmp-*`` files: only an atomic write of a process holding the store's lock makes them
    in the data folder, and the caller holds it — so every one found is a killed run's."""
    removed = 0
    try:
        entries = list(folder.iterdir())
    except OSError:
        return 0
    for path in entries:
        if path.name.startswith(TEMP_FILE_PREFIX) and path.is_file() and not path.is_symlink():
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    return removed
