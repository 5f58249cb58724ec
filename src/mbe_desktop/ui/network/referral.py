"""A referral from a client's case: partner, purpose, the data passed on, the letter.

The dialog re-checks the draft with ``ReferralService.check`` after every change (briefly
delayed while typing): the consent check (a release for partner or category, purpose and the
ticked data), placeholders without a value, names the fonts cannot print. Without a release
the letter is blocked with the reason and the way out (print the release, record it once
signed); an emergency override needs a written reason. "Schreiben erstellen" stores the letter
in the encrypted store and records the disclosure.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.domain.letters import DATA_ITEMS, PURPOSES, purpose_data
from mbe_desktop.domain.messages import display
from mbe_desktop.services.partners import PartnerQuery, PartnerRow
from mbe_desktop.services.referrals import (
    MIN_OVERRIDE_REASON,
    ReferralCheck,
    ReferralDraft,
    ReferralRow,
    ReleaseInput,
)
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.network.pdf_files import PreviewFolder, print_pdf, save_pdf_copy
from mbe_desktop.ui.texts import catalogue_text
from mbe_desktop.ui.widgets.common import Banner, hint
from mbe_desktop.ui.widgets.screen_fit import fit_to_screen

CHECK_DELAY_MS = 250
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class RecordReleaseDialog(QDialog):
    """Record a signed release for the partner (or its category), purpose and data."""

    recorded = Signal(object)  # ConsentView

    def __init__(
        self,
        context: UnlockedContext,
        release: ReleaseInput,
        partner: PartnerRow,
        data_labels: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.release = release
        self.partner = partner
        today = date.today()
        self.setWindowTitle(self.tr("Schweigepflichtentbindung erfassen"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.notice = Banner("error", self)
        self.for_partner = QRadioButton(
            self.tr("nur für diese &Stelle: {name}").format(name=partner.name), self
        )
        self.for_category = QRadioButton(
            self.tr("für alle Stellen der &Art „{category}“").format(
                category=catalogue_text(partner.category_label)
            ),
            self,
        )
        self.for_partner.setChecked(True)
        self.given_on = QDateEdit(self)
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat("dd.MM.yyyy")
        self.given_on.setDate(_qdate(today))
        self.given_on.setMaximumDate(_qdate(today))
        self.limited = QCheckBox(self.tr("&befristet bis"), self)
        self.limited.setChecked(True)
        self.valid_until = QDateEdit(self)
        self.valid_until.setCalendarPopup(True)
        self.valid_until.setDisplayFormat("dd.MM.yyyy")
        self.valid_until.setDate(_qdate(today + timedelta(days=365)))
        self.limited.toggled.connect(self.valid_until.setEnabled)
        until = QHBoxLayout()
        until.addWidget(self.limited)
        until.addWidget(self.valid_until, 1)
        summary = hint(
            self.tr("Zweck: {purpose}\nAngaben: Name{data}").format(
                purpose=release.purpose,
                data="".join(f", {label}" for label in data_labels),
            ),
            self,
        )
        form = QFormLayout()
        form.addRow(self.tr("&Unterschrieben am:"), self.given_on)
        form.addRow(self.tr("Gültigkeit:"), until)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Entbindung &speichern"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Erfassen Sie die Entbindung erst, wenn die oder der Ratsuchende das Formular "
                    "unterschrieben hat. Bewahren Sie das unterschriebene Blatt auf."
                ),
                self,
            )
        )
        layout.addWidget(self.notice)
        layout.addWidget(summary)
        layout.addWidget(self.for_partner)
        layout.addWidget(self.for_category)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        release = ReleaseInput(
            client_id=self.release.client_id,
            partner_id=self.partner.id if self.for_partner.isChecked() else None,
            partner_category=self.partner.category,
            purpose=self.release.purpose,
            data=self.release.data,
            given_on=_date(self.given_on.date()),
            valid_until=_date(self.valid_until.date()) if self.limited.isChecked() else None,
        )
        try:
            view = self.context.services.referrals.record_release(release)
        except UserError as error:
            self.notice.show_message(error.message, "error")
            return
        self.context.events.announce("clients")
        self.recorded.emit(view)
        self.accept()


class ReferralDialog(QDialog):
    """Write a referral letter for the client's case (opened with ``open()``)."""

    created = Signal(object)  # ReferralRow

    def __init__(
        self,
        context: UnlockedContext,
        client_id: int,
        case_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.services.referrals
        self.client_id = client_id
        self.case_id = case_id
        self.partners: list[PartnerRow] = []
        self.last_check: ReferralCheck | None = None
        self.text_edited = False
        self.child: QWidget | None = None
        self.offer: QMessageBox | None = None
        self.previews = PreviewFolder(self)
        self.number, name = self.service.client_label(client_id)
        # The number only in the title: titles show in task bars and screen sharing.
        self.setWindowTitle(self.tr("Weiterleitung – Akte {number}").format(number=self.number))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.refresh_check)

        self.who = QLabel(
            self.tr("Ratsuchende/r: {name} · Akte {number}").format(name=name, number=self.number),
            self,
        )
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.partner = QComboBox(self)
        self.partner.setAccessibleName(self.tr("Stelle"))
        self.partner.currentIndexChanged.connect(self._partner_changed)
        self.contact = QComboBox(self)
        self.contact.currentIndexChanged.connect(self._changed)
        self.purpose = QComboBox(self)
        self.purpose.setEditable(True)
        self.purpose.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for purpose in PURPOSES:
            self.purpose.addItem(purpose.text)
        self.purpose.setCurrentIndex(-1)
        self.purpose.setPlaceholderText(self.tr("Zweck wählen oder eingeben"))
        self.purpose.currentTextChanged.connect(self._purpose_changed)
        self.data = QListWidget(self)
        self.data.setAccessibleName(self.tr("Angaben im Schreiben"))
        for item in DATA_ITEMS:
            entry = QListWidgetItem(item.label)
            entry.setData(CODE_ROLE, item.code)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.data.addItem(entry)
        self.data.itemChanged.connect(self._changed)
        self.subject = QLineEdit(self)
        self.subject.textEdited.connect(self._text_changed)
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)
        self.body.textChanged.connect(self._body_changed)
        self.template_button = QPushButton(self.tr("&Vorlage neu laden"), self)
        self.template_button.setToolTip(
            self.tr("Text aus der Vorlage der gewählten Stelle übernehmen")
        )
        self.template_button.clicked.connect(self.load_template)

        self.consent = Banner("info", self)
        self.print_release = QPushButton(self.tr("Entbindungsformular &drucken …"), self)
        self.print_release.clicked.connect(self.print_release_form)
        self.save_release = QPushButton(self.tr("Formular als PDF s&peichern …"), self)
        self.save_release.clicked.connect(self.save_release_form)
        self.record_release = QPushButton(self.tr("Unterschriebene Entbindung er&fassen …"), self)
        self.record_release.clicked.connect(self.open_record_release)
        self.problems = Banner("warning", self)
        self.notes = Banner("info", self)
        self.override = QCheckBox(
            self.tr("&Notfall: ohne Schweigepflichtentbindung weiterleiten"), self
        )
        self.override.toggled.connect(self._override_toggled)
        self.override_reason = QPlainTextEdit(self)
        self.override_reason.setPlaceholderText(
            self.tr(
                "Begründung (mindestens {count} Zeichen): Was ist der Notfall, und warum kann "
                "die Entbindung nicht vorher eingeholt werden? Die Begründung wird gespeichert "
                "und protokolliert."
            ).format(count=MIN_OVERRIDE_REASON)
        )
        self.override_reason.setFixedHeight(self.override_reason.fontMetrics().height() * 3 + 14)
        self.override_reason.setTabChangesFocus(True)
        self.override_reason.textChanged.connect(self._update_buttons)
        self.override_reason.hide()

        self.buttons = QDialogButtonBox(self)
        self.preview_button = self.buttons.addButton(
            self.tr("V&orschau …"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.preview_button.clicked.connect(self.preview)
        self.create_button = self.buttons.addButton(
            self.tr("Schreiben &erstellen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.create_letter)
        self.buttons.rejected.connect(self.reject)
        self.error = Banner("error", self)

        self._build_layout()
        self.load_partners()
        self.resize(1060, 760)
        fit_to_screen(self)  # 200 % on a small screen: not larger than it

    # --- layout ----------------------------------------------------------------------------

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Stelle:"), self.partner)
        form.addRow(self.tr("Ansprech&person:"), self.contact)
        form.addRow(self.tr("&Zweck:"), self.purpose)
        data_box = QGroupBox(self.tr("Angaben im Schreiben"), self)
        data_layout = QVBoxLayout(data_box)
        data_layout.addWidget(
            hint(
                self.tr(
                    "Der Name steht immer im Schreiben. Angehakt ist nur, was der Zweck "
                    "braucht – geben Sie nicht mehr weiter als nötig."
                ),
                data_box,
            )
        )
        data_layout.addWidget(self.data, 1)
        self.data.setMinimumHeight(self.data.sizeHintForRow(0) * 8 if self.data.count() else 120)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.who)
        left_layout.addLayout(form)
        left_layout.addWidget(data_box, 1)

        text_box = QGroupBox(self.tr("Text des Schreibens"), self)
        text_form = QFormLayout()
        text_form.addRow(self.tr("&Betreff:"), self.subject)
        body_label = QLabel(self.tr("&Text:"), text_box)
        body_label.setBuddy(self.body)
        text_layout = QVBoxLayout(text_box)
        text_layout.addLayout(text_form)
        text_layout.addWidget(body_label)
        text_layout.addWidget(self.body, 1)
        template_row = QHBoxLayout()
        template_row.addWidget(
            hint(self.tr("Platzhalter wie {Name} werden beim Erstellen ausgefüllt."), text_box), 1
        )
        template_row.addWidget(self.template_button)
        text_layout.addLayout(template_row)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(text_box)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 680])

        release_row = QHBoxLayout()
        release_row.addWidget(self.print_release)
        release_row.addWidget(self.save_release)
        release_row.addWidget(self.record_release)
        release_row.addStretch(1)
        status = QWidget(self)
        status_layout = QVBoxLayout(status)
        status_layout.setContentsMargins(0, 0, 0, 0)
        status_layout.addWidget(self.consent)
        status_layout.addLayout(release_row)
        status_layout.addWidget(self.override)
        status_layout.addWidget(self.override_reason)
        status_layout.addWidget(self.problems)
        status_layout.addWidget(self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # --- inputs ----------------------------------------------------------------------------

    def load_partners(self) -> None:
        try:
            self.partners = self.context.services.partners.search(PartnerQuery())
        except UserError as error:
            self.error.show_message(error.message, "error")
            self.partners = []
        self.partner.blockSignals(True)
        self.partner.clear()
        for row in self.partners:
            place = f", {row.city}" if row.city else ""
            self.partner.addItem(
                f"{row.name} – {catalogue_text(row.category_label)}{place}", row.id
            )
        self.partner.setCurrentIndex(-1)
        self.partner.blockSignals(False)
        if not self.partners:
            self.partner.setPlaceholderText(self.tr("Noch keine Netzwerkpartner erfasst"))
            self.error.show_message(
                self.tr(
                    "Im Netzwerk ist noch keine Stelle erfasst. Legen Sie sie unter „Netzwerk“ an "
                    "(oder importieren Sie ein Verzeichnis) und öffnen Sie die Weiterleitung dann "
                    "erneut."
                ),
                "info",
            )
        else:
            self.partner.setPlaceholderText(self.tr("Stelle wählen"))
        self.refresh_check()

    def selected_partner(self) -> PartnerRow | None:
        partner_id = self.partner.currentData()
        return next((row for row in self.partners if row.id == partner_id), None)

    def select_partner(self, partner_id: int) -> bool:
        index = self.partner.findData(partner_id)
        if index >= 0:
            self.partner.setCurrentIndex(index)
        return index >= 0

    def _partner_changed(self, _index: int) -> None:
        partner = self.selected_partner()
        self.contact.blockSignals(True)
        self.contact.clear()
        self.contact.addItem(self.tr("(keine bestimmte Person)"), None)
        if partner is not None:
            try:
                for person in self.context.services.partners.detail(partner.id).people:
                    role = f" ({person.role})" if person.role else ""
                    self.contact.addItem(f"{person.name}{role}", person.id)
            except UserError as error:
                self.error.show_message(error.message, "error")
        self.contact.blockSignals(False)
        if partner is not None and not self.text_edited:
            self.load_template()
        self._changed()

    def load_template(self) -> None:
        partner = self.selected_partner()
        template = self.service.template_for(partner.category if partner else "")
        self.subject.setText(template.subject)
        self.body.blockSignals(True)
        self.body.setPlainText(template.body)
        self.body.blockSignals(False)
        self.text_edited = False
        self._changed()

    def _purpose_changed(self, text: str) -> None:
        needed = set(purpose_data(text))
        if needed:
            # A known purpose ticks what it needs — and only that (data minimisation).
            self.data.blockSignals(True)
            for row in range(self.data.count()):
                item = self.data.item(row)
                checked = item.data(CODE_ROLE) in needed
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.data.blockSignals(False)
        self._changed()

    def set_checked(self, code: str, checked: bool) -> None:
        for row in range(self.data.count()):
            item = self.data.item(row)
            if item.data(CODE_ROLE) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked_codes(self) -> tuple[str, ...]:
        return tuple(
            str(self.data.item(row).data(CODE_ROLE))
            for row in range(self.data.count())
            if self.data.item(row).checkState() == Qt.CheckState.Checked
        )

    def _text_changed(self, *_args: object) -> None:
        self.text_edited = True
        self._timer.start()

    def _body_changed(self) -> None:
        self._text_changed()

    def _changed(self, *_args: object) -> None:
        self._timer.start()

    def _override_toggled(self, on: bool) -> None:
        self.override_reason.setVisible(on)
        if on:
            self.override_reason.setFocus()
        self._update_buttons()

    def draft(self) -> ReferralDraft | None:
        partner = self.selected_partner()
        if partner is None:
            return None
        return ReferralDraft(
            client_id=self.client_id,
            case_id=self.case_id,
            partner_id=partner.id,
            purpose=self.purpose.currentText(),
            data=self.checked_codes(),
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            contact_person_id=self.contact.currentData(),
            override_reason=(
                self.override_reason.toPlainText() if self.override.isChecked() else ""
            ),
        )

    # --- the check -------------------------------------------------------------------------

    def refresh_check(self) -> None:
        self._timer.stop()
        draft = self.draft()
        self.last_check = None
        if draft is None or not draft.purpose.strip():
            self.consent.show_message(
                self.tr("Wählen Sie die Stelle und den Zweck der Weiterleitung."), "info"
            )
            self.problems.clear()
            self.notes.clear()
            self._update_buttons()
            return
        try:
            check = self.service.check(draft)
        except UserError as error:
            self.consent.show_message(error.message, "error")
            self.problems.clear()
            self._update_buttons()
            return
        self.last_check = check
        if check.consent_ok and check.release is not None:
            until = (
                self.tr(", gültig bis {date}").format(
                    date=format_date_de(check.release.valid_until)
                )
                if check.release.valid_until
                else ""
            )
            self.consent.show_message(
                self.tr(
                    "Schweigepflichtentbindung vom {date}{until}: deckt Stelle, Zweck und die "
                    "angehakten Angaben."
                ).format(date=format_date_de(check.release.given_on), until=until),
                "success",
            )
        else:
            self.consent.show_message(display(check.release_problem), "error")
        problems = [
            display(text) for text in (*check.template_problems, *check.unprintable, *check.missing)
        ]
        if problems:
            self.problems.show_message(
                self.tr("Vor dem Erstellen zu klären:") + "\n• " + "\n• ".join(problems), "warning"
            )
        else:
            self.problems.clear()
        if check.notes:
            self.notes.show_message("\n".join(display(text) for text in check.notes), "info")
        else:
            self.notes.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        check = self.last_check
        blocked = check is not None and not check.consent_ok
        for button in (self.print_release, self.save_release, self.record_release):
            button.setVisible(blocked)
        self.override.setVisible(blocked)
        self.override_reason.setVisible(blocked and self.override.isChecked())
        letter_ok = check is not None and check.letter_ok
        consent_ok = check is not None and (
            check.consent_ok
            or (
                self.override.isChecked()
                and len(self.override_reason.toPlainText().strip()) >= MIN_OVERRIDE_REASON
            )
        )
        self.preview_button.setEnabled(letter_ok)
        self.create_button.setEnabled(letter_ok and consent_ok)

    # --- actions ---------------------------------------------------------------------------

    def preview(self) -> None:
        self.refresh_check()
        draft = self.draft()
        if draft is None:
            return
        try:
            data = self.service.preview(draft)
            self.previews.open(f"Vorschau-Weiterleitung-{self.number}", data)
        except UserError as error:
            self.error.show_message(error.message, "error")

    def release_input(self) -> ReleaseInput | None:
        partner = self.selected_partner()
        if partner is None:
            return None
        return ReleaseInput(
            client_id=self.client_id,
            partner_id=partner.id,
            partner_category=partner.category,
            purpose=self.purpose.currentText(),
            data=self.checked_codes(),
            given_on=None,
            valid_until=None,
        )

    def _release_pdf(self) -> bytes:
        release = self.release_input()
        if release is None:
            raise UserError(self.tr("Bitte zuerst die Stelle wählen."))
        return self.service.release_form(release)

    def print_release_form(self) -> None:
        self.child = print_pdf(
            self, self.tr("Schweigepflichtentbindung drucken"), self._release_pdf
        )

    def save_release_form(self) -> None:
        self.child = save_pdf_copy(
            self,
            self.tr("Schweigepflichtentbindung als PDF speichern"),
            f"Schweigepflichtentbindung-{self.number}",
            self._release_pdf,
        )

    def open_record_release(self) -> RecordReleaseDialog | None:
        release = self.release_input()
        partner = self.selected_partner()
        if release is None or partner is None:
            return None
        labels = [item.label for item in DATA_ITEMS if item.code in release.data]
        dialog = RecordReleaseDialog(self.context, release, partner, labels, self)
        dialog.recorded.connect(lambda _view: self.refresh_check())
        self.child = dialog
        dialog.open()
        return dialog

    def create_letter(self) -> None:
        self.refresh_check()
        draft = self.draft()
        if draft is None:
            return
        try:
            row = self.service.create(draft)
        except ValidationError as error:
            self.error.show_message(error.message, "error")
            if error.field == "override_reason":
                self.override_reason.setFocus()
            return  # every input stays
        except UserError as error:
            self.error.show_message(error.message, "error")
            return
        self.context.events.announce("referrals", "follow_ups")
        self.created.emit(row)
        self.accept()
        # Not parented to this dialog: it is closed and deleted now.
        self.offer = offer_letter(self.parentWidget(), self.context, row)


def offer_letter(parent: QWidget | None, context: UnlockedContext, row: ReferralRow) -> QMessageBox:
    """After creating: print the letter or save a copy right away (non-blocking)."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("ReferralDialog", "Weiterleitung gespeichert"),
        QCoreApplication.translate(
            "ReferralDialog",
            "Das Schreiben an „{partner}“ ist verschlüsselt gespeichert und die Weitergabe "
            "festgehalten. Sie finden es in der Akte unter „Weiterleitungen“.",
        ).format(partner=row.partner_name),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    print_button = box.addButton(
        QCoreApplication.translate("ReferralDialog", "&Drucken …"),
        QMessageBox.ButtonRole.ActionRole,
    )
    save_button = box.addButton(
        QCoreApplication.translate("ReferralDialog", "&Kopie speichern …"),
        QMessageBox.ButtonRole.ActionRole,
    )
    close = box.addButton(
        QCoreApplication.translate("ReferralDialog", "Schließen"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def clicked(button: object) -> None:
        if button is print_button:
            print_pdf(
                parent,
                QCoreApplication.translate("ReferralDialog", "Weiterleitungsschreiben drucken"),
                lambda: context.services.referrals.letter(row.id, "print"),
            )
        elif button is save_button:
            save_pdf_copy(
                parent,
                QCoreApplication.translate("ReferralDialog", "Weiterleitungsschreiben speichern"),
                f"Weiterleitung-{row.client_number}",
                lambda: context.services.referrals.letter(row.id),
            )

    box.buttonClicked.connect(clicked)
    box.open()
    return box


__all__ = ["RecordReleaseDialog", "ReferralDialog", "offer_letter"]
