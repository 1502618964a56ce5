import { readFile } from 'node:fs/promises';
import { safeFileName } from '../../shared/files/fileNames';
import { expect, test, type Page } from './fixtures';
import { BerandaPage } from './pages/BerandaPage';
import { PledgesPage } from './pages/PledgesPage';
import { WorksheetPage } from './pages/WorksheetPage';
import { LOAD, TEMPLATE_ID } from './support/worksheets';

/**
 * One way to open things, in the web host: "Simpan salinan…" downloads a generated PDF under its
 * real Indonesian name (never `dok-<id>.pdf`), the browser build shows no "Tampilkan di folder",
 * and a web address from the data opens only after a confirmation that names its host.
 */
test.use({ viewport: { width: 1366, height: 768 } });

/** Clicks a "Simpan salinan…" button and returns the downloaded file's suggested name and first bytes. */
async function saveCopy(page: Page, button: ReturnType<Page['getByRole']>): Promise<{ name: string; head: string }> {
  const download = page.waitForEvent('download');
  await button.click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), head: (await readFile(path)).subarray(0, 5).toString('latin1') };
}

test.describe('Membuka dan menyimpan dokumen', () => {
  test('pakta yang dicetak disimpan dengan nama sebenarnya', async ({ page }) => {
    const beranda = new BerandaPage(page);
    await beranda.shell.enterUserName('Dewi Penguji Fiktif');
    await beranda.loadDemoData();
    const pakta = new PledgesPage(page);
    await pakta.goto('Pakta Integritas');
    const nama = await pakta.pickPerson('Fitri');
    await page.getByLabel('Tahun pakta').fill('2022');
    await page.getByLabel('Tanggal', { exact: true }).fill('2022-06-23');
    await pakta.drawSignature();
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Buat & cetak' }).click();
    await (await popup).close();
    await expect(page.getByRole('heading', { name: 'Pakta Integritas dibuat' })).toBeVisible();

    // The browser has no file manager to show: the button exists only in the desktop app.
    await expect(page.getByRole('button', { name: /Tampilkan di folder/ })).toHaveCount(0);
    const saved = await saveCopy(page, page.getByRole('button', { name: /^Simpan salinan…/ }));
    expect(saved.name).toBe(safeFileName(`Pakta Integritas 2022 - ${nama}`, 'pdf'));
    expect(saved.name).toMatch(/^Pakta Integritas 2022 - Fitri .+\.pdf$/);
    expect(saved.head).toBe('%PDF-');
    await expect(page.getByRole('status').filter({ hasText: `${saved.name} diunduh.` })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('pakta-simpan-salinan.png'), fullPage: true });

    // F1 (the desktop menu's "Panduan pengguna" sends it too) opens this screen's guide.
    await page.keyboard.press('F1');
    const guide = page.getByRole('dialog', { name: /^Panduan: / });
    await expect(guide).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(guide).toBeHidden();
  });

  test('cetak massal: PDF gabungan dan berkas per pegawai disimpan dengan nama sebenarnya', async ({ page, api }) => {
    const beranda = new BerandaPage(page);
    await beranda.shell.enterUserName('Dewi Penguji Fiktif');
    await beranda.loadDemoData();
    const unit = await api.units.create({
      nama: 'Unit Uji Simpan Salinan Fiktif',
      singkatan: 'UUSS',
      jenis: 'UPT_LAINNYA',
      kepalaNama: 'Drs. Kepala Uji Fiktif',
      kepalaNip: '19700518 200503 1 005',
      kepalaJabatan: 'Kepala Unit Uji',
      afirmasi: false,
    });
    await api.people.create({ nama: 'Ayu Lestari Fiktif', jenisAsn: 'PNS', nip: '19880214 201101 2 003', golongan: 'III/a', jabatan: 'Pelaksana', unitId: unit.id });
    await api.people.create({ nama: 'Bima Saputra Fiktif', jenisAsn: 'PNS', nip: '19900321 201503 1 002', golongan: 'III/a', jabatan: 'Pelaksana', unitId: unit.id });

    const pakta = new PledgesPage(page);
    await pakta.goto('Pakta Integritas');
    await pakta.tab('Cetak massal');
    await page.getByLabel('Unit Uji Simpan Salinan Fiktif').check();
    await page.getByLabel('Tahun pakta').fill('2022');
    await page.getByLabel('Tanggal').fill('2022-06-23');
    await page.getByLabel(/satu PDF per pegawai/).check();
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Mulai cetak massal' }).click();
    await expect(page.getByText('Selesai: 2 pakta dalam satu PDF.')).toBeVisible({ timeout: 60_000 });
    await (await popup).close();

    const merged = await saveCopy(page, page.getByRole('button', { name: /^Simpan salinan… Pakta Integritas 2022/ }));
    expect(merged).toEqual({ name: 'Pakta Integritas 2022 - UUSS (2 pegawai, 23 Juni 2022).pdf', head: '%PDF-' });

    // Per-employee files: names, not a hidden relative folder path.
    await page.getByText('2 berkas per pegawai di folder data').click();
    await expect(page.getByText(/documents\/dok-/)).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Tampilkan folder berkas/ })).toHaveCount(0);
    const one = await saveCopy(page, page.getByRole('button', { name: 'Simpan salinan… pakta Bima Saputra Fiktif' }));
    expect(one).toEqual({ name: 'Pakta Integritas 2022 - Bima Saputra Fiktif.pdf', head: '%PDF-' });
    await page.screenshot({ path: test.info().outputPath('pakta-massal-simpan-salinan.png'), fullPage: true });
  });

  test('tautan bukti dukung dibuka hanya setelah konfirmasi yang menyebut situsnya', async ({ page, api, context }) => {
    const address = 'https://www.serangkab.go.id/zona-integritas/sk-tim?tahun=2023';
    await context.route('https://www.serangkab.go.id/**', (route) => route.fulfill({ contentType: 'text/plain', body: 'situs uji' }));
    await api.app.setUserName({ name: 'Rina Penguji Fiktif' });
    const unit = await api.units.create({ nama: 'Dinas Uji Tautan', singkatan: 'DUT', jenis: 'DINAS_BADAN_KANTOR', kepalaNama: '', kepalaNip: '', kepalaJabatan: '', afirmasi: false });
    const created = await api.worksheets.create({ unitId: unit.id, year: 2023, templateId: TEMPLATE_ID });
    const code = 'A.I.1.i.a';
    await api.worksheets.addEvidenceReference({ id: created.worksheet.id, code, text: address });
    await page.reload();
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#/lembar-kerja/${encodeURIComponent(created.worksheet.id)}`);
    const ws = new WorksheetPage(page);
    await expect(ws.heading()).toHaveText('LKE DUT 2023', LOAD);
    await ws.focusRow(code);
    await page.keyboard.press(' ');
    const details = ws.details(code);
    const link = details.getByRole('link', { name: address });
    await expect(link).toBeVisible();

    let opened = 0;
    page.on('popup', () => {
      opened += 1;
    });
    await link.click();
    const dialog = page.getByRole('dialog', { name: 'Buka alamat web?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('strong')).toHaveText('www.serangkab.go.id');
    await page.screenshot({ path: test.info().outputPath('tautan-konfirmasi.png') });
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await expect(dialog).toBeHidden();
    expect(opened).toBe(0);

    await link.click();
    const popup = page.waitForEvent('popup');
    await page.getByRole('dialog', { name: 'Buka alamat web?' }).getByRole('button', { name: 'Buka di peramban' }).click();
    const tab = await popup;
    await tab.waitForLoadState();
    expect(tab.url()).toBe(address);
    await expect(page.getByRole('dialog', { name: 'Buka alamat web?' })).toBeHidden();
  });
});
