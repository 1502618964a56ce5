import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatAngka } from '../../../../../shared/format';
import { DOTTED_LINE, emptyReportMeta, type ReportMetaInput } from '../../../../../shared/reports';
import { unitInput } from '../../handlers/harness';
import { pdfInfo, pdfText } from '../pdf/fixtures';
import { allChanges, createWorksheet, expectFail, expectOk, save, useHarness, type Harness } from '../worksheets/helpers';

const harness = useHarness();

const INSTITUTION = {
  pemerintahDaerah: 'Pemerintah Kabupaten Serang',
  namaInspektorat: 'Inspektorat Daerah',
  alamat: 'Jl. Contoh Fiktif No. 1, Serang',
  kota: 'Serang',
  inspektur: { nama: 'Drs. Bambang Fiktif Hartono, M.Si.', nip: '197005182005031005', golongan: 'IV/c' },
  kertas: 'F4' as const,
};

/** Three units: Disdukcapil 2021 and 2022, DPMPTSP and Bapenda 2022, with different answer levels. */
async function seeded(): Promise<{ h: Harness; ids: Record<string, string> }> {
  const h = await harness.open();
  expectOk(await h.call('settings:save', INSTITUTION));
  const make = async (nama: string, singkatan: string) => expectOk(await h.call('units:create', unitInput({ nama, singkatan }))).id;
  const disdukcapil = await make('Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil');
  const dpmptsp = await make('Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP');
  const bapenda = await make('Badan Pendapatan Daerah', 'Bapenda');
  const best = allChanges('best');
  const worst = allChanges('worst');
  const ids: Record<string, string> = {};
  const fill = async (key: string, unitId: string, year: number, unitLevel: number, tpiLevel: number | null) => {
    const { worksheet } = await createWorksheet(h, unitId, year);
    const mix = (level: number) => best.map((change, index) => (index % 10 < level ? change : (worst[index] ?? change)));
    await save(h, worksheet.id, 'unit', mix(unitLevel));
    if (tpiLevel !== null) await save(h, worksheet.id, 'tpi', mix(tpiLevel).map((c, i) => (i === 3 ? { ...c, note: 'Bukti dukung belum lengkap.' } : c)));
    ids[key] = worksheet.id;
  };
  await fill('dis2021', disdukcapil, 2021, 6, 5);
  await fill('dis2022', disdukcapil, 2022, 9, 8);
  await fill('dpm2022', dpmptsp, 2022, 7, null);
  await fill('bap2022', bapenda, 2022, 4, 3);
  return { h, ids };
}

function meta(overrides: Partial<ReportMetaInput> = {}): ReportMetaInput {
  return {
    ...emptyReportMeta(),
    nomorSurat: '700/123/Insp/2022',
    tanggalSurat: '2022-10-14',
    sifat: 'Penting',
    lampiran: '1 (satu) berkas',
    perihal: 'Laporan Hasil Evaluasi ZI',
    kepada: 'Kepala Dinas Kependudukan dan Pencatatan Sipil',
    tempatTujuan: 'di Serang',
    nomorLaporan: 'LHE-ZI/07/2022',
    suratTugasNomor: '094/45/Insp/2022',
    suratTugasTanggal: '2022-09-01',
    periodeEvaluasi: '5 s.d. 16 September 2022',
    pengendaliTeknis: { nama: 'Rina Contoh, S.E., M.Ak.', nip: '19800101 200501 2 003' },
    ketuaTim: { nama: 'Dodi Fiktif, S.H.', nip: '198503122010011004' },
    anggota: [{ nama: 'Putri Rekaan, S.Kom.', nip: '' }],
    rekomendasi: ['Melengkapi bukti dukung area Manajemen Perubahan.', '  ', 'Menindaklanjuti hasil survei IPKP.'],
    ...overrides,
  };
}

