"""A version per contact, so a stale edit or deletion is refused instead of overwriting

Revision ID: 0004_contact_version
Revises: 0003_plan_events
Create Date: 2026-12-03 10:00:00

* ``contact.version``: SQLAlchemy's version counter (as on ``client`` and ``case``). Editing or
  deleting a contact takes the version the dialog saw; a window that changed the contact in
  between makes the command fail with a German conflict message. Existing contacts start at 1.

The column is added and dropped natively (no batch "move and copy" of ``contact``), so the
contacts' fields of action are never touched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_contact_version"
down_revision = "0003_plan_events"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("contact", sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    op.execute("ALTER TABLE contact DROP COLUMN version")
