; Included by electron-builder's NSIS installer (electron-builder.yml, nsis.include).
; ZI Desk installs for the current user only (%LOCALAPPDATA%\Programs\ZI Desk): forcing the
; current-user mode skips electron-builder's "install for all users / only for me" page, so an
; administrator cannot pick Program Files by accident (templates/nsis/multiUserUi.nsh reads
; $isForceCurrentInstall in the page's pre-function).
!macro customInstallMode
  StrCpy $isForceCurrentInstall "1"
!macroend
