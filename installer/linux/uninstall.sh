#!/usr/bin/env bash
# MBE Desktop entfernen. Die Daten bleiben erhalten, wenn nicht ausdrücklich anders verlangt.
#
#   uninstall.sh                 entfernt Programm, Startmenü-Eintrag, Symbol und Aufruf-Link
#   uninstall.sh --delete-data   löscht zusätzlich den Datenbestand, die Protokolle und die
#                                Einstellungen dieses Benutzerkontos (mit Rückfrage;
#                                --yes ohne Rückfrage). Sicherungen im Sicherungsordner und
#                                gespeicherte PDFs bleiben in jedem Fall erhalten.
#
# Aufruf aus dem Programmordner (PREFIX/lib/mbe-desktop/uninstall.sh) oder über
# install.sh --uninstall aus dem entpackten Paket (dann mit --prefix, Standard ~/.local).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NAME="mbe-desktop"
PREFIX=""
DELETE_DATA=0
YES=0

usage() {
    sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    echo
    echo "Optionen: --prefix DIR  --delete-data  --yes  --help"
}

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) PREFIX="${2:?--prefix braucht einen Ordner}"; shift 2 ;;
        --prefix=*) PREFIX="${1#--prefix=}"; shift ;;
        --delete-data) DELETE_DATA=1; shift ;;
        --yes) YES=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "uninstall.sh: unbekannte Option: $1" >&2; usage >&2; exit 2 ;;
    esac
done

fail() { echo "uninstall.sh: $*" >&2; exit 1; }

if [ -z "${PREFIX}" ]; then
    if [ -f "${HERE}/installed-files.txt" ]; then
        PREFIX="$(cd "${HERE}/../.." && pwd)"   # run from PREFIX/lib/mbe-desktop
    else
        PREFIX="${HOME}/.local"
    fi
fi
APP_DIR="${PREFIX}/lib/${NAME}"

DATA_DIR="${XDG_DATA_HOME:-${HOME}/.local/share}/${NAME}"
STATE_DIR="${XDG_STATE_HOME:-${HOME}/.local/state}/${NAME}"
CONFIG_DIR="${XDG_CONFIG_HOME:-${HOME}/.config}/${NAME}"
QT_SETTINGS="${XDG_CONFIG_HOME:-${HOME}/.config}/MBE/MBE Desktop.conf"

# True while MBE Desktop has the data open: its lock file (QLockFile) names a live process
# that is MBE Desktop (not some other process that got the number of an ended one).
running() {
    local lock="${DATA_DIR}/${NAME}.lock" pid
    [ -f "${lock}" ] || return 1
    pid="$(head -n 1 "${lock}" 2>/dev/null | tr -cd '0-9')"
    [ -n "${pid}" ] && kill -0 "${pid}" 2>/dev/null || return 1
    case "$(tr '\0' ' ' 2>/dev/null < "/proc/${pid}/cmdline")" in
        *mbe-desktop*|*mbe_desktop*) return 0 ;;
        *) return 1 ;;
    esac
}

if running; then
    fail "MBE Desktop ist noch geöffnet. Bitte schließen Sie das Programm; es wurde nichts entfernt."
fi
if [ "${DELETE_DATA}" = "1" ]; then
    if [ "${YES}" != "1" ]; then
        if [ ! -t 0 ]; then
            fail "Zum Löschen der Daten ist eine Bestätigung nötig: im Terminal starten oder --yes angeben."
        fi
        echo "Achtung: Der verschlüsselte Datenbestand in ${DATA_DIR} wird endgültig gelöscht,"
        echo "mit allen Ratsuchenden, Fällen und Schreiben. Sicherungen im Sicherungsordner bleiben."
        read -r -p "Zum Bestätigen LÖSCHEN eingeben: " answer
        [ "${answer}" = "LÖSCHEN" ] || fail "Nicht bestätigt; es wurde nichts entfernt."
    fi
fi

# Program, launcher link, desktop entry, icons: exactly what install.sh recorded.
if [ -f "${APP_DIR}/installed-files.txt" ]; then
    while IFS= read -r file; do
        [ -n "${file}" ] || continue
        if [ -L "${file}" ]; then
            # Only our own link: it points into the program folder.
            case "$(readlink "${file}")" in "${APP_DIR}"/*) rm -f "${file}" ;; esac
        elif [ -f "${file}" ]; then
            rm -f "${file}"
            case "${file}" in
                */icons/hicolor/*/apps/*)  # the size folders, when nothing else is in them
                    rmdir "$(dirname "${file}")" 2>/dev/null || true
                    rmdir "$(dirname "$(dirname "${file}")")" 2>/dev/null || true ;;
            esac
        fi
    done < "${APP_DIR}/installed-files.txt"
elif [ ! -d "${APP_DIR}" ]; then
    fail "MBE Desktop ist in ${PREFIX} nicht installiert (${APP_DIR} fehlt)."
fi
rm -rf "${APP_DIR}"

DATA_HOME="${XDG_DATA_HOME:-${HOME}/.local/share}"
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "${DATA_HOME}/applications" 2>/dev/null || true
fi
echo "MBE Desktop wurde entfernt (${APP_DIR})."

if [ "${DELETE_DATA}" = "1" ]; then
    rm -rf "${DATA_DIR}" "${STATE_DIR}" "${CONFIG_DIR}"
    rm -f "${QT_SETTINGS}"
    echo "Datenbestand, Protokolle und Einstellungen wurden gelöscht."
else
    echo "Die Daten bleiben erhalten: ${DATA_DIR}"
    echo "(Protokolle: ${STATE_DIR}, Einstellungen: ${CONFIG_DIR})"
    echo "Nach einer erneuten Installation öffnet MBE Desktop diesen Datenbestand wieder."
fi
