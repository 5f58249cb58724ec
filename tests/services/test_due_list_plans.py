"""The Heute counts stay inside their indexes (query plans, not timings): at 50,000 clients
reading the counted rows from their tables cost about 30 MB of pages at every unlock."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from mbe_desktop.app import Services

COVERED = {
    "client.residence_valid_until": "ix_client_residence_due",
    "agreement_version.review_on": "ix_agreement_version_review_due",
    "referral.sent_on": "ix_referral_feedback_due",
    "follow_up.snoozed_until": "ix_follow_up_open_due",
}


def count_plans(services: Services) -> dict[str, list[str]]:
    """The query plan of every count the due list runs, by its statement's text."""
    plans: dict[str, list[str]] = {}

    def explain(
        _conn: Any, cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool
    ) -> None:
        if statement.lstrip().startswith("SELECT count(*)"):
            rows = cursor.connection.execute("EXPLAIN QUERY PLAN " + statement, parameters)
            plans[statement] = [row[-1] for row in rows.fetchall()]

    engine = services.store.engine
    event.listen(engine, "before_cursor_execute", explain)
    try:
        services.follow_ups.due_list()
    finally:
        event.remove(engine, "before_cursor_execute", explain)
    return plans


def test_the_due_list_counts_read_only_their_covering_indexes(services: Services) -> None:
    plans = count_plans(services)
    for column, index in COVERED.items():
        (plan,) = [steps for statement, steps in plans.items() if column in statement]
        first = plan[0]
        assert f"COVERING INDEX {index}" in first, (column, plan)
