import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentTable, TableCell } from 'pdfmake/interfaces';
import { bandFor, formatChange, recapDocDefinition, recapPdf } from '../../../../../electron/services/pdf/recap';
import { formatAngka } from '../../../../../shared/format/number';
import type { RecapModel } from '../../../../../shared/reports/model';
import { makeLogoPng, pdfInfo, pdfPages, pdfText } from './fixtures';
import { bigRecapModel, INSPEKTUR_NIP_SPACED, RECAP_BANDS, sampleRecapModel } from './recapFixture';

const flat = (text: string): string => text.replace(/\s+/g, ' ');

/** Number of pages pdfinfo reports. */
function pagesOf(info: string): number {
  const match = /^Pages:\s+(\d+)$/m.exec(info);
  if (!match?.[1]) throw new Error(`no page count in pdfinfo output:\n${info}`);
  return Number(match[1]);
}

/** Page width and height from pdfinfo. */
function sizeOf(info: string): { width: number; height: number } {
  const match = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  if (!match?.[1] || !match[2]) throw new Error(`no page size in pdfinfo output:\n${info}`);
  return { width: Number(match[1]), height: Number(match[2]) };
}

/** Every table node of a document definition, depth first. */
function tables(node: unknown, found: ContentTable[] = []): ContentTable[] {
  if (Array.isArray(node)) {
    for (const child of node) tables(child, found);
  } else if (node !== null && typeof node === 'object') {
    if ('table' in node) found.push(node as ContentTable);
    for (const value of Object.values(node)) if (typeof value === 'object') tables(value, found);
  }
  return found;
}

const cellText = (cell: TableCell | undefined): string => (typeof cell === 'object' && cell !== null && 'text' in cell ? String(cell.text) : String(cell));

describe('bandFor', () => {
  it.each([
    [0, '< 40%'],
    [39.99, '< 40%'],
    [40, '40–60%'],
    [59.99, '40–60%'],
    [60, '60–75%'],
    [74.99, '60–75%'],
    [75, '≥ 75%'],
    [100, '≥ 75%'],
  ])('puts %s in band %s', (value, label) => {
    expect(bandFor(value, RECAP_BANDS)?.label).toBe(label);
  });

  it('does not rely on the order of the bands and has no band below the lowest or for NaN', () => {
    const shuffled = [RECAP_BANDS[2], RECAP_BANDS[0], RECAP_BANDS[3], RECAP_BANDS[1]].filter((band) => band !== undefined);
    expect(bandFor(59.99, shuffled)?.color).toBe('#f9d9a8');
    expect(bandFor(60, shuffled)?.color).toBe('#fff1a8');
    expect(bandFor(-0.01, RECAP_BANDS)).toBeUndefined();
    expect(bandFor(Number.NaN, RECAP_BANDS)).toBeUndefined();
    expect(bandFor(50, [])).toBeUndefined();
  });
});

describe('formatChange', () => {
  it('prints a sign, a decimal comma and a dash for no previous year', () => {
    expect(formatChange(3.2501)).toBe('+3,25');
    expect(formatChange(-1.5)).toBe('-1,50');
    expect(formatChange(0)).toBe('0,00');
    expect(formatChange(0.001)).toBe('0,00');
    expect(formatChange(-0.001)).toBe('0,00');
    expect(formatChange(null)).toBe('—');
    expect(formatChange(Number.NaN)).toBe('—');
  });
});

