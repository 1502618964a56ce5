import { describe, expect, it } from 'vitest';
import { loadFontBytes } from '../../../../../electron/services/pdf/fonts';
import { pdfmakeRequire } from '../../../../../electron/services/pdf/modules';

/**
 * kit.ts writes pages straight onto pdfkit 0.19 and uses members that are not in pdfkit's public
 * API. This test names each of them and fails, naming the member, the day a pdfkit upgrade moves
 * or reshapes one — before any document comes out wrong.
 */

type Bag = Record<string, unknown>;

interface Doc extends Bag {
  registerFont(name: string, src: Uint8Array): unknown;
  font(name: string): unknown;
  addPage(options: { size: [number, number]; margin: number }): unknown;
  ref(data: Bag): Bag;
  on(event: string, listener: (arg: never) => void): unknown;
  end(): void;
}

function newDocument(): Doc {
  const loaded: unknown = pdfmakeRequire('pdfkit');
  const Ctor = ((loaded as { default?: unknown }).default ?? loaded) as new (options: Bag) => Doc;
  return new Ctor({ autoFirstPage: false, compress: false, font: '', info: { Title: 'kit internals' }, pdfVersion: '1.7', displayTitle: true, lang: 'id-ID' });
}

/** `member` of `owner` must be of `type`; the message names the member and what kit.ts does with it. */
function expectMember(owner: unknown, member: string, type: 'object' | 'number' | 'string' | 'function', use: string): void {
  const value = (owner as Bag)[member];
  expect(value === null ? 'null' : typeof value, `pdfkit member \`${member}\` (${use}) is no longer a ${type}`).toBe(type);
}

function finished(doc: Doc): Promise<void> {
  return new Promise((resolve) => {
    doc.on('data', () => undefined);
    doc.on('end', () => resolve());
    doc.end();
  });
}

