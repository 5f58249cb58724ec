"""Diagnosis first, read-only: what is wrong with a store, found before anything writes to it.

Opening a store read-write is not harmless: SQLite writes the header into a zero-byte file
(it becomes a new, empty database), and the last connection to close checkpoints the ``-wal``
into the database file and deletes it — into a truncated file, too, which loses the only copy
of its pages. So before the store is opened for work:

1. :func:`refuse_unsound_files` looks at the files without a key and without SQLite: a missing
   permission, a zero-byte or truncated file, a plain (unencrypted) SQLite file;
2. :func:`refuse_unsound_database` reads the schema through a **read-only** connection with
   the verified key (a read-only connection never checkpoints), and tells a database that
   belongs to another store (no page opens with this key) from a damaged one (some do).

Each finding is its own error with its own message: :class:`StoreReadOnly`,
:class:`StoreForeign`, :class:`StoreDamaged` (a full disk shows only when writing:
:class:`StorageFull`). :func:`content_problems` checks the content hashes the store keeps
(stored letters and documents), for a backup's copy.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import shutil
from pathlib import Path
from typing import Any

import sqlcipher3

from mbe_desktop.domain.errors import (
    StorageFull,
    StoreDamaged,
    StoreForeign,
    StoreReadOnly,
    UserError,
)
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP
from mbe_desktop.paths import DataPaths
from mbe_desktop.storage.engine import raw_key_literal

log = logging.getLogger(__name__)

PAGE_SIZE = 4096  # SQLCipher 4's default; the app never changes it
SQLITE_HEADER = b"SQLite format 3\x00"

DAMAGED = QT_TRANSLATE_NOOP(
    "Messages",
    "Der Datenbestand ist beschädigt oder gehört nicht zu MBE Desktop. Es wurde nichts "
    "verändert. Stellen Sie ihn aus einer Sicherung wieder her.",
)  # the same text as storage.store.DAMAGED_MESSAGE
EMPTY_FILE = QT_TRANSLATE_NOOP(
    "Messages",
    "Die Datenbankdatei in {folder} ist leer (0 Byte): der Datenbestand ist verloren. Es wurde "
    "nichts verändert. Stellen Sie ihn aus einer Sicherung wieder her.",
)
TRUNCATED = QT_TRANSLATE_NOOP(
    "Messages",
    "Die Datenbankdatei in {folder} ist unvollständig (abgeschnitten): der Datenbestand ist "
    "beschädigt. Es wurde nichts verändert. Stellen Sie ihn aus einer Sicherung wieder her.",
)
PLAIN_SQLITE = QT_TRANSLATE_NOOP(
    "Messages",
    "Die Datei store.db in {folder} ist eine unverschlüsselte Datenbank und kein Datenbestand "
    "von MBE Desktop. Es wurde nichts verändert.",
)
OTHER_STORE = QT_TRANSLATE_NOOP(
    "Messages",
    "Die Datenbankdatei in {folder} passt nicht zur Schlüsseldatei: sie gehört zu einem anderen "
    "Datenbestand oder ist keine Datei von MBE Desktop. Es wurde nichts verändert.",
)
FILE_READ_ONLY = QT_TRANSLATE_NOOP(
    "Messages",
    "Die Datei {name} im Datenordner {folder} ist schreibgeschützt: MBE Desktop kann damit nicht "
    "arbeiten. Prüfen Sie die Berechtigungen. Es wurde nichts verändert.",
)
FOLDER_READ_ONLY = QT_TRANSLATE_NOOP(
    "Messages",
    "Der Datenordner {folder} ist schreibgeschützt: MBE Desktop kann dort nicht arbeiten. "
    "Prüfen Sie die Berechtigungen des Ordners. Es wurde nichts verändert.",
)  # the same text as storage.lock.READ_ONLY


def writable(path: Path) -> bool:
    """Whether this process may write ``path`` (a read-only mount counts as not writable)."""
    return os.access(path, os.W_OK)


def refuse_unsound_files(paths: DataPaths) -> None:
    """Checks without a key and without SQLite; raises the first finding."""
    database = paths.database
    try:
        size = database.stat().st_size
    except FileNotFoundError:
        return  # the caller reports a missing file
    if not writable(paths.root):
        raise StoreReadOnly(FOLDER_READ_ONLY, folder=paths.root)
    for path in (database, Path(f"{database}-wal"), Path(f"{database}-shm"), paths.key_slots):
        if path.exists() and not writable(path):
            raise StoreReadOnly(FILE_READ_ONLY, name=path.name, folder=paths.root)
    if size == 0:
        log.warning("zero-byte database file")
        raise StoreDamaged(EMPTY_FILE, folder=paths.root)
    try:
        with open(database, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        if error.errno in (errno.EACCES, errno.EPERM):
            raise StoreReadOnly(FILE_READ_ONLY, name=database.name, folder=paths.root) from None
        raise
    if header == SQLITE_HEADER:
        log.warning("plain SQLite file instead of an encrypted store")
        raise StoreForeign(PLAIN_SQLITE, folder=paths.root)
    if size % PAGE_SIZE:
        log.warning("database file size is not a whole number of pages")
        raise StoreDamaged(TRUNCATED, folder=paths.root)


FULL_AT_OPEN = QT_TRANSLATE_NOOP(
    "Messages",
    "Der Datenträger ist voll: MBE Desktop kann den Datenbestand nicht öffnen. Schaffen Sie "
    "Platz und versuchen Sie es erneut. Es wurde nichts verändert.",
)
NEEDED_FREE_BYTES = 1 << 20  # opening needs room for the -wal and the 32 KB -shm, and more


def environment_problem(paths: DataPaths, error: BaseException) -> UserError | None:
    """A failed open that is the machine's, not the store's: a full disk (SQLite says
    "disk I/O error" when it cannot create the -shm) or a folder it may not write."""
    text_of_error = str(getattr(error, "orig", None) or error).lower()
    if not any(
        word in text_of_error for word in ("full", "disk i/o", "unable to open", "readonly")
    ):
        return None
    try:
        free = shutil.disk_usage(paths.root).free
    except OSError:
        free = NEEDED_FREE_BYTES
    if "full" in text_of_error or free < NEEDED_FREE_BYTES:
        log.warning("store not opened: disk full")
        return StorageFull(FULL_AT_OPEN)
    if not writable(paths.root):
        return StoreReadOnly(FOLDER_READ_ONLY, folder=paths.root)
    for path in (paths.database, Path(f"{paths.database}-wal"), Path(f"{paths.database}-shm")):
        if path.exists() and not writable(path):
            return StoreReadOnly(FILE_READ_ONLY, name=path.name, folder=paths.root)
    return None


def read_only_connection(database: Path, db_key: bytes) -> Any:
    """A keyed connection that cannot write (and so never checkpoints)."""
    uri = f"{database.resolve().as_uri()}?mode=ro"  # file:///…, percent-encoded
    connection = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f'PRAGMA key = "{raw_key_literal(db_key)}"')
    connection.execute("PRAGMA temp_store = MEMORY")
    return connection


@contextlib.contextmanager
def _read_only(database: Path, db_key: bytes) -> Any:
    """A read-only connection; the empty ``-wal``/``-shm`` it had to create go again (the caller
    holds the store's lock, so no other connection of ours uses them)."""
    side_files = [Path(f"{database}{suffix}") for suffix in ("-wal", "-shm")]
    existed = [path.exists() for path in side_files]
    connection = read_only_connection(database, db_key)
    try:
        yield connection
    finally:
        connection.close()
        wal = side_files[0]
        created_empty = not existed[0] and wal.exists() and wal.stat().st_size == 0
        if created_empty:
            for path, was_there in zip(side_files, existed, strict=True):
                if not was_there:
                    with contextlib.suppress(OSError):
                        path.unlink()


def refuse_unsound_database(paths: DataPaths, db_key: bytes) -> None:
    """With the verified key, read-only: the schema reads, the file holds its pages."""
    database = paths.database
    size = database.stat().st_size
    with _read_only(database, db_key) as connection:
        try:
            connection.execute("SELECT name, sql FROM sqlite_master").fetchall()
            page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])
            page_count = int(connection.execute("PRAGMA page_count").fetchone()[0])
        except sqlcipher3.DatabaseError as error:
            problem = environment_problem(paths, error)
            if problem is not None:
                raise problem from None
            if _no_page_opens(connection, size):
                log.warning("database file does not open with this store's key")
                raise StoreForeign(OTHER_STORE, folder=paths.root) from None
            log.warning("schema unreadable at open")
            raise StoreDamaged(DAMAGED) from None
        if size < page_count * page_size:
            # Pages beyond the end of the file must be in the -wal (a commit not yet
            # checkpointed); a truncated file is found by reading every page.
            wal = Path(f"{database}-wal")
            if not (wal.exists() and wal.stat().st_size > 0) or not _quick_check_ok(connection):
                log.warning("database file shorter than its page count")
                raise StoreDamaged(TRUNCATED, folder=paths.root)


