import { describe, expect, it } from 'vitest';
import { loadFontBytes } from '../../../electron/services/pdf/fonts';
import { KitCanvas } from '../../../electron/services/pdf/kit';
import { checkLayout, readPdfLayout, splitsTitle, type LayoutProblem, type LayoutRules } from '../../support/layoutCheck';

/**
 * The layout checker itself, on small PDFs made for it: each rule shown failing and passing.
 * A4 pages with 30 mm margins all round (85 pt); body text 12 pt, headings 14 pt bold.
 */

interface Placed {
  text: string;
  x?: number;
  y: number;
  size?: number;
  bold?: boolean;
}

const WIDTH = 595.28;
const HEIGHT = 841.89;
const MARGIN = 85;
const RULES: LayoutRules = { margins: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN }, signatureLines: [/^NIP\./, /^Yang mencanangkan,$/], anchors: [/^Lanjutan /] };
const PARAGRAPH = 'Pemerintah Kabupaten Serang membangun zona integritas di unit kerja';

async function pdf(pages: readonly (readonly Placed[])[]): Promise<Uint8Array> {
  const canvas = new KitCanvas({ fonts: loadFontBytes(), info: { title: 'layout' } });
  for (const items of pages) {
    canvas.addPage(WIDTH, HEIGHT);
    for (const item of items) canvas.text(item.bold ? 'bold' : 'regular', item.size ?? 12, item.x ?? MARGIN, item.y, item.text);
  }
  return canvas.finish();
}

/** `count` body lines from `y`, 16 pt apart. */
function body(y: number, count: number): Placed[] {
  return Array.from({ length: count }, (_, i) => ({ text: `${PARAGRAPH} ${i + 1}.`, y: y + i * 16 }));
}

async function problems(pages: readonly (readonly Placed[])[], rules: LayoutRules = RULES): Promise<LayoutProblem[]> {
  return checkLayout(await readPdfLayout(await pdf(pages)), rules);
}

const rulesOf = (found: readonly LayoutProblem[]): string[] => found.map((p) => p.rule);

