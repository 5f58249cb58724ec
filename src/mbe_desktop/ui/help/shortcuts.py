"""Tastenkürzel: every shortcut of the main window, read from its live QActions and QShortcuts.

The list is generated, so it cannot go stale: a menu action shows its own text; a QShortcut
describes itself with ``setWhatsThis`` (see :func:`describe`); keys that only exist inside
dialogs or are built into Qt are listed in :func:`dialog_rows` (tests check them against the
dialogs' shortcuts).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from mbe_desktop.ui.widgets.common import hint

CONTEXT = "Shortcuts"


@dataclass(frozen=True)
class ShortcutRow:
    area: str
    keys: str  # as shown to the user (QKeySequence.NativeText, "Strg+N" with Qt's German)
    description: str


def describe(shortcut: QShortcut, text: str) -> QShortcut:
    """Give a QShortcut the description the Tastenkürzel dialog shows."""
    shortcut.setWhatsThis(text)
    return shortcut


# Qt::Key_Back: from here on the multimedia keys (Key_Save, Key_Open, …) that standard key
# bindings add on some platforms; a counsellor's keyboard has none of them.
_FIRST_MEDIA_KEY = 0x01000061


def key_text(sequences: list[QKeySequence]) -> str:
    texts: list[str] = []
    for sequence in sequences:
        if sequence.isEmpty() or sequence[0].key().value >= _FIRST_MEDIA_KEY:  # type: ignore[index]
            continue
        text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        if text and text not in texts:
            texts.append(text)
    return " / ".join(texts)


def plain(text: str) -> str:
    """A menu text without its mnemonic marker and trailing ellipsis."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip(" …").rstrip(".").strip()


def _area_of(obj: QObject, fallback: str) -> str:
    from mbe_desktop.ui.views.base import ViewPage

    node: QObject | None = obj
    while node is not None:
        if isinstance(node, ViewPage):
            return node.view_title()
        node = node.parent()
    return fallback


def _menu_actions(window: QMainWindow) -> list[tuple[str, QAction]]:
    """The actions of the menu bar's menus (and their submenus) with the top menu's title."""
    found: list[tuple[str, QAction]] = []

    def walk(menu: QMenu, area: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, area)
            else:
                found.append((area, action))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain(top.text()))
    return found


def menu_rows(window: QMainWindow) -> list[ShortcutRow]:
    return [
        ShortcutRow(area, key_text(action.shortcuts()), plain(action.text()))
        for area, action in _menu_actions(window)
        if key_text(action.shortcuts())
    ]


def context_rows(window: QMainWindow) -> list[ShortcutRow]:
    """QActions outside the menu bar and QShortcuts anywhere in ``window``, by view."""
    general = QCoreApplication.translate(CONTEXT, "Allgemein")
    in_menus = {id(action) for _area, action in _menu_actions(window)}
    rows: list[ShortcutRow] = []
    for action in window.findChildren(QAction):
        keys = key_text(action.shortcuts())
        if id(action) in in_menus or not keys:
            continue
        description = plain(action.text()) or action.whatsThis()
        rows.append(ShortcutRow(_area_of(action, general), keys, description))
    for shortcut in window.findChildren(QShortcut):
        keys = key_text(shortcut.keys())
        if keys:
            rows.append(ShortcutRow(_area_of(shortcut, general), keys, shortcut.whatsThis()))
    return rows


def dialog_rows() -> list[ShortcutRow]:
    """Keys inside dialogs and lists, and Qt's own keys every form uses."""

    area = QCoreApplication.translate(CONTEXT, "In Dialogen und Formularen")

    def row(keys: str, description: str) -> ShortcutRow:
        sequences = [QKeySequence(part) for part in keys.split(" / ")]
        return ShortcutRow(area, key_text(sequences), description)

    return [
        row("Tab", QCoreApplication.translate(CONTEXT, "Zum nächsten Feld")),
        row("Shift+Tab", QCoreApplication.translate(CONTEXT, "Zum vorigen Feld")),
        ShortcutRow(
            area,
            QCoreApplication.translate(CONTEXT, "Alt+unterstrichener Buchstabe"),
            QCoreApplication.translate(CONTEXT, "Zum Feld oder Knopf mit diesem Buchstaben"),
        ),
        row("Ctrl+Tab", QCoreApplication.translate(CONTEXT, "Zum nächsten Reiter")),
        row("Return / Enter", QCoreApplication.translate(CONTEXT, "In Listen: den Eintrag öffnen")),
        row(
            "Ctrl+Return / Ctrl+Enter",
            QCoreApplication.translate(CONTEXT, "Kontakt oder Fall speichern"),
        ),
        row("Ctrl+S", QCoreApplication.translate(CONTEXT, "Erstaufnahme speichern")),
        row(
            "Ctrl+PgDown / Ctrl+PgUp",
            QCoreApplication.translate(
                CONTEXT, "Erstaufnahme und Stammdaten: nächster oder voriger Abschnitt"
            ),
        ),
        row("Esc", QCoreApplication.translate(CONTEXT, "Dialog ohne Speichern schließen")),
    ]


def merged(rows: list[ShortcutRow]) -> list[ShortcutRow]:
    """Rows with the same area and description combined; exact duplicates dropped."""
    result: list[ShortcutRow] = []
    index: dict[tuple[str, str], int] = {}
    for row in rows:
        key = (row.area, row.description)
        if key not in index:
            index[key] = len(result)
            result.append(row)
            continue
        previous = result[index[key]]
        keys = previous.keys.split(" / ")
        for part in row.keys.split(" / "):
            if part not in keys:
                keys.append(part)
        result[index[key]] = ShortcutRow(row.area, " / ".join(keys), row.description)
    return result


def all_rows(window: QMainWindow) -> list[ShortcutRow]:
    return merged(menu_rows(window) + context_rows(window) + dialog_rows())


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Tastenkürzel"))
        self.rows = all_rows(window)
        self.table = QTableWidget(len(self.rows), 3, self)
        self.table.setAccessibleName(self.tr("Tastenkürzel"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Bereich"), self.tr("Tasten"), self.tr("Was es tut")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        for number, row in enumerate(self.rows):
            for column, value in enumerate((row.area, row.keys, row.description)):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(number, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Alle Befehle sind auch über die Menüs erreichbar: Alt drücken, dann den "
                    "unterstrichenen Buchstaben."
                ),
                self,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 100, metrics.height() * 34)
