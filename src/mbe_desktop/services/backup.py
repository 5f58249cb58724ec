"""Backups and restores of the open store; automatic daily backups; the daily integrity check.

The file format and the swap live in :mod:`mbe_desktop.storage.backup`. Settings (folder, how
many to keep, daily on/off, last backup, last check) are kept inside the encrypted store. The
backup folder is also written, without anything else, to ``backup-location.json`` in the data
folder, so that the unlock screen can offer the newest backup when the store cannot be opened.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import text

from mbe_desktop.domain.bounded import Fields, FormatError, parse_json
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP
from mbe_desktop.domain.passphrase import normalise_recovery_code
from mbe_desktop.paths import DataPaths
from mbe_desktop.services import audit
from mbe_desktop.services.settings import BoolSetting, IntSetting, SettingsService, StrSetting
from mbe_desktop.storage import backup as files
from mbe_desktop.storage.backup import (
    BackupCancelled,
    BackupInfo,
    BackupRefused,
    PreparedRestore,
    Progress,
)
from mbe_desktop.storage.files import os_error_to_user_error, write_private_atomic
from mbe_desktop.storage.keyslots import PASSPHRASE, RECOVERY
from mbe_desktop.storage.leftovers import work_prefix
from mbe_desktop.storage.migrate import MIGRATIONS_DIR
from mbe_desktop.storage.readers import read_bounded
from mbe_desktop.storage.store import IntegrityReport, Store

__all__ = [
    "BACKUP_DAILY",
    "BACKUP_FOLDER",
    "BACKUP_KEEP",
    "BackupCancelled",
    "BackupInfo",
    "BackupRefused",
    "BackupService",
    "PreparedRestore",
    "Restored",
    "backup_folders",
    "inspect_backup",
    "newest_backup",
    "prepare_restore",
]

log = logging.getLogger(__name__)

BACKUP_FOLDER = StrSetting("backup_folder", "", 4096, "Sicherungsordner")
BACKUP_KEEP = IntSetting("backup_keep", 10, 1, 100, "Aufbewahrte automatische Sicherungen")
BACKUP_DAILY = BoolSetting("backup_daily", True, "Tägliche automatische Sicherung")
LAST_BACKUP_AT = StrSetting("last_backup_at", "", 40, "Letzte Sicherung")
LAST_CHECK_ON = StrSetting("last_integrity_check_on", "", 20, "Letzte Integritätsprüfung")

LOCATION_FILE = "backup-location.json"
LOCATION_MAX_BYTES = 16 * 1024
DEFAULT_FOLDER_NAME = "backups"


def default_folder(paths: DataPaths) -> Path:
    return paths.root / DEFAULT_FOLDER_NAME


def backup_folders(paths: DataPaths) -> list[Path]:
    """Where backups may be, known without the key: the chosen folder and the default one."""
    folders = []
    try:  # written by the app, but a file like any other: read with the shared bounds
        raw = read_bounded(paths.root / LOCATION_FILE, LOCATION_MAX_BYTES)
        data = Fields(parse_json(raw, max_bytes=LOCATION_MAX_BYTES, max_depth=2))
        folders.append(Path(data.required_text("folder", max_length=BACKUP_FOLDER.max_length)))
    except (FormatError, ValueError):
        pass
    folders.append(default_folder(paths))
    return list(dict.fromkeys(folders))


def newest_backup(paths: DataPaths, store_id: str | None) -> BackupInfo | None:
    """The newest backup (of this store, if its id is known) whose file checks out."""
    found = files.newest_good_backup(backup_folders(paths), store_id)
    if found is None and store_id is not None:
        found = files.newest_good_backup(backup_folders(paths), None)
    return found


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory  # only on a restore: alembic is heavy

    return {script.revision for script in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}


def _secret_and_kind(secret: str, with_recovery_code: bool) -> tuple[str, str]:
    if not secret.strip():
        if with_recovery_code:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Bitte geben Sie den Wiederherstellungscode der Sicherung ein."
                ),
                "secret",
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Bitte geben Sie die Passphrase der Sicherung ein."),
            "secret",
        )
    if with_recovery_code:
        return normalise_recovery_code(secret), RECOVERY
    return secret, PASSPHRASE


def inspect_backup(
    paths: DataPaths, file: Path, secret: str, *, with_recovery_code: bool = False
) -> BackupInfo:
    """Check a backup completely (key, checksums, both integrity checks, counts); the store
    is not touched. The temporary copy lives in a private folder inside the store folder."""
    plain, kind = _secret_and_kind(secret, with_recovery_code)
    try:
        paths.ensure()
        work = Path(tempfile.mkdtemp(prefix=work_prefix(files.RESTORE_PREFIX), dir=paths.root))
    except OSError as error:
        raise os_error_to_user_error(error) from None
    try:
        info, _keys, _db = files.verify_backup(
            Path(file), plain, kind, work, known_revisions=known_revisions()
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return info


def prepare_restore(
    paths: DataPaths, file: Path, secret: str, *, with_recovery_code: bool = False
) -> PreparedRestore:
    """Verify a backup and stage it beside the store; ``commit()`` after closing the store."""
    plain, kind = _secret_and_kind(secret, with_recovery_code)
    return files.prepare_restore(paths, Path(file), plain, kind, known_revisions=known_revisions())


@dataclass(frozen=True)
class Restored:
    info: BackupInfo
    safety_copy: Path


class BackupService:
    def __init__(self, store: Store, settings: SettingsService) -> None:
        self._store = store
        self._settings = settings

    # --- settings ------------------------------------------------------------------------

    @property
    def paths(self) -> DataPaths:
        return self._store.paths

    def folder(self) -> Path:
        chosen = self._settings.get_str(BACKUP_FOLDER)
        return Path(chosen) if chosen else default_folder(self.paths)

    def set_folder(self, folder: str | Path) -> Path:
        path = Path(folder).expanduser()
        if not str(folder).strip() or not path.is_absolute():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Bitte wählen Sie einen Ordner für die Sicherungen."),
                "folder",
            )
        if path.exists() and not path.is_dir():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "{path} ist kein Ordner."), "folder", path=path
            )
        self._settings.set_str(BACKUP_FOLDER, str(path))
        self._write_location(path)
        return path

    def keep(self) -> int:
        return self._settings.get_int(BACKUP_KEEP)

    def set_keep(self, value: int) -> int:
        return self._settings.set_int(BACKUP_KEEP, value)

    def daily(self) -> bool:
        return self._settings.get_bool(BACKUP_DAILY)

    def set_daily(self, on: bool) -> bool:
        return self._settings.set_bool(BACKUP_DAILY, on)

    def last_backup(self) -> datetime | None:
        value = self._settings.get_str(LAST_BACKUP_AT)
        try:
            return datetime.fromisoformat(value) if value else None
        except ValueError:
            return None

    def _write_location(self, folder: Path) -> None:
        try:
            data = json.dumps({"folder": str(folder)}).encode("utf-8")
            write_private_atomic(self.paths.root / LOCATION_FILE, data)
        except UserError:
            log.warning("backup location pointer not written")

    # --- backing up ----------------------------------------------------------------------

    def backup_to(
        self, target: str | Path, progress: Progress | None = None, *, now: datetime | None = None
    ) -> BackupInfo:
        """Write a verified backup into ``target`` (a folder, or a file ending .mbebackup)."""
        self._sync_erasure_journal()  # the file a restore of this backup will read
        info = files.create_backup(
            self._store.engine,
            database_key(self._store),
            self._store.slots,
            Path(target).expanduser(),
            progress,
            now=now,
        )
        with self._store.session() as session:
            audit.record(session, "backup", "store")
        self._settings.set_str(LAST_BACKUP_AT, info.manifest.created_at)
        return info

    def automatic_due(self, today: date | None = None) -> bool:
        if not self.daily():
            return False
        last = self.last_backup()
        return last is None or last.date() != (today or date.today())

    def run_automatic(
        self, progress: Progress | None = None, *, now: datetime | None = None
    ) -> BackupInfo:
        """A backup into the backup folder; older automatic ones beyond "keep" are deleted."""
        folder = self.folder()
        if folder == default_folder(self.paths):
            self._write_location(folder)
        info = self.backup_to(folder, progress, now=now)
        files.prune_backups(folder, self._store.slots.store_id, self.keep())
        self.prune_beyond_retention(now)
        return info

    def prune_beyond_retention(self, now: datetime | None = None) -> list[Path]:
        """Delete the automatic backups older than the retention period: none of them may
        outlive the period after which the people in it must be erased."""
        from mbe_desktop.services.retention import add_years
        from mbe_desktop.services.settings import RETENTION_YEARS

        when = (now or datetime.now()).astimezone()
        cutoff = add_years(when.date(), -self._settings.get_int(RETENTION_YEARS))
        removed = []
        for info in files.list_backups(self.folder(), self._store.slots.store_id):
            if files.is_automatic_name(info.path.name) and info.created.date() < cutoff:
                try:
                    info.path.unlink()
                except OSError:
                    log.warning("backup older than the retention period not removed")
                    continue
                removed.append(info.path)
        if removed:
            log.info("removed %d backups older than the retention period", len(removed))
        return removed

    def backups(self) -> list[BackupInfo]:
        return files.list_backups(self.folder(), self._store.slots.store_id)

    def newest(self) -> BackupInfo | None:
        return newest_backup(self.paths, self._store.slots.store_id)

    # --- checking ------------------------------------------------------------------------

    def check_due(self, today: date | None = None) -> bool:
        return self._settings.get_str(LAST_CHECK_ON) != (today or date.today()).isoformat()

    def run_check(self, today: date | None = None) -> IntegrityReport:
        """The full check (every page's HMAC, B-trees, foreign keys); remembered per day."""
        report = self._store.check()
        self._settings.set_str(LAST_CHECK_ON, (today or date.today()).isoformat())
        if not report.ok:
            log.warning("daily integrity check found problems")
        return report

    # --- restoring -----------------------------------------------------------------------

    def inspect(
        self, file: str | Path, secret: str, with_recovery_code: bool = False
    ) -> BackupInfo:
        return inspect_backup(self.paths, Path(file), secret, with_recovery_code=with_recovery_code)

    def restore(self, file: str | Path, secret: str, with_recovery_code: bool = False) -> Restored:
        """Verify, close this store, keep it as a safety copy, swap the backup in.

        A refused backup changes nothing and this store stays open. After the swap this store
        (and every service on it) is closed: open the restored one with the backup's
        passphrase (``app.unlock_store``).
        """
        prepared = prepare_restore(
            self.paths, Path(file), secret, with_recovery_code=with_recovery_code
        )
        try:
            self._sync_erasure_journal()
            self.close_for_swap()
            safety = prepared.commit()
        finally:
            if not prepared.committed:
                prepared.discard()
        return Restored(prepared.info, safety)

    def close_for_swap(self) -> None:
        """Checkpoint the WAL into the database and close every connection."""
        try:
            with self._store.engine.connect() as connection:
                connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        except Exception:  # a damaged store may refuse; its -wal then moves along with it
            log.warning("checkpoint before restore failed")
        self._store.close()

    def record_restored(self, info: BackupInfo) -> int:
        """After the swap, before the restored store is used: record the restore and erase
        again what was erased after the backup was made. Returns how many records (say so
        with ``erasure_journal.reapplied_message``)."""
        from mbe_desktop.services.erasure_journal import ErasureJournal

        with self._store.session() as session:
            audit.record(session, "restore", "store")
        log.info("restored backup from %s", info.manifest.created_at[:10])
        return ErasureJournal(self._store).reapply_after_restore(info.created)

    def _sync_erasure_journal(self) -> None:
        from mbe_desktop.services.erasure_journal import ErasureJournal

        ErasureJournal(self._store).sync_file()


def database_key(store: Store) -> bytes:
    """The raw key the engine was made with (``x'…'``); the same key keys the copy."""
    literal = store.engine.url.password or ""
    if not (literal.startswith("x'") and literal.endswith("'")):
        raise RuntimeError("engine without a raw key")
    return bytes.fromhex(literal[2:-1])
