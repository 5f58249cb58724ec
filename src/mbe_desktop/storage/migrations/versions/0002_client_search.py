"""Client search and list: token index, list columns kept up to date by triggers

Revision ID: 0002_client_search
Revises: 0001_initial
Create Date: 2026-11-27 10:00:00

* ``client_search_token``: one row per token of ``client.search_key``, so a word prefix is an
  index range instead of a scan over 50,000 names (p95 under 50 ms per keystroke).
* ``client.number_order``: a generated column, the client number in numeric order, indexed;
  ``ix_client_name_order`` (folded name, number) for the name sort; ``ix_client_birth_date``.
* ``client.latest_case_form`` / ``latest_case_status`` (the latest case by opening date),
  ``next_follow_up`` (earliest open follow-up, a snooze moving it later) and
  ``first_nationality``: the list sorts and filters on them without a correlated subquery
  per client.
* Triggers keep all of it in step with ``client``, ``case``, ``follow_up`` and
  ``client_nationality`` — whoever writes (ORM, bulk inserts of the demo data, later
  migrations). The application never writes these columns itself.

A later migration that recreates one of these tables (alembic batch "move and copy") drops its
triggers: it must create them again (copy ``TRIGGERS`` and run ``REBUILD``). Beware also that
recreating ``client`` or ``case`` while foreign keys are on deletes their child rows (DROP
TABLE cascades): this migration adds and drops columns natively for that reason.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_client_search"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

# "2025-0042" -> "2025-00000042" (a virtual generated column with an index): the list sorts by
# number through the index, correctly also past 9999 numbers a year.
NUMBER_ORDER = "substr(number, 1, 5) || printf('%08d', CAST(substr(number, 6) AS INTEGER))"

# search_key is " tok1 tok2 " with tokens of [a-z0-9] (domain.names.search_key); as a JSON
# array it can be split with json_each (triggers cannot use recursive CTEs). Anything that is
# not valid JSON after the rewrite gives no tokens rather than a failing write.
_ARRAY = """'["' || replace(trim({key}), ' ', '","') || '"]'"""


def _tokens_json(key: str) -> str:
    array = _ARRAY.format(key=key)
    return f"CASE WHEN json_valid({array}) THEN {array} ELSE '[]' END"


def _insert_tokens(row: str) -> str:
    return (
        "INSERT INTO client_search_token (token, client_id) "
        f"SELECT DISTINCT j.value, {row}.id FROM json_each({_tokens_json(f'{row}.search_key')}) "
        "AS j WHERE j.value <> ''"
    )


_CASE_COLUMNS = (
    'latest_case_form = (SELECT k.form FROM "case" AS k WHERE k.client_id = client.id '
    "ORDER BY k.opened_on DESC, k.id DESC LIMIT 1), "
    'latest_case_status = (SELECT k.status FROM "case" AS k WHERE k.client_id = client.id '
    "ORDER BY k.opened_on DESC, k.id DESC LIMIT 1)"
)
_FOLLOW_UP_COLUMN = (
    "next_follow_up = (SELECT min(CASE WHEN f.snoozed_until > f.due_on THEN f.snoozed_until "
    "ELSE f.due_on END) FROM follow_up AS f WHERE f.client_id = client.id "
    "AND f.done_on IS NULL)"
)
_NATIONALITY_COLUMN = (
    "first_nationality = (SELECT n.country_code FROM client_nationality AS n "
    "WHERE n.client_id = client.id ORDER BY n.position, n.country_code LIMIT 1)"
)


def _refresh(columns: str, table: str, events: dict[str, str]) -> list[str]:
    """Triggers that recompute ``columns`` of the affected client(s) after each event."""
    statements = []
    for event, clients in events.items():
        kind = event.split()[0].lower()
        statements.append(
            f'CREATE TRIGGER trg_{table}_client_list_{kind} AFTER {event} ON "{table}" '
            f"BEGIN UPDATE client SET {columns} WHERE id IN ({clients}); END"
        )
    return statements


TRIGGERS: tuple[str, ...] = (
    "CREATE TRIGGER trg_client_search_insert AFTER INSERT ON client "
    f"BEGIN {_insert_tokens('NEW')}; END",
    "CREATE TRIGGER trg_client_search_update AFTER UPDATE OF search_key ON client "
    "WHEN NEW.search_key IS NOT OLD.search_key "
    "BEGIN DELETE FROM client_search_token WHERE client_id = OLD.id; "
    f"{_insert_tokens('NEW')}; END",
    "CREATE TRIGGER trg_client_search_delete AFTER DELETE ON client "
    "BEGIN DELETE FROM client_search_token WHERE client_id = OLD.id; END",
    *_refresh(
        _CASE_COLUMNS,
        "case",
        {
            "INSERT": "NEW.client_id",
            "UPDATE OF client_id, opened_on, form, status": "OLD.client_id, NEW.client_id",
            "DELETE": "OLD.client_id",
        },
    ),
    *_refresh(
        _FOLLOW_UP_COLUMN,
        "follow_up",
        {
            "INSERT": "NEW.client_id",
            "UPDATE OF client_id, due_on, done_on, snoozed_until": "OLD.client_id, NEW.client_id",
            "DELETE": "OLD.client_id",
        },
    ),
    *_refresh(
        _NATIONALITY_COLUMN,
        "client_nationality",
        {
            "INSERT": "NEW.client_id",
            "UPDATE OF client_id, country_code, position": "OLD.client_id, NEW.client_id",
            "DELETE": "OLD.client_id",
        },
    ),
)

REBUILD: tuple[str, ...] = (
    "DELETE FROM client_search_token",
    "INSERT INTO client_search_token (token, client_id) "
    f"SELECT DISTINCT j.value, c.id FROM client AS c, json_each({_tokens_json('c.search_key')}) "
    "AS j WHERE j.value <> ''",
    f"UPDATE client SET {_CASE_COLUMNS}, {_FOLLOW_UP_COLUMN}, {_NATIONALITY_COLUMN}",
)


def _trigger_name(statement: str) -> str:
    return statement.split()[2]


def upgrade() -> None:
    op.create_table(
        "client_search_token",
        sa.Column("token", sa.String(length=200), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_client_search_token_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("token", "client_id", name=op.f("pk_client_search_token")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("client_search_token", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_client_search_token_client_id"), ["client_id"], unique=False
        )

    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "number_order",
                sa.String(length=20),
                sa.Computed(NUMBER_ORDER, persisted=False),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("latest_case_form", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("latest_case_status", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("next_follow_up", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("first_nationality", sa.String(length=3), nullable=True))
        batch_op.create_index(batch_op.f("ix_client_birth_date"), ["birth_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_client_number_order"), ["number_order"], unique=False)
        batch_op.create_index("ix_client_name_order", ["search_key", "number_order"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_client_latest_case_form"), ["latest_case_form"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_client_latest_case_status"), ["latest_case_status"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_client_next_follow_up"), ["next_follow_up"], unique=False
        )

    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index(
            "ix_follow_up_client_open", ["client_id", "done_on", "due_on"], unique=False
        )

    for statement in TRIGGERS:
        op.execute(statement)
    for statement in REBUILD:
        op.execute(statement)


def downgrade() -> None:
    for statement in reversed(TRIGGERS):
        op.execute(f"DROP TRIGGER IF EXISTS {_trigger_name(statement)}")
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index("ix_follow_up_client_open")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_next_follow_up"))
        batch_op.drop_index(batch_op.f("ix_client_latest_case_status"))
        batch_op.drop_index(batch_op.f("ix_client_latest_case_form"))
        batch_op.drop_index(batch_op.f("ix_client_birth_date"))
        batch_op.drop_index("ix_client_name_order")
        batch_op.drop_index(batch_op.f("ix_client_number_order"))
    # Native DROP COLUMN (SQLite >= 3.35), not batch "move and copy": recreating the client
    # table would drop it, and with foreign keys on that deletes every case, consent and
    # follow-up through ON DELETE CASCADE.
    for column in (
        "first_nationality",
        "next_follow_up",
        "latest_case_status",
        "latest_case_form",
        "number_order",
    ):
        op.execute(f"ALTER TABLE client DROP COLUMN {column}")
    with op.batch_alter_table("client_search_token", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_search_token_client_id"))
    op.drop_table("client_search_token")
