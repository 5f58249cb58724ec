"""The Hilfe menu: user guide (F1), Tastenkürzel generated from the live shortcuts, About."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_support import OFFSCREEN_NOISE, Harness, StoreFixture, make_store, unlock

from mbe_desktop import __version__, about
from mbe_desktop.resources import resources_dir
from mbe_desktop.services.cases import CaseInput
from mbe_desktop.services.clients import ClientInput
from mbe_desktop.ui.cases.case_dialog import CaseDialog
from mbe_desktop.ui.cases.contact_dialog import ContactDialog
from mbe_desktop.ui.controller import AppController, State
from mbe_desktop.ui.help.about_dialog import AboutDialog
from mbe_desktop.ui.help.guide import GuideDialog, guide_path, section_titles
from mbe_desktop.ui.help.shortcuts import (
    ShortcutsDialog,
    dialog_rows,
    key_text,
)
from mbe_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

ROOT = Path(__file__).resolve().parents[2]
DOCS_GUIDE = ROOT / "docs" / "benutzerhandbuch.md"
DOCS_SHOTS = ROOT / "docs" / "screenshots"
MAX_SCREENSHOT_BYTES = 150 * 1024


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


def main_of(controller: AppController) -> MainWindow:
    assert controller.main_window is not None
    return controller.main_window


# --- the guide as a file ---------------------------------------------------------------------


def test_guide_in_the_app_is_the_guide_in_docs() -> None:
    """resources/help is a copy of docs/ (docs/make_screenshots.py syncs it)."""
    help_dir = resources_dir() / "help"
    assert guide_path() == help_dir / "benutzerhandbuch.md"
    assert guide_path().read_bytes() == DOCS_GUIDE.read_bytes()
    shipped = {path.name: path.read_bytes() for path in (help_dir / "screenshots").glob("*.png")}
    in_docs = {path.name: path.read_bytes() for path in DOCS_SHOTS.glob("*.png")}
    assert shipped == in_docs
    assert in_docs


def test_every_screenshot_is_referenced_exists_and_is_small() -> None:
    text = DOCS_GUIDE.read_text(encoding="utf-8")
    referenced = set(re.findall(r"!\[[^\]]+\]\((screenshots/[^)]+\.png)\)", text))
    assert referenced, "the guide has no screenshots"
    on_disk = {f"screenshots/{path.name}" for path in DOCS_SHOTS.glob("*.png")}
    assert referenced == on_disk
    for name in on_disk:
        path = DOCS_GUIDE.parent / name
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert path.stat().st_size <= MAX_SCREENSHOT_BYTES, name


def test_guide_covers_the_main_tasks() -> None:
    titles = " | ".join(section_titles(DOCS_GUIDE.read_text(encoding="utf-8")))
    for topic in (
        "Entsperren",
        "Heute",
        "Ratsuchende",
        "Erstaufnahme",
        "Kontakt",
        "Kooperationsvereinbarung",
        "Weiterleitung",
        "Statistik",
        "Sicherung",
        "Wiederherstellung",
        "Löschfristen",
        "Auskunft",
        "Tastenkürzel",
        "Passphrase vergessen",
    ):
        assert topic in titles, topic


# --- F1 --------------------------------------------------------------------------------------


def test_f1_shows_the_guide_with_its_screenshots(qtbot: QtBot, unlocked: AppController) -> None:
    main = main_of(unlocked)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    assert main.guide_action.shortcut().toString() == "F1"
    main.guide_action.trigger()
    dialog = main.guide_dialog
    assert isinstance(dialog, GuideDialog) and dialog.isVisible()
    document = dialog.browser.document()
    assert "Passphrase vergessen?" in document.toPlainText()
    # Every image resolves to a shipped file (a missing one would be an empty frame).
    markdown = guide_path().read_text(encoding="utf-8")
    for name in re.findall(r"\]\((screenshots/[^)]+)\)", markdown):
        assert (guide_path().parent / name).is_file()
    assert dialog.contents.count() == len(section_titles(markdown)) >= 10
    dialog.contents.setCurrentRow(dialog.contents.count() - 1)
    assert dialog.browser.textCursor().block().text() == dialog.titles[-1]
    dialog.search.setText("Notfallblatt")
    assert dialog.find_next()
    assert dialog.browser.textCursor().selectedText() == "Notfallblatt"
    # A second F1 raises the same window.
    main.show_guide()
    assert main.guide_dialog is dialog


def test_guide_scales_wide_screenshots_down(qtbot: QtBot) -> None:
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    widths = []
    block = dialog.browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            char_format = iterator.fragment().charFormat()
            if char_format.isImageFormat():
                widths.append(char_format.toImageFormat().width())
            iterator += 1
        block = block.next()
    # 0: shown at its natural size (no wider than the column); wider ones scaled to 720.
    assert widths and all(0 <= width <= 720 for width in widths), widths
    assert any(width == 720 for width in widths)


def test_lock_closes_the_guide(harness: Harness, unlocked: AppController) -> None:
    from ui_support import idle_for

    main = main_of(unlocked)
    main.show_guide()
    dialog = main.guide_dialog
    assert dialog is not None and dialog.isVisible()
    idle_for(unlocked, harness.clock, 10 * 60)
    assert unlocked.state is State.LOCKED
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [unlocked.unlock_window]


# --- Tastenkürzel ----------------------------------------------------------------------------


def test_every_shortcut_of_the_main_window_is_described_and_listed(
    unlocked: AppController,
) -> None:
    """Generated from the live QActions and QShortcuts: a new shortcut without a description
    fails here, and the dialog cannot miss one."""
    main = main_of(unlocked)
    dialog = main.show_shortcuts()
    assert isinstance(dialog, ShortcutsDialog)
    listed = {(row.keys, row.description) for row in dialog.rows}
    listed_keys = {part for row in dialog.rows for part in row.keys.split(" / ")}
    found = 0
    for action in main.findChildren(QAction):
        keys = key_text(action.shortcuts())
        if keys:
            found += 1
            assert action.text().replace("&", "").strip(), keys
            assert all(part in listed_keys for part in keys.split(" / ")), keys
    for shortcut in main.findChildren(QShortcut):
        keys = key_text(shortcut.keys())
        if keys:
            found += 1
            where = type(shortcut.parent()).__name__
            assert shortcut.whatsThis(), f"QShortcut {keys} in {where}: no setWhatsThis(…)"
            assert any(
                description == shortcut.whatsThis() and keys in row_keys
                for row_keys, description in listed
            ), keys
    assert found >= 20
    for keys in ("Ctrl+N", "Ctrl+K", "Ctrl+L", "Ctrl+F", "F1", "Ctrl+E", "Ctrl+T", "Alt+Left"):
        expected = key_text([QKeySequence(keys)])  # "Strg+N" with Qt's German texts
        assert any(expected in row.keys.split(" / ") for row in dialog.rows), expected
    assert dialog.table.rowCount() == len(dialog.rows)
    assert all(row.area and row.keys and row.description for row in dialog.rows)
    dialog.reject()


def test_dialog_shortcuts_are_in_the_list(qtbot: QtBot, unlocked: AppController) -> None:
    """The keys that exist only inside dialogs (contact, case, intake) are listed too."""
    main = main_of(unlocked)
    services = main.context.services
    client = services.clients.create(
        ClientInput(
            family_name="Tastenprobe",
            given_names="Kim",
            birth_date=date(1985, 3, 12),
            first_contact_date=date.today() - timedelta(days=30),
            consent_given_on=date.today() - timedelta(days=30),
            consent_scope="Beratung und Dokumentation in der MBE",
        )
    )
    case = services.cases.open_case(client.id, CaseInput(date.today() - timedelta(days=10)))
    listed = {part for row in dialog_rows() for part in row.keys.split(" / ")}
    contact = ContactDialog(main.context, case, parent=main)
    case_dialog = CaseDialog(main.context, client.id, parent=main)
    intake = main.clients.open_intake()
    for dialog in (contact, case_dialog, intake):
        for shortcut in dialog.findChildren(QShortcut):
            keys = key_text(shortcut.keys())
            if keys:
                assert all(part in listed for part in keys.split(" / ")), (dialog, keys)
        dialog.reject()


def test_menus_have_mnemonics_and_the_help_entries(unlocked: AppController) -> None:
    main = main_of(unlocked)
    help_menu = main.menuBar().actions()[-1].menu()
    assert help_menu is not None
    texts = [action.text() for action in help_menu.actions() if not action.isSeparator()]
    assert texts == ["&Benutzerhandbuch", "&Tastenkürzel", "Über &MBE Desktop"]


# --- About -----------------------------------------------------------------------------------


def test_about_names_version_libraries_and_fonts(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    summary = dialog.summary_text()
    assert __version__ in summary and "Qt " in summary and "Python " in summary
    names = [
        dialog.library_table.item(row, 0).text() for row in range(dialog.library_table.rowCount())
    ]
    assert names == list(about.ABOUT_DISTRIBUTIONS)
    for row in range(dialog.library_table.rowCount()):
        assert dialog.library_table.item(row, 1).text()[0].isdigit(), names[row]
        assert dialog.library_table.item(row, 2).text() not in ("", "–"), names[row]
    dialog.library_table.setCurrentCell(names.index("SQLAlchemy"), 0)
    assert "MIT" in dialog.library_text.toPlainText() or "Permission" in (
        dialog.library_text.toPlainText()
    )
    fonts = [dialog.font_table.item(row, 0).text() for row in range(dialog.font_table.rowCount())]
    assert any("DejaVu" in family for family in fonts)
    assert any("Noto Sans Arabic" in family for family in fonts)
    dialog.font_table.setCurrentCell(1, 0)
    assert "SIL OPEN FONT LICENSE" in dialog.font_text.toPlainText().upper()


def test_every_bundled_font_file_has_a_licence() -> None:
    fonts_dir = resources_dir() / "fonts"
    listed = {name for font in about.fonts(fonts_dir) for name in font.files}
    assert listed == {path.name for path in fonts_dir.glob("*.ttf")}
    assert all(font.licence_text for font in about.fonts(fonts_dir))


def test_installer_ships_the_metadata_the_about_dialog_reads() -> None:
    """installer/mbe_desktop.spec copies the dist-info of ABOUT_DISTRIBUTIONS; both lists must
    stay the same (the spec may also read the list from mbe_desktop/about.py)."""
    spec = (ROOT / "installer" / "mbe_desktop.spec").read_text(encoding="utf-8")
    tree = ast.parse(spec)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "ABOUT_DISTRIBUTIONS"
            for target in node.targets
        ):
            if isinstance(node.value, ast.List | ast.Tuple):
                names = [ast.literal_eval(element) for element in node.value.elts]
                assert names == list(about.ABOUT_DISTRIBUTIONS)
            return  # computed from about.py: nothing to compare
    pytest.fail("ABOUT_DISTRIBUTIONS not found in installer/mbe_desktop.spec")


def test_licence_names_from_metadata() -> None:
    from email.message import Message

    def meta(**fields: str | list[str]) -> Message:
        message = Message()
        for key, value in fields.items():
            for item in value if isinstance(value, list) else [value]:
                message[key.replace("_", "-")] = item
        return message

    assert about.licence_name(meta(License_Expression="MIT")) == "MIT"  # type: ignore[arg-type]
    assert about.licence_name(meta(License="BSD-3-Clause")) == "BSD-3-Clause"  # type: ignore[arg-type]
    long_text = "Copyright (c) 2000\n" + "Permission is granted " * 20
    assert (
        about.licence_name(  # type: ignore[arg-type]
            meta(License=long_text, Classifier=["License :: OSI Approved :: BSD License"])
        )
        == "BSD License"
    )
    assert about.licence_name(meta()) == ""  # type: ignore[arg-type]
