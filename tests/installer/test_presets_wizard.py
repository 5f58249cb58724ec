"""The setup wizard with the provider's presets: prefilled, shown, and written to a real store."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mbe_desktop.app import unlock_store
from mbe_desktop.paths import DataPaths, data_paths
from mbe_desktop.services.presets import PRESETS_FILE_NAME, PresetLookup, find_presets
from mbe_desktop.services.settings import RETENTION_YEARS
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.ui.setup_wizard import SetupWizard
from mbe_desktop.ui.tasks import SyncRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

PASSPHRASE = "Wacholder-Seilbahn-Kompass-Nebel"


def wizard_with(qtbot: QtBot, paths: DataPaths, lookup: PresetLookup) -> SetupWizard:
    wizard = SetupWizard(paths, FAST_TEST_KDF, SyncRunner(), presets=lookup)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def create(wizard: SetupWizard) -> None:
    form = wizard.office_page.form
    form.edits["counsellor_name"].setText("Maria Beispiel")
    form.edits["office_name"].setText("MBE Musterstadt")
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase_page
    wizard.passphrase_page.form.first.setText(PASSPHRASE)
    wizard.passphrase_page.form.second.setText(PASSPHRASE)
    wizard.next()
    assert wizard.currentPage() is wizard.code_page
    created = wizard.take_services()
    assert created is not None
    created.close()


def presets_file(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True)
    path = folder / PRESETS_FILE_NAME
    path.write_text(text, encoding="utf-8")
    return path


def test_presets_prefill_the_office_and_reach_the_new_store(qtbot: QtBot, tmp_path: Path) -> None:
    backups = tmp_path / "Sicherungen"
    source = presets_file(
        tmp_path / "conf",
        'office_code = "MBE-0815"\nprovider = "Caritas Teststadt"\ndata_protection_law = "kdg"\n'
        f'retention_years = 6\nbackup_folder = "{backups.as_posix()}"\n',
    )
    paths = data_paths(tmp_path / "store")
    wizard = wizard_with(qtbot, paths, find_presets([source]))
    page = wizard.office_page
    assert page.form.edits["office_code"].text() == "MBE-0815"
    assert page.form.edits["provider"].text() == "Caritas Teststadt"
    assert page.form.law.currentData() == "kdg"
    note = page.presets_note.text()
    assert str(source) in note
    assert "Löschfrist nach Fallabschluss (Jahre): 6" in note
    assert f"Sicherungsordner: {backups}" in note
    assert page.presets_note.kind == "info"

    page.form.edits["office_code"].setText("MBE-4711")  # a prefill, not a rule
    create(wizard)

    services = unlock_store(paths, PASSPHRASE)
    try:
        office = services.office.profile()
        assert (office.office_code, office.provider, office.data_protection_law) == (
            "MBE-4711",
            "Caritas Teststadt",
            "kdg",
        )
        assert services.settings.get_int(RETENTION_YEARS) == 6
        assert services.backup.folder() == backups
    finally:
        services.close()


def test_a_refused_presets_file_is_named_and_nothing_is_applied(
    qtbot: QtBot, tmp_path: Path
) -> None:
    source = presets_file(tmp_path / "conf", 'office_code = "MBE-0815"\nretention_years = "6"\n')
    paths = data_paths(tmp_path / "store")
    wizard = wizard_with(qtbot, paths, find_presets([source]))
    page = wizard.office_page
    assert page.presets_note.kind == "warning"
    assert f"Die Voreinstellungen aus {source} wurden nicht übernommen" in page.presets_note.text()
    assert "„retention_years“" in page.presets_note.text()
    assert page.form.edits["office_code"].text() == ""  # none of the file, not even the valid part

    create(wizard)
    services = unlock_store(paths, PASSPHRASE)
    try:
        assert services.settings.get_int(RETENTION_YEARS) == RETENTION_YEARS.default
        assert services.office.profile().office_code == ""
    finally:
        services.close()


def test_without_a_presets_file_the_wizard_is_unchanged(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = wizard_with(qtbot, data_paths(tmp_path / "store"), find_presets([]))
    assert wizard.office_page.presets_note.isHidden()
    assert wizard.office_page.form.edits["office_code"].text() == ""
