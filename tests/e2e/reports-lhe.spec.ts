import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { COLUMNS, HEADER_ROW, LKE_SHEET } from '../../electron/services/exchange/layout';
import { formatAngka, formatNip } from '../../shared/format';
import { itemsByCode, scoreWorksheet, thresholdsFor, verdict, type Answer, type Question } from '../../shared/lke';
import { layerAnswers } from '../../shared/worksheets';
import { expect, test, type Page } from './fixtures';
import { ExcelExchangePage } from './pages/ExcelExchangePage';
import { ReportFormPage } from './pages/ReportFormPage';
import { WorksheetPage } from './pages/WorksheetPage';
import type { SeedClient } from './support/api';
import { loadTemplate, seedEvaluations, TEMPLATE_ID } from './support/evaluations';
import { LOAD, openSeededWorksheet, UNIT_NAME, WORKSHEET_ID } from './support/worksheets';

/** Seeds the demo data and the 2021/2022 worksheets, then opens Disdukcapil 2022 from the list. */
async function openSeededEvaluation(page: Page, api: SeedClient): Promise<WorksheetPage> {
  await seedEvaluations(api);
  return openSeededWorksheet(page);
}

/** Text of a PDF as `pdftotext -layout` reads it. */
async function pdfText(bytes: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'zi-e2e-lhe-'));
  try {
    const file = path.join(dir, 'lhe.pdf');
    await writeFile(file, bytes);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', timeout: 20_000 });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** What the inspector types, in screen order. */
const LETTER = {
  nomorSurat: '700/412/Insp/2022',
  tanggalSurat: '2022-10-03',
  sifat: 'Segera',
  nomorLaporan: 'LHE-07/ZI/X/2022',
  suratTugasNomor: '094/215/Insp/2022',
  suratTugasTanggal: '2022-09-12',
  periode: '12 s.d. 23 September 2022',
  dalnis: { nama: 'Hendra Pengendali Fiktif', nip: '197512082000031004' },
  ketua: { nama: 'Maya Ketua Fiktif', nip: '198305172009022001' },
  anggota: { nama: 'Rina Anggota Fiktif', nip: '199001012015031002' },
  custom: 'Menyusun rencana aksi tindak lanjut dalam 30 hari.',
} as const;

test.describe('Laporan Hasil Evaluasi dan pertukaran Excel', () => {
  test('LHE Disdukcapil 2022: metadata diisi dengan papan ketik, tetap ada setelah dimuat ulang, PDF memuat nomor, tim, nilai dan predikat', async ({
    page,
    api,
  }) => {
    const ws = await openSeededEvaluation(page, api);
    const report = new ReportFormPage(page);

    await test.step('tab Laporan: isian awal yang disarankan dan pemberitahuan kolom kosong', async () => {
      await ws.openTab('Laporan');
      await expect(page).toHaveURL(/#\/lembar-kerja\/demo-disdukcapil-2022\/laporan$/);
      await report.waitLoaded();
      await expect(report.form().getByText('Belum pernah disimpan')).toBeVisible();
      await expect(report.field('Sifat')).toHaveValue('Biasa');
      await expect(report.field('Nomor surat')).toHaveValue('');
      await expect(report.blanksNotice()).toContainText('Kolom kosong akan dicetak sebagai titik-titik (……): Nomor surat, Tanggal surat');
      await expect(report.blanksNotice()).toContainText('Pengendali Teknis, Ketua Tim.');
      for (const legend of ['Surat pengantar', 'Dasar penugasan', 'Tim evaluasi', 'Rekomendasi'] as const) {
        await expect(report.group(legend)).toBeVisible();
      }
    });

    await test.step('surat pengantar, dasar penugasan dan tim diketik (Tab berpindah kolom)', async () => {
      await report.typeInOrder([['Nomor surat', LETTER.nomorSurat]]);
      await expect(report.field('Tanggal surat')).toBeFocused();
      await report.field('Tanggal surat').fill(LETTER.tanggalSurat);
      await report.typeInOrder([
        ['Sifat', LETTER.sifat],
        // The suggested lampiran, perihal, addressee and place are kept.
        ['Lampiran', null],
        ['Perihal', null],
        ['Kepada (Yth.)', null],
        ['Tempat tujuan', null],
        // Tab leaves "Surat pengantar" for the next group.
        ['Nomor laporan', LETTER.nomorLaporan],
        ['Nomor surat tugas', LETTER.suratTugasNomor],
      ]);
      await expect(report.field('Tanggal surat tugas')).toBeFocused();
      await report.field('Tanggal surat tugas').fill(LETTER.suratTugasTanggal);
      await report.typeInOrder([
        ['Periode evaluasi', LETTER.periode],
        ['Nama Pengendali Teknis', LETTER.dalnis.nama],
        ['NIP Pengendali Teknis', LETTER.dalnis.nip],
        ['Nama Ketua Tim', LETTER.ketua.nama],
        ['NIP Ketua Tim', LETTER.ketua.nip],
      ]);
      await expect(report.status()).toHaveText('Ada perubahan yang belum disimpan.');
    });

    await test.step('pindah tab lalu kembali: isian yang belum disimpan tidak hilang', async () => {
      await ws.openTab('Riwayat status');
      await expect(report.form()).toHaveCount(0);
      await ws.openTab('Laporan');
      await report.waitLoaded();
      await expect(report.field('Nomor surat')).toHaveValue(LETTER.nomorSurat);
      await expect(report.field('NIP Ketua Tim')).toHaveValue(LETTER.ketua.nip);
      await expect(report.status()).toHaveText('Ada perubahan yang belum disimpan.');
      await report.field('NIP Ketua Tim').focus();
    });

    await test.step('anggota tim: NIP salah ditolak dalam bahasa Indonesia, lalu diperbaiki', async () => {
      await report.addMember(LETTER.anggota.nama, '1990');
      await report.form().getByRole('button', { name: 'Simpan', exact: true }).click();
      await expect(report.field('NIP anggota 1')).toBeFocused();
      await expect(report.field('NIP anggota 1')).toHaveAttribute('aria-invalid', 'true');
      await expect(report.form().locator('#rpt-anggota-0-nip-error')).toContainText('NIP anggota tim');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(LETTER.anggota.nip);
      await expect(report.memberNames()).toHaveCount(1);
    });

    let expectedRecommendations: string[] = [];
    await test.step('rekomendasi: saran ditambahkan satu dan semua, satu diketik, urutan diubah', async () => {
      const suggestions = await report.suggestionTexts();
      expect(suggestions.length).toBeGreaterThanOrEqual(2);
      const first = suggestions[0] ?? '';
      await report.suggestions().getByRole('listitem').filter({ hasText: first }).getByRole('button', { name: 'Tambahkan', exact: true }).click();
      await expect(report.recommendations()).toHaveCount(1);
      await expect(report.recommendations().first()).toHaveValue(first);
      expect(await report.suggestionTexts()).toEqual(suggestions.slice(1));

      await report.suggestions().getByRole('button', { name: 'Tambahkan semua' }).click();
      await expect(report.recommendations()).toHaveCount(suggestions.length);
      await expect(report.suggestions()).toContainText('Semua saran sudah ada di daftar rekomendasi.');

      await report.form().getByRole('button', { name: 'Tambah rekomendasi' }).click();
      const custom = report.field(`Rekomendasi ${suggestions.length + 1}`);
      await expect(custom).toBeFocused();
      await page.keyboard.type(LETTER.custom);

      // The typed one goes to the top: "Naikkan" keeps the keyboard on the moved row.
      for (let position = suggestions.length + 1; position > 1; position -= 1) {
        await report.form().getByRole('button', { name: `Naikkan rekomendasi ${position}` }).click();
      }
      expectedRecommendations = [LETTER.custom, ...suggestions];
      await expect(report.recommendations().first()).toHaveValue(LETTER.custom);
      expect(await report.recommendations().evaluateAll((nodes) => nodes.map((node) => (node as HTMLTextAreaElement).value))).toEqual(
        expectedRecommendations,
      );
    });

    await page.screenshot({ path: test.info().outputPath('laporan-diisi.png'), fullPage: true });
    await test.step('Ctrl+S menyimpan; setelah halaman dimuat ulang isian tetap ada', async () => {
      await report.saveWithKeyboard();
      await expect(report.blanksNotice()).toHaveCount(0);
      await page.reload();
      await report.waitLoaded();
      await expect(report.form().getByText(/^Terakhir disimpan .+ oleh Siti Penguji Fiktif\.$/)).toBeVisible();
      await expect(report.field('Nomor surat')).toHaveValue(LETTER.nomorSurat);
      await expect(report.field('Tanggal surat')).toHaveValue(LETTER.tanggalSurat);
      await expect(report.field('Sifat')).toHaveValue(LETTER.sifat);
      await expect(report.field('Lampiran')).toHaveValue('1 (satu) berkas');
      await expect(report.field('Perihal')).toHaveValue(`Laporan Hasil Evaluasi Pembangunan Zona Integritas ${UNIT_NAME} Tahun 2022`);
      await expect(report.field('Nomor surat tugas')).toHaveValue(LETTER.suratTugasNomor);
      await expect(report.field('Tanggal surat tugas')).toHaveValue(LETTER.suratTugasTanggal);
      await expect(report.field('Periode evaluasi')).toHaveValue(LETTER.periode);
      // Stored without spaces, shown spaced for reading.
      await expect(report.field('NIP Pengendali Teknis')).toHaveValue(formatNip(LETTER.dalnis.nip));
      await expect(report.field('Nama anggota 1')).toHaveValue(LETTER.anggota.nama);
      await expect(report.field('NIP anggota 1')).toHaveValue(formatNip(LETTER.anggota.nip));
      await expect(report.recommendations()).toHaveCount(expectedRecommendations.length);
      expect(await report.recommendations().evaluateAll((nodes) => nodes.map((node) => (node as HTMLTextAreaElement).value))).toEqual(
        expectedRecommendations,
      );
      const stored = await api.reports.getMeta({ id: WORKSHEET_ID });
      expect(stored.meta.anggota).toEqual([{ nama: LETTER.anggota.nama, nip: LETTER.anggota.nip }]);
      expect(stored.blanks).toEqual([]);
    });

    await test.step('Cetak LHE (PDF): dibuka, tautan hasil, isi PDF sesuai data dan mesin penilaian', async () => {
      const popup = page.waitForEvent('popup', { timeout: 30_000 });
      await report.printButton().click();
      const tab = await popup;
      expect(tab.url()).toMatch(/\/documents\/[A-Za-z0-9-]+$/);
      await tab.close();
      const link = report.printedLink();
      await expect(link).toBeVisible({ timeout: 30_000 });
      await expect(report.printButton()).toHaveText('Cetak LHE (PDF)');
      const label = (await link.textContent()) ?? '';
      const pages = Number(/\((\d+) halaman\)$/.exec(label)?.[1]);
      expect(pages).toBeGreaterThan(1);

      const href = (await link.getAttribute('href')) ?? '';
      const response = await page.request.get(new URL(href, page.url()).toString());
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      const bytes = await response.body();
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const raw = await pdfText(bytes);
      await test.info().attach('lhe.txt', { body: raw, contentType: 'text/plain' });
      const text = collapse(raw);

      // The numbers come from the engine on the same stored answers as the worksheet screen.
      const detail = await api.worksheets.get({ id: WORKSHEET_ID });
      const layer = detail.summary.assessment.layer;
      const template = loadTemplate();
      const thresholds = thresholdsFor(TEMPLATE_ID);
      if (!thresholds.ok) throw new Error(thresholds.error.message);
      const score = scoreWorksheet(template, layerAnswers(detail.worksheet, layer));
      expect(score.value).toBeCloseTo(detail.summary.layers[layer].totals.total, 9);
      const wbk = verdict(score, thresholds.value.wbk);
      const wbbm = verdict(score, thresholds.value.wbbm);

      expect(text).toContain(UNIT_NAME);
      expect(text).toContain(LETTER.nomorSurat);
      expect(text).toContain(LETTER.nomorLaporan);
      expect(text).toContain(LETTER.suratTugasNomor);
      expect(text).toContain(LETTER.ketua.nama);
      expect(text).toContain(LETTER.anggota.nama);
      expect(text).toContain(formatNip(LETTER.anggota.nip));
      expect(text).toContain(formatAngka(score.value));
      expect(text).toContain(formatAngka(detail.summary.layers.unit.totals.total));
      // The cover letter is its own document: the report counts its pages from its own first page.
      expect(text).toContain(`Halaman 1 dari ${pages - 1}`);
      expect(text).toContain(`Predikat WBK (Wilayah Bebas dari Korupsi): ${wbk.passed ? 'MEMENUHI KRITERIA' : 'BELUM MEMENUHI KRITERIA'}`);
      expect(text).toContain(
        `Predikat WBBM (Wilayah Birokrasi Bersih dan Melayani): ${wbbm.passed ? 'MEMENUHI KRITERIA' : 'BELUM MEMENUHI KRITERIA'}`,
      );
      // The recommendations are printed in the chosen order, the typed one first.
      expect(text).toContain(`1. ${LETTER.custom} 2. ${collapse(expectedRecommendations[1] ?? '').slice(0, 40)}`);
      expect(raw).not.toMatch(/undefined|NaN/);
    });
  });

  test('Excel: unduh, ubah dua jawaban dan satu catatan, pratinjau lama → baru, terapkan; berkas rusak ditolak', async ({ page, api }) => {
    const ws = await openSeededEvaluation(page, api);
    const excel = new ExcelExchangePage(page);
    const template = loadTemplate();
    const questions = [...itemsByCode(template).values()].map((location) => location.item).filter((item): item is Question => item.answerType !== 'PERSEN');
    const before = await api.worksheets.get({ id: WORKSHEET_ID });
    const unitOf = (code: string) => before.worksheet.items[code]?.unit;

    // Two answers that will change and one note on a third item.
    const yaItem = questions.find((item) => item.answerType === 'YA_TIDAK' && unitOf(item.code)?.answer?.value === 'Ya');
    const abcItem = questions.find((item) => item.answerType === 'ABC' && unitOf(item.code)?.answer !== null);
    const noteItem = questions.find(
      (item) => item.code !== yaItem?.code && item.code !== abcItem?.code && item.answerType === 'ABCD' && unitOf(item.code)?.note === '',
    );
    if (!yaItem || !abcItem || !noteItem) throw new Error('seed without the needed items');
    const abcOld = String(unitOf(abcItem.code)?.answer?.value ?? '');
    const abcNew = abcOld === 'A' ? 'B' : 'A';
    const noteOldAnswer = String(unitOf(noteItem.code)?.answer?.value ?? '');
    const note = 'Bukti dukung SK tim diunggah ulang (revisi Oktober).';

    let fileName = '';
    let edited = Buffer.alloc(0);
    await test.step('Unduh Excel (.xlsx) lalu diubah dengan exceljs', async () => {
      await expect(excel.group()).toBeVisible();
      const downloaded = await excel.download();
      fileName = downloaded.fileName;
      expect(fileName).toBe('LKE-Disdukcapil-2022.xlsx');
      expect(downloaded.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      await expect(excel.notice()).toHaveText(`${fileName} diunduh.`);

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(downloaded.bytes as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet(LKE_SHEET);
      if (!sheet) throw new Error('no LKE sheet');
      const header = sheet.getRow(HEADER_ROW);
      const column = (title: string): number => {
        let found = 0;
        header.eachCell((cell, number) => {
          if (String(cell.value ?? '').trim() === title) found = number;
        });
        expect(found, title).toBeGreaterThan(0);
        return found;
      };
      const codeCol = column(COLUMNS.code.header);
      const answerCol = column(COLUMNS.unitAnswer.header);
      const noteCol = column(COLUMNS.unitNote.header);
      const rowOf = (code: string): number => {
        for (let row = HEADER_ROW + 1; row <= sheet.rowCount; row += 1) {
          if (String(sheet.getCell(row, codeCol).value ?? '').trim() === code) return row;
        }
        throw new Error(`row of ${code} not found`);
      };
      sheet.getCell(rowOf(yaItem.code), answerCol).value = 'Tidak';
      sheet.getCell(rowOf(abcItem.code), answerCol).value = abcNew.toLowerCase();
      sheet.getCell(rowOf(noteItem.code), noteCol).value = note;
      edited = Buffer.from(await workbook.xlsx.writeBuffer());
    });

    await test.step('Impor Excel…: pratinjau memuat tepat tiga perubahan, lama → baru', async () => {
      const dialog = await excel.choose(fileName, edited);
      await expect(dialog).toContainText(fileName);
      await expect(dialog.getByRole('status')).toHaveText('3 perubahan.');
      await expect(excel.problemsTable()).toHaveCount(0);
      const rows = (await excel.changeRows()).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
      const expected = [
        [yaItem.code, collapse(yaItem.text), 'Ya → Tidak', '— (tetap)'],
        [abcItem.code, collapse(abcItem.text), `${abcOld} → ${abcNew}`, '— (tetap)'],
        [noteItem.code, collapse(noteItem.text), `${noteOldAnswer} (tetap)`, `(kosong) → ${note}`],
      ].sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
      expect(rows).toEqual(expected);
      await page.screenshot({ path: test.info().outputPath('pratinjau-impor.png') });
    });

    await test.step('Terapkan 3 perubahan: jawaban berubah di layar tanpa memuat ulang LKE', async () => {
      // The commit answers with the updated worksheet; the screen takes it instead of asking again.
      const reloads: string[] = [];
      const onRequest = (request: { url(): string }): void => {
        if (/\/api\/worksheets(?::|%3A)get$/i.test(request.url())) reloads.push(request.url());
      };
      page.on('request', onRequest);
      await excel.previewDialog().getByRole('button', { name: 'Terapkan 3 perubahan' }).click();
      await expect(excel.previewDialog()).toBeHidden();
      await expect(excel.notice()).toHaveText(`3 perubahan dari ${fileName} diterapkan.`);
      await expect(ws.options(yaItem.code, 'Unit').getByRole('button', { name: 'Tidak', exact: true })).toHaveAttribute('aria-pressed', 'true', LOAD);
      await expect(ws.options(abcItem.code, 'Unit').getByRole('button', { name: abcNew, exact: true })).toHaveAttribute('aria-pressed', 'true');
      page.off('request', onRequest);
      expect(reloads).toEqual([]);
      const after = await api.worksheets.get({ id: WORKSHEET_ID });
      const changed: Record<string, Answer | null | undefined> = {
        [yaItem.code]: after.worksheet.items[yaItem.code]?.unit.answer,
        [abcItem.code]: after.worksheet.items[abcItem.code]?.unit.answer,
      };
      expect(changed).toEqual({
        [yaItem.code]: { type: 'YA_TIDAK', value: 'Tidak' },
        [abcItem.code]: { type: 'ABC', value: abcNew },
      });
      expect(after.worksheet.items[noteItem.code]?.unit.note).toBe(note);
      expect(after.worksheet.items[noteItem.code]?.unit.answer).toEqual(before.worksheet.items[noteItem.code]?.unit.answer);
      // Only the three items differ from before.
      const differing = Object.keys(after.worksheet.items).filter(
        (code) => JSON.stringify(after.worksheet.items[code]?.unit.answer) !== JSON.stringify(before.worksheet.items[code]?.unit.answer) ||
          after.worksheet.items[code]?.unit.note !== before.worksheet.items[code]?.unit.note,
      );
      expect(differing.sort()).toEqual([yaItem.code, abcItem.code, noteItem.code].sort());
    });

    await test.step('berkas sampah: pesan berbahasa Indonesia, tidak ada yang diterapkan', async () => {
      const beforeJunk = await api.worksheets.get({ id: WORKSHEET_ID });
      const dialog = await excel.choose('lke-rusak.xlsx', Buffer.from('ini bukan berkas Excel; '.repeat(200)));
      await expect(dialog.getByRole('alert')).toContainText('Berkas tidak dapat diimpor:');
      await expect(dialog.getByRole('alert')).toContainText('Berkas bukan lembar kerja Excel (.xlsx) yang valid.');
      await expect(dialog.getByRole('button', { name: /^Terapkan/ })).toHaveCount(0);
      await dialog.getByRole('button', { name: 'Batal' }).click();
      await expect(dialog).toBeHidden();
      const afterJunk = await api.worksheets.get({ id: WORKSHEET_ID });
      expect(afterJunk.worksheet.updatedAt).toBe(beforeJunk.worksheet.updatedAt);
      expect(afterJunk.worksheet.items).toEqual(beforeJunk.worksheet.items);
    });
  });

  test('LKE final: impor Excel dinonaktifkan dengan alasannya, metadata laporan tetap dapat diubah; cetak menyimpan dulu', async ({ page, api }) => {
    await seedEvaluations(api);
    for (const to of ['DIAJUKAN', 'DIREVIU_TPI', 'FINAL'] as const) {
      await api.worksheets.transition({ id: WORKSHEET_ID, to });
    }
    await page.reload();
    await expect(page.getByText('Pengguna: Siti Penguji Fiktif')).toBeVisible();
    const ws = new WorksheetPage(page);
    await ws.openList();
    await ws.openWorksheet(UNIT_NAME, 2022);
    await expect(page.getByText('LKE final dan terkunci')).toBeVisible();

    const excel = new ExcelExchangePage(page);
    await expect(excel.importButton()).toBeDisabled();
    await expect(excel.importButton()).toHaveAttribute('title', /final dan terkunci/);
    await expect(excel.downloadButton()).toBeEnabled();

    await ws.openTab('Laporan');
    const report = new ReportFormPage(page);
    await report.waitLoaded();
    await expect(report.form().getByText('LKE sudah final; metadata laporan tetap dapat diubah dan dicetak.')).toBeVisible();
    await report.typeInOrder([['Nomor surat', '700/999/Insp/2023']]);
    await expect(report.status()).toHaveText('Ada perubahan yang belum disimpan.');

    // Printing with unsaved edits saves them first, then builds the PDF from what was stored.
    const popup = page.waitForEvent('popup', { timeout: 30_000 });
    await report.printButton().click();
    await (await popup).close();
    await expect(report.printedLink()).toBeVisible({ timeout: 30_000 });
    await expect(report.status()).toContainText('✓ Tersimpan');
    const stored = await api.reports.getMeta({ id: WORKSHEET_ID });
    expect(stored.meta.nomorSurat).toBe('700/999/Insp/2023');
    expect(stored.saved).toBe(true);
    const href = (await report.printedLink().getAttribute('href')) ?? '';
    const response = await page.request.get(new URL(href, page.url()).toString());
    expect(response.status()).toBe(200);
    expect(collapse(await pdfText(await response.body()))).toContain('Nomor : 700/999/Insp/2023');
  });
});
