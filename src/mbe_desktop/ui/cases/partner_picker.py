"""Choosing the network partner of a goal step ("Wer: Netzwerkpartner").

The partners come from the network directory (``PartnerService.search``: filtered and sorted
in SQL, at most ``MAX_PARTNERS``); the combo is editable with a completer that matches any part
of the name or place, so a long directory is found by typing instead of scrolling.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QWidget

from mbe_desktop.domain.errors import UserError
from mbe_desktop.services.partners import PartnerQuery, PartnerRow, PartnerService

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


def partner_text(row: PartnerRow) -> str:
    """One line for the choice, e.g. "Jugendmigrationsdienst – Musterstadt"."""
    return f"{row.name} – {row.city}" if row.city else row.name


class PartnerPicker(QWidget):
    """A labelled, searchable combo of the directory's partners; the first entry means
    "no partner chosen yet". Emits ``chosen`` with the id (None) and the partner's name."""

    chosen = Signal(object, str)  # partner id or None, name ("" without)

    def __init__(self, partners: PartnerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.partners = partners
        self.loaded = False
        self._setting = False
        self.combo = QComboBox(self)
        self.combo.setObjectName("step_partner")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumContentsLength(28)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setAccessibleName(self.tr("Netzwerkpartner des Schritts"))
        self.combo.setToolTip(
            self.tr(
                "Partner aus dem Netzwerk: Namen oder Ort tippen, dann aus der Liste wählen. "
                "Neue Partner legen Sie unter „Netzwerk“ an."
            )
        )
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCompleter(completer)
        self.combo.activated.connect(self._activated)
        line = self.combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Partner suchen …"))
            line.editingFinished.connect(self._typed)
        self.label = QLabel(self.tr("Net&zwerkpartner:"), self)
        self.label.setBuddy(self.combo)
        self.setFocusProxy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo, 1)

    def load(self) -> None:
        """Read the directory again (at first use and after it changed)."""
        try:
            rows = self.partners.search(PartnerQuery())
        except UserError as error:
            log.warning("partners could not be read for the step: %s", error)  # German
            rows = []
        self._setting = True
        try:
            self.combo.clear()
            self.combo.addItem(self.tr("– Partner wählen –"), None)
            for row in rows:
                self.combo.addItem(partner_text(row), row.id)
                index = self.combo.count() - 1
                self.combo.setItemData(index, row.name, NAME_ROLE)
                self.combo.setItemData(index, row.category_label, Qt.ItemDataRole.ToolTipRole)
        finally:
            self._setting = False
        self.loaded = True

    def show_partner(self, partner_id: int | None, name: str) -> None:
        """Show the step's partner; one that is no longer listed stays visible by name."""
        if not self.loaded:
            self.load()
        self._setting = True
        try:
            index = self.combo.findData(partner_id) if partner_id is not None else 0
            if index < 0:
                self.combo.addItem(name or self.tr("(nicht mehr im Netzwerk)"), partner_id)
                index = self.combo.count() - 1
                self.combo.setItemData(index, name, NAME_ROLE)
            self.combo.setCurrentIndex(index)
        finally:
            self._setting = False

    def current_partner(self) -> int | None:
        data = self.combo.currentData()
        return None if data is None else int(data)

    def choose(self, partner_id: int | None) -> None:
        """Pick a partner as a click in the list does."""
        index = self.combo.findData(partner_id) if partner_id is not None else 0
        if index >= 0:
            self.combo.setCurrentIndex(index)
            self._activated(index)

    def _activated(self, index: int) -> None:
        if self._setting or index < 0:
            return
        data = self.combo.itemData(index)
        name = self.combo.itemData(index, NAME_ROLE)
        self.chosen.emit(None if data is None else int(data), str(name or ""))

    def _typed(self) -> None:
        """Leaving the field: typed text that names exactly one entry chooses it, anything
        else goes back to the chosen partner (a partner is never made up here)."""
        if self._setting:
            return
        text = self.combo.currentText().strip().casefold()
        current = self.combo.currentIndex()
        if current >= 0 and self.combo.itemText(current).casefold() == text:
            return
        matches = [
            index
            for index in range(1, self.combo.count())
            if self.combo.itemText(index).casefold() == text
        ]
        if len(matches) == 1:
            self.combo.setCurrentIndex(matches[0])
            self._activated(matches[0])
            return
        self._setting = True
        try:
            self.combo.setEditText(self.combo.itemText(current) if current >= 0 else "")
        finally:
            self._setting = False
