"""Alembic environment, run only programmatically from ``storage.migrate``.

The caller hands over an open connection in ``config.attributes["connection"]``; no engine is
made here (every connection must be keyed by the one engine factory) and no logging config is
read (the app owns logging).
"""

from __future__ import annotations

from alembic import context

from mbe_desktop.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode recreates tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
