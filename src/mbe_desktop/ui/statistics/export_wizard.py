"""The export wizard: period and threshold → preview of exactly what leaves the laptop →
target file → written (counting and writing run on the task runner)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mbe_desktop.domain.errors import UserError
from mbe_desktop.domain.formatting import WITHHELD_MARK, format_count
from mbe_desktop.domain.messages import display
from mbe_desktop.domain.periods import Period
from mbe_desktop.domain.statistics import MINIMUM_THRESHOLD, PublishedTable
from mbe_desktop.services.settings import STATISTICS_THRESHOLD
from mbe_desktop.services.statistics import (
    ExportPreview,
    ExportResult,
    StatisticsService,
    default_file_name,
    format_previous,
)
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.crash import report_bug
from mbe_desktop.ui.statistics.period_picker import PeriodPicker
from mbe_desktop.ui.texts import catalogue_text
from mbe_desktop.ui.widgets.common import Banner, BusyIndicator, hint
from mbe_desktop.ui.widgets.reauth import ReauthDialog, ask_passphrase_again
from mbe_desktop.ui.widgets.screen_fit import fit_to_screen

PERIOD_PAGE, PREVIEW_PAGE, TARGET_PAGE, DONE_PAGE = range(4)


def _failure(page: QWidget, banner: Banner, error: BaseException, what: str) -> None:
    if isinstance(error, UserError):
        banner.show_message(error.message, "error")
    else:
        banner.show_message(what, "error")
        report_bug(error)


class PeriodPage(QWizardPage):
    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Zeitraum wählen"))
        self.setSubTitle(
            self.tr(
                "Der Export enthält nur zusammengefasste Anzahlen für diesen Zeitraum – keine "
                "Namen, Aktennummern, Freitexte oder genauen Daten."
            )
        )
        layout = QVBoxLayout(self)
        self.picker = PeriodPicker(parent=self, ended_only=True)
        layout.addWidget(self.picker)
        form = QFormLayout()
        self.threshold = QSpinBox(self)
        self.threshold.setRange(max(MINIMUM_THRESHOLD, STATISTICS_THRESHOLD.minimum),
                                STATISTICS_THRESHOLD.maximum)  # fmt: skip
        self.threshold.setValue(wizard.service.threshold())
        form.addRow(self.tr("Schwelle für &kleine Zahlen:"), self.threshold)
        self.correction = QCheckBox(
            self.tr("&Berichtigung: die veröffentlichten Zahlen dieses Jahres neu berechnen"),
            self,
        )
        self.correction.setToolTip(
            self.tr(
                "Nur für Nachträge zu einem schon exportierten Zeitraum. Alle veröffentlichten "
                "Zeiträume des Jahres werden mit neuem Rauschen berechnet und als Berichtigung "
                "gekennzeichnet; höchstens zwei Berichtigungen je Jahr."
            )
        )
        form.addRow("", self.correction)
        layout.addLayout(form)
        self.picker.changed.connect(self._offer_correction)
        layout.addWidget(
            hint(
                self.tr(
                    "Anzahlen unter der Schwelle (auch 0) werden nicht veröffentlicht, alle "
                    "anderen leicht verrauscht (um höchstens 3). Exportiert werden nur "
                    "abgelaufene Jahre, Halbjahre und Quartale; jeder Zeitraum wird einmal "
                    "festgeschrieben und danach immer gleich exportiert. Eine höhere Schwelle "
                    "wird beim Export gespeichert; eine niedrigere schützt weniger und gilt "
                    "erst, wenn Sie sie mit Ihrer Passphrase bestätigen."
                ),
                self,
            )
        )
        self.error = Banner("error", self)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._wizard = wizard
        self.reauth_dialog: ReauthDialog | None = None

    def _offer_correction(self) -> None:
        """A correction only for a period published before."""
        chosen = self.picker.try_period()
        published = not isinstance(chosen, UserError) and self._wizard.service.is_published(chosen)
        self.correction.setEnabled(published)
        if not published:
            self.correction.setChecked(False)

    def initializePage(self) -> None:
        self._offer_correction()

    def validatePage(self) -> bool:
        chosen = self.picker.try_period()
        if isinstance(chosen, UserError):
            self.error.show_message(chosen.message, "error")
            return False
        try:
            self._wizard.service.check_exportable(chosen)
        except UserError as error:
            self.error.show_message(error.message, "error")
            return False
        self.error.clear()
        saved = self._wizard.service.threshold()
        if self.threshold.value() < saved:
            # A lower k withholds fewer small counts: confirm with the passphrase first.
            self._ask_to_lower(self.threshold.value(), saved)
            return False
        return True

    def _ask_to_lower(self, value: int, saved: int) -> None:
        context = self._wizard.context
        dialog = ask_passphrase_again(
            self.window(),
            context.services,
            self.tr("Schwelle für kleine Zahlen von {old} auf {new} senken").format(
                old=saved, new=value
            ),
            lambda: self._lower(value),
            runner=context.runner,
        )
        dialog.rejected.connect(lambda: self._keep(saved))
        self.reauth_dialog = dialog

    def _lower(self, value: int) -> None:
        self.reauth_dialog = None
        try:
            self._wizard.service.set_threshold(value)
        except UserError as error:
            self._keep(self._wizard.service.threshold())
            self.error.show_message(error.message, "error")
            return
        self._wizard.next()

    def _keep(self, saved: int) -> None:
        self.reauth_dialog = None
        self.threshold.setValue(saved)
        self.error.show_message(self.tr("Die Schwelle bleibt bei {k}.").format(k=saved), "info")


class PreviewPage(QWizardPage):
    """Every table exactly as it will be written; "•" marks a withheld count."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Vorschau: das verlässt den Rechner"))
        layout = QVBoxLayout(self)
        self.previous = Banner("warning", self)
        layout.addWidget(self.previous)
        self.audit = Banner("info", self)
        layout.addWidget(self.audit)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.busy = BusyIndicator(self)
        layout.addWidget(self.busy)
        self.error = Banner("error", self)
        layout.addWidget(self.error)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.tables = QListWidget(splitter)
        self.tables.setAccessibleName(self.tr("Tabellen des Exports"))
        self.tables.setMinimumWidth(220)
        self.table = QTableWidget(splitter)
        self.table.setAccessibleName(self.tr("Inhalt der gewählten Tabelle"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 520])
        layout.addWidget(splitter, 1)
        self.counting = QLabel(self)
        self.counting.setWordWrap(True)
        layout.addWidget(self.counting)
        self.tables.currentRowChanged.connect(self._show_table)
        self.preview: ExportPreview | None = None

    def initializePage(self) -> None:
        self.preview = None
        self.tables.clear()
        self.table.clear()
        self.previous.clear()
        self.audit.clear()
        self.error.clear()
        self.summary.clear()
        wizard = self._wizard
        period = wizard.period_page.picker.period()
        threshold = wizard.period_page.threshold.value()
        correction = wizard.period_page.correction.isChecked()
        self.busy.start(self.tr("Die Tabellen werden gezählt und geprüft …"))
        service = wizard.service
        wizard.context.runner.run(
            lambda: service.preview(period, threshold, correction), self._ready, self._failed
        )

    def isComplete(self) -> bool:
        return self.preview is not None and self.preview.audit.passed

    def _ready(self, preview: ExportPreview) -> None:
        self.busy.stop()
        self.preview = preview
        self.summary.setText(
            self.tr(
                "{period}: {tables} Tabellen, Schwelle {k}; {withheld} Werte zurückgehalten "
                "({mark}), alle anderen verrauscht. Dazu kommen manifest.json und eine "
                "PDF-Zusammenfassung mit denselben Tabellen."
            ).format(
                period=preview.period.display_label(),
                tables=len(preview.tables),
                k=preview.threshold,
                withheld=preview.withheld,
                mark=WITHHELD_MARK,
            )
        )
        if preview.previous:
            lines = [display(format_previous(item)) for item in preview.previous[:3]]
            self.previous.show_message(
                self.tr(
                    "Dieser Zeitraum wurde schon exportiert: {when}. Er ist festgeschrieben: "
                    "der Export enthält dieselben Tabellen."
                ).format(when="; ".join(lines)),
                "info",
            )
        self._show_audit(preview)
        for table in preview.tables:
            self.tables.addItem(catalogue_text(table.spec.title))
        self.tables.setCurrentRow(0)
        self.completeChanged.emit()

    def _show_audit(self, preview: ExportPreview) -> None:
        result = preview.audit
        if not result.passed:
            finding = result.findings[0]
            self.audit.show_message(
                self.tr(
                    "Prüfung nicht bestanden: {count} kleine Zahl(en) ließen sich zu genau "
                    "eingrenzen, zuerst in „{table}“, Zeile „{row}“ ({period}). Der Export "
                    "wird nicht geschrieben; bitte wenden Sie sich an den Träger."
                ).format(
                    count=len(result.findings),
                    table=next(
                        (
                            catalogue_text(t.spec.title)
                            for t in preview.tables
                            if t.name == finding.table
                        ),
                        finding.table,
                    ),
                    row=finding.row,
                    period=finding.period,
                ),
                "error",
            )
            return
        parts = [
            item.period.display_label()
            for item, _ in preview.new_publications
            if item.period != preview.period
        ]
        text = self.tr(
            "Prüfung bestanden: {cells} kleine Zahlen wurden mit allen Tabellen und allen "
            "früheren Veröffentlichungen dieses Jahres nachgerechnet ({programmes} lineare "
            "Programme); keine lässt sich eingrenzen."
        ).format(cells=result.protected_cells, programmes=result.programmes)
        if preview.correction:
            text += " " + self.tr(
                "Berichtigung Nr. {number}: sie ersetzt die frühere Veröffentlichung."
            ).format(number=preview.correction)
        if parts:
            text += " " + self.tr(
                "Mit diesem Zeitraum werden auch {parts} festgeschrieben."
            ).format(parts=", ".join(parts))
        self.audit.show_message(text, "info")

    def _failed(self, error: BaseException) -> None:
        self.busy.stop()
        _failure(self, self.error, error, self.tr("Die Vorschau konnte nicht erstellt werden."))

    def _show_table(self, row: int) -> None:
        if self.preview is None or not 0 <= row < len(self.preview.tables):
            return
        show_table(self.table, self.preview.tables[row])
        self.counting.setText(catalogue_text(self.preview.tables[row].spec.counting))


