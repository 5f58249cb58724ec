"""Accessibility: every input of every form has a name for screen readers (an accessible name or
a buddy label) and is reachable with Tab; banners and hints stay readable with a dark palette.

The forms are the real windows on a small demo store (synthetic data): setup wizard, unlock
window, every view of the main window and every tab of the client record, and the dialogs.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from ui_support import NEW_PASSPHRASE, OFFSCREEN_NOISE, Harness

from mbe_desktop.paths import DataPaths, data_paths
from mbe_desktop.services.clients import ClientQuery
from mbe_desktop.ui.controller import AppController, State
from mbe_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

DEMO_PASSPHRASE = "demo-passphrase-not-for-real-data"
INPUTS = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QCheckBox,
    QAbstractItemView,
)
# Parts of composite widgets: the line edit inside a spin box or combo box, the popup list of a
# combo box, the table inside a calendar. The composite widget itself is checked.
COMPOSITES = (QComboBox, QAbstractSpinBox, QCalendarWidget)


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "store"
    env = dict(os.environ, MBE_PASSPHRASE=DEMO_PASSPHRASE)
    command = [sys.executable, "-m", "mbe_desktop", "demo", "--data-dir", str(folder)]
    command += ["--clients", "15", "--insecure-fast-kdf"]
    subprocess.run(command, env=env, check=True, capture_output=True)
    return folder


@pytest.fixture
def demo_paths(demo_template: Path, tmp_path: Path) -> DataPaths:
    target = tmp_path / "store"
    shutil.copytree(demo_template, target)
    return data_paths(target)


@pytest.fixture
def harness(qtbot: QtBot) -> Iterator[Harness]:
    harness = Harness()
    yield harness
    harness.close()


@pytest.fixture
def unlocked(harness: Harness, demo_paths: DataPaths) -> AppController:
    controller = harness.controller(demo_paths)
    window = controller.unlock_window
    assert window is not None
    window.secret.setText(DEMO_PASSPHRASE)
    window.unlock_button.click()
    assert controller.state is State.UNLOCKED
    return controller


# --- the checks ------------------------------------------------------------------------------


def describe(widget: QWidget) -> str:
    name = widget.objectName() or ""
    parent = widget.parentWidget()
    where = ""
    while parent is not None and not where:
        where = parent.objectName()
        parent = parent.parentWidget()
    text = widget.text() if isinstance(widget, QLineEdit | QCheckBox) else ""
    return f"{type(widget).__name__}({name or '?'} in {where or '?'}{', ' + text if text else ''})"


def is_part_of_composite(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def inputs_of(window: QWidget, *, visible_only: bool) -> list[QWidget]:
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or isinstance(widget, QHeaderView):
            continue
        if is_part_of_composite(widget, window):
            continue
        if widget.window() is not window or widget.isHidden():
            continue  # another window, or hidden on purpose
        if isinstance(widget, QCheckBox) and widget.text().strip():
            continue  # its own text names it
        if visible_only and not widget.isVisible():
            continue
        found.append(widget)
    return found


def labelled(window: QWidget) -> set[int]:
    """Widgets named by a buddy label (and the widgets they hand their focus to)."""
    named: set[int] = set()
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        while buddy is not None and id(buddy) not in named:
            named.add(id(buddy))
            buddy = buddy.focusProxy()
    return named


def has_name(widget: QWidget, named: set[int]) -> bool:
    if widget.accessibleName().strip() or id(widget) in named:
        return True
    # A widget that is the focus proxy of a named container (e.g. SecretField's line edit).
    parent = widget.parentWidget()
    while parent is not None:
        if parent.focusProxy() is widget and (
            parent.accessibleName().strip() or id(parent) in named
        ):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_inputs(window: QWidget) -> list[tuple[QWidget, str]]:
    named = labelled(window)
    return [
        (w, describe(w)) for w in inputs_of(window, visible_only=False) if not has_name(w, named)
    ]


def tab_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in order (as QWidget::focusNextPrevChild walks them)."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window and len(chain) < 2000:
        if (
            widget.window() is window
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusProxy() is None
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def focus_target(widget: QWidget) -> QWidget:
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def tab_problems(window: QWidget) -> list[tuple[QWidget, str]]:
    chain = {id(widget) for widget in tab_chain(window)}
    problems = []
    for widget in inputs_of(window, visible_only=True):
        if not widget.isEnabled():
            continue
        target = focus_target(widget)
        if widget.property("keyboard_alternative"):
            continue  # left out of the Tab order on purpose; reached with these keys
        if id(target) not in chain:
            problems.append((widget, f"{describe(widget)} is not reached by Tab"))
        editable = isinstance(widget, QTextEdit | QPlainTextEdit) and not widget.isReadOnly()
        if editable and not widget.tabChangesFocus():  # type: ignore[union-attr]
            problems.append((widget, f"{describe(widget)} keeps Tab (setTabChangesFocus)"))
    return problems


def order_problems(window: QWidget) -> list[tuple[QWidget, str]]:
    """Tab goes round the window once: top to bottom, with one jump back to the start. A
    second jump back up means the Tab order does not follow the layout."""
    stops = [w for w in tab_chain(window) if not isinstance(w, QScrollArea | QTabBar)]
    if len(stops) < 3:
        return []
    places = [(w, w.mapTo(window, QPoint(0, 0))) for w in stops]
    jumps = []
    for (before, at), (after, to) in zip(places, places[1:] + places[:1], strict=True):
        above = to.y() + after.height() <= at.y() - 4
        right_column = to.x() >= at.x() + before.width()
        if above and not right_column:
            jumps.append((after, f"{describe(before)} → {describe(after)} (back up)"))
    return jumps[1:] if len(jumps) > 1 else []


# --- the forms -------------------------------------------------------------------------------

Check = Callable[[QWidget], list[tuple[QWidget, str]]]
_reported: set[tuple[int, str]] = set()


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def check_window(name: str, window: QWidget, check: Check, problems: list[str]) -> None:
    if not window.isVisible():
        window.show()
    settle()
    for widget, problem in check(window):
        # The same widget seen again (e.g. in each view of the main window): reported once.
        key = (id(widget), problem)
        if key not in _reported:
            _reported.add(key)
            problems.append(f"{name}: {problem}")


def check_tabs(name: str, window: QWidget, tabs: QTabWidget, check: Check, out: list[str]) -> None:
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        check_window(f"{name} / {tabs.tabText(index)}", window, check, out)


def check_wizard(
    name: str,
    wizard: QWizard,
    check: Check,
    out: list[str],
    fill: Callable[[QWizard], None] | None = None,
    last: QWidget | None = None,
) -> None:
    """Each page as the user gets there (Weiter); ``fill`` completes a page so Weiter works;
    ``last`` is the page after which nothing more is checked (it would write a file)."""
    if not wizard.isVisible():
        wizard.show()
        settle()
    seen: set[int] = set()
    while wizard.currentId() not in seen:
        seen.add(wizard.currentId())
        check_window(
            f"{name} / {wizard.currentPage().title() or wizard.currentId()}", wizard, check, out
        )
        if fill is not None:
            fill(wizard)
        if wizard.nextId() == -1 or wizard.currentPage() is last:
            break
        wizard.next()
        settle()


def close(dialog: QWidget) -> None:
    if isinstance(dialog, QDialog):
        dialog.done(QDialog.DialogCode.Rejected)
    else:
        dialog.close()
    dialog.deleteLater()  # gone before the lock at the end walks the main window's children
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settle()


def a_client_with_a_plan(main: MainWindow) -> int:
    services = main.context.services
    best, best_goals = None, -1
    for row in services.clients.page(ClientQuery(limit=50)):
        case = services.cases.current_case(row.id)
        if case is not None and len(services.cases.plan(case.id).goals) > best_goals:
            best, best_goals = row.id, len(services.cases.plan(case.id).goals)
    assert best is not None
    return best


def walk_unlocked(controller: AppController, check: Check) -> list[str]:
    from mbe_desktop.ui.cases.case_dialog import CaseDialog
    from mbe_desktop.ui.cases.closure_dialog import ClosureDialog
    from mbe_desktop.ui.cases.contact_dialog import ContactDialog
    from mbe_desktop.ui.cases.dormant import DormantCasesDialog
    from mbe_desktop.ui.cases.plan_editor import SignDialog
    from mbe_desktop.ui.dialogs.change_passphrase import ChangePassphraseDialog
    from mbe_desktop.ui.follow_ups.dialogs import FollowUpDialog, SnoozeDialog
    from mbe_desktop.ui.follow_ups.ics_export import IcsExportDialog
    from mbe_desktop.ui.help.about_dialog import AboutDialog
    from mbe_desktop.ui.help.guide import GuideDialog
    from mbe_desktop.ui.help.shortcuts import ShortcutsDialog
    from mbe_desktop.ui.network.partner_dialog import PartnerDialog
    from mbe_desktop.ui.network.referral import ReferralDialog
    from mbe_desktop.ui.network.templates import TemplateEditor
    from mbe_desktop.ui.privacy.audit_view import AuditLogDialog
    from mbe_desktop.ui.privacy.consents import ConsentsDialog
    from mbe_desktop.ui.privacy.retention import RetentionDialog
    from mbe_desktop.ui.statistics.export_wizard import ExportWizard
    from mbe_desktop.ui.widgets.reauth import ReauthDialog

    main = controller.main_window
    assert main is not None
    context = main.context
    services = context.services
    problems: list[str] = []
    for index, view in enumerate(main.views):
        main.show_view(index)
        check_window(f"Hauptfenster / {view.view_title()}", main, check, problems)

    client_id = a_client_with_a_plan(main)
    main.clients.open_client(client_id, "record")
    record = main.clients.record
    check_tabs("Akte", main, record.tabs, check, problems)
    case = services.cases.current_case(client_id)
    assert case is not None
    detail = services.clients.get(client_id)

    dialogs: list[tuple[str, Callable[[], QWidget]]] = [
        ("Erstaufnahme", lambda: main.clients.open_intake()),
        ("Kontakt", lambda: ContactDialog(context, case, parent=main)),
        ("Fall", lambda: CaseDialog(context, client_id, case, parent=main)),
        ("Abschluss", lambda: ClosureDialog(context, case, main)),
        ("Unterschreiben", lambda: SignDialog(1, lambda _day: None, main)),
        ("Ruhende Fälle", lambda: DormantCasesDialog(context, main)),
        ("Partner", lambda: PartnerDialog(context, None, main)),
        ("Weiterleitung", lambda: ReferralDialog(context, client_id, case.id)),
        ("Vorlagen", lambda: TemplateEditor(context, main)),
        ("Wiedervorlage", lambda: FollowUpDialog(context, main, client_id=client_id)),
        ("Zurückstellen", lambda: SnoozeDialog("Termin", date.today(), main)),
        ("Kalender", lambda: IcsExportDialog(context, main.today.listing, main)),
        ("Export", lambda: ExportWizard(context, services.statistics, None, main)),
        ("Passphrase ändern", lambda: ChangePassphraseDialog(context, main)),
        ("Einwilligungen", lambda: ConsentsDialog(services, client_id, detail.number, main)),
        ("Protokoll", lambda: AuditLogDialog(services.audit_log, main)),
        ("Löschfristen", lambda: RetentionDialog(context, main)),
        ("Passphrase bestätigen", lambda: ReauthDialog(main, services, "Probe")),
        ("Über", lambda: AboutDialog(main)),
        ("Handbuch", lambda: GuideDialog(main)),
        ("Tastenkürzel", lambda: ShortcutsDialog(main)),
    ]
    for name, make in dialogs:
        dialog = make()
        if isinstance(dialog, QWizard):
            check_wizard(name, dialog, check, problems, last=getattr(dialog, "target_page", None))
        else:
            check_window(name, dialog, check, problems)
            for tabs in dialog.findChildren(QTabWidget):
                check_tabs(name, dialog, tabs, check, problems)
        if name == "Weiterleitung":
            release = dialog.open_record_release()  # type: ignore[attr-defined]
            if release is not None:
                check_window("Schweigepflichtentbindung erfassen", release, check, problems)
                close(release)
        close(dialog)
    return problems


def walk_locked(harness: Harness, paths: DataPaths, empty: Path, check: Check) -> list[str]:
    problems: list[str] = []
    controller = harness.controller(paths)
    window = controller.unlock_window
    assert window is not None
    check_window("Entsperren", window, check, problems)
    window.toggle.click()
    check_window("Entsperren mit Wiederherstellungscode", window, check, problems)
    setup = harness.controller(data_paths(empty)).wizard
    assert setup is not None

    def fill(wizard: QWizard) -> None:
        if wizard.currentPage() is setup.office_page:
            form = setup.office_page.form
            form.edits["counsellor_name"].setText("Maria Beispiel")
            form.edits["office_name"].setText("MBE Musterstadt")
        elif wizard.currentPage() is setup.passphrase_page:
            setup.passphrase_page.form.first.setText(NEW_PASSPHRASE)
            setup.passphrase_page.form.second.setText(NEW_PASSPHRASE)

    check_wizard("Einrichtung", setup, check, problems, fill)
    return problems


# --- the tests -------------------------------------------------------------------------------


def test_every_input_has_an_accessible_name_or_a_buddy_label(
    harness: Harness, unlocked: AppController, tmp_path: Path
) -> None:
    _reported.clear()
    problems = walk_unlocked(unlocked, unnamed_inputs)
    assert not problems, "\n".join(["inputs without a name:", *problems])


def test_locked_windows_name_every_input(
    harness: Harness, demo_paths: DataPaths, tmp_path: Path
) -> None:
    _reported.clear()
    problems = walk_locked(harness, demo_paths, tmp_path / "new", unnamed_inputs)
    assert not problems, "\n".join(["inputs without a name:", *problems])


def test_tab_reaches_every_input(harness: Harness, unlocked: AppController) -> None:
    _reported.clear()
    problems = walk_unlocked(unlocked, tab_problems)
    assert not problems, "\n".join(problems)


def test_tab_reaches_every_input_of_the_locked_windows(
    harness: Harness, demo_paths: DataPaths, tmp_path: Path
) -> None:
    _reported.clear()
    problems = walk_locked(harness, demo_paths, tmp_path / "new", tab_problems)
    assert not problems, "\n".join(problems)


def test_tab_order_follows_the_layout(harness: Harness, unlocked: AppController) -> None:
    _reported.clear()
    problems = walk_unlocked(unlocked, order_problems)
    assert not problems, "\n".join(problems)


def test_tab_order_of_the_locked_windows_follows_the_layout(
    harness: Harness, demo_paths: DataPaths, tmp_path: Path
) -> None:
    _reported.clear()
    problems = walk_locked(harness, demo_paths, tmp_path / "new", order_problems)
    assert not problems, "\n".join(problems)


def test_the_checks_find_what_they_look_for(qtbot: QtBot) -> None:
    """The helpers themselves: an unnamed input and a Tab trap are reported."""
    from PySide6.QtWidgets import QFormLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QFormLayout(dialog)
    named = QLineEdit(dialog)
    layout.addRow("&Name:", named)
    unnamed = QLineEdit(dialog)
    unnamed.setObjectName("unnamed")
    layout.addWidget(unnamed)
    note = QPlainTextEdit(dialog)
    note.setAccessibleName("Notiz")
    layout.addWidget(note)
    no_tab = QComboBox(dialog)
    no_tab.setAccessibleName("Auswahl")
    no_tab.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    layout.addWidget(no_tab)
    dialog.show()
    assert [text for _widget, text in unnamed_inputs(dialog)] == ["QLineEdit(unnamed in ?)"]
    problems = [text for _widget, text in tab_problems(dialog)]
    assert any("keeps Tab" in problem for problem in problems)
    assert any("QComboBox" in problem and "not reached" in problem for problem in problems)


# --- colours: light and dark palettes ---------------------------------------------------------


@pytest.fixture(params=["light", "dark"])
def themed(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[QPalette]:
    """The application palette as the system sets it: Qt's default (light) or a dark one."""
    from mbe_desktop.ui.widgets.colours import reference_dark_palette

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    if request.param == "dark":
        app.setPalette(reference_dark_palette())
    yield app.palette()
    app.setPalette(original)


