import { expect, test } from './fixtures';
import { BerandaPage } from './pages/BerandaPage';
import { DashboardPage } from './pages/DashboardPage';
import { PledgesPage } from './pages/PledgesPage';

test.use({ viewport: { width: 1366, height: 768 } });

/** "N dari M pegawai (…)" of the dashboard's pledge card → N. */
async function signedPledges(dashboard: DashboardPage): Promise<number> {
  const text = (await dashboard.statValue('Pakta Integritas').textContent()) ?? '';
  const match = /^([\d.]+) dari/.exec(text.trim());
  if (!match?.[1]) throw new Error(`unexpected pledge coverage "${text}"`);
  return Number(match[1].replace(/\./g, ''));
}

test.describe('Periode evaluasi aktif', () => {
  test('2022 dipilih di kepala aplikasi: Buat pakta memakai 2022, dasbor membuka 2022 dan menghitung pakta 2022', async ({ page }) => {
    const beranda = new BerandaPage(page);
    await beranda.shell.enterUserName('Dewi Penguji Fiktif');
    await beranda.loadDemoData();
    const pakta = new PledgesPage(page);
    const dashboard = new DashboardPage(page);

    // Without a choice the dashboard would open on the newest year with worksheets (2022 here).
    const active = page.getByLabel('Periode evaluasi');
    await active.selectOption('2021');
    await dashboard.open();
    await expect(dashboard.yearSelect()).toHaveValue('2021');
    await active.selectOption('2022');
    await expect(active).toHaveValue('2022');

    // The dashboard opens on the active year; its pledge count before the new pledge.
    await dashboard.open();
    await expect(dashboard.yearSelect()).toHaveValue('2022');
    const signedBefore = await signedPledges(dashboard);

    await pakta.goto('Pakta Integritas');
    await expect(page.getByLabel('Tahun pakta')).toHaveValue('2022');
    // Today is not in 2022: the date is left for the user, never assumed.
    await expect(page.getByLabel('Tanggal', { exact: true })).toHaveValue('');
    await pakta.pickPerson('Fitri');
    await page.getByLabel('Tanggal', { exact: true }).fill('2022-06-23');
    await pakta.drawSignature();
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Buat & cetak' }).click();
    await (await popup).close();
    await expect(page.getByRole('heading', { name: 'Pakta Integritas dibuat' })).toBeVisible();

    // The choice is kept in the preferences: still 2022 after a reload.
    await page.reload();
    await expect(page.getByLabel('Periode evaluasi')).toHaveValue('2022');

    await dashboard.open();
    await expect(dashboard.yearSelect()).toHaveValue('2022');
    // The pledge made with the defaulted year counts for 2022.
    expect(await signedPledges(dashboard)).toBe(signedBefore + 1);
    await page.screenshot({ path: test.info().outputPath('periode-aktif-dasbor.png') });
  });
});
