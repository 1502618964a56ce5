import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { ExcelExchangePage } from './pages/ExcelExchangePage';
import type { SeedClient } from './support/api';
import { seedScreens } from './support/seedYear';

// The app's CSP blocks injected scripts (as it should): axe runs with the test browser's CSP
// bypass, never with a weaker policy in the app.
test.use({ viewport: { width: 1366, height: 768 }, bypassCSP: true });

const SCREENS = [
  'Beranda',
  'Pengaturan instansi',
  'Unit kerja',
  'Pegawai',
  'Lembar Kerja (LKE)',
  'Pakta Integritas',
  'Pencanangan',
  'Verifikasi dokumen',
  'Laporan & Dasbor',
  'Usulan ke KemenPANRB',
  'Cadangan & Pemulihan',
  'Riwayat & audit',
  'Kirim & Terima dari Rekan',
] as const;

function seed(api: SeedClient, page: Page): Promise<{ unitName: string; worksheetId: string }> {
  return seedScreens(api, page, 'Penguji Aksesibilitas');
}

/** Violations of serious or critical impact, reduced to what a failure message needs. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The screen has loaded: no spinner left (a long-lived connection would keep the network busy). */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('.spinner')).toHaveCount(0);
}

async function gotoScreen(page: Page, name: (typeof SCREENS)[number]): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await settled(page);
}

test.describe('Aksesibilitas (axe) pada 1366 × 768', () => {
  test('setiap layar tanpa pelanggaran serius atau kritis', async ({ page, api }) => {
    await seed(api, page);
    const found: Record<string, string[]> = {};
    for (const screen of SCREENS) {
      await gotoScreen(page, screen);
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[screen] = violations;
    }
    expect(found).toEqual({});
  });

  // One test per tab: axe over a worksheet's full item table takes long on a busy machine.
  const TABS: [string, (worksheetId: string) => string][] = [
    ['Pegawai › Impor', () => '#/pegawai/impor'],
    ['Pakta › Daftar & cakupan', () => '#/pakta/daftar'],
    ['Pakta › Cetak massal', () => '#/pakta/massal'],
    ['Pakta › Templat', () => '#/pakta/templat'],
    ...(['isian', 'menuju', 'prasyarat', 'laporan', 'status'] as const).map(
      (tab): [string, (worksheetId: string) => string] => [
        `Lembar kerja › ${tab}`,
        (worksheetId) => `#/lembar-kerja/${encodeURIComponent(worksheetId)}${tab === 'isian' ? '' : `/${tab}`}`,
      ],
    ),
  ];
  for (const [name, hashOf] of TABS) {
    test(`tab ${name} tanpa pelanggaran serius atau kritis`, async ({ page, api }) => {
      test.slow();
      const { worksheetId } = await seed(api, page);
      await page.evaluate((target) => {
        window.location.hash = target;
      }, hashOf(worksheetId));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await settled(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test('dialog utama tanpa pelanggaran serius atau kritis', async ({ page, api }) => {
    await seed(api, page);
    const found: Record<string, string[]> = {};
    const check = async (name: string): Promise<void> => {
      await expect(page.getByRole('dialog')).toBeVisible();
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[name] = violations;
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();
    };

    await page.getByRole('button', { name: 'Panduan', exact: true }).click();
    await check('Panduan');
    await page.getByRole('heading', { level: 1 }).focus();
    await page.keyboard.press('?');
    await check('Tombol pintas');

    await gotoScreen(page, 'Unit kerja');
    await page.getByRole('button', { name: 'Tambah unit kerja' }).click();
    await check('Tambah unit kerja');
    await page.getByRole('button', { name: 'Nonaktifkan' }).first().click();
    await check('Nonaktifkan unit kerja?');

    await gotoScreen(page, 'Pegawai');
    await page.getByRole('button', { name: /Tambah pegawai/ }).first().click();
    await check('Tambah pegawai');

    await gotoScreen(page, 'Lembar Kerja (LKE)');
    await page.getByRole('button', { name: /Buat lembar kerja/ }).first().click();
    await check('Buat lembar kerja');

    expect(found).toEqual({});
  });
});

test.describe('Fokus papan ketik', () => {
  test('konfirmasi dibuka pada "Batal" dan fokus kembali ke pembukanya', async ({ page, api }) => {
    await seed(api, page);
    await gotoScreen(page, 'Unit kerja');
    const opener = page.getByRole('button', { name: 'Nonaktifkan' }).first();
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('button', { name: 'Batal' })).toBeFocused();
    // Enter on the initial focus cancels: the unit stays active.
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });

  test('pratinjau impor Excel: lolos axe, Escape mengembalikan fokus ke "Impor Excel…"', async ({ page, api }) => {
    const { unitName } = await seed(api, page);
    await gotoScreen(page, 'Lembar Kerja (LKE)');
    await page.getByRole('link', { name: `Buka LKE ${unitName} 2022`, exact: true }).click();
    const excel = new ExcelExchangePage(page);
    const { fileName, bytes } = await excel.download();
    const dialog = await excel.choose(fileName, bytes);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(excel.importButton()).toBeFocused();
  });

  test('hasil pencarian pegawai di "Buat pakta": fokus papan ketik berbeda dari hover', async ({ page, api }) => {
    await seed(api, page);
    await gotoScreen(page, 'Pakta Integritas');
    const people = await api.people.list({});
    const query = people[0]?.nama.split(' ')[0] ?? '';
    await page.getByLabel('Cari pegawai').fill(query);
    const results = page.getByRole('list', { name: 'Hasil pencarian pegawai' }).getByRole('button');
    await expect(results.first()).toBeVisible();
    const outline = (index: number) => results.nth(index).evaluate((element) => getComputedStyle(element).outlineStyle);
    await results.first().hover();
    expect(await outline(0)).toBe('none');
    await page.getByLabel('Cari pegawai').press('Tab');
    await expect(results.first()).toBeFocused();
    expect(await outline(0)).toBe('solid');
  });
});
