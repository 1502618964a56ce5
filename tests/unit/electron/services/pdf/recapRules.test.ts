import { describe, expect, it } from 'vitest';
import type { CanvasElement } from 'pdfmake/interfaces';
import { recapDocDefinition, recapPdf } from '../../../../../electron/services/pdf/recap';
import type { RecapModel, RecapYear } from '../../../../../shared/reports/model';
import { historyAverages } from '../../../../../shared/reports/recap';
import { pdfPages, pdfText } from './fixtures';
import { pageLines, strandedHeadings } from './pageLines';
import { bigRecapModel, sampleRecapModel } from './recapFixture';

/**
 * The recap's marks and keep-together rules, read back from the PDF: the "(sementara)" footnote
 * only with a provisional row, rows of worksheets that are not Final marked, an average line that
 * compares the same units, readable markers, the heat-map on one page when it fits, no lone title.
 */

const flat = (text: string): string => text.replace(/\s+/g, ' ');
const HEAT_ROW = /^\s*\d+\s+UK-\d+(?: \(Draf\))?(\s+\d+,\d\d){12}\s*$/m;

/** Every canvas element of a definition, depth first. */
function canvases(node: unknown, found: CanvasElement[] = []): CanvasElement[] {
  if (Array.isArray(node)) {
    for (const child of node) canvases(child, found);
  } else if (node !== null && typeof node === 'object') {
    if ('canvas' in node && Array.isArray(node.canvas)) found.push(...(node.canvas as CanvasElement[]));
    for (const value of Object.values(node)) if (typeof value === 'object') canvases(value, found);
  }
  return found;
}

describe('recap marks', () => {
  it('prints the "(sementara)" footnote only when a row is provisional', async () => {
    const base = sampleRecapModel();
    const allComplete = flat(await pdfText((await recapPdf({ ...base, rows: base.rows.map((row) => ({ ...row, complete: true })) })).bytes, { layout: false }));
    expect(allComplete).not.toContain('(sementara)');
    const oneProvisional = flat(await pdfText((await recapPdf(base)).bytes, { layout: false }));
    expect(oneProvisional).toContain('Belum memenuhi (sementara)');
    expect(oneProvisional).toContain('(sementara): masih ada butir LKE yang belum diisi');
  });

  it('marks the rows of worksheets that are not Final, with a footnote', async () => {
    const base = sampleRecapModel();
    const rows = base.rows.map((row, index) => (index === 1 ? { ...row, notFinal: 'Draf' } : row));
    const { bytes } = await recapPdf({ ...base, rows });
    const text = flat(await pdfText(bytes, { layout: false }));
    expect(text).toContain('Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (Draf)');
    expect(text).toContain('(Draf): lembar kerja belum berstatus Final, sehingga nilainya masih dapat berubah.');
    expect(await pdfText(bytes)).toMatch(/^\s*2\s+DPMPTSP \(Draf\)(\s+\d+,\d\d){12}\s*$/m);
    const final = flat(await pdfText((await recapPdf(base)).bytes, { layout: false }));
    expect(final).not.toContain('belum berstatus Final');
  });
});

describe('historyAverages', () => {
  const year = (value: number, units: [string, number][]): RecapYear => ({
    year: value,
    units: units.map(([unitId, total]) => ({ unitId, unitName: unitId, singkatan: unitId, total, verdict: 'WBK' })),
  });

  it('averages the units evaluated in every year, so a 1-unit year and a 3-unit year compare', () => {
    const result = historyAverages([year(2021, [['a', 70]]), year(2022, [['a', 80], ['b', 50], ['c', 60]])]);
    expect(result).toEqual({ averages: [70, 80], counts: [1, 1], sameUnits: true });
  });

  it('falls back to each year\'s own units, with their counts, when no unit was evaluated every year', () => {
    const result = historyAverages([year(2021, [['a', 70]]), year(2022, [['b', 50], ['c', 60]])]);
    expect(result).toEqual({ averages: [70, 55], counts: [1, 2], sameUnits: false });
  });

  it('prints what the average covers in the chart', async () => {
    const text = flat(await pdfText((await recapPdf(sampleRecapModel())).bytes, { layout: false }));
    expect(text).toContain('Rata-rata 1 unit kerja yang dievaluasi setiap tahun');
    expect(text).toContain('n = 1');
    expect(text).not.toContain('Rata-rata seluruh unit');
  });
});

describe('recap chart markers', () => {
  it('draws markers of at least 6 pt, a larger ring for a single-year unit, and none at the plot edge', () => {
    const definition = recapDocDefinition(sampleRecapModel());
    const markers = canvases(definition.content).filter((element): element is Extract<CanvasElement, { type: 'ellipse' }> => element.type === 'ellipse');
    expect(markers.length).toBeGreaterThan(0);
    for (const marker of markers) expect(marker.r1).toBeGreaterThanOrEqual(3);
    // DPMPTSP and Bapenda were evaluated in 2022 only: their markers are rings of 8 pt.
    expect(markers.filter((marker) => marker.r1 >= 4)).toHaveLength(2);
    // The plot's right edge is the longest horizontal grid line.
    const grid = canvases(definition.content).filter((element): element is Extract<CanvasElement, { type: 'line' }> => element.type === 'line' && element.y1 === element.y2);
    const edge = Math.max(...grid.map((line) => line.x2));
    for (const marker of markers) {
      expect(marker.x - marker.r1).toBeGreaterThan(0);
      expect(marker.x + marker.r1).toBeLessThan(edge);
    }
  });
});

describe.each(['A4', 'F4'] as const)('recap keep-together (%s)', (paper) => {
  it.each([6, 12, 18, 21])('keeps a heat-map of %i units on one page', async (units) => {
    const model: RecapModel = { ...bigRecapModel(units), paper };
    const { bytes } = await recapPdf(model);
    const pages = await pdfPages(bytes);
    const heatPages = pages.filter((page) => HEAT_ROW.test(page));
    expect(heatPages).toHaveLength(1);
    expect(heatPages[0]).toContain('C. Peta Capaian Area Pengungkit');
  });

  it('keeps the three-unit heat-map of Kabupaten Serang on one page', async () => {
    const { bytes } = await recapPdf({ ...sampleRecapModel(), paper });
    const pages = await pdfPages(bytes);
    const heatPages = pages.filter((page) => /^\s*\d+\s+(?:Disdukcapil|DPMPTSP|Bapenda)(\s+\d+,\d\d){12}\s*$/m.test(page));
    expect(heatPages).toHaveLength(1);
    expect(heatPages[0]).toContain('C. Peta Capaian Area Pengungkit');
    expect(heatPages[0]).toContain('Keterangan warna:');
  });

  it.each([3, 9, 27, 70])('never ends a page with a title or leaves the signature alone (%i units)', async (units) => {
    const model: RecapModel = { ...bigRecapModel(units), paper };
    const { bytes } = await recapPdf(model);
    const pages = await pageLines(bytes);
    expect(strandedHeadings(pages, /^[A-D]\. /, /Halaman \d+ dari \d+/)).toEqual([]);
    const last = pages.at(-1);
    const body = (last?.lines ?? []).filter((line) => !/Halaman \d+ dari \d+/.test(line.text)).map((line) => line.text);
    // The signature shares its page with the end of the history.
    expect(body.some((line) => /^\d{4}: |Grafik nilai total per tahun|Rata-rata/.test(line))).toBe(true);
  });
});
