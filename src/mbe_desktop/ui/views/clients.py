"""Ratsuchende: the list of clients and their cases."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mbe_desktop.ui.views.base import EmptyState, ViewPage


class ClientsView(ViewPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = EmptyState(
            self.tr("Ratsuchende und Beratungsfälle"),
            self.tr(
                "Hier finden Sie alle Ratsuchenden mit ihren Beratungsfällen – zu suchen nach "
                "Name oder Geburtsdatum, zu filtern nach Fallstatus und Case Management. Zu "
                "jeder Person sehen Sie Kontakte, Kooperationsvereinbarung, Wiedervorlagen "
                "und Weiterleitungen."
            ),
            self.tr(
                "Eine Person legen Sie beim ersten Beratungsgespräch an. Mitberatene "
                "Familienangehörige werden im Fall der Hauptperson erfasst und in der "
                "Statistik getrennt gezählt."
            ),
            self,
        )
        self.set_body(self.empty)

    def view_title(self) -> str:
        return self.tr("Ratsuchende")
