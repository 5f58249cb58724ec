"""Secret input fields, the strength meter and the "new passphrase twice" form."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain.errors import ValidationError
from mbe_desktop.domain.messages import display
from mbe_desktop.domain.passphrase import PassphraseAssessment, assess_passphrase

_METER_COLOURS = ("#c0392b", "#c0392b", "#d68910", "#2e7d32", "#1b5e20")


class SecretField(QWidget):
    """A password line edit with a show/hide toggle. ``returnPressed`` is forwarded."""

    returnPressed = Signal()
    textChanged = Signal(str)

    def __init__(
        self, accessible_name: str, *, monospace: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        # No autocompletion, no drag out of the field: a secret is never copied by accident.
        self.edit.setDragEnabled(False)
        self.edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        if monospace:
            self.set_monospace(True)
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setText(self.tr("Anzeigen"))
        self.toggle.setToolTip(self.tr("Eingabe im Klartext anzeigen oder verbergen"))
        self.toggle.setAccessibleName(self.tr("Eingabe anzeigen"))
        self.toggle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.toggle.toggled.connect(self._set_visible_text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.toggle)
        self.setFocusProxy(self.edit)
        self.edit.returnPressed.connect(self.returnPressed)
        self.edit.textChanged.connect(self.textChanged)

    def _set_visible_text(self, visible: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("Verbergen") if visible else self.tr("Anzeigen"))

    def set_monospace(self, on: bool) -> None:
        if on:
            self.edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        else:
            self.edit.setFont(self.font())

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def clear(self) -> None:
        self.edit.clear()
        self.toggle.setChecked(False)

    def setPlaceholderText(self, text: str) -> None:
        self.edit.setPlaceholderText(text)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)


class StrengthMeter(QWidget):
    """Five steps from "sehr schwach" to "sehr stark", the label and the main reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(self.tr("Stärke der Passphrase"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.assessment: PassphraseAssessment | None = None
        self.show_assessment(None)

    def show_assessment(self, assessment: PassphraseAssessment | None) -> None:
        self.assessment = assessment
        if assessment is None:
            self.bar.setValue(0)
            self.label.setText(self.tr("Stärke: noch keine Eingabe"))
            self._colour("#9e9e9e")
            return
        self.bar.setValue(max(0, min(4, assessment.score)))
        label = display(assessment.label)
        lines = [self.tr("Stärke: {label}").format(label=label)]
        if not assessment.acceptable:
            lines += [
                display(text) for text in (*assessment.reasons[:1], *assessment.suggestions[:1])
            ]
        elif assessment.suggestions and assessment.score < 4:
            lines += [display(text) for text in assessment.suggestions[:1]]
        self.label.setText("\n".join(lines))
        self.bar.setAccessibleDescription(label)
        self._colour(_METER_COLOURS[max(0, min(4, assessment.score))])

    def _colour(self, colour: str) -> None:
        self.bar.setStyleSheet(
            "QProgressBar { border: 1px solid palette(mid); border-radius: 3px;"
            " background: palette(base); }"
            f" QProgressBar::chunk {{ background: {colour}; border-radius: 2px; }}"
        )


class NewPassphraseForm(QWidget):
    """New passphrase twice, with the strength meter. The service's ValidationError stays the
    authority; :meth:`problem` only gives early feedback before the slow key derivation."""

    changed = Signal()

    def __init__(
        self,
        user_inputs: Sequence[str] = (),
        *,
        first_label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.user_inputs = tuple(user_inputs)
        first_label = first_label or self.tr("&Neue Passphrase:")
        self.first = SecretField(self.tr("Neue Passphrase"), parent=self)
        self.second = SecretField(self.tr("Neue Passphrase wiederholen"), parent=self)
        self.meter = StrengthMeter(self)
        self.match = QLabel(self)
        self.match.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        first_caption = QLabel(first_label, self)
        first_caption.setBuddy(self.first.edit)
        second_caption = QLabel(self.tr("Passphrase &wiederholen:"), self)
        second_caption.setBuddy(self.second.edit)
        form.addRow(first_caption, self.first)
        form.addRow("", self.meter)
        form.addRow(second_caption, self.second)
        form.addRow("", self.match)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        first = self.first.text()
        self.meter.show_assessment(assess_passphrase(first, self.user_inputs) if first else None)
        second = self.second.text()
        if not second:
            self.match.setText("")
        elif first == second:
            self.match.setText(self.tr("Die beiden Eingaben stimmen überein."))
        else:
            self.match.setText(self.tr("Die beiden Eingaben stimmen noch nicht überein."))
        self.changed.emit()

    def set_user_inputs(self, user_inputs: Sequence[str]) -> None:
        self.user_inputs = tuple(value for value in user_inputs if value)
        self._update()

    def values(self) -> tuple[str, str]:
        return self.first.text(), self.second.text()

    def problem(self) -> ValidationError | None:
        """Why the input cannot be used yet (German, with the field), or None."""
        first, second = self.values()
        if not first:
            return ValidationError(self.tr("Bitte geben Sie eine Passphrase ein."), "passphrase")
        assessment = assess_passphrase(first, self.user_inputs)
        if not assessment.acceptable:
            reason = (
                assessment.reasons[0]
                if assessment.reasons
                else self.tr("Die Passphrase ist zu schwach.")
            )
            return ValidationError(reason, "passphrase")
        if first != second:
            return ValidationError(
                self.tr("Die beiden Eingaben der Passphrase stimmen nicht überein."), "repeat"
            )
        return None

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def focus_field(self, field: str | None) -> None:
        (self.second if field == "repeat" else self.first).setFocus()
