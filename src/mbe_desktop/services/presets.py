"""Presets from the provider's IT for a new store: office code, provider, data-protection law,
retention period and backup folder.

The file is ``mbe-desktop-presets.toml`` (TOML, UTF-8), for example::

    version = 1
    office_code = "MBE-0815"
    provider = "Diakonisches Werk Musterstadt e. V."
    data_protection_law = "dsg_ekd"
    retention_years = 3
    backup_folder = "~/MBE-Sicherungen"

Every key is optional. The file is looked up in this order, and the first file found is the
only one read (files are never merged):

1. the user's configuration folder (platformdirs ``user_config_dir``),
2. the program folder, next to the executable (only in the packaged build),
3. the system-wide configuration folders (platformdirs ``site_config_dir``).

The file is checked completely before anything is used: an unknown key, a wrong type or a value
out of range refuses the whole file with a German message naming the key, and the new store is
created without presets. Presets are used only when a store is created (setup wizard and
``mbe-desktop init``): the office fields prefill the form, retention period and backup folder
are written into the new store in one transaction. Later changes happen in the settings.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import sys
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, time
from pathlib import Path

import platformdirs

from mbe_desktop.domain.bounded import FormatError, kind_of
from mbe_desktop.domain.catalogues import DATA_PROTECTION_LAWS
from mbe_desktop.domain.errors import UserError
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text
from mbe_desktop.domain.office import OfficeProfile
from mbe_desktop.paths import APP_AUTHOR, APP_DIR_NAME
from mbe_desktop.services import audit
from mbe_desktop.services.backup import BACKUP_FOLDER, LOCATION_FILE
from mbe_desktop.services.office import DEFAULT_LIMIT, FIELD_LIMITS
from mbe_desktop.services.settings import RETENTION_YEARS
from mbe_desktop.storage.files import write_private_atomic
from mbe_desktop.storage.models import Setting
from mbe_desktop.storage.readers import TOO_BIG, PathKind, path_kind, read_bounded
from mbe_desktop.storage.store import Store

log = logging.getLogger(__name__)

PRESETS_FILE_NAME = "mbe-desktop-presets.toml"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 64 * 1024  # a presets file is a few lines; anything big is the wrong file

# key -> German description, in the order of the documentation.
OFFICE_KEYS = {
    "office_code": QT_TRANSLATE_NOOP("Messages", "Kennziffer der Beratungsstelle"),
    "provider": QT_TRANSLATE_NOOP("Messages", "Träger"),
    "data_protection_law": QT_TRANSLATE_NOOP("Messages", "Datenschutzrecht"),
}
SETTING_KEYS = {
    "retention_years": QT_TRANSLATE_NOOP("Messages", "Löschfrist nach Fallabschluss in Jahren"),
    "backup_folder": QT_TRANSLATE_NOOP("Messages", "Sicherungsordner"),
}
KEYS = {
    "version": QT_TRANSLATE_NOOP("Messages", "Version des Dateiformats"),
    **OFFICE_KEYS,
    **SETTING_KEYS,
}

# ${NAME}, $NAME, %NAME% (Windows names may hold parentheses: %ProgramFiles(x86)%).
_VARIABLE = re.compile(
    r"\$\{(?P<braced>[A-Za-z_]\w*)\}|\$(?P<plain>[A-Za-z_]\w*)|%(?P<windows>[A-Za-z_][\w()]*)%"
)
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


class PresetError(UserError):
    """A presets file that is refused as a whole; ``key`` names the offending entry."""

    def __init__(self, message: str, /, key: str | None = None, **params: object) -> None:
        super().__init__(message, **params)
        self.key = key


@dataclass(frozen=True)
class Presets:
    """Checked presets; ``None`` means "no preset" for that key."""

    office_code: str | None = None
    provider: str | None = None
    data_protection_law: str | None = None
    retention_years: int | None = None
    backup_folder: Path | None = None

    @property
    def empty(self) -> bool:
        return self == Presets()

    @property
    def keys(self) -> tuple[str, ...]:
        """The keys that carry a preset, in the order of the documentation."""
        return tuple(key for key in (*OFFICE_KEYS, *SETTING_KEYS) if getattr(self, key) is not None)

    def prefill(self, office: OfficeProfile) -> OfficeProfile:
        """The office profile with the preset office fields filled in where it has none yet.

        The data-protection law has a default rather than an empty value: the preset replaces
        it unless the profile already differs from the default."""
        changes: dict[str, str] = {}
        if self.office_code is not None and not office.office_code.strip():
            changes["office_code"] = self.office_code
        if self.provider is not None and not office.provider.strip():
            changes["provider"] = self.provider
        if (
            self.data_protection_law is not None
            and office.data_protection_law == OfficeProfile.data_protection_law
        ):
            changes["data_protection_law"] = self.data_protection_law
        return replace(office, **changes) if changes else office


@dataclass(frozen=True)
class PresetLookup:
    """What the search for a presets file found: nothing, usable presets, or a refused file."""

    searched: tuple[Path, ...]
    source: Path | None = None
    presets: Presets | None = None
    problem: str | None = None  # German (a ``Text``), names the file and the key

    @property
    def usable(self) -> Presets:
        """The presets to use: empty when there was no file or the file was refused."""
        return self.presets if self.presets is not None else Presets()


# --- reading and checking --------------------------------------------------------------------


def parse_presets(
    text: str,
    *,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> Presets:
    """Check the text of a presets file completely; raises PresetError naming the key.

    ``~`` at the start of ``backup_folder`` is the home folder; ``${NAME}``, ``$NAME`` and
    ``%NAME%`` are environment variables (so one file serves every user of a machine)."""
    try:
        data = tomllib.loads(text)
    except RecursionError:
        raise PresetError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Die Datei ist zu tief verschachtelt. Voreinstellungen sind einfache Zeilen der "
                "Form „schlüssel = wert“.",
            )
        ) from None
    except ValueError as error:  # TOMLDecodeError, or a number with thousands of digits
        if not isinstance(error, tomllib.TOMLDecodeError):
            raise PresetError(
                QT_TRANSLATE_NOOP("Messages", "Die Datei enthält eine Zahl mit zu vielen Stellen.")
            ) from None
        position = _TOML_POSITION.search(str(error))
        if position:
            raise PresetError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Die Datei ist kein gültiges TOML (Zeile {line}, Spalte {column}). Jede Zeile "
                    "hat die Form „schlüssel = wert“, Texte stehen in Anführungszeichen.",
                ),
                line=position.group(1),
                column=position.group(2),
            ) from None
        raise PresetError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Die Datei ist kein gültiges TOML. Jede Zeile hat die Form „schlüssel = wert“, "
                "Texte stehen in Anführungszeichen.",
            )
        ) from None
    unknown = [key for key in data if key not in KEYS]
    if unknown:
        raise PresetError(
            QT_TRANSLATE_NOOP("Messages", "Unbekannte Angabe „{entry}“. Erlaubt sind: {allowed}."),
            unknown[0],
            entry=unknown[0],
            allowed=", ".join(KEYS),
        )
    if "version" in data:
        version = _integer(data, "version")
        if version != FORMAT_VERSION:
            raise PresetError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "„version“: diese Programmversion kennt nur Version {known} der "
                    "Voreinstellungen, die Datei hat Version {version}.",
                ),
                "version",
                known=FORMAT_VERSION,
                version=version,
            )
    law = _text(data, "data_protection_law", 40)
    if law is not None and law not in DATA_PROTECTION_LAWS:
        raise PresetError(
            QT_TRANSLATE_NOOP(
                "Messages", "„data_protection_law“: erlaubt sind {allowed} (gefunden: „{found}“)."
            ),
            "data_protection_law",
            allowed=", ".join(DATA_PROTECTION_LAWS.codes()),
            found=law,
        )
    years = _integer(data, "retention_years") if "retention_years" in data else None
    if years is not None and not RETENTION_YEARS.minimum <= years <= RETENTION_YEARS.maximum:
        raise PresetError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "„retention_years“ ({description}): erlaubt sind {minimum} bis {maximum}, "
                "gefunden: {found}.",
            ),
            "retention_years",
            description=Text(SETTING_KEYS["retention_years"]),
            minimum=RETENTION_YEARS.minimum,
            maximum=RETENTION_YEARS.maximum,
            found=years,
        )
    folder = _text(data, "backup_folder", 4096)
    return Presets(
        office_code=_text(data, "office_code", FIELD_LIMITS["office_code"]),
        provider=_text(data, "provider", FIELD_LIMITS.get("provider", DEFAULT_LIMIT)),
        data_protection_law=law,
        retention_years=years,
        backup_folder=None if folder is None else _folder(folder, environ, home),
    )


def read_presets(
    path: Path,
    *,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> Presets:
    """Read and check one presets file; raises PresetError (the file's own problems too)."""
    try:
        raw = read_bounded(path, MAX_FILE_BYTES)
    except FormatError as error:
        if error.template != TOO_BIG:
            raise PresetError(
                QT_TRANSLATE_NOOP("Messages", "Die Datei kann nicht gelesen werden ({reason})."),
                reason=error.reason,
            ) from None
        raise PresetError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Die Datei ist größer als {size} KB – das ist keine Voreinstellungsdatei.",
            ),
            size=MAX_FILE_BYTES // 1024,
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PresetError(
            QT_TRANSLATE_NOOP(
                "Messages", "Die Datei ist nicht in UTF-8 gespeichert. Bitte als UTF-8 speichern."
            )
        ) from None
    presets = parse_presets(text, environ=environ, home=home)
    folder = presets.backup_folder
    if folder is not None and path_kind(folder) not in (PathKind.MISSING, PathKind.FOLDER):
        raise PresetError(
            QT_TRANSLATE_NOOP("Messages", "„backup_folder“: {folder} ist eine Datei, kein Ordner."),
            "backup_folder",
            folder=folder,
        )
    return presets


