"""The store's single-writer lock: one process at a time may open a store for work.

Every process that opens a store (the window, every command of the command line, a restore's
swap) holds an exclusive lock on ``store.lock`` in the data folder while the store is open. A
second process is refused at once with a German message that names what holds the store (the
window or which command), read from the lock file. The lock is the operating system's
(``flock`` on POSIX, ``msvcrt.locking`` on Windows): it ends with the process that held it, so a
killed run never leaves a stale lock behind.

Within one process the lock is counted: opening the same store twice (a restore re-opening the
store it has just swapped in, tests) takes it once and releases it with the last holder.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mbe_desktop.domain.errors import StoreInUse, StoreReadOnly
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

LOCK_FILE = "store.lock"
_WINDOWS_LOCK_OFFSET = 1 << 16  # lock a byte past the holder text, so it stays readable

IN_USE = QT_TRANSLATE_NOOP(
    "Messages",
    "Der Datenbestand in {folder} wird gerade von {holder} benutzt. Es kann immer nur ein "
    "Programm zur selben Zeit damit arbeiten. Bitte warten Sie, bis es fertig ist, oder "
    "schließen Sie es, und versuchen Sie es dann erneut. Es wurde nichts verändert.",
)
HOLDER_GUI = QT_TRANSLATE_NOOP("Messages", "dem Programmfenster von MBE Desktop (Prozess {pid})")
HOLDER_COMMAND = QT_TRANSLATE_NOOP("Messages", "dem Befehl „mbe-desktop {command}“ (Prozess {pid})")
HOLDER_OTHER = QT_TRANSLATE_NOOP("Messages", "einem anderen Programm (Prozess {pid})")
HOLDER_UNKNOWN = QT_TRANSLATE_NOOP("Messages", "einem anderen Programm")
READ_ONLY = QT_TRANSLATE_NOOP(
    "Messages",
    "Der Datenordner {folder} ist schreibgeschützt: MBE Desktop kann dort nicht arbeiten. "
    "Prüfen Sie die Berechtigungen des Ordners. Es wurde nichts verändert.",
)

_KIND_GUI = "gui"
_KIND_COMMAND = "command"
_KIND_OTHER = "program"

_registry_guard = threading.Lock()
_held: dict[Path, _Held] = {}
_holder: dict[str, str] = {"kind": _KIND_OTHER, "command": ""}


@dataclass
class _Held:
    fd: int
    count: int


def hold_as_gui() -> None:
    """This process is the window: refusals elsewhere name it so."""
    _holder.update(kind=_KIND_GUI, command="")


def hold_as_command(command: str) -> None:
    """This process runs ``mbe-desktop <command>``."""
    _holder.update(kind=_KIND_COMMAND, command=command)


class StoreLock:
    """One holder's share of the process's lock on a data folder; ``release`` once."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._key = _key(root)
        self._released = False

    @classmethod
    def acquire(cls, root: Path) -> StoreLock:
        """Take the lock (or one more share of it); StoreInUse if another process holds it."""
        key = _key(root)
        with _registry_guard:
            held = _held.get(key)
            if held is not None:
                held.count += 1
                return cls(root)
            fd = _open_lock_file(key)
            try:
                _lock(fd)
            except BlockingIOError:
                holder = _describe_holder(key)
                os.close(fd)
                raise StoreInUse(IN_USE, folder=root, holder=holder) from None
            except OSError:
                os.close(fd)
                raise
            _write_holder(fd)
            _held[key] = _Held(fd, 1)
        return cls(root)

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        with _registry_guard:
            held = _held.get(self._key)
            if held is None:
                return
            held.count -= 1
            if held.count > 0:
                return
            del _held[self._key]
            with contextlib.suppress(OSError):
                _clear_holder(held.fd)
            _unlock(held.fd)
            os.close(held.fd)


@contextlib.contextmanager
def held(root: Path) -> Iterator[StoreLock]:
    """The lock for the length of a ``with`` block."""
    lock = StoreLock.acquire(root)
    try:
        yield lock
    finally:
        lock.release()


def is_held_here(root: Path) -> bool:
    with _registry_guard:
        return _key(root) in _held


def _key(root: Path) -> Path:
    return (Path(root).expanduser().resolve()) / LOCK_FILE


def _open_lock_file(path: Path) -> int:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as error:
        if error.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
            from mbe_desktop.storage.files import os_error_to_user_error

            raise os_error_to_user_error(error) from None
    try:  # a lock file that exists can be locked read-only; the store then says what fails
        return os.open(path, os.O_RDONLY)
    except OSError:
        raise StoreReadOnly(READ_ONLY, folder=path.parent) from None


def _write_holder(fd: int) -> None:
    data = json.dumps(
        {
            "pid": os.getpid(),
            "kind": _holder["kind"],
            "command": _holder["command"],
            "since": datetime.now().astimezone().isoformat(timespec="seconds"),
        }
    ).encode("ascii")
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)
    except OSError:
        log.info("lock holder not written (read-only lock file)")


def _clear_holder(fd: int) -> None:
    os.ftruncate(fd, 0)


def _describe_holder(path: Path) -> Text:
    try:
        data = json.loads(path.read_text("ascii"))
        pid = int(data["pid"])
        kind = str(data.get("kind", ""))
        command = str(data.get("command", ""))
    except (OSError, ValueError, KeyError, TypeError):
        return Text(HOLDER_UNKNOWN)
    if kind == _KIND_GUI:
        return Text(HOLDER_GUI, {"pid": pid})
    if kind == _KIND_COMMAND and command.replace("-", "").isalnum():
        return Text(HOLDER_COMMAND, {"command": command, "pid": pid})
    return Text(HOLDER_OTHER, {"pid": pid})


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as error:
            raise BlockingIOError(errno.EAGAIN, "locked") from error

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


__all__ = [
    "IN_USE",
    "LOCK_FILE",
    "StoreLock",
    "held",
    "hold_as_command",
    "hold_as_gui",
    "is_held_here",
]
