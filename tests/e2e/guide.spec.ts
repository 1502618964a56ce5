import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from './fixtures';
import type { SeedClient } from './support/api';
import { seedScreens } from './support/seedYear';

test.use({ viewport: { width: 1366, height: 768 } });

/**
 * With ZI_DESK_GUIDE_SHOTS=1 the run rewrites the user's guide screenshots (docs/panduan/*.png,
 * referenced by docs/panduan-pengguna.md); a normal run only checks the guide and leaves the
 * tracked files alone.
 */
const SHOTS = process.env.ZI_DESK_GUIDE_SHOTS === '1';
const SHOTS_DIR = fileURLToPath(new URL('../../docs/panduan/', import.meta.url));

/** Menu label, the guide's title, the screenshot's file name. */
const SCREENS = [
  ['Beranda', 'Beranda', 'beranda'],
  ['Pengaturan instansi', 'Pengaturan instansi', 'pengaturan'],
  ['Unit kerja', 'Unit kerja', 'unit-kerja'],
  ['Pegawai', 'Pegawai', 'pegawai'],
  ['Lembar Kerja (LKE)', 'Lembar Kerja (LKE)', 'lembar-kerja'],
  ['Pakta Integritas', 'Pakta Integritas', 'pakta'],
  ['Pencanangan', 'Pencanangan', 'pencanangan'],
  ['Verifikasi dokumen', 'Verifikasi dokumen', 'verifikasi'],
  ['Laporan & Dasbor', 'Laporan & Dasbor', 'laporan'],
  ['Usulan ke KemenPANRB', 'Usulan ke KemenPANRB', 'usulan'],
  ['Cadangan & Pemulihan', 'Cadangan & Pemulihan', 'cadangan'],
  ['Riwayat & audit', 'Riwayat & audit', 'riwayat'],
  ['Kirim & Terima dari Rekan', 'Kirim & Terima dari Rekan', 'rekan'],
] as const;

function seed(api: SeedClient, page: Page): Promise<{ unitName: string; worksheetId: string }> {
  return seedScreens(api, page, 'Dewi Inspektur Fiktif');
}

/** The visible part of the main area (no sidebar), as one PNG of the guide. */
async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  await expect(page.locator('.spinner')).toHaveCount(0);
  await expect(page.getByRole('main').getByText(/^Memuat/)).toHaveCount(0);
  const box = await page.locator('#konten').boundingBox();
  if (!box) throw new Error('no main area');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), clip: { x: box.x, y: 0, width: 1366 - box.x, height: 768 } });
}

test.describe('Panduan pengguna', () => {
  test('setiap layar punya Panduan; "?" membuka tombol pintas, tetapi tidak saat mengetik', async ({ page, api }) => {
    test.slow();
    const { unitName } = await seed(api, page);
    const guideButton = page.getByRole('button', { name: 'Panduan', exact: true });
    for (const [menu, title, file] of SCREENS) {
      await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: menu, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await shot(page, file);

      await guideButton.click();
      const panel = page.getByRole('dialog', { name: `Panduan: ${title}` });
      await expect(panel).toBeVisible();
      await expect(panel.getByRole('heading', { name: 'Langkah' })).toBeVisible();
      expect(await panel.getByRole('listitem').count()).toBeGreaterThan(1);
      if (file === 'unit-kerja') await shot(page, 'panduan-panel');
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(guideButton).toBeFocused();
    }

    // The worksheet table: the screen where the keys matter most.
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Lembar Kerja (LKE)', exact: true }).click();
    await page.getByRole('link', { name: `Buka LKE ${unitName} 2022`, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^LKE .+ 2022$/);
    await shot(page, 'lembar-kerja-isian');

    // "?" outside a field opens the sheet with the real worksheet keys …
    await page.getByRole('heading', { level: 1 }).focus();
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Tombol pintas' });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('table', { name: 'Lembar Kerja (LKE): tabel butir' })).toContainText('Mengonfirmasi jawaban yang dibawa dari tahun lalu');
    await expect(sheet.getByRole('table', { name: 'Di semua layar' })).toContainText('Esc');
    await shot(page, 'tombol-pintas');
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();

    // … but inside a field "?" is just a character.
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Verifikasi dokumen', exact: true }).click();
    const field = page.getByRole('main').getByRole('textbox').first();
    await field.fill('');
    await field.press('?');
    await expect(field).toHaveValue('?');
    await expect(sheet).toBeHidden();
  });
});
