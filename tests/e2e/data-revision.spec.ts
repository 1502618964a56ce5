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

  test('simpan di layar sendiri: daftar dimuat sekali, tanpa menanyakan revisi atau status lagi', async ({ page }) => {
    const beranda = new BerandaPage(page);
    const units = new UnitsPage(page);
    await beranda.shell.enterUserName('Penguji Hemat');
    await beranda.shell.goto('Unit kerja');
    await units.add({ nama: 'Dinas Sosial Fiktif', singkatan: 'Dinsos', jenis: 'Dinas/Badan/Kantor' });

    // The second unit: the store is no longer empty, so the save answers with the new revision and
    // the list is asked for once — not once for the revision and once for the screen's own reload.
    const requests: string[] = [];
    page.on('request', (request) => {
      const channel = /\/api\/([a-zA-Z]+:[a-zA-Z]+)$/.exec(new URL(request.url()).pathname)?.[1];
      if (channel) requests.push(channel);
    });
    // Toasts of the same kind are grouped, so the second save is followed by its row, not its toast.
    const dialog = await units.openNew();
    await units.fill(dialog, { nama: 'Badan Kepegawaian Fiktif', singkatan: 'BKPSDM', jenis: 'Dinas/Badan/Kantor' });
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog).toBeHidden();
    await expect(units.row('Badan Kepegawaian Fiktif')).toBeVisible();
    await page.waitForTimeout(500);
    const count = (channel: string): number => requests.filter((name) => name === channel).length;
    expect(count('units:create')).toBe(1);
    expect(count('units:list')).toBe(1);
    expect(count('app:status')).toBe(0);
    // Only the periodic check for other tabs' changes may ask for the revision (every 1,5 s).
    expect(count('app:revision')).toBeLessThanOrEqual(2);
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
