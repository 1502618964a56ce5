import { access, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { formatTanggal } from '../../shared/format';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { UnitsPage } from './pages/UnitsPage';
import { WorksheetPage } from './pages/WorksheetPage';
import { seedClient } from './support/api';
import { seedWorksheet, UNIT_NAME, WORKSHEET_ID } from './support/worksheets';

test.use({ viewport: { width: 1366, height: 768 } });

const unit = (nama: string, singkatan: string, kepalaNip: string) =>
  ({
    nama,
    singkatan,
    jenis: 'UPT_LAINNYA',
    kepalaNama: 'Drs. Kepala Uji Fiktif',
    kepalaNip,
    kepalaJabatan: 'Kepala Dinas Uji',
    afirmasi: false,
  }) as const;

/** Nothing lost quietly: a master.json deleted with its .bak comes back from backups/, and the screen says so. */
test('master.json dan .bak terhapus: data dipulihkan dari cadangan dan pemberitahuannya tampil', async ({ page, api, dataDir, restartHost }) => {
  const units = new UnitsPage(page);
  await units.shell.enterUserName('Siti Penguji Fiktif');
  await api.units.create(unit('Dinas Cadangan Fiktif', 'DCF', '19700518 200503 1 005'));
  // A later session's first write of the day copies the state before it to backups/.
  const second = seedClient(await restartHost());
  await second.units.create(unit('Badan Sesudah Cadangan Fiktif', 'BSCF', '19750304 200312 1 002'));

  await restartHost({
    whileStopped: async (dir) => {
      await rm(path.join(dir, 'master.json'));
      await rm(path.join(dir, 'master.json.bak'), { force: true });
      const backups = await readdir(path.join(dir, 'backups'));
      expect(backups.some((name) => /^master\.\d{8}\.json$/.test(name))).toBe(true);
    },
  });

  const banner = units.shell.recoveryBanner();
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(`Berkas data master hilang dari folder data; ZI Desk memulihkannya dari salinan tanggal ${formatTanggal(new Date())}.`);
  await units.shell.goto('Unit kerja');
  await expect(units.row('Dinas Cadangan Fiktif')).toBeVisible();
  // What was written after the copy is gone, and the notice said it might be.
  await expect(units.row('Badan Sesudah Cadangan Fiktif')).toHaveCount(0);
  await access(path.join(dataDir, 'master.json'));

  await page.screenshot({ path: test.info().outputPath('restored.png') });
  await banner.getByRole('button', { name: 'Saya mengerti, tutup' }).click();
  await expect(banner).toBeHidden();
});

/** The same for a worksheet: it comes back from backups/ and stays in the LKE list. */
test('berkas LKE dan .bak terhapus: LKE tetap ada di daftar, dipulihkan dari cadangan', async ({ page, api, restartHost }) => {
  await seedWorksheet(api, 'unit-complete');
  // The next session's first write of the day copies the worksheet as it was to backups/.
  const second = seedClient(await restartHost());
  await second.worksheets.transition({ id: WORKSHEET_ID, to: 'DIAJUKAN' });

  await restartHost({
    whileStopped: async (dir) => {
      const file = path.join(dir, 'worksheets', `${WORKSHEET_ID}.json`);
      await rm(file);
      await rm(`${file}.bak`, { force: true });
    },
  });

  const ws = new WorksheetPage(page);
  const banner = new AppShell(page).recoveryBanner();
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(`Berkas lembar kerja LKE ${WORKSHEET_ID} hilang dari folder data; ZI Desk memulihkannya dari salinan tanggal ${formatTanggal(new Date())}.`);
  await ws.openList();
  const row = ws.listRow(UNIT_NAME);
  await expect(row).toBeVisible();
  // Submitted after the copy was made: that step is gone, the unit's answers are back.
  await expect(row).not.toContainText('Diajukan');
});
