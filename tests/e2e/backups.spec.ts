import AxeBuilder from '@axe-core/playwright';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from './fixtures';
import { BackupsPage } from './pages/BackupsPage';
import type { SeedClient } from './support/api';

// axe runs with the test browser's CSP bypass (the app's CSP blocks injected scripts).
test.use({ viewport: { width: 1366, height: 768 }, bypassCSP: true });

const ORIGINAL = 'Dinas Komunikasi dan Informatika Fiktif';
const RENAMED = 'Dinas Kominfo Fiktif (diubah)';

const unitData = (nama: string) => ({
  nama,
  singkatan: 'Diskominfo',
  jenis: 'DINAS_BADAN_KANTOR' as const,
  kepalaNama: 'Drs. Budi Santoso Fiktif',
  kepalaNip: '19700518 200503 1 005',
  kepalaJabatan: 'Kepala Dinas',
  afirmasi: false,
});

async function seed(api: SeedClient, page: Page): Promise<{ id: string; backups: BackupsPage }> {
  const backups = new BackupsPage(page);
  await backups.shell.enterUserName('Rina Pengelola Fiktif');
  const unit = await api.units.create(unitData(ORIGINAL));
  await backups.open();
  return { id: unit.id, backups };
}

async function unitNameOnScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Unit kerja', exact: true }).click();
  await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
}

/** Screenshots for looking at the screen at 1366 × 768 (kept with the test's results); no horizontal scroll, no serious axe finding. */
async function look(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no horizontal scroll at 1366 × 768').toBeLessThanOrEqual(0);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('Cadangan & Pemulihan', () => {
  test('buat cadangan, ubah data, pulihkan → perubahan hilang; Batalkan pemulihan → kembali', async ({ page, api }) => {
    const { id, backups } = await seed(api, page);
    // The first change of the day made the daily snapshot.
    await expect(backups.table().getByRole('cell', { name: 'Harian', exact: true })).toBeVisible();
    await backups.createNow();
    await expect(backups.table().getByRole('cell', { name: 'Dibuat manual', exact: true })).toBeVisible();
    await expect(backups.rows().first()).toContainText('1 unit kerja');

    await api.units.update({ id, data: unitData(RENAMED) });
    await unitNameOnScreen(page, RENAMED);

    await backups.open();
    const manual = backups.rows().filter({ hasText: 'Dibuat manual' });
    await manual.getByRole('button', { name: /^Pulihkan/ }).click();
    await expect(backups.previewDialog()).toBeVisible();
    // Di cadangan, ditambah, dihapus, diubah.
    expect(await backups.changesOf('Unit kerja')).toEqual(['1', '0', '0', '1']);
    expect(await backups.changesOf('Pegawai')).toEqual(['0', '0', '0', '0']);
    await look(page, 'pratinjau-pemulihan');
    await backups.confirmRestore();
    await expect(page.getByRole('button', { name: 'Batalkan pemulihan' })).toBeVisible();
    await look(page, 'cadangan-sesudah-pemulihan');

    await unitNameOnScreen(page, ORIGINAL);
    expect((await api.units.list({})).map((unit) => unit.nama)).toEqual([ORIGINAL]);

    await backups.open();
    await backups.undoRestore();
    await expect(page.getByRole('button', { name: 'Batalkan pemulihan' })).toBeHidden();
    await unitNameOnScreen(page, RENAMED);
  });

  test('ekspor arsip lalu pulihkan dari arsip; arsip terpotong ditolak', async ({ page, api }) => {
    const { id, backups } = await seed(api, page);
    const usb = await fsp.mkdtemp(path.join(os.tmpdir(), 'zi-desk-usb-'));
    try {
      await page.getByLabel('Folder tujuan').fill(usb);
      await page.getByLabel('Folder tujuan').press('Enter');
      await expect(page.getByRole('status').filter({ hasText: /^Selesai: / })).toBeVisible({ timeout: 30_000 });
      await expect(page.locator('#ekspor-progres')).toBeVisible();
      await look(page, 'cadangan-ekspor');
      const [name] = await fsp.readdir(usb);
      expect(name).toMatch(/^ZI-Desk-cadangan-\d{8}-\d{9}\.zip$/);
      const archive = path.join(usb, name ?? '');

      // A truncated copy is refused with a clear message; nothing changes.
      const truncated = path.join(usb, 'terpotong.zip');
      const bytes = await fsp.readFile(archive);
      await fsp.writeFile(truncated, bytes.subarray(0, Math.floor(bytes.byteLength * 0.6)));
      await api.units.update({ id, data: unitData(RENAMED) });
      await page.getByLabel('Berkas arsip (.zip)').fill(truncated);
      await page.getByRole('button', { name: 'Periksa arsip' }).click();
      await expect(page.getByRole('alert').filter({ hasText: /tidak utuh.*terpotong/ })).toBeVisible();
      await expect(backups.previewDialog()).toBeHidden();
      expect((await api.units.list({})).map((unit) => unit.nama)).toEqual([RENAMED]);

      await page.getByLabel('Berkas arsip (.zip)').fill(archive);
      await page.getByRole('button', { name: 'Periksa arsip' }).click();
      await expect(backups.previewDialog()).toBeVisible();
      await expect(backups.previewDialog()).toContainText(`arsip ${name ?? ''}`);
      expect(await backups.changesOf('Unit kerja')).toEqual(['1', '0', '0', '1']);
      await backups.confirmRestore();
      await unitNameOnScreen(page, ORIGINAL);
    } finally {
      await fsp.rm(usb, { recursive: true, force: true });
    }
  });
});
