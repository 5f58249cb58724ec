"""The variant index of the name search

Revision ID: 0011_name_variants
Revises: 0010_erasure_journal
Create Date: 2026-12-07 23:10:00

``client_name_key``: one row per spelling key of a client's names (phonetic codes of every
transliteration, consonant skeletons of Arabic-script words; ``domain.name_variants``), so that
a spelling variant is an index range like a literal prefix. The keys are computed in Python;
this migration computes them for every client already stored (``storage.name_index``), and the
services write them with every save from then on. A later change of the key rules needs a
migration that calls ``rebuild_name_keys`` again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_name_variants"
down_revision = "0010_erasure_journal"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "client_name_key",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_client_name_key_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", "client_id", name=op.f("pk_client_name_key")),
        sqlite_with_rowid=False,
    )
    op.create_index(
        op.f("ix_client_name_key_client_id"), "client_name_key", ["client_id"], unique=False
    )
    from mbe_desktop.storage.name_index import rebuild_name_keys

    rebuild_name_keys(op.get_bind())


def downgrade() -> None:
    op.drop_index(op.f("ix_client_name_key_client_id"), table_name="client_name_key")
    op.drop_table("client_name_key")
