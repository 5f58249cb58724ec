"""The client list at 50,000 demo clients: search agrees with the reference and goes through
the indexes.

Slow (the store takes about 45 s to build, once per session); still run in CI. Speed is guarded
by the query plans (a lost index shows as a scan of every client), never by timing: the measured
figures belong in the benchmark (``benchmarks/run.py``, ``docs/performance.md``).
"""

from __future__ import annotations

import bisect
import random
from collections.abc import Callable
from dataclasses import replace

import pytest
from sqlalchemy import event, text

from conftest import BIG_STORE_CLIENTS as CLIENTS
from conftest import BIG_STORE_TODAY as TODAY
from mbe_desktop.domain.name_variants import name_keys, query_word, variant_matches
from mbe_desktop.domain.names import latin, matches, query_alternatives, split_words
from mbe_desktop.services.client_search import VARIANT
from mbe_desktop.services.clients import (
    MAX_PAGE,
    CaseFilter,
    ClientQuery,
    ClientService,
    SortColumn,
)
from mbe_desktop.storage.store import Store

pytestmark = pytest.mark.slow


def query_plans(store: Store, action: Callable[[], object]) -> list[list[str]]:
    """The plan (EXPLAIN QUERY PLAN details) of every statement ``action`` runs."""
    statements: list[tuple[str, object]] = []

    def capture(
        _conn: object, _cursor: object, statement: str, parameters: object, *_: object
    ) -> None:
        statements.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", capture)
    try:
        action()
    finally:
        event.remove(store.engine, "before_cursor_execute", capture)
    with store.engine.connect() as connection:
        return [
            [row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)]
            for sql, params in statements
        ]


def scans_every_client(plan: list[str]) -> bool:
    """A scan of the client table without an index: every row read, then filtered. (A walk
    through an ordering index is fine: with LIMIT it stops after the first page.)"""
    return "SCAN client" in plan


@pytest.fixture(scope="module")
def service(big_store: Store) -> ClientService:
    return ClientService(big_store, today=lambda: TODAY)


@pytest.fixture(scope="module")
def people(big_store: Store) -> list[tuple[int, str, str, str, str]]:
    with big_store.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT id, search_key, family_name, given_names, name_latin FROM client")
        ).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


def test_search_agrees_with_the_reference(
    service: ClientService, people: list[tuple[int, str, str, str, str]]
) -> None:
    index = sorted((token, pid) for pid, key, *_ in people for token in key.split())
    keys = [token for token, _ in index]

    def reference(query: str) -> set[int]:
        """What ``domain.names.matches`` says over every client (prefix ranges by bisect)."""
        found: set[int] | None = None
        for forms in query_alternatives(query):
            word: set[int] = set()
            for form in forms:
                start = bisect.bisect_left(keys, form)
                end = bisect.bisect_left(keys, form + "~")
                word.update(pid for _, pid in index[start:end])
            found = word if found is None else found & word
        return {pid for pid, *_ in people} if found is None else found

    assert reference("muller") == {pid for pid, key, *_ in people if matches(key, "muller")}
    stored_keys = {
        pid: name_keys(family, given, name_latin) for pid, _, family, given, name_latin in people
    }

    def variant_reference(query: str, client_id: int) -> bool:
        """Every query word matches literally or as a spelling variant (``name_variants``)."""
        words = [word for chunk in query.split() for word in split_words(chunk)]
        literal_key = next(key for pid, key, *_ in people if pid == client_id)
        return all(
            matches(literal_key, word) or variant_matches(stored_keys[client_id], query_word(word))
            for word in words
        )

    rng = random.Random(5)
    for _ in range(30):
        _, _, family, given, name_latin = rng.choice(people)
        source = rng.choice([family, given, name_latin or family])
        word = latin(source).lower().split()[0] if latin(source).split() else "a"
        for query in (word[:1], word[:3], word, f"{word[:2]} {latin(given).lower()[:1]}"):
            expected = reference(query)
            found = service.count(ClientQuery(text=query))
            assert found >= len(expected), query  # variants and near misses come on top
            page = service.page(ClientQuery(text=query, limit=MAX_PAGE))
            literal = [row for row in page if not row.match]
            assert page[: len(literal)] == literal, query  # literal matches first
            assert {row.id for row in literal} <= expected, query
            if len(expected) <= MAX_PAGE:
                assert {row.id for row in literal} == expected, query
            for row in page[len(literal) :]:
                if row.match == VARIANT:
                    assert variant_reference(query, row.id), (query, row.id)


def test_keystrokes_search_through_the_indexes(
    big_store: Store, service: ClientService, people: list[tuple[int, str, str, str, str]]
) -> None:
    rng = random.Random(9)
    typed: list[str] = []
    while len(typed) < 200:
        _, _, family, given, name_latin = rng.choice(people)
        name = rng.choice([latin(family).lower(), family, name_latin.lower() or given])
        typed += [name[:end] for end in range(1, min(len(name), 8) + 1)]
    typed += ["2025-0", "2025-01", "12.03.1985", "1985", "0176 123", "+49 30"]
    for spelling in ("schewtschenko", "mohammed al-hassan", "zahra hosseini", "tschelik"):
        typed += [spelling[:end] for end in range(3, len(spelling) + 1)]
    for query in typed:
        # What the list does per keystroke: the count for the heading and the first page.
        plans = query_plans(
            big_store,
            lambda q=query: (service.count(ClientQuery(text=q)), service.page(ClientQuery(text=q))),  # type: ignore[misc]
        )
        assert len(plans) >= 2, query
        assert not any(scans_every_client(plan) for plan in plans), (query, plans)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", list(SortColumn))
def test_every_sort_orders_the_whole_list(
    big_store: Store, service: ClientService, sort: SortColumn, descending: bool
) -> None:
    for query in (
        ClientQuery(sort=sort, descending=descending),
        ClientQuery(sort=sort, descending=descending, cases=CaseFilter.OPEN),
    ):
        rows = service.page(query)
        assert len(rows) == 200
        following = service.page(replace(query, offset=200))
        assert len(following) == 200 and not {r.id for r in rows} & {r.id for r in following}
    # The list's default orders read the client index in order (no sort of 50,000 rows).
    if sort in (SortColumn.NUMBER, SortColumn.NAME):
        plans = query_plans(big_store, lambda: service.page(ClientQuery(sort=sort)))
        assert any("USING INDEX" in step for plan in plans for step in plan), plans
        assert not any("TEMP B-TREE FOR ORDER BY" in step for plan in plans for step in plan)
    assert service.count(ClientQuery()) == CLIENTS
