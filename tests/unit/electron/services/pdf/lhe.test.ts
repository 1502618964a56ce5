import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { lheDocDefinition, lhePdf, type LhePdf } from '../../../../../electron/services/pdf/lhe';
import { PAPER_SIZES } from '../../../../../shared/format/paper';
import { DOTTED_LINE, emptyReportMeta } from '../../../../../shared/reports/meta';
import type { LheModel } from '../../../../../shared/reports/model';
import { makeLogoPng, pdfInfo, pdfPages, pdfText, withPdfFile } from './fixtures';
import { PEMENUHAN, REFORM, SAMPLE_NOTES, manyNotes, sampleLheModel } from './lheFixture';
import { rawPages } from './pageLines';

const run = promisify(execFile);
const flat = (text: string): string => text.replace(/\s+/g, ' ');
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Page count according to pdfinfo. */
async function infoPages(bytes: Uint8Array): Promise<number> {
  const match = /^Pages:\s+(\d+)$/m.exec(await pdfInfo(bytes));
  return Number(match?.[1] ?? NaN);
}

/** Rows of `pdfimages -list` (one per image or soft mask), with the page number first. */
async function imageRows(bytes: Uint8Array): Promise<string[]> {
  return withPdfFile(bytes, async (file) => {
    const { stdout } = await run('pdfimages', ['-list', file]);
    return stdout.split('\n').slice(2).filter((line) => line.trim() !== '');
  });
}

/** The text between two markers (non-layout, whitespace collapsed). */
function between(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start + from.length);
  expect(start, `"${from}" not found`).toBeGreaterThanOrEqual(0);
  expect(end, `"${to}" not found after "${from}"`).toBeGreaterThan(start);
  return text.slice(start, end);
}

function withLogo(model: LheModel): LheModel {
  return { ...model, institution: { ...model.institution, logo: makeLogoPng() } };
}

const NO_PLACEHOLDER_LEAK = /\bundefined\b|\bNaN\b|\bnull\b|\[object Object\]/;

