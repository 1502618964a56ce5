import { app, BrowserWindow, dialog, safeStorage } from 'electron';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppDispatcher } from '../handlers';
import { createServices, type Services } from '../services/container';
import { warmUpPdfEngine } from '../services/pdf/warmup';
import { safeStorageKeyProtector } from '../services/signing';
import { resolveDataDir } from '../services/storage';
import { openDocumentWindow } from './documents';
import { registerIpc } from './ipc';
import { registerSchemePrivileges, serveRenderer } from './protocol';
import { createMainWindow, lockDownSession } from './window';

/** Electron entry: reads like a table of contents; features own their wiring. */
const here = path.dirname(fileURLToPath(import.meta.url));
let services: Services | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerSchemePrivileges();
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!services) return;
    event.preventDefault();
    const closing = services;
    services = undefined;
    void closing.close().finally(() => app.exit(0));
  });
  app.whenReady().then(onReady, (error: unknown) => fatal(error));
}

async function onReady(): Promise<void> {
  try {
    lockDownSession();
    const dataDir = resolveDataDir({ env: process.env, platform: process.platform, homedir: os.homedir() });
    // Packaged, the fonts ship outside app.asar as resources/fonts (electron-builder.yml).
    const fontsDir = app.isPackaged ? path.join(process.resourcesPath, 'fonts') : undefined;
    services = await createServices({
      dataDir,
      host: 'electron',
      version: app.getVersion(),
      openDocument: openDocumentWindow,
      keyProtector: safeStorageKeyProtector(safeStorage),
      ...(fontsDir === undefined ? {} : { fontsDir }),
    });
    registerIpc(createAppDispatcher(services, (m, e) => console.error(m, e)), () => BrowserWindow.getAllWindows());
    serveRenderer(path.join(here, '..', 'renderer'));
    createMainWindow(path.join(here, 'preload.cjs'));
    // See web/main.ts: warm the PDF engine once the window had its chance to paint.
    setTimeout(() => void warmUpPdfEngine(fontsDir === undefined ? {} : { fontsDir }), 1500);
  } catch (error) {
    fatal(error);
  }
}

function fatal(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('ZI Desk tidak dapat dimulai', message);
  app.exit(1);
}