def _text(data: Mapping[str, object], key: str, limit: int) -> str | None:
    if key not in data:
        return None
    value = data[key]
    if not isinstance(value, str):
        raise PresetError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "„{entry}“ ({description}): bitte einen Text in Anführungszeichen angeben "
                "(gefunden: {kind}).",
            ),
            key,
            entry=key,
            description=Text(KEYS[key]),
            kind=_kind(value),
        )
    value = value.strip()
    if not value:
        raise PresetError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "„{entry}“ ({description}) ist leer. Lassen Sie die Zeile weg, wenn es keine "
                "Vorgabe gibt.",
            ),
            key,
            entry=key,
            description=Text(KEYS[key]),
        )
    if len(value) > limit:
        raise PresetError(
            QT_TRANSLATE_NOOP("Messages", "„{entry}“ ({description}): höchstens {limit} Zeichen."),
            key,
            entry=key,
            description=Text(KEYS[key]),
            limit=limit,
        )
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise PresetError(
            QT_TRANSLATE_NOOP("Messages", "„{entry}“ ({description}) enthält Steuerzeichen."),
            key,
            entry=key,
            description=Text(KEYS[key]),
        )
    return value


def _integer(data: Mapping[str, object], key: str) -> int:
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, int):
        raise PresetError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "„{entry}“ ({description}): bitte eine ganze Zahl ohne Anführungszeichen angeben "
                "(gefunden: {kind}).",
            ),
            key,
            entry=key,
            description=Text(KEYS[key]),
            kind=_kind(value),
        )
    return value