describe('Laporan Hasil Evaluasi (full sample, A4)', () => {
  const model = withLogo(sampleLheModel());
  let pdf: LhePdf;
  let layout: string;
  let text: string;

  beforeAll(async () => {
    pdf = await lhePdf(model, { creationDate: new Date(Date.UTC(2022, 10, 28, 3, 0, 0)) });
    layout = await pdfText(pdf.bytes);
    text = flat(await pdfText(pdf.bytes, { layout: false }));
  });

  it('prints the cover letter: kop, date line, Nomor/Sifat/Lampiran/Perihal, addressee, body and signature', async () => {
    expect(text).toContain('PEMERINTAH KABUPATEN SERANG INSPEKTORAT DAERAH');
    expect(text).toContain('Jalan Veteran Nomor 1, Kota Serang');
    expect(layout).toMatch(/Serang, 28 November 2022/);
    expect(layout).toMatch(/Nomor\s+:\s+700\/412\/Insp\/2022/);
    expect(layout).toMatch(/Sifat\s+:\s+Biasa/);
    expect(layout).toMatch(/Lampiran\s+:\s+1 \(satu\) berkas/);
    expect(layout).toMatch(/Perihal\s+:\s+Laporan Hasil Evaluasi Pembangunan/);
    expect(text).toContain('Yth. Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Serang');
    expect(text).toContain('di Serang');
    expect(text).toContain(
      'Dalam rangka pelaksanaan evaluasi Pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK) dan Wilayah Birokrasi Bersih dan Melayani (WBBM) Tahun 2022, bersama ini kami sampaikan Laporan Hasil Evaluasi atas Dinas Kependudukan dan Pencatatan Sipil sebagaimana terlampir.',
    );
    // The cover letter is its own document ahead of the report: one page, without a page number.
    const letter = flat((await pdfPages(pdf.bytes))[0] ?? '');
    expect(letter).not.toMatch(/Halaman \d/);
    expect(letter).toContain('Inspektur, Drs. Bayu Fiktif Prasetyo, M.M. Pembina Utama Muda (IV/c) NIP. 19690707 199403 1 008');
    // The report starts on a new page.
    expect(letter).not.toContain('LAPORAN HASIL EVALUASI');
  });

  it('prints the report title, the unit, the year and the report number on page 2', async () => {
    const pages = await pdfPages(pdf.bytes);
    const page2 = flat(pages[1] ?? '');
    expect(page2).toContain('LAPORAN HASIL EVALUASI PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK/WBBM');
    expect(page2).toContain('DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL');
    expect(page2).toContain('TAHUN 2022');
    expect(page2).toContain('Nomor: LHE-ZI/07/Insp/2022');
  });

  it('prints sections A–K in order', () => {
    const headings = [
      'A. Dasar Penugasan',
      'B. Tim Evaluasi',
      'C. Dasar Hukum',
      'D. Tujuan Evaluasi',
      'E. Ruang Lingkup',
      'F. Metodologi',
      'G. Hasil Evaluasi',
      'H. Predikat',
      'I. Grafik Capaian per Area',
      'J. Rekomendasi',
      'K. Penutup',
      'Lampiran: Catatan per Butir',
    ];
    let last = -1;
    for (const heading of headings) {
      const at = text.indexOf(heading, last + 1);
      expect(at, heading).toBeGreaterThan(last);
      last = at;
    }
    expect(text).toContain('Surat Tugas Inspektur Nomor 094/318/Insp/2022 tanggal 9 September 2022, dengan periode evaluasi 12 s.d. 23 September 2022.');
    expect(text).toContain('1. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021');
    expect(text).toContain('3. Surat Tugas Inspektur Kabupaten Serang');
    expect(text).toContain(model.tujuan);
    expect(text).toContain(model.ruangLingkup);
    expect(text).toContain(model.metodologi);
  });

  it('prints the team table: No | Nama | NIP | Peran', () => {
    expect(layout).toMatch(/No\s+Nama\s+NIP\s+Peran/);
    expect(layout).toMatch(/1\s+Ir\. Siti Nurhaliza Contoh, M\.T\.\s+19720415 200003 1 003\s+Pengendali Teknis/);
    expect(layout).toMatch(/2\s+Rudi Hidayat Rekaan, S\.E\., M\.Ak\.\s+19850312 201001 1 002\s+Ketua Tim/);
    expect(layout).toMatch(/3\s+Dewi Wulandari Samaran, S\.H\.\s+19900120 201503 2 004\s+Anggota Tim/);
    expect(layout).toMatch(/4\s+Andi Saputra Khayal, S\.Kom\.\s+19920808 201902 1 001\s+Anggota Tim/);
  });

  it('prints the results with decimal commas and two decimals, without a TPN column', () => {
    // At 11 pt the header "Penilaian Mandiri" wraps inside its cell, leaving the component names room.
    expect(layout).toMatch(/Komponen\s+Bobot\s+Penilaian\s+TPI\s*\n\s*Mandiri\s*$/m);
    expect(layout).toMatch(/A\. Pengungkit\s+60,00\s+46,15\s+41,40\s*$/m);
    expect(layout).toMatch(/A\.I Pemenuhan\s+30,00\s+23,55\s+21,74\s*$/m);
    expect(layout).toMatch(/A\.I\.2 Penataan Tatalaksana\s+3,50\s+2,80\s+2,63\s*$/m);
    expect(layout).toMatch(/A\.I\.5 Penguatan Pengawasan\s+7,50\s+5,20\s+4,69\s*$/m);
    expect(layout).toMatch(/A\.II Reform\s+30,00\s+22,60\s+19,66\s*$/m);
    expect(layout).toMatch(/B\. Hasil\s+40,00\s+35,31\s+33,10\s*$/m);
    expect(layout).toMatch(/B\.I\.a Nilai Survei Persepsi Antikorupsi \(IPAK\)\s+17,50\s+16,12\s+15,99\s*$/m);
    expect(layout).toMatch(/Nilai Total\s+100,00\s+81,46\s+74,50\s*$/m);
    expect(text).toContain('Nilai total berdasarkan TPI (Tim Penilai Internal) adalah 74,50 dari bobot 100,00.');
    expect(text).not.toMatch(/\bTPN\b/);
    // No decimal point anywhere in the results (only the codes use dots).
    expect(between(text, 'G. Hasil Evaluasi', 'H. Predikat')).not.toMatch(/\d\.\d/);
  });

  it('prints each verdict, every failing criterion and the proposal', () => {
    const [wbk, wbbm] = model.verdicts;
    const wbkPart = between(text, '1. Predikat WBK', '2. Predikat WBBM');
    expect(wbkPart).toContain('Predikat WBK (Wilayah Bebas dari Korupsi): BELUM MEMENUHI KRITERIA');
    expect(wbkPart).toContain('Belum memenuhi kriteria nilai WBK: 3 kriteria belum terpenuhi.');
    expect(wbkPart).toContain('Kriteria yang belum terpenuhi:');
    expect(wbkPart).toContain('Nilai total: nilai 74,50 dari minimum 75,00 (bobot 100,00)');
    expect(wbkPart).toContain('Reform – Manajemen Perubahan: nilai 2,20 dari minimum 2,40 (minimal 60% dari bobot 4,00)');
    expect(wbkPart).toContain('Reform – Penataan Sistem Manajemen SDM Aparatur: nilai 2,85 dari minimum 3,00 (minimal 60% dari bobot 5,00)');
    expect(wbkPart).toContain('Status usulan: Belum layak diusulkan: nilai belum memenuhi kriteria WBK.');
    expect(wbk.failing).toHaveLength(3);
    const wbbmPart = between(text, '2. Predikat WBBM', 'I. Grafik Capaian per Area');
    expect(wbbmPart).toContain('Predikat WBBM (Wilayah Birokrasi Bersih dan Melayani): BELUM MEMENUHI KRITERIA');
    expect(wbbm.failing.length).toBeGreaterThan(10);
    for (const criterion of wbbm.failing) expect(wbbmPart).toContain(`${criterion.label}: nilai `);
    expect(wbbmPart).toContain('Pemenuhan – Penguatan Pengawasan: nilai 4,69 dari minimum 5,63 (minimal 75% dari bobot 7,50)');
    expect(wbbmPart).toContain('Komponen Pengungkit: nilai 41,40 dari minimum 48,00 (bobot 60,00)');
    expect(wbbmPart).toContain('Status usulan: Belum layak diusulkan: predikat WBK belum diperoleh.');
    expect(text).not.toContain('sementara');
  });

  it('draws the area chart as vectors with extractable labels, percentages, axis and legend', async () => {
    const chart = between(text, 'I. Grafik Capaian per Area', 'J. Rekomendasi');
    expect(chart).toContain('Pemenuhan');
    expect(chart).toContain('Reform');
    for (const area of [...PEMENUHAN, ...REFORM]) {
      const unit = `${((area.unit / area.weight) * 100).toFixed(2).replace('.', ',')}%`;
      const tpi = `${((area.tpi / area.weight) * 100).toFixed(2).replace('.', ',')}%`;
      expect(chart).toMatch(new RegExp(`${escape(area.code)} ${escape(area.name)} ${escape(unit)} ${escape(tpi)}`));
    }
    expect(chart).toContain('A.I.5 Penguatan Pengawasan 69,33% 62,50%');
    expect(chart).toContain('A.II.1 Manajemen Perubahan 72,50% 55,00%');
    for (const tick of ['0%', '25%', '50%', '75%', '100%']) expect(chart).toMatch(new RegExp(`(^|\\s)${tick}(\\s|$)`));
    expect(chart).toContain('Penilaian Mandiri');
    expect(chart).toMatch(/\bTPI\b/);
    // The only raster image is the logo of the kop, on page 1.
    const images = await imageRows(pdf.bytes);
    expect(images.length).toBeGreaterThan(0);
    for (const row of images) expect(row.trim().split(/\s+/)[0]).toBe('1');
  });

  it('prints the recommendations, the closing and the three signatures', async () => {
    // Read in drawing order (a justified 12 pt line with wide gaps can be split into columns by
    // pdftotext's reading order), where the list markers come after each item's first line; the
    // markers are read from the layout.
    const drawn = flat((await rawPages(pdf.bytes)).join(' ')).replace(/ \d+\.(?= )/g, '');
    const recommendations = between(drawn, 'J. Rekomendasi', 'K. Penutup');
    model.recommendations.forEach((item, index) => {
      expect(recommendations).toContain(item);
      expect(layout).toMatch(new RegExp(`${index + 1}\\.\\s+${escape(item.split(' ')[0] ?? '')}`));
    });
    const closing = between(text, 'K. Penutup', 'Lampiran: Catatan per Butir');
    expect(closing).toContain('Serang, 28 November 2022');
    expect(closing).toMatch(/Ketua Tim, Pengendali Teknis, Rudi Hidayat Rekaan, S\.E\., M\.Ak\. NIP\. 19850312 201001 1 002 Ir\. Siti Nurhaliza Contoh, M\.T\. NIP\. 19720415 200003 1 003/);
    expect(closing).toContain('Mengetahui, Inspektur, Drs. Bayu Fiktif Prasetyo, M.M. Pembina Utama Muda (IV/c) NIP. 19690707 199403 1 008');
  });

  it('prints the item notes appendix', () => {
    const appendix = text.slice(text.indexOf('Lampiran: Catatan per Butir'));
    expect(appendix).toContain('Laporan Hasil Evaluasi Pembangunan Zona Integritas Dinas Kependudukan dan Pencatatan Sipil Tahun 2022, Nomor: LHE-ZI/07/Insp/2022');
    // "Jawaban" spans the unit's and the TPI's answers.
    expect(layout).toMatch(/No\s+Kode\s+Pertanyaan\s+Jawaban\s+Catatan\s*\n\s*Unit\s+TPI/);
    for (const note of SAMPLE_NOTES) expect(appendix).toContain(note.code);
    expect(layout).toMatch(/20\s+B\.I\.a\s+Nilai Survei Persepsi(?: Antikorupsi)?\s+3,68\s+3,65\s+Nilai mengikuti hasil/);
    // An item without a note prints a dash in the Catatan column.
    expect(layout).toMatch(/3\s+A\.I\.1\.ii\.a\s+Terdapat dokumen(?: rencana kerja)?\s+Ya\s+Ya\s+—/);
  });

  it('numbers the report\'s pages "Halaman X dari Y" from its own first page, the letter apart, matching the page count', async () => {
    const pages = await pdfPages(pdf.bytes);
    const count = await infoPages(pdf.bytes);
    expect(pdf.pages).toBe(count);
    expect(pages).toHaveLength(count);
    expect(count).toBeGreaterThanOrEqual(5);
    expect(pages[0]).not.toContain('LHE ZI Disdukcapil 2022');
    pages.slice(1).forEach((page, index) => {
      expect(page).toContain(`Halaman ${index + 1} dari ${count - 1}`);
      expect(page).toContain('LHE ZI Disdukcapil 2022');
    });
  });

  it('sets the page size and the document information', async () => {
    const info = await pdfInfo(pdf.bytes);
    expect(info).toContain('Page size:       595.28 x 841.89 pts');
    expect(info).toContain('Title:           Laporan Hasil Evaluasi Pembangunan Zona Integritas Dinas Kependudukan dan Pencatatan Sipil Tahun 2022');
    expect(info).toContain('Author:          Inspektorat Daerah');
    expect(info).toContain('Creator:         ZI Desk');
    expect(info).toMatch(/CreationDate:\s+.*2022/);
  });

  it('never prints undefined, null or NaN', () => {
    expect(text).not.toMatch(NO_PLACEHOLDER_LEAK);
  });
});

