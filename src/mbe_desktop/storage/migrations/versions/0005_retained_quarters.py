"""Per-quarter counts in the statistics-only rows of deleted cases

Revision ID: 0005_retained_quarters
Revises: 0004_contact_version
Create Date: 2026-12-03 10:30:00

* ``retained_case_statistic.quarters``: a JSON object with the quarters in which the row carries
  its client's count and its contacts, contacts with an interpreter and referrals per quarter
  (``domain.anonymise``), so that statistics of past quarters stay the same after a deletion.

Rows written before this revision keep ``NULL``: their quarters cannot be told from what was
kept (months and per-year / first-half-year counts), so quarters count them as before — one
client per row, contacts and referrals missing (docs/privacy.md).

The column is added and dropped natively (no batch "move and copy" of the table).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_retained_quarters"
down_revision = "0004_contact_version"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("retained_case_statistic", sa.Column("quarters", sa.Text(), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE retained_case_statistic DROP COLUMN quarters")
