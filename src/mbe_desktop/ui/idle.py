"""Idle and sleep detection for the automatic lock.

An application-wide event filter notes the wall-clock time of the last keyboard or mouse input.
A timer checks every few seconds whether the idle limit has passed. The wall clock is used on
purpose: a monotonic clock stops while the computer sleeps, so a laptop that wakes up after an
hour would otherwise count as active. A jump of the wall clock between two ticks larger than the
limit means the computer was asleep (or suspended): that locks too.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

Clock = Callable[[], float]

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    idle = Signal()  # no input for the limit
    slept = Signal()  # the wall clock jumped by more than the limit between two ticks
    lock_key = Signal()  # Ctrl+L pressed while a modal dialog blocks the window's shortcut

    def __init__(
        self, clock: Clock = time.time, interval_ms: int = 5000, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._limit = 600.0
        self._last_input = clock()
        self._last_tick = self._last_input
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._installed = False

    @property
    def limit_seconds(self) -> float:
        return self._limit

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def set_limit_minutes(self, minutes: int) -> None:
        self._limit = float(minutes) * 60.0

    def start(self, limit_minutes: int) -> None:
        self.set_limit_minutes(limit_minutes)
        self._last_input = self._last_tick = self._clock()
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False

    def note_input(self) -> None:
        self._last_input = self._clock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT_EVENTS:
            self._last_input = self._clock()
            if (
                kind == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_L
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier
                and QApplication.activeModalWidget() is not None
            ):
                self.lock_key.emit()
                return True
        return False

    def check(self) -> None:
        """One tick: emit ``slept`` or ``idle`` when the limit is reached (at most once)."""
        if not self._timer.isActive():
            return
        now = self._clock()
        gap = now - self._last_tick
        self._last_tick = now
        if gap < 0 or self._last_input > now:  # the clock was set back: start counting anew
            self._last_input = now
            return
        if gap >= self._limit:
            self.stop()
            self.slept.emit()
        elif now - self._last_input >= self._limit:
            self.stop()
            self.idle.emit()
