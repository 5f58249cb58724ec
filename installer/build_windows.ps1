# Build MBE Desktop for Windows: the PyInstaller one-folder app, then the Inno Setup installer.
#
#   powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1
#   ... -Python C:\path\python.exe -Iscc "C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
#   ... -PresetsFile \\server\it\mbe-desktop-presets.toml   (bundled into the installer)
#   ... -SkipInstaller                                      (only the one-folder app)
#
# Run on Windows 10/11 x64 with Python 3.11 and a venv holding only the project and its dev
# extras (py -3.11 -m venv .venv; .venv\Scripts\pip install -e ".[dev]"), and Inno Setup 6.3+.
# Output: dist\mbe-desktop\ (the app) and dist\mbe-desktop-<version>-windows-x64-setup.exe.
param(
    [string]$Python = "",
    [string]$Iscc = "",
    [string]$PresetsFile = "",
    [switch]$SkipInstaller
)
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root
if (-not $Python) { $Python = Join-Path $Root ".venv\Scripts\python.exe" }

function Invoke-Step([string]$Label, [scriptblock]$Block) {
    Write-Host "==> $Label"
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "$Label failed (exit code $LASTEXITCODE)" }
}

# 1. Compiled translations (*.qm are build output; the spec bundles only those).
if (Test-Path (Join-Path $Root "installer\translations.py")) {
    Invoke-Step "compiling translations" { & $Python installer\translations.py compile }
}

# 2. The one-folder app: dist\mbe-desktop\mbe-desktop.exe (GUI) and mbe-desktop-cli.exe.
Invoke-Step "PyInstaller (one-folder build)" {
    & $Python -m PyInstaller --noconfirm --clean --log-level WARN `
        --distpath dist --workpath build\windows installer\mbe_desktop.spec
}
Invoke-Step "smoke test" { & dist\mbe-desktop\mbe-desktop-cli.exe --version }
if ($PresetsFile) {
    Invoke-Step "checking the presets file" {
        & dist\mbe-desktop\mbe-desktop-cli.exe presets --file $PresetsFile
    }
}
if ($SkipInstaller) { return }

# 3. The installer.
if (-not $Iscc) {
    $found = Get-Command iscc.exe -ErrorAction SilentlyContinue
    $candidates = @(
        $(if ($found) { $found.Source }),
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
    ) | Where-Object { $_ -and (Test-Path $_) }
    if (-not $candidates) { throw "Inno Setup (ISCC.exe) not found: install it or pass -Iscc" }
    $Iscc = @($candidates)[0]
}
$defines = @("/DAppSource=$Root\dist\mbe-desktop")
if ($PresetsFile) { $defines += "/DPresetsFile=$((Resolve-Path $PresetsFile).Path)" }
Invoke-Step "Inno Setup" { & $Iscc @defines installer\mbe-desktop.iss }
Get-ChildItem dist\mbe-desktop-*-windows-x64-setup.exe | ForEach-Object {
    Write-Host "installer: $($_.FullName) ($([math]::Round($_.Length / 1MB)) MB)"
}
