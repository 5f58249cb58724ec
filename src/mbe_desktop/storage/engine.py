"""The one engine factory: every pooled connection is keyed and hardened as it is made."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
# A checkpoint waits for readers (a backup on a worker, say) only briefly per attempt: it runs
# right after a deletion the user is waiting for.
CHECKPOINT_ATTEMPTS = 3
CHECKPOINT_BUSY_MS = 1_000

# Pragmas every connection gets. temp_store=MEMORY keeps sort/index temp files (plain text in
# SQLCipher) off the disk; synchronous=FULL makes every acknowledged commit durable in WAL mode.
CONNECTION_PRAGMAS = (
    "PRAGMA cipher_log_level = NONE",  # global in SQLCipher; kept off whoever turned it on
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA synchronous = FULL",
    "PRAGMA cache_size = -65536",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
)


def silence_sqlcipher_log() -> None:
    """SQLCipher prints its own English errors (``ERROR CORE sqlcipher_page_cipher: hmac check
    failed …``) to stderr, one per damaged page. The level is global to the library: set once
    here, before any store is opened; the app's own messages say what happened."""
    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
    finally:
        connection.close()


silence_sqlcipher_log()


def raw_key_literal(key: bytes) -> str:
    """SQLCipher's raw-key syntax; the dialect quotes it as an identifier."""
    if len(key) != 32:
        raise ValueError("database key must be 32 bytes")
    return f"x'{key.hex()}'"


def make_engine(database: Path, key: bytes) -> Engine:
    url = URL.create("sqlite+pysqlcipher", password=raw_key_literal(key), database=str(database))
    engine = create_engine(
        url,
        module=sqlcipher3,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        # Reuse the connection returned last: its page cache is the hot one. First-in-first-out
        # would alternate between the pooled connections once a nested session has opened a
        # second one, and both page caches would grow to cache_size (2 x 64 MB).
        pool_use_lifo=True,
        hide_parameters=True,  # no personal data in exception texts or logs
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _harden_connection)
    return engine


def _harden_connection(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in CONNECTION_PRAGMAS:
            cursor.execute(pragma)
        # WAL is persistent in the file; setting it on each connection is cheap and idempotent.
        cursor.execute("PRAGMA journal_mode = WAL")
    finally:
        cursor.close()


def checkpoint_wal(engine: Engine, attempts: int = CHECKPOINT_ATTEMPTS) -> bool:
    """Move the WAL into the database and truncate it, so deleted rows leave the ``-wal`` too.

    Call it after the commit of every deletion of personal text (erasure: ``secure_delete`` has
    overwritten the rows in the pages, but the WAL still holds the frames until this runs).
    Returns False if a reader kept the checkpoint from finishing or it failed; the deletion
    itself has committed either way, and the next checkpoint truncates the WAL.
    """
    for _attempt in range(attempts):
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql(f"PRAGMA busy_timeout = {CHECKPOINT_BUSY_MS}")
                try:
                    busy, _log, _done = connection.exec_driver_sql(
                        "PRAGMA wal_checkpoint(TRUNCATE)"
                    ).one()
                finally:
                    connection.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        except DBAPIError as error:
            log.warning("WAL checkpoint after deletion failed: %s", type(error.orig).__name__)
            return False
        if not busy:
            return True
    log.warning("WAL checkpoint after deletion was blocked by a reader")
    return False
