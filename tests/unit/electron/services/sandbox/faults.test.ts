import { describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../../../../electron/services/sandbox';
import { MAX_ZIP_ENTRIES } from '../../../../../shared/limits';
import { INSTITUTION, expectFail, expectOk, folderSnapshot, personInput, unitInput, useHarness, type Harness } from '../../handlers/harness';
import { HEADER, csvText, row, xlsxBytes } from '../roster/fixtures';
import { createWorksheet } from '../worksheets/helpers';
import { deflateBomb, jpegDeclaring, manyEmptyEntries, pngWithData, xlsxWithSheet, zlibBomb } from './zipFixtures';

/**
 * Hostile files sent through the channels, as an attacker or an unlucky user would: each is
 * refused with its Indonesian message, nothing in the data folder changes, and the main process's
 * memory stays under a ceiling (the sandbox thread's own heap is capped by its resourceLimits).
 */

const harness = useHarness();
const MB = 1024 * 1024;
/** Main-process growth allowed around one refused file: far below what any of these bombs inflates to. */
const HEAP_CEILING = 64 * MB;
const RSS_CEILING = 400 * MB;

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

/** Runs `send` and checks the refusal, the untouched folder and the memory ceiling. */
async function expectRefused(h: Harness, send: () => Promise<unknown>, code: 'TOO_LARGE' | 'UNSUPPORTED_FILE', message: RegExp): Promise<void> {
  const before = await folderSnapshot(h.dataDir);
  const memory = process.memoryUsage();
  const error = expectFail((await send()) as never, code);
  const after = process.memoryUsage();
  expect(error.message).toMatch(message);
  expect(after.heapUsed - memory.heapUsed).toBeLessThan(HEAP_CEILING);
  expect(after.rss - memory.rss).toBeLessThan(RSS_CEILING);
  expect(await folderSnapshot(h.dataDir)).toEqual(before);
}

async function withUnit(h: Harness): Promise<{ unitId: string; personId: string }> {
  expectOk(await h.call('settings:save', INSTITUTION));
  const unit = expectOk(await h.call('units:create', unitInput({ nama: 'Badan Pendapatan Daerah', singkatan: 'Bapenda' })));
  const person = expectOk(await h.call('people:create', personInput(unit.id, { nama: 'Rina Contoh Fiktif', nip: '19850312 201001 2 004' })));
  return { unitId: unit.id, personId: person.id };
}

const BOMB = /^Berkas terlalu besar atau rusak: .*Tidak ada data yang disimpan/;

describe('hostile spreadsheets', () => {
  it('refuses a 1.2 MB .xlsx zip bomb sent to the roster import', async () => {
    const h = await harness.open();
    await withUnit(h);
    const bomb = xlsxWithSheet(await xlsxBytes([HEADER, row(1)]), { name: '', data: deflateBomb(1200), size: 1200 * MB });
    expect(bomb.length).toBeGreaterThan(1.1 * MB);
    expect(bomb.length).toBeLessThan(2 * MB);
    await expectRefused(h, () => h.raw('people:importPreview', { fileName: 'pegawai.xlsx', dataBase64: b64(bomb) }), 'TOO_LARGE', BOMB);
  });

  it('refuses the same bomb in the LKE Excel import, and one whose directory lies about its size', async () => {
    const h = await harness.open();
    const { unitId } = await withUnit(h);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    const exported = Buffer.from(expectOk(await h.call('exchange:exportWorksheet', { id: worksheet.id })).dataBase64, 'base64');
    const bomb = xlsxWithSheet(new Uint8Array(exported), { name: '', data: deflateBomb(1200), size: 1200 * MB });
    await expectRefused(h, () => h.raw('exchange:importPreview', { id: worksheet.id, fileName: 'lke.xlsx', dataBase64: b64(bomb) }), 'TOO_LARGE', BOMB);
    const liar = xlsxWithSheet(new Uint8Array(exported), { name: '', data: deflateBomb(1200), size: 200_000 });
    await expectRefused(h, () => h.raw('exchange:importPreview', { id: worksheet.id, fileName: 'lke.xlsx', dataBase64: b64(liar) }), 'TOO_LARGE', /lebih banyak data daripada yang dinyatakan/);
  });

  it('refuses an .xlsx that is really a zip of 200,000 empty files', async () => {
    const h = await harness.open();
    await withUnit(h);
    const many = manyEmptyEntries(200_000);
    expect(many.length).toBeLessThan(10 * MB);
    await expectRefused(h, () => h.raw('people:importPreview', { fileName: 'pegawai.xlsx', dataBase64: b64(many) }), 'TOO_LARGE', new RegExp(`200\\.000 berkas di dalamnya \\(paling banyak ${MAX_ZIP_ENTRIES / 1000}\\.000\\)`));
  });

  it('reads a UTF-16 CSV roster with its byte-order mark', async () => {
    const h = await harness.open();
    await withUnit(h);
    const text = csvText([HEADER, row(1, { nama: 'Siti Aisyah Fiktif', unit: 'Bapenda' })]);
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const preview = expectOk(await h.call('people:importPreview', { fileName: 'pegawai.csv', dataBase64: bytes.toString('base64') }));
    expect(preview.fileErrors).toEqual([]);
    expect(preview.rows.map((r) => [r.nama, r.status])).toEqual([['Siti Aisyah Fiktif', 'valid']]);
  });
});

describe('hostile images', () => {
  it('refuses a PNG declaring 16 × 16 pixels with 1 GiB of compressed data, as a signature and as a logo', async () => {
    const h = await harness.open();
    const { personId } = await withUnit(h);
    const bomb = pngWithData(16, 16, zlibBomb(1024));
    expect(bomb.length).toBeLessThan(1.1 * MB);
    const pledge = { signer: { source: 'roster', personId }, year: 2022, date: '2022-06-23', witness: null };
    await expectRefused(h, () => h.raw('pledges:create', { ...pledge, signature: { kind: 'digital', pngBase64: b64(bomb) } }), 'UNSUPPORTED_FILE', /^Gambar PNG tanda tangan rusak/);
    // A logo may be at most 1 MB: the same bomb with 0.9 GiB.
    const logo = pngWithData(16, 16, zlibBomb(900));
    await expectRefused(h, () => h.raw('settings:setLogo', { fileName: 'logo.png', dataBase64: b64(logo) }), 'UNSUPPORTED_FILE', /^Logo PNG rusak atau isinya tidak sesuai dengan ukurannya/);
  });

  it('refuses a PNG declaring 20,000 × 20,000 pixels before decoding it', async () => {
    const h = await harness.open();
    const { personId } = await withUnit(h);
    const huge = pngWithData(20_000, 20_000, zlibBomb(1));
    const pledge = { signer: { source: 'roster', personId }, year: 2022, date: '2022-06-23', witness: null };
    await expectRefused(h, () => h.raw('pledges:create', { ...pledge, signature: { kind: 'digital', pngBase64: b64(huge) } }), 'TOO_LARGE', /^Tanda tangan terlalu besar \(20000 × 20000 piksel\)/);
    await expectRefused(h, () => h.raw('settings:setLogo', { fileName: 'logo.png', dataBase64: b64(huge) }), 'UNSUPPORTED_FILE', /^Ukuran logo 20000 × 20000 piksel tidak didukung/);
  });

  it('refuses a JPEG with a bogus frame header, as a logo and as a signature scan', async () => {
    const h = await harness.open();
    const { personId } = await withUnit(h);
    const bogus = jpegDeclaring(200, 100, 3, 200);
    await expectRefused(h, () => h.raw('settings:setLogo', { fileName: 'logo.jpg', dataBase64: b64(bogus) }), 'UNSUPPORTED_FILE', /^Logo JPEG rusak/);
    const pledge = { signer: { source: 'roster', personId }, year: 2022, date: '2022-06-23', witness: null };
    await expectRefused(h, () => h.raw('pledges:create', { ...pledge, signature: { kind: 'scan', fileName: 'ttd.jpg', dataBase64: b64(bogus) } }), 'UNSUPPORTED_FILE', /^Tanda tangan JPEG rusak/);
  });
});

describe('a hostile PDF dropped for verification', () => {
  it('reads 176 KB of "/Keywords" fragments in one pass and finds no code, writing nothing', async () => {
    const h = await harness.open();
    const hostile = Buffer.from(`%PDF-1.4\n${'/Keywords 1 0 R '.repeat(11_000)}${'/Keywords('.repeat(2_000)}\n%%EOF`, 'latin1');
    expect(hostile.length).toBeGreaterThan(176_000);
    // The installation's signing key is created on the first verification, whatever is verified.
    expectOk(await h.call('verification:verify', { code: 'ZI-00000000-00000000' }));
    const before = await folderSnapshot(h.dataDir);
    const view = expectOk(await h.call('verification:verify', { pdfBase64: hostile.toString('base64') }));
    expect(view).toMatchObject({ valid: false, reason: 'NO_CODE' });
    expect(await folderSnapshot(h.dataDir)).toEqual(before);
  });
});

describe('a sandbox thread stopped for time or memory', () => {
  async function withSandbox(sandbox: Sandbox, test: (h: Harness) => Promise<void>): Promise<void> {
    try {
      await test(await harness.open(undefined, { sandbox }));
    } finally {
      await sandbox.close();
    }
  }

  it('answers "Berkas terlalu besar atau rusak" with the time limit, and saves nothing', async () => {
    await withSandbox(createSandbox({ limits: { timeLimitMs: 1 } }), async (h) => {
      await withUnit(h);
      const roster = await xlsxBytes([HEADER, ...Array.from({ length: 2000 }, (_, i) => row(i + 1, { unit: 'Bapenda' }))]);
      await expectRefused(h, () => h.raw('people:importPreview', { fileName: 'pegawai.xlsx', dataBase64: b64(roster) }), 'TOO_LARGE', /^Berkas terlalu besar atau rusak: .*batas waktu/);
    });
  });

  it('answers "Berkas terlalu besar atau rusak" with the memory limit, and saves nothing', async () => {
    await withSandbox(createSandbox({ limits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 } }), async (h) => {
      await withUnit(h);
      const roster = await xlsxBytes([HEADER, ...Array.from({ length: 5000 }, (_, i) => row(i + 1, { unit: 'Bapenda', nama: `Pegawai ${i} `.repeat(60), jabatan: `Analis Kebijakan ${i} `.repeat(60) }))]);
      await expectRefused(h, () => h.raw('people:importPreview', { fileName: 'pegawai.xlsx', dataBase64: b64(roster) }), 'TOO_LARGE', /^Berkas terlalu besar atau rusak: .*batas memori/);
    });
  });
});
