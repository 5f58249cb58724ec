"""A covering index for the statistics' contact counts

Revision ID: 0008_contact_statistics_index
Revises: 0007_due_list_covering_indexes
Create Date: 2026-12-03 13:30:00

The statistics count the contacts of a period by form, interpreter and outreach place. With
only a date index, a year was counted by scanning the contact table (notes included): about
34 MB of pages at 50,000 clients, more than half of SQLCipher's page cache, so a repeated
count decrypted them again. This index holds every column the count reads and replaces the
date index it extends.
"""

from __future__ import annotations

from alembic import op

revision = "0008_contact_statistics_index"
down_revision = "0007_due_list_covering_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_contact_occurred_at", table_name="contact")
    op.create_index(
        "ix_contact_occurred_counted",
        "contact",
        ["occurred_at", "form", "interpreter_used", "outreach_location_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_contact_occurred_counted", table_name="contact")
    op.create_index("ix_contact_occurred_at", "contact", ["occurred_at"])
