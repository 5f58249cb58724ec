"""One helper runs slow work (key derivation, opening a store) off the GUI thread.

The work function runs on a worker thread; its result or exception comes back on the GUI
thread. Tests swap in :class:`SyncRunner`, which runs everything at once on the caller's thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Work = Callable[[], Any]
OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class TaskRunner(Protocol):
    def run(self, work: Work, on_done: OnDone, on_error: OnError) -> None:
        """Run ``work``; then call ``on_done(result)`` or ``on_error(exception)`` on the GUI
        thread."""

    @property
    def busy(self) -> bool:
        """True while any work is still running."""

    def wait(self) -> None:
        """Block until all work has finished (used when the application quits)."""


class SyncRunner:
    """Runs the work immediately on the calling thread (tests, and a fallback)."""

    busy = False

    def run(self, work: Work, on_done: OnDone, on_error: OnError) -> None:
        try:
            result = work()
        except Exception as error:
            on_error(error)
            return
        on_done(result)

    def wait(self) -> None:
        return None


class _Relay(QObject):
    """Lives on the GUI thread; the worker's signal is queued back to :meth:`deliver`."""

    finished = Signal(object, object)  # result, exception

    def __init__(self, runner: ThreadPoolRunner, on_done: OnDone, on_error: OnError) -> None:
        super().__init__()
        self._runner = runner
        self._on_done = on_done
        self._on_error = on_error
        self.finished.connect(self.deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object)
    def deliver(self, result: object, error: object) -> None:
        try:
            if isinstance(error, BaseException):
                self._on_error(error)
            else:
                self._on_done(result)
        finally:
            self._runner._finished(self)


class _Job(QRunnable):
    def __init__(self, work: Work, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:
            self._relay.finished.emit(None, error)
            return
        self._relay.finished.emit(result, None)


class ThreadPoolRunner(QObject):
    """Runs work on a private QThreadPool; results arrive on the GUI thread via a signal."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # the database is touched from one thread at a time
        self._relays: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def run(self, work: Work, on_done: OnDone, on_error: OnError) -> None:
        relay = _Relay(self, on_done, on_error)
        self._relays.add(relay)
        self._pool.start(_Job(work, relay))

    def _finished(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        if not self._relays:
            self.idle.emit()

    def wait(self) -> None:
        self._pool.waitForDone()
