import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu, in Bahasa Indonesia, as data (no 'electron' at run time, so it is tested
 * under plain Node). It replaces Electron's default English menu, whose Reload, developer tools and
 * electronjs.org help links have no place in the office's app; Ctrl+W no longer quits. Shortcuts
 * users know from Windows stay: Ctrl+Z/Y/X/C/V/A, Ctrl+plus/minus/0, F11, F1.
 */

export interface MenuActions {
  openDataFolder(): void;
  /** The current screen's guide (the renderer's "Panduan", opened with F1). */
  showGuide(): void;
  showAbout(): void;
}

export function applicationMenu(actions: MenuActions, options: { packaged: boolean }): MenuItemConstructorOptions[] {
  const develop: MenuItemConstructorOptions[] = options.packaged
    ? []
    : [{ type: 'separator' }, { role: 'reload', label: 'Muat ulang (pengembangan)' }, { role: 'toggleDevTools', label: 'Alat pengembang' }];
  return [
    {
      label: '&Berkas',
      submenu: [
        { label: 'Buka folder data', click: () => actions.openDataFolder() },
        { type: 'separator' },
        { role: 'quit', label: 'Keluar', accelerator: 'Alt+F4' },
      ],
    },
    {
      label: '&Ubah',
      submenu: [
        { role: 'undo', label: 'Urungkan' },
        { role: 'redo', label: 'Ulangi' },
        { type: 'separator' },
        { role: 'cut', label: 'Potong' },
        { role: 'copy', label: 'Salin' },
        { role: 'paste', label: 'Tempel' },
        { role: 'selectAll', label: 'Pilih semua' },
      ],
    },
    {
      label: '&Tampilan',
      submenu: [
        { role: 'zoomIn', label: 'Perbesar' },
        { role: 'zoomOut', label: 'Perkecil' },
        { role: 'resetZoom', label: 'Ukuran normal' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Layar penuh' },
        ...develop,
      ],
    },
    {
      label: 'Ba&ntuan',
      submenu: [
        // Shown with F1 but not registered: the renderer answers F1 itself, so one key press opens one guide.
        { label: 'Panduan pengguna', accelerator: 'F1', registerAccelerator: false, click: () => actions.showGuide() },
        { type: 'separator' },
        { label: 'Tentang ZI Desk', click: () => actions.showAbout() },
      ],
    },
  ];
}

/** "Tentang ZI Desk": what an office's IT asks for on the phone. */
export function aboutText(info: { version: string; dataDir: string; electron: string; chrome: string; portable: boolean }): string {
  return [
    `Versi ${info.version}${info.portable ? ' (portabel)' : ''}`,
    `Folder data: ${info.dataDir}`,
    `Electron ${info.electron}, Chromium ${info.chrome}`,
    'Dibuat untuk Inspektorat: Pakta Integritas, LKE Zona Integritas, LHE dan rekapitulasi.',
  ].join('\n');
}
