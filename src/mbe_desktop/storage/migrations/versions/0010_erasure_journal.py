"""The erasure journal: which records were erased, and when (no personal data)

Revision ID: 0010_erasure_journal
Revises: 0009_statistics_keys
Create Date: 2026-12-07 23:20:00

Restoring a backup made before an erasure would bring the erased people back. The journal
keeps, per erased client, its record id, a SHA-256 of its client number (to recognise the same
record, never to show it), the time and the reason; after a restore the erasures made after the
backup are applied again (``services/erasure_journal.py``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_erasure_journal"
down_revision = "0009_statistics_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erasure_journal",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("entity", sa.String(30), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("number_digest", sa.String(64), nullable=False),
        sa.Column("reason", sa.String(30), nullable=False),
    )
    op.create_index("ix_erasure_journal_erased_at", "erasure_journal", ["erased_at"])


def downgrade() -> None:
    op.drop_index("ix_erasure_journal_erased_at", table_name="erasure_journal")
    op.drop_table("erasure_journal")
