import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from './fixtures';
import { BerandaPage } from './pages/BerandaPage';
import { PledgesPage } from './pages/PledgesPage';

const run = promisify(execFile);

/** Text of a PDF as pdftotext reads it, whitespace collapsed. */
async function pdfText(bytes: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'zi-e2e-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    await writeFile(file, bytes);
    const { stdout } = await run('pdftotext', [file, '-']);
    return stdout.replace(/\s+/g, ' ');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Downloads a generated document through the web host's `/documents/<id>` (same cookie as the page). */
async function fetchDocument(page: Page, url: string): Promise<Buffer> {
  const response = await page.request.get(new URL(url, page.url()).toString());
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  const body = await response.body();
  expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return body;
}

async function start(page: Page): Promise<PledgesPage> {
  const beranda = new BerandaPage(page);
  await beranda.shell.enterUserName('Dewi Penguji Fiktif');
  await beranda.loadDemoData();
  return new PledgesPage(page);
}

test.describe('Pakta Integritas', () => {
  test('tanda tangan digambar, PDF dibuat dan dibuka, lalu kodenya terverifikasi', async ({ page }) => {
    const pakta = await start(page);
    await pakta.goto('Pakta Integritas');
    const nama = await pakta.pickPerson('Fitri');
    await expect(page.getByLabel('Cetak blok “Menyaksikan” untuk atasan')).toBeChecked();
    await page.getByLabel('Tahun pakta').fill('2022');
    await page.getByLabel('Tanggal', { exact: true }).fill('2022-06-23');
    await pakta.drawSignature();
    await page.screenshot({ path: test.info().outputPath('pakta-buat.png'), fullPage: true });

    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Buat & cetak' }).click();
    const tab = await popup;
    expect(tab.url()).toMatch(/\/documents\/dok-[0-9a-f]{16}$/);
    await expect(page.getByRole('heading', { name: 'Pakta Integritas dibuat' })).toBeVisible();
    const code = (await page.locator('.pakta-code').textContent()) ?? '';
    expect(code).toMatch(/^ZI-[0-9A-F]{8}-[0-9A-F]{8}-[0-9A-F]{8}$/);

    const text = await pdfText(await fetchDocument(page, tab.url()));
    expect(text).toContain('PAKTA INTEGRITAS');
    expect(text).toContain(nama);
    expect(text).toContain('Serang, 23 Juni 2022');
    expect(text).toContain(code);
    await tab.close();

    await pakta.goto('Verifikasi dokumen');
    await page.getByLabel('Kode verifikasi').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Periksa kode' }).click();
    const result = page.getByRole('region', { name: /Sah dan sudah ditandatangani/ });
    await expect(result).toBeVisible();
    await expect(result.getByRole('table', { name: 'Data dokumen' })).toContainText(nama);
    await page.screenshot({ path: test.info().outputPath('verifikasi.png'), fullPage: true });

    await pakta.goto('Pakta Integritas');
    await pakta.tab('Daftar & cakupan');
    await page.getByLabel('Tahun').fill('2022');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(nama) }) });
    await expect(row.getByText('Ditandatangani digital')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('pakta-daftar.png'), fullPage: true });

    await pakta.tab('Templat');
    await page.getByLabel('Judul').fill('PAKTA INTEGRITAS APARATUR');
    await page.getByRole('button', { name: 'Simpan sebagai versi 2' }).click();
    await expect(page.getByText('Versi 2 dipakai untuk pakta baru')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('pakta-templat.png'), fullPage: true });
  });

  test('cetak massal satu unit berisi 30 pegawai dengan bilah progres', async ({ page, api }) => {
    const pakta = await start(page);
    const unit = await api.units.create({
      nama: 'Unit Uji Cetak Massal Fiktif',
      singkatan: 'UUCM',
      jenis: 'UPT_LAINNYA',
      kepalaNama: 'Drs. Kepala Uji Fiktif',
      kepalaNip: '19700518 200503 1 005',
      kepalaJabatan: 'Kepala Unit Uji',
      afirmasi: false,
    });
    let created = 0;
    for (let i = 0; i < 30; i += 1) {
      const year = 1975 + (i % 20);
      const month = String(1 + (i % 12)).padStart(2, '0');
      const day = String(1 + (i % 28)).padStart(2, '0');
      const nip = `${year}${month}${day}${year + 25}0${1 + (i % 9)}${1 + (i % 2)}${String(100 + i).padStart(3, '0')}`;
      await api.people.create({ nama: `Pegawai Uji Fiktif ${i + 1}`, jenisAsn: 'PNS', nip, golongan: 'III/a', jabatan: 'Pelaksana', unitId: unit.id });
      created += 1;
    }
    expect(created).toBe(30);

    await pakta.goto('Pakta Integritas');
    await pakta.tab('Cetak massal');
    await page.getByLabel('Unit Uji Cetak Massal Fiktif').check();
    await page.getByLabel('Tahun pakta').fill('2022');
    await page.getByLabel('Tanggal').fill('2022-06-23');
    await page.getByLabel(/satu PDF per pegawai/).check();
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Mulai cetak massal' }).click();
    const progress = page.getByRole('progressbar', { name: 'Progres cetak massal' });
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute('max', '60');
    await expect(page.getByText('Selesai: 30 pakta dalam satu PDF.')).toBeVisible({ timeout: 60_000 });
    await expect(progress).toHaveAttribute('value', '60');
    const tab = await popup;
    const text = await pdfText(await fetchDocument(page, tab.url()));
    expect(text.match(/PAKTA INTEGRITAS/g)).toHaveLength(30);
    expect(text).toContain('Pegawai Uji Fiktif 30');
    expect(text).toContain('Drs. Kepala Uji Fiktif');
    await tab.close();
    await page.getByText(/30 berkas per pegawai di folder data/).click();
    await expect(page.getByRole('button', { name: /_Pegawai Uji Fiktif 1\.pdf$/ })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('pakta-massal.png'), fullPage: true });

    await page.getByRole('button', { name: 'Mulai cetak massal' }).click();
    await expect(page.getByRole('alert')).toContainText('semua 30 pegawai aktif di unit kerja yang dipilih sudah memiliki Pakta Integritas tahun 2022');

    await pakta.tab('Daftar & cakupan');
    await page.getByLabel('Unit kerja').selectOption({ label: 'Unit Uji Cetak Massal Fiktif' });
    await page.getByLabel('Tahun').fill('2022');
    await expect(page.getByTestId('cakupan-persen')).toHaveText('0,00%');
    await expect(page.getByRole('row').filter({ hasText: 'Menunggu tanda tangan' })).toHaveCount(30);
  });

  test('pencanangan Kabupaten Serang, Kamis 23 Juni 2022: 8 penanda tangan dan 3 saksi', async ({ page }) => {
    const pakta = await start(page);
    const signatories = [
      ['Bupati Serang', 'Hj. Ratna Fiktif Lestari, S.E.', ''],
      ['Perwakilan Ombudsman RI Provinsi Banten', 'Dedi Samaran Irawan, S.H.', ''],
      ['Sekretaris Daerah', 'Drs. Tubagus Rekaan Hidayat, M.Si.', '19680412 199303 1 004'],
      ['Kepala Dinas Kependudukan dan Pencatatan Sipil', 'Ahmad Fiktif, S.STP., M.Si.', ''],
      ['Kepala Dinas Penanaman Modal dan PTSP', 'Siti Contoh, S.STP., M.Si.', ''],
      ['Kepala Badan Pendapatan Daerah', 'Budi Rekaan, S.E., M.M.', ''],
      ['Ketua MUI Kabupaten Serang', 'K.H. Abdul Ilustrasi Syukur', ''],
      ['Camat Ciruas', 'Oki Percontohan, S.STP.', ''],
    ] as const;
    const witnesses = [
      ['Wakil Bupati Serang', 'H. Pandu Samaran Wibowo'],
      ['Ketua DPRD Kabupaten Serang', 'Hj. Nurul Percontohan Aini'],
      ['Inspektur Kabupaten Serang', 'Drs. Bambang Fiktif Hartono, M.Si.'],
    ] as const;

    await pakta.goto('Pencanangan');
    await page.getByRole('button', { name: 'Pencanangan baru' }).click();
    await page.getByLabel('Judul acara').fill('Pencanangan Pembangunan Zona Integritas Kabupaten Serang 2022');
    await page.getByLabel('Tempat').fill('Serang');
    await page.getByLabel('Tanggal').fill('2022-06-23');
    await page.getByLabel('Dinas Kependudukan dan Pencatatan Sipil').check();
    for (let i = 1; i < signatories.length; i += 1) await page.getByRole('button', { name: 'Tambah penanda tangan' }).click();
    for (let i = 0; i < witnesses.length; i += 1) await page.getByRole('button', { name: 'Tambah saksi' }).click();
    for (const [index, [jabatan, nama, nip]] of signatories.entries()) {
      await page.getByLabel(`Jabatan penanda tangan ${index + 1}`, { exact: true }).fill(jabatan);
      await page.getByLabel(`Nama penanda tangan ${index + 1}`, { exact: true }).fill(nama);
      if (nip) await page.getByLabel(`NIP penanda tangan ${index + 1}`, { exact: true }).fill(nip);
    }
    for (const [index, [jabatan, nama]] of witnesses.entries()) {
      await page.getByLabel(`Jabatan saksi ${index + 1}`, { exact: true }).fill(jabatan);
      await page.getByLabel(`Nama saksi ${index + 1}`, { exact: true }).fill(nama);
    }
    await page.screenshot({ path: test.info().outputPath('pencanangan-form.png'), fullPage: true });
    await page.getByRole('button', { name: 'Simpan pencanangan' }).click();

    const row = page.getByRole('table', { name: 'Daftar pencanangan' }).getByRole('row').filter({ hasText: 'Kabupaten Serang 2022' });
    await expect(row).toContainText('Serang, Kamis, 23 Juni 2022');
    await expect(row.getByRole('cell').nth(1)).toHaveText('8');
    await expect(row.getByRole('cell').nth(2)).toHaveText('3');
    const popup = page.waitForEvent('popup');
    await row.getByRole('button', { name: /Buat PDF/ }).click();
    const tab = await popup;
    const text = await pdfText(await fetchDocument(page, tab.url()));
    expect(text).toContain('PIAGAM PENCANANGAN');
    expect(text).toContain('Kamis tanggal dua puluh tiga bulan Juni tahun dua ribu dua puluh dua');
    expect(text).toContain('Serang, Kamis, 23 Juni 2022');
    for (const [, nama] of [...signatories, ...witnesses]) expect(text).toContain(nama);
    expect(text).toContain('NIP. 19680412 199303 1 004');
    await tab.close();
    await page.screenshot({ path: test.info().outputPath('pencanangan-daftar.png'), fullPage: true });
  });
});
