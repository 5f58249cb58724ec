"""Ask for the passphrase again before a grave step (erasure, restore, access report …).

Non-blocking: the dialog is shown with ``open()`` and a lock closes it like every dialog. The
secret is checked against the key-slot file (``store.verify_secret``); nothing is written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.app import Services
from mbe_desktop.domain.errors import UserError, WrongPassphrase
from mbe_desktop.domain.passphrase import normalise_recovery_code
from mbe_desktop.storage.keyslots import PASSPHRASE, RECOVERY
from mbe_desktop.ui.tasks import TaskRunner
from mbe_desktop.ui.widgets.common import Banner, hint
from mbe_desktop.ui.widgets.passphrase import SecretField

log = logging.getLogger(__name__)


class ReauthDialog(QDialog):
    """ "Bitte bestätigen Sie mit Ihrer Passphrase: <reason>". Emits ``accepted`` only after
    the passphrase (or the recovery code) opened the key slot."""

    def __init__(
        self,
        parent: QWidget | None,
        services: Services,
        reason: str,
        *,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.checking = False
        self.setWindowTitle(self.tr("Passphrase bestätigen"))
        self.setModal(True)
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.message = hint(
            self.tr("Bitte bestätigen Sie mit Ihrer Passphrase: {reason}").format(reason=reason),
            self,
        )
        self.error = Banner("error", self)
        self.secret = SecretField(self.tr("Passphrase"), parent=self)
        self.caption = QLabel(self)
        self.caption.setBuddy(self.secret.edit)
        self.use_recovery = QCheckBox(
            self.tr("Passphrase vergessen? Wiederherstellungscode &verwenden"), self
        )
        self.use_recovery.toggled.connect(self._set_mode)
        self.secret.textChanged.connect(lambda _text: self.error.clear())
        self.secret.returnPressed.connect(self.submit)

        form = QFormLayout()
        form.addRow(self.caption, self.secret)
        form.addRow("", self.use_recovery)

        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("&Bestätigen"), self)
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._set_mode(False)
        self.resize(480, self.sizeHint().height())

    @property
    def recovery_mode(self) -> bool:
        return self.use_recovery.isChecked()

    def _set_mode(self, recovery: bool) -> None:
        self.secret.clear()
        self.error.clear()
        self.secret.set_monospace(recovery)
        if recovery:
            self.caption.setText(self.tr("Wiederherstellungs&code:"))
            self.secret.setAccessibleName(self.tr("Wiederherstellungscode"))
            self.secret.setPlaceholderText(self.tr("vom Notfallblatt"))
        else:
            self.caption.setText(self.tr("&Passphrase:"))
            self.secret.setAccessibleName(self.tr("Passphrase"))
            self.secret.setPlaceholderText("")
        self.secret.setFocus()

    def submit(self) -> None:
        if self.checking:
            return
        recovery = self.recovery_mode
        secret = self.secret.text()
        if not secret.strip():
            what = self.tr("den Wiederherstellungscode") if recovery else self.tr("Ihre Passphrase")
            self._show_error(self.tr("Bitte geben Sie {what} ein.").format(what=what))
            return
        if recovery:
            try:
                secret = normalise_recovery_code(secret)
            except UserError as error:
                self._show_error(error.message)
                return
        kind = RECOVERY if recovery else PASSPHRASE
        store = self.services.store

        def work() -> bool:
            store.verify_secret(kind, secret)
            return True

        self._set_busy(True)
        if self.runner is None:
            try:
                work()
            except Exception as error:
                self._failed(error)
            else:
                self._done(True)
        else:
            self.runner.run(work, self._done, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.checking = busy
        for widget in (self.secret, self.use_recovery, self.ok_button):
            widget.setEnabled(not busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            QApplication.processEvents()  # paint the cursor before the ~0.5 s derivation
        else:
            QApplication.restoreOverrideCursor()

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        if not self.isVisible():
            return  # closed (locked) while the key was derived
        self.secret.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not self.isVisible():
            return
        self.secret.clear()  # before the message: typing clears it, so must clearing
        if isinstance(error, WrongPassphrase):
            message = (
                self.tr("Der Wiederherstellungscode ist falsch.")
                if self.recovery_mode
                else self.tr("Die Passphrase ist falsch.")
            )
            self._show_error(message)
        elif isinstance(error, UserError):
            self._show_error(error.message)
        else:
            log.error("re-authentication failed: %s", type(error).__name__)
            self._show_error(self.tr("Die Eingabe konnte nicht geprüft werden."))
        self.secret.setFocus()

    def _show_error(self, message: str) -> None:
        self.error.show_message(message, "error")

    def reject(self) -> None:
        if self.checking:
            return
        super().reject()

    def done(self, result: int) -> None:
        self.secret.clear()  # never keep a secret in a widget (also when a lock closes us)
        super().done(result)


def ask_passphrase_again(
    parent: QWidget,
    services: Services,
    reason: str,
    on_success: Callable[[], None],
    *,
    runner: TaskRunner | None = None,
) -> ReauthDialog:
    """Open a :class:`ReauthDialog`; ``on_success`` runs after a correct passphrase (or
    recovery code). Cancel, or a lock closing the dialog, runs nothing."""
    dialog = ReauthDialog(parent, services, reason, runner=runner)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(on_success)
    dialog.open()
    return dialog
