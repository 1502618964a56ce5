import { describe, expect, it } from 'vitest';
import { getTemplate, templates, walkTemplate } from '../../../../shared/lke';
import { buildPortalRbExport, portalRbExportSchema, portalRbSoal, terbilang, angkaTerbilang } from '../../../../shared/proposal';
import { shippedTemplate, uniformAnswers } from '../lke/fixtures';
import { worksheetOf } from './fixtures';

describe('PortalRB soal ids', () => {
  for (const id of Object.keys(templates)) {
    it(`every answerable item of ${id} has one soal id, 1–127, each used once`, () => {
      const result = getTemplate(id);
      if (!result.ok) throw new Error(result.error.message);
      const template = result.value;
      const soal = portalRbSoal(template);
      expect(soal.map((entry) => entry.soalId)).toEqual(Array.from({ length: 127 }, (_, index) => index + 1));
      expect(new Set(soal.map((entry) => entry.code)).size).toBe(127);
      for (const entry of walkTemplate(template)) {
        if (entry.kind !== 'question' && entry.kind !== 'indicator') continue;
        // Computed percentages are not soal: PortalRB computes them from their Jumlah inputs.
        if (entry.node.answerType === 'PERSEN') expect(entry.node.portalRbId).toBeUndefined();
        else expect(entry.node.portalRbId, entry.node.code).toBeTypeOf('number');
      }
    });
  }

  it('matches the master soal LKE ZI 2026 where the codes differ from the derived ones', () => {
    const byId = new Map(portalRbSoal(shippedTemplate()).map((entry) => [entry.soalId, entry]));
    expect(byId.get(1)).toMatchObject({ code: 'A.I.1.i.a', jenisJawaban: 'YA_TIDAK' });
    expect(byId.get(87)).toMatchObject({ code: 'A.I.6.v.c', jenisJawaban: 'ABC' });
    expect(byId.get(88)).toMatchObject({ code: 'A.II.1.i.a.1', jenisJawaban: 'Jumlah' });
    expect(byId.get(113)).toMatchObject({ code: 'A.II.5.iii.a.a.1', jenisJawaban: 'Jumlah' });
    expect(byId.get(120)).toMatchObject({ code: 'A.II.5.iii.b.a.4', jenisJawaban: 'Jumlah' });
    expect(byId.get(125)).toMatchObject({ code: 'B.I.a', jenisJawaban: '0-4' });
    expect(byId.get(126)).toMatchObject({ code: 'B.I.b', jenisJawaban: 'ABCDE' });
    expect(byId.get(127)).toMatchObject({ code: 'B.II.a', jenisJawaban: '0-4' });
  });
});

describe('PortalRB export', () => {
  it('lists the units by category and answers every soal with both layers, notes and evidence', () => {
    const template = shippedTemplate();
    const worksheet = worksheetOf({ unitId: 'disdukcapil', year: 2022, unit: uniformAnswers(template, 'best'), tpi: uniformAnswers(template, 'best') });
    const first = worksheet.items['A.I.1.i.a'];
    if (!first) throw new Error('item missing');
    first.unit.note = 'SK tim terbit Januari';
    first.tpi.note = '  Dokumen sesuai ';
    first.evidence.push(
      { id: 'e1', kind: 'reference', text: 'https://files.example.go.id/zi/sk-tim.pdf', addedAt: '2022-03-01T00:00:00.000Z', addedBy: 'A' },
      { id: 'e2', kind: 'file', hash: 'a'.repeat(64), name: 'sk-tim.pdf', size: 10, mimeType: 'application/pdf', addedAt: '2022-03-01T00:00:00.000Z', addedBy: 'A' },
    );
    const tpiOnly = worksheetOf({ unitId: 'dpmptsp', year: 2022, unit: {}, tpi: { 'B.I.a': { type: 'INDEKS', value: 3.65 } } });
    const exported = buildPortalRbExport({
      tahun: 2022,
      instansi: 'Pemerintah Kabupaten Serang',
      dibuatPada: '2023-05-02T03:00:00.000Z',
      units: [
        { unitId: 'disdukcapil', nama: 'Dinas Kependudukan dan Pencatatan Sipil', kategori: 'WBBM', afirmasi: true, worksheet, template },
        { unitId: 'dpmptsp', nama: 'DPMPTSP', kategori: 'WBK', afirmasi: true, worksheet: tpiOnly, template },
      ],
    });
    const parsed = portalRbExportSchema.parse(JSON.parse(JSON.stringify(exported)));
    expect(parsed.pengusulan.unitWbk.units).toEqual([{ id: 'dpmptsp', nama: 'DPMPTSP', kategori: 'WBK-AFIRMASI', afirmasi: true }]);
    expect(parsed.pengusulan.unitWbbm).toEqual({ tahun: 2022, units: [{ id: 'disdukcapil', nama: 'Dinas Kependudukan dan Pencatatan Sipil', kategori: 'WBBM', afirmasi: true }] });
    const answers = parsed.jawabanUnit[0]?.answers ?? [];
    expect(answers).toHaveLength(127);
    expect(answers[0]).toEqual({
      soal_id: 1,
      jawaban_unit: 'Ya',
      jawaban_tpi: 'Ya',
      catatan_unit: 'SK tim terbit Januari',
      bukti_dukung_unit: 'https://files.example.go.id/zi/sk-tim.pdf; Berkas: sk-tim.pdf',
      catatan_tpi: 'Dokumen sesuai',
    });
    expect(answers.find((answer) => answer.soal_id === 2)?.jawaban_unit).toBe('A');
    expect(answers.find((answer) => answer.soal_id === 88)?.jawaban_unit).toMatch(/^\d+$/);
    const other = parsed.jawabanUnit[1]?.answers ?? [];
    expect(other.find((answer) => answer.soal_id === 125)).toMatchObject({ jawaban_unit: null, jawaban_tpi: '3.65' });
    expect(other.find((answer) => answer.soal_id === 1)).toEqual({ soal_id: 1, jawaban_unit: null, jawaban_tpi: null, catatan_unit: null, bukti_dukung_unit: null, catatan_tpi: null });
  });

  it('the schema refuses a package whose answers do not match its units', () => {
    const exported = buildPortalRbExport({ tahun: 2022, instansi: 'X', dibuatPada: '2023-05-02T03:00:00.000Z', units: [] });
    expect(portalRbExportSchema.safeParse(exported).success).toBe(true);
    const broken = { ...exported, pengusulan: { ...exported.pengusulan, unitWbk: { tahun: 2022, units: [{ id: 'a', nama: 'A', kategori: 'WBK', afirmasi: false }] } } };
    expect(portalRbExportSchema.safeParse(broken).success).toBe(false);
  });
});

describe('terbilang', () => {
  it('spells counts the way letters do', () => {
    expect([0, 1, 2, 10, 11, 12, 19, 20, 21, 100, 105, 111, 250, 1000, 1999, 2024].map(terbilang)).toEqual([
      'nol', 'satu', 'dua', 'sepuluh', 'sebelas', 'dua belas', 'sembilan belas', 'dua puluh', 'dua puluh satu', 'seratus',
      'seratus lima', 'seratus sebelas', 'dua ratus lima puluh', 'seribu', 'seribu sembilan ratus sembilan puluh sembilan',
      'dua ribu dua puluh empat',
    ]);
    expect(angkaTerbilang(3)).toBe('3 (tiga)');
  });
});