describe('recapDocDefinition', () => {
  it('is landscape, repeats the table headers and colours heat-map cells by band', () => {
    const definition = recapDocDefinition(sampleRecapModel());
    expect(definition.pageSize).toEqual({ width: 841.89, height: 595.28 });
    const all = tables(definition.content);
    const main = all.find((node) => node.table.headerRows === 1 && node.table.body[0]?.length === 10);
    expect(main).toBeDefined();
    expect(main?.table.dontBreakRows).toBe(true);
    expect(main?.table.body[0]?.map(cellText)).toEqual(['No', 'Unit Kerja', 'Pemenuhan', 'Reform', 'Pengungkit', 'Hasil', 'Total', 'Predikat', 'Perubahan', 'Peringkat']);
    const heat = all.find((node) => node.table.headerRows === 2);
    expect(heat?.table.body[1]?.slice(2).map(cellText)).toEqual(sampleRecapModel().areas.map((area) => area.code));
    // DPMPTSP (second row after the two header rows): A.I.3 = 59,99 and A.I.4 = 60,00.
    const dpmptsp = heat?.table.body[3];
    expect(cellText(dpmptsp?.[1])).toBe('DPMPTSP');
    expect(dpmptsp?.[4]).toMatchObject({ text: '59,99', fillColor: '#f9d9a8' });
    expect(dpmptsp?.[5]).toMatchObject({ text: '60,00', fillColor: '#fff1a8' });
    // Lean: no images or SVG without a logo.
    const json = JSON.stringify(definition.content);
    expect(json).not.toContain('"svg"');
    expect(json).not.toContain('"image"');
    // Chart segments are lines: pdfmake shifts polyline points twice when it moves a block.
    expect(JSON.stringify(recapDocDefinition(bigRecapModel(10)).content)).not.toContain('"polyline"');
    expect(definition.images).toEqual({});
  });

  it('puts the creation date in the metadata when given', () => {
    const creationDate = new Date('2022-12-15T08:00:00Z');
    expect(recapDocDefinition(sampleRecapModel(), { creationDate }).info).toMatchObject({ creationDate });
  });
});

