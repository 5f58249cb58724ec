"""Backup files: one ``.mbebackup`` (a zip) with an encrypted database copy and the key slots.

Layout of the zip (stored, not compressed: encrypted pages do not compress)::

    manifest.json   format, version, created_at, app version, store id, schema revision,
                    row counts per table, sha256 and size of store.db
    store.keys      the key-slot file (the database key wrapped under passphrase and recovery code)
    store.db        the database, copied with SQLite's online backup API into a target keyed
                    with the SAME raw key – never a copy of the file, never an unkeyed target

So a backup opens with the passphrase or recovery code that was valid when it was made, and with
nothing else. Work happens in a private (0700) folder inside the target folder or the store
folder; the backup gets its final name only after it was read back and checked (zip CRC, sha256,
``cipher_integrity_check``, ``integrity_check``, row counts). A restore stages the verified
database next to the store, moves the current store into ``safety-copies/`` and renames the staged
files into place; a small journal file lets an interrupted swap finish at the next start.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import time
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine

from mbe_desktop import __version__
from mbe_desktop.domain.bounded import FormatError, parse_json
from mbe_desktop.domain.errors import (
    StorageFull,
    StoreDamaged,
    StoreReadOnly,
    UserError,
    WrongPassphrase,
)
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text
from mbe_desktop.paths import DataPaths
from mbe_desktop.storage.backup_reader import (
    MAX_KEYS_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_MEMBERS,
    NOT_A_BACKUP,
    NOT_A_BACKUP_PART,
    TOO_NEW,
    check_restorable,
    named,
    parse_manifest,
)
from mbe_desktop.storage.diagnose import content_problems, page_errors
from mbe_desktop.storage.engine import raw_key_literal
from mbe_desktop.storage.files import fsync_dir, os_error_to_user_error, write_private_atomic
from mbe_desktop.storage.keyslots import PASSPHRASE, KeySlotFile, KeySlotsDamaged
from mbe_desktop.storage.leftovers import work_prefix
from mbe_desktop.storage.readers import (
    ARCHIVE_ERRORS,
    MEMBER_MISSING,
    MISSING,
    NOT_AN_ARCHIVE,
    file_size,
    open_archive,
    read_member,
)

log = logging.getLogger(__name__)

FORMAT = "mbe-desktop-backup"
VERSION = 1
SUFFIX = ".mbebackup"
NAME_PREFIX = "MBE-Sicherung-"
MANIFEST_MEMBER = "manifest.json"
KEYS_MEMBER = "store.keys"
DB_MEMBER = "store.db"
WORK_PREFIX = ".mbe-backup-"
RESTORE_PREFIX = ".mbe-restore-"
RESTORE_JOURNAL = "restore-pending.json"
PAGES_PER_STEP = 1024
STALE_WORK_SECONDS = 6 * 3600
_NAME_PATTERN = re.compile(r"^MBE-Sicherung-\d{4}-\d{2}-\d{2}-\d{4}(-\d+)?\.mbebackup$")

Progress = Callable[[int, int], bool]  # (done, total) → False cancels


class BackupRefused(UserError):
    """The file is not a usable backup (foreign, truncated, damaged, too new)."""


class BackupCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("Die Sicherung wurde abgebrochen. Es wurde keine Datei angelegt.")


@dataclass(frozen=True)
class BackupManifest:
    created_at: str  # ISO 8601 with offset
    app_version: str
    store_id: str
    schema_revision: str | None
    counts: Mapping[str, int]
    db_sha256: str
    db_size: int
    format_version: int = VERSION

    @property
    def created(self) -> datetime:
        return datetime.fromisoformat(self.created_at)

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "version": self.format_version,
            "created_at": self.created_at,
            "app_version": self.app_version,
            "store_id": self.store_id,
            "schema_revision": self.schema_revision,
            "counts": dict(sorted(self.counts.items())),
            "db_sha256": self.db_sha256,
            "db_size": self.db_size,
        }
        return json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> BackupManifest:
        """Parse a manifest; sizes, nesting, types and number ranges are checked first.

        Raises FormatError (what is wrong) or BackupRefused (a backup from a newer version)."""
        return parse_manifest(cls, raw)


@dataclass(frozen=True)
class BackupInfo:
    """A backup file and what its manifest says (nothing here needs the key)."""

    path: Path
    manifest: BackupManifest
    size: int

    @property
    def created(self) -> datetime:
        return self.manifest.created

    @property
    def counts(self) -> Mapping[str, int]:
        return self.manifest.counts


@dataclass
class PreparedRestore:
    """A verified database and its key slots, staged in a private folder inside the store
    folder (same file system, so the swap is a rename). ``commit`` or ``discard`` it."""

    paths: DataPaths
    staged: Path
    info: BackupInfo
    committed: bool = field(default=False)

    def commit(self) -> Path:
        """Swap the staged store in; the old one moves to ``safety-copies/``. The store must
        be closed. Returns the safety folder."""
        safety = swap_in(self.paths, self.staged)
        self.committed = True
        return safety

    def discard(self) -> None:
        shutil.rmtree(self.staged, ignore_errors=True)


_FOREIGN = QT_TRANSLATE_NOOP(
    "Messages",
    "Die Datei ist keine Sicherung von MBE Desktop oder sie ist unvollständig. "
    "Es wurde nichts verändert.",
)
FILE_EXISTS = QT_TRANSLATE_NOOP(
    "Messages", "Die Datei {name} gibt es schon. Sie wird nicht überschrieben."
)
_DAMAGED = QT_TRANSLATE_NOOP(
    "Messages", "Die Sicherung ist beschädigt ({reason}). Es wurde nichts verändert."
)


# --- writing ---------------------------------------------------------------------------------


def backup_file_name(now: datetime) -> str:
    return f"{NAME_PREFIX}{now:%Y-%m-%d-%H%M}{SUFFIX}"


def target_path(target: Path, now: datetime) -> Path:
    """``target`` is a folder (a free name is chosen) or a file name ending in .mbebackup."""
    if target.suffix.lower() == SUFFIX and not target.is_dir():
        if target.exists():
            raise UserError(FILE_EXISTS, name=target.name)
        return target
    name = backup_file_name(now)
    candidate = target / name
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = target / name.replace(SUFFIX, f"-{counter}{SUFFIX}")
    return candidate


def create_backup(
    engine: Engine,
    db_key: bytes,
    slots: KeySlotFile,
    target: Path,
    progress: Progress | None = None,
    *,
    now: datetime | None = None,
) -> BackupInfo:
    """Write a verified backup of the open store into ``target`` (folder or file)."""
    when = (now or datetime.now()).astimezone()
    try:
        final = target_path(target, when)
        folder = final.parent
        make_private_folders(folder)
        remove_stale_work_dirs(folder, WORK_PREFIX)
        work = Path(tempfile.mkdtemp(prefix=work_prefix(WORK_PREFIX), dir=folder))  # 0700
    except OSError as error:
        raise os_error_to_user_error(error) from None
    try:
        copy = work / DB_MEMBER
        revision, counts = _export(engine, db_key, copy, progress)
        manifest = BackupManifest(
            created_at=when.isoformat(timespec="seconds"),
            app_version=__version__,
            store_id=slots.store_id,
            schema_revision=revision,
            counts=counts,
            db_sha256=_sha256_file(copy),
            db_size=copy.stat().st_size,
        )
        part = work / "backup.part"
        _write_archive(part, manifest, slots.to_bytes(), copy)
        copy.unlink()
        # Read the file back as a restore would: zip CRC, sha256, both integrity checks, counts.
        verified = _extract_and_check(part, manifest, db_key, work / "verify")
        # ... and the content hashes the store keeps (stored letters): damage inside a page's
        # content passes both integrity checks.
        refuse_damaged_content(verified, db_key)
        shutil.rmtree(work / "verify", ignore_errors=True)
        if progress is not None and not progress(1, 1):  # cancelled while verifying
            raise BackupCancelled()
        if final.exists():
            raise UserError(FILE_EXISTS, name=final.name)
        os.replace(part, final)
        fsync_dir(folder)
    except OSError as error:
        raise os_error_to_user_error(error) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    log.info("backup written and verified (%d bytes)", final.stat().st_size)
    return BackupInfo(final, manifest, final.stat().st_size)


def _export(
    engine: Engine, db_key: bytes, copy: Path, progress: Progress | None
) -> tuple[str | None, dict[str, int]]:
    """Copy the database page by page into an encrypted target with the same key.

    The source connection holds one read transaction for the whole copy: the copy is the
    snapshot of its start, writers can go on committing, and the backup never restarts.
    """
    raw = engine.raw_connection()
    try:
        source: Any = raw.driver_connection
        if source.in_transaction:
            source.rollback()
        source.execute("BEGIN")
        try:
            revision, counts = _describe(source)
            target = _connect(copy, db_key)
            try:

                def step(_status: int, remaining: int, total: int) -> None:
                    if progress is not None and not progress(total - remaining, total):
                        raise BackupCancelled()

                source.backup(target, pages=PAGES_PER_STEP, progress=step)
            finally:
                target.close()
            # The backup API copies a page that fails its HMAC as it reads it (the copy then
            # passes its own checks): every page of the source is checked, in the same snapshot.
            damaged_pages = len(page_errors(source))
        finally:
            source.rollback()
    except sqlcipher3.DatabaseError as error:
        raw.invalidate()  # a connection that read a damaged page refuses every later write
        raise _export_error(error) from None
    finally:
        raw.close()
    if damaged_pages:
        _drop_pooled_connections(engine)
        log.warning("backup refused: %d damaged pages in the store", damaged_pages)
        raise StoreDamaged(DAMAGED_STORE)
    if os.name == "posix":
        copy.chmod(0o600)
    return revision, counts


DAMAGED_STORE = QT_TRANSLATE_NOOP(
    "Messages",
    "Der Datenbestand ist beschädigt: eine Sicherung davon wäre es auch. Es wurde keine "
    "Sicherung angelegt. Stellen Sie den Datenbestand aus einer älteren Sicherung wieder her.",
)


def make_private_folders(folder: Path) -> None:
    """Create ``folder`` and its missing parents as 0700 (existing ones are left as they are)."""
    missing = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        path.mkdir(mode=0o700, exist_ok=True)
        if os.name == "posix":
            path.chmod(0o700)  # mkdir's mode is narrowed by the umask, never widened


def _export_error(error: Exception) -> UserError:
    """What stopped the copy: the store's damage, the target's full disk or permissions, or a
    store that stayed busy — each with its own message (and exit code on the command line)."""
    text_of_error = str(error).lower()
    log.warning("backup copy failed: %s", type(error).__name__)
    if "full" in text_of_error:
        return StorageFull(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Der Datenträger des Sicherungsziels ist voll. Es wurde keine Sicherung angelegt.",
            )
        )
    if "readonly" in text_of_error or "unable to open" in text_of_error:
        return StoreReadOnly(
            QT_TRANSLATE_NOOP(
                "Messages",
                "In das Sicherungsziel kann nicht geschrieben werden. Prüfen Sie die "
                "Berechtigungen. Es wurde keine Sicherung angelegt.",
            )
        )
    if "malformed" in text_of_error or "not a database" in text_of_error:
        return StoreDamaged(DAMAGED_STORE)
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Die Sicherung konnte nicht angelegt werden: der Datenbestand ist nicht lesbar "
            "oder belegt. Es wurde keine Datei angelegt.",
        )
    )


def _drop_pooled_connections(engine: Engine) -> None:
    """Drop the pooled connections: one of them has read a damaged page."""
    engine.dispose()


def refuse_damaged_content(database: Path, db_key: bytes) -> None:
    """The copy's stored documents must match the hashes stored with them."""
    connection = _connect(database, db_key)
    try:
        problems = content_problems(connection)
    except sqlcipher3.DatabaseError:
        problems = 1
    finally:
        connection.close()
    if problems:
        log.warning("backup refused: %d stored documents do not match their hashes", problems)
        raise StoreDamaged(DAMAGED_STORE)


