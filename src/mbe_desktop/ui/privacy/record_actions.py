"""Data-protection actions inside the client record (Akte).

``install`` adds to a :class:`ClientRecordPage`: a red banner while the consent to data
processing is withdrawn, a button "Einwilligungen …" (list and withdrawal) and a button
"Auskunft (Art. 15) …" (passphrase again, then PDF + JSON into a chosen folder).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QPushButton, QWidget

from mbe_desktop.domain.errors import UserError
from mbe_desktop.domain.formatting import format_date_de
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.privacy.access_request import start_access_request
from mbe_desktop.ui.privacy.consents import ConsentsDialog
from mbe_desktop.ui.widgets.common import Banner


class RecordPrivacyActions(QObject):
    def __init__(
        self,
        record: QWidget,
        context: UnlockedContext,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(record)
        self.record = record
        self.context = context
        self.today = today
        self.consents_dialog: ConsentsDialog | None = None
        self.banner = Banner("error", record)
        self.banner.setObjectName("consent_withdrawn_banner")
        self.consents_button = QPushButton(self.tr("Ein&willigungen …"), record)
        self.consents_button.setToolTip(
            self.tr("Einwilligungen und Schweigepflichtentbindungen ansehen oder widerrufen")
        )
        self.consents_button.clicked.connect(self.open_consents)
        self.access_button = QPushButton(self.tr("Au&skunft (Art. 15) …"), record)
        self.access_button.setToolTip(
            self.tr("Auskunft nach Art. 15 DSGVO: alle gespeicherten Daten als PDF und JSON")
        )
        self.access_button.clicked.connect(self.request_access_report)
        layout = record.layout()
        if isinstance(layout, QBoxLayout):
            first = layout.itemAt(0) if layout.count() else None
            top = first.layout() if first is not None else None
            if isinstance(top, QBoxLayout):
                top.addWidget(self.consents_button)
                top.addWidget(self.access_button)
            else:
                layout.addWidget(self.consents_button)
                layout.addWidget(self.access_button)
            layout.insertWidget(min(2, layout.count()), self.banner)
        # Tab: the buttons of the top row together, not after the last field of the record.
        before = getattr(record, "follow_up_button", None) or getattr(record, "back_button", None)
        if isinstance(before, QWidget):
            QWidget.setTabOrder(before, self.consents_button)
            QWidget.setTabOrder(self.consents_button, self.access_button)

    def client_id(self) -> int | None:
        detail = getattr(self.record, "detail", None)
        return getattr(detail, "id", None)

    def client_number(self) -> str:
        detail = getattr(self.record, "detail", None)
        return str(getattr(detail, "number", ""))

    def refresh(self, _detail: object = None) -> None:
        """Show the banner while the GDPR consent is withdrawn (called when a client shows)."""
        client_id = self.client_id()
        withdrawn = None
        if client_id is not None:
            try:
                withdrawn = self.context.services.privacy.gdpr_consent_withdrawn(client_id)
            except UserError:
                withdrawn = None
        if withdrawn is None:
            self.banner.clear()
            return
        self.banner.show_message(
            self.tr(
                "Einwilligung widerrufen am {date}: Die Daten dieser Person dürfen nur noch "
                "gespeichert bleiben, soweit eine andere Rechtsgrundlage besteht. Keine "
                "Weiterleitungen; prüfen Sie, ob die Akte zu löschen ist."
            ).format(date=format_date_de(withdrawn))
        )

    def open_consents(self) -> ConsentsDialog | None:
        client_id = self.client_id()
        if client_id is None:
            return None
        dialog = ConsentsDialog(
            self.context.services,
            client_id,
            self.client_number(),
            self.record.window(),
            today=self.today,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.refresh)
        dialog.destroyed.connect(self._consents_gone)
        self.consents_dialog = dialog
        dialog.open()
        return dialog

    def _consents_gone(self) -> None:
        self.consents_dialog = None

    def request_access_report(self) -> QWidget | None:
        client_id = self.client_id()
        if client_id is None:
            return None
        return start_access_request(
            self.record.window(), self.context.services, client_id, runner=self.context.runner
        )


def install(record: QWidget, context: UnlockedContext) -> RecordPrivacyActions:
    """Add the actions to ``record``; connect its ``client_shown`` signal if it has one."""
    actions = RecordPrivacyActions(record, context)
    signal = getattr(record, "client_shown", None)
    if signal is not None:
        signal.connect(actions.refresh)
    return actions
