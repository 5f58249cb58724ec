"""The main window of an unlocked store: navigation on the left, one view at a time."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from mbe_desktop.domain.office import OfficeProfile
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.views.base import ViewPage
from mbe_desktop.ui.views.clients import ClientsView
from mbe_desktop.ui.views.network import NetworkView
from mbe_desktop.ui.views.settings import SettingsView
from mbe_desktop.ui.views.statistics import StatisticsView
from mbe_desktop.ui.views.today import TodayView
from mbe_desktop.ui.widgets.screen_fit import available_size

TODAY, CLIENTS, NETWORK, STATISTICS, SETTINGS = range(5)

_NAV_STYLE = """
QListWidget#navigation {
    border: none;
    border-right: 1px solid palette(mid);
    background: palette(window);
    outline: 0;
    padding-top: 8px;
}
QListWidget#navigation::item {
    padding: 9px 16px;
    border-left: 3px solid transparent;
}
QListWidget#navigation::item:selected {
    background: palette(highlight);
    color: palette(highlighted-text);
    border-left: 3px solid palette(dark);
}
"""


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quit_requested = Signal()
    auto_lock_changed = Signal(int)

    def __init__(self, context: UnlockedContext, view_index: int = TODAY) -> None:
        super().__init__()
        self.context = context
        self._closing = False
        self.is_demo = context.services.store.is_demo
        self.guide_dialog: QDialog | None = None

        self.today = TodayView(context, self)
        self.clients = ClientsView(context, self)
        self.network = NetworkView(context, self)
        self.statistics = StatisticsView(context, self)
        self.settings = SettingsView(context, self)
        self.views: list[ViewPage] = [
            self.today,
            self.clients,
            self.network,
            self.statistics,
            self.settings,
        ]
        self.settings.office_saved.connect(self._office_saved)
        self.settings.auto_lock_changed.connect(self.auto_lock_changed)
        self.clients.show_requested.connect(lambda: self.show_view(CLIENTS))
        self.today.open_requested.connect(self._open_from_today)

        self.stack = QStackedWidget(self)
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setStyleSheet(_NAV_STYLE)
        self.navigation.setIconSize(QSize(0, 0))
        font = self.navigation.font()
        font.setPointSizeF((font.pointSizeF() if font.pointSizeF() > 0 else 10.0) * 1.1)
        self.navigation.setFont(font)
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(f"{v.view_title()} (000)") for v in self.views)
        self.navigation.setFixedWidth(max(200, widest + 48))  # from the font: large fonts fit
        for number, view in enumerate(self.views, start=1):
            item = QListWidgetItem(view.view_title(), self.navigation)
            item.setToolTip(
                self.tr("{view} (Strg+{number})").format(view=view.view_title(), number=number)
            )
            self.stack.addWidget(self._scrollable(view))
        self.navigation.currentRowChanged.connect(self.show_view)
        # The Heute view reloads on data events, at midnight and on a new day; the count
        # follows it.
        self.today.due_count_changed.connect(self._show_due_count)
        self._show_due_count(self.today.due_count)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.demo_label = QLabel(self.tr("Demo-Datenbestand"), self)
        if self.is_demo:
            self.demo_label.setStyleSheet("QLabel { font-weight: bold; padding: 0 8px; }")
            self.statusBar().addPermanentWidget(self.demo_label)
        else:
            self.demo_label.hide()
        self.statusBar().setSizeGripEnabled(True)
        self._update_title(context.services.office.profile())
        self.show_view(view_index)
        self.resize(self._default_size())

    def _default_size(self) -> QSize:
        """1100 × 720, or what the widest view needs, but never more than the screen has."""
        needed = QSize(1100, 720)
        chrome = self.menuBar().sizeHint().height() + self.statusBar().sizeHint().height()
        for view in self.views:
            hint = view.minimumSizeHint()
            needed = needed.expandedTo(
                QSize(self.navigation.width() + hint.width() + 24, hint.height() + chrome + 24)
            )
        area = available_size(self)
        return needed if area is None else needed.boundedTo(area)

    def _scrollable(self, view: ViewPage) -> QScrollArea:
        """A view that scrolls when the window is smaller than the view's minimum size (large
        fonts, 200 % scaling on a small screen) instead of making the window larger than the
        screen; at normal sizes the view fills the area and no scroll bar shows."""
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no extra Tab stop
        area.setWidget(view)
        return area

    # --- menus ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Datei"))
        self.intake_action = QAction(self.tr("&Neue Erstaufnahme …"), self)
        self.intake_action.setShortcut(QKeySequence("Ctrl+N"))
        self.intake_action.setStatusTip(self.tr("Eine neue ratsuchende Person aufnehmen"))
        self.intake_action.triggered.connect(lambda: self.clients.open_intake())
        file_menu.addAction(self.intake_action)
        file_menu.addSeparator()
        self.lock_action = QAction(self.tr("&Sperren"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setStatusTip(
            self.tr("Datenbestand sperren; alle Fenster mit Daten schließen")
        )
        self.lock_action.triggered.connect(self.lock_requested)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Beenden"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.quit_requested)
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&Ansicht"))
        self.view_group = QActionGroup(self)
        self.view_group.setExclusive(True)
        self.view_actions: list[QAction] = []
        mnemonic_titles = [
            self.tr("&Heute"),
            self.tr("&Ratsuchende"),
            self.tr("&Netzwerk"),
            self.tr("S&tatistik"),
            self.tr("&Einstellungen"),
        ]
        for index, title in enumerate(mnemonic_titles):
            action = QAction(title, self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_view(i))
            self.view_group.addAction(action)
            view_menu.addAction(action)
            self.view_actions.append(action)
        view_menu.addSeparator()
        self.search_action = QAction(self.tr("Ratsuchende &suchen"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+F"))
        self.search_action.triggered.connect(self.search_clients)
        view_menu.addAction(self.search_action)

        help_menu = self.menuBar().addMenu(self.tr("&Hilfe"))
        self.guide_action = QAction(self.tr("&Benutzerhandbuch"), self)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.setStatusTip(self.tr("Das Benutzerhandbuch in einem eigenen Fenster"))
        self.guide_action.triggered.connect(self.show_guide)
        help_menu.addAction(self.guide_action)
        self.shortcuts_action = QAction(self.tr("&Tastenkürzel"), self)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        self.about_action = QAction(self.tr("Über &MBE Desktop"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    # --- views ---------------------------------------------------------------------------

    def show_view(self, index: int) -> None:
        if not 0 <= index < len(self.views):
            return
        self.stack.setCurrentIndex(index)
        if self.navigation.currentRow() != index:
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(index)
            self.navigation.blockSignals(False)
        self.view_actions[index].setChecked(True)

    def _open_from_today(self, client_id: int, place: str) -> None:
        self.clients.open_client(client_id, place)
        self.show_view(CLIENTS)

    def _show_due_count(self, count: int) -> None:
        item = self.navigation.item(TODAY)
        if item is None:
            return
        title = self.today.view_title()
        item.setText(f"{title} ({count})" if count else title)
        item.setToolTip(
            self.tr("{view} – {count} fällig (Strg+1)").format(view=title, count=count)
            if count
            else self.tr("{view} (Strg+1)").format(view=title)
        )

    def search_clients(self) -> None:
        """Strg+F: the search of the Netzwerk view while it is shown, else the client search."""
        if self.current_view_index() == NETWORK:
            self.network.focus_search()
            return
        self.show_view(CLIENTS)
        self.clients.focus_search()

    def current_view_index(self) -> int:
        return self.stack.currentIndex()

    def current_view(self) -> ViewPage:
        return self.views[self.stack.currentIndex()]

    def _office_saved(self, profile: OfficeProfile) -> None:
        self._update_title(profile)

    def _update_title(self, profile: OfficeProfile) -> None:
        title = self.tr("MBE Desktop – {office}").format(office=profile.office_name)
        if self.is_demo:
            title += self.tr(" (Demo)")
        self.setWindowTitle(title)

    def show_guide(self) -> None:
        """F1: the user guide beside the work (one window; raised if already open)."""
        from mbe_desktop.ui.help.guide import GuideDialog

        if self.guide_dialog is None:
            self.guide_dialog = GuideDialog(self)
            self.guide_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.guide_dialog.destroyed.connect(self._guide_closed)
        self.guide_dialog.show()
        self.guide_dialog.raise_()
        self.guide_dialog.activateWindow()

    def _guide_closed(self) -> None:
        self.guide_dialog = None

    def show_shortcuts(self) -> QDialog:
        from mbe_desktop.ui.help.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> QDialog:
        from mbe_desktop.ui.help.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_notice(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)

    # --- closing -------------------------------------------------------------------------

    def close_for_controller(self) -> None:
        self._closing = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing:
            event.accept()
            return
        event.ignore()
        self.quit_requested.emit()
