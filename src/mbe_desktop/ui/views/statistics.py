"""Statistik: anonymised counts for the provider's reports."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mbe_desktop.ui.views.base import EmptyState, ViewPage


class StatisticsView(ViewPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = EmptyState(
            self.tr("Anonymisierte Statistik"),
            self.tr(
                "Hier entstehen die Zahlen für Sachbericht und Trägerstatistik aus der "
                "laufenden Dokumentation, ohne zweite Erfassung: Ratsuchende nach Altersgruppe "
                "und Aufenthaltsdauer, Fälle mit Case Management, Handlungsfelder, Abschlüsse "
                "und Zielerreichung – für das Jahr oder das erste Halbjahr bis Ende Juni."
            ),
            self.tr(
                "Kleine Zahlen werden unterdrückt. Der Export enthält keine Namen, Daten oder "
                "Beschreibungen einzelner Personen."
            ),
            self,
        )
        self.set_body(self.empty)

    def view_title(self) -> str:
        return self.tr("Statistik")
