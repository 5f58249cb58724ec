"""The defensive reader of backup files: manifest values, member sizes, the restored schema.

:mod:`mbe_desktop.storage.backup` writes and restores backups; what it reads from a backup file
is checked here first, with the helpers of :mod:`mbe_desktop.domain.bounded` and
:mod:`mbe_desktop.storage.readers`:

- ``manifest.json`` and ``store.keys`` are read with a bound on their *decompressed* size (a
  manifest that inflates to 256 MiB stops at 64 KB), ``store.db`` must be stored uncompressed;
- every manifest value has its type, length, pattern and range checked (no ``int()`` of a
  30-digit number, no ``RecursionError`` from nesting);
- :func:`check_restorable` opens the extracted database in its private folder and requires the
  app's schema (a known alembic revision, the same as the manifest's, the app's tables), so an
  empty or foreign database is refused *before* the current store is moved aside.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import sqlcipher3

from mbe_desktop.domain.bounded import SQLITE_INT_MAX, Fields, FormatError, parse_json
from mbe_desktop.domain.errors import UserError
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text
from mbe_desktop.storage.engine import raw_key_literal
from mbe_desktop.storage.keyslots import MAX_FILE_BYTES as MAX_KEYS_BYTES

if TYPE_CHECKING:
    from mbe_desktop.storage.backup import BackupManifest

__all__ = [
    "MAX_KEYS_BYTES",
    "MAX_MANIFEST_BYTES",
    "MAX_MEMBERS",
    "NOT_A_BACKUP",
    "NOT_A_BACKUP_PART",
    "check_restorable",
    "named",
    "parse_manifest",
]

FORMAT = "mbe-desktop-backup"
VERSION = 1
MAX_MANIFEST_BYTES = 64 * 1024  # a real manifest is about 1 KB
MAX_MANIFEST_DEPTH = 4
MAX_MEMBERS = 16  # three are written
MAX_TABLES = 500
_SHA256 = re.compile(r"[0-9a-f]{64}")
_REVISION = re.compile(r"[A-Za-z0-9_]+")
_STORE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")
# Tables every revision of the schema has had since the first migration.
BASE_TABLES = frozenset(
    {"alembic_version", "office_profile", "setting", "client", "case", "contact", "audit_event"}
)

NOT_A_BACKUP = QT_TRANSLATE_NOOP(
    "Messages",
    "Die Datei {name} ist keine Sicherung von MBE Desktop oder sie ist unvollständig "
    "({reason}). Es wurde nichts verändert.",
)
NOT_A_BACKUP_PART = QT_TRANSLATE_NOOP(
    "Messages",
    "Die Datei {name} ist keine Sicherung von MBE Desktop oder sie ist beschädigt "
    "({part}: {reason}). Es wurde nichts verändert.",
)
IN_FILE = QT_TRANSLATE_NOOP("Messages", "{name}: {reason}")
DAMAGED = QT_TRANSLATE_NOOP(
    "Messages", "Die Sicherung ist beschädigt ({reason}). Es wurde nichts verändert."
)
TOO_NEW = QT_TRANSLATE_NOOP(
    "Messages",
    "Die Sicherung stammt aus einer neueren Version von MBE Desktop. Bitte "
    "installieren Sie die aktuelle Version. Es wurde nichts verändert.",
)

E = TypeVar("E", bound=UserError)
M = TypeVar("M", bound="BackupManifest")


def named(error: E, name: str) -> E:
    """The same kind of error with the file's name in front, unless its text names it already."""
    if "name" in error.params or error.template == IN_FILE:
        return error
    return type(error)(IN_FILE, name=name, reason=error)


def parse_manifest(cls: type[M], raw: bytes) -> M:
    """The manifest's values, each checked; FormatError says which one is wrong."""
    data = Fields(parse_json(raw, max_bytes=MAX_MANIFEST_BYTES, max_depth=MAX_MANIFEST_DEPTH))
    if data.text("format", max_length=64, optional=True) != FORMAT:
        raise FormatError(
            QT_TRANSLATE_NOOP("Messages", "das Inhaltsverzeichnis ist nicht von MBE Desktop")
        )
    version = data.integer("version", 1, 2**31)
    if version > VERSION:
        from mbe_desktop.storage.backup import BackupRefused

        raise BackupRefused(TOO_NEW)
    created_at = data.required_text("created_at", max_length=40)
    manifest = cls(
        created_at=created_at,
        app_version=data.required_text("app_version", max_length=40),
        store_id=data.required_text("store_id", max_length=64, pattern=_STORE_ID),
        schema_revision=data.text(
            "schema_revision", max_length=64, pattern=_REVISION, optional=True
        ),
        counts=data.mapping("counts", max_items=MAX_TABLES).integers(
            key_length=64, minimum=0, maximum=SQLITE_INT_MAX
        ),
        db_sha256=data.required_text("db_sha256", max_length=64, pattern=_SHA256),
        db_size=data.integer("db_size", 0, SQLITE_INT_MAX),
        format_version=version,
    )
    # The app writes a time with its UTC offset; one without it could not even be sorted among
    # the others (naive and aware datetimes do not compare).
    try:
        offset = manifest.created.utcoffset()
    except ValueError:
        offset = None
    if offset is None:
        raise FormatError(
            QT_TRANSLATE_NOOP("Messages", "„{entry}“ ist kein gültiger Zeitpunkt"),
            entry="created_at",
        )
    return manifest


def check_restorable(
    database: Path, db_key: bytes, revision: str | None, known_revisions: set[str] | None
) -> Text | None:
    """Why the extracted database cannot become the store (a full German message), or None.

    Requires one alembic revision, equal to the manifest's and known to this program, and the
    app's tables (all of them at the newest revision). ``known_revisions`` None: any revision
    the manifest names."""
    from mbe_desktop.storage import migrate, models

    try:
        connection = sqlcipher3.connect(str(database), isolation_level=None)
    except sqlcipher3.Error:
        return _damaged(_UNREADABLE)
    try:
        connection.execute(f'PRAGMA key = "{raw_key_literal(db_key)}"')
        connection.execute("PRAGMA query_only = ON")
        tables = {
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            ).fetchall()
        }
        if "alembic_version" not in tables:
            return _damaged(_NO_SCHEMA)
        rows: list[Any] = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlcipher3.Error:
        return _damaged(_UNREADABLE)
    finally:
        connection.close()
    if len(rows) != 1 or not isinstance(rows[0][0], str):
        return _damaged(_NO_SCHEMA)
    found = rows[0][0]
    if known_revisions is not None and found not in known_revisions:
        return Text(TOO_NEW)
    if revision is None or found != revision:
        return _damaged(_OTHER_REVISION)
    required = set(BASE_TABLES)
    if found == migrate.HEAD_REVISION:
        required |= set(models.Base.metadata.tables)
    if not required <= tables:
        return _damaged(_NO_SCHEMA)
    return None


def _damaged(reason: str) -> Text:
    return Text(DAMAGED, {"reason": Text(reason)})


_UNREADABLE = QT_TRANSLATE_NOOP("Messages", "Datenbank nicht lesbar")
_NO_SCHEMA = QT_TRANSLATE_NOOP("Messages", "die Datenbank hat nicht das Schema von MBE Desktop")
_OTHER_REVISION = QT_TRANSLATE_NOOP(
    "Messages", "die Schema-Version stimmt nicht mit dem Inhaltsverzeichnis überein"
)
