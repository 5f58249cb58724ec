"""The Linux package, built for real: installer/build_linux.sh (PyInstaller one-folder app and
the .tar.gz), installed with its install.sh into a temporary home, then the frozen binary run:
``--version``, ``presets``, ``init`` with a presets file and an emergency sheet, ``demo``,
``check``, the GUI offscreen (unlock window and setup wizard), and the uninstall that keeps
the data. Everything lives in tmp dirs; the only file written into the checkout is the
compiled translations (git-ignored build output).

The build takes about a minute of CPU time; the whole module runs in roughly two minutes on
the 2-core CI machine (see installer/README.md).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import pytest
from alembic import command

from mbe_desktop import __version__
from mbe_desktop.about import ABOUT_DISTRIBUTIONS
from mbe_desktop.app import create_store, unlock_store
from mbe_desktop.cli import DEMO_PASSPHRASE
from mbe_desktop.domain.office import OfficeProfile
from mbe_desktop.paths import data_paths
from mbe_desktop.services.presets import PRESETS_FILE_NAME
from mbe_desktop.services.settings import RETENTION_YEARS
from mbe_desktop.storage import migrate
from mbe_desktop.storage.keyslots import FAST_TEST_KDF

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux package"),
]

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "installer" / "build_linux.sh"
PASSPHRASE = "Wacholder-Seilbahn-Kompass-Nebel"
GUI_SECONDS = 4  # how long the GUI runs offscreen once started, before it is terminated
# Logged as the GUI comes up: by the controller (before the unlock window), and by the setup
# wizard when it has read the presets file.
UNLOCK_MARKER = "system lock signals:"
SETUP_MARKER = "presets read (office_code, provider, retention_years)"
OFFICE = OfficeProfile(counsellor_name="Maria Beispiel", office_name="MBE Teststadt")
OLDEST_REVISION = "0001_initial"
PRESETS = 'office_code = "MBE-0815"\nprovider = "Diakonie Teststadt"\nretention_years = 4\n'


@dataclass(frozen=True)
class Installed:
    package: Path  # the unpacked .tar.gz
    home: Path
    env: dict[str, str]

    @property
    def app_dir(self) -> Path:
        return self.home / ".local" / "lib" / "mbe-desktop"

    @property
    def launcher(self) -> Path:
        return self.home / ".local" / "bin" / "mbe-desktop"

    @property
    def data_dir(self) -> Path:  # platformdirs' user data dir under this home
        return self.home / ".local" / "share" / "mbe-desktop"

    @property
    def log_dir(self) -> Path:
        return self.home / ".local" / "state" / "mbe-desktop" / "log"

    def run(self, *args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.launcher), *args],
            env={**self.env, **extra_env},
            capture_output=True,
            text=True,
            timeout=300,
            stdin=subprocess.DEVNULL,
        )


def clean_env(home: Path) -> dict[str, str]:
    """A user session in a temporary home: nothing from this machine's config or data."""
    runtime = home / "run"
    runtime.mkdir(mode=0o700, parents=True)
    return {
        "HOME": str(home),
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "XDG_RUNTIME_DIR": str(runtime),  # else Qt warns on stderr that it is unset
        "XDG_CONFIG_DIRS": str(home / "etc-xdg"),  # the system presets location, empty
        "QT_QPA_PLATFORM": "offscreen",
        "MBE_LANGUAGE": "de",
    }


def wait_for_log(process: subprocess.Popen[str], log: Path, marker: str) -> None:
    """Until the GUI has logged ``marker`` (a generous limit for a busy machine; no timing is
    asserted), or it has ended."""
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and process.poll() is None:
        if log.is_file() and marker in log.read_text(encoding="utf-8", errors="replace"):
            return
        time.sleep(0.2)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("build")
    dist = tmp_path_factory.mktemp("dist")
    started = time.monotonic()
    result = subprocess.run(
        [
            "bash",
            str(BUILD_SCRIPT),
            "--dist",
            str(dist),
            "--work",
            str(work),
            "--python",
            sys.executable,
            "--fast",
        ],
        capture_output=True,
        text=True,
        timeout=1800,
        cwd=ROOT,
    )
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    print(f"\nbuild_linux.sh: {elapsed:.0f} s")  # reported, never asserted
    archives = sorted(dist.glob("mbe-desktop-*-linux-*.tar.gz"))
    assert [a.name for a in archives] == [
        f"mbe-desktop-{__version__}-linux-{os.uname().machine}.tar.gz"
    ]
    assert (dist / f"{archives[0].name}.sha256").is_file()
    shutil.rmtree(work / "stage")  # the archive holds it; keep tmp small
    return archives[0]