def sheet_colour(sheet: str, prop: str, selector: str = "") -> QColor:
    """The colour a style sheet gives ``prop`` (``color``, ``background``) in its first rule
    whose selector contains ``selector``."""
    rules = list(re.finditer(r"([^{}]*)\{([^}]*)\}", sheet)) or [re.match(r"()(.*)", sheet)]
    for rule in rules:
        assert rule is not None
        if selector in rule.group(1):
            match = re.search(rf"(?:^|[;\s]){prop}\s*:\s*(#[0-9a-fA-F]{{6}})", rule.group(2))
            if match:
                return QColor(match.group(1))
    raise AssertionError(f"no {prop} for {selector!r} in {sheet!r}")


def test_banners_are_readable(themed: QPalette, qtbot: QtBot) -> None:
    from mbe_desktop.ui.widgets.colours import contrast
    from mbe_desktop.ui.widgets.common import Banner

    window = themed.color(QPalette.ColorRole.Window)
    for kind in ("info", "success", "warning", "error"):
        banner = Banner(kind)
        qtbot.addWidget(banner)
        banner.show_message("Probe")
        sheet = banner.styleSheet()
        background = sheet_colour(sheet, "background", "QFrame#banner")
        text = sheet_colour(sheet, "color", "QLabel")
        border = sheet_colour(sheet.replace("1px solid ", "border-colour: "), "border-colour")
        assert contrast(text, background) >= 4.5, (kind, text.name(), background.name())
        assert contrast(border, window) >= 1.5, kind  # the frame is visible
        if themed.color(QPalette.ColorRole.Window).lightness() < 128:
            # Dark theme: no light box glaring from a dark window.
            assert background.lightness() < 110, (kind, background.name())


