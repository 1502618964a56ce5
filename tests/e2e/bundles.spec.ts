import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from '@playwright/test';
import { expect, test, type Page } from './fixtures';
import { freshDataDir, startHost, type RunningHost } from './host';
import { seedClient, type SeedClient } from './support/api';
import { TEMPLATE_ID } from './support/evaluations';

// Two laptops: the test's own host (A, Ketua Tim) and a second web host on a data folder of its
// own (B, anggota), each in its own browser page. Bundles go both ways through the screen.
test.use({ viewport: { width: 1366, height: 768 }, bypassCSP: true });

const YEAR = 2022;
const ITEM = 'A.I.1.i.a';
const SHEETS = { bapenda: `demo-bapenda-${YEAR}`, dpmptsp: `demo-dpmptsp-${YEAR}`, disdukcapil: `demo-disdukcapil-${YEAR}` };
const LOAD = { timeout: 20_000 };

function answer(value: 'Ya' | 'Tidak', note: string) {
  return [{ code: ITEM, answer: { type: 'YA_TIDAK' as const, value }, note }];
}

async function openScreen(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kirim & Terima dari Rekan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kirim & Terima dari Rekan' })).toBeVisible(LOAD);
}

/** Sends the 2022 selection into `folder` through the screen and answers the file written. */
async function send(page: Page, folder: string, masterOnly = false): Promise<string> {
  const before = new Set(await fsp.readdir(folder));
  await page.getByLabel('Tahun evaluasi').fill(String(YEAR));
  const worksheets = page.getByRole('checkbox', { name: /^Lembar kerja/ });
  if (masterOnly) await worksheets.uncheck();
  else await worksheets.check();
  await page.getByLabel('Folder tujuan').fill(folder);
  await page.getByRole('button', { name: 'Kirim ke rekan' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Selesai: / })).toContainText('.zidesk', LOAD);
  const written = (await fsp.readdir(folder)).filter((name) => name.endsWith('.zidesk') && !before.has(name));
  expect(written).toHaveLength(1);
  const file = path.join(folder, written[0] ?? '');
  await expect(page.getByRole('status').filter({ hasText: /^Selesai: / })).toContainText(written[0] ?? '');
  return file;
}

async function check(page: Page, file: string): Promise<void> {
  await page.getByLabel('Berkas dari rekan (.zidesk)').fill(file);
  await page.getByRole('button', { name: 'Periksa berkas' }).click();
}

/** Both screens opened afresh; A sends its master data (data induk only, every unit) and B opens the file. */
async function masterFromAToB(page: Page, pageB: Page, hostB: RunningHost, usb: string): Promise<void> {
  await page.reload();
  await pageB.goto(hostB.launchUrl);
  await openScreen(page);
  const master = await send(page, usb, true);
  await openScreen(pageB);
  await check(pageB, master);
}

/** Trusts the sender when the preview asks, then applies and answers the state hash shown. */
async function trustAndApply(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Percayai pengirim ini' }).click();
  await expect(page.getByText('Pengirim ini sudah Anda percayai.')).toBeVisible();
  await page.getByRole('button', { name: 'Terapkan' }).click();
  const hash = page.getByTestId('kode-keadaan');
  await expect(hash).toHaveText(/^[0-9a-f]{16,}$/, LOAD);
  return (await hash.textContent()) ?? '';
}

