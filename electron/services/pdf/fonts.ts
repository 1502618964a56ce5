import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppFailure } from '../../../shared/result';

/**
 * Where the PDF fonts live and how to load them. Every document uses Roboto (SIL OFL 1.1, see
 * `resources/fonts/README.md`), read from disk and never from the network.
 *
 * The folder is resolved in this order:
 * 1. an explicit `fontsDir` (Electron main passes `path.join(process.resourcesPath, 'fonts')` in a
 *    packaged build, where the fonts sit outside app.asar as `extraResources`);
 * 2. `ZI_FONTS_DIR` from the environment (portable installs, odd test set-ups);
 * 3. the nearest `resources/fonts` found by walking up from this module — from the TS source
 *    (`electron/services/pdf/`) and from the esbuild bundle (`dist/electron/`) alike;
 * 4. `<process.resourcesPath>/fonts` when running inside Electron.
 */

/** File names of the four faces, relative to the fonts folder. */
export const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

/** One of the four faces, named as pdfmake names them. */
type FontFace = keyof typeof FONT_FILES;

/** The family name documents use. */
export const FONT_FAMILY = 'Roboto';

/** Absolute paths of the four faces. */
type FontPaths = Record<FontFace, string>;

/** Raw bytes of the four faces. */
export type FontBytes = Record<FontFace, Uint8Array>;

function hasFonts(dir: string): boolean {
  return existsSync(path.join(dir, FONT_FILES.normal));
}

function moduleDir(): string | null {
  try {
    return path.dirname(fileURLToPath(import.meta.url));
  } catch {
    return null;
  }
}

function electronResourcesPath(): string | null {
  const value = (process as NodeJS.Process & { resourcesPath?: unknown }).resourcesPath;
  return typeof value === 'string' && value !== '' ? value : null;
}

const resolvedDirs = new Map<string, string>();

/**
 * Absolute path of the fonts folder, following the order in the module comment.
 * Throws `AppFailure('PDF_ERROR')` with an Indonesian message when no folder holds the fonts.
 */
export function resolveFontsDir(fontsDir?: string): string {
  const key = fontsDir ?? '';
  const cached = resolvedDirs.get(key);
  if (cached) return cached;
  const candidates: string[] = [];
  if (fontsDir) {
    candidates.push(path.resolve(fontsDir));
  } else {
    const fromEnv = process.env.ZI_FONTS_DIR;
    if (fromEnv) candidates.push(path.resolve(fromEnv));
    let dir = moduleDir();
    for (let depth = 0; dir && depth < 8; depth += 1) {
      candidates.push(path.join(dir, 'resources', 'fonts'));
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    const resources = electronResourcesPath();
    if (resources) candidates.push(path.join(resources, 'fonts'));
  }
  const found = candidates.find(hasFonts);
  if (!found) {
    throw new AppFailure(
      'PDF_ERROR',
      `Berkas huruf (font) untuk PDF tidak ditemukan${fontsDir ? ` di ${fontsDir}` : ''}. Pasang ulang aplikasi ZI Desk.`,
    );
  }
  resolvedDirs.set(key, found);
  return found;
}

/** Absolute paths of the four faces in `fontsDir` (resolved as {@link resolveFontsDir} does). */
export function fontPaths(fontsDir?: string): FontPaths {
  const dir = resolveFontsDir(fontsDir);
  return {
    normal: path.join(dir, FONT_FILES.normal),
    bold: path.join(dir, FONT_FILES.bold),
    italics: path.join(dir, FONT_FILES.italics),
    bolditalics: path.join(dir, FONT_FILES.bolditalics),
  };
}

const loadedBytes = new Map<string, FontBytes>();

/**
 * The four faces as bytes, read once per folder and kept for the life of the process (about
 * 640 KB), so a batch of a thousand documents never touches the disk for fonts again.
 */
export function loadFontBytes(fontsDir?: string): FontBytes {
  const paths = fontPaths(fontsDir);
  const cached = loadedBytes.get(paths.normal);
  if (cached) return cached;
  try {
    const bytes: FontBytes = {
      normal: readFileSync(paths.normal),
      bold: readFileSync(paths.bold),
      italics: readFileSync(paths.italics),
      bolditalics: readFileSync(paths.bolditalics),
    };
    loadedBytes.set(paths.normal, bytes);
    return bytes;
  } catch (error) {
    const failure = new AppFailure('PDF_ERROR', 'Berkas huruf (font) untuk PDF tidak dapat dibaca. Pasang ulang aplikasi ZI Desk.');
    failure.cause = error;
    throw failure;
  }
}
