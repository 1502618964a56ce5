import { app, dialog, Menu, powerMonitor, safeStorage, session, shell, type BrowserWindow } from 'electron';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_USER_MODEL_ID } from '../../shared/app';
import { createAppDispatcher } from '../handlers';
import { enableCompileCache } from '../services/compileCache';
import { createServices, type Services } from '../services/container';
import { exportFontsDir } from '../services/pdf/fonts';
import { preloadExcelJs } from '../services/files/xlsx';
import { safeStorageKeyProtector } from '../services/signing/protector';
import { resolveDataDir } from '../services/storage';
import { createCrashPolicy, crashMessage } from './crashes';
import { previewDocumentPort, type PreviewOptions } from './documents';
import { registerIpc } from './ipc';
import { aboutText, applicationMenu } from './menu';
import { askPortableDataDir, preparePortable } from './portableStart';
import { registerSchemePrivileges, serveRenderer } from './protocol';
import { electronShell, handleDownloads, removeTemporaryCopies } from './shell';
import { createMainWindow, lockDownSession, revealWindow } from './window';

/** Electron entry: reads like a table of contents; features own their wiring. */
const here = path.dirname(fileURLToPath(import.meta.url));
let services: Services | undefined;
/** The main window, kept by reference: previews are its children and never stand in for it. */
let mainWindow: BrowserWindow | undefined;
const crashes = createCrashPolicy();
const previews: PreviewOptions = { parent: () => mainWindow, saveNames: new Map() };

// One taskbar button for the pinned shortcut and the window (equals appId in electron-builder.yml).
app.setAppUserModelId(APP_USER_MODEL_ID);
// Test seam for tests/electron/smoke.spec.ts: Electron cannot read the AppUserModelID back, so with
// ZI_DESK_SMOKE=1 main records the value it set once the call returned. Nothing of ours reads it.
if (process.env.ZI_DESK_SMOKE === '1') Object.assign(globalThis, { ziDeskSmoke: { appUserModelId: APP_USER_MODEL_ID } });
// Portable: its own Chromium profile, set before the single-instance lock (which lives in it).
const portable = preparePortable(process.env);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Modules compiled from here on (the signing libraries, exceljs, the PDF worker's pdfkit and
  // pdfmake) come from Node's compile cache from the second start on; nothing on Node 20.
  enableCompileCache(path.join(app.getPath('userData'), 'cache', 'compile'));
  registerSchemePrivileges();
  app.on('second-instance', () => {
    if (mainWindow !== undefined && !mainWindow.isDestroyed()) revealWindow(mainWindow);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    removeTemporaryCopies();
    if (!services) return;
    event.preventDefault();
    const closing = services;
    services = undefined;
    void closing.close().finally(() => app.exit(0));
  });
  app.whenReady().then(onReady, (error: unknown) => fatal(error));
}

/**
 * Windows ends the session (log off, shut down, update restart) without `will-quit`: the data
 * folder's lock is released synchronously so the next start — here or on another PC with the same
 * USB stick — finds it free.
 */
function releaseLockNow(): void {
  services?.releaseLockSync();
}

async function onReady(): Promise<void> {
  try {
    lockDownSession();
    handleDownloads(session.defaultSession, previews.saveNames);
    powerMonitor.on('shutdown', releaseLockNow);
    const dataDir =
      portable === undefined
        ? resolveDataDir({ env: process.env, platform: process.platform, homedir: os.homedir() })
        : await askPortableDataDir(portable, process.env);
    // Packaged, the fonts ship outside app.asar as resources/fonts (electron-builder.yml); unpackaged,
    // dist/electron/main.js finds them in the repository. Set once for every service and worker.
    exportFontsDir(app.isPackaged ? path.join(process.resourcesPath, 'fonts') : path.join(here, '..', '..', 'resources', 'fonts'));
    services = await createServices({
      dataDir,
      host: 'electron',
      version: app.getVersion(),
      openDocument: previewDocumentPort(previews),
      shell: electronShell(previews),
      keyProtector: safeStorageKeyProtector(safeStorage),
      // The PDF worker and the signing module load a second after start, once the first page had
      // the CPU (started at once, they slowed the first page by a quarter on 2 cores).
      interactive: true,
      warmUpAfterMs: 1000,
    });
    // Only the main window has the preload; previews run no code of ours.
    registerIpc(createAppDispatcher(services, (m, e) => console.error(m, e)), () => (mainWindow === undefined ? [] : [mainWindow]));
    serveRenderer(path.join(here, '..', 'renderer'));
    Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenu(menuActions(dataDir), { packaged: app.isPackaged })));
    openMainWindow();
    void services.worksheets.prepareIndex();
    setTimeout(preloadExcelJs, 3000);
  } catch (error) {
    fatal(error);
  }
}

function openMainWindow(): void {
  const window = createMainWindow(path.join(here, 'preload.cjs'), path.join(app.getPath('userData'), 'jendela.json'));
  mainWindow = window;
  window.on('session-end', releaseLockNow);
  // Closing the main window closes its previews with it and ends the app: there is no way back otherwise.
  window.on('close', () => {
    for (const child of window.getChildWindows()) child.close();
  });
  window.on('closed', () => {
    mainWindow = undefined;
    app.quit();
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    const action = crashes.record(details.reason);
    if (action === 'ignore' || window.isDestroyed()) return;
    void dialog.showMessageBox(window, { type: 'warning', title: 'ZI Desk', message: crashMessage(action, details.reason), buttons: ['OK'], noLink: true }).then(() => {
      if (action === 'reload' && !window.isDestroyed()) window.webContents.reload();
      else app.quit();
    });
  });
}

function menuActions(dataDir: string) {
  return {
    openDataFolder: () => void shell.openPath(dataDir),
    // The renderer's "Panduan" answers F1 (renderer/src/features/guide/Guide.tsx).
    showGuide: () => {
      if (mainWindow === undefined || mainWindow.isDestroyed()) return;
      mainWindow.webContents.sendInputEvent({ type: 'keyDown', keyCode: 'F1' });
      mainWindow.webContents.sendInputEvent({ type: 'keyUp', keyCode: 'F1' });
    },
    showAbout: () => {
      const detail = aboutText({ version: app.getVersion(), dataDir, electron: process.versions.electron, chrome: process.versions.chrome, portable: portable !== undefined });
      const options = { type: 'info' as const, title: 'Tentang ZI Desk', message: 'ZI Desk', detail, buttons: ['Tutup'], noLink: true };
      void (mainWindow === undefined ? dialog.showMessageBox(options) : dialog.showMessageBox(mainWindow, options));
    },
  };
}

function fatal(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('ZI Desk tidak dapat dimulai', message);
  app.exit(1);
}
