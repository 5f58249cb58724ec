"""The Qt Linguist translations: complete, up to date, installed at startup, chosen sensibly.

German is the source language (and the default); English is the second language. A string added
to the UI without running ``installer/translations.py update`` and translating it fails here.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path
from types import ModuleType

import pypdf
import pytest
from clients_support import add_client
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_support import OFFSCREEN_NOISE, Harness, StoreFixture, make_store, unlock

from mbe_desktop.app import Services
from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain import messages
from mbe_desktop.domain.client_rules import ClientInput, check
from mbe_desktop.domain.errors import ValidationError
from mbe_desktop.domain.periods import parse_period
from mbe_desktop.paths import data_paths
from mbe_desktop.services.clients import ClientQuery
from mbe_desktop.services.statistics import SUMMARY_FILE
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.storage.models import Case
from mbe_desktop.ui import application
from mbe_desktop.ui.application import (
    LANGUAGE_ENV,
    install_translations,
    preferred_language,
    save_language,
    saved_language,
    system_language,
)
from mbe_desktop.ui.clients.model import ClientListModel, Column
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.controller import State
from mbe_desktop.ui.statistics.period_picker import PeriodPicker
from mbe_desktop.ui.tasks import SyncRunner
from mbe_desktop.ui.texts import catalogue_choices, catalogue_label, set_ui_language, ui_language
from mbe_desktop.ui.views.outreach_section import OutreachLocationsSection

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[^{}]*\}")

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

Key = tuple[str, str, str]


def tool(name: str) -> str:
    for candidate in (BIN / name, BIN / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    pytest.skip(f"{name} is not installed next to the test's Python")


def ts_messages(path: Path) -> dict[Key, ET.Element]:
    result: dict[Key, ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            result[key] = message
    return result


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return (
        translation is not None
        and translation.get("type") not in ("unfinished", "obsolete", "vanished")
        and all(text.strip() for text in texts(message))
    )


def mnemonics(text: str) -> int:
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


# --- the .ts files ----------------------------------------------------------------------------


def test_committed_ts_files_hold_every_string_of_the_sources(tmp_path: Path) -> None:
    """Fails when a string was added or changed without `installer/translations.py update`."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(
        str(p) for p in (ROOT / "src" / "mbe_desktop").rglob("*.py") if "__pycache__" not in p.parts
    )
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        cwd=ROOT,
    )
    extracted = set(ts_messages(fresh))
    assert len(extracted) > 1000
    for language in ("de", "en"):
        committed = set(ts_messages(TS_DIR / f"mbe_desktop_{language}.ts"))
        missing = sorted(extracted - committed)[:10]
        obsolete = sorted(committed - extracted)[:10]
        hint = "run: .venv/bin/python installer/translations.py update"
        assert not missing, f"{language}: strings without an entry ({hint}): {missing}"
        assert not obsolete, f"{language}: entries no longer in the sources ({hint}): {obsolete}"


def test_every_english_translation_is_finished_and_keeps_placeholders_and_mnemonics() -> None:
    problems = []
    for (context, source, _comment), message in ts_messages(TS_DIR / "mbe_desktop_en.ts").items():
        where = f"{context}: {source!r}"
        if not is_finished(message):
            problems.append(f"unfinished {where}")
            continue
        for text in texts(message):
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ {where} -> {text!r}")
            if mnemonics(text) != mnemonics(source) or mnemonics(text) > 1:
                problems.append(f"mnemonics differ {where} -> {text!r}")
            if text[:1].isspace() != source[:1].isspace():
                problems.append(f"leading space differs {where} -> {text!r}")
    assert not problems, "\n".join(problems[:30])


