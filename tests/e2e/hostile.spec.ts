import { expect, test } from './fixtures';
import { endSentence } from '../../shared/format';
import { BerandaPage } from './pages/BerandaPage';
import { ImportPage } from './pages/ImportPage';
import { PeoplePage } from './pages/PeoplePage';
import { SettingsPage } from './pages/SettingsPage';
import { UnitsPage } from './pages/UnitsPage';

/** Bad and hostile input typed or uploaded through the screens: refused with a clear message, nothing written. */
test.describe('Isian yang salah atau berbahaya', () => {
  test.beforeEach(async ({ page }) => {
    const beranda = new BerandaPage(page);
    await beranda.shell.enterUserName('Penguji Keamanan');
    await beranda.loadDemoData();
  });

  test('NIP yang sudah terdaftar ditolak dengan nama pemiliknya', async ({ page }) => {
    const people = new PeoplePage(page);
    await people.shell.goto('Pegawai');
    await people.search('Kepala Dinas Kependudukan');
    await expect(people.count()).toHaveText('1 pegawai');
    const ownerRow = people.table().getByRole('row').nth(1);
    const owner = (await ownerRow.getByRole('rowheader').textContent()) ?? '';
    const ownerNip = (await ownerRow.getByRole('cell').first().textContent()) ?? '';
    expect(ownerNip).toMatch(/^\d{8} \d{6} \d \d{3}$/);
    await people.search('');
    await expect(people.count()).toHaveText('47 pegawai');

    const dialog = await people.openNew();
    await people.fill(dialog, {
      nama: 'Penyusup Fiktif',
      jenis: 'PNS',
      nip: ownerNip.replace(/ /g, ''),
      golongan: 'III/a — Penata Muda',
      jabatan: 'Pengelola Layanan',
      unit: 'Badan Pendapatan Daerah',
    });
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    // The owner's name ends in a title's full stop: the sentence ends there, never "M.Si..".
    await expect(people.fieldError(dialog, 'person-nip')).toContainText(endSentence(`NIP ini sudah terdaftar atas nama ${owner}`));
    await expect(people.fieldError(dialog, 'person-nip')).not.toContainText('..');
    await expect(people.nipInput(dialog)).toBeFocused();
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await expect(people.count()).toHaveText('47 pegawai');
    await expect(people.row('Penyusup Fiktif')).toHaveCount(0);
  });

  test('markup dan rumus tampil sebagai teks biasa, rumus pada impor ditolak per baris', async ({ page }) => {
    const units = new UnitsPage(page);
    await units.shell.goto('Unit kerja');
    const hostile = '<img src=x onerror="document.body.dataset.pwned=1">';
    await units.add({ nama: hostile, singkatan: '<b>x</b>' });
    await expect(units.row(hostile)).toContainText('<b>x</b>');
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();

    const importer = new ImportPage(page);
    await importer.open();
    const csv = [
      'nama,nip,jenis,pangkat/golongan,jabatan,unit',
      '=HYPERLINK("http://contoh.invalid","klik"),198503122010011004,PNS,III/c,Analis,Disdukcapil',
      '"Nama ""Berkutip"" Fiktif",198503122010011004,PNS,III/c,Analis,Disdukcapil',
      'Duplikat Fiktif,198503122010011004,PNS,III/c,Analis,Disdukcapil',
    ].join('\n');
    await importer.upload({ name: 'berbahaya.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(importer.summary()).toHaveText(/^1 baris valid, 2 tidak valid/);
    await expect(importer.previewRow(2)).toContainText('berisi rumus');
    await expect(importer.previewRow(3)).toContainText('Nama "Berkutip" Fiktif');
    await expect(importer.previewRow(4)).toContainText('NIP sama dengan baris');
  });

  test('berkas impor dengan kolom salah ditolak seluruhnya', async ({ page }) => {
    const importer = new ImportPage(page);
    await importer.open();
    await importer.upload({ name: 'salah.csv', mimeType: 'text/csv', buffer: Buffer.from('nama,nomor,kantor\nA Fiktif,1,X\n') });
    await expect(page.getByRole('alert')).toContainText('Kolom wajib tidak ditemukan: nip, jenis, pangkat/golongan, jabatan, unit');
    await expect(importer.importButton()).toBeDisabled();

    await importer.upload({ name: 'daftar.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 bukan daftar') });
    await expect(page.getByRole('alert')).toContainText('Jenis berkas tidak didukung. Gunakan .xlsx atau .csv.');
    await expect(importer.importButton()).toBeDisabled();
  });

  test('logo yang bukan gambar atau terlalu besar ditolak, pengaturan tetap', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.shell.goto('Pengaturan instansi');
    await settings.logoInput().setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('<svg>bukan png</svg>') });
    await expect(page.getByRole('alert')).toContainText('Logo harus berupa gambar PNG atau JPEG.');
    await expect(settings.preview().locator('img')).toHaveCount(0);

    await settings.logoInput().setInputFiles({ name: 'besar.png', mimeType: 'image/png', buffer: Buffer.alloc(1024 * 1024 + 1, 1) });
    await expect(page.getByRole('alert')).toContainText('Logo terlalu besar');
    await expect(settings.preview().locator('img')).toHaveCount(0);

    await settings.field('Nama Inspektorat').fill('');
    await settings.field('NIP Inspektur').fill('19700518 200513 1 005');
    await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await expect(page.locator('#inst-nama-error')).toContainText('Nama Inspektorat wajib diisi.');
    await expect(page.locator('#inst-inspektur-nip-error')).toContainText('TMT CPNS pada NIP');
    await page.reload();
    await expect(settings.field('Nama Inspektorat')).toHaveValue('Inspektorat Kabupaten Serang');
  });

  test('ZI Desk berhenti: layar memberi pesan yang dapat ditindaklanjuti, bukan galat', async ({ page, host }) => {
    const units = new UnitsPage(page);
    await host.stop();
    await units.shell.navLink('Unit kerja').click();
    await expect(page.getByRole('alert')).toContainText('ZI Desk tidak dapat dihubungi. Pastikan aplikasi ZI Desk masih berjalan');
    await expect(units.table()).toBeVisible();
  });
});
