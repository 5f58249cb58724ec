#!/usr/bin/env bash
# Check installer/mbe-desktop.iss on Linux under wine: compile it with Inno Setup's ISCC and run
# the setup and the uninstaller silently against a stand-in app (a tiny C program with the
# version resource the PyInstaller spec writes, plus dummy files). Manual tool, not part of
# the test suite; see installer/README.md ("Checking the installer under wine").
#
#   installer/check_windows_installer.sh [--iscc-dir DIR] [--work DIR]
#
# Needs (Debian 12): wine wine64 wine32 (dpkg --add-architecture i386), xvfb,
# gcc-mingw-w64-x86-64-win32, and ISCC: --iscc-dir DIR holding ISCC.exe, or npm, which fetches
# the npm package innosetup-compiler (Inno Setup 6.3.1) into the work folder.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ISCC_DIR=""
WORK=""
while [ $# -gt 0 ]; do
    case "$1" in
        --iscc-dir) ISCC_DIR=$2; shift 2 ;;
        --work) WORK=$2; shift 2 ;;
        *) echo "usage: $0 [--iscc-dir DIR] [--work DIR]" >&2; exit 2 ;;
    esac
done
WORK=${WORK:-$(mktemp -d /tmp/mbe-iss-check.XXXXXX)}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
export WINEPREFIX="$WORK/wineprefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
T="timeout 300"
PASSED=0 FAILED=0
check() { # check "what" command...
    local what=$1; shift
    if "$@"; then echo "PASS  $what"; PASSED=$((PASSED + 1))
    else echo "FAIL  $what"; FAILED=$((FAILED + 1)); fi
}
win() { winepath -w "$1" 2>/dev/null; }