describe('layout check', () => {
  it('reads pages, lines, words and their heights', async () => {
    const pages = await readPdfLayout(await pdf([[{ text: 'Satu dua', y: 100 }], [{ text: 'Tiga', y: 100, size: 20 }]]));
    expect(pages).toHaveLength(2);
    expect(pages[0]?.lines[0]?.text).toBe('Satu dua');
    expect(pages[0]?.lines[0]?.words).toHaveLength(2);
    expect(pages[1]?.lines[0]?.height).toBeGreaterThan((pages[0]?.lines[0]?.height ?? 0) * 1.5);
  });

  it('passes a clean page', async () => {
    expect(await problems([[{ text: 'A. Pendahuluan', y: 100, size: 14, bold: true }, ...body(130, 6)]])).toEqual([]);
  });

  it('finds a heading at the end of a page (detected by size, or given as a pattern)', async () => {
    const page1 = [...body(100, 30), { text: 'G. Hasil Evaluasi', y: 600, size: 14, bold: true }, { text: PARAGRAPH, y: 630 }];
    const page2 = body(100, 6);
    const found = await problems([page1, page2]);
    expect(rulesOf(found)).toEqual(['lone-heading']);
    expect(found[0]).toMatchObject({ page: 1, text: 'G. Hasil Evaluasi' });
    // The same heading in body size, known only by its pattern.
    const plain = [...body(100, 30), { text: 'Saksi-saksi,', y: 600 }, { text: PARAGRAPH, y: 630 }];
    expect(rulesOf(await problems([plain, page2]))).toEqual([]);
    expect(rulesOf(await problems([plain, page2], { ...RULES, headings: [/^Saksi-saksi,$/] }))).toEqual(['lone-heading']);
    // Two lines after it: passes.
    const kept = [...body(100, 30), { text: 'G. Hasil Evaluasi', y: 600, size: 14, bold: true }, ...body(630, 2)];
    expect(await problems([kept, page2])).toEqual([]);
  });

  it('finds a page of headings only', async () => {
    const found = await problems([body(100, 20), [{ text: 'K. Penutup', y: 100, size: 14, bold: true }]]);
    expect(rulesOf(found)).toEqual(['lone-heading', 'heading-only-page']);
  });

  it('finds a page holding only a signature block, and accepts one with a continuation title', async () => {
    const signature = [
      { text: 'Yang mencanangkan,', y: 100, x: 250 },
      { text: 'Bupati Serang', y: 116, x: 250 },
      { text: 'Hj. Ratna Fiktif, S.E.', y: 180, x: 250 },
      { text: 'NIP. 19850312 201001 1 004', y: 196, x: 250 },
    ];
    expect(rulesOf(await problems([body(100, 20), signature]))).toEqual(['signature-only-page']);
    const titled = [{ text: 'Lanjutan Piagam Pencanangan, halaman 2 dari 2', y: 90 }, ...signature.map((s) => ({ ...s, y: s.y + 20 }))];
    expect(await problems([body(100, 20), titled])).toEqual([]);
    // With running text on the page the block is not alone.
    expect(await problems([[...body(100, 3), ...signature.map((s) => ({ ...s, y: s.y + 60 }))]])).toEqual([]);
  });

  it('finds text outside the margins, furniture included', async () => {
    const found = await problems([[...body(100, 3), { text: 'Halaman 1 dari 1', y: HEIGHT - 60 }]]);
    expect(rulesOf(found)).toEqual(['outside-margins', 'outside-margins', 'outside-margins', 'outside-margins']);
    expect(found[0]?.text).toBe('Halaman');
    expect(rulesOf(await problems([[...body(100, 3), { text: 'Terlalu kiri', x: 40, y: 200 }]]))).toContain('outside-margins');
    expect(await problems([[...body(100, 3), { text: 'Halaman 1 dari 1', y: HEIGHT - 100 }]])).toEqual([]);
  });

  it('finds a second body size, and accepts the sizes the caller allows', async () => {
    const page = [...body(100, 10), { text: 'Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Serang', y: 300, size: 9.5 }];
    const found = await problems([page]);
    expect(rulesOf(found)).toEqual(['body-size']);
    expect(found[0]?.text).toContain('Kepala Dinas');
    expect(await problems([page], { ...RULES, sizeExceptions: [/^Kepala Dinas/] })).toEqual([]);
    // A heading is taller by design; a long line of larger type is not a heading.
    const large = [...body(100, 10), { text: PARAGRAPH.slice(0, 60), y: 300, size: 13 }];
    expect(rulesOf(await problems([large]))).toEqual(['body-size']);
  });

  it('reads a report of long tables against its 12 pt body, allowing only the smaller sizes the standard allows', async () => {
    const table = Array.from({ length: 30 }, (_, i): Placed => ({ text: `${PARAGRAPH} ${i + 1}.`, y: 200 + i * 14, size: 11 }));
    const page = [...body(100, 6), ...table, { text: 'UK-1 88,50 79,20', y: 630, size: 8.5 }];
    const standard: LayoutRules = { ...RULES, smallerSizes: [11 / 12, 8.5 / 12] };
    // Without them the 11 pt table is taken for the body and the 12 pt text is off-size.
    expect(rulesOf(await problems([page]))).toContain('body-size');
    expect(await problems([page], standard)).toEqual([]);
    const odd = [...page, { text: 'Catatan kaki', y: 650, size: 10 }];
    expect(await problems([odd], standard)).toMatchObject([{ rule: 'body-size', text: 'Catatan kaki' }]);
  });

  it('finds the lines of furniture bands only for the margins', async () => {
    const page = [{ text: 'PEMERINTAH KABUPATEN SERANG', y: 90, size: 16, bold: true }, ...body(160, 6), { text: 'Kode verifikasi: ZI-1', y: 740, size: 7 }];
    expect(await problems([page], { ...RULES, furniture: { top: 140, bottom: 110 } })).toEqual([]);
    expect(rulesOf(await problems([page]))).toContain('body-size');
  });

  it('finds a degree title split across lines', async () => {
    const twoTitles = [...body(100, 3), { text: 'Dr. Bambang Rekaan Santoso, S.H.,', y: 200 }, { text: 'M.H.', y: 216 }];
    expect(rulesOf(await problems([twoTitles]))).toEqual(['split-title']);
    const midToken = [...body(100, 3), { text: 'Drs. Ahmad Fiktif Suryadi, M.S', y: 200 }, { text: 'i.', y: 216 }];
    expect(rulesOf(await problems([midToken]))).toEqual(['split-title']);
    const atSpace = [...body(100, 3), { text: 'Dr. Bambang Rekaan Santoso,', y: 200 }, { text: 'S.H., M.H.', y: 216 }];
    expect(await problems([atSpace])).toEqual([]);
    // Lines in other columns are not "the next line".
    const columns = [...body(100, 3), { text: 'Santoso, S.H.,', y: 200 }, { text: 'M.H.', y: 216, x: 400 }];
    expect(await problems([columns])).toEqual([]);
  });

  it.each([
    ['S.H.,', 'M.Si.', '', true],
    ['S.', 'H.,', 'Fiktif,', true],
    ['M.S', 'i.', 'Suryadi,', true],
    ['Sp.', 'PD.', 'Hakim,', true],
    ['Dr.', 'H.', '', false],
    ['Hj.', 'Ratna', '', false],
    ['Santoso,', 'S.H.,', 'Rekaan', false],
    ['S.E.', 'M.M.', '', false],
  ])('splitsTitle(%s / %s) = %s', (last, first, before, expected) => {
    expect(splitsTitle(last, first, before)).toBe(expected);
  });
});
