"""Erstaufnahme: a new client, entered in the order the first conversation runs.

Warnings (e.g. under 27: the Jugendmigrationsdienst serves that age) appear next to the fields
while typing; errors appear after the first attempt to save and then update as they are fixed.
Before a new record is created, likely duplicates are shown with a way to open the existing
record. After saving, the consent form can be saved as PDF or printed for signature.

The dialog is :class:`~mbe_desktop.ui.drafts.DraftCapable`: a lock keeps the typed input as an
encrypted draft; after unlocking, :class:`IntakeDraftHost` opens the dialog again with it.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain.client_rules import DEFAULT_CONSENT_SCOPE
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.domain.messages import display
from mbe_desktop.services.clients import (
    ClientDetail,
    ClientInput,
    ClientService,
    DuplicateCandidate,
    Problem,
)
from mbe_desktop.services.drafts import DraftService
from mbe_desktop.ui.clients import consent
from mbe_desktop.ui.clients.form import ClientForm, input_from_json, input_to_json
from mbe_desktop.ui.widgets.colours import banner_colours, css
from mbe_desktop.ui.widgets.common import Banner, heading, hint
from mbe_desktop.ui.widgets.screen_fit import fit_to_screen

log = logging.getLogger(__name__)

INTAKE_DRAFT_KEY = "clients/intake"
LIVE_CHECK_MS = 250


def merge_problems(
    format_problems: list[Problem], service_problems: tuple[Problem, ...] | list[Problem]
) -> list[Problem]:
    """Unreadable dates first; the service's message for the same field is then redundant."""
    seen = {problem.field for problem in format_problems}
    return [*format_problems, *(p for p in service_problems if p.field not in seen)]


class DuplicatePanel(QFrame):
    """Likely duplicates, shown above the form before a new record is created."""

    open_requested = Signal(int)
    create_anyway = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicates")
        background, border, text = (css(colour) for colour in banner_colours("warning"))
        self.setStyleSheet(
            f"QFrame#duplicates {{ background: {background}; border: 1px solid {border};"
            " border-radius: 4px; }"
            f" QFrame#duplicates > QLabel {{ color: {text}; background: transparent; }}"
        )
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(
            self.tr(
                "Prüfen Sie, ob es dieselbe Person ist. Öffnen Sie dann die vorhandene Akte – "
                "die Eingaben dieser Erstaufnahme werden dabei verworfen."
            ),
            self,
        )
        self.text.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Mögliche Doppelungen"))
        self.list.itemActivated.connect(lambda _item: self._open())
        self.open_button = QPushButton(self.tr("Vorhandene Akte &öffnen"), self)
        self.open_button.clicked.connect(self._open)
        self.create_button = QPushButton(self.tr("&Trotzdem neu anlegen"), self)
        self.create_button.clicked.connect(self.create_anyway)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.candidates: list[DuplicateCandidate] = []
        self.hide()

    def show_candidates(self, candidates: list[DuplicateCandidate]) -> None:
        self.candidates = list(candidates)
        self.title.setText(
            self.tr("Diese Person ist vielleicht schon erfasst:")
            if len(candidates) == 1
            else self.tr("Diese Person ist vielleicht schon erfasst ({count} Akten):").format(
                count=len(candidates)
            )
        )
        self.list.clear()
        for candidate in candidates:
            birth = (
                self.tr(", geb. {birth}").format(birth=candidate.birth) if candidate.birth else ""
            )
            text = self.tr("{number}  {name}{birth} – {reason}").format(
                number=candidate.number,
                name=candidate.display_name,
                birth=birth,
                reason=display(candidate.reason),
            )
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, candidate.id)
        self.list.setCurrentRow(0)
        rows = min(len(candidates), 4)
        row_height = max(self.list.sizeHintForRow(0), self.list.fontMetrics().height() + 6)
        self.list.setFixedHeight(row_height * rows + 2 * self.list.frameWidth() + 4)
        self.show()
        self.open_button.setFocus()

    def clear(self) -> None:
        self.candidates = []
        self.list.clear()
        self.hide()

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.open_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))


