"""Presets from the provider's IT: strict checking, lookup order, and use on real new stores."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from mbe_desktop import cli
from mbe_desktop.app import create_store, unlock_store
from mbe_desktop.domain.office import OfficeProfile
from mbe_desktop.paths import data_paths
from mbe_desktop.services.audit_log import AuditFilter
from mbe_desktop.services.backup import BACKUP_FOLDER, LOCATION_FILE, backup_folders
from mbe_desktop.services.presets import (
    PRESETS_FILE_NAME,
    PresetError,
    Presets,
    find_presets,
    parse_presets,
    preset_locations,
    read_presets,
)
from mbe_desktop.services.settings import RETENTION_YEARS
from mbe_desktop.storage.keyslots import FAST_TEST_KDF

PASSPHRASE = "Kiefernzapfen-Regenschirm-42"
OFFICE = OfficeProfile(counsellor_name="Test Beraterin", office_name="MBE Teststadt")

FULL = """\
# Voreinstellungen des Trägers
version = 1
office_code = "MBE-0815"
provider = "Diakonisches Werk Teststadt e. V."
data_protection_law = "dsg_ekd"
retention_years = 5
backup_folder = "{folder}"
"""


def write(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / PRESETS_FILE_NAME
    path.write_text(text, encoding="utf-8")
    return path


# --- checking ---------------------------------------------------------------------------------


def test_a_full_file_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "Sicherungen"
    presets = read_presets(write(tmp_path, FULL.format(folder=folder.as_posix())))
    assert presets == Presets(
        office_code="MBE-0815",
        provider="Diakonisches Werk Teststadt e. V.",
        data_protection_law="dsg_ekd",
        retention_years=5,
        backup_folder=folder,
    )
    assert presets.keys == (
        "office_code",
        "provider",
        "data_protection_law",
        "retention_years",
        "backup_folder",
    )


def test_every_key_is_optional() -> None:
    assert parse_presets("").empty
    assert parse_presets("retention_years = 2") == Presets(retention_years=2)


@pytest.mark.parametrize(
    ("text", "key", "words"),
    [
        ('offce_code = "X"', "offce_code", ["Unbekannte Angabe „offce_code“", "office_code"]),
        ("[office]\ncode = 1", "office", ["Unbekannte Angabe „office“"]),
        ('retention_years = "3"', "retention_years", ["ganze Zahl", "gefunden: ein Text"]),
        ("retention_years = 3.0", "retention_years", ["ganze Zahl", "eine Kommazahl"]),
        ("retention_years = true", "retention_years", ["ganze Zahl", "ein Wahrheitswert"]),
        ("retention_years = 0", "retention_years", ["erlaubt sind 1 bis 10", "gefunden: 0"]),
        ("retention_years = 11", "retention_years", ["erlaubt sind 1 bis 10", "gefunden: 11"]),
        ("office_code = 815", "office_code", ["„office_code“", "Text in Anführungszeichen"]),
        ('office_code = "   "', "office_code", ["„office_code“", "ist leer"]),
        (f'office_code = "{"9" * 41}"', "office_code", ["„office_code“", "höchstens 40"]),
        ('provider = "A\\tB"', "provider", ["„provider“", "Steuerzeichen"]),
        ('data_protection_law = "dsgvo"', "data_protection_law", ["gdpr_bdsg, dsg_ekd, kdg"]),
        ('backup_folder = "Sicherungen"', "backup_folder", ["vollständigen Pfad"]),
        ('backup_folder = ["/a"]', "backup_folder", ["eine Liste"]),
        ("version = 2", "version", ["nur Version 1", "Version 2"]),
    ],
)
def test_bad_values_are_refused_naming_the_key(text: str, key: str, words: list[str]) -> None:
    with pytest.raises(PresetError) as caught:
        parse_presets(text)
    assert caught.value.key == key
    for word in words:
        assert word in caught.value.message


def test_a_syntax_error_names_line_and_column() -> None:
    with pytest.raises(PresetError) as caught:
        parse_presets('version = 1\noffice_code "MBE"\n')
    assert "kein gültiges TOML (Zeile 2, Spalte 13)" in caught.value.message
    assert caught.value.key is None


def test_backup_folder_expands_home_and_variables(tmp_path: Path) -> None:
    environ = {"MBE_SHARE": str(tmp_path / "share"), "USERNAME": "maria"}
    home = tmp_path / "home"
    assert parse_presets('backup_folder = "~/MBE-Sicherungen"', home=home).backup_folder == (
        home / "MBE-Sicherungen"
    )
    for text in ("${MBE_SHARE}/%USERNAME%", "$MBE_SHARE/${USERNAME}"):
        presets = parse_presets(f'backup_folder = "{text}"', environ=environ)
        assert presets.backup_folder == tmp_path / "share" / "maria"
    # A lone % or $ is part of the name, not a variable.
    literal = parse_presets('backup_folder = "/srv/50%-ablage/100%/$-kasse"', environ=environ)
    assert literal.backup_folder == Path("/srv/50%-ablage/100%/$-kasse")
    with pytest.raises(PresetError) as caught:
        parse_presets('backup_folder = "${NOT_SET}/x"', environ=environ)
    assert "„NOT_SET“ ist nicht gesetzt" in caught.value.message


def test_a_backup_folder_that_is_a_file_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    path = write(tmp_path / "conf", f'backup_folder = "{blocker.as_posix()}"')
    with pytest.raises(PresetError, match="ist eine Datei, kein Ordner"):
        read_presets(path)


def test_unreadable_and_wrong_encoding(tmp_path: Path) -> None:
    latin = tmp_path / "latin" / PRESETS_FILE_NAME
    latin.parent.mkdir()
    latin.write_bytes('provider = "Träger"'.encode("latin-1"))
    with pytest.raises(PresetError, match="nicht in UTF-8"):
        read_presets(latin)
    big = write(tmp_path / "big", "# " + "x" * 70_000)
    with pytest.raises(PresetError, match="größer als 64 KB"):
        read_presets(big)
    with pytest.raises(PresetError, match="kann nicht gelesen werden"):
        read_presets(tmp_path / "missing.toml")


def test_a_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / PRESETS_FILE_NAME
    path.write_bytes('\ufeffprovider = "Träger e. V."\n'.encode())  # Windows Notepad
    assert read_presets(path).provider == "Träger e. V."


# --- finding ----------------------------------------------------------------------------------


def test_the_first_file_found_is_the_only_one_read(tmp_path: Path) -> None:
    first, second, third = tmp_path / "user", tmp_path / "program", tmp_path / "system"
    write(second, "retention_years = 4")
    write(third, 'office_code = "SYSTEM"')
    locations = [first / PRESETS_FILE_NAME, second / PRESETS_FILE_NAME, third / PRESETS_FILE_NAME]
    lookup = find_presets(locations)
    assert lookup.source == second / PRESETS_FILE_NAME
    assert lookup.presets == Presets(retention_years=4)  # nothing merged from the third
    assert lookup.problem is None
    assert lookup.searched == tuple(locations)


def test_a_bad_file_is_ignored_as_a_whole_with_a_message(tmp_path: Path) -> None:
    bad = write(tmp_path / "user", 'office_code = "MBE-1"\nretention_years = 99\n')
    write(tmp_path / "system", "retention_years = 4")
    lookup = find_presets([bad, tmp_path / "system" / PRESETS_FILE_NAME])
    assert lookup.presets is None
    assert lookup.usable == Presets()  # not even the valid office code, nor the next file
    assert lookup.source == bad
    assert lookup.problem is not None
    assert lookup.problem.startswith(f"Die Voreinstellungen aus {bad} wurden nicht übernommen:")
    assert "„retention_years“" in lookup.problem


def test_no_file_anywhere(tmp_path: Path) -> None:
    lookup = find_presets([tmp_path / "a" / PRESETS_FILE_NAME])
    assert lookup.source is None and lookup.presets is None and lookup.problem is None


def test_locations_user_first_then_program_folder_then_system(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if os.name != "posix":
        pytest.skip("XDG variables steer platformdirs on Linux only")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{tmp_path / 'etc1'}:{tmp_path / 'etc2'}")
    program = tmp_path / "opt" / "mbe-desktop" / "mbe-desktop"
    assert preset_locations(frozen=True, executable=program) == [
        tmp_path / "config" / "mbe-desktop" / PRESETS_FILE_NAME,
        program.parent / PRESETS_FILE_NAME,
        tmp_path / "etc1" / "mbe-desktop" / PRESETS_FILE_NAME,
        tmp_path / "etc2" / "mbe-desktop" / PRESETS_FILE_NAME,
    ]
    # From a source checkout there is no program folder to look in.
    assert program.parent / PRESETS_FILE_NAME not in preset_locations(frozen=False)


# --- applying to real stores ------------------------------------------------------------------


def test_a_new_store_gets_the_preset_settings(tmp_path: Path) -> None:
    folder = tmp_path / "Sicherungen"
    presets = Presets(retention_years=7, backup_folder=folder, office_code="MBE-0815")
    paths = data_paths(tmp_path / "store")
    created = create_store(
        paths, presets.prefill(OFFICE), PASSPHRASE, PASSPHRASE, kdf=FAST_TEST_KDF, presets=presets
    )
    created.services.close()

    services = unlock_store(paths, PASSPHRASE)
    try:
        assert services.settings.get_int(RETENTION_YEARS) == 7
        assert services.backup.folder() == folder
        assert services.office.profile().office_code == "MBE-0815"
        rows = services.audit_log.page(AuditFilter(action="update", entity="setting"))
        assert [row.fields for row in rows] == [("retention_years", "backup_folder")]
    finally:
        services.close()
    # The pointer the unlock screen uses to offer backups when the store cannot be opened.
    assert json.loads((paths.root / LOCATION_FILE).read_text("utf-8")) == {"folder": str(folder)}
    assert folder in backup_folders(paths)


def test_without_presets_a_store_keeps_the_defaults(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "store")
    created = create_store(
        paths, OFFICE, PASSPHRASE, PASSPHRASE, kdf=FAST_TEST_KDF, presets=Presets()
    )
    try:
        assert created.services.settings.get_int(RETENTION_YEARS) == RETENTION_YEARS.default
        assert created.services.settings.get_str(BACKUP_FOLDER) == ""
    finally:
        created.services.close()
    assert not (paths.root / LOCATION_FILE).exists()


def test_prefill_fills_only_what_is_empty() -> None:
    presets = Presets(office_code="MBE-0815", provider="Träger", data_protection_law="kdg")
    filled = presets.prefill(OFFICE)
    assert (filled.office_code, filled.provider, filled.data_protection_law) == (
        "MBE-0815",
        "Träger",
        "kdg",
    )
    own = OfficeProfile(
        counsellor_name="A",
        office_name="B",
        office_code="OWN",
        provider="Eigener Träger",
        data_protection_law="dsg_ekd",
    )
    assert presets.prefill(own) == own


def test_a_failed_preset_write_leaves_no_store_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Created with its presets or not at all: never a store with half its presets."""
    import mbe_desktop.app as app_module

    def broken(store: object, presets: Presets) -> tuple[str, ...]:
        raise OSError("disk gone")

    monkeypatch.setattr(app_module, "apply_presets", broken)
    paths = data_paths(tmp_path / "store")
    with pytest.raises(OSError):
        create_store(
            paths,
            OFFICE,
            PASSPHRASE,
            PASSPHRASE,
            kdf=FAST_TEST_KDF,
            presets=Presets(retention_years=2),
        )
    assert not paths.database.exists()
    assert not paths.key_slots.exists()


