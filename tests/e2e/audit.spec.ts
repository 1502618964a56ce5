import AxeBuilder from '@axe-core/playwright';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';

test.use({ viewport: { width: 1366, height: 768 } });

const UNIT = {
  nama: 'Badan Pendapatan Daerah',
  singkatan: 'Bapenda',
  jenis: 'DINAS_BADAN_KANTOR',
  kepalaNama: 'Drs. Kepala Uji Fiktif',
  kepalaNip: '19700518 200503 1 005',
  kepalaJabatan: 'Kepala Badan',
  afirmasi: false,
} as const;

const YA = { type: 'YA_TIDAK', value: 'Ya' } as const;

async function openAudit(shell: AppShell): Promise<void> {
  await shell.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Riwayat & audit', exact: true }).click();
  await expect(shell.heading()).toHaveText('Riwayat & audit');
}

test('perubahan tampil di Riwayat & audit atas nama penggunanya; riwayat yang diubah di disk ditandai rusak', async ({ page, api, restartHost }) => {
  const shell = new AppShell(page);
  await shell.enterUserName('Siti Penguji Fiktif');
  const unit = await api.units.create(UNIT);
  const { worksheet } = await api.worksheets.create({ unitId: unit.id, year: 2022 });
  await api.worksheets.saveAnswers({
    id: worksheet.id,
    layer: 'tpi',
    changes: [
      { code: 'A.I.1.i.a', answer: YA },
      { code: 'A.I.1.i.b', answer: null },
      { code: 'A.I.2.i.b', answer: null },
    ],
  });

  await openAudit(shell);
  const table = page.getByRole('table', { name: 'Riwayat perubahan' });
  await expect(table.getByRole('row').nth(1)).toContainText('Siti Penguji Fiktif mengubah 3 jawaban TPI LKE Bapenda 2022');
  await expect(table).toContainText('Siti Penguji Fiktif menambah unit kerja');
  await expect(page.getByRole('list', { name: 'Keutuhan riwayat per instalasi' })).toContainText('utuh');

  // Filters, by keyboard.
  await page.getByLabel('Jenis').selectOption({ label: 'Unit kerja' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await page.getByLabel('Jenis').selectOption('');
  await page.getByLabel('Orang').fill('budi');
  await expect(table).toContainText('Tidak ada perubahan yang cocok');
  await page.getByLabel('Orang').fill('');

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('riwayat.png') });

  await restartHost({
    whileStopped: async (dir) => {
      const [installation] = await readdir(path.join(dir, 'audit'));
      const file = path.join(dir, 'audit', installation ?? '', 'events-000001.jsonl');
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace('"by":"Siti Penguji Fiktif"', '"by":"Budi Fiktif"'));
    },
  });
  const banner = page.getByRole('alert', { name: 'Peringatan riwayat audit' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Riwayat audit tidak utuh');
  await openAudit(shell);
  await expect(page.getByRole('list', { name: 'Keutuhan riwayat per instalasi' })).toContainText('RUSAK');
  await page.screenshot({ path: test.info().outputPath('riwayat-rusak.png') });
});