describe('reports: metadata', () => {
  it('offers defaults and suggestions before saving, stores next to the worksheet, and survives a restart', async () => {
    const { h, ids } = await seeded();
    const id = ids.dis2022 ?? '';
    const before = expectOk(await h.call('reports:getMeta', { id }));
    expect(before.saved).toBe(false);
    expect(before.meta.sifat).toBe('Biasa');
    expect(before.meta.perihal).toContain('Dinas Kependudukan dan Pencatatan Sipil');
    expect(before.suggestions.length).toBeGreaterThan(0);
    expect(before.blanks).toContain('Nomor surat');

    const saved = expectOk(await h.call('reports:saveMeta', { id, meta: meta() }));
    expect(saved.saved).toBe(true);
    expect(saved.meta.pengendaliTeknis.nip).toBe('198001012005012003');
    expect(saved.meta.rekomendasi).toEqual(['Melengkapi bukti dukung area Manajemen Perubahan.', 'Menindaklanjuti hasil survei IPKP.']);
    expect(saved.blanks).toEqual([]);
    const onDisk = JSON.parse(await fsp.readFile(path.join(h.dataDir, 'reports', `${id}.json`), 'utf8')) as { data: { report: { meta: { nomorSurat: string } } } };
    expect(JSON.stringify(onDisk)).toContain('700/123/Insp/2022');

    const again = await harness.open(h.dataDir).catch(() => null);
    // A second process may not open a locked folder; the stored value is what counts.
    if (again !== null) expect(expectOk(await again.call('reports:getMeta', { id })).meta.nomorSurat).toBe('700/123/Insp/2022');
  });

  it('refuses bad metadata and leaves the stored one as it was', async () => {
    const { h, ids } = await seeded();
    const id = ids.dis2022 ?? '';
    expectOk(await h.call('reports:saveMeta', { id, meta: meta() }));
    const failure = expectFail(await h.call('reports:saveMeta', { id, meta: meta({ ketuaTim: { nama: 'X', nip: '123' } }) }), 'INVALID_INPUT');
    expect(failure.message).toMatch(/NIP/);
    expect(expectOk(await h.call('reports:getMeta', { id })).meta.ketuaTim.nip).toBe('198503122010011004');
  });

  it('stays editable after the worksheet is final', async () => {
    const { h, ids } = await seeded();
    const id = ids.dis2021 ?? '';
    for (const to of ['DIAJUKAN', 'DIREVIU_TPI', 'FINAL'] as const) expectOk(await h.call('worksheets:transition', { id, to }));
    expectOk(await h.call('reports:saveMeta', { id, meta: meta({ nomorSurat: '700/1/2021' }) }));
    expect(expectOk(await h.call('reports:getMeta', { id })).meta.nomorSurat).toBe('700/1/2021');
  });
});