def _connect(path: Path, db_key: bytes) -> Any:
    connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f'PRAGMA key = "{raw_key_literal(db_key)}"')
    connection.execute("PRAGMA temp_store = MEMORY")
    return connection


def _describe(connection: Any) -> tuple[str | None, dict[str, int]]:
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        ).fetchall()
    ]
    counts = {
        name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
        for name in tables
    }
    revision = None
    if "alembic_version" in counts:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = None if row is None else str(row[0])
    return revision, counts


def _write_archive(part: Path, manifest: BackupManifest, keys: bytes, copy: Path) -> None:
    with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as archive:
        archive.writestr(MANIFEST_MEMBER, manifest.to_bytes())
        archive.writestr(KEYS_MEMBER, keys)
        archive.write(copy, DB_MEMBER)
    if os.name == "posix":
        part.chmod(0o600)
    fd = os.open(part, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- reading and checking ----------------------------------------------------------------------


def read_backup(file: Path) -> tuple[BackupInfo, bytes]:
    """The manifest and the key-slot bytes; refuses foreign, empty, truncated and crafted files
    (every member read with a bound on its decompressed size, every value checked)."""
    name = file.name
    try:
        size = file_size(file)
    except FormatError as error:
        if error.template == MISSING:
            raise BackupRefused(
                QT_TRANSLATE_NOOP("Messages", "Die Datei {name} gibt es nicht."), name=name
            ) from None
        raise BackupRefused(NOT_A_BACKUP, name=name, reason=error.reason) from None
    if size == 0:
        raise named(
            BackupRefused(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Die Datei ist leer – sie ist keine Sicherung. Es wurde nichts verändert.",
                )
            ),
            name,
        )
    part = MANIFEST_MEMBER
    try:
        with open_archive(file, max_members=MAX_MEMBERS) as archive:
            manifest = BackupManifest.from_bytes(
                read_member(archive, MANIFEST_MEMBER, MAX_MANIFEST_BYTES)
            )
            part = KEYS_MEMBER
            keys = read_member(archive, KEYS_MEMBER, MAX_KEYS_BYTES)
            part = DB_MEMBER
            try:
                db_info = archive.getinfo(DB_MEMBER)
            except KeyError:
                raise FormatError(MEMBER_MISSING, entry=DB_MEMBER) from None
            # Written stored and plain: nothing inflates, nothing asks for a zip password
            # (flag bits: encrypted, patched, strongly encrypted).
            if db_info.compress_type != zipfile.ZIP_STORED or db_info.flag_bits & 0x61:
                raise FormatError(_NOT_STORED, entry=DB_MEMBER)
            with archive.open(db_info):  # its local header is read and checked here, once
                pass
            db_size = db_info.file_size
    except FormatError as error:
        whole_file = error.template == NOT_AN_ARCHIVE and part == MANIFEST_MEMBER
        if whole_file or error.template == MEMBER_MISSING:
            raise BackupRefused(NOT_A_BACKUP, name=name, reason=error.reason) from None
        raise BackupRefused(NOT_A_BACKUP_PART, name=name, part=part, reason=error.reason) from None
    except BackupRefused as error:
        raise named(error, name) from None
    except ARCHIVE_ERRORS:
        raise BackupRefused(NOT_A_BACKUP, name=name, reason=Text(NOT_AN_ARCHIVE)) from None
    try:
        slots = KeySlotFile.from_bytes(keys, KEYS_MEMBER)
    except KeySlotsDamaged as error:
        raise BackupRefused(
            NOT_A_BACKUP_PART, name=name, part=KEYS_MEMBER, reason=error.reason
        ) from None
    except StoreDamaged as error:  # from a newer version
        raise named(BackupRefused(error.text), name) from None
    if slots.store_id != manifest.store_id or db_size != manifest.db_size:
        raise named(
            BackupRefused(
                _DAMAGED,
                reason=Text(QT_TRANSLATE_NOOP("Messages", "Bestandteile passen nicht zusammen")),
            ),
            name,
        )
    return BackupInfo(file, manifest, size), keys


