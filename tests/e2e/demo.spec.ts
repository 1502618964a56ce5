import { expect, test } from './fixtures';
import { BerandaPage } from './pages/BerandaPage';
import { DashboardPage } from './pages/DashboardPage';
import { PledgesPage } from './pages/PledgesPage';
import { UnitsPage } from './pages/UnitsPage';

test.use({ viewport: { width: 1366, height: 768 } });

/** Demo data that tells a year: dashboard, registry and worksheets show it on first start; removed in one step. */
test.describe('Data contoh satu tahun', () => {
  test('muat data contoh → dasbor 2022 tiga unit, 2021 satu unit, daftar pakta terisi → hapus sekaligus', async ({ page }) => {
    test.setTimeout(120_000);
    const beranda = new BerandaPage(page);
    const dashboard = new DashboardPage(page);
    const shell = beranda.shell;
    await shell.enterUserName('Penguji Data Contoh');

    await test.step('muat data contoh dengan kegiatan 2021–2022', async () => {
      const message = await beranda.loadDemoData({ withYear: true });
      expect(message).toBe('Data contoh dimuat: 13 unit kerja, 47 pegawai, 1 pencanangan, 4 lembar kerja dan 7 pakta.');
    });

    await test.step('dasbor: 2022 tiga unit, 2021 satu unit', async () => {
      await dashboard.open();
      await dashboard.chooseYear(2022);
      expect((await dashboard.unitNames()).sort()).toEqual(
        ['Badan Pendapatan Daerah', 'Dinas Kependudukan dan Pencatatan Sipil', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu'].sort(),
      );
      await dashboard.chooseYear(2021);
      expect(await dashboard.unitNames()).toEqual(['Dinas Kependudukan dan Pencatatan Sipil']);
    });

    await test.step('daftar pakta 2022 menunjukkan cakupan', async () => {
      const pakta = new PledgesPage(page);
      await pakta.goto('Pakta Integritas');
      await pakta.tab('Daftar & cakupan');
      await page.getByLabel('Unit kerja').selectOption({ label: 'Dinas Kependudukan dan Pencatatan Sipil' });
      await page.getByLabel('Tahun').fill('2022');
      const coverage = page.getByRole('region', { name: 'Cakupan penandatanganan' });
      await expect(coverage).toContainText('60,00%');
      await expect(coverage).toContainText('Tanda tangan basah 3');
      await expect(coverage).toContainText('Menunggu tanda tangan 1');
    });

    await test.step('pencanangan 23 Juni 2022 tercatat', async () => {
      await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pencanangan', exact: true }).click();
      await expect(page.getByRole('main')).toContainText('Pencanangan Pembangunan Zona Integritas');
    });

    await test.step('hapus data contoh; unit yang ditambahkan pengguna tetap ada', async () => {
      const units = new UnitsPage(page);
      await shell.goto('Unit kerja');
      await units.add({ nama: 'Dinas Sosial Fiktif', singkatan: 'Dinsos', jenis: 'Dinas/Badan/Kantor' });
      await shell.goto('Beranda');
      const message = await beranda.removeDemoData();
      expect(message).toBe('Data contoh dihapus.');
      await expect(beranda.statValue('Unit kerja')).toHaveText('1');
      await expect(beranda.statValue('Pegawai')).toHaveText('0');
      await expect(page.getByRole('button', { name: 'Hapus data contoh' })).toBeHidden();
      await shell.goto('Unit kerja');
      await expect(units.row('Dinas Sosial Fiktif')).toBeVisible();
      await expect(units.row('Dinas Kependudukan dan Pencatatan Sipil')).toHaveCount(0);
    });
  });
});