describe('reports: LHE PDF', () => {
  it('prints the engine totals with decimal comma, both verdicts, the team and page numbers', async () => {
    const { h, ids } = await seeded();
    const id = ids.dis2022 ?? '';
    expectOk(await h.call('reports:saveMeta', { id, meta: meta() }));
    const detail = expectOk(await h.call('worksheets:get', { id }));
    const { pdf } = expectOk(await h.call('reports:printLhe', { id }));
    const bytes = new Uint8Array(await fsp.readFile(path.join(h.dataDir, 'documents', `${pdf.documentId}.pdf`)));
    // Reading order, not layout: at 11 pt an item note wraps inside its cell of the appendix.
    const text = await pdfText(bytes, { layout: false });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Dinas Kependudukan dan Pencatatan Sipil');
    expect(flat).toContain('700/123/Insp/2022');
    expect(flat).toContain('19850312 201001 1 004');
    expect(flat).toContain(formatAngka(detail.summary.layers.unit.totals.total));
    expect(flat).toContain(formatAngka(detail.summary.layers.tpi.totals.total));
    expect(flat).toContain(formatAngka(detail.summary.layers.tpi.totals.pemenuhan));
    expect(flat).toContain('Bukti dukung belum lengkap.');
    expect(flat).toContain('Menindaklanjuti hasil survei IPKP.');
    expect(flat).toMatch(/WBK/);
    expect(flat).toMatch(/WBBM/);
    const pages = Number(/Pages:\s+(\d+)/.exec(await pdfInfo(bytes))?.[1]);
    expect(pdf.pages).toBe(pages);
    // The cover letter is its own document: the report counts its pages from its own first page.
    expect(flat).toContain(`Halaman 1 dari ${pages - 1}`);
    expect(flat).not.toMatch(/undefined|NaN/);
  });

  it('saves the metadata and prints in one call; bad metadata stores and prints nothing', async () => {
    const { h, ids } = await seeded();
    const id = ids.dis2022 ?? '';
    const bad = expectFail(await h.call('reports:printLhe', { id, meta: meta({ ketuaTim: { nama: 'X', nip: '123' } }) }), 'INVALID_INPUT');
    expect(bad.message).toMatch(/NIP/);
    expect(expectOk(await h.call('reports:getMeta', { id })).saved).toBe(false);
    await expect(fsp.readdir(path.join(h.dataDir, 'documents'))).rejects.toThrow();

    const { report, pdf } = expectOk(await h.call('reports:printLhe', { id, meta: meta({ nomorSurat: '700/9/Insp/2022' }) }));
    expect(report).toMatchObject({ saved: true, savedBy: '(tanpa nama)', meta: { nomorSurat: '700/9/Insp/2022' } });
    expect(expectOk(await h.call('reports:getMeta', { id })).meta.nomorSurat).toBe('700/9/Insp/2022');
    const text = await pdfText(new Uint8Array(await fsp.readFile(path.join(h.dataDir, 'documents', `${pdf.documentId}.pdf`))));
    expect(text.replace(/\s+/g, ' ')).toContain('700/9/Insp/2022');
  });

  it('prints dotted blanks for missing metadata and the suggested recommendations', async () => {
    const { h, ids } = await seeded();
    const id = ids.bap2022 ?? '';
    const view = expectOk(await h.call('reports:getMeta', { id }));
    const { pdf } = expectOk(await h.call('reports:printLhe', { id }));
    const bytes = new Uint8Array(await fsp.readFile(path.join(h.dataDir, 'documents', `${pdf.documentId}.pdf`)));
    const flat = (await pdfText(bytes)).replace(/\s+/g, ' ');
    expect(flat).toContain(DOTTED_LINE);
    expect(flat).not.toMatch(/undefined|NaN|null/);
    const first = view.suggestions[0] ?? '';
    expect(flat).toContain(first.slice(0, 40));
  });

  it('cites the regulations in force on the report date: 2022 without PermenPANRB 5/2024, 2025 with it', async () => {
    const { h, ids } = await seeded();
    const units = expectOk(await h.call('units:list', undefined));
    const disdukcapil = units.find((unit) => unit.singkatan === 'Disdukcapil');
    const y2025 = (await createWorksheet(h, disdukcapil?.id ?? '', 2025)).worksheet.id;
    await save(h, y2025, 'unit', allChanges('best'));
    const textOf = async (id: string, tanggalSurat: string): Promise<string> => {
      const { pdf } = expectOk(await h.call('reports:printLhe', { id, meta: meta({ tanggalSurat }) }));
      const bytes = new Uint8Array(await fsp.readFile(path.join(h.dataDir, 'documents', `${pdf.documentId}.pdf`)));
      return (await pdfText(bytes)).replace(/\s+/g, ' ');
    };
    // Even a 2022 worksheet made on the amended template (data from before rules followed the year).
    const dinkes = expectOk(await h.call('units:create', unitInput({ nama: 'Dinas Kesehatan', singkatan: 'Dinkes' }))).id;
    const old = expectOk(await h.call('worksheets:create', { unitId: dinkes, year: 2022, templateId: 'lke-zi-90-2021-5-2024' })).worksheet.id;
    await save(h, old, 'unit', allChanges('best'));
    for (const id of [ids.dis2022 ?? '', old]) {
      const in2022 = await textOf(id, '2022-10-14');
      expect(in2022).toContain('Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas');
      expect(in2022).toContain('sesuai PermenPANRB 90/2021.');
      expect(in2022).not.toMatch(/Nomor 5 Tahun 2024|5\/2024/);
    }
    const in2025 = await textOf(y2025, '2025-10-14');
    expect(in2025).toContain('Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas');
    expect(in2025).toContain('Nomor 5 Tahun 2024 tentang Perubahan atas');
    expect(in2025).toContain('sesuai PermenPANRB 90/2021 jo. 5/2024.');
  });

  it('answers NOT_FOUND for a worksheet that does not exist, writing nothing', async () => {
    const { h } = await seeded();
    expectFail(await h.call('reports:printLhe', { id: 'tidak-ada-2022' }), 'NOT_FOUND');
    await expect(fsp.readdir(path.join(h.dataDir, 'reports'))).rejects.toThrow();
  });
});

