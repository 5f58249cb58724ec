"""Schema migrations with alembic, run programmatically at open."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from mbe_desktop.domain.errors import StoreTooNew

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:
        raise RuntimeError("no migrations shipped")
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    """True when the store is older than this program; refuses a store from a newer one."""
    current = current_revision(engine)
    if current == head_revision():
        return False
    known = {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}
    if current is not None and current not in known:
        raise StoreTooNew(
            "Dieser Datenbestand wurde mit einer neueren Version von MBE Desktop bearbeitet. "
            "Bitte installieren Sie die aktuelle Version; der Datenbestand bleibt unverändert."
        )
    return True


def upgrade_to_head(engine: Engine) -> None:
    """Migrate with foreign keys off: a batch migration rebuilds a table by copy, drop and
    rename, and with foreign keys on, the drop would cascade into every child row. The
    foreign-key check afterwards refuses a migration that left dangling references."""
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.commit()
        try:
            with connection.begin():
                command.upgrade(_config(connection), "head")
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise RuntimeError(f"migration left {len(problems)} broken references")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            connection.commit()
