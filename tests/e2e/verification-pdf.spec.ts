import { toBuffer } from 'qrcode';
import { expect, test, type Page } from './fixtures';
import { PledgesPage } from './pages/PledgesPage';
import { makeSignaturePng } from '../unit/electron/services/pdf/fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

async function fetchPdf(page: Page, documentId: string): Promise<Buffer> {
  const response = await page.request.get(new URL(`/documents/${documentId}`, page.url()).toString());
  expect(response.status()).toBe(200);
  return response.body();
}

async function dropPdf(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByLabel('Pilih berkas PDF atau gambar').setInputFiles({ name, mimeType: 'application/pdf', buffer });
}

/** A second PDF carrying only the genuine pledge's code and record (its Info entries), unsigned. */
function metadataCopy(genuine: Buffer): Buffer {
  const text = genuine.toString('latin1');
  const payload = /ZID1\.[A-Za-z0-9_.-]+/.exec(text)?.[0] ?? '';
  expect(payload).not.toBe('');
  return Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Title (Laporan lain) /Keywords (${payload}) >>\nendobj\ntrailer << /Info 1 0 R >>\n%%EOF\n`, 'latin1');
}

test('a dropped pledge PDF: signature, record and signature image shown; a metadata copy is not valid; a revoked pledge is Dicabut', async ({ page, api }) => {
  await api.demo.load({});
  const sari = (await api.people.list({ unitId: 'demo-bapenda' }))[0];
  if (!sari) throw new Error('demo data without people');
  const pledge = await api.pledges.create({
    signer: { source: 'roster', personId: sari.id },
    year: 2025,
    date: '2025-02-10',
    witness: null,
    signature: { kind: 'digital', pngBase64: Buffer.from(makeSignaturePng(3)).toString('base64') },
  });
  const printed = await api.pledges.pdf({ id: pledge.id });
  const pakta = new PledgesPage(page);
  await pakta.shell.enterUserName('Dewi Penguji Fiktif');
  const genuine = await fetchPdf(page, printed.documentId);

  await pakta.goto('Verifikasi dokumen');
  await expect(page.getByLabel('Kode verifikasi')).toHaveAttribute('placeholder', /^ZI-[0-9A-F]{8}-[0-9A-F]{8}-[0-9A-F]{8}$/);
  await dropPdf(page, 'pakta.pdf', genuine);
  const valid = page.getByRole('region', { name: /Sah dan sudah ditandatangani/ });
  await expect(valid).toBeVisible();
  const signature = valid.getByRole('definition').filter({ hasText: /CN=ZI Desk/ });
  await expect(signature).toContainText('sertifikat instalasi ini');
  await expect(valid).toContainText('Utuh: mencakup seluruh berkas');
  await expect(valid.locator('.verify-fingerprint')).toHaveText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  await expect(valid.getByRole('table', { name: 'Data dokumen' })).toContainText(sari.nama);
  const image = valid.getByRole('img', { name: `Tanda tangan tersimpan ${sari.nama}` });
  await expect(image).toBeVisible();
  expect(await image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('verifikasi-pdf.png'), fullPage: true });

  await dropPdf(page, 'salinan.pdf', metadataCopy(genuine));
  const forged = page.getByRole('region', { name: /Tidak dikenal/ });
  await expect(forged).toContainText('Tidak sah: berkas PDF ini tidak ditandatangani');

  // A photo or scan of the paper: the QR is read from the image.
  const payload = /ZID1\.[A-Za-z0-9_.-]+/.exec(genuine.toString('latin1'))?.[0] ?? '';
  const scan = await toBuffer(payload, { type: 'png', margin: 4, scale: 5 });
  await page.getByLabel('Pilih berkas PDF atau gambar').setInputFiles({ name: 'foto-pakta.png', mimeType: 'image/png', buffer: scan });
  const fromPhoto = page.getByRole('region', { name: /Sah dan sudah ditandatangani/ });
  await expect(fromPhoto.getByRole('table', { name: 'Data dokumen' })).toContainText(sari.nama);
  await expect(fromPhoto).not.toContainText('Tanda tangan PDF');

  await api.pledges.revoke({ id: pledge.id, reason: 'Jabatan salah tulis' });
  await dropPdf(page, 'pakta-lagi.pdf', genuine);
  const revoked = page.getByRole('region', { name: /Dicabut/ });
  await expect(revoked).toContainText('Jabatan salah tulis');
  await expect(revoked).toContainText('DICABUT');
});
