import { expect, test, type Page } from './fixtures';
import { PledgesPage } from './pages/PledgesPage';
import type { SeedClient } from './support/api';
import { seedPledgeUnit } from './support/pledgeUnit';

test.use({ viewport: { width: 1366, height: 768 } });

/** An institution, one unit with a head, and two PNS employees; the user's name entered. */
async function seed(page: Page, api: SeedClient) {
  const { unit, rina } = await seedPledgeUnit(api, 'Registri');
  const budi = await api.people.create({ nama: 'Budi Registri Fiktif', jenisAsn: 'PNS', nip: '19860415 201101 1 003', golongan: 'III/b', jabatan: 'Pengadministrasi', unitId: unit.id });
  const pakta = new PledgesPage(page);
  await pakta.shell.enterUserName('Dewi Penguji Fiktif');
  return { pakta, unit, rina, budi };
}

async function openRegistry(page: Page, pakta: PledgesPage, unitName: string): Promise<void> {
  await pakta.goto('Pakta Integritas');
  await pakta.tab('Daftar & cakupan');
  await page.getByLabel('Unit kerja').selectOption({ label: unitName });
  await page.getByLabel('Tahun').fill('2022');
}

function registryRow(page: Page, name: string) {
  return page.getByRole('table', { name: 'Daftar Pakta Integritas 2022' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) });
}