@pytest.fixture(scope="module")
def installed(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    unpacked = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(archive) as tar:
        tar.extractall(unpacked, filter="tar")
    (package,) = unpacked.iterdir()
    (package / PRESETS_FILE_NAME).write_text(PRESETS, encoding="utf-8")  # as provider IT does
    home = tmp_path_factory.mktemp("home")
    env = clean_env(home)
    args = ["bash", str(package / "install.sh")]
    if os.geteuid() == 0:
        args.append("--allow-root")  # CI containers run as root
    result = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    assert "MBE Desktop installiert" in result.stdout
    yield Installed(package, home, env)


def test_package_contents(installed: Installed) -> None:
    package = installed.package
    for name in ("install.sh", "uninstall.sh", "mbe-desktop.desktop", "LIESMICH.txt"):
        assert (package / name).is_file(), name
    assert (package / "mbe-desktop-presets.example.toml").is_file()
    assert os.access(package / "app" / "mbe-desktop", os.X_OK)
    internal = package / "app" / "_internal"
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (internal / "resources" / "fonts" / "LICENSE-DejaVu.txt").is_file()
    assert (internal / "resources" / "icons" / "mbe-desktop-256.png").is_file()
    assert sorted(p.name for p in (internal / "resources" / "translations").iterdir()) == [
        "mbe_desktop_de.qm",
        "mbe_desktop_en.qm",
    ]
    versions = internal / "mbe_desktop" / "storage" / "migrations" / "versions"
    assert (versions.parent / "env.py").is_file()
    assert len(list(versions.glob("0*.py"))) >= 3
    # The About dialog's libraries, with their metadata and licence files.
    bundled = {
        re.sub(r"[-_.]+", "-", dist.metadata["Name"]).lower()
        for dist in metadata.distributions(path=[str(internal)])
    }
    wanted = {re.sub(r"[-_.]+", "-", name).lower() for name in ABOUT_DISTRIBUTIONS}
    assert wanted <= bundled, wanted - bundled
    assert list((internal / "sqlcipher3").glob("_sqlite3*.so"))  # SQLCipher, self-contained
    # Lean: the unused Qt modules and the other languages stay out.
    qt_libs = {p.name.split(".")[0] for p in (internal / "PySide6" / "Qt" / "lib").iterdir()}
    assert not qt_libs & {"libQt6Qml", "libQt6Quick", "libQt6WebEngineCore", "libQt6Pdf"}
    locales = {p.name for p in (internal / "pycountry" / "locales").iterdir()}
    assert locales == {"de", "en"}


def test_install_places_launcher_desktop_entry_and_icons(installed: Installed) -> None:
    assert installed.launcher.is_symlink()
    assert installed.launcher.resolve() == (installed.app_dir / "mbe-desktop").resolve()
    share = installed.home / ".local" / "share"
    entry = (share / "applications" / "mbe-desktop.desktop").read_text(encoding="utf-8")
    assert f'Exec="{installed.app_dir / "mbe-desktop"}"' in entry.splitlines()
    assert "Icon=mbe-desktop" in entry.splitlines()
    for size in (16, 32, 48, 64, 128, 256):
        assert (
            share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "mbe-desktop.png"
        ).is_file()
    assert (installed.app_dir / PRESETS_FILE_NAME).read_text(encoding="utf-8") == PRESETS


def test_frozen_version(installed: Installed) -> None:
    result = installed.run("--version")
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        f"mbe-desktop {__version__}\n",
        "",
    )


def test_frozen_presets_are_found_next_to_the_program(installed: Installed) -> None:
    result = installed.run("presets")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert f"{installed.app_dir / PRESETS_FILE_NAME}  ← gefunden" in result.stdout
    assert "(retention_years): 4" in result.stdout


