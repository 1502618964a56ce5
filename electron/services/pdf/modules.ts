import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Loads pdfkit exactly where pdfmake itself finds it.
 *
 * pdfkit is a pinned direct dependency (kit.ts uses some of its private members, see
 * tests/unit/electron/services/pdf/kit-internals.test.ts) and pdfmake's own dependency. Resolving
 * it from pdfmake's location works hoisted or nested, from the TS sources (tsx, vitest) and from
 * the esbuild bundle (where pdfmake stays an external package in node_modules), and guarantees
 * both libraries share one pdfkit instance.
 *
 * Before pdfkit is first loaded, its `fontkit` is replaced by a copy whose `create` returns one
 * parsed font per font file (by content hash): pdfkit otherwise parses the four Roboto files again
 * for every document (~20 ms each, plus the garbage). A fontkit font is read-only once parsed;
 * each document still makes its own subset (EmbeddedFont.createSubset), so sharing it is safe —
 * for the fontkit version this was checked against, {@link FONTKIT_VERSION_SHARED}. With any
 * other version fonts are not shared (documents are then slower, and kerned) and a warning names both.
 * The shared fonts are also set without OpenType layout ({@link withoutLayoutTables}).
 */

/** The fontkit version whose parsed fonts were checked to be safe to share between documents. */
export const FONTKIT_VERSION_SHARED = '2.0.4';

/**
 * Why parsed fonts of fontkit `installed` must not be shared, or null when they may be. `installed`
 * is null when its version could not be read.
 */
export function fontSharingProblem(installed: string | null): string | null {
  if (installed === FONTKIT_VERSION_SHARED) return null;
  return `ZI Desk: fontkit ${installed ?? '(version unreadable)'} is installed, but sharing parsed fonts between documents was checked for fontkit ${FONTKIT_VERSION_SHARED} only; fonts are parsed again for every document (slower) until modules.ts is checked against this version.`;
}

/** The version in the package.json of the package that `entry` (a resolved file) belongs to. */
function packageVersion(entry: string, name: string): string | null {
  for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    try {
      const json = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (json.name === name) return typeof json.version === 'string' ? json.version : null;
    } catch {
      // No package.json here: look one folder up.
    }
  }
  return null;
}

const requireHere = createRequire(import.meta.url);

let fromPdfmake: NodeJS.Require | null = null;

interface FontkitModule {
  create(buffer: Uint8Array, postscriptName?: string): unknown;
}

const MAX_CACHED_FONTS = 16;

/**
 * The tables fontkit reads to shape text beyond each letter's own advance: OpenType substitution
 * and positioning (ligatures, kerning, mark placement), their glyph classes, the older `kern` and
 * Apple's `morx`.
 */
export const LAYOUT_TABLES = ['GSUB', 'GPOS', 'GDEF', 'kern', 'morx'] as const;

/**
 * Documents are set letter by letter, each glyph advancing by its own width: no kerning and no
 * ligatures, as Word sets Arial by default ("Kerning for fonts" off). Official Indonesian text is
 * Latin with precomposed accents, so nothing visible is lost; what is saved is decoding a face's
 * GPOS and GSUB tables on its first line (~30 ms per face, ~130 ms at the first document of a
 * process) and shaping each new word. fontkit decodes a table on first access and caches it in
 * `_tables`; a null there reads as "the font has no such table" (checked for
 * {@link FONTKIT_VERSION_SHARED} in modules.test.ts).
 */
function withoutLayoutTables(font: unknown): unknown {
  const tables = (font as { _tables?: unknown })._tables;
  if (tables !== null && typeof tables === 'object') for (const tag of LAYOUT_TABLES) (tables as Record<string, unknown>)[tag] = null;
  return font;
}

/** `require` bound to pdfkit as pdfmake loads it. */
function pdfkitRequire(pdfmake: NodeJS.Require): NodeJS.Require {
  return createRequire(pdfmake.resolve('pdfkit'));
}

/** The version of the fontkit that pdfmake's pdfkit loads, or null when it cannot be read. */
export function installedFontkitVersion(): string | null {
  return packageVersion(pdfkitRequire(createRequire(requireHere.resolve('pdfmake'))).resolve('fontkit'), 'fontkit');
}

function shareParsedFonts(pdfmake: NodeJS.Require): void {
  try {
    const fromPdfkit = pdfkitRequire(pdfmake);
    const fontkitPath = fromPdfkit.resolve('fontkit');
    const problem = fontSharingProblem(packageVersion(fontkitPath, 'fontkit'));
    if (problem) {
      console.warn(problem);
      return;
    }
    const real = fromPdfkit('fontkit') as FontkitModule;
    const cached = fromPdfkit.cache[fontkitPath];
    if (cached === undefined || typeof real.create !== 'function') return;
    const parsed = new Map<string, unknown>();
    const create = (buffer: Uint8Array, postscriptName?: string): unknown => {
      const key = `${createHash('sha256').update(buffer).digest('hex')}|${postscriptName ?? ''}`;
      let font = parsed.get(key);
      if (font === undefined) {
        font = withoutLayoutTables(real.create(buffer, postscriptName));
        if (parsed.size >= MAX_CACHED_FONTS) parsed.clear();
        parsed.set(key, font);
      }
      return font;
    };
    const shared: Record<string, unknown> = {};
    for (const key of Object.keys(real)) shared[key] = (real as unknown as Record<string, unknown>)[key];
    shared.create = create;
    cached.exports = shared;
  } catch {
    // Not fatal: documents are then only slower.
  }
}

/** `require` bound to pdfmake's entry file (`node_modules/pdfmake/js/index.js`). */
export function pdfmakeRequire(id: string): unknown {
  if (fromPdfmake === null) {
    fromPdfmake = createRequire(requireHere.resolve('pdfmake'));
    shareParsedFonts(fromPdfmake);
  }
  return fromPdfmake(id);
}

/**
 * Loads pdfmake and, through it, pdfkit and fontkit, now rather than at the first document: the PDF
 * worker calls it before it reports ready, so a thread that cannot resolve them (a packaging
 * mistake) fails at start-up, where the caller can fall back to rendering in-process. Throws
 * Node's own error (e.g. `Cannot find module 'pdfkit'`).
 */
export function loadPdfLibraries(): void {
  pdfmakeRequire('./index.js');
  pdfmakeRequire('pdfkit');
}
