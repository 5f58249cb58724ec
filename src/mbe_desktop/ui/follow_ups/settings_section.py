"""Einstellungen → Wiedervorlagen: each automatic reminder on or off, with its lead time."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain.errors import UserError
from mbe_desktop.services.settings import REMINDER_SETTINGS, BoolSetting, IntSetting
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.widgets.common import Banner, hint


class FollowUpSettingsSection(QGroupBox):
    """Saves each change at once and announces it, so the Heute list follows."""

    def __init__(self, context: UnlockedContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Wiedervorlagen"))
        self.context = context
        self.notice = Banner("success", self)
        self.switches: dict[str, QCheckBox] = {}
        self.amounts: dict[str, QSpinBox] = {}
        texts = {
            "residence_expiry": (
                self.tr("Aufenthaltstitel läuft ab"),
                self.tr(" Wochen vorher"),
                self.tr("erinnern"),
            ),
            "step_due": (
                self.tr("Schritt der Kooperationsvereinbarung fällig"),
                self.tr(" Tage vorher"),
                self.tr("erinnern"),
            ),
            "agreement_review": (
                self.tr("Überprüfung der Kooperationsvereinbarung"),
                self.tr(" Tage vorher"),
                self.tr("erinnern"),
            ),
            "cm_no_contact": (
                self.tr("Case Management ohne Kontakt"),
                self.tr(" Wochen"),
                self.tr("erinnern nach"),
            ),
            "referral_feedback": (
                self.tr("Weiterleitung ohne Rückmeldung"),
                self.tr(" Tagen"),
                self.tr("erinnern nach"),
            ),
        }
        settings = context.services.settings
        grid = QGridLayout()
        grid.setColumnStretch(3, 1)
        for row, (source, (switch, amount)) in enumerate(REMINDER_SETTINGS.items()):
            label, suffix, verb = texts[source]
            check = QCheckBox(label, self)
            check.setChecked(settings.get_bool(switch))
            spin = QSpinBox(self)
            spin.setRange(amount.minimum, amount.maximum)
            spin.setSuffix(suffix)
            spin.setKeyboardTracking(False)
            spin.setValue(settings.get_int(amount))
            spin.setEnabled(check.isChecked())
            spin.setAccessibleName(f"{label.replace('&', '')}: {verb}{suffix}")
            if source == "step_due":
                spin.setSpecialValueText(self.tr("am Fälligkeitstag"))
            check.toggled.connect(lambda on, s=switch, w=spin: self._switch(s, on, w))
            spin.valueChanged.connect(lambda value, s=amount: self._amount(s, value))
            grid.addWidget(check, row, 0)
            grid.addWidget(QLabel(verb, self), row, 1)
            grid.addWidget(spin, row, 2)
            self.switches[source] = check
            self.amounts[source] = spin
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Diese Erinnerungen erscheinen von selbst unter „Heute“ und passen sich an, "
                    "wenn sich die Angaben ändern (zum Beispiel ein neues Ablaufdatum des "
                    "Aufenthaltstitels). Erledigte und zurückgestellte bleiben es."
                ),
                self,
            )
        )
        layout.addWidget(self.notice)
        layout.addLayout(grid)

    def _switch(self, setting: BoolSetting, on: bool, spin: QSpinBox) -> None:
        spin.setEnabled(on)
        try:
            self.context.services.settings.set_bool(setting, on)
        except UserError as error:
            self.notice.show_message(error.message, "error")
            return
        self._saved()

    def _amount(self, setting: IntSetting, value: int) -> None:
        try:
            self.context.services.settings.set_int(setting, value)
        except UserError as error:
            self.notice.show_message(error.message, "error")
            return
        self._saved()

    def _saved(self) -> None:
        self.notice.show_message(
            self.tr("Gespeichert. „Heute“ ist auf dem neuen Stand."), "success"
        )
        self.context.events.announce("settings", "follow_ups")
