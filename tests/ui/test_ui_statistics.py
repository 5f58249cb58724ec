"""The Statistik view (figures, charts, period choice, lazy refresh) and the export wizard."""

from __future__ import annotations

import json
import sys
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
import time_machine
from pytestqt.qtbot import QtBot
from ui_support import OFFSCREEN_NOISE, PASSPHRASE

from mbe_desktop.app import Services
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.statistics.export_wizard import (
    DONE_PAGE,
    PERIOD_PAGE,
    PREVIEW_PAGE,
    TARGET_PAGE,
    ExportWizard,
)
from mbe_desktop.ui.tasks import SyncRunner
from mbe_desktop.ui.views.statistics import StatisticsView

sys.path.insert(0, str(Path(__file__).parent.parent / "services"))
from statistics_fixtures import TODAY, build_office

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def frozen_clock() -> Iterator[None]:
    with time_machine.travel(datetime(2026, 6, 15, 9, 0), tick=False):
        yield


@pytest.fixture
def context(services: Services) -> UnlockedContext:
    build_office(services)
    return UnlockedContext(services, SyncRunner(), FAST_TEST_KDF)


def view_of(qtbot: QtBot, context: UnlockedContext) -> StatisticsView:
    view = StatisticsView(context, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    return view


def choose(view: StatisticsView, key: str) -> None:
    view.picker.combo.setCurrentIndex(view.picker.combo.findData(key))


def test_view_shows_figures_for_the_chosen_period(qtbot: QtBot, context: UnlockedContext) -> None:
    view = view_of(qtbot, context)
    assert view.figures is not None
    assert view.figures.period.key == "2026-01-01..2026-06-15"  # this year so far
    choose(view, "2025")
    assert view.figures.period.key == "2025"
    assert view.tiles["clients"].value.text() == "3"
    assert view.tiles["case_management"].value.text() == "67 %"
    labels = [bar.label for bar in view.cards["forms"].chart.bars]
    assert labels == ["Beratung ohne Case Management", "Case Management"]
    assert "Sprachmittlung" in view.cards["contacts"].headline.text()
    assert view.cards["outreach"].chart.bars[0].label == "Rathaus Beispielheim"
    assert view.cards["german"].chart.series == ("bei Aufnahme", "bei Abschluss")
    assert "mindestens einem Tag" in view.cards["forms"].toolTip()
    choose(view, "2025-Q2")
    assert view.tiles["cases"].value.text() == "1"


def test_from_after_to_shows_a_german_message(qtbot: QtBot, context: UnlockedContext) -> None:
    from PySide6.QtCore import QDate

    view = view_of(qtbot, context)
    choose(view, "range")
    view.picker.start.setDate(QDate(2025, 5, 1))
    view.picker.end.setDate(QDate(2025, 4, 1))
    assert "liegt nach dem Ende" in view.notice.text()
    view.picker.end.setDate(QDate(2025, 6, 30))
    assert view.notice.text() == "" or "gelöscht" in view.notice.text()
    assert view.figures is not None and view.figures.period.end.month == 6


def test_data_changes_refresh_lazily(qtbot: QtBot, context: UnlockedContext) -> None:
    view = view_of(qtbot, context)
    choose(view, "2025")
    before = view.figures
    view.hide()
    context.events.announce("partners")
    assert not view.stale
    context.events.announce("cases")
    assert view.stale and view.figures is before  # not counted while hidden
    view.show()
    assert not view.stale and view.figures is not before


def test_wizard_previews_and_exports(
    qtbot: QtBot, context: UnlockedContext, tmp_path: Path
) -> None:
    view = view_of(qtbot, context)
    choose(view, "2025")
    view.open_export()
    wizard = view.wizard
    assert wizard is not None
    qtbot.addWidget(wizard)
    assert wizard.period_page.picker.period().key == "2025"
    assert not wizard.period_page.correction.isEnabled()  # nothing published to correct
    wizard.period_page.threshold.setValue(3)
    wizard.next()
    confirm_lower_threshold(wizard)
    assert wizard.currentId() == PREVIEW_PAGE
    preview = wizard.preview_page.preview
    assert preview is not None and preview.threshold == 3
    assert wizard.preview_page.tables.count() == 18
    assert not wizard.preview_page.previous.isVisible()
    wizard.preview_page.tables.setCurrentRow(1)
    table = wizard.preview_page.table
    cells = [table.item(r, c).text() for r in range(table.rowCount())
             for c in range(1, table.columnCount())]  # fmt: skip
    assert "•" in cells  # three clients: small counts are withheld
    assert "Ratsuchende" in wizard.preview_page.counting.text()
    # The audit's result in plain German; the year is fixed together with its parts.
    audit = wizard.preview_page.audit
    assert audit.isVisible() and "Prüfung bestanden" in audit.text()
    assert "1. Quartal 2025" in audit.text() and "festgeschrieben" in audit.text()
    wizard.next()
    assert wizard.currentId() == TARGET_PAGE
    assert wizard.target_page.path.text().endswith("MBE-Statistik_2025.zip")
    target = tmp_path / "export.zip"
    wizard.target_page.path.setText(str(target))
    wizard.next()
    assert wizard.currentId() == DONE_PAGE
    assert str(target) in wizard.done_page.text.text()
    with zipfile.ZipFile(target) as archive:
        assert json.loads(archive.read("tables.json"))["disclosure_control"]["threshold"] == 3
    assert view.service.threshold() == 3  # the changed threshold was saved
    # A second export of the same period says so in the preview.
    view.open_export()
    second = view.wizard
    assert second is not None
    qtbot.addWidget(second)
    assert second.period_page.correction.isEnabled()
    second.period_page.threshold.setValue(3)
    second.next()
    assert second.preview_page.previous.isVisible()
    assert "mit denselben Zahlen" in second.preview_page.previous.text()
    assert "festgeschrieben" in second.preview_page.previous.text()


def test_wizard_offers_only_ended_periods(qtbot: QtBot, context: UnlockedContext) -> None:
    """On "this year so far" (a free range), the wizard says that it stays on screen and
    chooses the period that ended last; free ranges and running periods are not offered."""
    view = view_of(qtbot, context)
    view.open_export()
    wizard = view.wizard
    assert wizard is not None
    qtbot.addWidget(wizard)
    picker = wizard.period_page.picker
    keys = [picker.combo.itemData(i) for i in range(picker.combo.count())]
    assert "range" not in keys and "2026-01-01..2026-06-15" not in keys
    assert "2026-H1" not in keys and "2026-Q2" not in keys and "2026" not in keys  # running
    assert picker.period().key == "2026-Q1"  # ended on 31 March, the latest
    assert "bleibt in der Statistik-Ansicht" in wizard.period_page.error.text()
    wizard.next()
    assert wizard.currentId() == PREVIEW_PAGE


def confirm_lower_threshold(wizard: ExportWizard, secret: str = PASSPHRASE) -> None:
    dialog = wizard.period_page.reauth_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.secret.setText(secret)
    dialog.ok_button.click()


def test_lowering_the_threshold_asks_for_the_passphrase(
    qtbot: QtBot, context: UnlockedContext
) -> None:
    view = view_of(qtbot, context)
    choose(view, "2025")
    view.open_export()
    wizard = view.wizard
    assert wizard is not None
    qtbot.addWidget(wizard)
    page = wizard.period_page
    assert view.service.threshold() == 5
    # Cancel keeps the old k, on the first page.
    page.threshold.setValue(3)
    wizard.next()
    dialog = page.reauth_dialog
    assert dialog is not None and dialog.isVisible()
    assert "von 5 auf 3 senken" in dialog.message.text()
    dialog.reject()
    assert wizard.currentId() == PERIOD_PAGE
    assert page.threshold.value() == 5 and view.service.threshold() == 5
    assert "bleibt bei 5" in page.error.text()
    # A wrong passphrase changes nothing; the right one saves the lower k and goes on.
    page.threshold.setValue(4)
    wizard.next()
    confirm_lower_threshold(wizard, "falsch-falsch-falsch")
    dialog = page.reauth_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.error.text() == "Die Passphrase ist falsch."
    assert view.service.threshold() == 5 and wizard.currentId() == PERIOD_PAGE
    confirm_lower_threshold(wizard)
    assert view.service.threshold() == 4
    assert wizard.currentId() == PREVIEW_PAGE
    preview = wizard.preview_page.preview
    assert preview is not None and preview.threshold == 4
    # Raising k protects more: no question (saved with the export, as before).
    wizard.back()
    page.threshold.setValue(6)
    wizard.next()
    assert page.reauth_dialog is None and wizard.currentId() == PREVIEW_PAGE
    assert view.service.threshold() == 4


def test_wizard_reports_an_unwritable_target(
    qtbot: QtBot, context: UnlockedContext, tmp_path: Path
) -> None:
    view = view_of(qtbot, context)
    choose(view, "2025")
    view.open_export()
    wizard = view.wizard
    assert wizard is not None
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    wizard.target_page.path.setText(str(tmp_path / "missing" / "x.zip"))
    wizard.next()
    assert wizard.currentId() == TARGET_PAGE
    assert "gibt es nicht" in wizard.target_page.error.text()