def check_archive(file: Path) -> BackupInfo:
    """Without the key: manifest, zip CRC and sha256 of the database part."""
    info, _keys = read_backup(file)
    digest = hashlib.sha256()
    try:
        with zipfile.ZipFile(file) as archive, archive.open(DB_MEMBER) as member:
            for chunk in iter(lambda: member.read(1 << 20), b""):
                digest.update(chunk)
    except (zipfile.BadZipFile, OSError, EOFError):
        raise BackupRefused(
            _DAMAGED,
            reason=Text(QT_TRANSLATE_NOOP("Messages", "Datei unvollständig oder Prüfsumme falsch")),
        ) from None
    if digest.hexdigest() != info.manifest.db_sha256:
        raise BackupRefused(
            _DAMAGED,
            reason=Text(QT_TRANSLATE_NOOP("Messages", "Prüfsumme der Datenbank stimmt nicht")),
        )
    return info


def unlock_backup(
    file: Path, secret: str, kind: str = PASSPHRASE
) -> tuple[BackupInfo, bytes, bytes]:
    """The backup's info, key-slot bytes and database key; WrongPassphrase for a wrong secret."""
    info, keys = read_backup(file)
    slots = KeySlotFile.from_bytes(keys)
    try:
        db_key = slots.unwrap(kind, secret)
    except WrongPassphrase:
        if kind == PASSPHRASE:
            raise WrongPassphrase(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Die Passphrase passt nicht zu dieser Sicherung. Es wurde nichts verändert.",
                )
            ) from None
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Der Wiederherstellungscode passt nicht zu dieser Sicherung. Es wurde nichts "
                "verändert.",
            )
        ) from None
    return info, keys, db_key


