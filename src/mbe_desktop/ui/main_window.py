"""The main window of an unlocked store: navigation on the left, one view at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
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
# The other views are built after this pause, when the first paint and the user's first look
# are done, one per turn of the event loop.
IDLE_BUILD_DELAY_MS = 200
VIEW_CLASSES: tuple[type[ViewPage], ...] = (
    TodayView,
    ClientsView,
    NetworkView,
    StatisticsView,
    SettingsView,
)

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

        # Heute is shown first and built now; the other views are built when first shown
        # (or in idle time right after the window has been drawn): building all of them
        # took ~0.4 s of the unlock at 50,000 clients.
        self._built: list[ViewPage | None] = [None] * len(VIEW_CLASSES)
        self._idle_builds_started = False
        self._shown: set[int] = {view_index}  # views shown so far (sized for at unlocking)
        self.stack = QStackedWidget(self)
        self._areas = [self._scrollable() for _view_class in VIEW_CLASSES]
        for area in self._areas:
            self.stack.addWidget(area)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setStyleSheet(_NAV_STYLE)
        self.navigation.setIconSize(QSize(0, 0))
        font = self.navigation.font()
        font.setPointSizeF((font.pointSizeF() if font.pointSizeF() > 0 else 10.0) * 1.1)
        self.navigation.setFont(font)
        metrics = self.navigation.fontMetrics()
        titles = [view_class.view_title() for view_class in VIEW_CLASSES]
        widest = max(metrics.horizontalAdvance(f"{title} (000)") for title in titles)
        self.navigation.setFixedWidth(max(200, widest + 48))  # from the font: large fonts fit
        for number, title in enumerate(titles, start=1):
            item = QListWidgetItem(title, self.navigation)
            item.setToolTip(self.tr("{view} (Strg+{number})").format(view=title, number=number))
        self.navigation.currentRowChanged.connect(self.show_view)
        self.today.open_requested.connect(self._open_from_today)
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
        """1100 × 720, or what the built views need, but never more than the screen has."""
        needed = QSize(1100, 720)
        for view in self.built_views():
            needed = needed.expandedTo(self._size_for(view))
        area = available_size(self)
        return needed if area is None else needed.boundedTo(area)

    def _size_for(self, view: ViewPage) -> QSize:
        chrome = self.menuBar().sizeHint().height() + self.statusBar().sizeHint().height()
        hint = view.minimumSizeHint()
        return QSize(self.navigation.width() + hint.width() + 24, hint.height() + chrome + 24)

    def _make_room_for(self, index: int) -> None:
        """The first time a view built after unlocking is shown: widen the window as far as
        that view needs (never beyond the screen), as the size at unlocking would have; after
        that the user's size stays, and the view scrolls if it must."""
        first_time = index not in self._shown
        self._shown.add(index)
        if not first_time or self.isMaximized() or self.isFullScreen():
            return
        wanted = self.size().expandedTo(self._size_for(self.view(index)))
        area = available_size(self)
        if area is not None:
            wanted = wanted.boundedTo(area.expandedTo(self.size()))
        if wanted != self.size():
            self.resize(wanted)

    def _scrollable(self) -> QScrollArea:
        """A view's area: it scrolls when the window is smaller than the view's minimum size
        (large fonts, 200 % scaling on a small screen) instead of making the window larger
        than the screen; at normal sizes the view fills the area and no scroll bar shows."""
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no extra Tab stop
        return area

    # --- views, built on first use ---------------------------------------------------------

    def view(self, index: int) -> ViewPage:
        built = self._built[index]
        if built is None:
            built = self._new_view(index)
            self._built[index] = built
            self._areas[index].setWidget(built)
        return built

    @property
    def today(self) -> TodayView:
        return cast(TodayView, self.view(TODAY))

    @property
    def clients(self) -> ClientsView:
        return cast(ClientsView, self.view(CLIENTS))

    @property
    def network(self) -> NetworkView:
        return cast(NetworkView, self.view(NETWORK))

    @property
    def statistics(self) -> StatisticsView:
        return cast(StatisticsView, self.view(STATISTICS))

    @property
    def settings(self) -> SettingsView:
        return cast(SettingsView, self.view(SETTINGS))

    @property
    def views(self) -> list[ViewPage]:
        """Every view, built if it was not yet."""
        return [self.view(index) for index in range(len(VIEW_CLASSES))]

    def built_views(self) -> list[ViewPage]:
        return [view for view in self._built if view is not None]

    def build_all_views(self) -> None:
        """For what must see every view's widgets: restoring drafts, the shortcut list."""
        for index in range(len(VIEW_CLASSES)):
            self.view(index)

    def _new_view(self, index: int) -> ViewPage:
        # Every view class takes (context, parent); ViewPage itself only a parent.
        new = cast(Callable[[UnlockedContext, QWidget], ViewPage], VIEW_CLASSES[index])
        view = new(self.context, self)
        if isinstance(view, ClientsView):
            view.show_requested.connect(lambda: self.show_view(CLIENTS))
        elif isinstance(view, SettingsView):
            view.office_saved.connect(self._office_saved)
            view.auto_lock_changed.connect(self.auto_lock_changed)
        return view

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._idle_builds_started:
            self._idle_builds_started = True
            QTimer.singleShot(IDLE_BUILD_DELAY_MS, self, self._build_next_in_idle_time)

    def _build_next_in_idle_time(self) -> None:
        """One view per turn of the event loop once the window is drawn, so that switching
        views is instant later and input is never held up for long."""
        if self._closing:
            return
        for index, built in enumerate(self._built):
            if built is None:
                self.view(index)
                QTimer.singleShot(0, self, self._build_next_in_idle_time)
                return

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
        if not 0 <= index < len(VIEW_CLASSES):
            return
        self.view(index)
        if self.isVisible():
            self._make_room_for(index)
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
        return self.view(self.stack.currentIndex())

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

        self.build_all_views()  # the list is read from the live actions of every view
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
