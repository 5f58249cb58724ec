"""Einstellungen: office profile, automatic lock, passphrase, where the data live."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.office import OfficeProfile
from mbe_desktop.services.settings import AUTO_LOCK_MINUTES
from mbe_desktop.ui.application import LANGUAGE_NAMES, save_language, saved_language
from mbe_desktop.ui.cases.step_templates import StepTemplatesSection
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.dialogs.change_passphrase import ChangePassphraseDialog
from mbe_desktop.ui.follow_ups.settings_section import FollowUpSettingsSection
from mbe_desktop.ui.privacy.settings_section import PrivacySection
from mbe_desktop.ui.texts import LANGUAGES, ui_language
from mbe_desktop.ui.views.backup_section import BackupSection
from mbe_desktop.ui.views.base import ViewPage
from mbe_desktop.ui.views.outreach_section import OutreachLocationsSection
from mbe_desktop.ui.widgets.common import Banner, hint
from mbe_desktop.ui.widgets.focus import tab_order_follows
from mbe_desktop.ui.widgets.office_form import OfficeForm
from mbe_desktop.ui.widgets.reauth import ask_passphrase_again

log = logging.getLogger(__name__)

OFFICE_DRAFT_KEY = "settings/office_profile"


class OfficeSection(QGroupBox):
    """The office profile with Save / Revert. Unsaved input survives a lock as a draft."""

    saved = Signal(object)  # OfficeProfile

    def __init__(self, context: UnlockedContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Beratungsstelle"))
        self.context = context
        self.notice = Banner("info", self)
        self.form = OfficeForm(self)
        self.save_button = QPushButton(self.tr("S&peichern"), self)
        self.revert_button = QPushButton(self.tr("&Verwerfen"), self)
        self.revert_button.setToolTip(self.tr("Nicht gespeicherte Änderungen zurücknehmen"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.form.changed.connect(self._update_buttons)
        for edit in self.form.edits.values():
            edit.returnPressed.connect(self.save)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Diese Angaben stehen im Briefkopf Ihrer Schreiben und auf dem Notfallblatt."
                ),
                self,
            )
        )
        layout.addWidget(self.notice)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        self._saved_profile = context.services.office.profile()
        self.form.set_profile(self._saved_profile)
        self._update_buttons()

    # --- state ---------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self.form.profile() != self._saved_profile

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty and self.notice.kind == "success":
            self.notice.clear()

    def save(self) -> None:
        if not self.is_dirty():
            return
        try:
            clean = self.context.services.office.update(self.form.profile())
        except ValidationError as error:
            self.form.show_error(error)
            return
        except UserError as error:
            self.notice.show_message(error.message, "error")
            return
        self._saved_profile = clean
        self.form.set_profile(clean)
        self._discard_draft()
        self.notice.show_message(self.tr("Die Angaben wurden gespeichert."), "success")
        self._update_buttons()
        self.saved.emit(clean)

    def revert(self) -> None:
        self.form.set_profile(self._saved_profile)
        self._discard_draft()
        self.notice.clear()
        self._update_buttons()

    def _discard_draft(self) -> None:
        try:
            self.context.services.drafts.discard(OFFICE_DRAFT_KEY)
        except UserError:
            log.warning("office draft could not be discarded")

    # --- DraftCapable --------------------------------------------------------------------

    def draft_key(self) -> str:
        return OFFICE_DRAFT_KEY

    def draft_payload(self) -> dict[str, Any] | None:
        return self.form.values() if self.is_dirty() else None

    def restore_draft(self, payload: dict[str, Any]) -> None:
        self.form.set_values(payload)
        self.notice.show_message(
            self.tr(
                "Nicht gespeicherte Eingaben wurden wiederhergestellt. Speichern oder "
                "verwerfen Sie sie."
            ),
            "info",
        )
        self._update_buttons()


class SecuritySection(QGroupBox):
    auto_lock_changed = Signal(int)

    def __init__(self, context: UnlockedContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sicherheit"))
        self.context = context
        self.notice = Banner("success", self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(AUTO_LOCK_MINUTES.minimum, AUTO_LOCK_MINUTES.maximum)
        self.minutes.setSuffix(self.tr(" Minuten"))
        self.minutes.setKeyboardTracking(False)  # save on Enter, focus out or arrow step
        self.minutes.setAccessibleName(self.tr("Automatische Sperre nach Minuten ohne Eingabe"))
        self.minutes.setValue(context.services.settings.get_int(AUTO_LOCK_MINUTES))
        self.minutes.valueChanged.connect(self._save_minutes)
        self.change_button = QPushButton(self.tr("Passph&rase ändern …"), self)
        self.change_button.clicked.connect(self.open_change_dialog)
        self.dialog: ChangePassphraseDialog | None = None
        self.reauth: Any = None
        self._longer_lock_confirmed = False

        caption = QLabel(self.tr("A&utomatische Sperre nach:"), self)
        caption.setBuddy(self.minutes)
        row = QHBoxLayout()
        row.addWidget(self.minutes)
        row.addWidget(QLabel(self.tr("ohne Eingabe"), self))
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(caption, row)
        change_row = QHBoxLayout()
        change_row.addWidget(self.change_button)
        change_row.addStretch(1)
        form.addRow("", change_row)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Nach dieser Zeit ohne Tastatur- oder Mauseingabe und nach dem Ruhezustand "
                    "wird der Datenbestand gesperrt. Sperren Sie selbst jederzeit mit Strg+L."
                ),
                self,
            )
        )
        layout.addWidget(self.notice)
        layout.addLayout(form)

    def _save_minutes(self, value: int) -> None:
        current = self.context.services.settings.get_int(AUTO_LOCK_MINUTES)
        if value > current and not self._longer_lock_confirmed:
            # A longer idle time weakens protection: confirm with the passphrase first.
            self.minutes.blockSignals(True)
            self.minutes.setValue(current)
            self.minutes.blockSignals(False)
            self.reauth = ask_passphrase_again(
                self.window(),
                self.context.services,
                self.tr("eine längere Zeit bis zur automatischen Sperre"),
                lambda: self._longer_lock_allowed(value),
                runner=self.context.runner,
            )
            return
        self._store_minutes(value)

    def _longer_lock_allowed(self, value: int) -> None:
        self._longer_lock_confirmed = True  # for this unlocked session (the view is rebuilt)
        self.minutes.blockSignals(True)
        self.minutes.setValue(value)
        self.minutes.blockSignals(False)
        self._store_minutes(value)

    def _store_minutes(self, value: int) -> None:
        try:
            saved = self.context.services.settings.set_int(AUTO_LOCK_MINUTES, value)
        except UserError as error:
            self.notice.show_message(error.message, "error")
            return
        self.notice.clear()
        self.auto_lock_changed.emit(saved)

    def open_change_dialog(self) -> None:
        self.notice.clear()
        self.dialog = ChangePassphraseDialog(self.context, self.window())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.accepted.connect(self._passphrase_changed)
        self.dialog.destroyed.connect(self._dialog_gone)
        self.dialog.open()

    def _dialog_gone(self) -> None:
        self.dialog = None

    def _passphrase_changed(self) -> None:
        self.notice.show_message(
            self.tr("Die Passphrase wurde geändert. Verwenden Sie ab jetzt die neue Passphrase."),
            "success",
        )


class LanguageSection(QGroupBox):
    """The UI language: a preference of this computer (QSettings), applied at the next start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sprache"))
        self.notice = Banner("info", self)
        self.language = QComboBox(self)
        self.language.setObjectName("ui_language")
        self.language.setAccessibleName(self.tr("Sprache der Benutzeroberfläche"))
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)  # each name in its own language
        current = saved_language() or ui_language()
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._changed)
        caption = QLabel(self.tr("Sprache der Oberfl&äche:"), self)
        caption.setBuddy(self.language)
        row = QHBoxLayout()
        row.addWidget(self.language)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(caption, row)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Gilt für dieses Benutzerkonto auf diesem Rechner und wird beim nächsten "
                    "Start von MBE Desktop übernommen. Schreiben und PDF-Dokumente bleiben "
                    "deutsch."
                ),
                self,
            )
        )
        layout.addWidget(self.notice)
        layout.addLayout(form)

    def _changed(self, _index: int) -> None:
        code = str(self.language.currentData())
        save_language(code)
        if code == ui_language():
            self.notice.clear()
        else:
            self.notice.show_message(
                self.tr(
                    "Die Sprache wurde gespeichert. Starten Sie MBE Desktop neu, um sie zu "
                    "verwenden."
                ),
                "info",
            )


