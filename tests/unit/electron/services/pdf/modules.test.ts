import { describe, expect, it } from 'vitest';
import { loadFontBytes } from '../../../../../electron/services/pdf/fonts';
import { FONTKIT_VERSION_SHARED, LAYOUT_TABLES, fontSharingProblem, installedFontkitVersion, pdfmakeRequire } from '../../../../../electron/services/pdf/modules';

type Doc = { registerFont(name: string, src: Uint8Array): unknown; font(name: string): unknown; _font: { font: unknown } };

function fontkitFontOfNewDocument(bytes: Uint8Array): unknown {
  const loaded: unknown = pdfmakeRequire('pdfkit');
  const Ctor = ((loaded as { default?: unknown }).default ?? loaded) as new (options: Record<string, unknown>) => Doc;
  const doc = new Ctor({ autoFirstPage: false, font: '' });
  doc.registerFont('regular', bytes);
  doc.font('regular');
  return doc._font.font;
}

describe('the shared parsed fonts (fontkit patch in modules.ts)', () => {
  it('is checked against the fontkit that is installed: an upgrade fails here until the patch is re-checked', () => {
    expect(installedFontkitVersion(), `modules.ts shares parsed fonts of fontkit ${FONTKIT_VERSION_SHARED}; check the patch against the installed fontkit and update FONTKIT_VERSION_SHARED`).toBe(FONTKIT_VERSION_SHARED);
  });

  it('shares one parsed font between documents with that version', () => {
    const { normal } = loadFontBytes();
    expect(fontkitFontOfNewDocument(normal)).toBe(fontkitFontOfNewDocument(normal));
  });

  it('sets text letter by letter: no kerning, no ligatures, and the layout tables are never decoded', () => {
    const { normal, bold } = loadFontBytes();
    for (const bytes of [normal, bold]) {
      type Glyph = { id: number; advanceWidth: number };
      const font = fontkitFontOfNewDocument(bytes) as {
        layout(text: string): { glyphs: Glyph[]; positions: { xAdvance: number }[] };
        glyphForCodePoint(codePoint: number): Glyph;
      } & Record<string, unknown>;
      // "AV", "To" and "ff"/"fi" are kerned or ligated by Arimo's GPOS and GSUB; here each glyph advances by its own width.
      const text = 'AVATAR Tofu office fi';
      const run = font.layout(text);
      const own = [...text].map((char) => font.glyphForCodePoint(char.codePointAt(0) ?? 32));
      expect(run.glyphs.map((glyph) => glyph.id)).toEqual(own.map((glyph) => glyph.id));
      expect(run.positions.map((position) => position.xAdvance)).toEqual(own.map((glyph) => glyph.advanceWidth));
      for (const tag of LAYOUT_TABLES) expect(font[tag] ?? null, tag).toBeNull();
    }
  });

  it.each([
    ['the checked version', FONTKIT_VERSION_SHARED, null],
    ['another version, naming both', '2.1.0', /fontkit 2\.1\.0 is installed.*checked for fontkit 2\.0\.4 only/],
    ['an unreadable version', null, /fontkit \(version unreadable\) is installed/],
  ])('falls back to parsing per document for %s', (_, installed, problem) => {
    const result = fontSharingProblem(installed);
    if (problem === null) expect(result).toBeNull();
    else expect(result).toMatch(problem);
  });
});