/** Laptop B: a second web host on a data folder of its own, its page, a seeding client, and a folder standing for the USB stick. */
async function laptopB(browser: Browser): Promise<{ usb: string; hostB: RunningHost; pageB: Page; apiB: SeedClient; close: () => Promise<void> }> {
  const usb = await fsp.mkdtemp(path.join(os.tmpdir(), 'zi-desk-rekan-'));
  const b = await freshDataDir();
  const hostB = await startHost(b.dir);
  const contextB = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
  const pageB = await contextB.newPage();
  const close = async (): Promise<void> => {
    await contextB.close();
    await hostB.stop();
    await b.cleanup();
    await fsp.rm(usb, { recursive: true, force: true });
  };
  return { usb, hostB, pageB, apiB: seedClient(hostB), close };
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function noHorizontalScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

test('two laptops exchange bundles through the screen, resolve one conflict and end with the same state hash', async ({ page, api, browser }, testInfo) => {
  test.setTimeout(120_000);
  const { usb, hostB, pageB, apiB, close } = await laptopB(browser);
  try {
    // Laptop A (Ketua Tim) holds the master data and the worksheets of 2022.
    await api.app.setUserName({ name: 'Ketua Tim Rahmat Fiktif' });
    await api.demo.load({});
    for (const unitId of ['demo-bapenda', 'demo-dpmptsp', 'demo-disdukcapil']) await api.worksheets.create({ unitId, year: YEAR, templateId: TEMPLATE_ID });
    await apiB.app.setUserName({ name: 'Anggota Sari Fiktif' });

    // First A → B: all master data (a bundle of data induk only, every unit), then the worksheets of 2022.
    await masterFromAToB(page, pageB, hostB, usb);
    await expect(pageB.getByRole('status', { name: 'Pengirim belum dipercayai' })).toBeVisible(LOAD);
    await trustAndApply(pageB);
    await expect(pageB.getByText(/^0 LKE baru/)).toBeVisible();
    await check(pageB, await send(page, usb));
    await expect(pageB.getByText('Pengirim ini sudah Anda percayai.')).toBeVisible(LOAD);
    await pageB.getByRole('button', { name: 'Terapkan' }).click();
    await expect(pageB.getByText(/^3 LKE baru/)).toBeVisible(LOAD);

    // A evaluates Bapenda, B DPMPTSP; both answer the same Disdukcapil item differently.
    await api.worksheets.saveAnswers({ id: SHEETS.bapenda, layer: 'tpi', changes: answer('Ya', 'Dokumen SK tim lengkap') });
    await apiB.worksheets.saveAnswers({ id: SHEETS.dpmptsp, layer: 'tpi', changes: answer('Tidak', 'SK belum ditandatangani') });
    await api.worksheets.saveAnswers({ id: SHEETS.disdukcapil, layer: 'tpi', changes: answer('Ya', 'menurut Ketua Tim') });
    await apiB.worksheets.saveAnswers({ id: SHEETS.disdukcapil, layer: 'tpi', changes: answer('Tidak', 'menurut Anggota') });

    // A → B: one new answer (Bapenda) and one conflict (Disdukcapil), nothing else.
    const fromA = await send(page, usb);
    await check(pageB, fromA);
    await expect(pageB.getByRole('status').filter({ hasText: 'data baru' })).toHaveText(/^1 data baru, 0 perubahan, 1 konflik, \d+ tidak berubah\.$/, LOAD);
    await expect(pageB.getByText('Pengirim ini sudah Anda percayai.')).toBeVisible();
    const tables = pageB.getByRole('table', { name: /^Perubahan / });
    await expect(tables).toHaveCount(2);
    const bapenda = pageB.getByRole('table', { name: /^Perubahan LKE .*Pendapatan Daerah/ });
    await expect(bapenda.getByRole('row')).toHaveCount(2);
    await expect(bapenda).toContainText('Baru');
    const conflict = pageB.getByRole('table', { name: /^Perubahan LKE .*Kependudukan/ }).getByRole('row').nth(1);
    await expect(conflict).toContainText('Konflik');
    await expect(conflict).toContainText('menurut Anggota');
    await expect(conflict).toContainText('Anggota Sari Fiktif');
    await expect(conflict).toContainText('menurut Ketua Tim');
    await expect(conflict).toContainText('Ketua Tim Rahmat Fiktif');
    await expect(pageB.getByRole('button', { name: 'Terapkan' })).toBeDisabled();
    await noHorizontalScroll(pageB);
    expect(await seriousViolations(pageB)).toEqual([]);
    await pageB.screenshot({ path: testInfo.outputPath('rekan-pratinjau.png'), fullPage: true });
    // The anggota keeps the Ketua Tim's answer for that item (keyboard: focus the choice, arrow to "Milik rekan").
    await conflict.getByRole('radio', { name: 'Milik saya' }).check();
    await conflict.getByRole('radio', { name: 'Milik saya' }).press('ArrowRight');
    await expect(conflict.getByRole('radio', { name: 'Milik rekan' })).toBeChecked();
    await pageB.getByRole('button', { name: 'Terapkan' }).click();
    await expect(pageB.getByTestId('kode-keadaan')).toBeVisible(LOAD);
    await expect(pageB.getByText(/2 LKE diperbarui/)).toBeVisible();

    // B → A: only B's own change comes back (B chose A's value for the conflict).
    const fromB = await send(pageB, usb);
    await check(page, fromB);
    await expect(page.getByRole('status').filter({ hasText: 'data baru' })).toHaveText(/^1 data baru, 0 perubahan, 0 konflik, \d+ tidak berubah\.$/, LOAD);
    await expect(page.getByRole('table', { name: /^Perubahan / })).toHaveCount(1);
    await expect(page.getByRole('table', { name: /^Perubahan LKE .*Penanaman Modal/ })).toContainText('SK belum ditandatangani');
    const hashA = await trustAndApply(page);
    const shownB = await pageB.getByTestId('kode-keadaan').textContent();
    expect(hashA).toBe(shownB);
    expect((await api.bundles.stateHash({ years: [YEAR], unitIds: [] })).hash).toBe((await apiB.bundles.stateHash({ years: [YEAR], unitIds: [] })).hash);
    await page.screenshot({ path: testInfo.outputPath('rekan-hasil.png'), fullPage: true });

    // A bundle with one byte changed is refused with the reason on screen.
    const bytes = await fsp.readFile(fromB);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
    const tampered = path.join(usb, 'diubah.zidesk');
    await fsp.writeFile(tampered, bytes);
    await check(page, tampered);
    await expect(page.getByRole('alert').filter({ hasText: /Tidak ada data yang diubah|Minta pengirim/ })).toBeVisible(LOAD);
    await expect(page.getByRole('button', { name: 'Terapkan' })).toHaveCount(0);
  } finally {
    await close();
  }
});

test('a unit created on both laptops under two ids is flagged as maybe the same unit before anything is applied', async ({ page, api, browser }, testInfo) => {
  test.setTimeout(90_000);
  const { usb, hostB, pageB, apiB, close } = await laptopB(browser);
  const unit = { singkatan: 'Disdukcapil', jenis: 'DINAS_BADAN_KANTOR' as const, kepalaNama: 'Drs. Contoh Kepala Fiktif', kepalaNip: '', kepalaJabatan: 'Kepala Dinas', afirmasi: false, alamat: '' };
  try {
    await api.app.setUserName({ name: 'Ketua Tim Rahmat Fiktif' });
    await apiB.app.setUserName({ name: 'Anggota Sari Fiktif' });
    await api.units.create({ ...unit, nama: 'Dinas Kependudukan dan Pencatatan Sipil' });
    await apiB.units.create({ ...unit, nama: 'Dinas Kependudukan & Pencatatan Sipil' });
    await masterFromAToB(page, pageB, hostB, usb);
    const warning = pageB.getByRole('status', { name: 'Mungkin unit yang sama' });
    await expect(warning).toBeVisible(LOAD);
    await expect(warning).toContainText('"Dinas Kependudukan dan Pencatatan Sipil" dari laptop rekan bernama sama atau hampir sama dengan "Dinas Kependudukan & Pencatatan Sipil"');
    await expect(warning).toContainText('tidak ada yang digabung otomatis');
    await noHorizontalScroll(pageB);
    expect(await seriousViolations(pageB)).toEqual([]);
    await pageB.screenshot({ path: testInfo.outputPath('rekan-unit-sama.png'), fullPage: true });
  } finally {
    await close();
  }
});
