"""The editor of the letter templates: one per partner category, plus the general one.

A template with an unknown placeholder or a stray brace is not saved; the reason is shown and
the text stays as typed. Double-clicking a placeholder inserts it at the cursor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain.errors import UserError
from mbe_desktop.domain.letters import PLACEHOLDERS
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.texts import catalogue_label
from mbe_desktop.ui.widgets.common import Banner, hint
from mbe_desktop.ui.widgets.screen_fit import fit_to_screen

CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 1


class TemplateEditor(QDialog):
    def __init__(self, context: UnlockedContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.services.referrals
        self.current: str | None = None
        self.dirty = False
        self._confirm: QMessageBox | None = None
        self.setWindowTitle(self.tr("Briefvorlagen für Weiterleitungen"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.notice = Banner("info", self)

        self.categories = QListWidget(self)
        self.categories.setAccessibleName(self.tr("Kategorien"))
        self.categories.currentItemChanged.connect(self._category_changed)
        self.name = QLineEdit(self)
        self.subject = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)
        for edit in (self.name, self.subject):
            edit.textEdited.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.placeholders = QListWidget(self)
        self.placeholders.setAccessibleName(self.tr("Platzhalter"))
        for placeholder in PLACEHOLDERS:
            item = QListWidgetItem(f"{{{placeholder.name}}}")
            item.setToolTip(placeholder.description)
            item.setData(CATEGORY_ROLE, placeholder.name)
            self.placeholders.addItem(item)
        self.placeholders.itemActivated.connect(self.insert_placeholder)
        self.placeholders.setMaximumWidth(200)
        self.state = QLabel(self)
        self.save_button = QPushButton(self.tr("Vorlage &speichern"), self)
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(self.tr("&Standard wiederherstellen …"), self)
        self.reset_button.clicked.connect(self.ask_reset)
        close = QPushButton(self.tr("Schließen"), self)
        close.clicked.connect(self.accept)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Betreff:"), self.subject)
        body_label = QLabel(self.tr("&Text:"), self)
        body_label.setBuddy(self.body)
        placeholders_label = QLabel(self.tr("&Platzhalter (Doppelklick fügt ein):"), self)
        placeholders_label.setBuddy(self.placeholders)
        placeholders_label.setWordWrap(True)
        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.state)
        editor_layout.addLayout(form)
        editor_layout.addWidget(body_label)
        body_row = QHBoxLayout()
        body_row.addWidget(self.body, 1)
        side = QVBoxLayout()
        side.addWidget(placeholders_label)
        side.addWidget(self.placeholders, 1)
        body_row.addLayout(side)
        editor_layout.addLayout(body_row, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.categories)
        splitter.addWidget(editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 700])
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Jede Kategorie von Netzwerkpartnern kann eine eigene Vorlage haben; sonst "
                    "gilt die allgemeine. Platzhalter in geschweiften Klammern werden beim "
                    "Schreiben ausgefüllt. {Angaben} setzt die Liste der angehakten Angaben ein."
                ),
                self,
            )
        )
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(980, 620)
        fit_to_screen(self)  # 200 % on a small screen: not larger than it
        self.reload()

    def reload(self, select: str = "") -> None:
        self.categories.blockSignals(True)
        self.categories.clear()
        for code in ("", *cat.PARTNER_CATEGORIES.codes()):
            row = self.service.template_for(code)
            label = (
                catalogue_label(cat.PARTNER_CATEGORIES, code)
                if code
                else self.tr("Allgemeine Vorlage")
            )
            if row.customised and row.category == code:
                label += self.tr(" (eigene)")
            item = QListWidgetItem(label)
            item.setData(CATEGORY_ROLE, code)
            self.categories.addItem(item)
        self.categories.blockSignals(False)
        for index in range(self.categories.count()):
            if self.categories.item(index).data(CATEGORY_ROLE) == select:
                self.categories.setCurrentRow(index)
                break
        else:
            self.categories.setCurrentRow(0)

    def _category_changed(
        self, item: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if item is None:
            return
        self.show_template(str(item.data(CATEGORY_ROLE)))

    def show_template(self, category: str) -> None:
        row = self.service.template_for(category)
        self.current = category
        self.name.setText(row.name)
        self.subject.setText(row.subject)
        self.body.blockSignals(True)
        self.body.setPlainText(row.body)
        self.body.blockSignals(False)
        if row.customised and row.category == category:
            self.state.setText(self.tr("Eigene Vorlage für diese Kategorie."))
        elif category and row.category == "":
            self.state.setText(
                self.tr(
                    "Diese Kategorie verwendet die allgemeine Vorlage. Speichern legt eine "
                    "eigene Vorlage für die Kategorie an."
                )
            )
        else:
            self.state.setText(self.tr("Mitgelieferte Standardvorlage."))
        self.reset_button.setEnabled(row.customised and row.category == category)
        self.dirty = False
        self.notice.clear()

    def _edited(self, *_args: object) -> None:
        self.dirty = True

    def insert_placeholder(self, item: QListWidgetItem) -> None:
        self.body.insertPlainText(f"{{{item.data(CATEGORY_ROLE)}}}")
        self.body.setFocus()

    def save(self) -> bool:
        if self.current is None:
            return False
        try:
            self.service.save_template(
                self.current, self.name.text(), self.subject.text(), self.body.toPlainText()
            )
        except UserError as error:
            self.notice.show_message(error.message, "error")
            return False  # the text stays as typed
        self.reload(self.current)
        self.notice.show_message(self.tr("Die Vorlage wurde gespeichert."), "success")
        self.context.events.announce("settings")
        return True

    def ask_reset(self) -> None:
        if self.current is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Standard wiederherstellen?"),
            self.tr(
                "Die eigene Vorlage dieser Kategorie wird gelöscht; danach gilt wieder die "
                "mitgelieferte Vorlage."
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        reset = box.addButton(self.tr("&Wiederherstellen"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        category = self.current
        box.buttonClicked.connect(lambda button: self.reset(category) if button is reset else None)
        self._confirm = box
        box.open()

    def reset(self, category: str) -> None:
        try:
            self.service.reset_template(category)
        except UserError as error:
            self.notice.show_message(error.message, "error")
            return
        self.reload(category)
        self.notice.show_message(self.tr("Die Standardvorlage gilt wieder."), "success")
        self.context.events.announce("settings")