class StoreSection(QGroupBox):
    def __init__(self, context: UnlockedContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Datenbestand"))
        services = context.services
        slots = services.store.slots
        self.location = self._value(str(services.paths.root))
        self.location.setAccessibleName(self.tr("Speicherort"))
        form = QFormLayout(self)
        form.addRow(self.tr("Speicherort:"), self.location)
        form.addRow(self.tr("Speicher-ID:"), self._value(slots.store_id))
        try:
            created = format_date_de(date.fromisoformat(slots.created_on))
        except ValueError:
            created = slots.created_on
        form.addRow(self.tr("Angelegt am:"), self._value(created))
        form.addRow(
            "",
            hint(
                self.tr(
                    "Die Daten liegen verschlüsselt in diesem Ordner. Ohne Passphrase oder "
                    "Wiederherstellungscode kann niemand sie lesen."
                ),
                self,
            ),
        )

    def _value(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        return label


class SettingsView(ViewPage):
    office_saved = Signal(object)  # OfficeProfile
    auto_lock_changed = Signal(int)

    def __init__(self, context: UnlockedContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        body = QWidget(self)
        self.office = OfficeSection(context, body)
        self.security = SecuritySection(context, body)
        self.language = LanguageSection(body)
        self.store = StoreSection(context, body)
        self.backup = BackupSection(context, body)
        self.privacy = PrivacySection(context, body)
        self.step_templates = StepTemplatesSection(context, body)
        self.outreach = OutreachLocationsSection(context, body)
        self.follow_ups = FollowUpSettingsSection(context, body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(16)
        sections = (
            self.office,
            self.security,
            self.language,
            self.follow_ups,
            self.step_templates,
            self.outreach,
            self.privacy,
            self.backup,
            self.store,
        )
        for section in sections:
            section.setMaximumWidth(760)
            layout.addWidget(section)
        layout.addStretch(1)
        self.set_body(body, scroll=True)
        tab_order_follows(sections)  # built in another order than shown
        self.office.saved.connect(self._office_saved)
        self.security.auto_lock_changed.connect(self.auto_lock_changed)

    def _office_saved(self, profile: OfficeProfile) -> None:
        self.office_saved.emit(profile)

    @classmethod
    def view_title(cls) -> str:
        return QCoreApplication.translate("SettingsView", "Einstellungen")
