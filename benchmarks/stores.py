"""The benchmark stores: the encrypted demo store and its unencrypted twin.

``benchmarks/.stores/<clients>/`` is a normal data folder (SQLCipher ``store.db`` and
``store.keys``) built once with ``mbe_desktop demo``; ``plain/store.db`` beside it is a plain
SQLite copy made with ``sqlcipher_export`` after the encrypted store was migrated and prepared.
Running the same scenarios on both gives the cost of encryption.

The plain store is opened here, in the benchmark only: the application has no way to open an
unencrypted file, and none is added to it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.pool import QueuePool

ROOT = Path(__file__).resolve().parent
STORES = ROOT / ".stores"
PASSPHRASE = "demo-passphrase-not-for-real-data"
RECORD_CONTACTS = 50  # the client record scenario opens a case with this many contacts
ENCRYPTED, PLAIN = "encrypted", "plain"


def store_dir(clients: int) -> Path:
    return STORES / str(clients)


def plain_dir(clients: int) -> Path:
    return store_dir(clients) / "plain"


def ensure_store(clients: int, seed: int) -> Path:
    folder = store_dir(clients)
    if (folder / "store.keys").exists():
        return folder
    print(f"building a demo store with {clients} clients in {folder} …", flush=True)
    started = time.perf_counter()
    env = dict(os.environ, MBE_PASSPHRASE=PASSPHRASE)
    command = [sys.executable, "-m", "mbe_desktop", "demo", "--data-dir", str(folder)]
    command += ["--clients", str(clients), "--seed", str(seed)]
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    print(f"  built in {time.perf_counter() - started:.1f} s", flush=True)
    return folder


def prepare(clients: int) -> None:
    """Migrate the encrypted store to this version's schema, give one open case
    ``RECORD_CONTACTS`` contacts (the demo data have at most ~30 per case), and make the plain
    copy when it is missing or from another schema revision."""
    from mbe_desktop.paths import data_paths
    from mbe_desktop.storage.store import Store

    store = Store.unlock(data_paths(store_dir(clients)), PASSPHRASE)  # migrates at open
    try:
        _fill_record_case(store)
        with store.engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        target = plain_dir(clients) / "store.db"
        if target.exists() and _plain_revision(target) == revision:
            return
        print(f"making the unencrypted copy {target} …", flush=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        raw = store.engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
            cursor.execute("SELECT sqlcipher_export('plain')")
            cursor.execute("DETACH DATABASE plain")
            cursor.close()
        finally:
            raw.close()
        with open(target, "rb") as handle:
            assert handle.read(16) == b"SQLite format 3\x00", "the copy is not plain SQLite"
        engine = make_plain_engine(target)  # WAL mode, as the encrypted store
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
        engine.dispose()
    finally:
        store.close()


def _plain_revision(database: Path) -> str | None:
    engine = make_plain_engine(database)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception:  # an unreadable leftover: make it again
        return None
    finally:
        engine.dispose()


def record_case(store: Any) -> tuple[int, int]:
    """(client id, case id) of the open case with the most contacts (the prepared one)."""
    with store.engine.connect() as connection:
        row = connection.execute(
            text(
                'SELECT k.client_id, k.id FROM "case" AS k JOIN contact AS c ON c.case_id = k.id '
                "WHERE k.status = 'open' AND EXISTS "
                "(SELECT 1 FROM agreement_version AS v WHERE v.case_id = k.id) "
                "GROUP BY k.id ORDER BY count(*) DESC, k.id LIMIT 1"
            )
        ).one()
    return int(row[0]), int(row[1])


def _fill_record_case(store: Any) -> None:
    from mbe_desktop.services.cases import CaseService, ContactInput

    _client_id, case_id = record_case(store)
    with store.engine.connect() as connection:
        have = connection.execute(
            text("SELECT count(*) FROM contact WHERE case_id = :id"), {"id": case_id}
        ).scalar_one()
        opened = connection.execute(
            text('SELECT opened_on FROM "case" WHERE id = :id'), {"id": case_id}
        ).scalar_one()
    if have >= RECORD_CONTACTS:
        return
    cases = CaseService(store)
    start = datetime.fromisoformat(str(opened)) + timedelta(hours=9)
    span = max(1, (datetime.now() - start).days)
    for number in range(RECORD_CONTACTS - have):
        when = start + timedelta(days=span * number // RECORD_CONTACTS, hours=number % 8)
        cases.add_contact(
            case_id,
            ContactInput(
                occurred_at=when,
                duration_minutes=30,
                fields=("work_employment",),
                note="Beratungsgespräch (Benchmark)",
            ),
        )


def make_plain_engine(database: Path) -> Engine:
    """An engine on an unencrypted SQLite file with the app's pool and connection pragmas
    (``storage.engine``) minus the key: the same sqlcipher3 library, so only encryption differs.
    Benchmark only."""
    from mbe_desktop.storage.engine import _harden_connection

    engine = create_engine(
        f"sqlite:///{database}",
        module=sqlcipher3,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        pool_use_lifo=True,
        hide_parameters=True,
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _harden_connection)
    return engine


def open_plain_store(clients: int) -> Any:
    """A ``Store`` over the plain copy (the key slots of the encrypted store, never used)."""
    from mbe_desktop.paths import DataPaths
    from mbe_desktop.storage.info import load_slots
    from mbe_desktop.storage.store import Store

    folder = plain_dir(clients)
    slots = load_slots(DataPaths(store_dir(clients), store_dir(clients) / "logs"))
    paths = DataPaths(folder, folder / "logs")
    return Store(paths, slots, make_plain_engine(folder / "store.db"))


def open_store(clients: int, variant: str) -> Any:
    """Unlock the encrypted store (Argon2id included) or open the plain copy."""
    if variant == PLAIN:
        return open_plain_store(clients)
    from mbe_desktop.paths import data_paths
    from mbe_desktop.storage.store import Store

    return Store.unlock(data_paths(store_dir(clients)), PASSPHRASE)
