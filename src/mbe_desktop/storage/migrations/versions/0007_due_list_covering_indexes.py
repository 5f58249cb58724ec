"""Covering indexes for the counts of the Heute list

Revision ID: 0007_due_list_covering_indexes
Revises: 0006_outreach_location_indexes
Create Date: 2026-12-03 13:15:00

Heute counts every reminder group (residence titles, agreement reviews, referral feedback,
manual follow-ups) at each unlock, on a page cache that a new connection starts empty. With
single-column date indexes each counted row was read from its table: about 30 MB of pages at
50,000 clients, decrypted at every unlock. These indexes hold every column the counts read,
so a count stays in the index. Each replaces the index it extends (same leading column).
"""

from __future__ import annotations

from alembic import op

revision = "0007_due_list_covering_indexes"
down_revision = "0006_outreach_location_indexes"
branch_labels = None
depends_on = None

# (table, old index, old columns, new index, new columns)
_CHANGES = (
    (
        "client",
        "ix_client_residence_valid_until",
        ["residence_valid_until"],
        "ix_client_residence_due",
        ["residence_valid_until", "latest_case_status"],
    ),
    (
        "agreement_version",
        "ix_agreement_version_review_on",
        ["review_on"],
        "ix_agreement_version_review_due",
        ["review_on", "case_id", "number"],
    ),
    (
        "referral",
        "ix_referral_sent_on",
        ["sent_on"],
        "ix_referral_feedback_due",
        ["sent_on", "status", "feedback_on", "case_id", "partner_id"],
    ),
    (
        "follow_up",
        "ix_follow_up_open_due",
        ["done_on", "due_on"],
        "ix_follow_up_open_due",
        ["done_on", "due_on", "snoozed_until", "source"],
    ),
)


def upgrade() -> None:
    for table, old, _old_columns, new, new_columns in _CHANGES:
        op.drop_index(old, table_name=table)
        op.create_index(new, table, new_columns)


def downgrade() -> None:
    for table, old, old_columns, new, _new_columns in reversed(_CHANGES):
        op.drop_index(new, table_name=table)
        op.create_index(old, table, old_columns)
