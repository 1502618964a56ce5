import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { readArchive } from '../../../../../electron/services/backups';
import { expectFail, expectOk, folderSnapshot, personInput, prepareDataDir, unitInput, useHarness } from '../../handlers/harness';

const harness = useHarness();

/** A real archive of a small data folder, exported once for the file. */
let source: { dir: string; remove(): Promise<void> };
let archive: Uint8Array;

beforeAll(async () => {
  let file = '';
  source = await prepareDataDir(async (dispatch) => {
    const unit = await dispatch('units:create', unitInput());
    if (!unit.ok) throw new Error(unit.error.message);
    await dispatch('people:create', personInput((unit.value as { id: string }).id));
    const started = await dispatch('backups:exportArchive', { destination: path.join(os.tmpdir(), `zi-desk-archive-test-${process.pid}`) });
    if (!started.ok) throw new Error(started.error.message);
    for (;;) {
      const status = await dispatch('backups:exportStatus', started.value);
      if (!status.ok) throw new Error(status.error.message);
      const value = status.value as { state: string; result: { file: string } | null; error: string | null };
      if (value.state === 'failed') throw new Error(value.error ?? '');
      if (value.state === 'done') {
        file = value.result?.file ?? '';
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  archive = new Uint8Array(await fsp.readFile(file));
  await fsp.rm(path.dirname(file), { recursive: true, force: true });
});

afterAll(async () => {
  await source.remove();
});


/** The archive's entries, to build altered copies. */
function entries(): Record<string, Uint8Array> {
  return unzipSync(archive);
}

function manifestOf(files: Record<string, Uint8Array>): { format: number; files: { path: string; size: number; sha256: string }[] } {
  return JSON.parse(new TextDecoder().decode(files['manifest.json'])) as never;
}

const encode = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

/** Writes `bytes` as an archive file and asks a fresh data folder (with one unit) to preview it. */
async function refusal(bytes: Uint8Array, code: 'INVALID_INPUT' | 'NOT_FOUND' = 'INVALID_INPUT'): Promise<string> {
  const h = await harness.open();
  expectOk(await h.call('units:create', unitInput({ nama: 'Dinas Kesehatan', singkatan: 'Dinkes' })));
  await h.services.backups.idle();
  const file = path.join(await harness.tempDir(), 'cadangan.zip');
  await fsp.writeFile(file, bytes);
  const before = await folderSnapshot(h.dataDir);
  const error = expectFail(await h.call('backups:previewArchive', { path: file }), code);
  // Nothing restored, nothing left behind (no staging folder either).
  expect(await folderSnapshot(h.dataDir)).toEqual(before);
  expect((await fsp.readdir(path.join(h.dataDir, 'backups', 'snapshots'))).filter((name) => name.startsWith('.'))).toEqual([]);
  expectFail(await h.call('backups:restore', { importId: 'imp-0000000000000000' }), 'NOT_FOUND');
  return error.message;
}

describe('bad archives are refused with a clear message and nothing is restored', () => {
  it('the untouched archive is accepted (the cases below fail for their own reason)', async () => {
    const file = path.join(await harness.tempDir(), 'ok.zip');
    await fsp.writeFile(file, archive);
    const written: string[] = [];
    const manifest = await readArchive(file, async (rel) => {
      written.push(rel);
    });
    expect(manifest.counts).toMatchObject({ units: 1, people: 1 });
    expect(written).toContain('data/master.json');
    expect(written).toHaveLength(manifest.files.length);
  });

  it('a file that is not a zip', async () => {
    expect(await refusal(new TextEncoder().encode('{"schemaVersion":1,"data":{}}'))).toMatch(/bukan arsip ZIP/);
  });

  it('a truncated archive', async () => {
    expect(await refusal(archive.subarray(0, Math.floor(archive.byteLength / 2)))).toMatch(/tidak utuh.*terpotong/);
    expect(await refusal(archive.subarray(0, archive.byteLength - 10))).toMatch(/tidak utuh/);
  });

  it('an archive whose checksum fails', async () => {
    const files = entries();
    const master = new TextDecoder().decode(files['data/master.json']);
    files['data/master.json'] = new TextEncoder().encode(master.replace('Dinas', 'Dinaz'));
    expect(await refusal(zipSync(files))).toMatch(/checksum SHA-256/);
  });

  it('an archive from a newer version of ZI Desk', async () => {
    const files = entries();
    files['manifest.json'] = encode({ ...manifestOf(files), format: 2, appVersion: '9.0.0' });
    expect(await refusal(zipSync(files))).toMatch(/ZI Desk yang lebih baru \(versi 9\.0\.0\).*Perbarui ZI Desk/);
  });

  it.each(['../evil.json', 'data/../../evil.json', '/etc/evil.json', 'data\\..\\evil.json', 'C:/evil.json'])('an entry named %j (path traversal)', async (name) => {
    const files: Zippable = { ...entries(), [name]: new TextEncoder().encode('{}') };
    expect(await refusal(zipSync(files))).toMatch(/nama berkas yang tidak aman|tidak sesuai dengan catatannya/);
  });

  it('a zip bomb: an entry declaring far more than it holds', async () => {
    const files = entries();
    files['data/worksheets/bom.json'] = new Uint8Array(4 * 1024 * 1024);
    const bytes = zipSync(files, { level: 9 });
    // Declare 3.5 GB uncompressed in the central directory entry of the bomb.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = new TextEncoder().encode('data/worksheets/bom.json');
    for (let at = 0; at < bytes.byteLength - 46; at += 1) {
      if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== name.length) continue;
      if (new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + name.length)) !== 'data/worksheets/bom.json') continue;
      view.setUint32(at + 24, 3_500_000_000, true);
    }
    expect(await refusal(bytes)).toMatch(/bom ZIP|melebihi batas/);
  });

  it('a zip bomb by total size, checked before anything is inflated', async () => {
    const file = path.join(await harness.tempDir(), 'besar.zip');
    await fsp.writeFile(file, zipSync({ ...entries(), 'data/a.json': new Uint8Array(300_000), 'data/b.json': new Uint8Array(300_000) }));
    let inflated = 0;
    await expect(
      readArchive(file, async () => {
        inflated += 1;
      }, { maxArchiveBytes: 10_000_000, maxTotalBytes: 500_000, maxEntries: 1000, maxRatio: 1100 }),
    ).rejects.toThrow(/melebihi batas/);
    expect(inflated).toBe(0);
  });

  it('an archive with a file its manifest does not list, or missing one', async () => {
    const extra = { ...entries(), 'data/extra.json': encode({ schemaVersion: 1, data: {} }) };
    expect(await refusal(zipSync(extra))).toMatch(/tidak sesuai dengan catatannya/);
    const missing = entries();
    delete missing['data/master.json'];
    expect(await refusal(zipSync(missing))).toMatch(/tidak sesuai dengan catatannya/);
  });

  it('a zip without a manifest, and a missing file', async () => {
    expect(await refusal(zipSync({ 'master.json': encode({ schemaVersion: 1, data: {} }) }))).toMatch(/manifest\.json/);
    const h = await harness.open();
    expect(expectFail(await h.call('backups:previewArchive', { path: path.join(h.dataDir, 'tidak-ada.zip') }), 'NOT_FOUND').message).toMatch(/tidak ditemukan/);
  });
});