describe('reports: annual recap and dashboard', () => {
  it('ranks the year, compares with last year and summarises', async () => {
    const { h, ids } = await seeded();
    const model = await h.services.reports.recapModel(2022);
    expect(model.rows.map((row) => row.singkatan)).toEqual(['Disdukcapil', 'DPMPTSP', 'Bapenda']);
    expect(model.rows.map((row) => row.rank)).toEqual([1, 2, 3]);
    const dis2021 = expectOk(await h.call('worksheets:get', { id: ids.dis2021 ?? '' })).summary;
    const dis2022 = expectOk(await h.call('worksheets:get', { id: ids.dis2022 ?? '' })).summary;
    const row = model.rows[0];
    expect(row?.change).toBeCloseTo(dis2022.layers.tpi.totals.total - dis2021.layers.tpi.totals.total, 9);
    expect(model.rows[1]?.layer).toBe('unit');
    expect(model.rows[1]?.change).toBeNull();
    expect(row?.areaPercents).toHaveLength(12);
    expect(model.summary[0]).toMatch(/^3 unit kerja dievaluasi pada Tahun 2022; /);
    expect(model.history.map((year) => [year.year, year.units.map((unit) => unit.singkatan)])).toEqual([
      [2021, ['Disdukcapil']],
      [2022, ['Bapenda', 'Disdukcapil', 'DPMPTSP']],
    ]);

    const pdf = expectOk(await h.call('reports:recapPdf', { year: 2022 }));
    const bytes = new Uint8Array(await fsp.readFile(path.join(h.dataDir, 'documents', `${pdf.documentId}.pdf`)));
    const flat = (await pdfText(bytes)).replace(/\s+/g, ' ');
    for (const name of ['Dinas Kependudukan dan Pencatatan Sipil', 'Badan Pendapatan Daerah']) expect(flat).toContain(name);
    expect(flat).toContain(formatAngka(dis2022.layers.tpi.totals.total));
    const info = await pdfInfo(bytes);
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
    expect(Number(size?.[1])).toBeGreaterThan(Number(size?.[2]));
  });

  it('counts statuses, verdicts and pledge coverage for the dashboard', async () => {
    const { h } = await seeded();
    const view = expectOk(await h.call('reports:dashboard', { year: 2022 }));
    expect(view.worksheets).toBe(3);
    expect(view.years).toEqual([2022, 2021]);
    expect(view.statusCounts.DRAF).toBe(3);
    expect(view.verdictCounts.WBBM + view.verdictCounts.WBK + view.verdictCounts.BELUM).toBe(3);
    expect(view.activeUnits).toBe(3);
    const dis = view.trends.find((trend) => trend.singkatan === 'Disdukcapil');
    expect(dis?.points.map((point) => point.year)).toEqual([2021, 2022]);
    const empty = expectOk(await h.call('reports:dashboard', { year: 2030 }));
    expect(empty.worksheets).toBe(0);
    expect(empty.averageTotal).toBeNull();
    expectFail(await h.call('reports:recapPdf', { year: 2030 }), 'NOT_FOUND');
  });
});