def test_banner_follows_a_switch_to_dark(qtbot: QtBot) -> None:
    from mbe_desktop.ui.widgets.colours import contrast, reference_dark_palette
    from mbe_desktop.ui.widgets.common import Banner

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    banner = Banner("warning")
    qtbot.addWidget(banner)
    light = sheet_colour(banner.styleSheet(), "background", "QFrame#banner")
    try:
        app.setPalette(reference_dark_palette())
        QApplication.processEvents()
        dark = sheet_colour(banner.styleSheet(), "background", "QFrame#banner")
        text = sheet_colour(banner.styleSheet(), "color", "QLabel")
        assert dark != light and contrast(text, dark) >= 4.5
    finally:
        app.setPalette(original)


def test_field_messages_hints_and_list_colours_are_readable(themed: QPalette, qtbot: QtBot) -> None:
    from mbe_desktop.ui.clients.form import FieldMessage
    from mbe_desktop.ui.statistics.charts import FigureCard, Tile
    from mbe_desktop.ui.widgets.colours import contrast, error_text, muted_text

    window = themed.color(QPalette.ColorRole.Window)
    base = themed.color(QPalette.ColorRole.Base)
    alternate = themed.color(QPalette.ColorRole.AlternateBase)
    message = FieldMessage()
    qtbot.addWidget(message)
    message.set_messages(["Bitte ein Datum eingeben."], [])
    assert contrast(sheet_colour(message.styleSheet(), "color"), window) >= 4.5
    message.set_messages([], ["Das Datum liegt in der Zukunft."])
    sheet = message.styleSheet()
    assert contrast(sheet_colour(sheet, "color"), sheet_colour(sheet, "background")) >= 4.5
    # Overdue dates, "kein Fall" and other list colours: on the rows and the alternate rows.
    for colour in (error_text(), muted_text()):
        for background in (base, alternate, window):
            assert contrast(colour, background) >= 4.5, (colour.name(), background.name())
    # Statistics: the headline tiles and the "how it is counted" line of each card.
    tile = Tile("Ratsuchende", "")
    qtbot.addWidget(tile)
    tile_sheet = tile.styleSheet()
    assert (
        contrast(
            sheet_colour(tile_sheet, "color", "QLabel"), sheet_colour(tile_sheet, "background")
        )
        >= 4.5
    )
    # Notes under fields and key hints ("Strg+Enter speichert"): quiet, not disabled.
    from mbe_desktop.ui.widgets.common import quiet

    note = quiet(QLabel("Mehrere möglich"))
    qtbot.addWidget(note)
    assert note.isEnabled()
    for background in (window, base):
        assert contrast(sheet_colour(note.styleSheet(), "color"), background) >= 4.5
    card = FigureCard("Titel", "So wird gezählt")
    qtbot.addWidget(card)
    assert contrast(sheet_colour(card.counting.styleSheet(), "color"), base) >= 4.5


