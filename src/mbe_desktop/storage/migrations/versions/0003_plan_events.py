"""Plan events for the timeline; default step templates

Revision ID: 0003_plan_events
Revises: 0002_client_search
Create Date: 2026-11-25 10:00:00

* ``plan_event``: what happened to a case's goal agreement (goal added, changed, removed; step
  added, changed, done, dropped, removed; version signed), with a short German description,
  so the client's timeline can show goal and step changes in order.
* The default step templates (``domain.step_templates``) are written once into stores that
  have none yet; from then on they are the counsellor's to edit.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from mbe_desktop.domain.step_templates import DEFAULT_STEP_TEMPLATES

revision = "0003_plan_events"
down_revision = "0002_client_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case.id"], name=op.f("fk_plan_event_case_id_case"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_event")),
    )
    with op.batch_alter_table("plan_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_event_case_id"), ["case_id"], unique=False)

    templates = sa.table(
        "step_template",
        sa.column("field", sa.String),
        sa.column("name", sa.String),
        sa.column("steps", sa.Text),
    )
    connection = op.get_bind()
    if connection.execute(sa.select(sa.func.count()).select_from(templates)).scalar_one() == 0:
        op.bulk_insert(
            templates,
            [
                {
                    "field": field,
                    "name": name,
                    "steps": json.dumps(
                        [
                            {"text": text, "actor": actor, "offset_days": offset}
                            for text, actor, offset in steps
                        ],
                        ensure_ascii=False,
                    ),
                }
                for field, (name, steps) in DEFAULT_STEP_TEMPLATES.items()
            ],
        )


def downgrade() -> None:
    with op.batch_alter_table("plan_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_event_case_id"))
    op.drop_table("plan_event")
