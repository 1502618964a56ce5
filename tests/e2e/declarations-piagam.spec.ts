import AxeBuilder from '@axe-core/playwright';
import { PIAGAM_PENCANANGAN_V1, renderDeclarationText } from '../../shared/pakta/templates';
import { piagamLayoutRules } from '../support/documentLayoutRules';
import { checkPdfLayout, readPdfLayout } from '../support/layoutCheck';
import { expect, test, type Page } from './fixtures';
import { BerandaPage } from './pages/BerandaPage';
import { PledgesPage } from './pages/PledgesPage';

// The app's CSP blocks injected scripts (as it should): axe runs with the test browser's CSP bypassed.
test.use({ viewport: { width: 1366, height: 768 }, bypassCSP: true });

/** Picks a person in a row's combobox by typing, then arrow key and Enter. */
async function pickFromMasterData(page: Page, label: string, typed: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(typed);
  await expect(page.getByRole('listbox', { name: new RegExp(label, 'i') })).toBeVisible();
  await box.press('ArrowDown');
  await box.press('ArrowUp');
  await box.press('Enter');
}

test('Pencanangan 23 Juni 2022 dengan penanda tangan dari data pegawai: piagam ber-kop Pemkab, tanpa judul terpisah', async ({ page, api }) => {
  const beranda = new BerandaPage(page);
  await beranda.shell.enterUserName('Dewi Penguji Fiktif');
  await beranda.loadDemoData();
  const pakta = new PledgesPage(page);
  await pakta.goto('Pencanangan');
  await page.getByRole('button', { name: 'Pencanangan baru' }).click();
  await page.getByLabel('Judul acara').fill('Pencanangan Pembangunan Zona Integritas Kabupaten Serang Tahun 2022');
  await page.getByLabel('Tempat').fill('Serang');
  await page.getByLabel('Tanggal').fill('2022-06-23');
  for (let i = 1; i < 4; i += 1) await page.getByRole('button', { name: 'Tambah penanda tangan' }).click();
  for (let i = 0; i < 2; i += 1) await page.getByRole('button', { name: 'Tambah saksi' }).click();

  // The Bupati and the Ombudsman are not in the roster: typed by hand, with jabatan suggestions for the region.
  await expect(page.locator('#decl-jabatan-luar option[value="Bupati Serang"]')).toHaveCount(1);
  await expect(page.getByLabel('Jabatan penanda tangan 1', { exact: true })).toHaveAttribute('list', 'decl-jabatan-luar');
  await page.getByLabel('Jabatan penanda tangan 1', { exact: true }).fill('Bupati Serang');
  await page.getByLabel('Nama penanda tangan 1', { exact: true }).fill('Hj. Ratna Kusumawati Fiktif, S.E., M.M.');
  // The OPD heads come from the master data: jabatan, name and NIP filled.
  await pickFromMasterData(page, 'Pilih penanda tangan 2 dari data pegawai', 'kepala dinas kependudukan');
  await expect(page.getByLabel('Jabatan penanda tangan 2', { exact: true })).toHaveValue('Kepala Dinas Kependudukan dan Pencatatan Sipil');
  await expect(page.getByLabel('NIP penanda tangan 2', { exact: true })).toHaveValue(/^\d{8} \d{6} \d \d{3}$/);
  await expect(page.getByLabel('Pangkat/golongan penanda tangan 2', { exact: true })).toHaveValue(/, IV\/[a-e]$/);
  await pickFromMasterData(page, 'Pilih penanda tangan 3 dari data pegawai', 'kepala badan pendapatan');
  await page.getByLabel('Jabatan penanda tangan 4', { exact: true }).fill('Kepala Perwakilan Ombudsman RI Provinsi Banten');
  await page.getByLabel('Nama penanda tangan 4', { exact: true }).fill('Dr. Bambang Rekaan Santoso, S.H., M.H.');
  await pickFromMasterData(page, 'Pilih saksi 1 dari data pegawai', 'inspektur');
  await expect(page.getByLabel('Nama saksi 1', { exact: true })).toHaveValue('Drs. Bambang Fiktif Hartono, M.Si.');
  await page.getByLabel('Jabatan saksi 2', { exact: true }).fill('Ketua DPRD Kabupaten Serang');
  await page.getByLabel('Nama saksi 2', { exact: true }).fill('Hj. Nurul Percontohan Aini, S.Sos.');

  // The list open: grouped by unit, accessible, and no horizontal scroll at 1366×768.
  await page.getByRole('combobox', { name: 'Pilih saksi 2 dari data pegawai' }).fill('kepala');
  const list = page.getByRole('listbox', { name: /saksi 2/i });
  await expect(list.getByRole('group').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('pencanangan-pilih-pegawai.png') });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.getByRole('combobox', { name: 'Pilih saksi 2 dari data pegawai' }).press('Escape');
  await expect(list).toBeHidden();
  await expect(page.getByLabel('Nama saksi 2', { exact: true })).toHaveValue('Hj. Nurul Percontohan Aini, S.Sos.');

  await page.getByRole('button', { name: 'Simpan pencanangan' }).click();
  const row = page.getByRole('table', { name: 'Daftar pencanangan' }).getByRole('row').filter({ hasText: 'Kabupaten Serang Tahun 2022' });
  await expect(row).toContainText('Serang, Kamis, 23 Juni 2022');
  const popup = page.waitForEvent('popup');
  await row.getByRole('button', { name: /Buat PDF/ }).click();
  const tab = await popup;
  const response = await page.request.get(new URL(tab.url(), page.url()).toString());
  expect(response.headers()['content-type']).toBe('application/pdf');
  const bytes = new Uint8Array(await response.body());
  await tab.close();

  const settings = await api.settings.get(undefined);
  const pages = await readPdfLayout(bytes);
  const first = pages[0]?.lines.map((line) => line.text) ?? [];
  expect(first[0]).toBe(settings.pemerintahDaerah.toUpperCase());
  expect(first.join(' ')).not.toContain(settings.namaInspektorat.toUpperCase());
  expect(first).toContain('Pencanangan Pembangunan Zona Integritas Kabupaten Serang Tahun 2022');
  const text = pages.flatMap((page) => page.lines.map((line) => line.text)).join(' ').replace(/\s+/g, ' ');
  // The signatories' grid reads column by column on each line, so the jabatan's lines interleave.
  expect(text).toMatch(/Kepala Dinas .*Kependudukan dan .*Pencatatan Sipil/);
  expect(text).toContain('Drs. Bambang Fiktif Hartono, M.Si.');
  expect(text).toContain('NIP. 19700518 200503 1 005');
  const declarationText = renderDeclarationText(PIAGAM_PENCANANGAN_V1, { instansi: settings.pemerintahDaerah, tempat: 'Serang', tanggal: '2022-06-23' });
  expect(await checkPdfLayout(bytes, piagamLayoutRules(declarationText, settings.alamat))).toEqual([]);
});