# One X server for the whole run (a new one per wine command made the setup fail at random).
for n in $(seq 90 120); do [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break; done
Xvfb ":$n" -screen 0 1024x768x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
export DISPLAY=":$n"
cleanup() { wineserver -k 2>/dev/null || true; kill "$XVFB_PID" 2>/dev/null || true; }
trap cleanup EXIT
sleep 2

echo "==> work folder $WORK"
if [ -z "$ISCC_DIR" ]; then
    (cd "$WORK" && npm pack --silent innosetup-compiler@6.3.1 >/dev/null && tar xzf innosetup-compiler-6.3.1.tgz)
    ISCC_DIR="$WORK/package/bin"
fi
ISCC="$ISCC_DIR/ISCC.exe"
[ -f "$ISCC" ] || { echo "no ISCC.exe in $ISCC_DIR" >&2; exit 2; }

echo "==> stand-in app (mbe-desktop.exe with a version resource like the spec's)"
mkdir -p "$WORK/stub"
cat >"$WORK/stub/stub.c" <<'EOF'
/* "--hold-lock SECONDS": hold %LOCALAPPDATA%\MBE\mbe-desktop\mbe-desktop.lock open the way
   QLockFile does on Windows (share mode FILE_SHARE_READ only), as a running MBE Desktop. */
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
    if (argc >= 3 && strcmp(argv[1], "--hold-lock") == 0) {
        char path[MAX_PATH];
        DWORD n = GetEnvironmentVariableA("LOCALAPPDATA", path, MAX_PATH);
        if (n == 0 || n >= MAX_PATH - 40) return 2;
        strcat(path, "\\MBE\\mbe-desktop\\mbe-desktop.lock");
        HANDLE h = CreateFileA(path, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ, NULL,
                               CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
        if (h == INVALID_HANDLE_VALUE) return 3;
        printf("holding %s\n", path);
        fflush(stdout);
        Sleep(1000 * atoi(argv[2]));
        CloseHandle(h);
    }
    return 0;
}
EOF
stub() { # stub VERSION "A,B,C,D" OUT.exe
    sed -e "s/@V@/$1/g" -e "s/@N@/$2/g" >"$WORK/stub/v.rc" <<'EOF'
1 VERSIONINFO
FILEVERSION @N@
PRODUCTVERSION @N@
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040704B0"
    BEGIN
      VALUE "CompanyName", "MBE"
      VALUE "FileDescription", "MBE Desktop"
      VALUE "FileVersion", "@V@"
      VALUE "ProductName", "MBE Desktop"
      VALUE "ProductVersion", "@V@"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x0407, 1200
  END
END
EOF
    x86_64-w64-mingw32-windres "$WORK/stub/v.rc" -O coff -o "$WORK/stub/v.res"
    x86_64-w64-mingw32-gcc -O2 -o "$3" "$WORK/stub/stub.c" "$WORK/stub/v.res"
}
app() { # app DIR VERSION NUMBERS STALEFILE
    rm -rf "$1"; mkdir -p "$1/_internal/PySide6"
    stub "$2" "$3" "$1/mbe-desktop.exe"
    cp "$1/mbe-desktop.exe" "$1/mbe-desktop-cli.exe"
    echo "$2" >"$1/_internal/base_library.zip"
    echo "$2" >"$1/_internal/PySide6/$4"
}
app "$WORK/app1" 0.1.0 0,1,0,0 only-in-0.1.0.pyd
app "$WORK/app2" 0.2.0rc1 0,2,0,0 only-in-0.2.0rc1.pyd
cp "$ROOT/installer/mbe-desktop-presets.example.toml" "$WORK/presets.toml"

echo "==> wine prefix (Windows 10: the script has MinVersion=10.0)"
$T wineboot -i >/dev/null 2>&1
$T wine winecfg /v win10 >/dev/null 2>&1
LAD_W=$($T wine cmd /c 'echo %LOCALAPPDATA%' 2>/dev/null | tr -d '\r')
LAD=$(winepath -u "$LAD_W" 2>/dev/null)
APPDATA_U=$(winepath -u "$($T wine cmd /c 'echo %APPDATA%' 2>/dev/null | tr -d '\r')" 2>/dev/null)
PROFILE_U=$(winepath -u "$($T wine cmd /c 'echo %USERPROFILE%' 2>/dev/null | tr -d '\r')" 2>/dev/null)
INST="$LAD/Programs/MBE Desktop"
DATA="$LAD/MBE/mbe-desktop"
LNK="$APPDATA_U/Microsoft/Windows/Start Menu/Programs/MBE Desktop.lnk"
UNKEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\{5C2F7A1E-3B8D-4E6A-9F0C-7D41B2A8E953}_is1'
QTKEY='HKCU\Software\MBE\MBE Desktop'
regkey() { $T wine reg query "$1" >/dev/null 2>&1; }
noregkey() { ! regkey "$1"; }

echo "==> compiling installer/mbe-desktop.iss with $ISCC"
iscc() { # iscc OUTDIR SCRIPT DEFINES...
    local out=$1 script=$2; shift 2
    $T wine "$ISCC" /Q "/O$(win "$out")" "$@" "$(win "$script")" >"$out.log" 2>&1
}
check "the real .iss compiles (version from mbe-desktop.exe, presets bundled)" \
    iscc "$WORK/out-real" "$ROOT/installer/mbe-desktop.iss" "/DAppSource=$(win "$WORK/app1")" \
    "/DPresetsFile=$(win "$WORK/presets.toml")"
check "setup named mbe-desktop-0.1.0-windows-x64-setup.exe" \
    test -f "$WORK/out-real/mbe-desktop-0.1.0-windows-x64-setup.exe"
# wine 8 cannot resolve FOLDERID_UserProgramFiles ({autopf} of a per-user install: Setup stops
# with 'Failed to expand shell folder constant "autopf"'), so the runs below use a copy that
# names the same folder Windows gives for it: %LOCALAPPDATA%\Programs.
mkdir -p "$WORK/src/installer" "$WORK/src/resources/icons"
cp "$ROOT/resources/icons/mbe-desktop.ico" "$WORK/src/resources/icons/"
sed 's/^DefaultDirName={autopf}\\/DefaultDirName={localappdata}\\Programs\\/' \
    "$ROOT/installer/mbe-desktop.iss" >"$WORK/src/installer/mbe-desktop.iss"
check "the wine copy differs only in DefaultDirName" \
    test "$(diff "$ROOT/installer/mbe-desktop.iss" "$WORK/src/installer/mbe-desktop.iss" | grep -c '^[<>]')" = 2
iscc "$WORK/out1" "$WORK/src/installer/mbe-desktop.iss" "/DAppSource=$(win "$WORK/app1")" \
    "/DPresetsFile=$(win "$WORK/presets.toml")"
check "a pre-release version (0.2.0rc1) compiles, without a presets file" \
    iscc "$WORK/out2" "$WORK/src/installer/mbe-desktop.iss" "/DAppSource=$(win "$WORK/app2")"
SETUP1="$WORK/out1/mbe-desktop-0.1.0-windows-x64-setup.exe"
SETUP2="$WORK/out2/mbe-desktop-0.2.0rc1-windows-x64-setup.exe"

setup() { $T wine "$(win "$1")" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART "/LOG=$(win "$2")"; }
uninstall() { # uninstall LOG [extra args]; the first phase waits for the second
    local log=$1; shift
    $T wine "$(win "$INST/unins000.exe")" /VERYSILENT /SUPPRESSMSGBOXES "$@" "/LOG=$(win "$log")" || true
    for _ in $(seq 60); do grep -q 'Log closed' "$log" 2>/dev/null && break; sleep 1; done
    sleep 2
}

echo "==> silent install (as the rollout does it)"
check "setup 0.1.0 exits 0" setup "$SETUP1" "$WORK/install1.log"
check "per-user install mode, no elevation" grep -q 'Administrative install mode: No' "$WORK/install1.log"
check "program in %LOCALAPPDATA%\\Programs\\MBE Desktop" test -f "$INST/mbe-desktop.exe" -a -f "$INST/mbe-desktop-cli.exe" -a -f "$INST/_internal/base_library.zip"
check "presets file installed" cmp -s "$WORK/presets.toml" "$INST/mbe-desktop-presets.toml"
check "start-menu entry for this user" test -f "$LNK"
check "no desktop shortcut (task unchecked by default)" test ! -e "$PROFILE_U/Desktop/MBE Desktop.lnk"
check "uninstall entry in HKCU" regkey "$UNKEY"

echo "==> update to 0.2.0rc1 (installer without presets)"
check "setup 0.2.0rc1 exits 0" setup "$SETUP2" "$WORK/install2.log"
check "new version installed" grep -q 0.2.0rc1 "$INST/_internal/base_library.zip"
check "old bundled libraries removed ([InstallDelete] _internal)" test ! -e "$INST/_internal/PySide6/only-in-0.1.0.pyd"
check "presets file of the first install kept" cmp -s "$WORK/presets.toml" "$INST/mbe-desktop-presets.toml"

echo "==> silent uninstall keeps the data"
mkdir -p "$DATA/Logs"; echo store >"$DATA/store.db"; echo log >"$DATA/Logs/mbe-desktop.log"
echo 1 >"$DATA/mbe-desktop.lock"   # stale lock of an ended instance
$T wine reg add "$QTKEY" /v language /d de /f >/dev/null 2>&1
uninstall "$WORK/uninstall1.log"
check "program folder removed" test ! -e "$INST"
check "start-menu entry removed" test ! -e "$LNK"
check "uninstall entry removed" noregkey "$UNKEY"
check "data folder kept" test -f "$DATA/store.db" -a -f "$DATA/Logs/mbe-desktop.log"
check "UI preferences kept" regkey "$QTKEY"
check "stale lock file removed" test ! -e "$DATA/mbe-desktop.lock"

echo "==> uninstall refused while MBE Desktop holds its lock file"
setup "$SETUP1" "$WORK/install3.log"
$T wine "$(win "$INST/mbe-desktop.exe")" --hold-lock 30 >"$WORK/hold.log" 2>&1 &
HOLD_PID=$!
for _ in $(seq 20); do grep -qs holding "$WORK/hold.log" && break; sleep 1; done
uninstall "$WORK/uninstall2.log"
check "uninstaller refused (InitializeUninstall False)" grep -q 'InitializeUninstall returned False' "$WORK/uninstall2.log"
check "program still installed" test -f "$INST/mbe-desktop.exe"
wait "$HOLD_PID" || true

echo "==> silent uninstall with /DeleteData=yes"
uninstall "$WORK/uninstall3.log" /DeleteData=yes
check "program folder removed" test ! -e "$INST"
check "data folder deleted" test ! -e "$DATA"
check "empty %LOCALAPPDATA%\\MBE removed" test ! -e "$LAD/MBE"
check "UI preferences deleted" noregkey "$QTKEY"

echo "$PASSED passed, $FAILED failed (logs in $WORK)"
[ "$FAILED" = 0 ]
