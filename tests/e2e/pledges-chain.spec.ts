import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { PledgesPage } from './pages/PledgesPage';
import { seedPledgeUnit } from './support/pledgeUnit';

test.use({ viewport: { width: 1366, height: 768 } });

/** A revocation undone in the data file: the signed log still holds the revocation. */
test('riwayat rusak: pencabutan yang dibatalkan di berkas data tampil di daftar pakta', async ({ page, api, restartHost }) => {
  const { unit, rina } = await seedPledgeUnit(api, 'Riwayat');
  const pledge = await api.pledges.create({ signer: { source: 'roster', personId: rina.id }, year: 2022, date: '2022-06-23', witness: null, signature: { kind: 'basah' } });
  await api.pledges.revoke({ id: pledge.id, reason: 'Pegawai pindah tugas sebelum pencanangan' });

  await restartHost({
    whileStopped: async (dataDir) => {
      const file = path.join(dataDir, 'pledges', '2022.json');
      const envelope = JSON.parse(await fsp.readFile(file, 'utf8')) as { data: { pledges: { id: string; revoked: unknown }[] } };
      for (const stored of envelope.data.pledges) if (stored.id === pledge.id) stored.revoked = null;
      await fsp.writeFile(file, JSON.stringify(envelope));
      await fsp.rm(`${file}.bak`, { force: true });
    },
  });

  const pakta = new PledgesPage(page);
  await pakta.shell.enterUserName('Dewi Penguji Fiktif');
  // The notice on every screen, like the storage recovery notice, leads to the registry.
  const notice = page.getByRole('alert', { name: 'Pemberitahuan keutuhan data pakta' });
  await expect(notice).toContainText('Data Pakta Integritas 2022 diubah di luar ZI Desk: 1 pakta tidak utuh.');
  await page.screenshot({ path: test.info().outputPath('pemberitahuan-keutuhan.png'), fullPage: false });
  await notice.getByRole('link', { name: 'Buka daftar pakta' }).click();
  await expect(page).toHaveURL(/#\/pakta\/daftar$/);
  await pakta.goto('Pakta Integritas');
  await pakta.tab('Daftar & cakupan');
  await page.getByLabel('Unit kerja').selectOption({ label: unit.nama });
  await page.getByLabel('Tahun').fill('2022');
  await expect(page.getByRole('alert').filter({ hasText: 'Riwayat rusak: data Pakta Integritas 2022 diubah di luar ZI Desk' })).toBeVisible();
  const row = page.getByRole('table', { name: 'Daftar Pakta Integritas 2022' }).getByRole('row').filter({ hasText: rina.nama });
  await expect(row.getByTestId('integritas-rusak')).toContainText('Riwayat rusak');
  await expect(row.getByTestId('integritas-rusak')).toHaveAttribute('title', /tidak sama dengan riwayat bertanda tangan \(dicabut\)/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('riwayat-rusak.png'), fullPage: false });
});
