import { expect, test } from './fixtures';
import { UnitsPage } from './pages/UnitsPage';

/**
 * Notifications stay out of the way on a 1366 × 768 laptop: twelve units added one after another
 * give one grouped line, at the bottom of the sidebar, never over the working column.
 */
test.use({ viewport: { width: 1366, height: 768 } });

test('dua belas unit kerja ditambahkan berturut-turut: satu pesan "12 unit kerja ditambahkan."', async ({ page }) => {
  const units = new UnitsPage(page);
  await units.shell.enterUserName('Siti Penguji Fiktif');
  await units.shell.goto('Unit kerja');
  for (let index = 1; index <= 12; index += 1) {
    const dialog = await units.openNew();
    await units.fill(dialog, { nama: `Unit Uji Pesan Fiktif ${index}`, singkatan: `UUP ${index}`, jenis: 'UPT/lainnya' });
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(units.row('Unit Uji Pesan Fiktif 12')).toBeVisible();

  const toasts = page.locator('.toasts .toast');
  await expect(toasts).toHaveCount(1);
  await expect(toasts).toHaveText(/12 unit kerja ditambahkan\./);
  await expect(units.shell.toast(/^Unit kerja Unit Uji Pesan Fiktif \d+ ditambahkan\.$/)).toHaveCount(0);

  // Over the sidebar, left of the main column.
  const toast = await toasts.boundingBox();
  const main = await page.getByRole('main').boundingBox();
  expect(toast && main && toast.x + toast.width).toBeLessThanOrEqual(main?.x ?? 0);
  await page.screenshot({ path: test.info().outputPath('toasts-grouped.png') });

  // A confirmation goes away by itself.
  await expect(toasts).toHaveCount(0, { timeout: 15_000 });
});