describe('Laporan Hasil Evaluasi variants', () => {
  it('adds the TPN column only when showTpn, with "—" where the TPN layer has no score', async () => {
    const base = sampleLheModel();
    const rows = base.rows.map((row) => ({ ...row, tpn: row.kind === 'total' ? 70.125 : row.code === 'A' ? 40.005 : null }));
    const { bytes } = await lhePdf({ ...base, showTpn: true, rows });
    const layout = await pdfText(bytes);
    expect(layout).toMatch(/Komponen\s+Bobot\s+Penilaian\s+TPI\s+TPN\s*\n\s*Mandiri\s*$/m);
    expect(layout).toMatch(/Nilai Total\s+100,00\s+81,46\s+74,50\s+70,13\s*$/m);
    expect(layout).toMatch(/A\. Pengungkit\s+60,00\s+46,15\s+41,40\s+40,01\s*$/m);
    expect(layout).toMatch(/A\.I Pemenuhan\s+30,00\s+23,55\s+21,74\s+—\s*$/m);
  });

  it('prints "—" for a TPI score the layer does not have, and leaves the TPI bar and legend out of the chart', async () => {
    const base = sampleLheModel();
    const model: LheModel = {
      ...base,
      assessedLayer: 'unit',
      rows: base.rows.map((row) => ({ ...row, tpi: null })),
      chart: base.chart.map((bar) => ({ ...bar, tpiPercent: null })),
    };
    const { bytes } = await lhePdf(model);
    const layout = await pdfText(bytes);
    const text = flat(await pdfText(bytes, { layout: false }));
    expect(layout).toMatch(/Nilai Total\s+100,00\s+81,46\s+—\s*$/m);
    expect(text).toContain('Nilai total berdasarkan Penilaian Mandiri unit kerja adalah 81,46 dari bobot 100,00.');
    const chart = between(text, 'I. Grafik Capaian per Area', 'J. Rekomendasi');
    expect(chart).toContain('A.I.5 Penguatan Pengawasan 69,33% A.I.6');
    expect(chart).toContain('Penilaian Mandiri');
    expect(chart.replace('Penilaian Mandiri dan TPI', '')).not.toMatch(/\bTPI\b/);
  });

  it('marks verdicts of an incomplete worksheet as provisional and prints a passed verdict without criteria', async () => {
    const base = sampleLheModel();
    const [wbk, wbbm] = base.verdicts;
    const model: LheModel = {
      ...base,
      verdicts: [
        { ...wbk, passed: true, failing: [], complete: false, sentence: 'Memenuhi seluruh kriteria nilai WBK.', proposal: 'Layak diusulkan' },
        { ...wbbm, complete: false },
      ],
    };
    const text = flat(await pdfText((await lhePdf(model)).bytes, { layout: false }));
    expect(text).toContain('Predikat WBK (Wilayah Bebas dari Korupsi): MEMENUHI KRITERIA (sementara, LKE belum lengkap)');
    expect(text).toContain('Predikat WBBM (Wilayah Birokrasi Bersih dan Melayani): BELUM MEMENUHI KRITERIA (sementara, LKE belum lengkap)');
    const wbkPart = between(text, '1. Predikat WBK', '2. Predikat WBBM');
    expect(wbkPart).not.toContain('Kriteria yang belum terpenuhi');
    expect(wbkPart).toContain('Status usulan: Layak diusulkan');
  });

  it('prints on F4', async () => {
    const { bytes } = await lhePdf(sampleLheModel({ paper: 'F4' }));
    expect(await pdfInfo(bytes)).toContain(`Page size:       ${PAPER_SIZES.F4.widthPt} x ${PAPER_SIZES.F4.heightPt} pts`);
    expect(await pdfInfo(bytes)).toContain('Page size:       609.45 x 935.43 pts');
  });

  it('prints dotted blanks for an empty meta, kota, date and Inspektur, never undefined/null/NaN', async () => {
    const base = sampleLheModel();
    const model: LheModel = {
      ...base,
      meta: emptyReportMeta(),
      reportDate: '',
      institution: { ...base.institution, kota: ' ', inspektur: { nama: '', nip: '', pangkatGolongan: '' } },
      unit: { ...base.unit, singkatan: '' },
      notes: [{ code: 'A.I.1.i.a', question: 'Unit kerja telah membentuk tim', unitAnswer: '', tpiAnswer: '', note: '' }],
      recommendations: [],
      dasarHukum: [],
      tujuan: '',
    };
    const { bytes, pages } = await lhePdf(model);
    const layout = await pdfText(bytes);
    const text = flat(await pdfText(bytes, { layout: false }));
    expect(text).not.toMatch(NO_PLACEHOLDER_LEAK);
    // Blanks to fill in by hand are dotted lines of about 40 mm, never today's date.
    const L = DOTTED_LINE;
    expect(L.length).toBeGreaterThanOrEqual(30);
    expect(text).toContain(`${L}, ${L}`);
    for (const label of ['Nomor', 'Sifat', 'Lampiran', 'Perihal']) expect(layout).toMatch(new RegExp(`${label}\\s+:\\s+${escape(L)}`));
    expect(text).toContain(`Yth. ${L}`);
    expect(text).toContain(`Nomor: ${L}`);
    expect(text).toContain(`Surat Tugas Inspektur Nomor ${L} tanggal ${L}, dengan periode evaluasi ${L}`);
    expect(layout).toMatch(new RegExp(`1\\s+${escape(L)}\\s+${escape(L)}\\s+Pengendali Teknis`));
    expect(layout).toMatch(new RegExp(`2\\s+${escape(L)}\\s+${escape(L)}\\s+Ketua Tim`));
    // One label: "NIP." with the dotted line, on the four signatures.
    expect(text.match(new RegExp(`NIP\\. ${escape(L)}`, 'g'))).toHaveLength(4);
    expect(text).not.toMatch(/NIP (?:[.…]|\d)/);
    // An empty list prints two numbered dotted lines across the column, to be filled in by hand.
    expect(between(text, 'C. Dasar Hukum', 'D. Tujuan')).toMatch(/1\. \.{100,} 2\. \.{100,}/);
    expect(between(text, 'J. Rekomendasi', 'K. Penutup')).toMatch(/1\. \.{100,} 2\. \.{100,}/);
    expect(layout).toMatch(/1\s+A\.I\.1\.i\.a\s+Unit kerja telah(?: membentuk tim)?\s+—\s+—\s+—/);
    // The footer falls back to the unit's name (read in layout mode: a table at the foot of the
    // page can come before the footer in reading order).
    expect(flat((await pdfPages(bytes))[1] ?? '')).toContain(`LHE ZI Dinas Kependudukan dan Pencatatan Sipil 2022 Halaman 1 dari ${pages - 1}`);
  });

  it('prints "Tidak ada catatan per butir." without notes and nothing extra for generated recommendations', async () => {
    const text = flat(await pdfText((await lhePdf(sampleLheModel({ notes: [], recommendationsSuggested: true }))).bytes, { layout: false }));
    expect(text).toContain('Lampiran: Catatan per Butir');
    expect(text).toContain('Tidak ada catatan per butir.');
    expect(text).not.toMatch(/otomatis|sunting/i);
  });

  it('spreads 130 item notes over several pages, repeating the table header on each', async () => {
    const notes = manyNotes(130);
    const { bytes, pages } = await lhePdf(sampleLheModel({ notes }));
    expect(pages).toBe(await infoPages(bytes));
    const pageTexts = await pdfPages(bytes);
    const first = pageTexts.findIndex((page) => page.includes('Lampiran: Catatan per Butir'));
    expect(first).toBeGreaterThan(0);
    const appendixPages = pageTexts.slice(first);
    expect(appendixPages.length).toBeGreaterThanOrEqual(4);
    for (const page of appendixPages) expect(page).toMatch(/No\s+Kode\s+Pertanyaan\s+Jawaban\s+Catatan\s*\n\s*Unit\s+TPI/);
    const appendix = flat(appendixPages.join(' '));
    for (const note of notes) expect(appendix).toContain(note.code);
    // A note wraps inside its cell at 11 pt: read in drawing order.
    expect(flat((await rawPages(bytes)).join(' '))).toContain('(catatan 129)');
    // The last row (an item without a note) closes the table on the last page.
    expect(flat(pageTexts.at(-1) ?? '')).toMatch(/\b130 A\.I\.4\.ii\.a\.7 Dokumen perencanaan[a-z ]* Ya Ya —[a-z ]* LHE ZI/);
  });

  // Speed lives in tests/bench/reports.bench.ts, never as a timed assertion here.
  it('renders a full model (logo, 130 notes) twice to the same page count', async () => {
    const model = withLogo(sampleLheModel({ notes: manyNotes(130) }));
    const first = await lhePdf(model);
    const second = await lhePdf(model);
    expect(second.pages).toBe(first.pages);
    expect(first.pages).toBeGreaterThan(6);
  });

  it('draws no raster image at all without a logo', async () => {
    const { bytes } = await lhePdf(sampleLheModel());
    expect(await imageRows(bytes)).toEqual([]);
  });

  it('refuses a logo that is not an image', async () => {
    const base = sampleLheModel();
    await expect(lhePdf({ ...base, institution: { ...base.institution, logo: new Uint8Array([1, 2, 3, 4]) } })).rejects.toThrow('Logo harus berupa gambar PNG atau JPEG');
  });
});

describe('lheDocDefinition', () => {
  it('is a plain definition: paper, metadata, only the logo as image, and the same output for the same model', () => {
    const model = withLogo(sampleLheModel({ paper: 'F4' }));
    const creationDate = new Date(Date.UTC(2022, 10, 28));
    const definition = lheDocDefinition(model, { creationDate });
    expect(definition.pageSize).toEqual({ width: PAPER_SIZES.F4.widthPt, height: PAPER_SIZES.F4.heightPt });
    expect(definition.info).toMatchObject({ author: 'Inspektorat Daerah', creator: 'ZI Desk', creationDate });
    expect(definition.info?.title).toContain('Dinas Kependudukan dan Pencatatan Sipil Tahun 2022');
    expect(Object.keys(definition.images ?? {})).toEqual(['logo']);
    expect(JSON.stringify(lheDocDefinition(model, { creationDate }))).toBe(JSON.stringify(definition));
    const json = JSON.stringify(definition.content);
    expect(json).not.toMatch(/undefined|NaN/);
    expect(json).toContain('62,50%');
    expect(Object.keys(lheDocDefinition(sampleLheModel()).images ?? {})).toEqual([]);
  });
});
