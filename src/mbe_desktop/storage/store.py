"""The encrypted store: create, unlock, check, migrate, change the passphrase, close.

A store is a folder with ``store.db`` (SQLCipher, raw 32-byte key) and ``store.keys`` (the key
wrapped under the passphrase and the recovery code). Nothing here touches the disk before the
secret has been verified by the key slot's GCM tag, so a wrong passphrase changes nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from mbe_desktop.domain.errors import (
    StorageFull,
    StoreDamaged,
    StoreExists,
    StoreMissing,
    StoreReadOnly,
    UserError,
)
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP
from mbe_desktop.domain.office import OfficeProfile
from mbe_desktop.paths import DataPaths
from mbe_desktop.storage import diagnose, migrate
from mbe_desktop.storage.engine import checkpoint_wal, make_engine, raw_key_literal
from mbe_desktop.storage.files import fsync_dir, os_error_to_user_error, write_private_atomic
from mbe_desktop.storage.info import StoreInfo, load_slots, store_info
from mbe_desktop.storage.keyslots import (
    PASSPHRASE,
    PRODUCTION_KDF,
    RECOVERY,
    KdfParams,
    KeySlotFile,
    new_database_key,
)
from mbe_desktop.storage.lock import StoreLock
from mbe_desktop.storage.models import AuditEvent, OfficeProfileRow, Setting

__all__ = ["IntegrityReport", "Store", "StoreInfo", "store_info"]

log = logging.getLogger(__name__)

# A passphrase change in progress (see Store.change_passphrase): the new key file waits here
# until the store has recorded the change, and a setting names it until the audit event is in.
PENDING_KEYS_NAME = "store.keys.new"
PENDING_KEY_CHANGE = "pending_key_change"

DAMAGED_MESSAGE = QT_TRANSLATE_NOOP(
    "Messages",
    "Der Datenbestand ist beschädigt oder gehört nicht zu MBE Desktop. Es wurde nichts "
    "verändert. Stellen Sie ihn aus einer Sicherung wieder her.",
)


CHECK_PRAGMAS = (
    "PRAGMA cipher_integrity_check",  # every page's HMAC: names tampered or damaged pages
    "PRAGMA integrity_check",
    "PRAGMA foreign_key_check",
)


@dataclass(frozen=True)
class IntegrityReport:
    cipher_errors: tuple[str, ...]
    sqlite_errors: tuple[str, ...]
    foreign_key_errors: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not (self.cipher_errors or self.sqlite_errors or self.foreign_key_errors)


class Store:
    """An open, unlocked store. Use :meth:`session` for work; :meth:`close` when locking."""

    def __init__(
        self, paths: DataPaths, slots: KeySlotFile, engine: Engine, lock: StoreLock | None = None
    ) -> None:
        self.paths = paths
        self.slots = slots
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._lock = lock

    # --- opening -------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        paths: DataPaths,
        passphrase: str,
        office: OfficeProfile,
        recovery_code: str,
        *,
        kdf: KdfParams = PRODUCTION_KDF,
        demo_passphrase: str | None = None,
    ) -> Store:
        """Make a new, empty store. ``recovery_code`` must already be normalised."""
        _refuse_existing(paths)  # before the lock: a refusal touches nothing
        lock = StoreLock.acquire(paths.root)
        try:
            return cls._create(paths, passphrase, office, recovery_code, kdf, demo_passphrase, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _create(
        cls,
        paths: DataPaths,
        passphrase: str,
        office: OfficeProfile,
        recovery_code: str,
        kdf: KdfParams,
        demo_passphrase: str | None,
        lock: StoreLock,
    ) -> Store:
        _refuse_existing(paths)
        try:
            paths.ensure()
            db_key = new_database_key()
            slots = KeySlotFile.new(
                str(uuid.uuid4()),
                db_key,
                passphrase,
                recovery_code,
                kdf,
                created_on=date.today().isoformat(),
                demo_passphrase=demo_passphrase,
            )
            store = cls._open_engine(paths, slots, db_key, creating=True, lock=lock)
        except OSError as error:
            _remove_quietly(paths.database)
            raise os_error_to_user_error(error) from None
        try:
            store._write_office(office, is_demo=demo_passphrase is not None)
            slots.save(paths.key_slots)  # last: a store without keys never looks complete
        except BaseException:
            store.engine.dispose()
            _remove_quietly(paths.database)
            raise
        log.info("store created")
        return store

    @classmethod
    def unlock(cls, paths: DataPaths, passphrase: str) -> Store:
        return cls._unlock(paths, PASSPHRASE, passphrase)

    @classmethod
    def unlock_with_recovery(cls, paths: DataPaths, recovery_code: str) -> Store:
        return cls._unlock(paths, RECOVERY, recovery_code)

    @classmethod
    def _unlock(cls, paths: DataPaths, kind: str, secret: str) -> Store:
        if not paths.database.exists() and not paths.key_slots.exists():
            raise StoreMissing(
                QT_TRANSLATE_NOOP("Messages", "Im Ordner {folder} gibt es keinen Datenbestand."),
                folder=paths.root,
            )
        from mbe_desktop.storage.backup import RESTORE_JOURNAL, finish_interrupted_restore

        # The secret is checked before anything else, so a wrong one touches nothing (not even
        # the lock file); only a start that has to repair an interrupted run locks first.
        repair = (paths.root / RESTORE_JOURNAL).exists() or (
            paths.root / PENDING_KEYS_NAME
        ).exists()
        checked: KeySlotFile | None = None
        db_key = b""
        if not repair:
            diagnose.refuse_unsound_files(paths)  # no key, no SQLite: nothing is written
            checked = load_slots(paths)
            db_key = checked.unwrap(kind, secret)  # WrongPassphrase before anything is touched
        lock = StoreLock.acquire(paths.root)  # StoreInUse while another process works on it
        try:
            finish_interrupted_restore(paths)  # a restore's swap cut short by a crash
            discard_unfinished_key_file(paths)  # a passphrase change cut short before its rename
            slots = load_slots(paths)
            if checked is None or slots.to_bytes() != checked.to_bytes():
                db_key = slots.unwrap(kind, secret)  # changed meanwhile by another process
            if repair:
                diagnose.refuse_unsound_files(paths)
            diagnose.refuse_unsound_database(paths, db_key)  # read-only, before any writing
            store = cls._open_engine(paths, slots, db_key, creating=False, lock=lock)
        except BaseException:
            lock.release()
            raise
        log.info("store unlocked")
        return store

    @classmethod
    def _open_engine(
        cls,
        paths: DataPaths,
        slots: KeySlotFile,
        db_key: bytes,
        *,
        creating: bool,
        lock: StoreLock,
    ) -> Store:
        engine = make_engine(paths.database, db_key)
        try:
            _first_read(engine, paths)
            if not creating:
                _refuse_damage(engine, paths.database)
            revision = migrate.current_revision(engine)
            if revision is None and not creating:
                # An existing store always has a schema; an empty file means lost data.
                log.warning("database without schema at unlock")
                raise StoreDamaged(DAMAGED_MESSAGE)
            if migrate.needs_upgrade(engine):
                if revision is not None:
                    _safety_copy(engine, paths, db_key)
                migrate.upgrade_to_head(engine)
            if not creating:
                _settle_key_change(engine, paths)
        except OperationalError as error:
            engine.dispose()
            raise storage_error(error, paths) from None
        except DatabaseError:
            engine.dispose()
            log.warning("damaged page read at open")
            raise StoreDamaged(DAMAGED_MESSAGE) from None
        except BaseException:
            engine.dispose()
            raise
        if os.name == "posix":
            for path in (paths.database, paths.key_slots):
                if path.exists():
                    path.chmod(0o600)
        return cls(paths, slots, engine, lock)

    # --- working -------------------------------------------------------------------------

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: commits on success, rolls back on any error."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except OperationalError as error:
            raise storage_error(error, self.paths) from None
        except DatabaseError as error:
            raise damage_error(error) from None

    def read_session(self) -> Session:
        return self._sessions()

    def checkpoint(self) -> bool:
        """After a deletion has committed: truncate the WAL so the deleted rows leave it too
        (see :func:`~mbe_desktop.storage.engine.checkpoint_wal`)."""
        return checkpoint_wal(self.engine)

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
        log.info("store closed")

    @property
    def is_demo(self) -> bool:
        with self.read_session() as session:
            row = session.get(OfficeProfileRow, 1)
            return bool(row and row.is_demo)

    def check(self) -> IntegrityReport:
        results = []
        for pragma in CHECK_PRAGMAS:
            try:
                with self.engine.connect() as connection:
                    rows = _pragma_rows(connection, pragma)
            except DatabaseError as error:  # a damaged page can abort the check itself
                rows = [f"abgebrochen: {type(error.orig).__name__ if error.orig else 'Fehler'}"]
            results.append(tuple(row for row in rows if row != "ok"))
        return IntegrityReport(*results)

    @classmethod
    def check_read_only(cls, paths: DataPaths, kind: str, secret: str) -> IntegrityReport:
        """The full checks before the store is opened for work, through a read-only
        connection: a damaged store is reported without a byte written to it."""
        if not paths.database.exists() and not paths.key_slots.exists():
            raise StoreMissing(
                QT_TRANSLATE_NOOP("Messages", "Im Ordner {folder} gibt es keinen Datenbestand."),
                folder=paths.root,
            )
        diagnose.refuse_unsound_files(paths)
        slots = load_slots(paths)
        db_key = slots.unwrap(kind, secret)
        cipher, sqlite, foreign_keys = diagnose.read_only_check(paths, db_key, CHECK_PRAGMAS)
        return IntegrityReport(tuple(cipher), tuple(sqlite), tuple(foreign_keys))

    def verify_secret(self, kind: str, secret: str) -> bytes:
        """The database key if ``secret`` opens slot ``kind``; WrongPassphrase otherwise."""
        return self.slots.unwrap(kind, secret)

    def change_passphrase(
        self,
        old_kind: str,
        old_secret: str,
        new_passphrase: str,
        kdf: KdfParams | None = None,
        *,
        audit_fields: tuple[str, ...] = (),
    ) -> None:
        """Rewrap the key under a new passphrase; the database key itself does not change.

        One step as far as anyone can tell: afterwards either the new key file is in place and
        the audit trail says so, or the old key file is unchanged and nothing was recorded.

        1. the new key file is written beside the old one (``store.keys.new``);
        2. the store records that this file is about to replace the old one;
        3. the new file is renamed over the old one;
        4. the audit event is written and the record of step 2 removed.

        A failure in 1–3 (full disk, read-only files) undoes what was done and says the
        passphrase is unchanged. A process killed after 3 has its audit event written at the
        next start; one killed before 3 has its new file removed (:func:`_settle_key_change`).
        """
        pending = self.paths.root / PENDING_KEYS_NAME
        with contextlib.ExitStack() as stack:
            if self._lock is None:  # a store made without a lock still takes it for this
                stack.enter_context(_held(self.paths))
            current = self._key_file_on_disk()
            db_key = current.unwrap(old_kind, old_secret)
            cost = kdf or current.slot(PASSPHRASE).kdf
            new_slots = current.rewrapped(PASSPHRASE, db_key, new_passphrase, cost)
            data = new_slots.to_bytes()
            write_private_atomic(pending, data)  # 1
            try:
                with self.session() as session:  # 2
                    session.merge(
                        Setting(
                            key=PENDING_KEY_CHANGE,
                            value=json.dumps(
                                {"sha256": _sha256(data), "fields": list(audit_fields)}
                            ),
                        )
                    )
            except BaseException:
                pending.unlink(missing_ok=True)
                raise
            try:
                os.replace(pending, self.paths.key_slots)  # 3
            except OSError as error:
                pending.unlink(missing_ok=True)
                self._forget_key_change()
                raise os_error_to_user_error(error) from None
            with contextlib.suppress(OSError):  # the rename happened; durability is best effort
                fsync_dir(self.paths.root)
            self.slots = new_slots
            try:
                with self.session() as session:  # 4
                    _record_key_change(session, list(audit_fields))
            except UserError:
                self._undo_key_file(current)
                raise
        log.info("passphrase changed")

    def _key_file_on_disk(self) -> KeySlotFile:
        """The key file as it is now: another process may have changed it since the unlock."""
        current = load_slots(self.paths)
        if current.store_id != self.slots.store_id:
            raise StoreDamaged(DAMAGED_MESSAGE)
        return current

    def _forget_key_change(self) -> None:
        with contextlib.suppress(Exception), self.session() as session:
            row = session.get(Setting, PENDING_KEY_CHANGE)
            if row is not None:
                session.delete(row)

    def _undo_key_file(self, previous: KeySlotFile) -> None:
        """Step 4 failed: put the previous key file back, so that nothing changed."""
        try:
            write_private_atomic(self.paths.key_slots, previous.to_bytes())
        except UserError:
            log.warning("passphrase change: audit event pending until the next start")
            return
        self.slots = previous
        self._forget_key_change()

    def _write_office(self, office: OfficeProfile, *, is_demo: bool) -> None:
        with self.session() as session:
            session.add(office_row(office, is_demo=is_demo))


def _files_writable(paths: DataPaths) -> bool:
    files = (paths.root, paths.database, Path(f"{paths.database}-wal"))
    return all(diagnose.writable(path) for path in files if path.exists())


def take_write_lock(session: Session) -> None:
    """Make ``session``'s transaction a write transaction now, before it reads anything.

    SQLite starts a transaction as a reader and upgrades it at the first write; a reader whose
    snapshot is older than another writer's commit cannot upgrade. A statement that writes
    nothing but needs the write lock takes it first (waiting up to the busy timeout), so what
    the transaction then reads (a counter, a maximum) cannot change under it.
    """
    session.execute(text("UPDATE client_number_counter SET year = year WHERE 0"))


def _refuse_existing(paths: DataPaths) -> None:
    if paths.database.exists() or paths.key_slots.exists():
        raise StoreExists(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Im Ordner {folder} gibt es schon einen Datenbestand. Er wird nicht überschrieben.",
            ),
            folder=paths.root,
        )


def _held(paths: DataPaths) -> contextlib.AbstractContextManager[StoreLock]:
    from mbe_desktop.storage.lock import held

    return held(paths.root)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _record_key_change(session: Session, fields: list[str]) -> None:
    """Step 4 of a passphrase change, in one transaction (services.audit writes the same row)."""
    session.add(
        AuditEvent(
            action="passphrase_change", entity="store", entity_id=None, fields=",".join(fields)
        )
    )
    office = session.get(OfficeProfileRow, 1)
    if office is not None:
        office.is_demo = False  # a demo store whose passphrase changed holds real data now
    row = session.get(Setting, PENDING_KEY_CHANGE)
    if row is not None:
        session.delete(row)


def discard_unfinished_key_file(paths: DataPaths) -> None:
    """A passphrase change killed before its rename: the old key file still holds; the new one
    is dropped (the change did not happen). Runs before the key file is read."""
    pending = paths.root / PENDING_KEYS_NAME
    if pending.exists():
        with contextlib.suppress(FileNotFoundError):
            pending.unlink()
        log.warning("unfinished passphrase change rolled back")


def _settle_key_change(engine: Engine, paths: DataPaths) -> None:
    """After unlock: finish a passphrase change whose new key file is in place (write its audit
    event) or forget one whose file never replaced the old one."""
    with Session(engine) as session, session.begin():
        row = session.get(Setting, PENDING_KEY_CHANGE)
        if row is None:
            return
        try:
            data = json.loads(row.value)
            digest, fields = str(data["sha256"]), [str(name) for name in data["fields"]]
        except (ValueError, KeyError, TypeError):
            digest, fields = "", []
        try:
            on_disk = _sha256(paths.key_slots.read_bytes())
        except OSError:
            on_disk = ""
        if digest and on_disk == digest:
            _record_key_change(session, fields)
            log.warning("interrupted passphrase change finished")
        else:
            session.delete(row)
            log.warning("interrupted passphrase change rolled back")


def damage_error(error: DatabaseError) -> Exception:
    """A page that fails its HMAC or a broken B-tree: the store is damaged, not the program."""
    text_of_error = str(error.orig).lower() if error.orig is not None else ""
    if "malformed" in text_of_error or "not a database" in text_of_error:
        log.warning("damaged page read")
        return StoreDamaged(DAMAGED_MESSAGE)
    return error


def storage_error(error: OperationalError, paths: DataPaths | None = None) -> Exception:
    """Turn SQLite's environment failures into German messages; anything else stays a bug.

    SQLCipher answers every write with "readonly" once a page has failed its HMAC on that
    connection: with ``paths`` given and the files writable, that is damage, not permissions.
    """
    text_of_error = str(error.orig).lower() if error.orig is not None else ""
    read_only = "readonly" in text_of_error or "read-only" in text_of_error
    if read_only and paths is not None and _files_writable(paths):
        log.warning("write refused after a damaged page was read")
        return StoreDamaged(DAMAGED_MESSAGE)
    if "full" in text_of_error:
        log.warning("write failed: disk full")
        return StorageFull(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Der Datenträger ist voll. Die letzte Änderung wurde nicht gespeichert; "
                "alle bisher gespeicherten Daten sind unverändert.",
            )
        )
    if read_only:
        return StoreReadOnly(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Der Datenordner ist schreibgeschützt. Die letzte Änderung wurde nicht "
                "gespeichert.",
            )
        )
    if "disk i/o" in text_of_error:
        log.warning("write failed: disk I/O error")
        return UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Beim Schreiben auf den Datenträger ist ein Fehler aufgetreten. Die letzte "
                "Änderung wurde nicht gespeichert.",
            )
        )
    if "locked" in text_of_error or "busy" in text_of_error:
        return UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "Der Datenbestand ist gerade belegt. Bitte versuchen Sie es erneut."
            )
        )
    return error


def office_row(office: OfficeProfile, *, is_demo: bool) -> OfficeProfileRow:
    return OfficeProfileRow(
        id=1,
        counsellor_name=office.counsellor_name,
        office_name=office.office_name,
        street=office.street,
        postcode=office.postcode,
        city=office.city,
        provider=office.provider,
        phone=office.phone,
        email=office.email,
        office_code=office.office_code,
        data_protection_law=office.data_protection_law,
        is_demo=is_demo,
    )


def _first_read(engine: Engine, paths: DataPaths) -> None:
    """SQLCipher checks the key only at the first page read; a verified key that fails here
    means the database file is damaged or belongs to another store (or, when the disk is full
    or the folder read-only, that SQLite could not make the -wal and -shm)."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    except (DatabaseError, OperationalError) as error:
        problem = diagnose.environment_problem(paths, error)
        if problem is not None:
            raise problem from None
        log.warning("database file unreadable with a verified key")
        raise StoreDamaged(DAMAGED_MESSAGE) from None


