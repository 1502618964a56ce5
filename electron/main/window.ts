import { BrowserWindow, screen, session } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { APP_ORIGIN, isAllowedNavigation, secureWebPreferences } from '../security';
import { minimumSizeFor, parseSavedBounds, restoreBounds, type SavedBounds } from './windowBounds';

/**
 * The main window: sandboxed, isolated, no navigation away, no new windows; sized from the work
 * area of the screen it opens on (windowBounds.ts) and reopened where it was closed. Its bounds
 * are a small JSON file in userData, written when it closes.
 */
export function createMainWindow(preloadPath: string, boundsFile: string): BrowserWindow {
  let saved: string | undefined;
  try {
    saved = readFileSync(boundsFile, 'utf8');
  } catch {
    saved = undefined;
  }
  const displays = screen.getAllDisplays().map((display) => display.workArea);
  const primary = screen.getPrimaryDisplay().workArea;
  const bounds = restoreBounds(parseSavedBounds(saved), displays, primary);
  const home = screen.getDisplayMatching(bounds).workArea;
  const minimum = minimumSizeFor(home);
  const window = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: minimum.width,
    minHeight: minimum.height,
    title: 'ZI Desk',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => {
    if (bounds.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    const normal = window.getNormalBounds();
    const state: SavedBounds = { ...normal, maximized: window.isMaximized() };
    try {
      writeFileSync(boundsFile, `${JSON.stringify(state)}\n`);
    } catch {
      // Only the window's place is lost; it opens centred next time.
    }
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  window.webContents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

/** Brings the main window to the front (a second launch, the taskbar): restored, shown, focused. */
export function revealWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}

/** Denies every permission request (camera, geolocation, notifications …) and attaching webviews. */
export function lockDownSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
