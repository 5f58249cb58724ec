"""Netzwerk: partners the counsellor refers clients to."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mbe_desktop.ui.views.base import EmptyState, ViewPage


class NetworkView(ViewPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = EmptyState(
            self.tr("Netzwerkpartner"),
            self.tr(
                "Hier pflegen Sie die Stellen, an die Sie Ratsuchende weiterleiten – "
                "Jobcenter, Ausländerbehörde, Integrationskursträger, Anerkennungsberatung, "
                "Schuldnerberatung und andere – mit Ansprechpersonen, Erreichbarkeit und den "
                "Weiterleitungen, die an sie gingen."
            ),
            self.tr(
                "Gibt eine Weiterleitung personenbezogene Daten weiter, braucht sie vorher eine "
                "schriftliche Schweigepflichtentbindung der oder des Ratsuchenden."
            ),
            self,
        )
        self.set_body(self.empty)

    def view_title(self) -> str:
        return self.tr("Netzwerk")
