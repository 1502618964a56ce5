import path from 'node:path';
import type * as PdfMakeModule from 'pdfmake';
import type { CustomTableLayout, TDocumentDefinitions } from 'pdfmake/interfaces';
import { PDF_FONT_FAMILIES, fontPaths } from './fonts';
import type { PageSettings } from '../../../shared/documents/page';
import { toPdfFailure } from './batch';
import { MAX_LOGO_BYTES } from '../../../shared/limits';
import { checkImage } from './images';
import { pdfmakeRequire } from './modules';

/**
 * pdfmake, configured once (TOOLCHAIN.md trap 4: a 0.3 singleton with `setFonts` and access
 * policies). The only module that drives pdfmake; everything else in the app asks this folder
 * for bytes. Every family of the page standard (Arimo, Bonum) and Roboto are registered; remote
 * URLs are always refused; local file access is limited to their font files.
 */

/** A pdfmake document definition (re-exported so callers never import pdfmake's types). */
export type DocDefinition = TDocumentDefinitions;

type PdfMakeApi = typeof PdfMakeModule;

let api: PdfMakeApi | null = null;
let configuredFor: string | null = null;

function loadPdfmake(): PdfMakeApi {
  if (api) return api;
  const loaded: unknown = pdfmakeRequire('./index.js');
  const candidate = (loaded as { default?: unknown }).default ?? loaded;
  if (typeof (candidate as { createPdf?: unknown }).createPdf !== 'function') throw new Error('pdfmake not found');
  shareWordShapes(pdfmakeRequire('./PDFDocument.js'));
  api = candidate as PdfMakeApi;
  return api;
}

/** The part of pdfkit's EmbeddedFont that shapes words: its parsed fontkit font and its cache of shaped words. */
interface ShapingFont {
  font?: unknown;
  layoutCache?: Record<string, unknown>;
}

/** Shaped words kept per face before its cache starts afresh (a few thousand words per report). */
const MAX_SHARED_WORDS = 50_000;
/** Documents between two looks at a cache's size (counting the keys of a large object is not free). */
const DOCUMENTS_PER_SIZE_CHECK = 32;

const wordShapes = new WeakMap<object, { words: Record<string, unknown>; fonts: number }>();

/**
 * pdfkit shapes every word (fontkit's OpenType layout, ~20 µs per character) and keeps the result
 * in a cache per font and document, so each report shaped all its words again: about a fifth of an
 * LHE's rendering. The fontkit font is already one per face for the whole process (modules.ts),
 * and a shaped word depends only on that font and the word — pdfkit never changes a cached run (it
 * copies the positions it adjusts) — so every document's font gets the face's one cache instead.
 * Only words shaped without extra OpenType features are cached, as in pdfkit. The bytes of every
 * PDF stay the same: the subset, widths and text operators are still made per document from the
 * same runs. (The pledge canvas, kit.ts, shares its own cache the same way.)
 */
function shareWordShapes(module: unknown): void {
  const documentClass = ((module as { default?: unknown }).default ?? module) as { prototype?: { provideFont?: unknown } };
  const prototype = documentClass.prototype;
  const provideFont = prototype?.provideFont;
  if (!prototype || typeof provideFont !== 'function') return;
  prototype.provideFont = function provideSharedFont(this: unknown, ...args: unknown[]): unknown {
    const font = (provideFont as (...a: unknown[]) => unknown).apply(this, args) as ShapingFont;
    const face = font.font;
    if (font.layoutCache && typeof face === 'object' && face !== null) {
      let shared = wordShapes.get(face);
      if (!shared) {
        shared = { words: font.layoutCache, fonts: 0 };
        wordShapes.set(face, shared);
      }
      if (font.layoutCache !== shared.words) {
        shared.fonts += 1;
        if (shared.fonts % DOCUMENTS_PER_SIZE_CHECK === 0 && Object.keys(shared.words).length > MAX_SHARED_WORDS) shared.words = Object.create(null) as Record<string, unknown>;
        font.layoutCache = shared.words;
      }
    }
    return font;
  };
}

/** Options for {@link renderPdf}. */
interface EngineOptions {
  /** Fonts folder; see fonts.ts for the default. */
  fontsDir?: string;
}

/**
 * The configured pdfmake singleton. Reconfigures only when the fonts folder changes.
 */
