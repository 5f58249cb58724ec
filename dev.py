#!/usr/bin/env python3
"""Set up a development environment and run MBE Desktop or its tests.

    python3 dev.py demo   # set up, create a demo store, start the app on it
    python3 dev.py test   # set up, then lint, type-check and run the whole test suite

Only the standard library is used here: this runs on a fresh machine with just Python 3.11+.
Everything is installed into ./.venv; Debian packages are added only if Qt lacks a library.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".mbe-installed"
DEMO_DIR = ROOT / ".demo-store"
DEMO_PASSPHRASE = "demo-passphrase-not-for-real-data"

# Debian packages providing the shared libraries Qt's platform plugins load.
DEBIAN_PACKAGE_FOR_LIB = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-render.so.0": "libxcb-render0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
}


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def run(*cmd: str | Path, env: dict[str, str] | None = None) -> None:
    subprocess.run([str(c) for c in cmd], check=True, env=env)


def apt_install(packages: list[str]) -> None:
    if not packages:
        return
    prefix: list[str] = []
    if os.name != "posix" or not shutil.which("apt-get"):
        sys.exit(f"[dev] Please install these system packages: {' '.join(packages)}")
    if os.geteuid() != 0:
        if not shutil.which("sudo"):
            sys.exit(f"[dev] Run as root or install: apt-get install {' '.join(packages)}")
        prefix = ["sudo"]
    say(f"installing system packages: {' '.join(packages)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run(*prefix, "apt-get", "update", "-qq", env=env)
    run(*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages, env=env)


def ensure_venv() -> None:
    if PY.exists():
        return
    say("creating .venv")
    try:
        venv.EnvBuilder(with_pip=True).create(VENV)
    except (subprocess.CalledProcessError, OSError):
        # Debian's system Python ships venv without ensurepip.
        shutil.rmtree(VENV, ignore_errors=True)
        minor = f"{sys.version_info.major}.{sys.version_info.minor}"
        apt_install([f"python{minor}-venv"])
        venv.EnvBuilder(with_pip=True).create(VENV)


def ensure_packages() -> None:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    say("installing Python packages (first run takes a few minutes)")
    run(PY, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--upgrade", "pip")
    run(PY, "-m", "pip", "install", "-q", "--disable-pip-version-check", "-e", f"{ROOT}[dev]")
    STAMP.write_text(digest)


def missing_qt_libraries(plugin: str) -> list[str]:
    """Shared libraries the Qt platform plugin needs but the system lacks (Linux only)."""
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        return []
    out = subprocess.run(
        [str(PY), "-c", "import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent)"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    qt = Path(out) / "Qt"
    files = [qt / "lib" / "libQt6Gui.so.6", qt / "lib" / "libQt6Widgets.so.6"]
    files += list((qt / "plugins" / "platforms").glob(f"libq{plugin}*.so"))
    if plugin == "xcb":
        files += list((qt / "lib").glob("libQt6XcbQpa.so.6"))
    missing: set[str] = set()
    for file in files:
        ldd = subprocess.run(["ldd", str(file)], capture_output=True, text=True).stdout
        missing |= {line.split()[0] for line in ldd.splitlines() if "not found" in line}
    return sorted(missing)


def ensure_system_libraries(plugin: str) -> None:
    missing = missing_qt_libraries(plugin)
    if not missing:
        return
    packages = sorted({DEBIAN_PACKAGE_FOR_LIB.get(lib, "") for lib in missing} - {""})
    unknown = [lib for lib in missing if lib not in DEBIAN_PACKAGE_FOR_LIB]
    if unknown:
        say(f"warning: no known Debian package for {', '.join(unknown)}")
    apt_install(packages)


def ensure_translations() -> None:
    """Compile resources/translations/*.ts to .qm (git-ignored) when a .qm is missing or old."""
    folder = ROOT / "resources" / "translations"
    sources = sorted(folder.glob("*.ts"))
    stale = [
        ts
        for ts in sources
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime_ns < ts.stat().st_mtime_ns
    ]
    if not stale:
        return
    say("compiling translations")
    run(PY, ROOT / "installer" / "translations.py", "compile")


def setup(plugin: str) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may run on an older system Python
        sys.exit("[dev] Python 3.11 or newer is needed.")
    ensure_venv()
    ensure_packages()
    ensure_system_libraries(plugin)
    ensure_translations()


def cmd_test(extra: list[str]) -> int:
    setup("offscreen")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    say("ruff")
    run(PY, "-m", "ruff", "check", "src", "tests", "benchmarks", "dev.py", env=env)
    run(PY, "-m", "ruff", "format", "--check", "--quiet", "src", "tests", "benchmarks", env=env)
    say("mypy")
    run(PY, "-m", "mypy", env=env)
    say("pytest")
    return subprocess.run([str(PY), "-m", "pytest", *extra], env=env).returncode


def cmd_demo(extra: list[str]) -> int:
    setup("xcb" if os.environ.get("DISPLAY") else "offscreen")
    mbe = BIN / "mbe-desktop"
    env = dict(os.environ, MBE_PASSPHRASE=DEMO_PASSPHRASE)
    if not (DEMO_DIR / "store.keys").exists():
        say(f"creating a demo store in {DEMO_DIR}")
        run(mbe, "demo", "--data-dir", DEMO_DIR, "--clients", "300", env=env)
    env.pop("MBE_PASSPHRASE")
    say(f"starting MBE Desktop (demo passphrase: {DEMO_PASSPHRASE})")
    return subprocess.run([str(mbe), "--data-dir", str(DEMO_DIR), *extra], env=env).returncode


def main() -> int:
    commands = {"test": cmd_test, "demo": cmd_demo}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    try:
        return commands[sys.argv[1]](sys.argv[2:])
    except subprocess.CalledProcessError as exc:
        say(f"failed: {' '.join(map(str, exc.cmd))}")
        return exc.returncode or 1


if __name__ == "__main__":
    sys.exit(main())
