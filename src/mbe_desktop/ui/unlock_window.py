"""The unlock screen: passphrase or recovery code; the reason for the last lock."""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.storage.info import StoreInfo
from mbe_desktop.ui.widgets.common import Banner, BusyIndicator, heading
from mbe_desktop.ui.widgets.passphrase import SecretField


class UnlockWindow(QWidget):
    unlock_requested = Signal(str, bool)  # secret, with_recovery_code
    restore_requested = Signal()  # the user wants to restore the offered backup
    quit_requested = Signal()

    def __init__(self, info: StoreInfo, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.recovery_mode = False
        self._closing = False
        self.setWindowTitle(self.tr("MBE Desktop – Entsperren"))

        card = QFrame(self)
        card.setMaximumWidth(640)
        self.title = heading(self.tr("MBE Desktop – Datenbestand entsperren"), parent=card)
        self.demo = Banner("warning", card)
        if info.is_demo:
            self.demo.show_message(
                self.tr("Demo-Datenbestand mit erfundenen Daten – Passphrase: {passphrase}").format(
                    passphrase=info.demo_passphrase
                )
            )
        self.reason = Banner("info", card)
        if reason:
            self.reason.show_message(reason)
        self.location = QLabel(self._location_text(info), card)
        self.location.setWordWrap(True)
        self.location.setTextFormat(Qt.TextFormat.PlainText)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location.setAccessibleName(self.tr("Speicherort des Datenbestands"))

        self.caption = QLabel(card)
        self.secret = SecretField(self.tr("Passphrase"), parent=card)
        self.caption.setBuddy(self.secret.edit)
        self.secret.returnPressed.connect(self.submit)
        self.toggle = QPushButton(card)
        self.toggle.setFlat(True)
        self.toggle.setCursor(Qt.CursorShape.PointingHandCursor)
        self.toggle.setStyleSheet("QPushButton { color: palette(link); text-align: left; }")
        self.toggle.clicked.connect(self.toggle_mode)
        self.error = Banner("error", card)
        self.problem = Banner("error", card)
        self.busy = BusyIndicator(card)
        self.restore_button = QPushButton(card)
        self.restore_button.clicked.connect(self.restore_requested)
        self.restore_button.hide()

        self.unlock_button = QPushButton(self.tr("&Entsperren"), card)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.quit_button = QPushButton(self.tr("&Beenden"), card)
        self.quit_button.clicked.connect(self.quit_requested)
        quit_shortcut = QShortcut(QKeySequence("Ctrl+Q"), self)
        quit_shortcut.activated.connect(self.quit_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        layout = QVBoxLayout(card)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.location)
        layout.addWidget(self.demo)
        layout.addWidget(self.reason)
        layout.addWidget(self.problem)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(6)
        layout.addWidget(self.caption)
        layout.addWidget(self.secret)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addLayout(buttons)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 24)
        outer.addStretch(1)
        outer.addWidget(card, 10)
        outer.addStretch(1)

        self._set_mode(False)
        if info.problem:
            self.show_damaged(info.problem)
        self.resize(720, 480)

    def _location_text(self, info: StoreInfo) -> str:
        parts = [self.tr("Datenbestand in {folder}").format(folder=str(info.location))]
        details = []
        if info.created_on:
            with contextlib.suppress(ValueError):
                details.append(
                    self.tr("Angelegt am {date}").format(
                        date=format_date_de(date.fromisoformat(info.created_on))
                    )
                )
        if info.store_id:
            details.append(self.tr("Speicher-ID {id}").format(id=info.store_id[:8]))
        if details:
            parts.append(", ".join(details))
        return "\n".join(parts)

    # --- modes ---------------------------------------------------------------------------

    def toggle_mode(self) -> None:
        self._set_mode(not self.recovery_mode)

    def _set_mode(self, recovery: bool) -> None:
        self.recovery_mode = recovery
        self.secret.clear()
        self.error.clear()
        self.secret.set_monospace(recovery)
        if recovery:
            self.caption.setText(self.tr("&Wiederherstellungscode (vom Notfallblatt):"))
            self.secret.setAccessibleName(self.tr("Wiederherstellungscode"))
            self.secret.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
            self.toggle.setText(self.tr("Stattdessen &Passphrase verwenden"))
        else:
            self.caption.setText(self.tr("&Passphrase:"))
            self.secret.setAccessibleName(self.tr("Passphrase"))
            self.secret.setPlaceholderText("")
            self.toggle.setText(self.tr("Wiederherstellungscode &verwenden"))
        self.secret.setFocus()

    # --- actions -------------------------------------------------------------------------

    def submit(self) -> None:
        if self.busy.isVisible() or not self.unlock_button.isEnabled():
            return
        secret = self.secret.text()
        self.secret.clear()  # cleared after each attempt, right or wrong
        self.error.clear()
        self.unlock_requested.emit(secret, self.recovery_mode)

    def set_busy(self, busy: bool) -> None:
        for widget in (self.secret, self.toggle, self.unlock_button):
            widget.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Der Datenbestand wird entsperrt …"))
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            self.busy.stop()
            QApplication.restoreOverrideCursor()
            self.secret.setFocus()

    def show_error(self, message: str) -> None:
        self.error.show_message(message, "error")
        self.secret.setFocus()

    def show_damaged(self, message: str) -> None:
        """The store cannot be opened at all: no input, a pointer to the backup instead."""
        advice = self.tr(
            "Die Dateien im Datenordner bleiben unverändert – bitte löschen Sie sie nicht."
        )
        if "Sicherung" not in message:
            advice += " " + self.tr(
                "Stellen Sie den Datenbestand aus einer Sicherung wieder her oder wenden Sie sich "
                "an Ihre IT-Betreuung."
            )
        self.problem.show_message(f"{message}\n\n{advice}", "error")
        self.error.clear()
        for widget in (self.secret, self.toggle, self.caption):
            widget.hide()
        self.unlock_button.setEnabled(False)
        self.quit_button.setDefault(True)
        self.quit_button.setFocus()

    def offer_restore(self, text: str) -> None:
        """Offer a restore (after damage): ``text`` names the backup, e.g. its date."""
        self.restore_button.setText(text)
        self.restore_button.show()
        self.restore_button.setDefault(True)
        self.restore_button.setFocus()

    # --- closing -------------------------------------------------------------------------

    def close_for_controller(self) -> None:
        self._closing = True
        self.secret.clear()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing:
            event.accept()
            return
        event.ignore()
        self.quit_requested.emit()
