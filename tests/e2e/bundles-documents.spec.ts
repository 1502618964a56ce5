import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { freshDataDir, startHost } from './host';
import { PledgesPage } from './pages/PledgesPage';
import { seedClient } from './support/api';
import { seedPledgeUnit } from './support/pledgeUnit';

// Laptop A (the test's own host) prints a pakta; laptop B (a second web host on a data folder of its
// own) receives it in a bundle and sees it in its registry as issued by A, read-only.
test.use({ viewport: { width: 1366, height: 768 }, bypassCSP: true });

const LOAD = { timeout: 20_000 };

async function openScreen(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kirim & Terima dari Rekan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kirim & Terima dari Rekan' })).toBeVisible(LOAD);
}

async function noHorizontalScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a pakta printed on laptop A travels in a bundle and is listed on laptop B as issued by A', async ({ page, api, browser }, testInfo) => {
  test.setTimeout(120_000);
  const usb = await fsp.mkdtemp(path.join(os.tmpdir(), 'zi-desk-pakta-rekan-'));
  const b = await freshDataDir();
  const hostB = await startHost(b.dir);
  const contextB = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
  const pageB = await contextB.newPage();
  try {
    const apiB = seedClient(hostB);
    await api.app.setUserName({ name: 'Ketua Tim Rahmat Fiktif' });
    await apiB.app.setUserName({ name: 'Anggota Sari Fiktif' });
    const { unit, rina } = await seedPledgeUnit(api, 'Rekan');
    const printed = await api.pledges.print({ signer: { source: 'roster', personId: rina.id }, year: 2022, date: '2022-06-23', witness: null, signature: { kind: 'basah' } });
    await api.pledges.markSigned({ id: printed.pledge.id, date: '2022-06-24' });
    await page.reload();
    await pageB.goto(hostB.launchUrl);

    // A sends data induk with "Pakta & piagam" of 2022 (no worksheets).
    await openScreen(page);
    await page.getByLabel('Tahun evaluasi').fill('2022');
    await page.getByRole('checkbox', { name: /^Lembar kerja/ }).uncheck();
    await expect(page.getByRole('checkbox', { name: /^Pakta & piagam/ })).toBeChecked();
    await page.getByLabel('Folder tujuan').fill(usb);
    await page.getByRole('button', { name: 'Kirim ke rekan' }).click();
    const done = page.getByRole('status').filter({ hasText: /^Selesai: / });
    await expect(done).toContainText('1 pakta, 0 piagam', LOAD);
    const file = path.join(usb, (await fsp.readdir(usb)).find((name) => name.endsWith('.zidesk')) ?? '');

    // B previews: the pakta is listed under "Pakta & piagam", as issued on A.
    await openScreen(pageB);
    await pageB.getByLabel('Berkas dari rekan (.zidesk)').fill(file);
    await pageB.getByRole('button', { name: 'Periksa berkas' }).click();
    await expect(pageB.getByRole('heading', { level: 3, name: 'Pakta & piagam' })).toBeVisible(LOAD);
    const table = pageB.getByRole('table', { name: 'Pakta dan piagam dari rekan' });
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table).toContainText(`Pakta Integritas 2022 — ${rina.nama}`);
    await expect(table).toContainText('Ditandatangani basah');
    await expect(pageB.getByText(/^Diterbitkan di Ketua Tim Rahmat Fiktif; disimpan terpisah/)).toBeVisible();
    await noHorizontalScroll(pageB);
    expect(await seriousViolations(pageB)).toEqual([]);
    await pageB.screenshot({ path: testInfo.outputPath('rekan-pakta-pratinjau.png'), fullPage: true });
    await pageB.getByRole('button', { name: 'Percayai pengirim ini' }).click();
    await expect(pageB.getByText('Pengirim ini sudah Anda percayai.')).toBeVisible(LOAD);
    await pageB.getByRole('button', { name: 'Terapkan' }).click();
    await expect(pageB.getByText(/^Pakta & piagam: 1 pakta baru/)).toBeVisible(LOAD);

    // B's registry: Rina counts as signed, the pakta says where it was issued and has no actions here.
    const pakta = new PledgesPage(pageB);
    await pakta.goto('Pakta Integritas');
    await pakta.tab('Daftar & cakupan');
    await pageB.getByLabel('Unit kerja').selectOption({ label: unit.nama });
    await pageB.getByLabel('Tahun').fill('2022');
    const row = pageB.getByRole('table', { name: 'Daftar Pakta Integritas 2022' }).getByRole('row').filter({ has: pageB.getByRole('rowheader', { name: new RegExp(rina.nama) }) });
    await expect(row).toContainText('Diterbitkan di: Ketua Tim Rahmat Fiktif', LOAD);
    await expect(row).toContainText(printed.pledge.code);
    await expect(row).toContainText('Dikelola di Ketua Tim Rahmat Fiktif');
    await expect(row.getByRole('button')).toHaveCount(0);
    await expect(pageB.getByText('1 dari 1 pegawai aktif sudah menandatangani.')).toBeVisible();
    await noHorizontalScroll(pageB);
    expect(await seriousViolations(pageB)).toEqual([]);
    await pageB.screenshot({ path: testInfo.outputPath('rekan-pakta-daftar.png'), fullPage: true });
    expect((await apiB.bundles.stateHash({ years: [2022], unitIds: [] })).hash).toBe((await api.bundles.stateHash({ years: [2022], unitIds: [] })).hash);
  } finally {
    await contextB.close();
    await hostB.stop();
    await b.cleanup();
    await fsp.rm(usb, { recursive: true, force: true });
  }
});