def _refuse_damage(engine: Engine, database: Path) -> None:
    """Cheap checks at open: the schema reads and the file is not shorter than its pages.

    The full checks (every page's HMAC, every B-tree) take seconds on a large store, so they run
    in ``check()``; SQLCipher still verifies each page's HMAC whenever a page is read, so damage
    elsewhere surfaces as StoreDamaged from the session that touches it.
    """
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT name, sql FROM sqlite_master").fetchall()
            page_size = int(connection.exec_driver_sql("PRAGMA page_size").scalar_one())
            page_count = int(connection.exec_driver_sql("PRAGMA page_count").scalar_one())
    except (DatabaseError, OperationalError):
        log.warning("schema unreadable at open")
        raise StoreDamaged(DAMAGED_MESSAGE) from None
    size = database.stat().st_size
    wal = Path(f"{database}-wal")
    wal_holds_pages = wal.exists() and wal.stat().st_size > 0
    if size % page_size or (not wal_holds_pages and size < page_count * page_size):
        log.warning("database file shorter than its page count")
        raise StoreDamaged(DAMAGED_MESSAGE)


def _pragma_rows(connection: object, pragma: str) -> list[str]:
    rows = connection.exec_driver_sql(pragma).fetchall()  # type: ignore[attr-defined]
    return [" ".join(str(value) for value in row) for row in rows]


def _safety_copy(engine: Engine, paths: DataPaths, db_key: bytes) -> Path:
    """An encrypted copy (same key) taken before a migration, via sqlcipher_export."""
    revision = migrate.current_revision(engine) or "empty"
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    paths.safety_copies.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = paths.safety_copies / f"before-migration-{revision}-{stamp}.db"
    counter = 1
    while target.exists():  # never export into an existing copy
        counter += 1
        target = paths.safety_copies / f"before-migration-{revision}-{stamp}-{counter}.db"
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("ATTACH DATABASE ? AS safety KEY ?", (str(target), raw_key_literal(db_key)))
        cursor.execute("SELECT sqlcipher_export('safety')")
        cursor.execute("DETACH DATABASE safety")
        cursor.close()
    finally:
        raw.close()
    if os.name == "posix":
        target.chmod(0o600)
    log.info("safety copy written before migration from %s", revision)
    return target


def _remove_quietly(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
