#!/usr/bin/env bash
# MBE Desktop für die eigene Benutzerin / den eigenen Benutzer installieren (ohne Root-Rechte).
#
#   ./install.sh                  installiert nach ~/.local (oder: --prefix DIR)
#   ./install.sh --uninstall ...  entfernt das Programm wieder (siehe uninstall.sh --help)
#
# Programm:     PREFIX/lib/mbe-desktop/            (PREFIX = ~/.local)
# Aufruf:       PREFIX/bin/mbe-desktop             (symbolischer Link)
# Startmenü:    $XDG_DATA_HOME/applications/mbe-desktop.desktop   (~/.local/share/...)
# Symbol:       $XDG_DATA_HOME/icons/hicolor/<Größe>/apps/mbe-desktop.png
#
# Eine Voreinstellungsdatei mbe-desktop-presets.toml neben diesem Skript wird in den
# Programmordner kopiert (siehe LIESMICH.txt). Eine Aktualisierung ersetzt den Programmordner
# als Ganzes; eine dort schon liegende Voreinstellungsdatei bleibt erhalten, wenn das neue
# Paket keine mitbringt. Die Daten (~/.local/share/mbe-desktop) berührt das Skript nie.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NAME="mbe-desktop"
PRESETS="mbe-desktop-presets.toml"
PREFIX="${HOME}/.local"
DATA_HOME="${XDG_DATA_HOME:-${HOME}/.local/share}"
ALLOW_ROOT=0

usage() {
    sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    echo
    echo "Optionen: --prefix DIR  --allow-root  --uninstall [Optionen von uninstall.sh]  --help"
}

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) PREFIX="${2:?--prefix braucht einen Ordner}"; shift 2 ;;
        --prefix=*) PREFIX="${1#--prefix=}"; shift ;;
        --allow-root) ALLOW_ROOT=1; shift ;;
        --uninstall) shift; exec "${HERE}/uninstall.sh" --prefix "${PREFIX}" "$@" ;;
        -h|--help) usage; exit 0 ;;
        *) echo "install.sh: unbekannte Option: $1" >&2; usage >&2; exit 2 ;;
    esac
done

fail() { echo "install.sh: $*" >&2; exit 1; }

if [ "$(id -u)" = "0" ] && [ "${ALLOW_ROOT}" != "1" ]; then
    fail "Bitte nicht als root ausführen: MBE Desktop wird für die angemeldete Person installiert."
