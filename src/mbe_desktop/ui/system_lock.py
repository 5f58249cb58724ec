"""Lock when the system locks the screen or goes to sleep — where the platform reports it.

On Linux the desktop reports both over D-Bus: ``org.freedesktop.login1.Manager.PrepareForSleep``
on the system bus (systemd-logind, before suspend and hibernate) and
``org.freedesktop.ScreenSaver.ActiveChanged`` on the session bus (screen locker / screen saver
of KDE, GNOME's compatibility interface, Xfce, …). Without a bus (tests, minimal sessions,
Windows, macOS) the watcher does nothing; the idle watcher's wall-clock gap detection
(``ui/idle.py``) still locks after a suspend, at the latest on the first tick after waking.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import SLOT, QObject, Signal, Slot

log = logging.getLogger(__name__)

# (path, interface); the sender is left open ("") — the owners of these names vary between
# desktops, and a stray signal can do no more than lock the store.
LOGIN1 = ("/org/freedesktop/login1", "org.freedesktop.login1.Manager")
SCREENSAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class SystemLockWatcher(QObject):
    sleeping = Signal()  # the system is about to suspend or hibernate
    screen_locked = Signal()  # the screen saver or screen lock became active

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # Qt built without D-Bus (Windows, macOS)
            return
        system = QDBusConnection.systemBus()
        # The stubs ask for bytes, but PySide6 accepts only the str that SLOT() returns.
        if system.isConnected() and system.connect(  # type: ignore[call-overload]
            "", LOGIN1[0], LOGIN1[1], "PrepareForSleep", self, SLOT("on_prepare_for_sleep(bool)")
        ):
            self.connected.append("login1")
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for path, interface in SCREENSAVERS:
                if session.connect(  # type: ignore[call-overload]
                    "", path, interface, "ActiveChanged", self, SLOT("on_active_changed(bool)")
                ):
                    self.connected.append(interface)
        log.info("system lock signals: %s", ", ".join(self.connected) or "none")

    @Slot(bool)
    def on_prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.sleeping.emit()

    @Slot(bool)
    def on_active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()
