"""Record keys and frozen publications for the statistics export (format 2.0)

Revision ID: 0009_statistics_keys
Revises: 0008_contact_statistics_index
Create Date: 2026-12-07 23:10:00

* ``stat_key`` on every counted record (client, case, contact, referral, goal) and on the
  statistics-only rows of deleted cases: a random 31-bit record key for the cell key method
  (``domain.disclosure``). Existing rows get random keys here; new rows get one from the ORM.
  The keys never leave the store.
* ``statistics_publication``: what the store published per period (the exact ``tables.json``)
  and, for the audit of later exports, the true and published cells of it. A period, once
  published, is exported again with the same tables.
* The contact statistics index (0008) also covers ``stat_key``, so the counts with their key
  sums still read only the index.

Columns are added natively (no batch "move and copy" of the tables).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_statistics_keys"
down_revision = "0008_contact_statistics_index"
branch_labels = None
depends_on = None

KEYED = ("client", "case", "contact", "referral", "goal", "retained_case_statistic")


def upgrade() -> None:
    for table in KEYED:
        op.add_column(
            table, sa.Column("stat_key", sa.Integer(), nullable=False, server_default="0")
        )
        # SQLite's random() draws from its own CSPRNG (seeded by the OS).
        op.execute(f'UPDATE "{table}" SET stat_key = abs(random()) % 2147483648')
    op.drop_index("ix_contact_occurred_counted", table_name="contact")
    op.create_index(
        "ix_contact_occurred_counted",
        "contact",
        ["occurred_at", "form", "interpreter_used", "outreach_location_id", "stat_key"],
    )
    op.create_table(
        "statistics_publication",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=30), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("threshold", sa.Integer(), nullable=False),
        sa.Column("salt", sa.Integer(), nullable=False),
        sa.Column("tables_json", sa.Text(), nullable=False),
        sa.Column("cells_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statistics_publication")),
        sa.UniqueConstraint("period", "version", name="uq_statistics_publication_period"),
    )


def downgrade() -> None:
    op.drop_table("statistics_publication")
    op.drop_index("ix_contact_occurred_counted", table_name="contact")
    op.create_index(
        "ix_contact_occurred_counted",
        "contact",
        ["occurred_at", "form", "interpreter_used", "outreach_location_id"],
    )
    for table in KEYED:
        op.execute(f'ALTER TABLE "{table}" DROP COLUMN stat_key')
