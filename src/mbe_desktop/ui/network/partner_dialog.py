"""Create or edit one network partner with its contact people.

A failed save keeps every input and marks the field the service named; the dialog is opened
with ``open()`` (never ``exec()``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.domain.partners import MAX_PEOPLE, PartnerInput, PersonInput
from mbe_desktop.services.partners import PartnerDetail
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.texts import catalogue_choices
from mbe_desktop.ui.widgets.common import INVALID_STYLE, Banner, set_invalid

PEOPLE_COLUMNS = (
    QT_TRANSLATE_NOOP("PartnerDialog", "Name"),
    QT_TRANSLATE_NOOP("PartnerDialog", "Funktion"),
    QT_TRANSLATE_NOOP("PartnerDialog", "Telefon"),
    QT_TRANSLATE_NOOP("PartnerDialog", "E-Mail"),
)


class PartnerDialog(QDialog):
    saved = Signal(object)  # PartnerDetail

    def __init__(
        self, context: UnlockedContext, partner_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.partner_id = partner_id
        self.setWindowTitle(
            self.tr("Netzwerkpartner bearbeiten")
            if partner_id
            else self.tr("Neuer Netzwerkpartner")
        )
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setStyleSheet(INVALID_STYLE)
        self.notice = Banner("error", self)

        self.name = QLineEdit(self)
        self.category = QComboBox(self)
        for code, label in catalogue_choices(cat.PARTNER_CATEGORIES):
            self.category.addItem(label, code)
        self.street = QLineEdit(self)
        self.postcode = QLineEdit(self)
        self.postcode.setMaximumWidth(90)
        self.city = QLineEdit(self)
        self.region = QLineEdit(self)
        self.region.setPlaceholderText(self.tr("z. B. Landkreis Musterland"))
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.website = QLineEdit(self)
        self.languages = QLineEdit(self)
        self.languages.setPlaceholderText(self.tr("Kürzel mit Komma, z. B. de, en, ar, uk"))
        self.opening_hours = QPlainTextEdit(self)
        self.services = QPlainTextEdit(self)
        self.notes = QPlainTextEdit(self)
        for edit in (self.opening_hours, self.services, self.notes):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().height() * 3 + 14)
        self.inputs: dict[str, QWidget] = {
            "name": self.name,
            "category": self.category,
            "street": self.street,
            "postcode": self.postcode,
            "city": self.city,
            "region": self.region,
            "phone": self.phone,
            "email": self.email,
            "website": self.website,
            "languages": self.languages,
            "opening_hours": self.opening_hours,
            "services": self.services,
            "notes": self.notes,
        }

        self.people = QTableWidget(0, len(PEOPLE_COLUMNS), self)
        self.people.setHorizontalHeaderLabels([self.tr(str(c)) for c in PEOPLE_COLUMNS])
        self.people.verticalHeader().hide()
        self.people.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setAccessibleName(self.tr("Ansprechpersonen"))
        self.people.setMinimumHeight(110)
        self.inputs["people"] = self.people
        self.add_person = QPushButton(self.tr("Person &hinzufügen"), self)
        self.add_person.clicked.connect(self.add_person_row)
        self.remove_person = QPushButton(self.tr("Person &entfernen"), self)
        self.remove_person.clicked.connect(self.remove_person_row)

        # One label for two fields: each gets its own name for screen readers.
        self.postcode.setAccessibleName(self.tr("Postleitzahl"))
        self.city.setAccessibleName(self.tr("Ort"))
        place = QHBoxLayout()
        place.addWidget(self.postcode)
        place.addWidget(self.city, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Name der Stelle:"), self.name)
        form.addRow(self.tr("&Kategorie:"), self.category)
        form.addRow(self.tr("Str&aße:"), self.street)
        form.addRow(self.tr("PLZ, &Ort:"), place)
        form.addRow(self.tr("&Region:"), self.region)
        form.addRow(self.tr("&Telefon:"), self.phone)
        form.addRow(self.tr("E-&Mail:"), self.email)
        form.addRow(self.tr("&Webseite:"), self.website)
        form.addRow(self.tr("Spra&chen:"), self.languages)
        form.addRow(self.tr("Ö&ffnungszeiten:"), self.opening_hours)
        form.addRow(self.tr("An&gebote:"), self.services)
        form.addRow(self.tr("Noti&zen:"), self.notes)
        person_buttons = QHBoxLayout()
        person_buttons.addWidget(self.add_person)
        person_buttons.addWidget(self.remove_person)
        person_buttons.addStretch(1)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Speichern"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # The fields scroll, so the dialog fits a small screen at 200 % (960 × 540 points).
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        body_layout.addLayout(form)
        body_layout.addWidget(QLabelBuddy(self.tr("Ansprech&personen:"), self.people, body))
        body_layout.addWidget(self.people)
        body_layout.addLayout(person_buttons)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        available = self.screen().availableGeometry()
        self.resize(min(640, available.width()), min(760, int(available.height() * 0.9)))
        if partner_id is not None:
            self.load(context.services.partners.detail(partner_id))
        else:
            self.add_person_row()

    # --- data ------------------------------------------------------------------------------

    def load(self, detail: PartnerDetail) -> None:
        data = detail.data
        for name, widget in self.inputs.items():
            if isinstance(widget, QLineEdit):
                widget.setText(getattr(data, name))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(getattr(data, name))
        index = self.category.findData(data.category)
        self.category.setCurrentIndex(max(index, 0))
        self.people.setRowCount(0)
        for person in data.people:
            self.add_person_row(person)
        if not data.people:
            self.add_person_row()

    def add_person_row(self, person: PersonInput | None = None) -> None:
        if self.people.rowCount() >= MAX_PEOPLE:
            return
        row = self.people.rowCount()
        self.people.insertRow(row)
        values = (person.name, person.role, person.phone, person.email) if person else ("",) * 4
        for column, value in enumerate(values):
            self.people.setItem(row, column, QTableWidgetItem(value))

    def remove_person_row(self) -> None:
        rows = sorted({index.row() for index in self.people.selectedIndexes()}, reverse=True)
        for row in rows or [self.people.rowCount() - 1]:
            if row >= 0:
                self.people.removeRow(row)

    def current_input(self) -> PartnerInput:
        values: dict[str, object] = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QLineEdit):
                values[name] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
        values["category"] = self.category.currentData() or ""
        people = []
        for row in range(self.people.rowCount()):
            cells = [self._cell(row, column) for column in range(len(PEOPLE_COLUMNS))]
            people.append(PersonInput(*cells))
        values["people"] = tuple(people)
        return PartnerInput(**values)  # type: ignore[arg-type]

    def _cell(self, row: int, column: int) -> str:
        item = self.people.item(row, column)
        return item.text() if item is not None else ""

    def save(self) -> None:
        for widget in self.inputs.values():
            set_invalid(widget, False)
        service = self.context.services.partners
        try:
            if self.partner_id is None:
                detail = service.create(self.current_input())
            else:
                detail = service.update(self.partner_id, self.current_input())
        except ValidationError as error:
            self.notice.show_message(error.message, "error")
            invalid = self.inputs.get(error.field or "")
            if invalid is not None:
                set_invalid(invalid, True)
                invalid.setFocus()
            return  # the input stays as typed
        except UserError as error:
            self.notice.show_message(error.message, "error")
            return
        self.partner_id = detail.id
        self.context.events.announce("partners")
        self.saved.emit(detail)
        self.accept()


class QLabelBuddy(QWidget):
    """A label with a mnemonic for a widget that sits below it (not in the form)."""

    def __init__(self, text: str, buddy: QWidget, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QLabel

        super().__init__(parent)
        self.label = QLabel(text, self)
        self.label.setBuddy(buddy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.label)
