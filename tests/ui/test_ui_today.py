"""The Heute view: groups, done, snooze, open, empty state, the count in the navigation,
the follow-up dialog, deleting, the .ics export and the settings section."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import icalendar
import pytest
import time_machine
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_support import OFFSCREEN_NOISE

from mbe_desktop.app import Services
from mbe_desktop.domain.reminders import Bucket
from mbe_desktop.services.follow_ups import FollowUpInput
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.follow_ups.model import DueModel
from mbe_desktop.ui.follow_ups.settings_section import FollowUpSettingsSection
from mbe_desktop.ui.main_window import MainWindow
from mbe_desktop.ui.tasks import SyncRunner
from mbe_desktop.ui.views.today import TodayView

sys.path.insert(0, str(Path(__file__).parent.parent / "services"))
from follow_up_fixtures import TODAY, add_referral, add_step, person

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def frozen_clock() -> Iterator[None]:
    with time_machine.travel(datetime(2026, 6, 17, 9, 0), tick=False):
        yield


@pytest.fixture
def context(services: Services) -> UnlockedContext:
    return UnlockedContext(services, SyncRunner(), FAST_TEST_KDF)


def days(n: int) -> timedelta:
    return timedelta(days=n)


def filled(services: Services) -> dict[str, int]:
    """Overdue and today (manual), a step this week, a referral later."""
    anna, _ = person(services, "Kowalczyk", "Anna")
    lan, case_id = person(services, "Nguyen", "Lan")
    assert case_id is not None
    services.follow_ups.create(FollowUpInput(anna, TODAY - days(2), "Bescheid nachfragen"))
    services.follow_ups.create(FollowUpInput(anna, TODAY, "Termin bestätigen"))
    add_step(services, case_id, TODAY + days(3))
    add_referral(services, case_id, TODAY - days(14) + days(10))
    return {"anna": anna, "lan": lan}


@pytest.fixture(autouse=True)
def no_dialog_outlives_a_test() -> Iterator[None]:
    yield
    from PySide6.QtWidgets import QApplication, QDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.close()


def view_of(qtbot: QtBot, context: UnlockedContext) -> TodayView:
    view = TodayView(context, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1100, 750)
    view.show()
    return view


def texts(view: TodayView, bucket: Bucket) -> list[str]:
    group = view.model.group_index(bucket)
    if not group.isValid():
        return []
    return [
        str(view.model.index(row, 4, group).data()) for row in range(view.model.rowCount(group))
    ]


def select(view: TodayView, text: str) -> None:
    for bucket in view.model.buckets():
        group = view.model.group_index(bucket)
        for row in range(view.model.rowCount(group)):
            if text in str(view.model.index(row, 4, group).data()):
                view.tree.setCurrentIndex(view.model.index(row, 0, group))
                return
    raise AssertionError(text)


def test_groups_in_order(qtbot: QtBot, services: Services, context: UnlockedContext) -> None:
    filled(services)
    view = view_of(qtbot, context)
    assert view.model.buckets() == [Bucket.OVERDUE, Bucket.TODAY, Bucket.THIS_WEEK, Bucket.LATER]
    assert view.model.group_index(Bucket.OVERDUE).data() == "Überfällig (1)"
    assert texts(view, Bucket.OVERDUE) == ["Bescheid nachfragen"]
    assert texts(view, Bucket.TODAY) == ["Termin bestätigen"]
    assert texts(view, Bucket.THIS_WEEK) == ["Schritt fällig am 20.06.2026: Lebenslauf schreiben"]
    assert texts(view, Bucket.LATER) == [
        "Weiterleitung an Jobcenter Teststadt vom 13.06.2026: noch keine Rückmeldung"
    ]
    assert view.date_label.text() == "Mittwoch, 17. Juni 2026 – 2 fällig, davon 1 überfällig"
    assert view.pages.currentWidget() is view.list_page
    assert view.due_count == 2


def test_model_passes_the_model_tester(
    qtmodeltester: object, services: Services, context: UnlockedContext
) -> None:
    filled(services)
    model = DueModel()
    model.set_listing(services.follow_ups.due_list(TODAY))
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_mark_done_and_snooze(qtbot: QtBot, services: Services, context: UnlockedContext) -> None:
    filled(services)
    view = view_of(qtbot, context)
    counts: list[int] = []
    view.due_count_changed.connect(counts.append)
    select(view, "Bescheid nachfragen")
    view.done_button.click()
    assert Bucket.OVERDUE not in view.model.buckets()
    assert counts[-1] == 1
    assert "Erledigt: " in view.notice.text()

    select(view, "Termin bestätigen")
    view.snooze_week_action.trigger()  # Strg+Umschalt+T
    assert texts(view, Bucket.LATER)[0] == "Termin bestätigen"
    assert counts[-1] == 0
    assert "Zurückgestellt bis 24.06.2026" in view.notice.text()

    select(view, "Lebenslauf schreiben")
    dialog = view.open_snooze_dialog()
    assert dialog is not None
    dialog.date.set_text("17.06.2026")
    dialog.ok_button.click()
    assert "späteren Tag" in dialog.banner.text()
    dialog.date.set_text("01.07.2026")
    dialog.ok_button.click()
    assert texts(view, Bucket.THIS_WEEK) == []
    assert any("(zurückgestellt)" in text for text in texts(view, Bucket.LATER))
    # The state is stored: a new view shows the same.
    again = view_of(qtbot, context)
    assert again.due_count == 0 and Bucket.THIS_WEEK not in again.model.buckets()


def test_open_signal_carries_client_and_place(
    qtbot: QtBot, services: Services, context: UnlockedContext
) -> None:
    ids = filled(services)
    view = view_of(qtbot, context)
    select(view, "Lebenslauf schreiben")
    with qtbot.waitSignal(view.open_requested) as blocker:
        view.open_button.click()
    assert blocker.args == [ids["lan"], "plan"]
    select(view, "Jobcenter")
    with qtbot.waitSignal(view.open_requested) as blocker:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert blocker.args == [ids["lan"], "referrals"]
    select(view, "Bescheid nachfragen")
    with qtbot.waitSignal(view.open_requested) as blocker:
        view.open_current()
    assert blocker.args == [ids["anna"], "record"]


def test_empty_state(qtbot: QtBot, services: Services, context: UnlockedContext) -> None:
    view = view_of(qtbot, context)
    assert view.pages.currentWidget() is view.empty
    assert view.empty.headline.text() == "Heute ist nichts fällig"
    assert view.due_count == 0
    assert "nichts fällig" in view.date_label.text()


def test_nothing_due_but_upcoming_says_so(
    qtbot: QtBot, services: Services, context: UnlockedContext
) -> None:
    anna, _ = person(services, "Kowalczyk", "Anna")
    services.follow_ups.create(FollowUpInput(anna, TODAY + days(9), "Später anrufen"))
    view = view_of(qtbot, context)
    assert view.pages.currentWidget() is view.list_page
    assert "Heute ist nichts fällig" in view.notice.text()


def test_count_in_navigation_follows_data_events(
    qtbot: QtBot, services: Services, context: UnlockedContext
) -> None:
    ids = filled(services)
    window = MainWindow(context)
    window.show()
    navigation = window.navigation.item(0)
    assert navigation is not None and navigation.text() == "Heute (2)"
    services.follow_ups.create(FollowUpInput(ids["lan"], TODAY, "Neu"))
    context.events.announce("follow_ups")
    assert navigation.text() == "Heute (3)"
    # A click on an item opens the record in Ratsuchende.
    select(window.today, "Neu")
    window.today.open_current()
    assert window.current_view() is window.clients
    assert window.clients.is_showing_record()
    window.close_for_controller()  # a plain close only asks the controller to quit


def test_new_follow_up_through_the_dialog(
    qtbot: QtBot, services: Services, context: UnlockedContext
) -> None:
    person(services, "Kowalczyk", "Anna")
    view = view_of(qtbot, context)
    dialog = view.open_new()
    assert dialog.client_search is not None and dialog.client_list is not None
    dialog.save_button.click()
    assert "wählen Sie die ratsuchende Person" in dialog.banner.text()
    dialog.client_search.setText("kowal")
    dialog.search_clients()
    assert dialog.client_list.count() == 1
    assert dialog.due.text() == "24.06.2026"  # a week ahead by default
    dialog.save_button.click()
    assert "Grund" in dialog.banner.text()  # the reason is missing
    dialog.reason.setPlainText("Zeugnisse mitbringen lassen")
    dialog.with_time.setChecked(True)
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert texts(view, Bucket.LATER) == ["Zeugnisse mitbringen lassen"]
    assert view.current_item() is not None
    assert view.current_item().due_time is not None  # type: ignore[union-attr]

    edit = view.edit_current()
    assert edit is not None
    edit.due.set_text("17.06.2026")
    edit.save_button.click()
    assert texts(view, Bucket.TODAY) == ["Zeugnisse mitbringen lassen"]


def test_delete_asks_first(qtbot: QtBot, services: Services, context: UnlockedContext) -> None:
    filled(services)
    view = view_of(qtbot, context)
    select(view, "Schritt fällig")
    assert not view.delete_button.isEnabled()  # automatic ones are done or snoozed only
    select(view, "Bescheid nachfragen")
    box = view.delete_current()
    assert box is not None and "Bescheid nachfragen" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert texts(view, Bucket.OVERDUE) == ["Bescheid nachfragen"]
    box = view.delete_current()
    assert box is not None
    [delete] = [b for b in box.buttons() if b.text().replace("&", "") == "Löschen"]
    delete.click()
    assert Bucket.OVERDUE not in view.model.buckets()
    assert services.follow_ups.due_list(TODAY).total == 3


def test_ics_export_dialog_writes_pseudonymised_file(
    qtbot: QtBot,
    services: Services,
    context: UnlockedContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    filled(services)
    view = view_of(qtbot, context)
    dialog = view.open_export()
    assert dialog is not None
    assert "Namen, Geburtsdaten" in dialog.contents.text()
    assert dialog.summary.text() == "4 Einträge als Kalenderdatei (.ics)"
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "open", lambda self: None)
    file_dialog = dialog.choose_file()
    assert file_dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    target = tmp_path / "kalender"
    dialog.write(str(target))
    written = tmp_path / "kalender.ics"
    data = written.read_bytes()
    for secret in (b"Kowalczyk", b"Nguyen", b"Anna", b"Bescheid", b"1979"):
        assert secret not in data
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert len(events) == 4
    assert "Gespeichert: 4 Einträge" in dialog.notice.text()
    file_dialog.close()
    dialog.close()  # top-level dialogs would outlive the test


def test_settings_section_switches_reminders(
    qtbot: QtBot, services: Services, context: UnlockedContext
) -> None:
    filled(services)
    view = view_of(qtbot, context)
    section = FollowUpSettingsSection(context)
    qtbot.addWidget(section)
    section.show()
    assert section.amounts["residence_expiry"].value() == 8
    assert section.amounts["step_due"].text() == "am Fälligkeitstag"
    section.switches["step_due"].setChecked(False)
    assert not section.amounts["step_due"].isEnabled()
    assert Bucket.THIS_WEEK not in view.model.buckets()  # the view followed the event
    section.switches["step_due"].setChecked(True)
    section.amounts["step_due"].setValue(3)
    assert texts(view, Bucket.TODAY)[-1].startswith("Schritt fällig am 20.06.2026")
    assert "Gespeichert" in section.notice.text()


def test_midnight_moves_today_to_overdue(
    qtbot: QtBot, services: Services, context: UnlockedContext
) -> None:
    anna, _ = person(services, "Kowalczyk", "Anna")
    services.follow_ups.create(FollowUpInput(anna, TODAY, "Heute fällig"))
    clock = {"today": TODAY}
    view = TodayView(context, today=lambda: clock["today"])
    qtbot.addWidget(view)
    assert view.midnight.isActive()
    assert view.model.buckets() == [Bucket.TODAY]
    clock["today"] = TODAY + days(1)
    view.midnight.timeout.emit()
    assert view.model.buckets() == [Bucket.OVERDUE]
    assert view.due_count == 1
