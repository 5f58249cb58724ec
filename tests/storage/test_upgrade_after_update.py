"""On the first start after an update: the store of an older schema revision gets its encrypted
safety copy first (still at the old revision), then the migrations run to head. The app's unlock
(GUI and command line) goes through the same ``unlock_store``."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.runtime.migration import MigrationContext

from conftest import TEST_OFFICE, TEST_PASSPHRASE
from mbe_desktop.app import Services, create_store, unlock_store
from mbe_desktop.paths import DataPaths, data_paths
from mbe_desktop.services.clients import ClientInput
from mbe_desktop.storage import migrate
from mbe_desktop.storage.engine import make_engine
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.storage.store import Store

OLDEST = "0001_initial"


def _downgrade(paths: DataPaths, revision: str) -> None:
    """Turn a fresh store into one as an older release left it (schema at ``revision``)."""
    services = unlock_store(paths, TEST_PASSPHRASE)
    engine = services.store.engine
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.commit()
        with connection.begin():
            command.downgrade(migrate._config(connection), revision)
    assert migrate.current_revision(engine) == revision
    services.close()


def _revision_of(path: object, db_key: bytes) -> str | None:
    engine = make_engine(path, db_key)  # type: ignore[arg-type]
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()


@pytest.mark.skipif(migrate.head_revision() == OLDEST, reason="only one schema revision")
def test_older_store_is_copied_then_migrated(store_paths: DataPaths) -> None:
    created = create_store(
        store_paths, TEST_OFFICE, TEST_PASSPHRASE, TEST_PASSPHRASE, kdf=FAST_TEST_KDF
    )
    created.services.clients.create(
        ClientInput(
            family_name="Aktualisierung",
            given_names="Probe",
            birth_date=date(1985, 3, 12),
            first_contact_date=date(2026, 1, 5),
            consent_given_on=date(2026, 1, 5),
            consent_scope="Beratung und Dokumentation in der MBE",
        )
    )
    created.services.close()
    _downgrade(store_paths, OLDEST)
    assert not list(store_paths.safety_copies.glob("before-migration-*.db"))

    services = unlock_store(store_paths, TEST_PASSPHRASE)  # the first start of the new version
    try:
        assert migrate.current_revision(services.store.engine) == migrate.head_revision()
        with services.store.engine.connect() as connection:
            names = connection.exec_driver_sql("SELECT family_name FROM client").scalars().all()
        assert names == ["Aktualisierung"]
    finally:
        services.close()

    copies = list(store_paths.safety_copies.glob(f"before-migration-{OLDEST}-*.db"))
    assert len(copies) == 1, list(store_paths.safety_copies.iterdir())
    assert copies[0].read_bytes()[:16] != b"SQLite format 3\x00"  # encrypted like the store
    key = Store.unlock(store_paths, TEST_PASSPHRASE)
    db_key = key.verify_secret("passphrase", TEST_PASSPHRASE)
    key.close()
    # Taken before the migration: the copy still has the old schema and the data.
    assert _revision_of(copies[0], db_key) == OLDEST

    # A second start migrates nothing and copies nothing.
    unlock_store(store_paths, TEST_PASSPHRASE).close()
    assert len(list(store_paths.safety_copies.glob("before-migration-*.db"))) == 1


def test_head_revision_constant_is_alembics_head() -> None:
    """The fast path of ``needs_upgrade`` compares with the constant: a new migration must
    update it, or stores would never be migrated."""
    assert migrate.head_revision() == migrate.HEAD_REVISION


def test_current_revision_reads_the_version_table(services: Services) -> None:
    engine = services.store.engine
    with engine.connect() as connection:
        expected = MigrationContext.configure(connection).get_current_revision()
    assert migrate.current_revision(engine) == expected == migrate.HEAD_REVISION
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE alembic_version")
    assert migrate.current_revision(engine) is None


def test_unlocking_an_up_to_date_store_leaves_alembic_unloaded(tmp_path: Path) -> None:
    """alembic and mako cost ~16 MB resident; a store at head needs neither."""
    paths = data_paths(tmp_path)
    create_store(
        paths, TEST_OFFICE, TEST_PASSPHRASE, TEST_PASSPHRASE, kdf=FAST_TEST_KDF
    ).services.close()
    code = (
        "import sys\n"
        "from mbe_desktop.app import unlock_store\n"
        "from mbe_desktop.paths import data_paths\n"
        "services = unlock_store(data_paths(sys.argv[1]), sys.argv[2])\n"
        "services.close()\n"
        "print(sorted(name for name in ('alembic', 'mako') if name in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path), TEST_PASSPHRASE],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip() == "[]"