def verify_backup(
    file: Path, secret: str, kind: str, workdir: Path, *, known_revisions: set[str] | None = None
) -> tuple[BackupInfo, bytes, Path]:
    """Check a backup completely with its secret; leaves the verified database in ``workdir``.

    Returns the info, the key-slot bytes and the path of the extracted database.
    """
    info, keys, db_key = unlock_backup(file, secret, kind)
    revision = info.manifest.schema_revision
    if known_revisions is not None and revision is not None and revision not in known_revisions:
        raise named(BackupRefused(TOO_NEW), file.name)
    try:
        database = _extract_and_check(file, info.manifest, db_key, workdir)
        # The restored store must open as this app's store: schema and revision, checked on
        # the candidate in its private folder, before anything of the current store is moved.
        problem = check_restorable(database, db_key, revision, known_revisions)
        if problem is not None:
            raise BackupRefused(problem)
    except BackupRefused as error:
        raise named(error, file.name) from None
    return info, keys, database


_NOT_STORED = QT_TRANSLATE_NOOP(
    "Messages", "„{entry}“ ist komprimiert oder verschlüsselt gespeichert"
)


def _extract_and_check(file: Path, manifest: BackupManifest, db_key: bytes, workdir: Path) -> Path:
    workdir.mkdir(mode=0o700, parents=True, exist_ok=True)
    database = workdir / DB_MEMBER
    digest = hashlib.sha256()
    try:
        with (
            zipfile.ZipFile(file) as archive,
            archive.open(DB_MEMBER) as member,
            open(database, "wb") as out,
        ):
            if os.name == "posix":
                database.chmod(0o600)
            for chunk in iter(lambda: member.read(1 << 20), b""):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except (zipfile.BadZipFile, EOFError):
        raise BackupRefused(
            _DAMAGED,
            reason=Text(QT_TRANSLATE_NOOP("Messages", "Datei unvollständig oder Prüfsumme falsch")),
        ) from None
    if digest.hexdigest() != manifest.db_sha256:
        raise BackupRefused(
            _DAMAGED,
            reason=Text(QT_TRANSLATE_NOOP("Messages", "Prüfsumme der Datenbank stimmt nicht")),
        )
    problem = _check_database(database, db_key, manifest.counts)
    if problem is not None:
        raise BackupRefused(_DAMAGED, reason=Text(problem))
    for suffix in ("-wal", "-shm"):  # our own closed, private copy: nothing else uses it
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    return database


