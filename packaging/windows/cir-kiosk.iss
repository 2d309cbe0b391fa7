; Inno Setup 6 script for the CIR kiosk (Windows 10/11, x64).
; Build on Windows after `pyinstaller packaging\kiosk.spec` produced dist\kiosk\:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\cir-kiosk.iss
; It cannot be built or run on the project's Linux CI; keep it in line with the Inno Setup documentation.

#define AppName "CIR kiosk"
#define AppVersion "0.1.0"
#define AppPublisher "Wonen in Limburg"
#define AppExe "kiosk.exe"

[Setup]
AppId={{6C0F3E4B-5B7A-4E49-9C55-2B7C1D9A6E21}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\CIR kiosk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\..\dist\installer
OutputBaseFilename=cir-kiosk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
UninstallDisplayIcon={app}\{#AppExe}
WizardStyle=modern

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
; The whole one-folder bundle; program files are read-only for the kiosk user, data lives in %LOCALAPPDATA%.
Source: "..\..\dist\kiosk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\settings.template.toml"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} (oefenmodus)"; Filename: "{app}\{#AppExe}"; Parameters: "demo"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\{#AppExe}"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation..."

[UninstallDelete]
; Only the program folder; the data directory (encrypted dossiers still to sync) is left on purpose.
Type: filesandordirs; Name: "{app}"