describe('pdfkit 0.19 private members used by kit.ts', () => {
  const fonts = loadFontBytes();

  it('PDFDocument: _font, _fontFamilies, _fontCount, page.fonts, page.xobjects, ref().data/end', async () => {
    const doc = newDocument();
    expect(doc._font, 'pdfkit member `_font` (the current font, read after font()) is no longer null before a font is set').toBeNull();
    expectMember(doc, '_fontFamilies', 'object', 'cloneFont registers cloned fonts there so end() embeds them');
    expectMember(doc, '_fontCount', 'number', 'cloneFont numbers its font ids F<n> with it');
    doc.registerFont('regular', fonts.normal);
    doc.font('regular');
    expectMember(doc, '_font', 'object', 'handle() takes the loaded EmbeddedFont from it');
    expect(doc._fontCount, 'pdfkit member `_fontCount` no longer counts loaded fonts').toBe(1);
    expect(Object.values(doc._fontFamilies as Bag), 'pdfkit member `_fontFamilies` no longer holds the loaded font').toContain(doc._font);
    doc.addPage({ size: [595.28, 841.89], margin: 0 });
    expectMember(doc, 'page', 'object', 'the current page');
    expectMember(doc.page, 'fonts', 'object', 'useFont() adds font resources of the page');
    expectMember(doc.page, 'xobjects', 'object', 'image() and group() add XObject resources of the page');
    const ref = doc.ref({ Type: 'XObject' });
    expectMember(ref, 'data', 'object', 'the SMask of an image is set on the image ref');
    expectMember(ref, 'end', 'function', 'image and form streams are written with it');
    (ref.end as (chunk: Buffer) => void).call(ref, Buffer.from('x'));
    await finished(doc);
  });

  it('end() finalises every entry of _fontFamilies (how cloned fonts get embedded)', async () => {
    const doc = newDocument();
    let finalised = false;
    (doc._fontFamilies as Bag)['zi-test'] = { finalize: () => (finalised = true) };
    await finished(doc);
    expect(finalised, 'pdfkit end() no longer calls finalize() on each entry of `_fontFamilies`').toBe(true);
  });

  it('EmbeddedFont: the fields cloneFont copies and the methods FontHandle calls', async () => {
    const doc = newDocument();
    doc.registerFont('regular', fonts.normal);
    doc.font('regular');
    const font = doc._font as Bag;
    for (const field of ['id', 'name']) expectMember(font, field, 'string', 'cloneFont');
    for (const field of ['scale', 'ascender', 'descender', 'xHeight', 'capHeight', 'lineGap']) expectMember(font, field, 'number', 'cloneFont copies it');
    expectMember(font, 'bbox', 'object', 'cloneFont copies it');
    expect(Array.isArray(font.widths) && typeof (font.widths as unknown[])[0] === 'number', 'pdfkit member `widths` is no longer an array starting with a number').toBe(true);
    expect(font.unicode, 'pdfkit member `unicode` no longer starts as [[0]]').toEqual([[0]]);
    expect(font.document, 'pdfkit member `document` no longer points to the document').toBe(doc);
    expectMember(font, 'layoutCache', 'object', 'FontHandle shares one layout cache per face');
    for (const method of ['encode', 'widthOfString', 'ref']) expectMember(font, method, 'function', 'FontHandle calls it');
    expect(Object.getPrototypeOf(font), 'the EmbeddedFont prototype (cloneFont uses Object.create on it)').not.toBe(Object.prototype);
    const fontkit = font.font as Bag;
    expectMember(font, 'font', 'object', 'the parsed fontkit font, shared between documents');
    for (const method of ['createSubset', 'glyphForCodePoint']) expectMember(fontkit, method, 'function', 'FontHandle uses the fontkit font');
    expectMember(fontkit, 'unitsPerEm', 'number', 'plainRun scales advances with it');
    const subset = font.subset as Bag;
    expectMember(font, 'subset', 'object', 'the per-document fontkit subset');
    expect(Array.isArray(subset.glyphs), 'fontkit subset member `glyphs` is no longer an array (the subset cache key)').toBe(true);
    expectMember(subset, 'encode', 'function', 'presetSubset wraps it to reuse encoded subsets');
    await finished(doc);
  });

  it('layoutCache: pdfkit takes a word from the cache as { glyphs, positions, advanceWidth }', async () => {
    const doc = newDocument();
    doc.registerFont('regular', fonts.normal);
    doc.font('regular');
    const font = doc._font as Bag & {
      font: { glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number } };
      encode(text: string): [string[], unknown[]];
      widthOfString(text: string, size: number): number;
    };
    const glyph = font.font.glyphForCodePoint(0x41);
    const advance = 1234;
    (font.layoutCache as Bag)['Zq'] = { glyphs: [glyph], positions: [{ xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance }], advanceWidth: advance };
    const [encoded, positions] = font.encode('Zq');
    expect(encoded, 'pdfkit EmbeddedFont.encode no longer takes a word from `layoutCache`').toHaveLength(1);
    expect(positions).toHaveLength(1);
    expect(font.widthOfString('Zq', 1000), 'pdfkit EmbeddedFont.widthOfString no longer reads `advanceWidth` of a cached run').toBe(advance);
    let encodedSubset = false;
    const subset = font.subset as { encode(): Uint8Array };
    const encode = subset.encode.bind(subset);
    subset.encode = () => {
      encodedSubset = true;
      return encode();
    };
    doc.addPage({ size: [100, 100], margin: 0 });
    // As useFont() does: a font referenced from a page is embedded when the document ends.
    (doc.page as Bag & { fonts: Bag }).fonts[font.id as string] = (font.ref as () => unknown).call(font);
    await finished(doc);
    expect(encodedSubset, 'pdfkit no longer embeds a font through `subset.encode()` (kit.ts caches encoded subsets there)').toBe(true);
  });

  it('_root: initForm() puts the AcroForm on the catalog, where the signature placeholder sets SigFlags', async () => {
    const doc = newDocument();
    doc.registerFont('regular', fonts.normal);
    doc.font('regular');
    doc.addPage({ size: [100, 100], margin: 0 });
    expectMember(doc, '_root', 'object', 'signing/placeholder.ts reaches the AcroForm through the catalog');
    (doc.initForm as () => unknown).call(doc);
    const form = ((doc._root as Bag).data as Bag).AcroForm as Bag | undefined;
    expect(form && typeof form.data, 'pdfkit initForm() no longer sets `_root.data.AcroForm`').toBe('object');
    expect((form?.data as Bag).NeedAppearances, 'pdfkit initForm() no longer writes NeedAppearances (the placeholder removes it)').toBe(true);
    await finished(doc);
  });
});
