"""Ratsuchende list: model (qtmodeltester, paging), search as you type, filters, sorting,
empty states — on a real store with the real ClientService."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from clients_support import add_client, main_of, services_of
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from ui_support import OFFSCREEN_NOISE, Harness, StoreFixture, make_store, unlock

from mbe_desktop.app import Services
from mbe_desktop.services.clients import CaseFilter, ClientQuery, SortColumn
from mbe_desktop.storage.models import Case, FollowUp
from mbe_desktop.ui.clients.model import ID_ROLE, SORT_ROLE, ClientListModel, Column
from mbe_desktop.ui.controller import AppController, State
from mbe_desktop.ui.main_window import CLIENTS
from mbe_desktop.ui.views.clients import ClientsView

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def harness(qtbot: QtBot) -> Iterator[Harness]:
    harness = Harness()
    yield harness
    harness.close()


@pytest.fixture
def store(tmp_path: Path) -> StoreFixture:
    return make_store(tmp_path)


@pytest.fixture
def unlocked(harness: Harness, store: StoreFixture) -> AppController:
    controller = harness.controller(store.paths)
    unlock(controller)
    assert controller.state is State.UNLOCKED
    return controller


def set_case(services: Services, client_id: int, form: str, status: str) -> None:
    """Test setup below the service: the cases issue will add the real way to open cases."""
    with services.store.session() as session:
        session.add(
            Case(
                client_id=client_id,
                opened_on=date.today() - timedelta(days=10),
                form=form,
                status=status,
                closed_on=date.today() if status == "closed" else None,
            )
        )


def add_follow_up(services: Services, client_id: int, due: date) -> None:
    with services.store.session() as session:
        session.add(FollowUp(client_id=client_id, due_on=due, reason="Rückruf"))


def names(view: ClientsView) -> list[str]:
    model = view.model
    return [model.index(row, Column.NAME).data(SORT_ROLE) for row in range(model.rowCount())]


def people(services: Services) -> dict[str, int]:
    """Five clients with different ages, cases and follow-ups."""
    ids = {}
    ids["Müller"] = add_client(services, "Müller", "Anna", birth_date=date(1985, 3, 12)).id
    ids["Шевченко"] = add_client(
        services,
        "Шевченко",
        "Олександр",
        birth_date=date(1979, 5, 2),
        nationalities=("UA",),
    ).id
    ids["Yılmaz"] = add_client(services, "Yılmaz", "Ayşe", birth_date=date(1995, 1, 1)).id
    ids["Nguyễn"] = add_client(services, "Nguyễn", "Văn An", birth_date=date(1960, 6, 6)).id
    ids["Okafor"] = add_client(services, "Okafor", "Grace", birth_date=date(1990, 9, 9)).id
    set_case(services, ids["Müller"], "case_management", "open")
    set_case(services, ids["Шевченко"], "counselling", "closed")
    set_case(services, ids["Yılmaz"], "counselling", "open")
    set_case(services, ids["Nguyễn"], "case_management", "closed")
    add_follow_up(services, ids["Müller"], date.today() - timedelta(days=1))
    add_follow_up(services, ids["Okafor"], date.today() + timedelta(days=30))
    return ids


def test_model_passes_the_model_tester_and_pages_in_sql(
    qtmodeltester: object, services: Services
) -> None:
    for number in range(7):
        add_client(services, f"Paging{number}", "Test", birth_date=date(1980, 1, number + 1))
    model = ClientListModel(services.clients, page_size=3)
    model.set_query(ClientQuery())
    assert model.total == 7 and model.rowCount() == 3
    assert model.canFetchMore()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 7
    assert [model.index(row, Column.NUMBER).data() for row in range(7)] == sorted(
        model.index(row, Column.NUMBER).data() for row in range(7)
    )
    assert model.index(0, Column.NAME).data(ID_ROLE) == model.client_id(0)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == [
        "Nr.",
        "Name",
        "Alter",
        "Staatsangehörigkeit",
        "Fallform",
        "Fallstatus",
        "Nächste Wiedervorlage",
    ]
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.sort(Column.AGE, Qt.SortOrder.DescendingOrder)
    assert model.query.sort is SortColumn.AGE and model.query.descending
    assert model.rowCount() == 3  # a new query starts with the first page again


def test_empty_store_offers_the_first_intake(qtbot: QtBot, unlocked: AppController) -> None:
    main = main_of(unlocked)
    main.show_view(CLIENTS)
    view = main.clients
    assert view.pages.currentWidget() is view.empty
    assert view.first_intake_button.isVisible()
    view.first_intake_button.click()
    assert view.intake is not None and view.intake.isVisible()
    view.intake.reject()  # nothing typed: closes without asking
    qtbot.waitUntil(lambda: view.intake is None)


def test_search_as_you_type_finds_names_in_any_script(
    qtbot: QtBot, unlocked: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = services_of(unlocked)
    people(services)
    main = main_of(unlocked)
    view = main.clients
    view.refresh()
    main.show_view(CLIENTS)
    assert view.count_label.text() == "5 Ratsuchende"

    calls: list[ClientQuery] = []
    original = services.clients.page

    def spy(query: ClientQuery) -> object:
        calls.append(query)
        return original(query)

    monkeypatch.setattr(services.clients, "page", spy)
    qtbot.keyClick(main, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus() or main.focusWidget() is view.search
    qtbot.keyClicks(view.search, "muller")
    assert calls == []  # debounced: nothing queried while typing
    qtbot.waitUntil(lambda: names(view) == ["Müller, Anna"], timeout=2000)
    assert len(calls) == 1 and calls[0].text == "muller"  # one query for six keystrokes
    assert view.count_label.text() == "1 von 5 Ratsuchenden"

    for text, expected in (
        ("shevchenko", "Шевченко, Олександр"),  # Cyrillic, found by its Latin form
        ("oleksandr", "Шевченко, Олександр"),
        ("yilmaz", "Yılmaz, Ayşe"),
        ("nguyen", "Nguyễn, Văn An"),
        ("mueller", "Müller, Anna"),
    ):
        view.search.setText(text)
        qtbot.waitUntil(lambda expected=expected: names(view) == [expected], timeout=2000)

    # A newer query's result is never replaced by an older one: the timer only ever queries
    # the text as it is when it fires.
    view.search.setText("okafor")
    view.search.setText("yilm")
    qtbot.waitUntil(lambda: names(view) == ["Yılmaz, Ayşe"], timeout=2000)
    qtbot.wait(SEARCH_SETTLE_MS)
    assert names(view) == ["Yılmaz, Ayşe"]

    view.search.setText("zzzz")
    qtbot.waitUntil(lambda: view.results.currentWidget() is view.no_hits, timeout=2000)
    assert view.no_hits_title.text() == "Keine Treffer für „zzzz“"
    view.search.clear()
    qtbot.waitUntil(lambda: len(names(view)) == 5, timeout=2000)


SEARCH_SETTLE_MS = 300


def test_a_hit_by_another_spelling_says_why(qtbot: QtBot, unlocked: AppController) -> None:
    services = services_of(unlocked)
    people(services)
    main = main_of(unlocked)
    view = main.clients
    view.refresh()
    main.show_view(CLIENTS)
    view.search.setText("schewtschenko")  # the German transliteration
    qtbot.waitUntil(lambda: names(view) == ["Шевченко, Олександр"], timeout=2000)
    cell = view.model.index(0, Column.NAME)
    assert cell.data().endswith("– Schreibvariante")
    assert "Gefunden als Schreibvariante" in cell.data(Qt.ItemDataRole.ToolTipRole)
    view.search.setText("shevchenko")  # the letters anyascii gives: a literal hit
    qtbot.waitUntil(lambda: view.model.query.text == "shevchenko", timeout=2000)
    assert "Schreibvariante" not in view.model.index(0, Column.NAME).data()


def test_filters_change_the_rows(unlocked: AppController) -> None:
    services = services_of(unlocked)
    people(services)
    view = main_of(unlocked).clients
    view.refresh()
    assert len(names(view)) == 5
    view.filter_open.click()
    assert view.model.query.cases is CaseFilter.OPEN
    assert sorted(names(view)) == ["Müller, Anna", "Yılmaz, Ayşe"]
    view.filter_closed.click()
    assert sorted(names(view)) == ["Nguyễn, Văn An", "Шевченко, Олександр"]
    view.cm_only.click()
    assert names(view) == ["Nguyễn, Văn An"]
    view.filter_all.click()
    assert sorted(names(view)) == ["Müller, Anna", "Nguyễn, Văn An"]
    view.cm_only.click()
    view.due_only.click()
    assert names(view) == ["Müller, Anna"]  # Okafor's follow-up is not due yet
    row = 0
    due = view.model.index(row, Column.NEXT_FOLLOW_UP)
    yesterday = date.today() - timedelta(days=1)
    assert due.data() == yesterday.strftime("%d.%m.%Y")
    assert due.data(Qt.ItemDataRole.ToolTipRole) == "Wiedervorlage fällig"
    assert view.count_label.text() == "1 von 5 Ratsuchenden"
    view.due_only.click()
    case_form = view.model.index(names(view).index("Müller, Anna"), Column.CASE_FORM).data()
    assert case_form == "Case Management"


def test_header_click_sorts_in_sql(qtbot: QtBot, unlocked: AppController) -> None:
    services = services_of(unlocked)
    people(services)
    main = main_of(unlocked)
    main.show_view(CLIENTS)
    view = main.clients
    view.refresh()
    header = view.table.horizontalHeader()

    def click(column: Column) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    def ages() -> list[int]:
        return [view.model.index(r, Column.AGE).data() for r in range(view.model.rowCount())]

    click(Column.AGE)
    assert view.model.query.sort is SortColumn.AGE
    assert ages() == sorted(ages())
    click(Column.AGE)
    assert view.model.query.descending
    assert ages() == sorted(ages(), reverse=True)
    click(Column.NAME)
    assert view.model.query.sort is SortColumn.NAME
    assert names(view)[0].startswith("Müller")


def test_enter_and_double_click_open_the_record(qtbot: QtBot, unlocked: AppController) -> None:
    services = services_of(unlocked)
    people(services)
    main = main_of(unlocked)
    main.show_view(CLIENTS)
    view = main.clients
    view.refresh()
    view.search.setText("okafor")
    view.run_search()
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.is_showing_record()
    assert view.record.header.name.text() == "Okafor, Grace"
    qtbot.keyClick(view.record.back_button, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert not view.is_showing_record()
    assert view.search.text() == "okafor"

    view.search.clear()
    view.run_search()
    row = names(view).index("Yılmaz, Ayşe")
    rect = view.table.visualRect(view.model.index(row, Column.NAME))
    # QTest's double click lacks the press before it, which item views require.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.is_showing_record()
    assert view.record.header.name.text() == "Yılmaz, Ayşe"
    view.record.back_button.click()
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.is_showing_record()
    assert view.is_showing_record()
    # A record that is gone (merged elsewhere): back to the list with the reason.
    view.open_client(999_999)
    assert not view.is_showing_record()
    assert "gibt es nicht mehr" in view.error.text()
