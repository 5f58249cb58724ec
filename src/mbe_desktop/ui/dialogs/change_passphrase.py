"""Passphrase ändern: the old passphrase (or the recovery code) and the new one twice."""

from __future__ import annotations

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

from mbe_desktop.domain.errors import UserError, ValidationError, WrongPassphrase
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.crash import report_bug
from mbe_desktop.ui.widgets.common import Banner, BusyIndicator, hint
from mbe_desktop.ui.widgets.passphrase import NewPassphraseForm, SecretField


class ChangePassphraseDialog(QDialog):
    def __init__(self, context: UnlockedContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Passphrase ändern"))
        self.setModal(True)
        profile = context.services.office.profile()
        user_inputs = (profile.counsellor_name, profile.office_name, profile.city)

        self.error = Banner("error", self)
        intro = hint(
            self.tr(
                "Die neue Passphrase gilt ab sofort. Die Daten selbst werden dabei nicht "
                "verändert; der Wiederherstellungscode bleibt gültig."
            ),
            self,
        )
        self.old = SecretField(self.tr("Bisherige Passphrase"), parent=self)
        self.old_caption = QLabel(self)
        self.old_caption.setBuddy(self.old.edit)
        self.use_recovery = QCheckBox(
            self.tr("Passphrase vergessen? Wiederherstellungscode &verwenden"), self
        )
        self.use_recovery.toggled.connect(self._set_mode)
        self.new = NewPassphraseForm(user_inputs, parent=self)
        self.busy = BusyIndicator(self)
        self.new.changed.connect(self.error.clear)

        form = QFormLayout()
        form.addRow(self.old_caption, self.old)
        form.addRow("", self.use_recovery)

        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("Passphrase &ändern"), self)
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.new)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._set_mode(False)
        self.resize(560, self.sizeHint().height())
        self.old.setFocus()

    def _set_mode(self, recovery: bool) -> None:
        self.old.clear()
        self.old.set_monospace(recovery)
        if recovery:
            self.old_caption.setText(self.tr("Wiederherstellungs&code:"))
            self.old.setAccessibleName(self.tr("Wiederherstellungscode"))
            self.old.setPlaceholderText(self.tr("vom Notfallblatt"))
        else:
            self.old_caption.setText(self.tr("&Bisherige Passphrase:"))
            self.old.setAccessibleName(self.tr("Bisherige Passphrase"))
            self.old.setPlaceholderText("")
        self.old.setFocus()

    def submit(self) -> None:
        if self.busy.isVisible():
            return
        old = self.old.text()
        if not old:
            what = (
                self.tr("den Wiederherstellungscode")
                if self.use_recovery.isChecked()
                else self.tr("die bisherige Passphrase")
            )
            self._show_error(self.tr("Bitte geben Sie {what} ein.").format(what=what))
            self.old.setFocus()
            return
        problem = self.new.problem()
        if problem is not None:
            self._show_error(problem.message)
            self.new.focus_field(problem.field)
            return
        new, repeated = self.new.values()
        with_recovery = self.use_recovery.isChecked()
        keys = self.context.services.keys
        kdf = self.context.kdf
        self.error.clear()
        self._set_busy(True)
        self.context.runner.run(
            lambda: keys.change_passphrase(
                old, new, repeated, with_recovery_code=with_recovery, kdf=kdf
            ),
            self._done,
            self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.old, self.use_recovery, self.new, self.ok_button):
            widget.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Die Passphrase wird geändert …"))
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            self.busy.stop()
            QApplication.restoreOverrideCursor()

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        self.old.clear()
        self.new.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphrase):
            self._show_error(error.message)
            self.old.clear()
            self.old.setFocus()
        elif isinstance(error, ValidationError):
            self._show_error(error.message)
            self.new.focus_field(error.field)
        elif isinstance(error, UserError):
            self._show_error(error.message)
        else:
            self._show_error(self.tr("Die Passphrase konnte nicht geändert werden."))
            report_bug(error)

    def _show_error(self, message: str) -> None:
        self.error.show_message(message, "error")

    def reject(self) -> None:
        if self.busy.isVisible():
            return  # the key file is being rewritten: wait for the result
        super().reject()

    def done(self, result: int) -> None:
        # Never keep secrets in widgets longer than needed (also when a lock closes us).
        self.old.clear()
        self.new.clear()
        super().done(result)
