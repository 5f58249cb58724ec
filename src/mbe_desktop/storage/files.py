"""Private, atomic file writes."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from mbe_desktop.domain.errors import StorageFull, UserError
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP


def write_private_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` as 0600: temp file in the same folder, fsync, rename."""
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            tmp.chmod(0o600)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise os_error_to_user_error(exc) from exc


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def os_error_to_user_error(exc: OSError) -> UserError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull(
            QT_TRANSLATE_NOOP("Messages", "Der Datenträger ist voll. Es wurde nichts gespeichert.")
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Keine Schreibberechtigung für den Datenordner. Es wurde nichts gespeichert.",
            )
        )
    return UserError(
        QT_TRANSLATE_NOOP("Messages", "Die Datei konnte nicht geschrieben werden ({reason})."),
        reason=exc.strerror,
    )
