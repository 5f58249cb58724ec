"""Schema migrations with alembic, run programmatically at open.

alembic (with mako, ~16 MB resident) is imported only when a store is not at
``HEAD_REVISION``: an up-to-date store, the usual case, is checked with one query.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, exc, text

from mbe_desktop.domain.errors import StoreTooNew
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest migration in migrations/versions; a test checks it against alembic's head.
HEAD_REVISION = "0012_form_change_counted_index"


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """alembic's head, read from the migration scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:
        raise RuntimeError("no migrations shipped")
    return head


def current_revision(engine: Engine) -> str | None:
    """The store's revision from alembic's version table (None for an empty store)."""
    with engine.connect() as connection:
        try:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        except exc.OperationalError as error:
            if "no such table" in str(error.orig):
                return None
            raise
    if len(rows) > 1:
        raise RuntimeError("the store has more than one schema revision")
    return rows[0][0] if rows else None


def needs_upgrade(engine: Engine) -> bool:
    """True when the store is older than this program; refuses a store from a newer one."""
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return False
    from alembic.script import ScriptDirectory

    known = {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}
    if current is not None and current not in known:
        raise StoreTooNew(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Dieser Datenbestand wurde mit einer neueren Version von MBE Desktop bearbeitet. "
                "Bitte installieren Sie die aktuelle Version; der Datenbestand bleibt unverändert.",
            )
        )
    return True


def upgrade_to_head(engine: Engine) -> None:
    """Migrate with foreign keys off: a batch migration rebuilds a table by copy, drop and
    rename, and with foreign keys on, the drop would cascade into every child row. The
    foreign-key check afterwards refuses a migration that left dangling references."""
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.commit()
        from alembic import command

        try:
            with connection.begin():
                command.upgrade(_config(connection), "head")
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise RuntimeError(f"migration left {len(problems)} broken references")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            connection.commit()
