import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { BerandaPage } from './pages/BerandaPage';
import { ImportPage } from './pages/ImportPage';
import { PeoplePage } from './pages/PeoplePage';
import { SettingsPage } from './pages/SettingsPage';
import { UnitsPage } from './pages/UnitsPage';
import { makePng } from './support/png';

const FIXTURES = path.resolve('tests/fixtures');

const NEW_UNIT = {
  nama: 'Rumah Sakit Umum Daerah Fiktif',
  singkatan: 'RSUD Fiktif',
  jenis: 'UPT/lainnya',
  kepalaNama: 'dr. Rahmat Fiktif Santoso, M.Kes.',
  kepalaNip: '19750304 200312 1 002',
  kepalaJabatan: 'Direktur RSUD Fiktif',
  afirmasi: true,
} as const;

test.describe('Data master', () => {
  test('dari folder kosong: data contoh, unit, pegawai, impor, pengaturan, lalu tetap ada setelah host dimulai ulang', async ({
    page,
    host,
    restartHost,
  }) => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const beranda = new BerandaPage(page);
    const units = new UnitsPage(page);
    const people = new PeoplePage(page);
    const importer = new ImportPage(page);
    const settings = new SettingsPage(page);
    const shell = beranda.shell;

    await test.step('nama pengguna ditanyakan sekali', async () => {
      await expect(shell.heading()).toHaveText('Beranda');
      await shell.enterUserName('Siti Penguji Fiktif');
    });

    await test.step('muat data contoh', async () => {
      const message = await beranda.loadDemoData();
      expect(message).toMatch(/^Data contoh dimuat: 13 unit kerja dan \d+ pegawai\.$/);
      await expect(beranda.statValue('Unit kerja')).toHaveText('13');
      await shell.goto('Unit kerja');
      await expect(units.row('Dinas Kependudukan dan Pencatatan Sipil')).toBeVisible();
      await expect(units.row('Kecamatan Petir')).toBeVisible();
      await expect(units.row('Dinas Kependudukan dan Pencatatan Sipil').getByText('Afirmasi')).toBeVisible();
      await shell.goto('Pegawai');
      await expect(people.count()).toHaveText('47 pegawai');
    });

    await test.step('tambah unit kerja', async () => {
      await shell.goto('Unit kerja');
      await units.add(NEW_UNIT);
      const row = units.row(NEW_UNIT.nama);
      await expect(row).toContainText('RSUD Fiktif');
      await expect(row).toContainText('UPT/lainnya');
      await expect(row).toContainText('NIP 19750304 200312 1 002');
      await expect(row.getByText('Afirmasi')).toBeVisible();
    });

    await test.step('pegawai dengan NIP salah ditolak dengan pesan yang menyebut bagiannya, lalu diperbaiki', async () => {
      await shell.goto('Pegawai');
      const dialog = await people.openNew();
      await people.fill(dialog, {
        nama: 'Rina Fiktif Handayani',
        jenis: 'PNS',
        nip: '19851332 201001 2 003',
        golongan: 'III/b — Penata Muda Tingkat I',
        jabatan: 'Analis Pelayanan Kesehatan',
        unit: NEW_UNIT.nama,
      });
      await dialog.getByRole('button', { name: 'Simpan' }).click();
      const nip = people.nipInput(dialog);
      await expect(people.fieldError(dialog, 'person-nip')).toContainText('Tanggal lahir');
      await expect(people.fieldError(dialog, 'person-nip')).toContainText('19851332');
      await expect(nip).toHaveAttribute('aria-invalid', 'true');
      await expect(dialog.getByRole('alert')).toContainText('NIP: Tanggal lahir pada NIP');

      await nip.fill('19851231 201001 2 003');
      await nip.press('Enter');
      await expect(dialog).toBeHidden();
      await expect(shell.toast('Rina Fiktif Handayani ditambahkan.')).toBeVisible();
      const row = people.row('Rina Fiktif Handayani');
      await expect(row).toContainText('19851231 201001 2 003');
      await expect(row).toContainText('Penata Muda Tingkat I, III/b');
      await expect(row).toContainText('RSUD Fiktif');
      await expect(people.count()).toHaveText('48 pegawai');
    });

    await test.step('impor daftar pegawai CSV dengan dua baris salah', async () => {
      await importer.open();
      await importer.upload(path.join(FIXTURES, 'pegawai-contoh.csv'));
      await expect(importer.preview()).toBeVisible();
      await expect(importer.preview().getByRole('row')).toHaveCount(1 + 8);
      await expect(importer.summary()).toHaveText(/^6 baris valid, 2 tidak valid/);
      await expect(importer.previewRow(2)).toContainText('Valid');
      await expect(importer.previewRow(3)).toContainText('19880721 201503 2 007');
      const badDate = importer.previewRow(8);
      await expect(badDate).toContainText('Gita Fiktif Anggraini');
      await expect(badDate).toContainText('Tidak valid');
      await expect(badDate).toContainText('Tanggal lahir pada NIP (digit 1–8: 19851345) bukan tanggal yang valid.');
      const badUnit = importer.previewRow(9);
      await expect(badUnit).toContainText('Hadi Contoh Saputra');
      await expect(badUnit).toContainText('Tidak valid');
      await expect(badUnit).toContainText('Unit kerja "Dinas Pariwisata Fiktif" tidak ditemukan');
      await page.getByLabel('Tampilkan hanya baris yang tidak valid').check();
      await expect(importer.preview().getByRole('row')).toHaveCount(1 + 2);
      await page.getByLabel('Tampilkan hanya baris yang tidak valid').uncheck();

      await importer.importButton().click();
      await expect(shell.toast('6 pegawai berhasil diimpor dari pegawai-contoh.csv.')).toBeVisible();
      await expect(page.getByRole('table', { name: 'Daftar pegawai' })).toBeVisible();
      await expect(people.count()).toHaveText('54 pegawai');
      await expect(people.row('Andi Fiktif Prasetyo')).toContainText('19850312 201001 1 004');
      await expect(people.row('Cahyo Contoh Wibowo')).toContainText('Golongan IX');
      await expect(people.row('Dina Ilustrasi Sari')).toContainText('Non-ASN');
      await expect(people.row('Gita Fiktif Anggraini')).toHaveCount(0);
      await expect(people.row('Hadi Contoh Saputra')).toHaveCount(0);
    });

    await test.step('cari dan saring pegawai', async () => {
      await people.search('Fiktif Prasetyo');
      await expect(people.count()).toHaveText('1 pegawai');
      await people.search('');
      await people.filterUnit(NEW_UNIT.nama);
      await expect(people.count()).toHaveText('1 pegawai');
      await expect(people.row('Rina Fiktif Handayani')).toBeVisible();
      await people.filterUnit('Semua unit kerja');
      await expect(people.count()).toHaveText('54 pegawai');
    });

    await test.step('pengaturan instansi dan logo', async () => {
      await shell.goto('Pengaturan instansi');
      await expect(settings.field('Pemerintah daerah')).toHaveValue('Pemerintah Kabupaten Serang');
      await settings.field('Nama Inspektorat').fill('Inspektorat Daerah Kabupaten Serang');
      await settings.field('Alamat').fill('Jl. Contoh Fiktif No. 7, Serang 42111 · Telp. (0254) 000000');
      await settings.field('Kota untuk tanggal surat').fill('Serang');
      await settings.field('Nama Inspektur').fill('Drs. Bambang Fiktif Hartono, M.Si.');
      await settings.field('NIP Inspektur').fill('19700518 200503 1 005');
      await settings.field('Pangkat/golongan Inspektur').selectOption('IV/d');
      await page.getByRole('radio', { name: /^A4/ }).check();
      await expect(settings.preview()).toContainText('Inspektorat Daerah Kabupaten Serang');
      await settings.save();

      await settings.logoInput().setInputFiles({ name: 'logo-serang.png', mimeType: 'image/png', buffer: makePng(48) });
      await expect(shell.toast('Logo disimpan.')).toBeVisible();
      await expect(settings.preview().locator('img')).toHaveAttribute('src', /^data:image\/png;base64,/);
      await expect(page.getByRole('button', { name: 'Hapus logo' })).toBeVisible();
    });

    await test.step('host dimulai ulang: semuanya masih ada', async () => {
      await restartHost();
      await expect(shell.heading()).toHaveText('Beranda');
      await expect(page.getByText('Pengguna: Siti Penguji Fiktif')).toBeVisible();
      await expect(shell.nameDialog()).toHaveCount(0);
      await expect(beranda.statValue('Unit kerja')).toHaveText('14');
      await expect(beranda.statValue('Pegawai')).toHaveText('54');
      await shell.goto('Unit kerja');
      await expect(units.row(NEW_UNIT.nama)).toContainText('RSUD Fiktif');
      await shell.goto('Pegawai');
      await expect(people.row('Rina Fiktif Handayani')).toContainText('19851231 201001 2 003');
      await expect(people.row('Fajar Percontohan Hidayat')).toBeVisible();
      await shell.goto('Pengaturan instansi');
      await expect(settings.field('Nama Inspektorat')).toHaveValue('Inspektorat Daerah Kabupaten Serang');
      await expect(settings.field('NIP Inspektur')).toHaveValue('19700518 200503 1 005');
      await expect(settings.field('Pangkat/golongan Inspektur')).toHaveValue('IV/d');
      await expect(page.getByRole('radio', { name: /^A4/ })).toBeChecked();
      await expect(settings.preview().locator('img')).toHaveAttribute('src', /^data:image\/png;base64,/);
    });
  });

  test('berkas data rusak: ZI Desk memulihkan cadangan, memberi tahu, dan menyimpan salinan yang rusak', async ({
    page,
    dataDir,
    restartHost,
  }) => {
    const beranda = new BerandaPage(page);
    const units = new UnitsPage(page);
    const shell = beranda.shell;
    await shell.enterUserName('Budi Penguji Fiktif');
    await beranda.loadDemoData();
    await shell.goto('Unit kerja');
    await units.add({ nama: 'UPT Pelayanan Fiktif', singkatan: 'UPT Fiktif', jenis: 'UPT/lainnya' });
    expect(await readdir(dataDir)).toContain('master.json.bak');

    await restartHost({
      whileStopped: async (dir) => {
        await writeFile(path.join(dir, 'master.json'), '{"schemaVersion": 1, "data": {"units": [ ### rusak', 'utf8');
      },
    });

    const banner = shell.recoveryBanner();
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('Berkas data master rusak; ZI Desk memulihkan cadangan terakhir');
    await expect(banner).toContainText(/Berkas rusak disimpan sebagai master\.json\.corrupt-\d{14}/);
    const files = await readdir(dataDir);
    const corrupt = files.filter((name) => name.startsWith('master.json.corrupt-'));
    expect(corrupt).toHaveLength(1);
    await expect(banner).toContainText(corrupt[0] ?? 'tidak ada');

    // The banner is on every screen until acknowledged, and the restored data is there.
    await shell.goto('Unit kerja');
    await expect(shell.recoveryBanner()).toBeVisible();
    await expect(units.row('Dinas Kependudukan dan Pencatatan Sipil')).toBeVisible();

    await banner.getByRole('button', { name: 'Saya mengerti, tutup' }).click();
    await expect(shell.recoveryBanner()).toHaveCount(0);
    await page.reload();
    await expect(shell.heading()).toHaveText('Unit kerja');
    await expect(shell.recoveryBanner()).toHaveCount(0);
    expect((await readdir(dataDir)).filter((name) => name.startsWith('master.json.corrupt-'))).toEqual(corrupt);
  });

  test('impor dari .xlsx: pratinjau yang sama, hanya baris valid yang diimpor', async ({ page }) => {
    const beranda = new BerandaPage(page);
    const importer = new ImportPage(page);
    const people = new PeoplePage(page);
    await beranda.shell.enterUserName('Penguji Impor');
    await beranda.loadDemoData();
    await importer.open();
    await importer.upload(path.join(FIXTURES, 'pegawai-contoh.xlsx'));
    await expect(importer.summary()).toHaveText(/^6 baris valid, 2 tidak valid/);
    await expect(importer.previewRow(8)).toContainText('Tanggal lahir pada NIP');
    await expect(importer.previewRow(9)).toContainText('Dinas Pariwisata Fiktif');
    await expect(importer.importButton()).toHaveText('Impor 6 pegawai yang valid');
    await importer.importButton().click();
    await expect(beranda.shell.toast('6 pegawai berhasil diimpor dari pegawai-contoh.xlsx.')).toBeVisible();
    await expect(people.count()).toHaveText('53 pegawai');
    await expect(people.row('Bunga Rekaan Lestari')).toContainText('19880721 201503 2 007');
  });

  test('dapat dipakai dengan papan ketik: fokus awal, Enter menyimpan, Escape menutup', async ({ page }) => {
    const beranda = new BerandaPage(page);
    const units = new UnitsPage(page);
    // The first-run question cannot be escaped: the name is needed for the answer history.
    await expect(beranda.shell.nameDialog()).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(beranda.shell.nameDialog()).toBeVisible();
    await beranda.shell.enterUserName('Penguji Papan Ketik');
    await beranda.shell.goto('Unit kerja');

    const dialog = await units.openNew();
    await expect(dialog.getByLabel('Nama unit kerja')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Tambah unit kerja' })).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Nama unit kerja')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog.locator('#unit-nama-error')).toHaveText(/Nama unit kerja wajib diisi\./);
    await expect(dialog.getByRole('alert')).toContainText('Nama unit kerja: Nama unit kerja wajib diisi.');
    await expect(dialog.getByLabel('Nama unit kerja')).toBeFocused();
    await page.keyboard.type('Kecamatan Fiktif Selatan');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kec. Fiktif Selatan');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(units.row('Kecamatan Fiktif Selatan')).toContainText('Dinas/Badan/Kantor');

    await units.row('Kecamatan Fiktif Selatan').getByRole('button', { name: 'Nonaktifkan' }).click();
    const confirm = page.getByRole('dialog', { name: 'Nonaktifkan unit kerja?' });
    // A confirmation opens on "Batal": the action needs a deliberate move to its button.
    await expect(confirm.getByRole('button', { name: 'Batal' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(confirm.getByRole('button', { name: 'Nonaktifkan' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(confirm).toBeHidden();
    await expect(units.row('Kecamatan Fiktif Selatan')).toHaveCount(0);
    await page.getByLabel('Tampilkan unit nonaktif').check();
    await expect(units.row('Kecamatan Fiktif Selatan')).toContainText('Nonaktif');
  });
});
