"""The office profile form, used by the setup wizard and by the settings view."""

from __future__ import annotations

import itertools
from dataclasses import asdict, fields
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain.catalogues import DATA_PROTECTION_LAWS
from mbe_desktop.domain.errors import ValidationError
from mbe_desktop.domain.office import OfficeProfile
from mbe_desktop.ui.texts import catalogue_choices
from mbe_desktop.ui.widgets.common import INVALID_STYLE, Banner, set_invalid

TEXT_FIELDS = (
    "counsellor_name",
    "office_name",
    "street",
    "postcode",
    "city",
    "provider",
    "phone",
    "email",
    "office_code",
)
OFFICE_FIELDS = frozenset(f.name for f in fields(OfficeProfile))


class OfficeForm(QWidget):
    """Load / check / show errors. The form knows no services; callers save."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(INVALID_STYLE)
        self.error = Banner("error", self)
        self.edits: dict[str, QLineEdit] = {}
        captions = {
            "counsellor_name": self.tr("&Name der Beraterin/des Beraters*"),
            "office_name": self.tr("&Beratungsstelle*"),
            "street": self.tr("&Straße und Hausnummer"),
            "postcode": self.tr("P&LZ und Ort"),
            "provider": self.tr("&Träger"),
            "phone": self.tr("Tele&fon"),
            "email": self.tr("&E-Mail"),
            "office_code": self.tr("&Kennziffer der Beratungsstelle"),
        }
        accessible = {
            "counsellor_name": self.tr("Name der Beraterin/des Beraters"),
            "office_name": self.tr("Beratungsstelle"),
            "street": self.tr("Straße und Hausnummer"),
            "postcode": self.tr("PLZ"),
            "city": self.tr("Ort"),
            "provider": self.tr("Träger"),
            "phone": self.tr("Telefon"),
            "email": self.tr("E-Mail"),
            "office_code": self.tr("Kennziffer der Beratungsstelle"),
        }
        for name in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            edit.setAccessibleName(accessible[name])
            edit.textEdited.connect(self._edited)
            self.edits[name] = edit
        self.edits["counsellor_name"].setPlaceholderText(self.tr("z. B. Maria Beispiel"))
        self.edits["office_name"].setPlaceholderText(self.tr("z. B. MBE Musterstadt"))
        self.edits["postcode"].setMaximumWidth(90)
        self.edits["office_code"].setPlaceholderText(self.tr("optional, für die Statistik"))
        self.law = QComboBox(self)
        self.law.setObjectName("data_protection_law")
        self.law.setAccessibleName(self.tr("Datenschutzrecht"))
        for code, label in catalogue_choices(DATA_PROTECTION_LAWS):
            self.law.addItem(label, code)
        self.law.currentIndexChanged.connect(self._edited)
        self.law.setToolTip(
            self.tr(
                "Diakonie und Caritas wenden kirchliches Datenschutzrecht an (DSG-EKD bzw. KDG), "
                "alle anderen Träger die DSGVO mit dem BDSG. Texte für Ratsuchende nennen das "
                "hier gewählte Recht."
            )
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in ("counsellor_name", "office_name", "street"):
            form.addRow(self._caption(captions[name], self.edits[name]), self.edits[name])
        place = QHBoxLayout()
        place.addWidget(self.edits["postcode"])
        place.addWidget(self.edits["city"], 1)
        form.addRow(self._caption(captions["postcode"], self.edits["postcode"]), place)
        for name in ("provider", "phone", "email", "office_code"):
            form.addRow(self._caption(captions[name], self.edits[name]), self.edits[name])
        form.addRow(self._caption(self.tr("Datenschut&zrecht"), self.law), self.law)
        note = QLabel(self.tr("* Pflichtangabe"), self)
        note.setEnabled(False)
        form.addRow("", note)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error)
        layout.addLayout(form)

        order: list[QWidget] = [*(self.edits[name] for name in TEXT_FIELDS), self.law]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.edits["counsellor_name"])

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _edited(self, *_args: object) -> None:
        if self.error.isVisible():
            self.clear_error()  # the message was about the previous input
        self.changed.emit()

    # --- values --------------------------------------------------------------------------

    def profile(self) -> OfficeProfile:
        values = {name: self.edits[name].text() for name in TEXT_FIELDS}
        return OfficeProfile(
            **values, data_protection_law=str(self.law.currentData() or "gdpr_bdsg")
        )

    def set_profile(self, profile: OfficeProfile) -> None:
        for name in TEXT_FIELDS:
            self.edits[name].setText(getattr(profile, name))
        index = self.law.findData(profile.data_protection_law)
        self.law.blockSignals(True)
        self.law.setCurrentIndex(max(0, index))
        self.law.blockSignals(False)
        self.clear_error()

    def values(self) -> dict[str, Any]:
        return asdict(self.profile())

    def set_values(self, values: dict[str, Any]) -> None:
        """Fill the form from a plain dict (e.g. a draft); unknown keys are ignored."""
        current = self.values()
        for key, value in values.items():
            if key in OFFICE_FIELDS and isinstance(value, str):
                current[key] = value
        self.set_profile(OfficeProfile(**current))

    # --- errors --------------------------------------------------------------------------

    def show_error(self, error: ValidationError) -> None:
        """Show the service's message inline, naming the field, and mark the field."""
        self.clear_error()
        widget: QWidget | None = None
        if error.field == "data_protection_law":
            widget = self.law
        elif error.field in self.edits:
            widget = self.edits[error.field]
        if widget is None:
            self.error.show_message(error.message, "error")
            return
        self.error.show_message(
            self.tr("„{field}“: {message}").format(
                field=widget.accessibleName(), message=error.message
            ),
            "error",
        )
        set_invalid(widget, True)
        widget.setFocus()

    def clear_error(self) -> None:
        self.error.clear()
        for widget in (*self.edits.values(), self.law):
            if widget.property("invalid"):
                set_invalid(widget, False)
