import { BrowserWindow } from 'electron';
import { pathToFileURL } from 'node:url';
import type { OpenDocumentPort } from '../services/documents';

/**
 * The Electron side of the documents port: a generated PDF opens in a preview
 * window with Chromium's built-in PDF viewer, which has its own print button. The window runs no
 * code of ours: no preload, sandboxed, no navigation away from the file, no new windows.
 */
export const openDocumentWindow: OpenDocumentPort = async (document) => {
  const target = pathToFileURL(document.filePath).toString();
  const window = new BrowserWindow({
    width: 900,
    height: 1000,
    title: document.title,
    autoHideMenuBar: true,
    webPreferences: {
      plugins: true,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event, url) => {
    if (url !== target) event.preventDefault();
  });
  // Keep the document's own title rather than the file name the viewer would show.
  window.on('page-title-updated', (event) => event.preventDefault());
  await window.loadURL(target);
  return { opened: true, url: null };
};
