; MBE Desktop: Windows installer (Inno Setup 6.3 or newer), built on Windows.
;
;   1. The one-folder app:  installer\build_windows.ps1  (or PyInstaller by hand into dist\)
;   2. This script:         iscc installer\mbe-desktop.iss
;                           -> dist\mbe-desktop-<version>-windows-x64-setup.exe
;
; Options (iscc /D...):
;   /DAppSource=DIR      the one-folder build (default: ..\dist\mbe-desktop)
;   /DPresetsFile=FILE   the provider's mbe-desktop-presets.toml, installed into the program
;                        folder (default: installer\mbe-desktop-presets.toml, if it exists)
;   /DAppVersion=X.Y.Z   (default: the ProductVersion of mbe-desktop.exe, set by the spec)
;
; Saved as UTF-8 with BOM (Inno Setup reads a file without BOM in the ANSI code page).
;
; Per user, without admin rights: installs into %LOCALAPPDATA%\Programs\MBE Desktop, a
; start-menu entry for this user. The uninstaller removes the program and leaves the user's
; data (%LOCALAPPDATA%\MBE\mbe-desktop: the encrypted store, logs, presets) in place unless
; the user explicitly asks for them to be deleted (two questions, "No" is the default); a
; silent uninstall keeps them unless run with /DeleteData=yes.

#define AppName "MBE Desktop"
#define AppExe "mbe-desktop.exe"
#define PresetsName "mbe-desktop-presets.toml"

#ifndef AppSource
  #define AppSource AddBackslash(SourcePath) + "..\dist\mbe-desktop"
#endif
#if !FileExists(AppSource + "\" + AppExe)
  #error "The one-folder build is missing: run installer\build_windows.ps1 first (or pass /DAppSource=...)"
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AppSource + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error "No version found in mbe-desktop.exe; pass /DAppVersion=..."
#endif
; VersionInfoVersion takes only up to four numbers, so a pre-release such as 0.2.0rc1 would
; not compile: the setup's file version uses the numeric FILEVERSION of mbe-desktop.exe (the
; spec derives it from the same version: 0.2.0rc1 -> 0.2.0.0), absent only if it has none.
#define AppVersionNumbers GetVersionNumbersString(AppSource + "\" + AppExe)
#ifndef PresetsFile
  #define PresetsFile AddBackslash(SourcePath) + PresetsName
#endif

[Setup]
; The AppId identifies the installation for updates and the uninstaller: never change it.
AppId={{5C2F7A1E-3B8D-4E6A-9F0C-7D41B2A8E953}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=MBE
#if AppVersionNumbers != ""
VersionInfoVersion={#AppVersionNumbers}
#endif
; Per-user install only: no elevation, no choice of "all users".
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=mbe-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=..\resources\icons\mbe-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; An update closes a running MBE Desktop through the Restart Manager (it asks first).
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
de.DesktopIcon=Verknüpfung auf dem &Desktop anlegen
en.DesktopIcon=Create a &desktop shortcut
de.AppComment=Verschlüsselte Falldokumentation für die MBE
en.AppComment=Encrypted case documentation for MBE counselling
de.StillRunning=MBE Desktop ist noch geöffnet. Bitte schließen Sie das Programm und starten Sie die Deinstallation erneut.
en.StillRunning=MBE Desktop is still open. Please close it and start the uninstallation again.
de.DeleteDataQuestion=MBE Desktop wurde entfernt.%n%nSollen auch Ihre Daten gelöscht werden – der verschlüsselte Datenbestand mit allen Ratsuchenden, Fällen und Schreiben, die Protokolle und die Einstellungen?%n%n%1%n%nWählen Sie „Nein“, um die Daten zu behalten (empfohlen). Eine spätere Installation öffnet sie dann wieder. Sicherungen im Sicherungsordner werden in keinem Fall gelöscht.
en.DeleteDataQuestion=MBE Desktop has been removed.%n%nDo you also want to delete your data – the encrypted store with all clients, cases and letters, the logs and the settings?%n%n%1%n%nChoose "No" to keep the data (recommended); a later installation opens them again. Backups in the backup folder are never deleted.
de.DeleteDataConfirm=Wirklich alle Daten von MBE Desktop auf diesem Rechner endgültig löschen? Das kann nicht rückgängig gemacht werden.
en.DeleteDataConfirm=Really delete all MBE Desktop data on this computer for good? This cannot be undone.
de.DeleteDataFailed=Einige Dateien in %1 konnten nicht gelöscht werden.
en.DeleteDataFailed=Some files in %1 could not be deleted.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[InstallDelete]
; An update replaces the bundled libraries as a whole: no stale files from the old version.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#AppSource}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
#if FileExists(PresetsFile)
Source: "{#PresetsFile}"; DestDir: "{app}"; DestName: "{#PresetsName}"; Flags: ignoreversion
#endif

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; A presets file provider IT copied into the program folder by hand.
Type: files; Name: "{app}\{#PresetsName}"

[Code]
const
  DataSubdir = 'MBE\mbe-desktop';           { platformdirs.user_data_dir("mbe-desktop", "MBE") }
  QtSettingsKey = 'Software\MBE\MBE Desktop'; { QSettings: UI preferences such as the language }
  LockFileName = 'mbe-desktop.lock';        { held open by a running MBE Desktop (QLockFile) }

function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\' + DataSubdir);
end;

function InitializeUninstall(): Boolean;
var
  Lock: String;
begin
  Result := True;
  Lock := DataDir() + '\' + LockFileName;
  { A running instance keeps its lock file open, so it cannot be deleted; a stale lock file
    of an ended instance can (MBE Desktop would replace it anyway). }
  if FileExists(Lock) and not DeleteFile(Lock) then
  begin
    SuppressibleMsgBox(CustomMessage('StillRunning'), mbError, MB_OK, IDOK);
    Result := False;
  end;
end;

function DataDeletionWanted(): Boolean;
begin
  if UninstallSilent() then
    Result := CompareText(ExpandConstant('{param:DeleteData|no}'), 'yes') = 0
  else
    Result :=
      (MsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataDir()]), mbConfirmation,
        MB_YESNO or MB_DEFBUTTON2) = IDYES) and
      (MsgBox(CustomMessage('DeleteDataConfirm'), mbError, MB_YESNO or MB_DEFBUTTON2) = IDYES);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataDir()) and DataDeletionWanted() then
  begin
    if not DelTree(DataDir(), True, True, True) then
      SuppressibleMsgBox(FmtMessage(CustomMessage('DeleteDataFailed'), [DataDir()]), mbError,
        MB_OK, IDOK);
    RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, QtSettingsKey);
    RemoveDir(ExpandConstant('{localappdata}\MBE'));  { only if empty }
  end;
end;