def _check_database(database: Path, db_key: bytes, counts: Mapping[str, int]) -> str | None:
    try:
        connection = _connect(database, db_key)
    except sqlcipher3.DatabaseError:
        return QT_TRANSLATE_NOOP("Messages", "Datenbank nicht lesbar")
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        cipher = [row for row in connection.execute("PRAGMA cipher_integrity_check").fetchall()]
        if cipher:
            return QT_TRANSLATE_NOOP("Messages", "Seiten-Prüfsummen falsch")
        sqlite = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
        if sqlite != ["ok"]:
            return QT_TRANSLATE_NOOP("Messages", "Integritätsprüfung fehlgeschlagen")
        _revision, found = _describe(connection)
        if found != dict(counts):
            return QT_TRANSLATE_NOOP(
                "Messages", "Zeilenzahlen stimmen nicht mit dem Inhaltsverzeichnis überein"
            )
    except sqlcipher3.DatabaseError:
        return QT_TRANSLATE_NOOP("Messages", "Datenbank nicht lesbar")
    finally:
        connection.close()
    return None


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# --- listing and pruning ---------------------------------------------------------------------


def list_backups(folder: Path, store_id: str | None = None) -> list[BackupInfo]:
    """Backups in ``folder`` (newest first), read from their manifests only."""
    found: list[BackupInfo] = []
    try:
        candidates = [path for path in folder.iterdir() if path.suffix == SUFFIX]
    except OSError:
        return []
    for path in candidates:
        try:
            info, _keys = read_backup(path)
        except UserError:
            continue
        if store_id is None or info.manifest.store_id == store_id:
            found.append(info)
    found.sort(key=lambda info: (info.created, info.path.name), reverse=True)
    return found


