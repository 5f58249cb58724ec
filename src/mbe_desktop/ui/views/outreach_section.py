"""Einstellungen → Orte der Außensprechstunden: add, rename, deactivate and reactivate places.

Places are never deleted: contacts and intakes keep naming a deactivated place, it is only no
longer offered for new ones. Every change goes through ``OutreachLocationService`` and is
announced (topics ``settings`` and ``contacts``: a new name shows in the contact lists).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain.errors import UserError
from mbe_desktop.services.outreach import MAX_NAME_CHARS, OutreachLocationRow
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.widgets.common import Banner, hint

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TOPICS = ("settings", "contacts")


class OutreachLocationsSection(QGroupBox):
    """The list of places beside Hinzufügen / Umbenennen / Deaktivieren."""

    def __init__(self, context: UnlockedContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Orte der Außensprechstunden"))
        self.context = context
        self.service = context.services.outreach
        self.rows: list[OutreachLocationRow] = []
        self.rename_dialog: QInputDialog | None = None
        self.notice = Banner("info", self)

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Orte der Außensprechstunden"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(120)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item: self.rename())

        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(MAX_NAME_CHARS + 20)  # longer input gets the message
        self.name_edit.setAccessibleName(self.tr("Name des neuen Ortes"))
        self.name_edit.setPlaceholderText(self.tr("z. B. Rathaus Musterdorf, Familienzentrum"))
        self.name_edit.returnPressed.connect(self.add)
        self.name_edit.textChanged.connect(self._update_buttons)
        # Only Alt+Ü is still free on the settings page; the list takes F2 to rename, and
        # Tab reaches every control in order (field, Hinzufügen, list, Umbenennen, Deaktivieren).
        name_label = QLabel(self.tr("Neuer Ort:"), self)
        name_label.setBuddy(self.name_edit)
        self.add_button = QPushButton(self.tr("Hinzuf&ügen"), self)
        self.add_button.setToolTip(self.tr("Den eingegebenen Ort hinzufügen (Eingabetaste)"))
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(self.tr("Umbenennen …"), self)
        self.rename_button.setToolTip(self.tr("Den gewählten Ort umbenennen (F2)"))
        self.rename_button.clicked.connect(self.rename)
        rename_key = QShortcut(QKeySequence(Qt.Key.Key_F2), self.list)
        rename_key.setWhatsThis(self.tr("Orte der Außensprechstunden: Ort umbenennen"))
        rename_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        rename_key.activated.connect(self.rename)
        self.active_button = QPushButton(self.tr("Deaktivieren"), self)
        self.active_button.clicked.connect(self.toggle_active)

        add_row = QHBoxLayout()
        add_row.addWidget(name_label)
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.active_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Diese Orte stehen bei Kontakten der Form „Außensprechstunde“ und beim "
                    "Erstkontakt zur Auswahl. Ein deaktivierter Ort wird nicht mehr angeboten; "
                    "Kontakte und Akten, die ihn nennen, behalten ihn."
                ),
                self,
            )
        )
        layout.addWidget(self.notice)
        layout.addLayout(add_row)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.name_edit, self.add_button)
        QWidget.setTabOrder(self.add_button, self.list)
        QWidget.setTabOrder(self.list, self.rename_button)
        QWidget.setTabOrder(self.rename_button, self.active_button)
        context.events.changed.connect(self._data_changed)
        self.reload()

    # --- showing -------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.selected_id()
        try:
            self.rows = self.service.locations()
        except UserError as error:
            self.rows = []
            self.notice.show_message(error.message, "error")
        self.list.clear()
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for row in self.rows:
            text = row.name if row.active else self.tr("{name} (deaktiviert)").format(name=row.name)
            item = QListWidgetItem(text, self.list)
            item.setData(ID_ROLE, row.id)
            item.setToolTip(self._usage(row))
            if not row.active:
                item.setForeground(muted)
            if row.id == keep:
                self.list.setCurrentItem(item)
        if not self.rows:
            placeholder = QListWidgetItem(self.tr("Noch keine Orte eingetragen."), self.list)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        self._update_buttons()

    def _usage(self, row: OutreachLocationRow) -> str:
        return self.tr("{contacts} Kontakte, {clients} Erstkontakte an diesem Ort").format(
            contacts=row.contacts, clients=row.clients
        )

    def _data_changed(self, topics: frozenset[str]) -> None:
        if "settings" in topics:
            self.reload()

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        value = item.data(ID_ROLE)
        return int(value) if value is not None else None

    def selected(self) -> OutreachLocationRow | None:
        chosen = self.selected_id()
        return next((row for row in self.rows if row.id == chosen), None)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.add_button.setEnabled(bool(self.name_edit.text().strip()))
        self.rename_button.setEnabled(row is not None)
        self.active_button.setEnabled(row is not None)
        if row is not None and not row.active:
            self.active_button.setText(self.tr("Wieder aktivieren"))
            self.active_button.setToolTip(self.tr("Den Ort wieder zur Auswahl anbieten"))
        else:
            self.active_button.setText(self.tr("Deaktivieren"))
            self.active_button.setToolTip(
                self.tr("Den Ort nicht mehr anbieten; bisherige Kontakte behalten ihn")
            )

    # --- commands ------------------------------------------------------------------------

    def add(self) -> None:
        if not self.name_edit.text().strip():
            return
        try:
            row = self.service.add(self.name_edit.text())
        except UserError as error:
            self.notice.show_message(error.message, "error")
            self.name_edit.setFocus()
            return
        self.name_edit.clear()
        self._changed(row.id, self.tr("Der Ort „{name}“ wurde hinzugefügt.").format(name=row.name))

    def rename(self) -> None:
        row = self.selected()
        if row is None or self.rename_dialog is not None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Ort umbenennen"))
        dialog.setLabelText(self.tr("Neuer Name für „{name}“:").format(name=row.name))
        dialog.setTextValue(row.name)
        dialog.setOkButtonText(self.tr("Umbenennen"))
        dialog.setCancelButtonText(self.tr("Abbrechen"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda text: self._rename(row, text))
        dialog.finished.connect(self._rename_closed)
        self.rename_dialog = dialog
        dialog.open()

    def _rename_closed(self, _result: int) -> None:
        self.rename_dialog = None

    def _rename(self, row: OutreachLocationRow, name: str) -> None:
        try:
            renamed = self.service.rename(row.id, name)
        except UserError as error:
            self.notice.show_message(error.message, "error")
            return
        if renamed.name == row.name:
            self.notice.clear()
            return
        self._changed(
            renamed.id,
            self.tr("„{old}“ heißt jetzt „{new}“, auch in den bisherigen Kontakten.").format(
                old=row.name, new=renamed.name
            ),
        )

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            changed = self.service.set_active(row.id, not row.active)
        except UserError as error:
            self.notice.show_message(error.message, "error")
            return
        if changed.active:
            message = self.tr("„{name}“ wird wieder zur Auswahl angeboten.")
        else:
            message = self.tr(
                "„{name}“ wird nicht mehr angeboten. Bisherige Kontakte und Akten behalten den "
                "Ort; Sie können ihn jederzeit wieder aktivieren."
            )
        self._changed(changed.id, message.format(name=changed.name))
        self.active_button.setFocus()

    def _changed(self, location_id: int, message: str) -> None:
        self.context.events.announce(*TOPICS)
        self.reload(select_id=location_id)
        self.notice.show_message(message, "success")