def show_table(widget: QTableWidget, table: PublishedTable) -> None:
    total = QCoreApplication.translate("ExportWizard", "Insgesamt")
    headers = ["", *(catalogue_text(label) for _code, label in table.columns)]
    if table.row_totals is not None:
        headers.append(total)
    rows: list[tuple[str, list[int | None]]] = []
    for index, (_code, label) in enumerate(table.rows):
        values = list(table.cells[index])
        if table.row_totals is not None:
            values.append(table.row_totals[index])
        rows.append((catalogue_text(label), values))
    if table.column_totals is not None:
        totals: list[int | None] = list(table.column_totals)
        if table.row_totals is not None:
            totals.append(table.total)
        rows.append((total, totals))
    widget.clear()
    widget.setColumnCount(len(headers))
    widget.setRowCount(len(rows))
    widget.setHorizontalHeaderLabels(headers)
    for r, (label, values) in enumerate(rows):
        widget.setItem(r, 0, QTableWidgetItem(label))
        for c, value in enumerate(values, start=1):
            item = QTableWidgetItem(format_count(value))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if value is None:
                item.setToolTip(
                    QCoreApplication.translate(
                        "ExportWizard",
                        "zurückgehalten (unter der Schwelle, auch 0, oder zum Schutz)",
                    )
                )
            widget.setItem(r, c, item)
    widget.resizeColumnsToContents()


