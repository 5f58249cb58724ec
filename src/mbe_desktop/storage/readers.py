"""Reading files from outside the store with bounds: whole files, zip archives, their members.

The I/O half of :mod:`mbe_desktop.domain.bounded`. Each helper reads no more than its limit
(a file that grows while it is read, a zip member whose header lies about its size, a member that
inflates to gigabytes: all stop at the limit) and turns every way a file can be odd (missing, a
folder, no permission, a name the operating system refuses, a NUL in the path, a broken or
encrypted archive) into a :class:`~mbe_desktop.domain.bounded.FormatError` that says what is
wrong. The reader of a format (backup, presets, partner CSV, hand-over and statistics packages)
adds which file it is.
"""

from __future__ import annotations

import contextlib
import errno
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from mbe_desktop.domain.bounded import FormatError
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text

__all__ = [
    "ARCHIVE_ERRORS",
    "MEMBER_MISSING",
    "MISSING",
    "NOT_AN_ARCHIVE",
    "TOO_BIG",
    "PathKind",
    "file_size",
    "open_archive",
    "path_kind",
    "read_bounded",
    "read_member",
    "reason_of",
]

# Everything zipfile (and zlib, bz2, lzma under it) raises for a malformed or crafted archive.
ARCHIVE_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    struct.error,
    EOFError,
    ValueError,  # also UnicodeDecodeError of member names
    OverflowError,
    NotImplementedError,  # an unsupported compression method
    RuntimeError,  # an encrypted member ("password required")
    KeyError,
    OSError,
)

MISSING = QT_TRANSLATE_NOOP("Messages", "die Datei gibt es nicht")
_NOT_A_FILE = QT_TRANSLATE_NOOP("Messages", "das ist ein Ordner oder keine gewöhnliche Datei")
_UNREADABLE = QT_TRANSLATE_NOOP("Messages", "die Datei kann nicht gelesen werden ({reason})")
TOO_BIG = QT_TRANSLATE_NOOP("Messages", "die Datei ist größer als {size}")
_BAD_NAME = QT_TRANSLATE_NOOP("Messages", "der Dateiname ist ungültig")


class PathKind:
    MISSING = "missing"
    FILE = "file"
    FOLDER = "folder"
    OTHER = "other"


def reason_of(error: OSError) -> str:
    """The operating system's reason, as short as it comes (no path: it may name a person)."""
    return error.strerror or type(error).__name__


def _os_failure(error: OSError) -> FormatError:
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return FormatError(MISSING)
    if error.errno == errno.EISDIR:
        return FormatError(_NOT_A_FILE)
    if error.errno in (errno.ENAMETOOLONG, errno.EINVAL, errno.ELOOP):
        return FormatError(_BAD_NAME)
    return FormatError(_UNREADABLE, reason=reason_of(error))


def path_kind(path: Path) -> str:
    """What ``path`` is, never raising: an odd name (too long, NUL) counts as missing."""
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return PathKind.MISSING
    if stat.S_ISREG(mode):
        return PathKind.FILE
    if stat.S_ISDIR(mode):
        return PathKind.FOLDER
    return PathKind.OTHER


def file_size(path: Path) -> int:
    """The size of a regular file; FormatError for anything else."""
    try:
        info = path.stat()
    except ValueError:  # a NUL in the name
        raise FormatError(_BAD_NAME) from None
    except OSError as error:
        raise _os_failure(error) from None
    if not stat.S_ISREG(info.st_mode):
        raise FormatError(_NOT_A_FILE)
    return info.st_size


def size_text(size: int) -> str:
    """A limit in words: "64 KB", "5 MB"."""
    if size >= 1024 * 1024:
        return f"{size // (1024 * 1024)} MB"
    return f"{max(size // 1024, 1)} KB"


def read_bounded(path: Path, max_bytes: int) -> bytes:
    """The whole file, or FormatError if it is no regular file, unreadable or too big.

    Reads at most ``max_bytes + 1`` bytes, so a file that grows meanwhile is still bounded."""
    file_size(path)  # a folder, a pipe or a device is refused before it is opened
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except ValueError:
        raise FormatError(_BAD_NAME) from None
    except OSError as error:
        raise _os_failure(error) from None
    if len(data) > max_bytes:
        raise FormatError(TOO_BIG, size=size_text(max_bytes))
    return data


@contextlib.contextmanager
def open_archive(path: Path, *, max_members: int) -> Iterator[zipfile.ZipFile]:
    """A zip archive opened for reading, with at most ``max_members`` members and no name twice.

    Errors while opening become FormatError; errors inside the ``with`` block are the caller's
    (catch :data:`ARCHIVE_ERRORS`)."""
    file_size(path)
    try:
        archive = zipfile.ZipFile(path)
    except ValueError:
        raise FormatError(NOT_AN_ARCHIVE) from None
    except OSError as error:
        raise _os_failure(error) from None
    except ARCHIVE_ERRORS:
        raise FormatError(NOT_AN_ARCHIVE) from None
    try:
        names = archive.namelist()
        if len(names) > max_members or len(set(names)) != len(names):
            raise FormatError(NOT_AN_ARCHIVE)
        yield archive
    finally:
        archive.close()


NOT_AN_ARCHIVE = QT_TRANSLATE_NOOP("Messages", "die Datei ist kein gültiges Zip-Archiv")


def read_member(archive: zipfile.ZipFile, name: str, max_bytes: int) -> bytes:
    """One member, decompressed, of at most ``max_bytes`` bytes (checked against the header
    before anything is inflated, and again while reading, in case the header lies)."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise FormatError(MEMBER_MISSING, entry=name) from None
    too_big = Text(
        QT_TRANSLATE_NOOP("Messages", "„{entry}“ ist größer als {size}"),
        {"entry": name, "size": size_text(max_bytes)},
    )
    if info.file_size > max_bytes:
        raise FormatError(too_big)
    try:
        with archive.open(info) as member:
            data = member.read(max_bytes + 1)
    except zipfile.BadZipFile as error:
        if "crc" in str(error).lower():
            raise FormatError(
                QT_TRANSLATE_NOOP("Messages", "die Prüfsumme von „{entry}“ ist falsch"), entry=name
            ) from None
        raise FormatError(_MEMBER_DAMAGED, entry=name) from None
    except ARCHIVE_ERRORS:
        raise FormatError(_MEMBER_DAMAGED, entry=name) from None
    if len(data) > max_bytes:
        raise FormatError(too_big)
    return data


MEMBER_MISSING = QT_TRANSLATE_NOOP("Messages", "„{entry}“ fehlt im Archiv")
_MEMBER_DAMAGED = QT_TRANSLATE_NOOP("Messages", "„{entry}“ ist unvollständig oder beschädigt")