def translations_script() -> ModuleType:
    """installer/translations.py as a module (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location(
        "translations_script", ROOT / "installer" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_check_command_passes_on_the_committed_files(capsys: pytest.CaptureFixture[str]) -> None:
    assert translations_script().main(["check"]) == 0, capsys.readouterr().out


def test_check_command_fails_when_placeholders_differ(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    script = translations_script()
    for language in ("de", "en"):
        shutil.copy(TS_DIR / f"mbe_desktop_{language}.ts", tmp_path)
    monkeypatch.setattr(script, "TS_DIR", tmp_path)
    tree = ET.parse(tmp_path / "mbe_desktop_en.ts")
    broken = next(
        message
        for message in tree.getroot().iter("message")
        if "{" in (message.findtext("source") or "") and message.get("numerus") != "yes"
    )
    translation = broken.find("translation")
    assert translation is not None and translation.text
    translation.text = PLACEHOLDER.sub("{renamed}", translation.text)
    tree.write(tmp_path / "mbe_desktop_en.ts", encoding="utf-8")
    assert script.main(["check"]) == 1
    assert "placeholders differ" in capsys.readouterr().out


def test_every_german_entry_is_finished() -> None:
    messages = ts_messages(TS_DIR / "mbe_desktop_de.ts")
    unfinished = [key for key, message in messages.items() if not is_finished(message)]
    assert not unfinished[:10]


def test_catalogue_labels_are_in_the_ts_files_with_the_domain_english() -> None:
    messages = ts_messages(TS_DIR / "mbe_desktop_en.ts")
    entry = cat.CLOSURE_TYPES.entry(cat.CLOSURE_TYPES.codes()[0])
    message = messages[("Catalogue", entry.de, "")]
    assert texts(message) == [entry.en]


# --- at runtime -------------------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> QSettings:
    """UI preferences in a file of the test, never the user's own."""
    store = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(application, "ui_settings", lambda: store)
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    return store


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files compiled from the committed .ts files (they are not in git)."""
    folder = tmp_path_factory.mktemp("translations")
    for language in ("de", "en"):
        subprocess.run(
            [
                tool("pyside6-lrelease"),
                "-silent",
                str(TS_DIR / f"mbe_desktop_{language}.ts"),
                "-qm",
                str(folder / f"mbe_desktop_{language}.qm"),
            ],
            check=True,
        )
    return folder


def use_language(
    qapp: QApplication, compiled: Path, language: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[QTranslator]]:
    monkeypatch.setattr(application, "translations_dir", lambda: compiled)
    translators = install_translations(qapp, language)
    try:
        yield translators
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        set_ui_language("de")
        messages.install_translator(None)


@pytest.fixture
def english(
    qapp: QApplication, compiled: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[QTranslator]]:
    yield from use_language(qapp, compiled, "en", monkeypatch)


@pytest.fixture
def german(
    qapp: QApplication, compiled: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[QTranslator]]:
    yield from use_language(qapp, compiled, "de", monkeypatch)


@pytest.fixture
def harness(qtbot: QtBot) -> Iterator[Harness]:
    harness = Harness()
    yield harness
    harness.close()


@pytest.fixture
def store(tmp_path: Path) -> StoreFixture:
    return make_store(tmp_path)


def test_english_translator_loads_the_application_texts(english: list[QTranslator]) -> None:
    assert ui_language() == "en"
    assert any(t.language().startswith("en") for t in english)
    assert QApplication.translate("MainWindow", "&Datei") == "&File"


def test_catalogue_labels_follow_the_ui_language(english: list[QTranslator]) -> None:
    assert catalogue_label(cat.CASE_STATUSES, "closed") == "closed"
    assert catalogue_label(cat.REFERRAL_STATUSES, "completed") == "completed"
    assert catalogue_label(cat.CASE_FORMS, "case_management") == "Case management"
    assert dict(catalogue_choices(cat.GENDERS))["female"] == "female"
    assert catalogue_label(cat.GENDERS, "retired-code") == "retired-code"


def test_unlock_window_in_english(
    english: list[QTranslator], harness: Harness, store: StoreFixture
) -> None:
    controller = harness.controller(store.paths)
    window = controller.unlock_window
    assert window is not None
    assert window.windowTitle() == "MBE Desktop – Unlock"
    assert window.unlock_button.text() == "&Unlock"


def test_setup_wizard_in_english(
    english: list[QTranslator], harness: Harness, tmp_path: Path
) -> None:
    controller = harness.controller(data_paths(tmp_path / "new"))
    assert controller.state is State.SETUP
    wizard = controller.wizard
    assert wizard is not None
    assert wizard.windowTitle() == "MBE Desktop – Setup"
    assert wizard.office_page.title() == "Welcome to MBE Desktop"


def test_main_window_in_english(
    english: list[QTranslator], harness: Harness, store: StoreFixture
) -> None:
    controller = harness.controller(store.paths)
    unlock(controller)
    window = controller.main_window
    assert window is not None
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&File" in menus and "&Help" in menus
    items = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert any(text.startswith("Clients") for text in items), items
    assert any(text.startswith("Settings") for text in items), items


def test_main_window_in_german(
    german: list[QTranslator], harness: Harness, store: StoreFixture
) -> None:
    controller = harness.controller(store.paths)
    unlock(controller)
    window = controller.main_window
    assert window is not None
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Datei" in menus and "&Hilfe" in menus
    assert catalogue_label(cat.CASE_STATUSES, "closed") == "abgeschlossen"


def test_language_setting_is_saved_for_the_next_start(
    settings: QSettings, harness: Harness, store: StoreFixture
) -> None:
    from mbe_desktop.ui.views.settings import LanguageSection

    controller = harness.controller(store.paths)
    unlock(controller)
    window = controller.main_window
    assert window is not None
    section = window.settings.findChild(LanguageSection)
    assert section is not None
    assert section.language.currentData() == "de"
    section.language.setCurrentIndex(section.language.findData("en"))
    assert saved_language() == "en"
    assert "Neustart" in section.notice.label.text() or "neu" in section.notice.label.text()
    assert preferred_language() == "en"
    section.language.setCurrentIndex(section.language.findData("de"))
    assert saved_language() == "de"


# --- the first start ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("de_DE", "de"),
        ("de_AT", "de"),
        ("en_US", "en"),
        ("en_GB", "en"),
        ("fr_FR", "de"),
        ("tr_TR", "de"),
        ("C", "de"),
    ],
)
def test_first_start_follows_the_system_language(locale: str, expected: str) -> None:
    assert system_language(QLocale(locale)) == expected


def test_saved_choice_wins_over_the_system(settings: QSettings) -> None:
    assert saved_language() is None
    assert preferred_language(locale=QLocale("en_US")) == "en"
    save_language("de")
    assert preferred_language(locale=QLocale("en_US")) == "de"
    settings.setValue(application.LANGUAGE_KEY, "xx")  # a broken preference is ignored
    assert preferred_language(locale=QLocale("de_DE")) == "de"


def test_environment_override(settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    save_language("de")
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    assert preferred_language() == "en"


@pytest.mark.parametrize(
    "name",
    [
        "test_unlock_window_mnemonics",
        "test_wizard_mnemonics",
        # every main view (the long Einstellungen page too) and the change-passphrase dialog
        "test_main_window_and_dialog_mnemonics",
    ],
)
def test_english_mnemonics_are_unique_per_window(
    english: list[QTranslator], harness: Harness, tmp_path: Path, name: str
) -> None:
    """The keyboard tests again, in English: no Alt+letter twice in one window."""
    import test_ui_keyboard

    getattr(test_ui_keyboard, name)(harness, tmp_path)


# --- the core's messages and labels in English ---------------------------------------------------


def test_a_service_error_is_shown_in_english(
    english: list[QTranslator], qtbot: QtBot, services: Services
) -> None:
    """A place added twice in Einstellungen: the service refuses it, the English UI says why."""
    section = OutreachLocationsSection(UnlockedContext(services, SyncRunner(), FAST_TEST_KDF))
    qtbot.addWidget(section)
    section.show()
    for _attempt in range(2):
        section.name_edit.setText("Rathaus Musterdorf")
        section.add_button.click()
    assert section.notice.kind == "error"
    assert section.notice.text() == "The place “Rathaus Musterdorf” already exists."
    with pytest.raises(ValidationError) as refused:
        services.outreach.add("Rathaus Musterdorf")
    assert str(refused.value) == "Den Ort „Rathaus Musterdorf“ gibt es schon."  # logs, CLI


def test_a_form_problem_of_the_core_is_english(english: list[QTranslator]) -> None:
    problem = check(ClientInput(), date(2026, 6, 15)).first_error()
    assert problem is not None and problem.field == "family_name"
    assert problem.message == (
        "Please give the surname (if there is only one name, enter it here)."
    )


def test_period_labels_are_english_on_screen_but_german_in_the_export(
    english: list[QTranslator], qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    picker = PeriodPicker(today=lambda: date(2026, 6, 15))
    qtbot.addWidget(picker)
    shown = {
        picker.combo.itemData(i): picker.combo.itemText(i) for i in range(picker.combo.count())
    }
    assert shown["2025-H1"] == "H1 2025" and shown["2025-Q2"] == "Q2 2025"
    period = parse_period("2025-H1")
    assert period.display_label() == "H1 2025" and period.label == "1. Halbjahr 2025"
    result = services.statistics.export(period, tmp_path / "export.zip")
    with zipfile.ZipFile(result.path) as archive:
        assert json.loads(archive.read("tables.json"))["period"]["label"] == "1. Halbjahr 2025"
        pdf = archive.read(SUMMARY_FILE)
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(BytesIO(pdf)).pages)
    assert "1. Halbjahr 2025" in text and "H1 2025" not in text


def test_client_list_shows_nationality_case_form_and_status_in_english(
    english: list[QTranslator], services: Services
) -> None:
    """The list's values come from the core (German labels and country names): the English
    UI shows them in English; the German label stays the row's text for everything else."""
    client = add_client(services, "Haddad", "Rana", nationalities=("SY",))
    with services.store.session() as session:
        session.add(
            Case(
                client_id=client.id,
                opened_on=date(2026, 5, 4),
                form="case_management",
                status="paused",
            )
        )
    model = ClientListModel(services.clients)
    model.set_query(ClientQuery())
    shown = {column: model.index(0, column).data() for column in Column}
    assert shown[Column.NATIONALITY] == "Syria"
    assert shown[Column.CASE_FORM] == "Case management"
    assert shown[Column.CASE_STATUS] == "paused"
    (row,) = services.clients.page(ClientQuery())
    assert row.case_status == "ruhend"  # str() of the row's label: German, as in the core
