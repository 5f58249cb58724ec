"""The Ratsuchende list on the shared 50,000-client store: the real view and model page, sort
and search in SQL (slow: the store is built once per session; still run in CI)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from ui_support import OFFSCREEN_NOISE

from conftest import BIG_STORE_CLIENTS
from mbe_desktop.app import build_services
from mbe_desktop.domain.names import matches
from mbe_desktop.services.clients import ClientQuery, SortColumn
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.storage.store import Store
from mbe_desktop.ui.clients.model import ID_ROLE, PAGE_SIZE, ClientListModel, Column
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.tasks import SyncRunner
from mbe_desktop.ui.views.clients import ClientsView

pytestmark = [pytest.mark.slow, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


@pytest.fixture
def view(qtbot: QtBot, big_store: Store) -> Iterator[ClientsView]:
    # The services share the session's store; closing them would close it for the next test.
    context = UnlockedContext(build_services(big_store), SyncRunner(), FAST_TEST_KDF)
    view = ClientsView(context)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    yield view


def shown_ids(model: ClientListModel) -> list[int]:
    return [model.index(row, Column.NAME).data(ID_ROLE) for row in range(model.rowCount())]


def test_the_list_opens_on_one_page_of_fifty_thousand(
    view: ClientsView, qtmodeltester: object
) -> None:
    model = view.model
    assert model.total == BIG_STORE_CLIENTS
    assert model.rowCount() == PAGE_SIZE  # a page, never the whole table
    assert view.count_label.text() == "50.000 Ratsuchende"
    qtmodeltester.check(model)  # type: ignore[attr-defined]  (it fetches pages itself)
    before = model.rowCount()
    model.fetchMore()
    assert model.rowCount() == before + PAGE_SIZE < BIG_STORE_CLIENTS
    assert len(set(shown_ids(model))) == model.rowCount()  # pages never overlap


def test_sorting_by_a_header_reorders_in_sql(view: ClientsView, big_store: Store) -> None:
    model = view.model
    view.table.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    expected = build_services(big_store).clients.page(
        ClientQuery(sort=SortColumn.NAME, descending=True)
    )
    assert shown_ids(model) == [row.id for row in expected]
    assert model.rowCount() == PAGE_SIZE and model.total == BIG_STORE_CLIENTS


def test_typing_a_name_filters_the_fifty_thousand(
    qtbot: QtBot, view: ClientsView, big_store: Store
) -> None:
    qtbot.keyClicks(view.search, "muller")
    view.run_search()  # what the debounce timer does after the last keystroke
    model = view.model
    expected = view.service.count(ClientQuery(text="muller"))
    assert 0 < model.total == expected < BIG_STORE_CLIENTS
    assert model.rowCount() == min(expected, PAGE_SIZE)
    with big_store.engine.connect() as connection:
        keys = dict(connection.execute(text("SELECT id, search_key FROM client")).tuples().all())
    rows = [model.client_row(row) for row in range(model.rowCount())]
    literal = [row for row in rows if not row.match]
    assert literal and all(matches(keys[row.id], "muller") for row in literal)
    assert rows[: len(literal)] == literal  # literal matches first, then spelling variants
    assert view.count_label.text().endswith("von 50.000 Ratsuchenden")
