"""Indexes on the outreach place of contacts and clients

Revision ID: 0006_outreach_location_indexes
Revises: 0005_retained_quarters
Create Date: 2026-12-03 10:40:00

The settings list of outreach places shows how many contacts and records name each place.
Without an index that count scans every contact: 0.4 s at 50,000 clients on every unlock,
because the settings view is built with the main window.
"""

from __future__ import annotations

from alembic import op

revision = "0006_outreach_location_indexes"
down_revision = "0005_retained_quarters"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_contact_outreach_location_id", "contact", ["outreach_location_id"])
    op.create_index("ix_client_outreach_location_id", "client", ["outreach_location_id"])


def downgrade() -> None:
    op.drop_index("ix_client_outreach_location_id", table_name="client")
    op.drop_index("ix_contact_outreach_location_id", table_name="contact")