def _kind(value: object) -> Text:
    """What a TOML value is, in words: a table is a section, a date or time has its own."""
    if isinstance(value, dict):
        return Text(QT_TRANSLATE_NOOP("Messages", "ein Abschnitt"))
    if isinstance(value, date | time):  # datetime is a date
        return Text(QT_TRANSLATE_NOOP("Messages", "ein Datum oder eine Uhrzeit"))
    return kind_of(value)


def _folder(text: str, environ: Mapping[str, str] | None, home: Path | None) -> Path:
    env = os.environ if environ is None else environ

    def variable(match: re.Match[str]) -> str:
        name = match.group("braced") or match.group("plain") or match.group("windows") or ""
        value = env.get(name)
        if value is None and os.name == "nt":  # Windows variable names ignore case
            value = next((v for k, v in env.items() if k.upper() == name.upper()), None)
        if value is None:
            raise PresetError(
                QT_TRANSLATE_NOOP(
                    "Messages", "„backup_folder“: die Umgebungsvariable „{name}“ ist nicht gesetzt."
                ),
                "backup_folder",
                name=name,
            )
        return value

    expanded = _VARIABLE.sub(variable, text)
    if expanded == "~" or expanded.startswith(("~/", "~\\")):
        # No home folder known in this environment: "~/…" stays relative, refused below.
        with contextlib.suppress(RuntimeError, KeyError, OSError):
            expanded = str(home if home is not None else Path.home()) + expanded[1:]
    path = Path(expanded)
    if not path.is_absolute():
        raise PresetError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "„backup_folder“: bitte einen vollständigen Pfad angeben (z. B. "
                "„D:\\MBE-Sicherungen“, „/home/…/MBE-Sicherungen“ oder „~/MBE-Sicherungen“), "
                "gefunden: „{found}“.",
            ),
            "backup_folder",
            found=text,
        )
    return path


