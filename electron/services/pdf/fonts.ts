import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppFailure } from '../../../shared/result';
import { DEFAULT_DOCUMENT_FONT, DOCUMENT_FONTS, type DocumentFont } from '../../../shared/documents/page';

/**
 * Where the PDF fonts live and how to load them. Every document uses the family the page standard
 * chose in the settings (shared/documents/page.ts): Arimo (default) or TeX Gyre Bonum; Roboto stays
 * registered as pdfmake's own default for definitions that name no font. All of them are read from
 * disk (licences in `resources/fonts/README.md`), never from the network.
 *
 * The folder is resolved in this order:
 * 1. an explicit `fontsDir` (tests, and services given one by their caller);
 * 2. `ZI_FONTS_DIR` from the environment: each host (Electron main, the web host's command line)
 *    decides the folder once at start-up with {@link exportFontsDir} — in a packaged build
 *    `process.resourcesPath/fonts`, where the fonts sit outside app.asar as `extraResources` — and
 *    every service and every worker thread (which inherits the environment) reads the same folder.
 *    When it is set, no other folder is tried;
 * 3. otherwise (tests, tsx) the nearest `resources/fonts` found by walking up from this module —
 *    from the TS source (`electron/services/pdf/`) and from the esbuild bundle (`dist/electron/`)
 *    alike — then `<process.resourcesPath>/fonts` when running inside Electron.
 */

/** The environment variable that names the fonts folder for the whole process and its workers. */
export const FONTS_DIR_ENV = 'ZI_FONTS_DIR';

/** File names of the four faces, relative to the fonts folder. */
export const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

/** One of the four faces, named as pdfmake names them. */
type FontFace = keyof typeof FONT_FILES;

/** pdfmake's default family (definitions without a font). */
export const FONT_FAMILY = 'Roboto';

/** A family the engines can embed: a document family of the page standard, or Roboto. */
export type PdfFontFamily = DocumentFont | typeof FONT_FAMILY;

/** File names of the four faces of every family, relative to the fonts folder. */
export const FAMILY_FILES: Record<PdfFontFamily, Record<FontFace, string>> = {
  Roboto: FONT_FILES,
  Arimo: { normal: 'Arimo-Regular.ttf', bold: 'Arimo-Bold.ttf', italics: 'Arimo-Italic.ttf', bolditalics: 'Arimo-BoldItalic.ttf' },
  Bonum: {
    normal: 'TeXGyreBonum-Regular.otf',
    bold: 'TeXGyreBonum-Bold.otf',
    italics: 'TeXGyreBonum-Italic.otf',
    bolditalics: 'TeXGyreBonum-BoldItalic.otf',
  },
};

/** The families pdfmake registers: every document family and Roboto. */
export const PDF_FONT_FAMILIES: readonly PdfFontFamily[] = [...DOCUMENT_FONTS, FONT_FAMILY];

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
  const fromEnv = fontsDir ? undefined : process.env[FONTS_DIR_ENV];
  const chosen = fontsDir || fromEnv;
  const key = fontsDir ? `dir:${fontsDir}` : `env:${fromEnv ?? ''}`;
  const cached = resolvedDirs.get(key);
  if (cached) return cached;
  const candidates: string[] = [];
  if (chosen) {
    candidates.push(path.resolve(chosen));
  } else {
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
      `Berkas huruf (font) untuk PDF tidak ditemukan${chosen ? ` di ${chosen}` : ''}. Pasang ulang aplikasi ZI Desk.`,
    );
  }
  resolvedDirs.set(key, found);
  return found;
}

/**
 * Decides the fonts folder once for this process: checks that `dir` holds the fonts and sets
 * `ZI_FONTS_DIR` (in `env`, default `process.env`), which every service and every PDF worker thread
 * started afterwards reads. Called by each host at start-up, before it creates the services:
 * Electron main with `path.join(process.resourcesPath, 'fonts')` when packaged, the web host's
 * command line with `<project>/resources/fonts`. Returns the absolute folder; throws the same
 * Indonesian `AppFailure('PDF_ERROR')` as {@link resolveFontsDir} when the fonts are missing.
 */
export function exportFontsDir(dir: string, env: NodeJS.ProcessEnv = process.env): string {
  const resolved = resolveFontsDir(path.resolve(dir));
  env[FONTS_DIR_ENV] = resolved;
  return resolved;
}

/**
 * Absolute paths of the four faces of `family` (default Roboto, pdfmake's own) in `fontsDir`
 * (resolved as {@link resolveFontsDir} does).
 */
export function fontPaths(fontsDir?: string, family: PdfFontFamily = FONT_FAMILY): FontPaths {
  const dir = resolveFontsDir(fontsDir);
  const files = FAMILY_FILES[family];
  return {
    normal: path.join(dir, files.normal),
    bold: path.join(dir, files.bold),
    italics: path.join(dir, files.italics),
    bolditalics: path.join(dir, files.bolditalics),
  };
}

const loadedBytes = new Map<string, FontBytes>();

/**
 * The four faces of a document family (default: the page standard's default) as bytes, read once
 * per folder and family and kept for the life of the process (under 1 MB per family), so a batch
 * of a thousand documents never touches the disk for fonts again.
 */
export function loadFontBytes(fontsDir?: string, family: PdfFontFamily = DEFAULT_DOCUMENT_FONT): FontBytes {
  const paths = fontPaths(fontsDir, family);
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