class IntakeDialog(QDialog):
    """New client (Strg+N). Window-modal; closed by a lock like every dialog."""

    saved = Signal(object)  # ClientDetail
    open_requested = Signal(int)  # client id: show that record

    def __init__(
        self,
        service: ClientService,
        drafts: DraftService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intake_dialog")
        self.setWindowTitle(self.tr("Erstaufnahme"))
        self.service = service
        self.drafts = drafts
        self.detail: ClientDetail | None = None
        self._attempted = False
        self._confirmed_duplicates: set[int] = set()
        self._guard: QMessageBox | None = None
        self._file_dialog: QWidget | None = None

        self.notice = Banner("info", self)
        self.form = ClientForm(self._outreach_locations(), self)
        self.duplicates = DuplicatePanel(self)
        self.duplicates.open_requested.connect(self._open_existing)
        self.duplicates.create_anyway.connect(self._create_anyway)
        self.done_page = self._build_done_page()
        self.pages = QStackedWidget(self)
        form_page = QWidget(self)
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.notice)
        form_layout.addWidget(self.duplicates)
        form_layout.addWidget(self.form, 1)
        self.pages.addWidget(form_page)
        self.pages.addWidget(self.done_page)

        self.back_button = QPushButton(self.tr("< &Zurück"), self)
        self.back_button.clicked.connect(self.form.previous_section)
        self.next_button = QPushButton(self.tr("&Weiter >"), self)
        self.next_button.clicked.connect(self.form.next_section)
        self.cancel_button = QPushButton(self.tr("Abbrechen"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("&Speichern"), self)
        self.save_button.setToolTip(self.tr("Erstaufnahme speichern (Strg+S)"))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.close_button = QPushButton(self.tr("Schließen"), self)
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        for button in (self.back_button, self.next_button, self.cancel_button):
            button.setAutoDefault(False)
        self.save_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Erstaufnahme"), parent=self))
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self._live = QTimer(self)
        self._live.setSingleShot(True)
        self._live.setInterval(LIVE_CHECK_MS)
        self._live.timeout.connect(self.live_check)
        self.initial = ClientInput(
            first_contact_date=date.today(), consent_scope=DEFAULT_CONSENT_SCOPE
        )
        self.form.set_values(self.initial)
        self.baseline = self.form.values()
        self.form.changed.connect(self._changed)
        self.form.navigation.currentRowChanged.connect(self._update_buttons)
        self._update_buttons()
        self.resize(980, 720)
        fit_to_screen(self)  # 200 % on a small screen: not larger than it
        self.form.setFocus()

    def _outreach_locations(self) -> list[tuple[int, str]]:
        try:
            return self.service.outreach_locations()
        except UserError:
            log.warning("outreach locations could not be read")
            return []

    def _build_done_page(self) -> QWidget:
        page = QWidget(self)
        self.done_title = heading("", level=2, parent=page)
        self.done_text = hint("", page)
        consent_hint = hint(
            self.tr(
                "Lassen Sie die Einwilligungserklärung unterschreiben: drucken Sie sie aus oder "
                "speichern Sie sie als PDF. Das unterschriebene Blatt bewahren Sie wie "
                "gewohnt auf."
            ),
            page,
        )
        self.pdf_button = QPushButton(self.tr("Einwilligungserklärung als &PDF speichern …"), page)
        self.pdf_button.clicked.connect(self.save_consent_pdf)
        self.print_button = QPushButton(self.tr("Einwilligungserklärung d&rucken …"), page)
        self.print_button.clicked.connect(self.print_consent)
        self.print_button.setVisible(consent.printing_available())
        self.open_button = QPushButton(self.tr("Akte ö&ffnen"), page)
        self.open_button.clicked.connect(self._open_saved)
        self.done_notice = Banner("success", page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.done_title)
        layout.addWidget(self.done_text)
        layout.addSpacing(8)
        layout.addWidget(consent_hint)
        row = QHBoxLayout()
        row.addWidget(self.pdf_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.done_notice)
        layout.addSpacing(8)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        layout.addLayout(open_row)
        layout.addStretch(1)
        return page

    # --- state ---------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        if self.detail is not None:
            return False
        return self.form.values() != self.baseline or bool(self.form.format_problems())

    def _changed(self) -> None:
        self._live.start()

    def _update_buttons(self, *_args: object) -> None:
        section = self.form.current_section()
        self.back_button.setEnabled(section > 0)
        self.next_button.setEnabled(section < self.form.navigation.count() - 1)

    def live_check(self) -> None:
        """Warnings always; errors only once saving was tried (no red before the first try)."""
        if self.detail is not None:
            return
        data = self.form.values()
        try:
            result = self.service.check(data)
        except UserError:
            return
        errors = merge_problems(self.form.format_problems(), result.errors)
        shown_errors = errors if self._attempted else []
        focus = self.focusWidget()
        self.form.show_problems(shown_errors, list(result.warnings))
        if focus is not None:
            focus.setFocus()  # live updates must not move the cursor
        if self.duplicates.isVisible() and not self._attempted:
            self.duplicates.clear()

    # --- saving --------------------------------------------------------------------------

    def save(self) -> None:
        if self.detail is not None:
            return
        self._live.stop()
        self._attempted = True
        data = self.form.values()
        result = self.service.check(data)
        errors = merge_problems(self.form.format_problems(), result.errors)
        self.form.show_problems(errors, list(result.warnings))
        if errors:
            self.duplicates.clear()
            return
        try:
            candidates = self.service.find_duplicates(data)
        except UserError as error:
            self.notice.show_message(error.message, "error")
            return
        unconfirmed = [c for c in candidates if c.id not in self._confirmed_duplicates]
        if unconfirmed:
            self.duplicates.show_candidates(candidates)
            return
        self._create(data)

    def _create_anyway(self) -> None:
        self._confirmed_duplicates.update(c.id for c in self.duplicates.candidates)
        self.duplicates.clear()
        self.save()

    def _create(self, data: ClientInput) -> None:
        try:
            detail = self.service.create(data)
        except ValidationError as error:
            problem = Problem(error.field or "", error.message)
            self.form.show_problems([problem], [])
            return
        except UserError as error:
            self.notice.show_message(error.message, "error")
            return
        self.detail = detail
        self._discard_draft()
        self.notice.clear()
        self.duplicates.clear()
        name = ", ".join(
            part for part in (data.family_name.strip(), data.given_names.strip()) if part
        )
        self.done_title.setText(self.tr("Erstaufnahme gespeichert"))
        self.done_text.setText(
            self.tr("Die Akte {number} für {name} wurde angelegt.").format(
                number=detail.number, name=name
            )
        )
        self.pages.setCurrentWidget(self.done_page)
        for button in (self.back_button, self.next_button, self.cancel_button, self.save_button):
            button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.pdf_button.setFocus()
        self.saved.emit(detail)

    # --- after saving --------------------------------------------------------------------

    def save_consent_pdf(self) -> None:
        if self.detail is None:
            return
        self._file_dialog = consent.save_consent_form(
            self, self.service, self.detail.id, self._consent_saved
        )

    def _consent_saved(self, path: Path) -> None:
        self.done_notice.show_message(
            self.tr("Gespeichert als {name}.").format(name=path.name), "success"
        )

    def print_consent(self) -> None:
        if self.detail is not None:
            consent.print_consent_form(self, self.service, self.detail.id)

    def _open_saved(self) -> None:
        if self.detail is not None:
            client_id = self.detail.id
            self.accept()
            self.open_requested.emit(client_id)

    def _open_existing(self, client_id: int) -> None:
        self._discard_draft()
        self.done(QDialog.DialogCode.Rejected)
        self.open_requested.emit(client_id)

    # --- cancelling ----------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, "Abbrechen" and the window's close button: ask before unsaved input is lost.
        A lock calls ``done()`` directly and keeps the input as a draft instead."""
        if not self.is_dirty():
            if self.detail is None:
                self._discard_draft()
            super().reject()
            return
        if self._guard is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Erstaufnahme abbrechen?"),
            self.tr("Die Eingaben dieser Erstaufnahme sind nicht gespeichert und gehen verloren."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        discard = box.addButton(self.tr("&Verwerfen"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Weiter &bearbeiten"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._guard_answered(button is discard))
        box.finished.connect(self._guard_closed)
        self._guard = box
        box.open()

    def _guard_answered(self, discard: bool) -> None:
        if discard:
            self._discard_draft()
            self.baseline = self.form.values()
            QTimer.singleShot(0, self, lambda: QDialog.reject(self))

    def _guard_closed(self, _result: int) -> None:
        self._guard = None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and self.is_dirty():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def _discard_draft(self) -> None:
        try:
            self.drafts.discard(INTAKE_DRAFT_KEY)
        except UserError:
            log.warning("intake draft could not be discarded")

    # --- DraftCapable --------------------------------------------------------------------

    def draft_key(self) -> str:
        return INTAKE_DRAFT_KEY

    def draft_payload(self) -> dict[str, Any] | None:
        if not self.isVisible() or not self.is_dirty():
            return None
        return {
            "values": input_to_json(self.form.values()),
            "date_texts": self.form.date_texts(),
            "section": self.form.current_section(),
        }

    def restore_draft(self, payload: dict[str, Any]) -> None:
        values = payload.get("values")
        if isinstance(values, dict):
            self.form.set_values(input_from_json(values, self.initial))
        texts = payload.get("date_texts")
        if isinstance(texts, dict):
            self.form.set_date_texts(texts)
        section = payload.get("section")
        if isinstance(section, int):
            self.form.show_section(section)
        self.notice.show_message(
            self.tr(
                "Nicht gespeicherte Eingaben wurden wiederhergestellt. Speichern Sie die "
                "Erstaufnahme oder brechen Sie sie ab."
            ),
            "info",
        )
        self.live_check()


class IntakeDraftHost(QWidget):
    """Finds the intake draft after an unlock (the dialog itself is gone by then) and hands it
    to a newly opened intake dialog. While a dialog is open, the dialog saves its own draft."""

    def __init__(self, open_intake: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hide()
        self._open_intake = open_intake

    def draft_key(self) -> str:
        return INTAKE_DRAFT_KEY

    def draft_payload(self) -> dict[str, Any] | None:
        return None

    def restore_draft(self, payload: dict[str, Any]) -> None:
        # After the main window is shown (the controller restores before showing it).
        QTimer.singleShot(0, self, lambda: self._open_intake(payload))
