import { expect, test } from './fixtures';
import { BerandaPage } from './pages/BerandaPage';
import { UnitsPage } from './pages/UnitsPage';

test.use({ viewport: { width: 1366, height: 768 } });

/** One data-changed signal from the host: every screen with counts follows it, in every tab. */
test.describe('Layar selalu mutakhir', () => {
  test('Beranda mengikuti unit kerja yang ditambahkan di layar lain, tanpa memuat ulang', async ({ page }) => {
    const beranda = new BerandaPage(page);
    const units = new UnitsPage(page);
    await beranda.shell.enterUserName('Penguji Mutakhir');
    await expect(page.getByRole('heading', { name: 'Belum ada data' })).toBeVisible();
    await expect(beranda.statValue('Unit kerja')).toHaveText('0');

    await beranda.shell.goto('Unit kerja');
    await units.add({ nama: 'Dinas Sosial Fiktif', singkatan: 'Dinsos', jenis: 'Dinas/Badan/Kantor' });
    await beranda.shell.goto('Beranda');
    await expect(beranda.statValue('Unit kerja')).toHaveText('1');
    await expect(page.getByRole('heading', { name: 'Belum ada data' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Muat data contoh' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Laporan & Dasbor' })).toBeVisible();
  });

  test('dua tab sekaligus: perubahan di tab A tampil di tab B', async ({ page, host }) => {
    const tabA = new BerandaPage(page);
    await tabA.shell.enterUserName('Penguji Dua Tab');
    const second = await page.context().newPage();
    await second.goto(host.url);
    const tabB = new BerandaPage(second);
    await expect(tabB.shell.heading()).toHaveText('Beranda');
    await expect(tabB.statValue('Unit kerja')).toHaveText('0');
    await expect(second.getByRole('heading', { name: 'Belum ada data' })).toBeVisible();

    const units = new UnitsPage(page);
    await tabA.shell.goto('Unit kerja');
    await units.add({ nama: 'Dinas Sosial Fiktif', singkatan: 'Dinsos', jenis: 'Dinas/Badan/Kantor' });

    await expect(tabB.statValue('Unit kerja')).toHaveText('1');
    await expect(second.getByRole('heading', { name: 'Belum ada data' })).toBeHidden();

    // And back: a unit added in tab B shows in the list open in tab A.
    await tabB.shell.goto('Unit kerja');
    await new UnitsPage(second).add({ nama: 'Badan Kepegawaian Fiktif', singkatan: 'BKPSDM', jenis: 'Dinas/Badan/Kantor' });
    await expect(units.row('Badan Kepegawaian Fiktif')).toBeVisible();
    await second.close();
  });
});
