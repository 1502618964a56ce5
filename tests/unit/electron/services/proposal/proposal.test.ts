import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { defaultProposalLetter, portalRbExportSchema, TPI_MISSING_REASON, type ProposalLetterInput } from '../../../../../shared/proposal';
import { INSTITUTION, unitInput } from '../../handlers/harness';
import { storedDocument } from '../../handlers/printedPledge';
import { pdfText } from '../pdf/fixtures';
import { pdfsig } from '../signing/poppler';
import { PROPOSAL_SUMMARY_SHEET, PROPOSAL_UNIT_HEADER_ROW } from '../../../../../electron/services/exchange/exportProposal';
import { allChanges, createWorksheet, expectFail, expectOk, save, useHarness, type Harness } from '../worksheets/helpers';

const harness = useHarness();

const LETTER: ProposalLetterInput = {
  ...defaultProposalLetter({ year: 2022, kota: 'Serang', pemerintahDaerah: INSTITUTION.pemerintahDaerah }),
  nomorSurat: '700/214/Insp/2023',
  tanggalSurat: '2023-05-02',
  alamatInstansi: 'Jl. Veteran Fiktif No. 1, Kota Serang, Banten',
  penandatangan: { nama: 'Hj. Ratu Contoh Fiktif, S.T.', jabatan: 'Bupati Serang', nip: '' },
};

/** 2022: Disdukcapil (afirmasi) and DPMPTSP pass on TPI answers, Bapenda fails, Dinkes has no TPI answers yet. */
async function seeded(): Promise<{ h: Harness; units: Record<'dis' | 'dpm' | 'bap' | 'din', string> }> {
  const h = await harness.open();
  expectOk(await h.call('settings:save', INSTITUTION));
  const make = async (nama: string, singkatan: string, afirmasi: boolean) => expectOk(await h.call('units:create', unitInput({ nama, singkatan, afirmasi }))).id;
  const units = {
    dis: await make('Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil', true),
    dpm: await make('Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP', true),
    bap: await make('Badan Pendapatan Daerah', 'Bapenda', false),
    din: await make('Dinas Kesehatan', 'Dinkes', false),
  };
  const best = allChanges('best');
  const worst = allChanges('worst');
  for (const [key, tpi] of [['dis', best], ['dpm', best], ['bap', worst], ['din', null]] as const) {
    const { worksheet } = await createWorksheet(h, units[key], 2022);
    await save(h, worksheet.id, 'unit', best);
    if (tpi !== null) await save(h, worksheet.id, 'tpi', tpi.map((change, index) => (index === 0 ? { ...change, note: 'SK tim sesuai.' } : change)));
  }
  return { h, units };
}

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

