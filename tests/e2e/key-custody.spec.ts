import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';

test.use({ viewport: { width: 1366, height: 768 } });

test('cadangan kunci: ekspor dengan frasa sandi dua kali, pulihkan dengan frasa sandi salah ditolak dengan jelas', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.enterUserName('Siti Penguji Fiktif');
  await shell.goto('Pengaturan instansi');
  const panel = page.getByRole('region', { name: 'Cadangan kunci' });
  await panel.getByRole('button', { name: 'Ekspor kunci…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Ekspor kunci' });
  await exportDialog.getByLabel('Frasa sandi (paling sedikit 10 karakter)').fill('Kunci Serang 2026 rahasia');
  await exportDialog.getByLabel('Ketik ulang frasa sandi').fill('Kunci Serang 2026 rahasia!');
  await exportDialog.getByRole('button', { name: 'Ekspor kunci' }).click();
  await expect(exportDialog.getByRole('alert')).toContainText('Kedua frasa sandi tidak sama');
  await exportDialog.getByLabel('Ketik ulang frasa sandi').fill('Kunci Serang 2026 rahasia');
  await page.screenshot({ path: test.info().outputPath('ekspor-kunci.png'), fullPage: false });
  const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Ekspor kunci' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^zi-desk-kunci-[0-9a-f]{16}-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = await readFile(await download.path());
  await expect(exportDialog).toBeHidden();

  await panel.getByRole('button', { name: 'Pulihkan kunci…' }).click();
  const restoreDialog = page.getByRole('dialog', { name: 'Pulihkan kunci' });
  await restoreDialog.getByLabel('Berkas ekspor kunci (.json)').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: exported });
  await restoreDialog.getByLabel('Frasa sandi').fill('frasa sandi yang salah');
  await restoreDialog.getByRole('button', { name: 'Pulihkan kunci' }).click();
  await expect(restoreDialog.getByRole('alert')).toContainText('Frasa sandi salah, atau berkas ekspor kunci rusak');
  await restoreDialog.getByLabel('Frasa sandi').fill('Kunci Serang 2026 rahasia');
  await restoreDialog.getByRole('button', { name: 'Pulihkan kunci' }).click();
  await expect(page.getByText(/Kunci \(sidik [0-9a-f ]+\) dipulihkan/i)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
