import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTanggal, todayIso } from '../../../../../shared/format/date';
import { DOTTED_LINE, emptyReportMeta, type ReportMetaInput } from '../../../../../shared/reports';
import { INSTITUTION, unitInput } from '../../handlers/harness';
import { pdfText } from '../pdf/fixtures';
import { pageLines, rawPages } from '../pdf/pageLines';
import { allChanges, createWorksheet, expectOk, save, useHarness, type Harness } from '../worksheets/helpers';

/**
 * What a Laporan Hasil Evaluasi prints, read back from the PDF with pdftotext: blanks instead of
 * today's date, the KONSEP watermark on a worksheet that is not Final, the pencanangan date of the
 * declaration covering the unit, the proposal status as prose, whole-sentence recommendations.
 */

const harness = useHarness();
const flat = (text: string): string => text.replace(/\s+/g, ' ');
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
/** The app's data-entry messages, which a report for outside readers never prints. */
const APP_MESSAGE = /belum diisi|Data instansi|TTTT-BB-HH|Lengkapi|Muat ulang/;

async function seeded(): Promise<{ h: Harness; unitId: string }> {
  const h = await harness.open();
  expectOk(await h.call('settings:save', { ...INSTITUTION, kertas: 'A4' }));
  const unitId = expectOk(await h.call('units:create', unitInput({ nama: 'Dinas Kependudukan dan Pencatatan Sipil', singkatan: 'Disdukcapil' }))).id;
  return { h, unitId };
}

async function lheBytes(h: Harness, id: string, meta?: ReportMetaInput): Promise<Uint8Array> {
  const { pdf } = expectOk(await h.call('reports:printLhe', meta === undefined ? { id } : { id, meta }));
  return new Uint8Array(await fsp.readFile(path.join(h.dataDir, 'documents', `${pdf.documentId}.pdf`)));
}

const compact = (text: string): string => text.replace(/\s+/g, '');

describe('LHE content', () => {
  it('prints a dotted blank for a blank letter date (never today), KONSEP on every page of a Draf worksheet, and the declaration\'s pencanangan date', async () => {
    const { h, unitId } = await seeded();
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    await save(h, worksheet.id, 'unit', allChanges('best'));
    await save(h, worksheet.id, 'tpi', allChanges('best'));
    // A date typed by hand on the worksheet gives way to the stored declaration covering the unit.
    const detail = expectOk(await h.call('worksheets:get', { id: worksheet.id }));
    expectOk(await h.call('worksheets:setPrerequisites', { id: worksheet.id, checklist: { ...detail.worksheet.prerequisites, tanggalPencanangan: '2022-01-10' } }));
    expectOk(
      await h.call('declarations:create', {
        title: 'Pencanangan Pembangunan Zona Integritas Tahun 2022',
        place: 'Serang',
        date: '2022-06-23',
        unitIds: [unitId],
        signatories: [{ jabatan: 'Bupati Serang', nama: 'Hj. Ratna Fiktif Lestari, S.E.', nip: '' }],
        witnesses: [],
      }),
    );
    const bytes = await lheBytes(h, worksheet.id, { ...emptyReportMeta(), tanggalSurat: '' });
    const text = flat(await pdfText(bytes, { layout: false }));
    expect(text).not.toContain(formatTanggal(todayIso(new Date())));
    expect(text).toContain(`Serang, ${DOTTED_LINE}`);
    expect(text).toContain('dicanangkan pada tanggal 23 Juni 2022 (Pencanangan Pembangunan Zona Integritas Tahun 2022)');
    expect(text).not.toContain('10 Januari 2022');
    expect(text).not.toMatch(ISO_DATE);
    expect(text).toContain('(sementara, LKE belum final)');
    const pages = await rawPages(bytes);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(compact(page)).toContain('KONSEP');

    // Final: no watermark, no "belum final".
    for (const to of ['DIAJUKAN', 'DIREVIU_TPI', 'FINAL'] as const) expectOk(await h.call('worksheets:transition', { id: worksheet.id, to }));
    const final = await lheBytes(h, worksheet.id);
    expect(compact(await pdfText(final, { layout: false }))).not.toContain('KONSEP');
    expect(flat(await pdfText(final, { layout: false }))).not.toContain('belum final');
  });

  it('writes the proposal status as prose with "data belum tersedia", never the app\'s messages or ISO dates', async () => {
    const { h, unitId } = await seeded();
    const { worksheet } = await createWorksheet(h, unitId, 2025);
    await save(h, worksheet.id, 'unit', allChanges('best'));
    const detail = expectOk(await h.call('worksheets:get', { id: worksheet.id }));
    // The app's own status carries its data-entry messages; the report must not.
    expect(detail.proposal.wbk.reasons.join(' ')).toMatch(/belum diisi/);
    const bytes = await lheBytes(h, worksheet.id, { ...emptyReportMeta(), tanggalSurat: '2025-10-14' });
    const text = flat(await pdfText(bytes, { layout: false }));
    const status = text.slice(text.indexOf('H. Predikat'), text.indexOf('I. Grafik'));
    expect(status).toContain('Dinas Kependudukan dan Pencatatan Sipil belum layak diusulkan untuk memperoleh predikat WBK.');
    expect(await pdfText(bytes)).toMatch(/1\s+Opini BPK\s+data belum tersedia/);
    // The second predicate lacks the same data: it points to the first table instead of repeating it.
    expect(status).toContain('Data persyaratan yang belum tersedia sama dengan tabel pada angka 1.');
    expect(status).toContain('Tanggal pencanangan pembangunan Zona Integritas pada Dinas Kependudukan dan Pencatatan Sipil: data belum tersedia.');
    expect(status).not.toMatch(APP_MESSAGE);
    expect(text).not.toMatch(ISO_DATE);
  });

  it('suggests recommendations as whole sentences: never cut, no ellipsis', async () => {
    const { h, unitId } = await seeded();
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    await save(h, worksheet.id, 'unit', allChanges('worst'));
    const view = expectOk(await h.call('reports:getMeta', { id: worksheet.id }));
    expect(view.suggestions.length).toBeGreaterThan(2);
    for (const suggestion of view.suggestions) {
      expect(suggestion).not.toContain('…');
      expect(suggestion).toMatch(/^[A-Z].*[.]$/);
      // Quoted item texts are whole: they close their quote before the parenthesis.
      for (const quoted of suggestion.matchAll(/\("([^"]*)"\)/g)) expect(quoted[1]).not.toMatch(/\s$/);
    }
    // The body's lines across pages, without the footers and the watermark's letters.
    const lines = (await pageLines(await lheBytes(h, worksheet.id))).flatMap((page) => page.lines.map((line) => line.text));
    const text = flat(lines.filter((line) => !/^(LHE ZI .*|Halaman \d+ dari \d+)$/.test(line)).join(' '));
    const section = text.slice(text.indexOf('J. Rekomendasi'), text.indexOf('K. Penutup'));
    view.suggestions.forEach((suggestion, index) => expect(section).toContain(`${index + 1}. ${suggestion}`));
  });
});