describe('recapPdf', () => {
  beforeAll(async () => {
    // Loads pdfkit and the fonts once, so the timing below measures the recap itself.
    await recapPdf(sampleRecapModel());
  });

  it('prints the 2022 recap of Kabupaten Serang on landscape A4', async () => {
    const model = sampleRecapModel({ institution: { ...sampleRecapModel().institution, logo: makeLogoPng() } });
    const { bytes, pages } = await recapPdf(model);
    const info = await pdfInfo(bytes);
    const size = sizeOf(info);
    expect(size.width).toBeGreaterThan(size.height);
    expect(info).toContain('Page size:       841.89 x 595.28 pts');
    expect(pages).toBe(pagesOf(info));

    const text = flat(await pdfText(bytes, { layout: false }));
    expect(text).toContain('PEMERINTAH KABUPATEN SERANG');
    expect(text).toContain('INSPEKTORAT DAERAH');
    expect(text).toContain('REKAPITULASI HASIL EVALUASI PEMBANGUNAN ZONA INTEGRITAS TAHUN 2022');
    expect(text).toContain('dicetak pada tanggal 15 Desember 2022');
    expect(text).toContain('Ringkasan');
    for (const sentence of model.summary) expect(text).toContain(sentence);
    for (const row of model.rows) {
      expect(text).toContain(row.unitName);
      for (const value of [row.pemenuhan, row.reform, row.pengungkit, row.hasil, row.total]) expect(text).toContain(formatAngka(value, 2));
    }
    expect(text).toContain('81,37');
    expect(text).toContain('Belum memenuhi');
    expect(text).toContain('Belum memenuhi (sementara)');
    expect(text).toContain('Perkembangan Antartahun');
    expect(text).toContain('2021: Disdukcapil (78,12; WBK)');
    expect(text).toContain('2022: Disdukcapil (81,37; WBK), DPMPTSP (73,55; Belum memenuhi), Bapenda (62,38; Belum memenuhi)');
    expect(text).toContain('Serang, 15 Desember 2022');
    expect(text).toContain('Inspektur Kabupaten Serang,');
    expect(text).toContain('Drs. Bambang Fiktif Hartono, M.Si.');
    expect(text).toContain('Pembina Utama Muda (IV/c)');
    expect(text).toContain(`NIP. ${INSPEKTUR_NIP_SPACED}`);
    expect(text).toContain(`Halaman 1 dari ${pages}`);
    expect(text).toContain(`Halaman ${pages} dari ${pages}`);
    expect(text).not.toMatch(/undefined|NaN|null/);

    // Rows read in layout mode: number, name, the five values, predicate, change and rank (at
    // 11 pt a long unit name wraps inside its cell: the row's first line holds its first words).
    const layout = await pdfText(bytes);
    expect(layout).toMatch(/^\s*1\s+Dinas Kependudukan dan Pencatatan(?: Sipil)?\s+26,64\s+27,13\s+53,76\s+27,61\s+81,37\s+WBK\s+\+3,25\s+1\s*$/m);
    expect(layout).toMatch(/^\s*2\s+Dinas Penanaman Modal dan(?: Pelayanan Terpadu)?\s+24,10\s+22,35\s+46,45\s+27,10\s+73,55\s+Belum memenuhi\s+—\s+2\s*$/m);
    expect(layout).toMatch(/^\s*3\s+Badan Pendapatan Daerah\s+19,88\s+18,20\s+38,08\s+24,30\s+62,38\*\s+Belum memenuhi\s+—\s+3\s*$/m);
    // Heat-map row of Disdukcapil: the twelve area percentages.
    expect(layout).toMatch(/^\s*1\s+Disdukcapil\s+88,50\s+79,20\s+74,99\s+75,00\s+90,10\s+85,00\s+80,00\s+70,50\s+66,00\s+81,25\s+92,00\s+77,70\s*$/m);
  });

  it('prints a fall with a minus sign and landscape F4', async () => {
    const base = sampleRecapModel();
    const rows = base.rows.map((row) => (row.unitId === 'disdukcapil' ? { ...row, previousTotal: row.total + 1.5, change: -1.5 } : row));
    const { bytes, pages } = await recapPdf({ ...base, rows, paper: 'F4' });
    const info = await pdfInfo(bytes);
    expect(info).toContain('Page size:       935.43 x 609.45 pts');
    const size = sizeOf(info);
    expect(size.width).toBeGreaterThan(size.height);
    expect(pages).toBe(pagesOf(info));
    const layout = await pdfText(bytes);
    expect(layout).toMatch(/Dinas Kependudukan dan Pencatatan Sipil\s+26,64\s+27,13\s+53,76\s+27,61\s+81,37\s+WBK\s+-1,50\s+1\s*$/m);
    expect(layout).toContain(`Halaman 1 dari ${pages}`);
  });

  // Speed lives in tests/bench/reports.bench.ts, never as a timed assertion here.
  it('spreads 70 units over several pages with the headers repeated, every unit printed', async () => {
    const model = bigRecapModel(70);
    const result: Awaited<ReturnType<typeof recapPdf>> | undefined = await recapPdf(model);
    if (!result) throw new Error('no render');
    const { bytes, pages } = result;

    const info = await pdfInfo(bytes);
    expect(pagesOf(info)).toBe(pages);
    expect(pages).toBeGreaterThan(2);
    const text = flat(await pdfText(bytes, { layout: false }));
    for (const row of model.rows) {
      expect(text).toContain(row.unitName);
      expect(text).toContain(formatAngka(row.total, 2));
    }
    expect(text).toContain('-2,00');
    expect(text).toContain('+4,00');
    const pageTexts = await pdfPages(bytes);
    expect(pageTexts).toHaveLength(pages);
    pageTexts.forEach((page, index) => {
      expect(page).toContain(`Halaman ${index + 1} dari ${pages}`);
      // Main-table rows carry the full unit name: the header must be on that page too.
      if (/Unit Kerja Contoh Nomor \d+/.test(page)) expect(page).toMatch(/Pengungkit\s+Hasil\s+Total\s+Predikat\s+Perubahan\s+Peringkat/);
      // Heat-map rows carry the singkatan followed by twelve numbers.
      if (/^\s*\d+\s+UK-\d+(\s+\d+,\d\d){12}\s*$/m.test(page)) expect(page).toMatch(/A\.I\.1\s+A\.I\.2[\s\S]*A\.II\.6/);
    });
    const mainPages = pageTexts.filter((page) => /Unit Kerja Contoh Nomor \d+/.test(page));
    expect(mainPages.length).toBeGreaterThan(1);
    const heatPages = pageTexts.filter((page) => /^\s*\d+\s+UK-\d+(\s+\d+,\d\d){12}\s*$/m.test(page));
    expect(heatPages.length).toBeGreaterThan(1);
    expect(text).toContain('2020: UK-1 (');
    expect(text).toContain('Grafik nilai total per tahun');
  });

  it('prints the dotted blank for an empty institution and never undefined, null or NaN', async () => {
    const base = sampleRecapModel();
    const model: RecapModel = {
      ...base,
      date: '',
      institution: {
        pemerintahDaerah: '',
        namaInspektorat: '',
        alamat: '',
        kota: '',
        logo: null,
        inspektur: { nama: '', nip: '', pangkatGolongan: '' },
      },
      rows: base.rows.map((row, index) => (index === 2 ? { ...row, singkatan: '', verdict: '', areaPercents: row.areaPercents.slice(0, 10) } : row)),
      summary: [],
      history: [],
    };
    const { bytes, pages } = await recapPdf(model);
    const text = flat(await pdfText(bytes, { layout: false }));
    expect(text).not.toMatch(/undefined|NaN|null/);
    expect(text).toContain('NIP. ……');
    expect(text).toContain('……, ……');
    expect(text).toContain('dicetak pada tanggal ……');
    expect(text).toContain('Inspektur,');
    expect(text.split('……').length - 1).toBeGreaterThanOrEqual(6);
    expect(text).toContain(`Halaman 1 dari ${pages}`);
    expect(pagesOf(await pdfInfo(bytes))).toBe(pages);
  });

  it.each([
    ['3 units on A4', bigRecapModel(3), 'A4'],
    ['70 units on F4', bigRecapModel(70), 'F4'],
  ] as const)('never ends a page with a lone section title (%s)', async (_name, base, paper) => {
    const { bytes } = await recapPdf({ ...base, paper });
    const pageTexts = await pdfPages(bytes);
    pageTexts.forEach((page, index) => {
      const lines = page.split('\n').filter((line) => line.trim() !== '' && !line.includes('Halaman'));
      const last = lines[lines.length - 1] ?? '';
      expect(last, `page ${index + 1} ends with a section title`).not.toMatch(/^\s*[A-D]\. /);
      // The heat-map title shares its page with the first heat-map rows.
      if (page.includes('C. Peta Capaian')) expect(page).toMatch(/^\s*1\s+UK-1(\s+\d+,\d\d){12}\s*$/m);
      if (page.includes('B. Rekapitulasi Nilai')) expect(page).toMatch(/^\s*1\s+Unit Kerja Contoh Nomor 1\s/m);
    });
  });

  it('prints a year without a history chart and an empty year without failing', async () => {
    const single = sampleRecapModel({ history: sampleRecapModel().history.slice(1) });
    const one = flat(await pdfText((await recapPdf(single)).bytes, { layout: false }));
    expect(one).toContain('2022: Disdukcapil (81,37; WBK)');
    expect(one).not.toContain('Grafik nilai total per tahun');
    const empty = sampleRecapModel({ rows: [], summary: [], history: [] });
    const rendered = await recapPdf(empty);
    const none = flat(await pdfText(rendered.bytes, { layout: false }));
    expect(none).toContain('Belum ada unit kerja yang dievaluasi pada tahun ini.');
    expect(none).toContain('Tidak ada data area untuk ditampilkan.');
    // At the 12 pt body the short document takes two landscape pages: the last section's title
    // moves with its line and the signature (never a title alone at the foot of a page).
    const pages = await pdfPages(rendered.bytes);
    expect(pages).toHaveLength(rendered.pages);
    expect(none).toContain(`Halaman 1 dari ${rendered.pages}`);
    const last = pages.at(-1) ?? '';
    for (const line of ['D. Perkembangan Antartahun', 'Belum ada data evaluasi tahun-tahun sebelumnya.', 'Inspektur Kabupaten Serang,']) expect(last).toContain(line);
  });

  it('refuses a broken logo', async () => {
    const model = sampleRecapModel({ institution: { ...sampleRecapModel().institution, logo: new Uint8Array([1, 2, 3, 4]) } });
    await expect(recapPdf(model)).rejects.toThrow();
  });
});
