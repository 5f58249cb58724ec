"""Create, unlock, wrong secrets, recovery code, change passphrase, damaged and missing files."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from conftest import TEST_OFFICE, TEST_PASSPHRASE
from mbe_desktop.app import Services, create_store, unlock_store
from mbe_desktop.domain.errors import (
    StoreDamaged,
    StoreExists,
    StoreMissing,
    StoreTooNew,
    ValidationError,
    WrongPassphrase,
)
from mbe_desktop.paths import DataPaths
from mbe_desktop.storage import migrate
from mbe_desktop.storage.keyslots import FAST_TEST_KDF, PRODUCTION_KDF
from mbe_desktop.storage.models import Client
from mbe_desktop.storage.store import Store, store_info

NEW_PASSPHRASE = "Wendeltreppe-Sonnenblume-Ahorn-7"


def snapshot(paths: DataPaths) -> dict[str, tuple[bytes, int]]:
    """Bytes and mtimes of every file in the store folder (logs excluded)."""
    result = {}
    for path in sorted(paths.root.rglob("*")):
        if path.is_file() and paths.log_dir not in path.parents:
            result[str(path)] = (path.read_bytes(), path.stat().st_mtime_ns)
    return result


def closed_store(store_paths: DataPaths) -> str:
    created = create_store(
        store_paths, TEST_OFFICE, TEST_PASSPHRASE, TEST_PASSPHRASE, kdf=FAST_TEST_KDF
    )
    created.services.close()
    return created.recovery_code


def test_create_then_unlock_shows_the_office(store_paths: DataPaths) -> None:
    closed_store(store_paths)
    services = unlock_store(store_paths, TEST_PASSPHRASE)
    try:
        assert services.office.profile().office_name == "MBE Teststadt"
        assert services.store.check().ok
        assert not services.store.is_demo
    finally:
        services.close()


def test_store_files_are_private(store_paths: DataPaths) -> None:
    closed_store(store_paths)
    assert stat.S_IMODE(store_paths.root.stat().st_mode) == 0o700
    assert stat.S_IMODE(store_paths.database.stat().st_mode) == 0o600
    assert stat.S_IMODE(store_paths.key_slots.stat().st_mode) == 0o600


def test_header_is_not_plain_sqlite_and_stdlib_cannot_read(store_paths: DataPaths) -> None:
    closed_store(store_paths)
    assert store_paths.database.read_bytes()[:16] != b"SQLite format 3\x00"
    connection = sqlite3.connect(store_paths.database)
    with pytest.raises(sqlite3.DatabaseError):
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    connection.close()


@pytest.mark.parametrize("secret", ["falsch", "", " ", TEST_PASSPHRASE + " ", "ü" * 5000])
def test_wrong_passphrase_says_so_and_touches_nothing(store_paths: DataPaths, secret: str) -> None:
    closed_store(store_paths)
    before = snapshot(store_paths)
    with pytest.raises((WrongPassphrase, ValidationError)) as caught:
        unlock_store(store_paths, secret)
    assert "Passphrase" in caught.value.message
    assert snapshot(store_paths) == before


def test_recovery_code_unlocks_however_it_is_typed(store_paths: DataPaths) -> None:
    code = closed_store(store_paths)
    sloppy = code.lower().replace("-", " ")
    unlock_store(store_paths, sloppy, with_recovery_code=True).close()


def test_wrong_recovery_code_is_refused(store_paths: DataPaths) -> None:
    code = closed_store(store_paths)
    wrong = ("0" if code[0] != "0" else "1") + code[1:]
    before = snapshot(store_paths)
    with pytest.raises(WrongPassphrase, match="Wiederherstellungscode"):
        unlock_store(store_paths, wrong, with_recovery_code=True)
    with pytest.raises(ValidationError):
        unlock_store(store_paths, "zu kurz", with_recovery_code=True)
    assert snapshot(store_paths) == before


def test_change_passphrase_with_old_one(store_paths: DataPaths) -> None:
    closed_store(store_paths)
    database_before = store_paths.database.read_bytes()
    services = unlock_store(store_paths, TEST_PASSPHRASE)
    services.keys.change_passphrase(TEST_PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE)
    services.close()
    with pytest.raises(WrongPassphrase):
        unlock_store(store_paths, TEST_PASSPHRASE)
    unlock_store(store_paths, NEW_PASSPHRASE).close()
    # The key did not change, so the database was only touched by the demo flag update.
    assert len(store_paths.database.read_bytes()) >= len(database_before) // 2


def test_change_passphrase_with_recovery_code(store_paths: DataPaths) -> None:
    code = closed_store(store_paths)
    services = unlock_store(store_paths, TEST_PASSPHRASE)
    try:
        services.keys.change_passphrase(
            code, NEW_PASSPHRASE, NEW_PASSPHRASE, with_recovery_code=True
        )
    finally:
        services.close()
    unlock_store(store_paths, NEW_PASSPHRASE).close()
    unlock_store(store_paths, code, with_recovery_code=True).close()  # recovery slot kept


def test_change_passphrase_refuses_wrong_old_weak_new_and_mismatch(services: Services) -> None:
    keys_before = services.paths.key_slots.read_bytes()
    with pytest.raises(WrongPassphrase):
        services.keys.change_passphrase("falsch", NEW_PASSPHRASE, NEW_PASSPHRASE)
    with pytest.raises(ValidationError) as weak:
        services.keys.change_passphrase(TEST_PASSPHRASE, "passwort123", "passwort123")
    assert weak.value.field == "passphrase"
    with pytest.raises(ValidationError) as mismatch:
        services.keys.change_passphrase(TEST_PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE + "x")
    assert mismatch.value.field == "repeat"
    assert services.paths.key_slots.read_bytes() == keys_before


def test_create_refuses_weak_passphrase_and_writes_nothing(store_paths: DataPaths) -> None:
    with pytest.raises(ValidationError):
        create_store(store_paths, TEST_OFFICE, "12345678", "12345678", kdf=FAST_TEST_KDF)
    assert not store_paths.database.exists()
    assert not store_paths.key_slots.exists()


def test_create_refuses_to_overwrite(store_paths: DataPaths) -> None:
    closed_store(store_paths)
    before = snapshot(store_paths)
    with pytest.raises(StoreExists):
        create_store(store_paths, TEST_OFFICE, NEW_PASSPHRASE, NEW_PASSPHRASE, kdf=FAST_TEST_KDF)
    assert snapshot(store_paths) == before


def test_production_key_derivation_roundtrip(store_paths: DataPaths) -> None:
    created = create_store(
        store_paths, TEST_OFFICE, TEST_PASSPHRASE, TEST_PASSPHRASE, kdf=PRODUCTION_KDF
    )
    created.services.close()
    slot = created.services.store.slots.slot("passphrase")
    assert slot.kdf == PRODUCTION_KDF
    assert slot.kdf.memory_kib >= 65536
    unlock_store(store_paths, TEST_PASSPHRASE).close()


# --- missing, damaged and foreign files ---------------------------------------------------------


def test_no_store_at_all(store_paths: DataPaths) -> None:
    assert not store_info(store_paths).exists
    with pytest.raises(StoreMissing):
        unlock_store(store_paths, TEST_PASSPHRASE)


def test_missing_key_file(store_paths: DataPaths) -> None:
    closed_store(store_paths)
    store_paths.key_slots.unlink()
    assert "Schlüsseldatei" in (store_info(store_paths).problem or "")
    with pytest.raises(StoreMissing, match="Sicherung"):
        unlock_store(store_paths, TEST_PASSPHRASE)


def test_missing_database_file(store_paths: DataPaths) -> None:
    closed_store(store_paths)
    store_paths.database.unlink()
    with pytest.raises(StoreDamaged, match="Datenbankdatei fehlt"):
        unlock_store(store_paths, TEST_PASSPHRASE)


@pytest.mark.parametrize(
    "garbage",
    [b"", b"\x00" * 100, b"{not json", b'{"format": "other"}', "ü".encode("latin-1"), b"[]"],
)
def test_damaged_key_file(store_paths: DataPaths, garbage: bytes) -> None:
    closed_store(store_paths)
    store_paths.key_slots.write_bytes(garbage)
    assert store_info(store_paths).problem
    with pytest.raises(StoreDamaged, match="Schlüsseldatei"):
        unlock_store(store_paths, TEST_PASSPHRASE)


def test_key_file_with_a_tampered_slot(store_paths: DataPaths) -> None:
    closed_store(store_paths)
    text = store_paths.key_slots.read_text()
    store_paths.key_slots.write_text(text.replace('"passphrase"', '"other"'))
    with pytest.raises(StoreDamaged):
        unlock_store(store_paths, TEST_PASSPHRASE)


def test_key_file_of_another_store(tmp_path: Path, store_paths: DataPaths) -> None:
    from mbe_desktop.paths import data_paths

    other = data_paths(tmp_path / "other")
    closed_store(store_paths)
    closed_store(other)
    store_paths.key_slots.write_bytes(other.key_slots.read_bytes())
    with pytest.raises(StoreDamaged, match="gehört zu einem anderen Datenbestand"):
        unlock_store(store_paths, TEST_PASSPHRASE)


def test_truncated_database(store_paths: DataPaths) -> None:
    closed_store(store_paths)
    data = store_paths.database.read_bytes()
    store_paths.database.write_bytes(data[: len(data) // 3])
    with pytest.raises(StoreDamaged, match="Sicherung"):
        unlock_store(store_paths, TEST_PASSPHRASE)


def test_empty_database_file(store_paths: DataPaths) -> None:
    closed_store(store_paths)
    store_paths.database.write_bytes(b"")
    with pytest.raises(StoreDamaged):
        unlock_store(store_paths, TEST_PASSPHRASE)


def flip_byte(paths: DataPaths, page: int) -> None:
    data = bytearray(paths.database.read_bytes())
    offset = page * 4096 + 2000
    assert offset < len(data)
    data[offset] ^= 0x01
    paths.database.write_bytes(bytes(data))


def test_flipped_byte_in_the_first_page_refuses_unlock(store_paths: DataPaths) -> None:
    closed_store(store_paths)
    flip_byte(store_paths, 0)
    with pytest.raises(StoreDamaged, match="beschädigt"):
        unlock_store(store_paths, TEST_PASSPHRASE)


@pytest.mark.parametrize("page", [1, 3, 5])
def test_flipped_byte_elsewhere_is_found_by_the_check(store_paths: DataPaths, page: int) -> None:
    """Open checks only what is cheap; the full check names the bad page."""
    closed_store(store_paths)
    flip_byte(store_paths, page)
    try:
        services = unlock_store(store_paths, TEST_PASSPHRASE)
    except StoreDamaged:
        return  # the schema itself was hit: refused at open, which is fine too
    try:
        report = services.store.check()
        assert not report.ok
        assert report.cipher_errors, "SQLCipher's HMAC check must name the page"
    finally:
        services.close()


def test_reading_a_damaged_page_raises_store_damaged(services: Services) -> None:
    from sqlalchemy import select

    with services.store.session() as session:
        for number in range(400):
            session.add(_canary_client(f"Seite{number}", number))
    paths = services.paths
    services.close()
    size = paths.database.stat().st_size
    flip_byte(paths, size // 4096 - 2)  # a data page near the end, far from the schema
    reopened = unlock_store(paths, TEST_PASSPHRASE)
    try:
        with pytest.raises(StoreDamaged, match="Sicherung"), reopened.store.session() as session:
            session.execute(select(Client.family_name, Client.qualification)).all()
    finally:
        reopened.close()


def test_foreign_sqlite_file_is_refused(store_paths: DataPaths) -> None:
    closed_store(store_paths)
    store_paths.database.unlink()
    plain = sqlite3.connect(store_paths.database)
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    with pytest.raises(StoreDamaged):
        unlock_store(store_paths, TEST_PASSPHRASE)


# --- migrations -------------------------------------------------------------------------------


def test_empty_store_is_built_by_the_migrations(services: Services) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from mbe_desktop.storage.models import Base

    assert migrate.current_revision(services.store.engine) == migrate.head_revision()
    with services.store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_store_from_a_newer_version_is_refused(store_paths: DataPaths) -> None:
    closed_store(store_paths)
    services = unlock_store(store_paths, TEST_PASSPHRASE)
    with services.store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    services.close()
    with pytest.raises(StoreTooNew, match="neueren Version"):
        unlock_store(store_paths, TEST_PASSPHRASE)


def test_migration_takes_an_encrypted_safety_copy_first(
    store_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed_store(store_paths)
    services = unlock_store(store_paths, TEST_PASSPHRASE)
    with services.store.session() as session:
        session.add(_canary_client("Sicherheitskopie"))
    services.close()

    monkeypatch.setattr(migrate, "needs_upgrade", lambda engine: True)
    unlock_store(store_paths, TEST_PASSPHRASE).close()
    monkeypatch.undo()

    copies = list(store_paths.safety_copies.glob("before-migration-*.db"))
    assert len(copies) == 1
    assert b"Sicherheitskopie" not in copies[0].read_bytes()
    assert copies[0].read_bytes()[:16] != b"SQLite format 3\x00"
    key = Store.unlock(store_paths, TEST_PASSPHRASE)
    db_key = key.verify_secret("passphrase", TEST_PASSPHRASE)
    key.close()
    from mbe_desktop.storage.engine import make_engine

    engine = make_engine(copies[0], db_key)
    with engine.connect() as connection:
        names = connection.exec_driver_sql("SELECT family_name FROM client").scalars().all()
    engine.dispose()
    assert names == ["Sicherheitskopie"]


def _canary_client(family_name: str, number: int = 1) -> Client:
    from datetime import date

    return Client(
        number=f"2026-{number:04d}",
        family_name=family_name,
        qualification="Lehrerin " * 40,
        first_contact_date=date.today(),
    )


def test_permissions_survive_umask(store_paths: DataPaths) -> None:
    old = os.umask(0)
    try:
        closed_store(store_paths)
    finally:
        os.umask(old)
    assert stat.S_IMODE(store_paths.key_slots.stat().st_mode) == 0o600
    assert stat.S_IMODE(store_paths.database.stat().st_mode) == 0o600