describe('proposal package', () => {
  it('lists every unit of the year with its eligibility and reasons, and refuses to choose one that is not eligible', async () => {
    const { h, units } = await seeded();
    const view = expectOk(await h.call('proposal:get', { year: 2022 }));
    expect(view.deadline).toBe('2022-05-31');
    expect(view.saved).toBe(false);
    expect(view.letter.penandatangan.jabatan).toBe('Bupati Serang');
    const byUnit = new Map(view.candidates.map((candidate) => [candidate.unitId, candidate]));
    expect(byUnit.get(units.dis)).toMatchObject({ eligible: true, kategori: 'WBBM', afirmasi: true });
    expect(byUnit.get(units.dpm)).toMatchObject({ eligible: true, kategori: 'WBBM' });
    expect(byUnit.get(units.bap)?.eligible).toBe(false);
    expect(byUnit.get(units.bap)?.reasons).toContain('Nilai total 0,00 di bawah batas 75,00 (kurang 75,00).');
    expect(byUnit.get(units.din)?.reasons).toEqual([TPI_MISSING_REASON]);
    expect(view.missing[0]).toMatch(/^2 unit belum layak diusulkan: /);

    const refused = expectFail(await h.call('proposal:save', { year: 2022, units: [{ unitId: units.bap, kategori: 'WBK' }], letter: LETTER }), 'CONFLICT');
    expect(refused.message).toContain('Badan Pendapatan Daerah');
    expect(expectOk(await h.call('proposal:get', { year: 2022 })).saved).toBe(false);
  });

  it('prints both letters with the fields, the chosen units, dates in words, and a valid PDF signature', async () => {
    const { h, units } = await seeded();
    const saved = expectOk(await h.call('proposal:save', { year: 2022, units: [{ unitId: units.dis, kategori: 'WBK' }, { unitId: units.dpm, kategori: 'WBBM' }], letter: LETTER }));
    expect(saved.units).toHaveLength(2);
    expect(saved.missing).toContain('Surat Pengajuan Evaluasi belum dicetak.');

    const letter = expectOk(await h.call('proposal:printLetter', { year: 2022 }));
    const sptjm = expectOk(await h.call('proposal:printSptjm', { year: 2022 }));
    const letterBytes = new Uint8Array(await storedDocument(h, letter.documentId));
    const sptjmBytes = new Uint8Array(await storedDocument(h, sptjm.documentId));
    const letterText = (await pdfText(letterBytes)).replace(/\s+/g, ' ');
    const sptjmText = (await pdfText(sptjmBytes)).replace(/\s+/g, ' ');

    for (const text of [letterText, sptjmText]) {
      expect(text).toContain('PEMERINTAH KABUPATEN SERANG');
      expect(text).toContain('Jl. Veteran Fiktif No. 1, Kota Serang, Banten');
      expect(text).toContain('Serang, 2 Mei 2023');
      expect(text).toContain('BUPATI SERANG,');
      expect(text).toContain('Hj. Ratu Contoh Fiktif, S.T.');
      expect(text).toContain('2 (dua) unit kerja');
      expect(text).not.toMatch(ISO_DATE);
      expect(text).not.toContain('INSPEKTORAT KABUPATEN SERANG');
      expect(text).not.toContain('NIP.');
    }
    expect(letterText).toContain('Nomor : 700/214/Insp/2023');
    expect(letterText).toContain('1. Dinas Kependudukan dan Pencatatan Sipil Menuju WBK Afirmasi');
    // The long name wraps inside its cell.
    expect(letterText).toMatch(/2\. Dinas Penanaman Modal dan Pelayanan Menuju WBBM Afirmasi Terpadu Satu Pintu/);
    expect(letterText).not.toContain('Badan Pendapatan Daerah');
    expect(letterText).not.toContain('Dinas Kesehatan');
    expect(letterText).toContain('Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021 tentang');
    expect(sptjmText).toContain('SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK');
    expect(sptjmText).toContain('Alamat Instansi');
    expect(sptjmText).toContain('Surat Pengajuan Evaluasi Nomor 700/214/Insp/2023 tanggal 2 Mei 2023');
    for (const bytes of [letterBytes, sptjmBytes]) expect(await pdfsig(bytes)).toContain('Signature Validation: Signature is Valid.');

    const after = expectOk(await h.call('proposal:get', { year: 2022 }));
    expect(after.progress.surat).not.toBeNull();
    expect(after.missing).not.toContain('SPTJM belum dicetak.');
  });

  it('prints a dotted blank for a missing number and date (never today) and the NIP of a Pj. Bupati', async () => {
    const { h, units } = await seeded();
    const letter = { ...LETTER, nomorSurat: '', tanggalSurat: '', penandatangan: { nama: 'Drs. Contoh Penjabat, M.Si.', jabatan: 'Pj. Bupati Serang', nip: '19700518 200503 1 005' } };
    expectOk(await h.call('proposal:save', { year: 2022, units: [{ unitId: units.dis, kategori: 'WBK' }], letter }));
    const printed = expectOk(await h.call('proposal:printLetter', { year: 2022 }));
    const text = (await pdfText(new Uint8Array(await storedDocument(h, printed.documentId)))).replace(/\s+/g, ' ');
    expect(text).toMatch(/Nomor : \.{30,}/);
    expect(text).toMatch(/Serang, \.{30,}/);
    expect(text).toContain('NIP. 19700518 200503 1 005');
    expect(text).toContain('PJ. BUPATI SERANG,');
    expect(text).toContain('1 (satu) unit kerja');
    expect(text).not.toMatch(ISO_DATE);
  });

  it('exports the PortalRB JSON and the manual-submission workbook for the chosen units only', async () => {
    const { h, units } = await seeded();
    expectOk(await h.call('proposal:save', { year: 2022, units: [{ unitId: units.dis, kategori: 'WBK' }, { unitId: units.dpm, kategori: 'WBBM' }], letter: LETTER }));

    const json = expectOk(await h.call('proposal:exportJson', { year: 2022 }));
    expect(json.fileName).toBe('Usulan-ZI-PortalRB-2022.json');
    const data = portalRbExportSchema.parse(JSON.parse(Buffer.from(json.dataBase64, 'base64').toString('utf8')));
    expect(data.pengusulan.unitWbk.units).toEqual([{ id: units.dis, nama: 'Dinas Kependudukan dan Pencatatan Sipil', kategori: 'WBK-AFIRMASI', afirmasi: true }]);
    expect(data.pengusulan.unitWbbm.units.map((unit) => unit.id)).toEqual([units.dpm]);
    expect(data.jawabanUnit.map((entry) => entry.unit_id)).toEqual([units.dis, units.dpm]);
    const first = data.jawabanUnit[0]?.answers[0];
    expect(first).toMatchObject({ soal_id: 1, jawaban_unit: 'Ya', jawaban_tpi: 'Ya', catatan_tpi: 'SK tim sesuai.' });
    expect(data.jawabanUnit[0]?.answers).toHaveLength(127);

    const excel = expectOk(await h.call('proposal:exportExcel', { year: 2022 }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(excel.dataBase64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([PROPOSAL_SUMMARY_SHEET, 'Disdukcapil', 'DPMPTSP']);
    const summary = workbook.getWorksheet(PROPOSAL_SUMMARY_SHEET);
    expect(summary?.getRow(5).getCell(3).value).toBe('Dinas Kependudukan dan Pencatatan Sipil');
    expect(summary?.getRow(5).getCell(4).value).toBe('WBK-AFIRMASI');
    expect(summary?.getRow(6).getCell(4).value).toBe('WBBM');
    const sheet = workbook.getWorksheet('Disdukcapil');
    expect(sheet?.getRow(PROPOSAL_UNIT_HEADER_ROW).getCell(1).value).toBe('soal_id');
    const row = sheet?.getRow(PROPOSAL_UNIT_HEADER_ROW + 1);
    expect([row?.getCell(1).value, row?.getCell(2).value, row?.getCell(5).value, row?.getCell(6).value, row?.getCell(9).value]).toEqual([1, 'A.I.1.i.a', 'Ya', 'Ya', 'SK tim sesuai.']);
    expect(sheet?.getRow(PROPOSAL_UNIT_HEADER_ROW + 127).getCell(1).value).toBe(127);

    const after = expectOk(await h.call('proposal:get', { year: 2022 }));
    expect(after.progress.json).not.toBeNull();
    expect(after.progress.excel).not.toBeNull();
  });

  it('refuses to print or export a unit that is no longer eligible, naming it', async () => {
    const { h, units } = await seeded();
    expectOk(await h.call('proposal:save', { year: 2022, units: [{ unitId: units.dis, kategori: 'WBBM' }], letter: LETTER }));
    const worst = allChanges('worst');
    await save(h, `${units.dis}-2022`, 'tpi', worst);
    const failure = expectFail(await h.call('proposal:exportJson', { year: 2022 }), 'CONFLICT');
    expect(failure.message).toContain('Dinas Kependudukan dan Pencatatan Sipil');
    expectFail(await h.call('proposal:printLetter', { year: 2022 }), 'CONFLICT');
  });
});