class TargetPage(QWizardPage):
    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Speichern"))
        self.setSubTitle(self.tr("Wohin soll die Exportdatei (.zip) geschrieben werden?"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Zieldatei"))
        self.browse = QPushButton(self.tr("&Durchsuchen …"), self)
        self.browse.clicked.connect(self._choose)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        self.busy = BusyIndicator(self)
        layout.addWidget(self.busy)
        self.error = Banner("error", self)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.result: ExportResult | None = None
        self.dialog: QFileDialog | None = None
        self._validating = False
        self.path.textChanged.connect(lambda _t: self.completeChanged.emit())

    def initializePage(self) -> None:
        preview = self._wizard.preview_page.preview
        if preview is not None and not self.path.text():
            name = default_file_name(preview.period, preview.office_code)
            self.path.setText(str(Path.home() / name))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Exportieren"))

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and not self.busy.isVisible()

    def _choose(self) -> None:
        dialog = QFileDialog(self, self.tr("Exportdatei speichern"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("ZIP-Archiv (*.zip)"))
        dialog.setDefaultSuffix("zip")
        dialog.selectFile(self.path.text())
        dialog.fileSelected.connect(self.path.setText)
        self.dialog = dialog
        dialog.open()

    def validatePage(self) -> bool:
        if self.result is not None:
            return True
        preview = self._wizard.preview_page.preview
        if preview is None:
            return False
        self.error.clear()
        wizard = self._wizard
        target = Path(self.path.text().strip()).expanduser()
        threshold = wizard.period_page.threshold.value()
        service = wizard.service
        self.busy.start(self.tr("Die Exportdatei wird geschrieben …"))
        self.completeChanged.emit()

        def work() -> ExportResult:
            saved = service.threshold()
            if threshold < saved:  # lowering is confirmed on the first page; never here
                raise UserError(
                    QCoreApplication.translate(
                        "ExportWizard",
                        "Die Schwelle ist niedriger als gespeichert. Bitte gehen Sie zurück "
                        "und bestätigen Sie sie mit Ihrer Passphrase.",
                    )
                )
            if threshold > saved:
                service.set_threshold(threshold)
            return service.export(preview.period, target, preview)

        self._validating = True
        try:
            wizard.context.runner.run(work, self._done, self._failed)
        finally:
            self._validating = False
        return self.result is not None  # a synchronous runner has finished already

    def _done(self, result: ExportResult) -> None:
        self.busy.stop()
        self.result = result
        self.completeChanged.emit()
        if not self._validating and self._wizard.currentPage() is self:
            self._wizard.next()

    def _failed(self, error: BaseException) -> None:
        self.busy.stop()
        self.completeChanged.emit()
        _failure(
            self, self.error, error, self.tr("Die Exportdatei konnte nicht geschrieben werden.")
        )


class DonePage(QWizardPage):
    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Exportiert"))
        layout = QVBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self._wizard.target_page.result
        if result is None:
            return
        self.text.setText(
            self.tr(
                "Die Statistik wurde gespeichert:\n{path}\n\nPrüfsumme der Tabellen (SHA-256):\n"
                "{sha}\n\nDer Export ist im Datenbestand vermerkt (Zeitraum, Datum, Prüfsumme)."
            ).format(path=str(result.path), sha=result.sha256)
        )


class ExportWizard(QWizard):
    def __init__(
        self,
        context: UnlockedContext,
        service: StatisticsService,
        period: Period | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.service = service
        self.setWindowTitle(self.tr("Anonymisierte Statistik exportieren"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(900, 620)
        fit_to_screen(self)  # 200 % on a small screen: not larger than it
        self.period_page = PeriodPage(self)
        self.preview_page = PreviewPage(self)
        self.target_page = TargetPage(self)
        self.done_page = DonePage(self)
        self.setPage(PERIOD_PAGE, self.period_page)
        self.setPage(PREVIEW_PAGE, self.preview_page)
        self.setPage(TARGET_PAGE, self.target_page)
        self.setPage(DONE_PAGE, self.done_page)
        picker = self.period_page.picker
        if period is None or not picker.set_period(period):
            picker.select_latest_ended()
            if period is not None:  # the view's period does not leave the office: say so
                self.period_page.error.show_message(
                    self.tr(
                        "Exportiert werden nur abgelaufene Jahre, Halbjahre und Quartale; "
                        "„{view}“ bleibt in der Statistik-Ansicht. Gewählt ist {chosen}."
                    ).format(view=period.display_label(), chosen=picker.period().display_label()),
                    "info",
                )