def is_automatic_name(name: str) -> bool:
    """A backup named as the automatic ones are (``MBE-Sicherung-<date>-<time>.mbebackup``)."""
    return _NAME_PATTERN.match(name) is not None


def prune_backups(folder: Path, store_id: str, keep: int) -> list[Path]:
    """Delete the automatic backups of this store beyond the newest ``keep``."""
    removed = []
    automatic = [
        info for info in list_backups(folder, store_id) if _NAME_PATTERN.match(info.path.name)
    ]
    for info in automatic[max(keep, 1) :]:
        with contextlib.suppress(OSError):
            info.path.unlink()
            removed.append(info.path)
    if removed:
        log.info("pruned %d old backups", len(removed))
    return removed


def newest_good_backup(folders: list[Path], store_id: str | None) -> BackupInfo | None:
    """The newest backup whose archive checks out without the key (CRC, sha256)."""
    candidates: list[BackupInfo] = []
    for folder in dict.fromkeys(folders):
        candidates += list_backups(folder, store_id)
    candidates.sort(key=lambda info: info.created, reverse=True)
    for info in candidates:
        try:
            return check_archive(info.path)
        except UserError:
            continue
    return None


def remove_stale_work_dirs(folder: Path, prefix: str) -> None:
    """Private work folders left behind by a killed process (older than a few hours)."""
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            if path.name.startswith(prefix) and path.is_dir():
                with contextlib.suppress(OSError):
                    if time.time() - path.stat().st_mtime > STALE_WORK_SECONDS:
                        shutil.rmtree(path, ignore_errors=True)


# --- restoring ---------------------------------------------------------------------------------


