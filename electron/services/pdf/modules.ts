import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

/**
 * Loads pdfkit (and pdfmake's internal QR encoder) exactly where pdfmake itself finds them.
 *
 * pdfkit is a dependency of pdfmake, not of ZI Desk, so a bare `import 'pdfkit'` would only work
 * while npm happens to hoist it to the top-level node_modules. Resolving it from pdfmake's own
 * location works hoisted or nested, from the TS sources (tsx, vitest) and from the esbuild bundle
 * (where pdfmake stays an external package in node_modules), and guarantees both libraries share
 * one pdfkit instance.
 *
 * Before pdfkit is first loaded, its `fontkit` is replaced by a copy whose `create` returns one
 * parsed font per font file (by content hash): pdfkit otherwise parses the four Roboto files again
 * for every document (~20 ms each, plus the garbage). A fontkit font is read-only once parsed;
 * each document still makes its own subset (EmbeddedFont.createSubset), so sharing it is safe.
 */

const requireHere = createRequire(import.meta.url);

let fromPdfmake: NodeJS.Require | null = null;

interface FontkitModule {
  create(buffer: Uint8Array, postscriptName?: string): unknown;
}

const MAX_CACHED_FONTS = 16;

function shareParsedFonts(pdfmake: NodeJS.Require): void {
  try {
    const fromPdfkit = createRequire(pdfmake.resolve('pdfkit'));
    const fontkitPath = fromPdfkit.resolve('fontkit');
    const real = fromPdfkit('fontkit') as FontkitModule;
    const cached = fromPdfkit.cache[fontkitPath];
    if (cached === undefined || typeof real.create !== 'function') return;
    const parsed = new Map<string, unknown>();
    const create = (buffer: Uint8Array, postscriptName?: string): unknown => {
      const key = `${createHash('sha256').update(buffer).digest('hex')}|${postscriptName ?? ''}`;
      let font = parsed.get(key);
      if (font === undefined) {
        font = real.create(buffer, postscriptName);
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