# --- the command line -------------------------------------------------------------------------


@pytest.fixture
def config_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's configuration folder, isolated from this machine's."""
    if os.name != "posix":
        pytest.skip("XDG variables steer platformdirs on Linux only")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc"))
    for name in (cli.PASSPHRASE_ENV, cli.NEW_PASSPHRASE_ENV, cli.RECOVERY_CODE_ENV):
        monkeypatch.delenv(name, raising=False)
    return tmp_path / "config" / "mbe-desktop"


def init(store: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv(cli.NEW_PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    return cli.main(
        [
            "init",
            "--data-dir",
            str(store),
            "--counsellor",
            "Test Beraterin",
            "--office",
            "MBE Teststadt",
            "--insecure-fast-kdf",
        ]
    )


def test_init_uses_the_presets(
    tmp_path: Path,
    config_dirs: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "Sicherungen"
    source = write(config_dirs, FULL.format(folder=folder.as_posix()))
    assert init(tmp_path / "store", monkeypatch) == cli.EXIT_OK
    out, err = capsys.readouterr()
    assert err == ""
    assert f"Voreinstellungen übernommen aus {source}:" in out
    assert "Löschfrist nach Fallabschluss in Jahren (retention_years): 5" in out

    services = unlock_store(data_paths(tmp_path / "store"), PASSPHRASE)
    try:
        office = services.office.profile()
        assert office.office_code == "MBE-0815"
        assert office.provider == "Diakonisches Werk Teststadt e. V."
        assert office.data_protection_law == "dsg_ekd"
        assert services.settings.get_int(RETENTION_YEARS) == 5
        assert services.backup.folder() == folder
    finally:
        services.close()


def test_init_with_a_bad_presets_file_warns_and_uses_none(
    tmp_path: Path,
    config_dirs: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = write(config_dirs, 'office_code = "MBE-0815"\nretention_year = 5\n')
    assert init(tmp_path / "store", monkeypatch) == cli.EXIT_OK
    out, err = capsys.readouterr()
    assert err.startswith(f"Hinweis: Die Voreinstellungen aus {source} wurden nicht übernommen:")
    assert "Unbekannte Angabe „retention_year“" in err
    assert "Voreinstellungen übernommen" not in out

    services = unlock_store(data_paths(tmp_path / "store"), PASSPHRASE)
    try:
        assert services.office.profile().office_code == ""
        assert services.settings.get_int(RETENTION_YEARS) == RETENTION_YEARS.default
    finally:
        services.close()


def test_presets_command_checks_a_file(
    tmp_path: Path, config_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path / "good", "retention_years = 3\n")
    assert cli.main(["presets", "--data-dir", str(tmp_path), "--file", str(good)]) == 0
    out, _ = capsys.readouterr()
    assert f"Die Voreinstellungen in {good} sind in Ordnung." in out
    assert "(retention_years): 3" in out

    bad = write(tmp_path / "bad", "retention_years = 30\n")
    assert cli.main(["presets", "--data-dir", str(tmp_path), "--file", str(bad)]) == 2
    _, err = capsys.readouterr()
    assert "„retention_years“" in err and "erlaubt sind 1 bis 10" in err

    missing = tmp_path / "nowhere.toml"
    assert cli.main(["presets", "--data-dir", str(tmp_path), "--file", str(missing)]) == 2
    assert "gibt es nicht" in capsys.readouterr().err


def test_presets_command_lists_where_it_looks(
    tmp_path: Path, config_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["presets", "--data-dir", str(tmp_path)]) == 0
    out, _ = capsys.readouterr()
    assert str(config_dirs / PRESETS_FILE_NAME) in out
    assert "Keine Voreinstellungsdatei gefunden." in out
    write(config_dirs, 'office_code = "MBE-1"\n')
    assert cli.main(["presets", "--data-dir", str(tmp_path)]) == 0
    out, _ = capsys.readouterr()
    assert f"{config_dirs / PRESETS_FILE_NAME}  ← gefunden" in out


def test_the_documented_example_file_is_valid(tmp_path: Path) -> None:
    example = Path(__file__).resolve().parents[2] / "installer" / "mbe-desktop-presets.example.toml"
    presets = read_presets(example, home=tmp_path)
    assert presets.keys == (
        "office_code",
        "provider",
        "data_protection_law",
        "retention_years",
        "backup_folder",
    )
    assert presets.backup_folder == tmp_path / "MBE-Sicherungen"
