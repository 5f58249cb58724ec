"""The setup wizard, driven end to end against a real store in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWizard
from pytestqt.qtbot import QtBot
from ui_support import NEW_PASSPHRASE, OFFSCREEN_NOISE, Harness

from mbe_desktop.app import unlock_store
from mbe_desktop.paths import DataPaths, data_paths
from mbe_desktop.ui import emergency
from mbe_desktop.ui.controller import State
from mbe_desktop.ui.setup_wizard import SetupWizard
from mbe_desktop.ui.tasks import ThreadPoolRunner

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def harness(qtbot: QtBot) -> Iterator[Harness]:
    harness = Harness()
    yield harness
    harness.close()


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return data_paths(tmp_path / "new-store")


def fill_office(wizard: SetupWizard) -> None:
    form = wizard.office_page.form
    form.edits["counsellor_name"].setText("Maria Beispiel")
    form.edits["office_name"].setText("MBE Musterstadt")
    form.edits["city"].setText("Musterstadt")
    form.edits["office_code"].setText("MBE-0815")
    form.law.setCurrentIndex(form.law.findData("kdg"))


def test_first_start_opens_the_wizard(harness: Harness, paths: DataPaths) -> None:
    controller = harness.controller(paths)
    assert controller.state is State.SETUP
    wizard = controller.wizard
    assert isinstance(wizard, SetupWizard)
    assert wizard.isVisible()
    assert wizard.currentPage() is wizard.office_page
    codes = [wizard.office_page.form.law.itemData(i) for i in range(3)]
    assert codes == ["gdpr_bdsg", "dsg_ekd", "kdg"]


def test_office_page_requires_the_names(harness: Harness, paths: DataPaths) -> None:
    wizard = harness.controller(paths).wizard
    assert wizard is not None
    wizard.next()
    assert wizard.currentPage() is wizard.office_page
    form = wizard.office_page.form
    assert "Beraterin/des Beraters" in form.error.text()
    assert form.edits["counsellor_name"].property("invalid") is True
    form.edits["counsellor_name"].setText("Maria Beispiel")
    form.edits["email"].setText("keine-adresse")
    form.edits["office_name"].setText("MBE Musterstadt")
    wizard.next()
    assert wizard.currentPage() is wizard.office_page
    assert form.error.text().startswith("„E-Mail“:")
    assert form.edits["counsellor_name"].property("invalid") is False
    form.edits["email"].setText("mbe@example.org")
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase_page


def test_wizard_end_to_end(
    harness: Harness, paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = harness.controller(paths)
    wizard = controller.wizard
    assert wizard is not None
    fill_office(wizard)
    wizard.next()
    page = wizard.passphrase_page
    assert wizard.currentPage() is page

    # A weak passphrase is refused, with the reason shown; nothing is created.
    page.form.first.setText("musterstadt1")
    page.form.second.setText("musterstadt1")
    assert page.form.meter.assessment is not None
    assert not page.form.meter.assessment.acceptable
    assert "Stärke:" in page.form.meter.label.text()
    wizard.next()
    assert wizard.currentPage() is page
    assert "zu leicht zu erraten" in page.error.text()
    assert not paths.database.exists() and not paths.key_slots.exists()

    # Mismatch is refused too.
    page.form.first.setText(NEW_PASSPHRASE)
    page.form.second.setText(NEW_PASSPHRASE + "x")
    wizard.next()
    assert "stimmen nicht überein" in page.error.text()

    # Show/hide toggle.
    page.form.first.toggle.click()
    assert page.form.first.edit.echoMode() == page.form.first.edit.EchoMode.Normal
    page.form.first.toggle.click()
    assert page.form.first.edit.echoMode() == page.form.first.edit.EchoMode.Password

    # A strong one creates the store and shows the recovery code.
    page.form.second.setText(NEW_PASSPHRASE)
    wizard.next()
    code_page = wizard.code_page
    assert wizard.currentPage() is code_page
    assert paths.key_slots.exists()
    code = code_page.code.text()
    assert len(code) == 47 and code.count("-") == 7
    assert page.form.first.text() == ""  # the passphrase does not linger in the widget

    # Save the emergency sheet via a (monkeypatched) file dialog.
    target = tmp_path / "out" / "MBE-Notfallblatt.pdf"
    target.parent.mkdir()
    suggested: list[str] = []

    def fake_dialog(parent: object, title: str, default: str, filters: str) -> tuple[str, str]:
        suggested.append(default)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    code_page.save_button.click()
    assert Path(suggested[0]).name == "MBE-Notfallblatt.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    assert "Notfallblatt gespeichert" in code_page.status.text()

    # Finishing needs the checkbox; cancel/escape only reminds.
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.reject()
    assert wizard.isVisible()
    assert "bestätigen" in code_page.status.text()
    code_page.confirm.setChecked(True)
    assert finish.isEnabled()
    finish.click()

    assert controller.state is State.UNLOCKED
    main = controller.main_window
    assert main is not None
    assert main.windowTitle() == "MBE Desktop – MBE Musterstadt"
    assert controller.services is not None
    profile = controller.services.office.profile()
    assert profile.office_code == "MBE-0815"
    assert profile.data_protection_law == "kdg"

    # The store unlocks afterwards with the passphrase and with the recovery code.
    controller.shutdown()
    unlock_store(paths, NEW_PASSPHRASE).close()
    unlock_store(paths, code, with_recovery_code=True).close()


def test_threaded_creation_shows_busy_and_moves_on(
    qtbot: QtBot, harness: Harness, paths: DataPaths
) -> None:
    controller = harness.controller(paths, runner=ThreadPoolRunner())
    wizard = controller.wizard
    assert wizard is not None
    fill_office(wizard)
    wizard.next()
    page = wizard.passphrase_page
    page.form.first.setText(NEW_PASSPHRASE)
    page.form.second.setText(NEW_PASSPHRASE)
    wizard.next()
    assert page.busy.isVisible()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    wizard.reject()  # ignored while the store is being created
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.code_page, timeout=10_000)
    assert not page.busy.isVisible()
    assert len(wizard.code_page.code.text()) == 47


def test_emergency_sheet_write_error_is_german(tmp_path: Path) -> None:
    from mbe_desktop.domain.errors import UserError

    with pytest.raises(UserError) as caught:
        emergency.write_pdf(tmp_path / "missing-folder" / "MBE-Notfallblatt.pdf", b"%PDF")
    assert "Notfallblatt" in caught.value.message


def test_cancel_on_the_first_page_ends_without_a_store(harness: Harness, paths: DataPaths) -> None:
    controller = harness.controller(paths)
    codes: list[int] = []
    controller.finished.connect(codes.append)
    assert controller.wizard is not None
    controller.wizard.reject()
    assert controller.state is State.CLOSED
    assert codes == [0]
    assert not paths.database.exists()


@pytest.mark.skipif(not emergency.printing_available(), reason="pypdfium2 not installed")
def test_print_renders_the_sheet_onto_a_printer(tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter
    from ui_support import PASSPHRASE, make_store

    from mbe_desktop.app import unlock_store as open_store

    store = make_store(tmp_path)
    services = open_store(store.paths, PASSPHRASE)
    try:
        data = emergency.sheet_bytes(services, store.recovery_code)
    finally:
        services.close()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    output = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(output))
    emergency.print_pdf(data, printer)
    assert output.read_bytes().startswith(b"%PDF")
    assert output.stat().st_size > 20_000  # an image of the page, not an empty sheet
