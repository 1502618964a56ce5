import { describe, expect, it } from 'vitest';
import { lhePdf } from '../../../../../electron/services/pdf/lhe';
import { emptyReportMeta } from '../../../../../shared/reports/meta';
import type { LheModel } from '../../../../../shared/reports/model';
import { sampleLheModel } from './lheFixture';
import { pageLines, rawPages, strandedHeadings, type PageLines } from './pageLines';

/**
 * Keep-together rules of the LHE over a stress corpus, on A4 and F4, read back with
 * `pdftotext -bbox-layout`: no section heading ends a page without two lines of its text, no page
 * holds only signature blocks, and a Draf worksheet carries "KONSEP" on every page.
 */

const HEADING = /^(?:[A-K]\. (?:Dasar Penugasan|Tim Evaluasi|Dasar Hukum|Tujuan Evaluasi|Ruang Lingkup|Metodologi|Hasil Evaluasi|Predikat|Grafik Capaian per Area|Rekomendasi|Penutup)|Lampiran: Catatan per Butir)$/;
const FOOTER = /^(?:LHE ZI .*|Halaman \d+ dari \d+|- \d+ -)$/;

/** A recommendation of one to three lines, always a whole sentence. */
function recommendation(index: number): string {
  const detail = ' dengan melibatkan seluruh pejabat struktural dan agen perubahan, serta melaporkan kemajuannya kepada Inspektur setiap triwulan';
  return `Menindaklanjuti temuan evaluasi nomor ${index + 1} pada area perubahan terkait${detail.repeat(1 + (index % 3))}.`;
}

const LONG_NAME = 'Prof. Dr. Ir. Raden Mas Bambang Sukmawijaya Adiningrat Kusumanegara Fiktif, S.H., S.E., M.Si., M.Kn., M.Ak.';
const LONG_UNIT = `Dinas Kependudukan, Pencatatan Sipil, Pemberdayaan Masyarakat dan Desa, Pengendalian Penduduk dan Keluarga Berencana serta Pelayanan Terpadu Satu Pintu Kabupaten Serang (Unit Rekaan Uji Tata Letak)`;

function variants(): [string, LheModel][] {
  const base = sampleLheModel();
  const [wbk, wbbm] = base.verdicts;
  const missing = ['Opini BPK', 'Predikat SAKIP instansi', 'Indeks RB', 'Maturitas SPIP', 'Tindak lanjut temuan', 'Kepatuhan LHKPN', 'Kepatuhan LHKASN', 'Lama pembangunan ZI', 'Predikat SAKIP unit'];
  const list: [string, LheModel][] = [
    ['satu rekomendasi', sampleLheModel({ recommendations: [recommendation(0)] })],
    ['dua puluh rekomendasi', sampleLheModel({ recommendations: Array.from({ length: 20 }, (_, index) => recommendation(index)) })],
    [
      'metadata kosong',
      sampleLheModel({ meta: emptyReportMeta(), reportDate: '', institution: { ...base.institution, kota: '', inspektur: { nama: '', nip: '', pangkatGolongan: '' } }, recommendations: [] }),
    ],
    [
      'draf',
      sampleLheModel({
        draft: true,
        verdicts: [
          { ...wbk, complete: false, proposalMissing: missing },
          { ...wbbm, complete: false, proposalMissing: missing.slice(0, 4) },
        ],
      }),
    ],
    [
      'nama panjang',
      sampleLheModel({
        unit: { ...base.unit, nama: LONG_UNIT, singkatan: '' },
        institution: { ...base.institution, inspektur: { ...base.institution.inspektur, nama: LONG_NAME } },
        meta: {
          ...base.meta,
          ketuaTim: { nama: LONG_NAME, nip: base.meta.ketuaTim.nip },
          pengendaliTeknis: { nama: `${LONG_NAME} Kedua`, nip: base.meta.pengendaliTeknis.nip },
          anggota: Array.from({ length: 12 }, (_, index) => ({ nama: `${LONG_NAME} ${index + 1}`, nip: '' })),
        },
      }),
    ],
  ];
  // The same report pushed down line by line, so headings meet the page end at different places.
  for (let extra = 1; extra <= 6; extra += 1) {
    list.push([
      `digeser ${extra} baris`,
      sampleLheModel({ dasarHukum: [...base.dasarHukum, ...Array.from({ length: extra }, (_, index) => `Dokumen rujukan tambahan nomor ${index + 1} tentang pelaksanaan evaluasi.`)] }),
    ]);
  }
  return list;
}

/** Text of a page's body lines that are not part of a signature block (names, captions, NIP, date line). */
function nonSignatureText(page: PageLines, model: LheModel): string {
  const signature = [
    model.institution.inspektur.nama,
    model.institution.inspektur.pangkatGolongan,
    model.meta.ketuaTim.nama,
    model.meta.pengendaliTeknis.nama,
    'Ketua Tim,',
    'Pengendali Teknis,',
    'Mengetahui,',
    'Inspektur,',
  ].filter((text) => text.trim() !== '');
  let text = page.lines
    .filter((line) => !FOOTER.test(line.text))
    .map((line) => line.text)
    .join(' ');
  for (const part of signature) text = text.split(part).join(' ');
  return text.replace(/NIP\.\s*[\d .]*/g, ' ').replace(/\S+, (?:\d{1,2} \w+ \d{4}|\.{10,})/g, ' ').replace(/\.{10,}/g, ' ').trim();
}

describe.each(['A4', 'F4'] as const)('LHE keep-together over the stress corpus (%s)', (paper) => {
  it.each(variants())('%s', async (_name, variant) => {
    const model: LheModel = { ...variant, paper };
    const { bytes } = await lhePdf(model);
    const pages = await pageLines(bytes);
    expect(strandedHeadings(pages, HEADING, FOOTER)).toEqual([]);
    pages.forEach((page, index) => {
      expect(nonSignatureText(page, model).length, `page ${index + 1} holds only signatures`).toBeGreaterThan(40);
    });
    if (model.draft === true) {
      for (const page of await rawPages(bytes)) expect(page.replace(/\s+/g, '')).toContain('KONSEP');
    }
  });
});