test.describe('Daftar pakta: cabut, diganti, buat dari daftar', () => {
  test('cabut pakta: alasan wajib dengan pesan di samping kolom, lalu baris tetap tampil sebagai "Dicabut"', async ({ page, api }) => {
    const { pakta, unit, rina } = await seed(page, api);
    const pledge = await api.pledges.create({ signer: { source: 'roster', personId: rina.id }, year: 2022, date: '2022-06-23', witness: null, signature: { kind: 'basah' } });
    await openRegistry(page, pakta, unit.nama);
    const row = registryRow(page, rina.nama);
    await expect(row.getByText('Menunggu tanda tangan')).toBeVisible();

    await row.getByRole('button', { name: `Cabut pakta ${rina.nama}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Cabut pakta?' });
    await expect(dialog).toBeVisible();
    // Laid out like every form dialog: no empty error box before a submit.
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Cabut pakta' }).click();
    const reason = dialog.getByLabel('Alasan pencabutan');
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    const message = dialog.getByText('Tuliskan alasan pencabutan (minimal 5 karakter).');
    await expect(message).toBeVisible();
    // The message sits under the field, inside the dialog and left-aligned with it (not off to the side).
    const [fieldBox, messageBox, dialogBox] = await Promise.all([reason.boundingBox(), message.boundingBox(), dialog.boundingBox()]);
    if (!fieldBox || !messageBox || !dialogBox) throw new Error('dialog not laid out');
    expect(messageBox.y).toBeGreaterThan(fieldBox.y);
    expect(Math.abs(messageBox.x - fieldBox.x)).toBeLessThan(24);
    expect(messageBox.x + messageBox.width).toBeLessThanOrEqual(dialogBox.x + dialogBox.width);
    expect(await dialog.evaluate((element) => getComputedStyle(element.querySelector('p') ?? element).whiteSpace)).toBe('normal');
    await page.screenshot({ path: test.info().outputPath('pakta-cabut.png') });

    await reason.fill('Pegawai pindah tugas sebelum pencanangan');
    await dialog.getByRole('button', { name: 'Cabut pakta' }).click();
    await expect(dialog).toBeHidden();
    await expect(row.getByText('Dicabut', { exact: true })).toBeVisible();
    await expect(row).toContainText('Pegawai pindah tugas sebelum pencanangan');
    await expect(row).toContainText(pledge.code);
    await expect(row).not.toContainText('Belum ada pakta');
    const revoked = page.getByRole('table', { name: 'Pakta dicabut dan diganti 2022' });
    await expect(revoked.getByRole('row').filter({ hasText: rina.nama })).toContainText('Dicabut');
    await expect(page.getByTestId('cakupan-persen')).toHaveText('0,00%');

    // A new pledge for the same person replaces the revoked one: "Diganti" with the new code.
    const renewed = await api.pledges.create({ signer: { source: 'roster', personId: rina.id }, year: 2022, date: '2022-06-24', witness: null, signature: { kind: 'basah' } });
    await page.getByLabel('Tahun').fill('2021');
    await page.getByLabel('Tahun').fill('2022');
    await expect(row.getByText('Menunggu tanda tangan')).toBeVisible();
    await expect(row).toContainText(`menggantikan ${pledge.code}`);
    await expect(revoked.getByRole('row').filter({ hasText: rina.nama })).toContainText(`Diganti`);
    await expect(revoked.getByRole('row').filter({ hasText: rina.nama })).toContainText(renewed.code);
    await page.screenshot({ path: test.info().outputPath('pakta-daftar-dicabut.png'), fullPage: true });
  });

  test('"Buat pakta <nama>" dari daftar membuka formulir dengan pegawai dan tahun terpilih', async ({ page, api }) => {
    const { pakta, unit, budi } = await seed(page, api);
    await openRegistry(page, pakta, unit.nama);
    await registryRow(page, budi.nama).getByRole('link', { name: `Buat pakta ${budi.nama}` }).click();
    await expect(page.getByRole('button', { name: 'Ganti pegawai' })).toBeVisible();
    await expect(page.locator('.pakta-person-name')).toHaveText(budi.nama);
    await expect(page.getByLabel('Tahun pakta')).toHaveValue('2022');
    await expect(page.getByLabel('Nama saksi')).toHaveValue('Drs. Kepala Registri Fiktif');

    await page.getByLabel('Tanda tangan basah').check();
    await page.getByLabel('Tanggal', { exact: true }).fill('2022-06-23');
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Buat & cetak' }).click();
    await (await popup).close();
    await expect(page.getByRole('heading', { name: 'Pakta Integritas dibuat' })).toBeVisible();
    await expect(page.getByText(`Pakta ${budi.nama} tahun 2022 tersimpan`)).toBeVisible();
  });
});

test.describe('Templat pakta: urutan butir dan pratinjau', () => {
  test('butir dipindah dengan papan ketik, disisipkan di tengah, teks bertambah tinggi, pratinjau mengikuti', async ({ page, api }) => {
    const { pakta } = await seed(page, api);
    await pakta.goto('Pakta Integritas');
    await pakta.tab('Templat');
    // The picker shows the whole template name.
    const picker = page.getByLabel('Templat', { exact: true });
    const room = await picker.evaluate((select: HTMLSelectElement) => {
      const style = getComputedStyle(select);
      const context = document.createElement('canvas').getContext('2d');
      if (!context) throw new Error('no canvas');
      context.font = style.font;
      const text = context.measureText(select.selectedOptions[0]?.text ?? '').width;
      return select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - text;
    });
    expect(room).toBeGreaterThanOrEqual(0);
    const preview = page.getByRole('article', { name: 'Pratinjau teks pakta' });
    await expect(preview).toContainText('PAKTA INTEGRITAS');
    await expect(preview).toContainText('Pemerintah Kabupaten Serang');
    await expect(preview.getByRole('listitem')).toHaveCount(7);
    const first = await page.getByLabel('Butir 1', { exact: true }).inputValue();
    const second = await page.getByLabel('Butir 2', { exact: true }).inputValue();

    // Keyboard: focus "Turunkan butir 1" and press Enter; focus follows the moved point.
    await page.getByRole('button', { name: 'Turunkan butir 1' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Butir 1', { exact: true })).toHaveValue(second);
    await expect(page.getByLabel('Butir 2', { exact: true })).toHaveValue(first);
    await expect(page.getByRole('button', { name: 'Turunkan butir 2' })).toBeFocused();
    await expect(preview.getByRole('listitem').nth(1)).toHaveText(first);

    await page.getByRole('button', { name: 'Sisipkan butir setelah butir 2' }).click();
    const inserted = page.getByLabel('Butir 3', { exact: true });
    await expect(inserted).toBeFocused();
    await expect(inserted).toHaveValue('');
    const before = (await inserted.boundingBox())?.height ?? 0;
    await page.keyboard.type(`Butir sisipan uji tahun {tahun}. ${'Kalimat panjang untuk menguji tinggi kotak teks. '.repeat(6)}`);
    const after = (await inserted.boundingBox())?.height ?? 0;
    expect(after).toBeGreaterThan(before);
    await expect(preview.getByRole('listitem')).toHaveCount(8);
    await expect(preview.getByRole('listitem').nth(2)).toContainText(`Butir sisipan uji tahun ${new Date().getFullYear()}.`);
    await page.screenshot({ path: test.info().outputPath('pakta-templat-urutan.png'), fullPage: true });

    await page.getByRole('button', { name: 'Simpan sebagai versi 2' }).click();
    await expect(page.getByText('Versi 2 dipakai untuk pakta baru')).toBeVisible();
    const saved = (await api.pledgeTemplates.list(undefined)).find((template) => template.id === 'pakta-asn' && template.newest);
    expect(saved?.points.slice(0, 3)).toEqual([second, first, expect.stringMatching(/^Butir sisipan uji tahun \{tahun\}\./)]);
  });
});

test.describe('Pindaian tanda tangan', () => {
  test('pindaian JPEG dibersihkan dan dipratinjau sebelum dicetak', async ({ page, api }) => {
    const { pakta, rina } = await seed(page, api);
    await pakta.goto('Pakta Integritas');
    await pakta.pickPerson(rina.nama);
    await page.getByLabel('Unggah pindaian').check();
    // A 600 × 300 JPEG "scan": grey paper with one dark stroke in the middle.
    const jpeg = await page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 600;
      canvas.height = 300;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no canvas');
      context.fillStyle = '#f4f1ea';
      context.fillRect(0, 0, 600, 300);
      context.strokeStyle = '#102060';
      context.lineWidth = 8;
      context.beginPath();
      context.moveTo(200, 170);
      context.bezierCurveTo(250, 100, 320, 220, 400, 130);
      context.stroke();
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.92));
      if (!blob) throw new Error('no jpeg');
      return Array.from(new Uint8Array(await blob.arrayBuffer()));
    });
    await page.getByLabel('Berkas pindaian tanda tangan (PNG atau JPEG)').setInputFiles({ name: 'ttd.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(jpeg) });
    const preview = page.getByRole('img', { name: 'Pratinjau tanda tangan yang akan dicetak' });
    await expect(preview).toBeVisible();
    // Trimmed to the ink plus a margin: narrower and lower than the 600 × 300 scan, with transparent paper.
    const size = await preview.evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const context = canvas.getContext('2d');
      context?.drawImage(img, 0, 0);
      const corner = context?.getImageData(0, 0, 1, 1).data[3] ?? 255;
      return { width: img.naturalWidth, height: img.naturalHeight, cornerAlpha: corner };
    });
    expect(size.width).toBeGreaterThan(150);
    expect(size.width).toBeLessThan(600);
    expect(size.height).toBeLessThan(300);
    expect(size.cornerAlpha).toBe(0);

    await page.getByLabel('Tahun pakta').fill('2022');
    await page.getByLabel('Tanggal', { exact: true }).fill('2022-06-23');
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Buat & cetak' }).click();
    await (await popup).close();
    await expect(page.getByRole('heading', { name: 'Pakta Integritas dibuat' })).toBeVisible();
  });
});
