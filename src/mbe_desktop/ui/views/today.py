"""Heute: what is due today (follow-ups, appointments, steps whose deadline has come)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mbe_desktop.ui.views.base import EmptyState, ViewPage


class TodayView(ViewPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = EmptyState(
            self.tr("Ihr Arbeitstag auf einen Blick"),
            self.tr(
                "Hier erscheinen jeden Tag die fälligen Wiedervorlagen, die heutigen Termine "
                "und die Schritte aus Kooperationsvereinbarungen, deren Frist erreicht ist – "
                "Überfälliges zuerst."
            ),
            self.tr(
                "So beginnen Sie: Prüfen Sie unter „Einstellungen“ (Strg+5) die Angaben Ihrer "
                "Beratungsstelle. Sie erscheinen im Briefkopf Ihrer Schreiben und auf dem "
                "Notfallblatt."
            ),
            self,
        )
        self.set_body(self.empty)

    def view_title(self) -> str:
        return self.tr("Heute")
