"""The encrypted store: create, unlock, check, migrate, change the passphrase, close.

A store is a folder with ``store.db`` (SQLCipher, raw 32-byte key) and ``store.keys`` (the key
wrapped under the passphrase and the recovery code). Nothing here touches the disk before the
secret has been verified by the key slot's GCM tag, so a wrong passphrase changes nothing.
"""

from __future__ import annotations

import contextlib
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
    UserError,
)
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP
from mbe_desktop.domain.office import OfficeProfile
from mbe_desktop.paths import DataPaths
from mbe_desktop.storage import migrate
from mbe_desktop.storage.engine import checkpoint_wal, make_engine, raw_key_literal
from mbe_desktop.storage.files import os_error_to_user_error
from mbe_desktop.storage.info import StoreInfo, load_slots, store_info
from mbe_desktop.storage.keyslots import (
    PASSPHRASE,
    PRODUCTION_KDF,
    RECOVERY,
    KdfParams,
    KeySlotFile,
    new_database_key,
)
from mbe_desktop.storage.models import OfficeProfileRow

__all__ = ["IntegrityReport", "Store", "StoreInfo", "store_info"]

log = logging.getLogger(__name__)

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

    def __init__(self, paths: DataPaths, slots: KeySlotFile, engine: Engine) -> None:
        self.paths = paths
        self.slots = slots
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

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
        if paths.database.exists() or paths.key_slots.exists():
            raise StoreExists(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Im Ordner {folder} gibt es schon einen Datenbestand. Er wird nicht "
                    "überschrieben.",
                ),
                folder=paths.root,
            )
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
            store = cls._open_engine(paths, slots, db_key, creating=True)
        except OSError as error:
            _remove_quietly(paths.database)
            raise os_error_to_user_error(error) from None
        try:
            store._write_office(office, is_demo=demo_passphrase is not None)
            slots.save(paths.key_slots)  # last: a store without keys never looks complete
        except BaseException:
            store.close()
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
        from mbe_desktop.storage.backup import finish_interrupted_restore

        finish_interrupted_restore(paths)  # a restore's swap cut short by a crash
        slots = load_slots(paths)
        db_key = slots.unwrap(kind, secret)  # WrongPassphrase before anything is touched
        store = cls._open_engine(paths, slots, db_key, creating=False)
        log.info("store unlocked")
        return store

    @classmethod
    def _open_engine(
        cls, paths: DataPaths, slots: KeySlotFile, db_key: bytes, *, creating: bool
    ) -> Store:
        engine = make_engine(paths.database, db_key)
        try:
            _first_read(engine)
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
        except OperationalError as error:
            engine.dispose()
            raise storage_error(error) from None
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
        return cls(paths, slots, engine)

    # --- working -------------------------------------------------------------------------

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: commits on success, rolls back on any error."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except OperationalError as error:
            raise storage_error(error) from None
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

    def verify_secret(self, kind: str, secret: str) -> bytes:
        """The database key if ``secret`` opens slot ``kind``; WrongPassphrase otherwise."""
        return self.slots.unwrap(kind, secret)

    def change_passphrase(
        self, old_kind: str, old_secret: str, new_passphrase: str, kdf: KdfParams | None = None
    ) -> None:
        """Rewrap the key under a new passphrase; the database itself is not touched."""
        db_key = self.verify_secret(old_kind, old_secret)
        cost = kdf or self.slots.slot(PASSPHRASE).kdf
        new_slots = self.slots.rewrapped(PASSPHRASE, db_key, new_passphrase, cost)
        try:
            new_slots.save(self.paths.key_slots)
        except OSError as error:
            raise os_error_to_user_error(error) from None
        self.slots = new_slots
        with self.session() as session:
            row = session.get(OfficeProfileRow, 1)
            if row is not None:
                row.is_demo = False
        log.info("passphrase changed")

    def _write_office(self, office: OfficeProfile, *, is_demo: bool) -> None:
        with self.session() as session:
            session.add(office_row(office, is_demo=is_demo))


def damage_error(error: DatabaseError) -> Exception:
    """A page that fails its HMAC or a broken B-tree: the store is damaged, not the program."""
    text_of_error = str(error.orig).lower() if error.orig is not None else ""
    if "malformed" in text_of_error or "not a database" in text_of_error:
        log.warning("damaged page read")
        return StoreDamaged(DAMAGED_MESSAGE)
    return error


def storage_error(error: OperationalError) -> Exception:
    """Turn SQLite's environment failures into German messages; anything else stays a bug."""
    text_of_error = str(error.orig).lower() if error.orig is not None else ""
    if "full" in text_of_error:
        log.warning("write failed: disk full")
        return StorageFull(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Der Datenträger ist voll. Die letzte Änderung wurde nicht gespeichert; "
                "alle bisher gespeicherten Daten sind unverändert.",
            )
        )
    if "readonly" in text_of_error or "read-only" in text_of_error:
        return UserError(
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


def _first_read(engine: Engine) -> None:
    """SQLCipher checks the key only at the first page read; a verified key that fails here
    means the database file is damaged or belongs to another store."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    except (DatabaseError, OperationalError):
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
    paths.safety_copies.mkdir(parents=True, exist_ok=True)
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
