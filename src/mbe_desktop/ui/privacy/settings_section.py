"""Einstellungen → Datenschutz: retention period, the list of due records, the audit log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain.errors import UserError
from mbe_desktop.services.settings import RETENTION_YEARS
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.privacy.audit_view import AuditLogDialog
from mbe_desktop.ui.privacy.retention import RetentionDialog
from mbe_desktop.ui.widgets.common import Banner, hint
from mbe_desktop.ui.widgets.reauth import ask_passphrase_again


class PrivacySection(QGroupBox):
    records_deleted = Signal(int)

    def __init__(
        self,
        context: UnlockedContext,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Datenschutz"))
        self.context = context
        self.today = today
        self.retention_dialog: RetentionDialog | None = None
        self.audit_dialog: AuditLogDialog | None = None
        self.notice = Banner("success", self)
        self._saved_years = context.services.settings.get_int(RETENTION_YEARS)
        self.years = QSpinBox(self)
        self.years.setRange(RETENTION_YEARS.minimum, RETENTION_YEARS.maximum)
        self.years.setSuffix(self.tr(" Jahre"))
        self.years.setKeyboardTracking(False)
        self.years.setValue(self._saved_years)
        self.years.setAccessibleName(self.tr("Löschfrist nach Fallabschluss in Jahren"))
        self.years.valueChanged.connect(self._years_changed)
        self.retention_button = QPushButton(self.tr("Lös&chfristen prüfen …"), self)
        self.retention_button.clicked.connect(self.open_retention)
        self.audit_button = QPushButton(self.tr("Protokoll anzei&gen …"), self)
        self.audit_button.clicked.connect(self.open_audit_log)

        caption = QLabel(self.tr("Löschfr&ist nach Fallabschluss:"), self)
        caption.setBuddy(self.years)
        row = QHBoxLayout()
        row.addWidget(self.years)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(caption, row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retention_button)
        buttons.addWidget(self.audit_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Akten werden so viele Jahre nach dem letzten Fallabschluss zur Löschung "
                    "vorgeschlagen (ohne Beratungsfall: nach dem Erstkontakt). Ihr Träger legt "
                    "die Frist fest. Eine längere Frist bestätigen Sie mit Ihrer Passphrase."
                ),
                self,
            )
        )
        layout.addWidget(self.notice)
        layout.addLayout(form)

    # --- retention period ----------------------------------------------------------------

    def _years_changed(self, value: int) -> None:
        if value == self._saved_years:
            return
        if value > self._saved_years:
            # Keeping data longer weakens protection: confirm with the passphrase.
            dialog = ask_passphrase_again(
                self.window(),
                self.context.services,
                self.tr("Löschfrist auf {years} Jahre verlängern").format(years=value),
                lambda: self._save_years(value),
                runner=self.context.runner,
            )
            dialog.rejected.connect(self._revert_years)
            return
        self._save_years(value)

    def _revert_years(self) -> None:
        self.years.blockSignals(True)
        self.years.setValue(self._saved_years)
        self.years.blockSignals(False)

    def _save_years(self, value: int) -> None:
        try:
            self._saved_years = self.context.services.settings.set_int(RETENTION_YEARS, value)
        except UserError as error:
            self._revert_years()
            self.notice.show_message(error.message, "error")
            return
        self._revert_years()  # shows the saved value
        self.notice.show_message(
            self.tr("Löschfrist gespeichert: {years} Jahre.").format(years=self._saved_years),
            "success",
        )

    # --- dialogs -------------------------------------------------------------------------

    def open_retention(self) -> RetentionDialog:
        self.notice.clear()
        dialog = RetentionDialog(self.context, self.window(), today=self.today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.deleted.connect(self.records_deleted)
        dialog.destroyed.connect(self._retention_gone)
        self.retention_dialog = dialog
        dialog.open()
        return dialog

    def _retention_gone(self) -> None:
        self.retention_dialog = None

    def open_audit_log(self) -> AuditLogDialog:
        dialog = AuditLogDialog(self.context.services.audit_log, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._audit_gone)
        self.audit_dialog = dialog
        dialog.open()
        return dialog

    def _audit_gone(self) -> None:
        self.audit_dialog = None