def test_no_fixed_light_colours_in_style_sheets() -> None:
    """Every colour in a style sheet of the UI comes from the palette or ui/widgets/colours.py
    (red invalid-field frames excepted: a frame, not text, and visible on both)."""
    root = Path(__file__).resolve().parents[2] / "src" / "mbe_desktop" / "ui"
    allowed = {"#c0392b"}  # the invalid-field frame
    offenders = []
    for path in root.rglob("*.py"):
        if path.name == "colours.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "setStyleSheet" in line or "STYLE" in line or "{ " in line:
                for colour in re.findall(r"#[0-9a-fA-F]{6}\b", line):
                    if colour.lower() not in allowed:
                        offenders.append(f"{path.relative_to(root)}:{number}: {colour}")
    assert not offenders, "\n".join(offenders)


def test_windows_shrink_to_a_small_screen_but_not_below_their_minimum() -> None:
    """1920 × 1080 at 200 % leaves 960 × 540 points; a 980 × 720 dialog must fit into it."""
    from PySide6.QtCore import QSize

    from mbe_desktop.ui.widgets.screen_fit import fitted

    available = QSize(944, 492)
    assert fitted(QSize(980, 720), QSize(400, 300), available) == available
    assert fitted(QSize(600, 400), QSize(400, 300), available) == QSize(600, 400)
    assert fitted(QSize(980, 720), QSize(400, 600), available) == QSize(944, 600)


def test_main_window_views_scroll_instead_of_growing_the_window(unlocked: AppController) -> None:
    from PySide6.QtWidgets import QScrollArea

    main = unlocked.main_window
    assert main is not None
    assert main.minimumSizeHint().width() < 960 and main.minimumSizeHint().height() < 540
    for view in main.views:
        area = view.parentWidget().parentWidget()  # viewport, then the scroll area
        assert isinstance(area, QScrollArea) and area.widgetResizable()
