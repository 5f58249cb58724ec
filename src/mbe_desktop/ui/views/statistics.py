"""Statistik: the impact figures of a period, each with a small chart and how it is counted,
and the anonymised export for the provider (wizard with preview).

Counting runs on the task runner (about 1.5 s for a year at 50,000 clients). The figures are
reloaded lazily: a change of stored data only marks them stale, and they are counted again
when the view is next shown (or at once while it is visible).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain.errors import UserError
from mbe_desktop.domain.periods import Period
from mbe_desktop.domain.statistics import SPECS_BY_NAME, CountTable
from mbe_desktop.services.statistics import Figures, StatisticsService, shares
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.crash import report_bug
from mbe_desktop.ui.statistics.charts import Bar, FigureCard, Tile, number, percent
from mbe_desktop.ui.statistics.period_picker import PeriodPicker
from mbe_desktop.ui.views.base import ViewPage
from mbe_desktop.ui.widgets.common import Banner, BusyIndicator

log = logging.getLogger(__name__)

# Data topics that change figures (see ui.context.TOPICS).
RELEVANT_TOPICS = frozenset({"clients", "cases", "contacts", "plans", "referrals"})
TOP_NATIONALITIES = 10


def statistics_service(context: UnlockedContext) -> StatisticsService:
    """The statistics service of the unlocked store (``Services.statistics`` once it exists)."""
    existing = getattr(context.services, "statistics", None)
    if isinstance(existing, StatisticsService):
        return existing
    return StatisticsService(context.services.store)


def _bars(table: CountTable, *, skip_zero: bool = True, column: int | None = None) -> list[Bar]:
    bars = []
    for index, (_code, label) in enumerate(table.rows):
        row = table.cells[index]
        values = (row[column],) if column is not None else tuple(row)
        if skip_zero and not any(values):
            continue
        bars.append(Bar(label, values))
    return bars


class StatisticsView(ViewPage):
    def __init__(
        self,
        context: UnlockedContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.service = statistics_service(context)
        self.figures: Figures | None = None
        self.stale = True
        self.loading = False
        self.wizard: QWidget | None = None

        body = QWidget(self)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)
        bar = QHBoxLayout()
        self.picker = PeriodPicker(today, body)
        self.picker.changed.connect(self.reload)
        self.export_button = QPushButton(self.tr("Anonymisierten &Export …"), body)
        self.export_button.setToolTip(
            self.tr(
                "Zahlen für den Träger als .zip speichern – mit Vorschau, was die Datei enthält"
            )
        )
        self.export_button.clicked.connect(self.open_export)
        bar.addWidget(self.picker, 1)
        bar.addWidget(self.export_button)
        outer.addLayout(bar)
        self.notice = Banner("info", body)
        outer.addWidget(self.notice)
        self.busy = BusyIndicator(body)
        outer.addWidget(self.busy)

        self.content = QWidget(body)
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 8, 0)
        content.setSpacing(12)
        tiles = QGridLayout()
        tiles.setSpacing(10)
        self.tiles = {
            "clients": Tile(
                self.tr("Ratsuchende"), SPECS_BY_NAME["clients_by_gender_age"].counting
            ),
            "cases": Tile(self.tr("betreute Fälle"), SPECS_BY_NAME["overview"].counting),
            "family": Tile(
                self.tr("mitberatene Familienangehörige"),
                self.tr("Summe über die betreuten Fälle, getrennt von den Fällen gezählt."),
            ),
            "new_immigrants": Tile(
                self.tr("Neuzugewanderte (unter 3 Jahren)"),
                SPECS_BY_NAME["clients_by_arrival"].counting,
            ),
            "aged_27_to_65": Tile(
                self.tr("im Alter von 27 bis 65"),
                self.tr("Anteil an den Ratsuchenden mit bekanntem Alter."),
            ),
            "case_management": Tile(
                self.tr("Anteil Case Management"), SPECS_BY_NAME["cases_by_form"].counting
            ),
            "regular_closures_cm": Tile(
                self.tr("reguläre Abschlüsse im Case Management"),
                SPECS_BY_NAME["closures_by_type_form"].counting,
            ),
        }
        for index, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, index // 4, index % 4)
        content.addLayout(tiles)

        def card(key: str, title: str | None = None, counting: str | None = None) -> FigureCard:
            spec = SPECS_BY_NAME.get(key)
            return FigureCard(
                title or (spec.title if spec else key),
                counting or (spec.counting if spec else ""),
                self.content,
            )

        self.cards: dict[str, FigureCard] = {
            "overview": card("overview", self.tr("Fälle und mitberatene Familienangehörige")),
            "arrival": card("clients_by_arrival"),
            "age": card("clients_by_gender_age", self.tr("Altersgruppen")),
            "gender": card("clients_by_gender_age", self.tr("Geschlecht")),
            "nationality": card(
                "clients_by_nationality",
                self.tr("Häufigste Staatsangehörigkeiten"),
                self.tr(
                    "Erste Staatsangehörigkeit. Gelöschte Ratsuchende sind nur mit ihrer "
                    "Weltregion erfasst."
                ),
            ),
            "residence": card("clients_by_residence_status"),
            "forms": card("cases_by_form"),
            "contacts": card("contacts_by_form"),
            "outreach": card(
                "outreach",
                self.tr("Außensprechstunden nach Ort"),
                self.tr("Kontakte in der Außensprechstunde mit Datum im Zeitraum, je Ort."),
            ),
            "fields": card("cases_by_field_of_action"),
            "referrals": card("referrals_by_partner_category"),
            "closures": card("closures_by_type_form"),
            "goals": card("goals_by_field_attainment"),
            "how_found": card("clients_by_how_found"),
            "german": card("outcome_german_level"),
            "employment": card("outcome_employment"),
            "benefits": card("outcome_benefits"),
            "course": card("outcome_course_status"),
        }
        grid = QGridLayout()
        grid.setSpacing(12)
        for index, widget in enumerate(self.cards.values()):
            grid.addWidget(widget, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        content.addLayout(grid)
        content.addStretch(1)
        scroll_host = QWidget(body)
        host_layout = QVBoxLayout(scroll_host)
        host_layout.setContentsMargins(0, 0, 0, 0)
        host_layout.addWidget(self.content)
        self.scroll_area = QScrollArea(body)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(scroll_host)
        outer.addWidget(self.scroll_area, 1)
        self.set_body(body)
        context.events.changed.connect(self._data_changed)

    @classmethod
    def view_title(cls) -> str:
        return QCoreApplication.translate("StatisticsView", "Statistik")

    # --- loading -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

    def _data_changed(self, topics: frozenset[str]) -> None:
        if topics & RELEVANT_TOPICS:
            self.stale = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        chosen = self.picker.try_period()
        if isinstance(chosen, UserError):
            self.notice.show_message(chosen.message, "error")
            return
        if self.loading:
            self._pending = True
            return
        self.stale = False
        self.loading = True
        self._pending = False
        self.notice.clear()
        self.busy.start(
            self.tr("Die Zahlen für {period} werden gezählt …").format(
                period=chosen.display_label()
            )
        )
        service = self.service
        self.context.runner.run(lambda: service.figures(chosen), self._loaded, self._failed)

    def _finish_loading(self) -> bool:
        self.loading = False
        self.busy.stop()
        if getattr(self, "_pending", False):
            self.reload()
            return False
        return True

    def _loaded(self, figures: Figures) -> None:
        if not self._finish_loading():
            return
        self.show_figures(figures)

    def _failed(self, error: BaseException) -> None:
        if not self._finish_loading():
            return
        if isinstance(error, UserError):
            self.notice.show_message(error.message, "error")
        else:
            self.notice.show_message(self.tr("Die Zahlen konnten nicht gezählt werden."), "error")
            report_bug(error)

    # --- showing -------------------------------------------------------------------------

    def show_figures(self, figures: Figures) -> None:
        self.figures = figures
        notes = []
        if figures.empty:
            notes.append(
                self.tr("Für {period} ist nichts dokumentiert.").format(
                    period=figures.period.display_label()
                )
            )
        if figures.retained_cases:
            notes.append(
                self.tr(
                    "Enthalten sind {count} Fälle bereits gelöschter Ratsuchender (nur ihre "
                    "statistischen Merkmale sind erhalten)."
                ).format(count=number(figures.retained_cases))
            )
        if figures.retained_partial:
            notes.append(
                self.tr(
                    "Kontakte und Weiterleitungen einiger gelöschter Fälle sind für diesen "
                    "Zeitraum nicht erhalten und fehlen hier (erhalten sind sie für Jahre und "
                    "Halbjahre, bei neueren Löschungen auch für Quartale)."
                )
            )
        if notes:
            self.notice.show_message(" ".join(notes), "info")
        part = shares(figures)
        t = self.tiles
        t["clients"].set_value(number(figures.clients))
        t["cases"].set_value(
            number(figures.cases),
            self.tr("davon neu: {new}").format(new=number(figures.measure("cases_new"))),
        )
        t["family"].set_value(number(figures.measure("family_members")))
        for key in ("new_immigrants", "aged_27_to_65", "case_management", "regular_closures_cm"):
            share, whole = part[key]
            t[key].set_value(
                percent(share, whole),
                self.tr("{part} von {whole}").format(part=number(share), whole=number(whole)),
            )
        self._fill_cards(figures, part)

    def _fill_cards(self, figures: Figures, part: Mapping[str, tuple[int, int]]) -> None:
        c = self.cards
        overview = figures.table("overview")
        c["overview"].chart.set_data(
            [
                Bar(label, overview.cells[i])
                for i, (code, label) in enumerate(overview.rows)
                if code in ("cases", "cases_new", "cases_closed", "family_members")
            ]
        )
        c["overview"].set_headline(
            self.tr("{cases} Fälle von {clients} Ratsuchenden").format(
                cases=number(figures.cases), clients=number(figures.clients)
            )
        )
        arrival = figures.table("clients_by_arrival")
        c["arrival"].chart.set_data(_bars(arrival))
        share, whole = part["new_immigrants"]
        c["arrival"].set_headline(
            self.tr(
                "{share} bis unter 3 Jahre in Deutschland (von {whole} mit bekannter Einreise)"
            ).format(share=percent(share, whole), whole=number(whole))
        )
        ages = figures.table("clients_by_gender_age")
        c["age"].chart.set_data(
            [
                Bar(label, (ages.column_total(i),))
                for i, (_code, label) in enumerate(ages.columns)
                if ages.column_total(i)
            ]
        )
        share, whole = part["aged_27_to_65"]
        c["age"].set_headline(
            self.tr("{share} im Alter von 27 bis 65").format(share=percent(share, whole))
        )
        c["gender"].chart.set_data(
            [
                Bar(label, (ages.row_total(i),))
                for i, (_code, label) in enumerate(ages.rows)
                if ages.row_total(i)
            ]
        )
        nationality = figures.table("clients_by_nationality")
        bars = _bars(nationality)
        rest = sum(bar.values[0] for bar in bars[TOP_NATIONALITIES:])
        top = bars[:TOP_NATIONALITIES]
        if rest:
            top.append(Bar(self.tr("übrige"), (rest,)))
        c["nationality"].chart.set_data(top)
        c["residence"].chart.set_data(_bars(figures.table("clients_by_residence_status")))
        forms = figures.table("cases_by_form")
        c["forms"].chart.set_data(_bars(forms))
        share, whole = part["case_management"]
        c["forms"].set_headline(
            self.tr("Case-Management-Anteil: {share}").format(share=percent(share, whole))
        )
        contacts = figures.table("contacts_by_form")
        c["contacts"].chart.set_data(_bars(contacts))
        interpreter = figures.table("contacts_by_interpreter")
        with_interpreter = interpreter.get("with_interpreter")
        c["contacts"].set_headline(
            self.tr("{count} Kontakte, davon {share} mit Sprachmittlung").format(
                count=number(contacts.total), share=percent(with_interpreter, interpreter.total)
            )
        )
        c["outreach"].chart.set_data(
            [Bar(name, (count,)) for name, count in figures.outreach_places]
        )
        c["fields"].chart.set_data(_bars(figures.table("cases_by_field_of_action")))
        c["referrals"].chart.set_data(_bars(figures.table("referrals_by_partner_category")))
        closures = figures.table("closures_by_type_form")
        c["closures"].chart.set_data(_bars(closures), [label for _code, label in closures.columns])
        share, whole = part["regular_closures"]
        cm_share, cm_whole = part["regular_closures_cm"]
        c["closures"].set_headline(
            self.tr(
                "regulär abgeschlossen: {all} aller Abschlüsse, {cm} im Case Management"
            ).format(all=percent(share, whole), cm=percent(cm_share, cm_whole))
        )
        goals = figures.table("goals_by_field_attainment")
        achieved = [code for code, _ in goals.columns].index("achieved")
        c["goals"].chart.set_data(
            [
                Bar(label, (goals.row_total(i), goals.cells[i][achieved]))
                for i, (_code, label) in enumerate(goals.rows)
                if goals.row_total(i)
            ],
            [self.tr("Ziele"), self.tr("davon erreicht")],
        )
        c["how_found"].chart.set_data(_bars(figures.table("clients_by_how_found")))
        situation = [self.tr("bei Aufnahme"), self.tr("bei Abschluss")]
        for key, name in (
            ("german", "outcome_german_level"),
            ("employment", "outcome_employment"),
            ("benefits", "outcome_benefits"),
            ("course", "outcome_course_status"),
        ):
            c[key].chart.set_data(_bars(figures.table(name)), situation)
        change = figures.table("outcome_german_level_change")
        c["german"].set_headline(
            self.tr("verbessert: {better} · unverändert: {same} · verschlechtert: {worse}").format(
                better=number(change.get("improved")),
                same=number(change.get("unchanged")),
                worse=number(change.get("declined")),
            )
        )

    # --- export --------------------------------------------------------------------------

    def current_period(self) -> Period | None:
        chosen = self.picker.try_period()
        return None if isinstance(chosen, UserError) else chosen

    def open_export(self) -> None:
        from mbe_desktop.ui.statistics.export_wizard import ExportWizard

        wizard = ExportWizard(self.context, self.service, self.current_period(), self.window())
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.destroyed.connect(lambda _obj=None: setattr(self, "wizard", None))
        self.wizard = wizard
        wizard.open()
