import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './fixtures';
import { PledgesPage } from './pages/PledgesPage';
import { seedPledgeUnit } from './support/pledgeUnit';

test.use({ viewport: { width: 1366, height: 768 } });

const run = promisify(execFile);

/** The images (not their soft masks) of a PDF, as `pdfimages -list` lists them. */
async function imageCount(bytes: Buffer): Promise<number> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'zi-e2e-witness-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    await writeFile(file, bytes);
    const { stdout } = await run('pdfimages', ['-list', file]);
    return stdout.split('\n').filter((line) => /^\s*\d+\s+\d+\s+image\s/.test(line)).length;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test.describe('Pakta: saksi ikut menggambar tanda tangan', () => {
  test('penanda tangan dan saksi menggambar, PDF berisi dua tanda tangan, verifikasi menampilkan keduanya', async ({ page, api }) => {
    const { rina } = await seedPledgeUnit(api, 'Saksi');
    const pakta = new PledgesPage(page);
    await pakta.shell.enterUserName('Dewi Penguji Fiktif');
    await pakta.goto('Pakta Integritas');
    await pakta.pickPerson(rina.nama);
    // The unit head is filled in as the witness; the witness's pad is optional and starts empty.
    await expect(page.getByLabel('Cetak blok “Menyaksikan” untuk atasan')).toBeChecked();
    await page.getByLabel('Tahun pakta').fill('2022');
    await page.getByLabel('Tanggal', { exact: true }).fill('2022-06-23');
    await expect(pakta.canvas('witness')).toHaveAttribute('data-empty', 'true');

    await pakta.drawSignature();
    await pakta.drawSignature('witness');
    // Cleared from the keyboard, then drawn again.
    const clearWitness = page.getByRole('button', { name: 'Hapus tanda tangan saksi' });
    await clearWitness.focus();
    await page.keyboard.press('Enter');
    await expect(pakta.canvas('witness')).toHaveAttribute('data-empty', 'true');
    await expect(pakta.canvas()).toHaveAttribute('data-empty', 'false');
    await pakta.drawSignature('witness');
    await page.screenshot({ path: test.info().outputPath('pakta-saksi-ttd.png'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Buat & cetak' }).click();
    const tab = await popup;
    await expect(page.getByRole('heading', { name: 'Pakta Integritas dibuat' })).toBeVisible();
    const code = (await page.locator('.pakta-code').textContent()) ?? '';
    const response = await page.request.get(new URL(tab.url(), page.url()).toString());
    expect(response.headers()['content-type']).toBe('application/pdf');
    // The signer's and the witness's signature (the seeded institution has no logo).
    expect(await imageCount(await response.body())).toBe(2);
    await tab.close();

    await pakta.goto('Verifikasi dokumen');
    await page.getByLabel('Kode verifikasi').fill(code);
    await page.getByRole('button', { name: 'Periksa kode' }).click();
    await expect(page.getByRole('img', { name: `Tanda tangan tersimpan ${rina.nama}` })).toBeVisible();
    await expect(page.getByRole('img', { name: 'Tanda tangan saksi tersimpan' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('verifikasi-saksi.png'), fullPage: true });
  });
});