fi
[ -x "${HERE}/app/${NAME}" ] || fail "Das Programm fehlt: ${HERE}/app/${NAME}"
case "${PREFIX}" in /*) ;; *) fail "--prefix braucht einen absoluten Pfad: ${PREFIX}" ;; esac
case "${PREFIX}" in
    *[\\\"\`\$%]*) fail "Der Ordner ${PREFIX} enthält eines der Zeichen \\ \" \` \$ % – bitte einen anderen wählen." ;;
esac

APP_DIR="${PREFIX}/lib/${NAME}"
BIN_DIR="${PREFIX}/bin"
APPS_DIR="${DATA_HOME}/applications"
ICONS_DIR="${DATA_HOME}/icons/hicolor"

# An update while the program runs could pull parts of two versions into one process.
lock="${DATA_HOME}/${NAME}/${NAME}.lock"
if [ -f "${lock}" ]; then
    pid="$(head -n 1 "${lock}" 2>/dev/null | tr -cd '0-9')"
    if [ -n "${pid}" ] && kill -0 "${pid}" 2>/dev/null; then
        case "$(tr '\0' ' ' 2>/dev/null < "/proc/${pid}/cmdline")" in
            *mbe-desktop*|*mbe_desktop*)
                fail "MBE Desktop ist noch geöffnet. Bitte schließen Sie das Programm und starten Sie die Installation erneut." ;;
        esac
    fi
fi

# 1. The program folder, swapped in whole: a failed copy leaves the old version working.
mkdir -p "${PREFIX}/lib"
staging="${APP_DIR}.new-$$"
retired="${APP_DIR}.old-$$"
trap 'rm -rf "${staging}"' EXIT
rm -rf "${staging}"
cp -a "${HERE}/app" "${staging}"
cp "${HERE}/uninstall.sh" "${staging}/uninstall.sh"
chmod 755 "${staging}/uninstall.sh"
if [ -f "${HERE}/${PRESETS}" ]; then
    cp "${HERE}/${PRESETS}" "${staging}/${PRESETS}"
elif [ -f "${APP_DIR}/${PRESETS}" ]; then
    cp -p "${APP_DIR}/${PRESETS}" "${staging}/${PRESETS}"
fi
if [ -e "${APP_DIR}" ]; then
    mv "${APP_DIR}" "${retired}"
fi
if ! mv "${staging}" "${APP_DIR}"; then
    [ -e "${retired}" ] && mv "${retired}" "${APP_DIR}"
    fail "Der Programmordner ${APP_DIR} konnte nicht ersetzt werden; die bisherige Version bleibt."
fi
rm -rf "${retired}"
trap - EXIT

# 2. Launcher on PATH (~/.local/bin is on PATH in most distributions).
mkdir -p "${BIN_DIR}"
ln -sfn "${APP_DIR}/${NAME}" "${BIN_DIR}/${NAME}"

# 3. Icons in the XDG icon theme and the desktop entry with the absolute program path.
installed=("${BIN_DIR}/${NAME}")
for png in "${HERE}"/icons/${NAME}-*.png; do
    size="$(basename "${png}" .png)"
    size="${size##*-}"
    target="${ICONS_DIR}/${size}x${size}/apps/${NAME}.png"
    mkdir -p "$(dirname "${target}")"
    cp "${png}" "${target}"
    installed+=("${target}")
done
if [ -f "${HERE}/icons/${NAME}.svg" ]; then
    target="${ICONS_DIR}/scalable/apps/${NAME}.svg"
    mkdir -p "$(dirname "${target}")"
    cp "${HERE}/icons/${NAME}.svg" "${target}"
    installed+=("${target}")
fi

# The desktop entry with the absolute program path, quoted for Exec (spaces are fine; the
# characters the Desktop Entry Specification would need escaped are refused above).
mkdir -p "${APPS_DIR}"
desktop="${APPS_DIR}/${NAME}.desktop"
program="${APP_DIR}/${NAME}"
while IFS= read -r line || [ -n "${line}" ]; do
    case "${line}" in
        Exec=*) printf 'Exec="%s"\n' "${program}" ;;
        TryExec=*) printf 'TryExec=%s\n' "${program}" ;;
        *) printf '%s\n' "${line}" ;;
    esac
done < "${HERE}/${NAME}.desktop" > "${desktop}.tmp"
chmod 644 "${desktop}.tmp"
mv "${desktop}.tmp" "${desktop}"
installed+=("${desktop}")

# What uninstall.sh removes besides the program folder.
printf '%s\n' "${installed[@]}" > "${APP_DIR}/installed-files.txt"

# Refresh the menu and icon caches where the tools exist (harmless if they do not).
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "${APPS_DIR}" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "${ICONS_DIR}/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "${ICONS_DIR}" 2>/dev/null || true
fi

version="$("${APP_DIR}/${NAME}" --version 2>/dev/null || true)"
echo "MBE Desktop installiert: ${APP_DIR} (${version:-Version unbekannt})"
echo "Start über das Anwendungsmenü oder mit: ${BIN_DIR}/${NAME}"
if [ -f "${APP_DIR}/${PRESETS}" ]; then
    echo "Voreinstellungen des Trägers: ${APP_DIR}/${PRESETS}"
fi
case ":${PATH}:" in
    *":${BIN_DIR}:"*) ;;
    *) echo "Hinweis: ${BIN_DIR} ist nicht im Suchpfad (PATH); das Startmenü funktioniert trotzdem." ;;
esac
echo "Entfernen mit: ${APP_DIR}/uninstall.sh (die Daten bleiben erhalten)"