# --- finding ---------------------------------------------------------------------------------


def preset_locations(
    *, frozen: bool | None = None, executable: str | os.PathLike[str] | None = None
) -> list[Path]:
    """The candidate files, in the order of precedence (see the module docstring)."""
    folders = [Path(platformdirs.user_config_dir(APP_DIR_NAME, APP_AUTHOR, roaming=False))]
    if frozen if frozen is not None else bool(getattr(sys, "frozen", False)):
        folders.append(Path(executable if executable is not None else sys.executable).parent)
    site = platformdirs.site_config_dir(APP_DIR_NAME, APP_AUTHOR, multipath=True)
    folders.extend(Path(part) for part in site.split(os.pathsep) if part)
    return [folder / PRESETS_FILE_NAME for folder in dict.fromkeys(folders)]


def find_presets(
    locations: Sequence[Path] | None = None,
    *,
    reader: Callable[[Path], Presets] = read_presets,
) -> PresetLookup:
    """The presets from the first file found; never raises for a bad file (see ``problem``)."""
    searched = tuple(preset_locations() if locations is None else locations)
    for path in searched:
        if path_kind(path) != PathKind.FILE:  # never raises, not even for odd names
            continue
        try:
            presets = reader(path)
        except PresetError as error:
            log.warning("presets file refused (key: %s)", error.key or "-")
            problem = Text(
                QT_TRANSLATE_NOOP(
                    "Messages", "Die Voreinstellungen aus {path} wurden nicht übernommen: {reason}"
                ),
                {"path": path, "reason": error.text},
            )
            return PresetLookup(searched, source=path, problem=problem)
        log.info("presets read (%s)", ", ".join(presets.keys) or "none")
        return PresetLookup(searched, source=path, presets=presets)
    return PresetLookup(searched)


# --- applying --------------------------------------------------------------------------------


def apply_presets(store: Store, presets: Presets) -> tuple[str, ...]:
    """Write the preset settings (retention period, backup folder) into a store, in one
    transaction; returns the setting keys written. The office fields are not written here:
    they prefill the office profile the store is created with."""
    values: dict[str, str] = {}
    if presets.retention_years is not None:
        values[RETENTION_YEARS.key] = json.dumps(RETENTION_YEARS.check(presets.retention_years))
    if presets.backup_folder is not None:
        values[BACKUP_FOLDER.key] = json.dumps(BACKUP_FOLDER.check(str(presets.backup_folder)))
    if not values:
        return ()
    with store.session() as session:
        for key, value in values.items():
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value
        audit.record(session, "update", "setting", None, list(values))
    if presets.backup_folder is not None:
        # The same pointer BackupService.set_folder writes: the unlock screen finds the
        # backups there when the store cannot be opened.
        try:
            data = json.dumps({"folder": str(presets.backup_folder)}).encode("utf-8")
            write_private_atomic(store.paths.root / LOCATION_FILE, data)
        except UserError:
            log.warning("backup location pointer not written")
    return tuple(values)


def describe(presets: Presets) -> list[str]:
    """One German line per preset, for the command line."""
    labels = {**OFFICE_KEYS, **SETTING_KEYS}
    lines = []
    for key in presets.keys:
        value = getattr(presets, key)
        if key == "data_protection_law":
            value = f"{DATA_PROTECTION_LAWS.label(value)} ({value})"
        lines.append(f"{labels[key]} ({key}): {value}")
    return lines
