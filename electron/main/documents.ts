import { BrowserWindow, screen } from 'electron';
import { pathToFileURL } from 'node:url';
import { previewWebPreferences } from '../security';
import type { OpenDocumentPort } from '../services/documents';
import { defaultBounds } from './windowBounds';

/**
 * The Electron side of the documents port: a generated PDF opens in a preview window with
 * Chromium's built-in PDF viewer, which has its own print and save buttons. The window runs no
 * code of ours: no preload, sandboxed, no navigation away from the file, no new windows. Previews
 * are children of the main window (they close with it and never hide it in the taskbar).
 */

/** The file URLs shown in previews and the real names their copies get (read by `will-download`). */
export type SaveNames = Map<string, string>;

export interface PreviewOptions {
  parent: () => BrowserWindow | undefined;
  saveNames: SaveNames;
}

const PREVIEW_SIZE = { width: 900, height: 1000 };

/** Shows a local file (PDF or image) in a sandboxed preview window titled `title`. */
export async function showPreview(filePath: string, title: string, saveName: string, options: PreviewOptions): Promise<void> {
  const target = pathToFileURL(filePath).toString();
  const parent = options.parent();
  // A preview never outgrows the screen it opens on (1366 × 768 at 125 % leaves about 1093 × 574).
  const workArea = parent === undefined || parent.isDestroyed() ? screen.getPrimaryDisplay().workArea : screen.getDisplayMatching(parent.getBounds()).workArea;
  const window = new BrowserWindow({
    ...defaultBounds(workArea, PREVIEW_SIZE),
    title,
    autoHideMenuBar: true,
    ...(parent === undefined || parent.isDestroyed() ? {} : { parent }),
    webPreferences: previewWebPreferences(),
  });
  window.setMenu(null);
  options.saveNames.set(target, saveName);
  window.on('closed', () => options.saveNames.delete(target));
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event, url) => {
    if (url !== target) event.preventDefault();
  });
  // Keep the document's own title rather than the file name the viewer would show.
  window.on('page-title-updated', (event) => event.preventDefault());
  await window.loadURL(target);
}

/** The documents port of the Electron shell. */
export function previewDocumentPort(options: PreviewOptions): OpenDocumentPort {
  return async (document) => {
    await showPreview(document.filePath, document.title, document.saveName, options);
    return { opened: true, url: null };
  };
}
