import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { formatTanggal, todayIso } from '../../shared/format/date';
import { DOTTED_LINE } from '../../shared/reports/meta';
import { expect, test } from './fixtures';
import { DashboardPage } from './pages/DashboardPage';
import { ReportFormPage } from './pages/ReportFormPage';
import { openSeededWorksheet, USER } from './support/worksheets';

test.use({ viewport: { width: 1366, height: 768 } });

/** Text of a PDF as `pdftotext` reads it (reading order), whitespace collapsed. */
async function pdfText(bytes: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'zi-e2e-lhe-year-'));
  try {
    const file = path.join(dir, 'lhe.pdf');
    await writeFile(file, bytes);
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', timeout: 20_000 }).replace(/\s+/g, ' ');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** "N dari M pegawai (…)" of the dashboard's pledge card → [N, M]. */
async function pledgeCard(dashboard: DashboardPage): Promise<[number, number]> {
  const text = (await dashboard.statValue('Pakta Integritas').textContent()) ?? '';
  const match = /^([\d.]+) dari ([\d.]+)/.exec(text.trim());
  if (!match?.[1] || !match[2]) throw new Error(`unexpected pledge coverage "${text}"`);
  return [Number(match[1].replace(/\./g, '')), Number(match[2].replace(/\./g, ''))];
}

test.describe('Aturan yang mengikuti tahun evaluasi', () => {
  test('LHE Disdukcapil 2022 memuat tanggal pencanangan dari piagam 23 Juni 2022 dan mengutip aturan 2022; dasbor 2022 menghitung pakta tahun 2022', async ({ page, api }) => {
    // The demo year: the 23 June 2022 declaration covering Disdukcapil, its 2022 worksheet
    // (reviewed by the TPI, not yet Final) and pledges made for 2022.
    await api.app.setUserName({ name: USER });
    await api.demo.load({ withYear: true });
    // The active evaluation year of the app's header: 2022 (the list and the dashboard open on it).
    await api.app.setActiveYear({ year: 2022 });
    const ws = await openSeededWorksheet(page);
    const report = new ReportFormPage(page);

    await test.step('LHE dicetak tanpa tanggal surat: tanggal pencanangan dari piagam, dasar hukum 2022, tanpa tanggal hari ini', async () => {
      await ws.openTab('Laporan');
      await report.waitLoaded();
      await expect(report.field('Tanggal surat')).toHaveValue('');
      const popup = page.waitForEvent('popup', { timeout: 30_000 });
      await report.printButton().click();
      await (await popup).close();
      const link = report.printedLink();
      await expect(link).toBeVisible({ timeout: 30_000 });
      const response = await page.request.get(new URL((await link.getAttribute('href')) ?? '', page.url()).toString());
      expect(response.status()).toBe(200);
      const text = await pdfText(await response.body());
      await test.info().attach('lhe-2022.txt', { body: text, contentType: 'text/plain' });

      expect(text).toContain('Pembangunan Zona Integritas pada Dinas Kependudukan dan Pencatatan Sipil dicanangkan pada tanggal 23 Juni 2022');
      expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
      // The law of 2022: PermenPANRB 90/2021 alone, never its 2024 amendment.
      expect(text).toContain('Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas');
      expect(text).toContain('sesuai PermenPANRB 90/2021.');
      expect(text).not.toMatch(/Nomor 5 Tahun 2024|5\/2024/);
      // A blank letter date is a dotted line to fill in by hand, never today's date.
      expect(text).toContain(`Serang, ${DOTTED_LINE}`);
      expect(text).not.toContain(formatTanggal(todayIso(new Date())));
      // Not Final yet: the verdicts are provisional and the proposal status reads as prose.
      expect(text).toContain('(sementara, LKE belum final)');
      expect(text).toContain('Dinas Kependudukan dan Pencatatan Sipil');
      expect(text).not.toMatch(/belum diisi|Data instansi/);
    });

    await test.step('dasbor 2022: cakupan pakta menghitung pakta yang dibuat untuk tahun 2022', async () => {
      const registry = await api.pledges.registry({ year: 2022 });
      expect(registry.coverage.signed).toBeGreaterThan(0);
      await expect(page.getByRole('combobox', { name: 'Periode evaluasi' })).toHaveValue('2022');
      const dashboard = new DashboardPage(page);
      await dashboard.open();
      await expect(dashboard.yearSelect()).toHaveValue('2022');
      expect(await pledgeCard(dashboard)).toEqual([registry.coverage.signed, registry.coverage.total]);
      // None were made for 2021.
      await dashboard.chooseYear(2021);
      expect((await pledgeCard(dashboard))[0]).toBe(0);
      await page.screenshot({ path: test.info().outputPath('dasbor-2021.png') });
    });
  });
});