def _no_page_opens(connection: Any, size: int) -> bool:
    """True when every page fails its HMAC: another key (a foreign file), not damage."""
    try:
        failing = len(connection.execute("PRAGMA cipher_integrity_check").fetchall())
    except sqlcipher3.DatabaseError:
        return False
    pages = size // PAGE_SIZE
    return pages > 0 and failing >= pages


def _quick_check_ok(connection: Any) -> bool:
    try:
        rows = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
    except sqlcipher3.DatabaseError:
        return False
    return rows == ["ok"]


def page_errors(connection: Any) -> list[str]:
    """Pages whose HMAC fails (``PRAGMA cipher_integrity_check``; empty when all are sound)."""
    return [
        " ".join(str(value) for value in row)
        for row in connection.execute("PRAGMA cipher_integrity_check").fetchall()
    ]


def content_problems(connection: Any) -> int:
    """How many stored documents (letters, agreements …) no longer match their SHA-256 or
    size — damage that both integrity checks miss when it hit the content of a page only."""
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    if "stored_document" not in tables:
        return 0
    problems = 0
    cursor = connection.execute("SELECT sha256, size, content FROM stored_document")
    for digest, size, content in iter(cursor.fetchone, None):
        data = bytes(content or b"")
        if len(data) != size or hashlib.sha256(data).hexdigest() != digest:
            problems += 1
    cursor.close()
    return problems


def read_only_check(paths: DataPaths, db_key: bytes, pragmas: tuple[str, ...]) -> list[list[str]]:
    """The full checks (``pragmas``) through a read-only connection: ``check`` reports a damaged
    store without writing a byte to it (no checkpoint, no audit event)."""
    refuse_unsound_database(paths, db_key)
    results: list[list[str]] = []
    with _read_only(paths.database, db_key) as connection:
        for pragma in pragmas:
            try:
                rows = [
                    " ".join(str(value) for value in row)
                    for row in connection.execute(pragma).fetchall()
                ]
            except sqlcipher3.DatabaseError as error:
                rows = [f"abgebrochen: {type(error).__name__}"]
            results.append([row for row in rows if row != "ok"])
    return results
