import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { SettingsPage } from './pages/SettingsPage';

const run = promisify(execFile);
test.use({ viewport: { width: 1366, height: 768 } });

/** An office certificate as a .p12 (fictional; made by OpenSSL). */
async function officePkcs12(passphrase: string): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'zi-e2e-p12-'));
  try {
    const file = (name: string) => path.join(dir, name);
    await run('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', file('k.pem'), '-out', file('c.pem'), '-subj', '/CN=Sertifikat Uji Inspektorat Kabupaten Serang/O=Pemerintah Kabupaten Serang', '-days', '60']);
    await run('openssl', ['pkcs12', '-export', '-inkey', file('k.pem'), '-in', file('c.pem'), '-passout', `pass:${passphrase}`, '-out', file('kantor.p12')]);
    return { name: 'kantor.p12', mimeType: 'application/x-pkcs12', buffer: await readFile(file('kantor.p12')) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('settings show the certificate that signs documents, import an office certificate, and rotate the key', async ({ page }) => {
  const shell = new AppShell(page);
  const settings = new SettingsPage(page);
  await shell.enterUserName('Siti Penguji Fiktif');
  await shell.goto('Pengaturan instansi');
  const panel = page.getByRole('region', { name: 'Tanda tangan digital dokumen' });
  await expect(panel).toContainText('Sertifikat instalasi ZI Desk ini');
  await expect(panel).toContainText('CN=ZI Desk – ');
  await expect(panel).toContainText('EC P-256');
  await expect(panel.locator('.certificate-fingerprint')).toHaveText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  const ownFingerprint = await panel.locator('.certificate-fingerprint').textContent();

  const p12 = await officePkcs12('Sandi-Kantor-2026');
  await panel.getByLabel('Berkas sertifikat (.p12 / .pfx)').setInputFiles(p12);
  await settings.field('Kata sandi sertifikat').fill('sandi-yang-salah');
  await panel.getByRole('button', { name: 'Impor sertifikat' }).click();
  await expect(panel.getByRole('alert')).toContainText('Kata sandi sertifikat salah');
  await expect(panel.locator('.certificate-fingerprint')).toHaveText(ownFingerprint ?? '');

  await settings.field('Kata sandi sertifikat').fill('Sandi-Kantor-2026');
  await panel.getByRole('button', { name: 'Impor sertifikat' }).click();
  await expect(shell.toast(/Dokumen kini ditandatangani dengan sertifikat Sertifikat Uji Inspektorat Kabupaten Serang/)).toBeVisible();
  await expect(panel).toContainText('Sertifikat kantor (diimpor)');
  await expect(panel).toContainText('1 disimpan agar dokumen lama tetap dapat diperiksa');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('pengaturan-sertifikat.png'), fullPage: true });

  await panel.getByRole('button', { name: 'Ganti kunci' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ganti kunci tanda tangan?' });
  await dialog.getByRole('button', { name: 'Ganti kunci' }).click();
  await expect(shell.toast('Kunci dan sertifikat baru dibuat. Dokumen dan kode lama tetap dapat diperiksa.')).toBeVisible();
  await expect(panel).toContainText('Sertifikat instalasi ZI Desk ini');
  await expect(panel).toContainText('2 disimpan agar dokumen lama tetap dapat diperiksa');
  await expect(panel.locator('.certificate-fingerprint')).not.toHaveText(ownFingerprint ?? '');
});
