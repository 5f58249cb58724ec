"""The one engine factory: every pooled connection is keyed and hardened as it is made."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

# Pragmas every connection gets. temp_store=MEMORY keeps sort/index temp files (plain text in
# SQLCipher) off the disk; synchronous=FULL makes every acknowledged commit durable in WAL mode.
CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA synchronous = FULL",
    "PRAGMA cache_size = -65536",
    "PRAGMA busy_timeout = 10000",
)


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