function pdfmakeEngine(options: EngineOptions = {}): PdfMakeApi {
  const pdfmake = loadPdfmake();
  const families = PDF_FONT_FAMILIES.map((family) => [family, fontPaths(options.fontsDir, family)] as const);
  const key = families[0]?.[1].normal ?? '';
  if (configuredFor !== key) {
    pdfmake.setFonts(Object.fromEntries(families));
    pdfmake.setUrlAccessPolicy(() => false);
    const allowed = new Set(families.flatMap(([, paths]) => Object.values(paths)).map((file) => path.resolve(file)));
    pdfmake.setLocalAccessPolicy((file: string) => allowed.has(path.resolve(file)));
    configuredFor = key;
  }
  return pdfmake;
}

/**
 * Renders a document definition to PDF bytes with the app's fonts. Images must be given as data
 * URLs in `images` (no paths, no URLs). Failures become `AppFailure('PDF_ERROR')`.
 */
export async function renderPdf(docDefinition: DocDefinition, options: EngineOptions = {}): Promise<Uint8Array> {
  try {
    const buffer = await pdfmakeEngine(options).createPdf(docDefinition).getBuffer();
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    throw toPdfFailure(error);
  }
}

/** `data:` URL of PNG/JPEG bytes, for a docDefinition's `images`. */
export function imageDataUrl(bytes: Uint8Array): string {
  const mime = bytes[0] === 0xff && bytes[1] === 0xd8 ? 'image/jpeg' : 'image/png';
  return `data:${mime};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}`;
}

/**
 * Gives each distinct image of a definition one name (`${prefix}1`, `${prefix}2` …) and puts its
 * data URL in `images`, the definition's image dictionary; a key without bytes gets a name only.
 */
export function imageNames<K>(prefix: string, bytesOf: (key: K) => Uint8Array | undefined): { images: Record<string, string>; nameOf(key: K): string } {
  const images: Record<string, string> = {};
  const names = new Map<K, string>();
  return {
    images,
    nameOf(key: K): string {
      let name = names.get(key);
      if (!name) {
        name = `${prefix}${names.size + 1}`;
        names.set(key, name);
        const bytes = bytesOf(key);
        if (bytes) images[name] = imageDataUrl(bytes);
      }
      return name;
    },
  };
}

/** Options of a report definition (LHE, annual recap). */
export interface ReportDocOptions {
  /** Fixed creation date in the PDF metadata (tests, reproducible output); default now. */
  creationDate?: Date;
  /** Margins and family of the page standard from the settings; default the standard's. */
  page?: PageSettings;
}

/** Options of a report print. */
export interface ReportPdfOptions extends ReportDocOptions {
  /** Fonts folder; see fonts.ts for the default. */
  fontsDir?: string;
}

/** A rendered report: the PDF and its number of pages as pdfmake laid them out. */
export interface PagedPdf {
  bytes: Uint8Array;
  pages: number;
}

/**
 * Renders a report whose definition counts its pages from its footer (`build` passes the count
 * to `onPageCount`): pdfmake lays a document out again after each page break `pageBreakBefore`
 * adds, calling the footers every time, so the last count is the final layout's. The logo is
 * checked first (`AppFailure`).
 */
export async function renderPagedReport(
  logo: Uint8Array | null,
  options: ReportPdfOptions,
  build: (options: ReportDocOptions, onPageCount: (pages: number) => void) => DocDefinition,
): Promise<PagedPdf> {
  if (logo) checkImage(logo, 'Logo', MAX_LOGO_BYTES);
  let pages = 0;
  const definition = build({ ...(options.creationDate ? { creationDate: options.creationDate } : {}), ...(options.page ? { page: options.page } : {}) }, (count) => {
    pages = count;
  });
  const bytes = await renderPdf(definition, options.fontsDir === undefined ? {} : { fontsDir: options.fontsDir });
  return { bytes, pages };
}

/** A table grid of thin (0.5 pt) rules in `color`, with `padding` points left and right, 2 above and below. */
export function thinGrid(color: string, padding: number): CustomTableLayout {
  return {
    hLineWidth: () => 0.5,
    vLineWidth: () => 0.5,
    hLineColor: () => color,
    vLineColor: () => color,
    paddingLeft: () => padding,
    paddingRight: () => padding,
    paddingTop: () => 2,
    paddingBottom: () => 2,
  };
}
