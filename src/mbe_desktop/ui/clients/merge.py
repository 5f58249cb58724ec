"""Zusammenführen: two records of the same person become one, guided field by field.

The counsellor chooses which record stays (its number remains), then for every differing
field which value is right. Everything linked (cases, consents, follow-ups, documents) moves to
the record that stays; the other one is deleted. The service audits the merge.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain.errors import UserError
from mbe_desktop.domain.messages import display
from mbe_desktop.services.clients import ClientRow, ClientService, MergeField
from mbe_desktop.ui.clients.widgets import elide
from mbe_desktop.ui.widgets.common import Banner, heading, hint
from mbe_desktop.ui.widgets.screen_fit import fit_to_screen

log = logging.getLogger(__name__)

EMPTY_VALUES = frozenset({"", "—", "–", "-"})
MERGE_DRAFT_KEY = "clients/merge"


class MergeDialog(QDialog):
    merged = Signal(object)  # ClientDetail of the record that stays

    def __init__(
        self,
        service: ClientService,
        first: ClientRow,
        second: ClientRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Akten zusammenführen"))
        self.service = service
        self.rows = (first, second) if first.number <= second.number else (second, first)
        self.fields: list[MergeField] = []
        self.choices: dict[str, QButtonGroup] = {}
        self._confirm: QMessageBox | None = None
        self.versions = self._versions()  # of both records when the choice began (drafts)

        self.error = Banner("error", self)
        self.keep_first = QRadioButton(self._record_text(0, "&1"), self)
        self.keep_second = QRadioButton(self._record_text(1, "&2"), self)
        self.keep_first.setChecked(True)
        keep_group = QButtonGroup(self)
        keep_group.addButton(self.keep_first)
        keep_group.addButton(self.keep_second)
        self.keep_first.toggled.connect(self._keep_changed)

        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(self.grid_host)
        self.same = hint("", self)

        self.cancel_button = QPushButton(self.tr("Abbrechen"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.merge_button = QPushButton(self.tr("&Zusammenführen …"), self)
        self.merge_button.clicked.connect(self.confirm)
        self.merge_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.merge_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Akten zusammenführen"), parent=self))
        layout.addWidget(
            hint(
                self.tr(
                    "Zwei Akten derselben Person werden zu einer. Alles Verknüpfte – Fälle, "
                    "Einwilligungen, Wiedervorlagen und Dokumente – kommt in die Akte, die "
                    "bestehen bleibt; die andere Akte wird gelöscht."
                ),
                self,
            )
        )
        layout.addWidget(self.error)
        keep_caption = QLabel(self.tr("Welche Akte bleibt bestehen (mit ihrer Nummer)?"), self)
        font = keep_caption.font()
        font.setBold(True)
        keep_caption.setFont(font)
        layout.addWidget(keep_caption)
        layout.addWidget(self.keep_first)
        layout.addWidget(self.keep_second)
        layout.addSpacing(6)
        self.fields_caption = QLabel(self)
        self.fields_caption.setFont(font)
        self.fields_caption.setWordWrap(True)
        layout.addWidget(self.fields_caption)
        layout.addWidget(area, 1)
        layout.addWidget(self.same)
        layout.addLayout(buttons)
        self.resize(900, 640)
        fit_to_screen(self)  # 200 % on a small screen: not larger than it
        self._load()

    def _record_text(self, index: int, mnemonic: str) -> str:
        row = self.rows[index]
        return self.tr("{mnemonic}: Akte {number} – {name}").format(
            mnemonic=mnemonic, number=row.number, name=elide(row.display_name, 80)
        )

    @property
    def keep(self) -> ClientRow:
        return self.rows[0] if self.keep_first.isChecked() else self.rows[1]

    @property
    def other(self) -> ClientRow:
        return self.rows[1] if self.keep_first.isChecked() else self.rows[0]

    # --- preview -------------------------------------------------------------------------

    def _keep_changed(self, _checked: bool) -> None:
        self._load()

    def _load(self) -> None:
        self.error.clear()
        try:
            self.fields = self.service.merge_preview(self.keep.id, self.other.id)
        except UserError as error:
            self.fields = []
            self.error.show_message(error.message, "error")
        self._build_grid()
        problem = self.service.merge_problem(self.keep.id, self.other.id) if self.fields else None
        if problem is not None:
            # Two open cases: say so before the fields are gone through; nothing can merge.
            self.error.show_message(display(problem), "error")
            self.merge_button.setEnabled(False)

    def _build_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for group in self.choices.values():
            group.deleteLater()
        self.choices = {}
        differing = [field for field in self.fields if field.differs]
        same = [field.label for field in self.fields if not field.differs]
        if differing:
            self.fields_caption.setText(
                self.tr("Welcher Wert ist richtig? ({count} abweichende Angaben)").format(
                    count=len(differing)
                )
            )
        else:
            self.fields_caption.setText(self.tr("Alle Angaben stimmen überein."))
        bold = self.font()
        bold.setBold(True)
        headers = (
            self.tr("Angabe"),
            self.tr("Akte {number} (bleibt)").format(number=self.keep.number),
            self.tr("Akte {number} (wird gelöscht)").format(number=self.other.number),
        )
        for column, text in enumerate(headers if differing else ()):
            label = QLabel(text, self.grid_host)
            label.setFont(bold)
            self.grid.addWidget(label, 0, column)
        for row, field in enumerate(differing, start=1):
            caption = QLabel(field.label, self.grid_host)
            caption.setWordWrap(True)
            keep_button = QRadioButton(self._value(field.keep_value), self.grid_host)
            other_button = QRadioButton(self._value(field.other_value), self.grid_host)
            for button, value in (
                (keep_button, field.keep_value),
                (other_button, field.other_value),
            ):
                button.setToolTip(value)
                button.setAccessibleName(
                    self.tr("{label}: {value}").format(label=field.label, value=elide(value, 200))
                )
            group = QButtonGroup(self.grid_host)
            group.addButton(keep_button, 0)
            group.addButton(other_button, 1)
            take_other = (
                field.keep_value.strip() in EMPTY_VALUES
                and field.other_value.strip() not in EMPTY_VALUES
            )
            (other_button if take_other else keep_button).setChecked(True)
            self.choices[field.field] = group
            self.grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(keep_button, row, 1, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(other_button, row, 2, Qt.AlignmentFlag.AlignTop)
        self.grid.setRowStretch(len(differing) + 1, 1)
        self.same.setText(
            self.tr("Übereinstimmend: {labels}.").format(labels=", ".join(same)) if same else ""
        )
        self.same.setVisible(bool(same))
        self.merge_button.setEnabled(bool(self.fields))

    def _value(self, value: str) -> str:
        return elide(value, 90) if value.strip() else self.tr("(leer)")

    def take_from_other(self) -> frozenset[str]:
        return frozenset(name for name, group in self.choices.items() if group.checkedId() == 1)

    def choose(self, field: str, from_other: bool) -> None:
        group = self.choices[field]
        button = group.button(1 if from_other else 0)
        if button is not None:
            button.setChecked(True)

    # --- drafts across a lock (kept by the clients view) ------------------------------------

    def _versions(self) -> dict[str, int]:
        versions = {}
        for row in self.rows:
            try:
                versions[str(row.id)] = self.service.get(row.id).version
            except UserError:
                continue
        return versions

    def draft_values(self) -> dict[str, Any]:
        """The choices made: both records, the one that stays, the values taken from the
        other one, and the record versions they were made against."""
        return {
            "ids": [row.id for row in self.rows],
            "keep_id": self.keep.id,
            "take_from_other": sorted(self.take_from_other()),
            "versions": self.versions,
        }

    def set_draft_values(self, values: dict[str, Any]) -> bool:
        """Make the saved choices again; True when a record was changed since they were made
        (the preview then shows the current values, so the choices need a look)."""
        keep_id = values.get("keep_id")
        if keep_id == self.rows[1].id:
            self.keep_second.setChecked(True)  # reloads the preview
        taken = values.get("take_from_other")
        if isinstance(taken, list):
            for name in self.choices:
                self.choose(name, name in taken)
        versions = values.get("versions")
        return isinstance(versions, dict) and versions != self.versions

    # --- merging -------------------------------------------------------------------------

    def confirm(self) -> None:
        if self._confirm is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Akten zusammenführen?"),
            self.tr(
                "Akte {other} wird in Akte {keep} übernommen und danach gelöscht. Das lässt "
                "sich nicht rückgängig machen."
            ).format(other=self.other.number, keep=self.keep.number),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        go = box.addButton(self.tr("&Zusammenführen"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self.merge() if button is go else None)
        box.finished.connect(self._confirm_closed)
        self._confirm = box
        box.open()

    def _confirm_closed(self, _result: int) -> None:
        self._confirm = None

    def merge(self) -> None:
        try:
            detail = self.service.merge(self.keep.id, self.other.id, self.take_from_other())
        except UserError as error:
            self.error.show_message(error.message, "error")
            return
        self.accept()
        self.merged.emit(detail)
