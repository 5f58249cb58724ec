#!/usr/bin/env bash
# Build MBE Desktop for Linux: the PyInstaller one-folder app and a .tar.gz around it with a
# desktop entry, icons and the install/uninstall scripts for the user's home.
#
#   installer/build_linux.sh                 -> dist/mbe-desktop-<version>-linux-<arch>.tar.gz
#   installer/build_linux.sh --dist DIR --work DIR --python PATH [--fast]
#
# --fast compresses the archive with gzip -1 (quicker, ~12 % larger; for tests).
#
# Run on Linux, from a venv that holds only the project and its dev extras (.venv by default:
# python -m venv .venv && .venv/bin/pip install -e '.[dev]'). The build runs on the oldest
# distribution to support: the frozen app needs a glibc at least as new as the build machine's.
# SOURCE_DATE_EPOCH (default: the last commit's time) fixes the file times in the archive.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${ROOT}/.venv/bin/python"
DIST="${ROOT}/dist"
WORK="${ROOT}/build/linux"
GZIP_LEVEL=6

usage() { sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
    case "$1" in
        --dist) DIST="${2:?}"; shift 2 ;;
        --work) WORK="${2:?}"; shift 2 ;;
        --python) PYTHON="${2:?}"; shift 2 ;;
        --fast) GZIP_LEVEL=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "build_linux.sh: unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
done

step() { echo "==> $*"; }

[ "$(uname -s)" = "Linux" ] || { echo "build_linux.sh: builds on Linux only" >&2; exit 1; }
"${PYTHON}" -c "import PyInstaller" 2>/dev/null || {
    echo "build_linux.sh: PyInstaller missing in ${PYTHON}: pip install -e '.[dev]'" >&2
    exit 1
}

VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "${ROOT}/src/mbe_desktop/__init__.py")"
[ -n "${VERSION}" ] || { echo "build_linux.sh: no __version__ found" >&2; exit 1; }
ARCH="$(uname -m)"
NAME="mbe-desktop-${VERSION}-linux-${ARCH}"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "${ROOT}" log -1 --format=%ct 2>/dev/null || date +%s)}"

# 1. Compiled translations (*.qm are build output; the spec bundles only those).
if [ -f "${ROOT}/installer/translations.py" ]; then
    step "compiling translations"
    "${PYTHON}" "${ROOT}/installer/translations.py" compile
fi

# 2. The one-folder app.
step "PyInstaller (one-folder build)"
mkdir -p "${WORK}" "${DIST}"
"${PYTHON}" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "${WORK}/app" --workpath "${WORK}/pyinstaller" "${ROOT}/installer/mbe_desktop.spec"
APP="${WORK}/app/mbe-desktop"
"${APP}/mbe-desktop" --version

# 3. The package folder: app/, desktop entry, icons, scripts, presets template, LIESMICH.
step "packaging ${NAME}.tar.gz"
STAGE="${WORK}/stage/${NAME}"
rm -rf "${WORK}/stage"
mkdir -p "${STAGE}/icons"
mv "${APP}" "${STAGE}/app"
cp "${ROOT}/installer/linux/mbe-desktop.desktop" "${STAGE}/"
cp "${ROOT}/installer/linux/install.sh" "${ROOT}/installer/linux/uninstall.sh" "${STAGE}/"
cp "${ROOT}/installer/linux/LIESMICH.txt" "${STAGE}/"
cp "${ROOT}/installer/mbe-desktop-presets.example.toml" "${STAGE}/"
for size in 16 32 48 64 128 256; do
    cp "${ROOT}/resources/icons/mbe-desktop-${size}.png" "${STAGE}/icons/"
done
cp "${ROOT}/resources/icons/mbe-desktop.svg" "${STAGE}/icons/"
chmod 755 "${STAGE}/install.sh" "${STAGE}/uninstall.sh" "${STAGE}/app/mbe-desktop"

# 4. A reproducible archive: sorted names, no owner, fixed times, gzip without a timestamp.
ARCHIVE="${DIST}/${NAME}.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@${SOURCE_DATE_EPOCH}" \
    -C "${WORK}/stage" -cf - "${NAME}" | gzip -n "-${GZIP_LEVEL}" > "${ARCHIVE}.tmp"
mv "${ARCHIVE}.tmp" "${ARCHIVE}"
(cd "${DIST}" && sha256sum "${NAME}.tar.gz" > "${NAME}.tar.gz.sha256")

step "done"
echo "app folder: ${STAGE}/app ($(du -sh "${STAGE}/app" | cut -f1))"
echo "archive:    ${ARCHIVE} ($(du -h "${ARCHIVE}" | cut -f1))"
