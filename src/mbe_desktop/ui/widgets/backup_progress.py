"""The progress of a backup on the worker thread, shown in a window-modal dialog with cancel.

Used by Einstellungen → Datensicherung (back up now) and by the automatic backup when quitting.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

UPDATE_MS = 100


class BackupProgress:
    """Shared between the worker (writes) and the GUI timer (reads); cancel flag the other
    way. No Qt object is touched from the worker thread. Pass it as the backup's ``progress``
    callback: it returns False once cancelled, and the backup stops without leaving a file."""

    def __init__(self) -> None:
        self.done = 0
        self.total = 0
        self.cancel = threading.Event()

    def __call__(self, done: int, total: int) -> bool:
        self.done, self.total = done, total
        return not self.cancel.is_set()


class BackupProgressDialog(QProgressDialog):
    """Window-modal over ``parent``; shows :attr:`progress` in percent; "Abbrechen" sets its
    cancel flag. Call :meth:`finish` when the backup has ended, whichever way."""

    def __init__(self, parent: QWidget | None, title: str, label: str, cancel: str) -> None:
        super().__init__(label, cancel, 0, 100, parent)
        self.progress = BackupProgress()
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.canceled.connect(self.progress.cancel.set)
        self._timer = QTimer(self)
        self._timer.setInterval(UPDATE_MS)
        self._timer.timeout.connect(self.show_progress)
        self._timer.start()
        self.setValue(0)
        self.show()  # at once, not after QProgressDialog's own timer

    def show_progress(self) -> None:
        if self.progress.total:
            # 100 % only when done: verifying the written file follows the copy.
            self.setValue(min(99, 100 * self.progress.done // self.progress.total))

    def finish(self) -> None:
        self._timer.stop()
        self.canceled.disconnect()
        self.close()
        self.deleteLater()