def test_frozen_init_applies_presets_and_writes_the_emergency_sheet(
    installed: Installed, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    sheet = tmp_path / "Notfallblatt.pdf"
    result = installed.run(
        "init",
        "--data-dir",
        str(store),
        "--counsellor",
        "Maria Beispiel",
        "--office",
        "MBE Teststadt",
        "--emergency-sheet",
        str(sheet),
        "--insecure-fast-kdf",
        MBE_PASSPHRASE=PASSPHRASE,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert f"Voreinstellungen übernommen aus {installed.app_dir / PRESETS_FILE_NAME}:" in (
        result.stdout
    )
    assert sheet.read_bytes().startswith(b"%PDF")  # reportlab with the bundled fonts

    # The store made by the frozen app opens from source, with the presets inside.
    services = unlock_store(data_paths(store), PASSPHRASE)
    try:
        office = services.office.profile()
        assert (office.office_code, office.provider) == ("MBE-0815", "Diakonie Teststadt")
        assert services.settings.get_int(RETENTION_YEARS) == 4
    finally:
        services.close()


def test_frozen_app_upgrades_an_older_store_after_a_safety_copy(
    installed: Installed, tmp_path: Path
) -> None:
    """The first start after an update, frozen: alembic's scripts load from the bundle."""
    paths = data_paths(tmp_path / "old-store")
    created = create_store(paths, OFFICE, PASSPHRASE, PASSPHRASE, kdf=FAST_TEST_KDF)
    engine = created.services.store.engine
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.commit()
        with connection.begin():
            command.downgrade(migrate._config(connection), OLDEST_REVISION)
    assert migrate.current_revision(engine) == OLDEST_REVISION
    created.services.close()

    result = installed.run("check", "--data-dir", str(paths.root), MBE_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert list(paths.safety_copies.glob(f"before-migration-{OLDEST_REVISION}-*.db"))
    services = unlock_store(paths, PASSPHRASE)
    try:
        assert migrate.current_revision(services.store.engine) == migrate.head_revision()
    finally:
        services.close()


def test_frozen_demo_check_gui_and_uninstall(installed: Installed, tmp_path: Path) -> None:
    # demo into the default data folder of the temporary home (where uninstall must keep it)
    demo = installed.run("demo", "--clients", "25", "--insecure-fast-kdf")
    assert demo.returncode == 0, demo.stderr
    assert demo.stderr == ""
    assert "Demo-Datenbestand angelegt" in demo.stdout and "25 Ratsuchende" in demo.stdout
    assert (installed.data_dir / "store.db").is_file()

    check = installed.run("check", MBE_PASSPHRASE=DEMO_PASSPHRASE)
    assert check.returncode == 0, check.stderr
    assert check.stderr == ""
    assert check.stdout.count("in Ordnung") == 3

    # The GUI offscreen: the unlock window on the demo store and the setup wizard on an empty
    # folder, side by side; both must still run after a few seconds, without error output.
    guis = {
        "unlock": subprocess.Popen(
            [str(installed.launcher)],
            env=installed.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ),
        "setup": subprocess.Popen(
            [str(installed.launcher), "--data-dir", str(tmp_path / "new")],
            env=installed.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ),
    }
    outputs: dict[str, tuple[int | None, str, str]] = {}
    try:
        wait_for_log(guis["unlock"], installed.log_dir / "mbe-desktop.log", UNLOCK_MARKER)
        wait_for_log(guis["setup"], tmp_path / "new" / "logs" / "mbe-desktop.log", SETUP_MARKER)
        time.sleep(GUI_SECONDS)
        for name, process in guis.items():
            still_running = process.poll() is None
            process.send_signal(signal.SIGTERM)
            out, err = process.communicate(timeout=60)
            outputs[name] = (None if still_running else process.returncode, out, err)
    finally:
        for process in guis.values():
            if process.poll() is None:
                process.kill()
                process.communicate()
    for name, (exited_with, out, err) in outputs.items():
        assert exited_with is None, f"{name}: GUI ended early ({exited_with}): {err}"
        assert (out, err) == ("", ""), name
    for log_dir in (installed.log_dir, tmp_path / "new" / "logs"):
        log = (log_dir / "mbe-desktop.log").read_text(encoding="utf-8")
        assert " ERROR " not in log and "Traceback" not in log, log
        assert (log_dir / "crash.log").read_text(encoding="utf-8") == ""
    new_log = (tmp_path / "new" / "logs" / "mbe-desktop.log").read_text(encoding="utf-8")
    assert SETUP_MARKER in new_log  # the wizard found the presets next to the program

    # Uninstall: the program, its menu entry, icons and launcher go; the data stay.
    uninstall = subprocess.run(
        [str(installed.app_dir / "uninstall.sh")],
        env=installed.env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert uninstall.returncode == 0, uninstall.stderr
    assert uninstall.stderr == ""
    assert "Die Daten bleiben erhalten" in uninstall.stdout
    share = installed.home / ".local" / "share"
    assert not installed.app_dir.exists()
    assert not installed.launcher.exists() and not installed.launcher.is_symlink()
    assert not (share / "applications" / "mbe-desktop.desktop").exists()
    assert not list((share / "icons").rglob("mbe-desktop.*"))
    assert (installed.data_dir / "store.db").is_file()
    assert (installed.data_dir / "store.keys").is_file()

    # Installed again, the data are still there; --delete-data (confirmed) removes them too.
    args = ["bash", str(installed.package / "install.sh")]
    if os.geteuid() == 0:
        args.append("--allow-root")
    reinstall = subprocess.run(args, env=installed.env, capture_output=True, text=True)
    assert reinstall.returncode == 0, reinstall.stderr
    again = installed.run("check", MBE_PASSPHRASE=DEMO_PASSPHRASE)
    assert again.returncode == 0, again.stderr
    purge = subprocess.run(
        [*args[:2], "--uninstall", "--delete-data", "--yes"],
        env=installed.env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert purge.returncode == 0, purge.stdout + purge.stderr
    assert not installed.app_dir.exists()
    assert not installed.data_dir.exists()