def prepare_restore(
    paths: DataPaths, file: Path, secret: str, kind: str, *, known_revisions: set[str] | None
) -> PreparedRestore:
    """Verify ``file`` completely and stage it next to the store; the store is not touched."""
    finish_interrupted_restore(paths)
    try:
        paths.ensure()
        remove_stale_work_dirs(paths.root, RESTORE_PREFIX)
        staged = Path(tempfile.mkdtemp(prefix=work_prefix(RESTORE_PREFIX), dir=paths.root))
    except OSError as error:
        raise os_error_to_user_error(error) from None
    try:
        info, keys, _database = verify_backup(
            file, secret, kind, staged, known_revisions=known_revisions
        )
        write_private_atomic(staged / KEYS_MEMBER, keys)
    except OSError as error:
        shutil.rmtree(staged, ignore_errors=True)
        raise os_error_to_user_error(error) from None
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise
    return PreparedRestore(paths, staged, info)


def swap_in(paths: DataPaths, staged: Path) -> Path:
    """Move the current store (with its -wal/-shm, if any) to a new safety folder and rename the
    staged files into place. The store must be closed. A journal makes the swap resumable.
    Refused (StoreInUse) while another process holds the store's lock."""
    from mbe_desktop.storage.lock import held

    with held(paths.root):
        return _swap_in(paths, staged)


def _swap_in(paths: DataPaths, staged: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        paths.safety_copies.mkdir(mode=0o700, parents=True, exist_ok=True)
        safety = paths.safety_copies / f"before-restore-{stamp}"
        counter = 1
        while safety.exists():
            counter += 1
            safety = paths.safety_copies / f"before-restore-{stamp}-{counter}"
        safety.mkdir(mode=0o700)
        journal = paths.root / RESTORE_JOURNAL
        write_private_atomic(
            journal, json.dumps({"staged": staged.name, "safety": safety.name}).encode()
        )
        _finish_swap(paths, staged, safety)
        journal.unlink()
        fsync_dir(paths.root)
    except OSError as error:
        raise os_error_to_user_error(error) from None
    shutil.rmtree(staged, ignore_errors=True)
    log.info("backup restored; previous store kept as safety copy")
    return safety


def _finish_swap(paths: DataPaths, staged: Path, safety: Path) -> None:
    """Idempotent: each step runs only while its staged file is still waiting."""
    staged_db, staged_keys = staged / DB_MEMBER, staged / KEYS_MEMBER
    if staged_db.exists():
        for suffix in ("", "-wal", "-shm"):  # the old database moves as one unit
            old = Path(f"{paths.database}{suffix}")
            if old.exists():
                os.replace(old, safety / f"{DB_MEMBER}{suffix}")
        fsync_dir(safety)
        os.replace(staged_db, paths.database)
        fsync_dir(paths.root)
    if staged_keys.exists():
        if paths.key_slots.exists():
            os.replace(paths.key_slots, safety / KEYS_MEMBER)
            fsync_dir(safety)
        os.replace(staged_keys, paths.key_slots)
        fsync_dir(paths.root)


def finish_interrupted_restore(paths: DataPaths) -> bool:
    """Complete a swap that a crash interrupted (called before any open). True if it did."""
    journal = paths.root / RESTORE_JOURNAL
    if not journal.exists():
        return False
    try:
        data = parse_json(journal.read_bytes(), max_bytes=64 * 1024, max_depth=4)
        if not isinstance(data, dict):
            raise TypeError("journal is not an object")
        staged = paths.root / Path(str(data["staged"])).name
        safety = paths.safety_copies / Path(str(data["safety"])).name
        if staged.exists():
            safety.mkdir(mode=0o700, parents=True, exist_ok=True)
            _finish_swap(paths, staged, safety)
            shutil.rmtree(staged, ignore_errors=True)
        journal.unlink()
        fsync_dir(paths.root)
    except (OSError, ValueError, KeyError, TypeError, FormatError) as error:
        log.warning("could not finish an interrupted restore: %s", type(error).__name__)
        return False
    log.warning("finished an interrupted restore")
    return True
