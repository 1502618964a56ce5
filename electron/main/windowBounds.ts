/**
 * The main window's size and place. Pure (no 'electron'), unit-tested under plain Node.
 *
 * Electron reports a display's `workArea` (the screen minus the taskbar) in device-independent
 * pixels: a 1366 × 768 laptop at 125 % scaling with a 40-pixel taskbar leaves about 1093 × 574. The
 * window is never larger than the work area it opens on, and its minimum size fits such a screen.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** What the window wants on a large screen. */
export const PREFERRED_SIZE: Size = { width: 1360, height: 860 };
/** The smallest layout the screens are designed for (no horizontal scroll from 960 pixels up). */
export const MINIMUM_SIZE: Size = { width: 960, height: 540 };

/** A work area in physical pixels and a scale factor → the work area in device-independent pixels. */
export function toDip(physical: Rect, scaleFactor: number): Rect {
  const scale = Number.isFinite(scaleFactor) && scaleFactor > 0 ? scaleFactor : 1;
  return {
    x: Math.round(physical.x / scale),
    y: Math.round(physical.y / scale),
    width: Math.floor(physical.width / scale),
    height: Math.floor(physical.height / scale),
  };
}

/** The minimum window size on this work area: {@link MINIMUM_SIZE}, or the whole area when smaller. */
export function minimumSizeFor(workArea: Rect): Size {
  return { width: Math.min(MINIMUM_SIZE.width, workArea.width), height: Math.min(MINIMUM_SIZE.height, workArea.height) };
}

/** The default bounds: the preferred size (the main window's unless given) shrunk to the work area, centred in it. */
export function defaultBounds(workArea: Rect, preferred: Size = PREFERRED_SIZE): Rect {
  const width = Math.min(preferred.width, workArea.width);
  const height = Math.min(preferred.height, workArea.height);
  return {
    x: workArea.x + Math.floor((workArea.width - width) / 2),
    y: workArea.y + Math.floor((workArea.height - height) / 2),
    width,
    height,
  };
}

/** Bounds written when the window closes. */
export interface SavedBounds extends Rect {
  maximized: boolean;
}

/** Reads the saved bounds file; anything malformed counts as nothing saved. */
export function parseSavedBounds(text: string | undefined): SavedBounds | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    const numbers = ['x', 'y', 'width', 'height'].map((key) => value[key]);
    if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) return undefined;
    const [x, y, width, height] = numbers as [number, number, number, number];
    if (width <= 0 || height <= 0) return undefined;
    return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height), maximized: value.maximized === true };
  } catch {
    return undefined;
  }
}

function overlap(a: Rect, b: Rect): Rect | undefined {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : undefined;
}

/** How much of the title bar must lie on a display for the window to count as reachable. */
const TITLE_BAR: Size = { width: 120, height: 32 };

/**
 * Where the window opens: the saved bounds when their title bar is on one of today's displays
 * (shrunk to fit and moved inside that display's work area), else the default bounds on the
 * primary display — a monitor unplugged since the last run never leaves the window off screen.
 */
export function restoreBounds(saved: SavedBounds | undefined, workAreas: readonly Rect[], primary: Rect): SavedBounds {
  const fallback = { ...defaultBounds(primary), maximized: saved?.maximized ?? false };
  if (saved === undefined) return { ...defaultBounds(primary), maximized: false };
  const titleBar: Rect = { x: saved.x, y: saved.y, width: saved.width, height: Math.min(TITLE_BAR.height, saved.height) };
  const home = workAreas.find((area) => {
    const part = overlap(titleBar, area);
    return part !== undefined && part.width >= Math.min(TITLE_BAR.width, saved.width) && part.height >= Math.min(TITLE_BAR.height, saved.height);
  });
  if (home === undefined) return fallback;
  const minimum = minimumSizeFor(home);
  const width = Math.min(Math.max(saved.width, minimum.width), home.width);
  const height = Math.min(Math.max(saved.height, minimum.height), home.height);
  const x = Math.min(Math.max(saved.x, home.x), home.x + home.width - width);
  const y = Math.min(Math.max(saved.y, home.y), home.y + home.height - height);
  return { x, y, width, height, maximized: saved.maximized };
}
