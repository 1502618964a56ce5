import { execFile } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createGeneratedDocumentStore } from '../../../../../electron/services/documents';
import { createBlobStore } from '../../../../../electron/services/files';
import { createStorage } from '../../../../../electron/services/storage';
import { faultyOps } from '../files/faults';
import { readJson, sheetSpec, treeOf, useTempDirs } from './helpers';

/**
 * Fault tests of the storage layer as a user meets them: a folder that turns read-only (a USB
 * stick's write-protect switch, a permission change) and a full disk. Each write fails with a
 * clear Indonesian message, leaves every stored file as it was, and works again once the cause
 * is gone.
 */

const temp = useTempDirs();
const run = promisify(execFile);

/** Makes a folder unwritable even for root (immutable flag), or by its mode for other users. */
async function readOnly(dir: string): Promise<{ restore(): Promise<void> }> {
  if (process.getuid?.() === 0) {
    await run('chattr', ['+i', dir]);
    return { restore: async () => void (await run('chattr', ['-i', dir])) };
  }
  await fsp.chmod(dir, 0o555);
  return { restore: () => fsp.chmod(dir, 0o755) };
}

describe('a read-only folder, then writable again', () => {
  it('refuses the write with a clear message, keeps what was stored, and saves once the folder is writable', async () => {
    const dataDir = await temp.dir();
    const storage = temp.track(await createStorage({ dataDir }));
    const sheet = await storage.open(sheetSpec());
    await sheet.update((draft) => {
      draft.items.push({ id: '1.a', answer: 'ya', note: 'tersimpan' });
    });
    const folder = path.join(dataDir, 'worksheets');
    const before = await fsp.readFile(path.join(folder, 'unit-a-2022.json'), 'utf8');

    const lock = await readOnly(folder);
    let failure: unknown;
    try {
      failure = await sheet
        .update((draft) => {
          draft.items.push({ id: '1.b', answer: 'tidak', note: 'belum tersimpan' });
        })
        .catch((error: unknown) => error);
    } finally {
      await lock.restore();
    }
    expect(failure).toMatchObject({ code: 'STORAGE_ERROR', message: expect.stringMatching(/^Akses ke berkas data ditolak sehingga gagal menyimpan data \(unit-a-2022\.json\)\..*izin tulis/) as unknown });
    expect(sheet.data.items.map((item) => item.id)).toEqual(['1.a']);
    expect(await fsp.readFile(path.join(folder, 'unit-a-2022.json'), 'utf8')).toBe(before);
    expect((await fsp.readdir(folder)).filter((name) => name.includes('.tmp-'))).toEqual([]);

    await sheet.update((draft) => {
      draft.items.push({ id: '1.b', answer: 'tidak', note: 'sekarang tersimpan' });
    });
    await storage.close();
    const reopened = temp.track(await createStorage({ dataDir }));
    expect((await reopened.open(sheetSpec())).data.items.map((item) => item.note)).toEqual(['tersimpan', 'sekarang tersimpan']);
    expect(reopened.notices()).toEqual([]);
  }, 30_000);
});

describe('a full disk', () => {
  it('refuses a document write with a clear message and keeps the previous file; saves once space is freed', async () => {
    const dataDir = await temp.dir();
    let full = false;
    const { ops } = faultyOps((op) => (full && op !== 'unlink' ? 'ENOSPC' : undefined));
    const storage = temp.track(await createStorage({ dataDir, fileOps: ops }));
    const sheet = await storage.open(sheetSpec());
    await sheet.update((draft) => {
      draft.unitId = 'sebelum';
    });
    const file = path.join(dataDir, 'worksheets', 'unit-a-2022.json');
    const tree = await treeOf(dataDir);

    full = true;
    const failure: unknown = await sheet
      .update((draft) => {
        draft.unitId = 'sesudah';
      })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({
      code: 'STORAGE_ERROR',
      message: 'Ruang disk penuh sehingga gagal menyimpan data (unit-a-2022.json). Kosongkan sebagian ruang disk lalu coba lagi.',
    });
    expect(sheet.data.unitId).toBe('sebelum');
    expect(await readJson(file)).toMatchObject({ data: { unitId: 'sebelum' } });
    expect(await treeOf(dataDir)).toEqual(tree);

    full = false;
    await sheet.update((draft) => {
      draft.unitId = 'sesudah';
    });
    expect(await readJson(file)).toMatchObject({ data: { unitId: 'sesudah' } });
  });

  it('keeps the previous file when the disk fills between writing the temp file and renaming it', async () => {
    const dataDir = await temp.dir();
    let full = false;
    const { ops } = faultyOps((op, target) => (full && op === 'rename' && target.includes('.tmp-') ? 'ENOSPC' : undefined));
    const storage = temp.track(await createStorage({ dataDir, fileOps: ops }));
    const sheet = await storage.open(sheetSpec());
    await sheet.update((draft) => {
      draft.unitId = 'sebelum';
    });
    full = true;
    await expect(sheet.update((draft) => void (draft.unitId = 'sesudah'))).rejects.toMatchObject({ message: expect.stringMatching(/^Ruang disk penuh/) as unknown });
    // The previous content was moved to `.bak` before the failed rename: it is put back.
    expect(await readJson(path.join(dataDir, 'worksheets', 'unit-a-2022.json'))).toMatchObject({ data: { unitId: 'sebelum' } });
    await storage.close();
    const reopened = temp.track(await createStorage({ dataDir }));
    expect((await reopened.open(sheetSpec())).data.unitId).toBe('sebelum');
    expect(reopened.notices()).toEqual([]);
  });

  it('leaves no generated PDF or blob under a final name when the disk is full', async () => {
    const dataDir = await temp.dir();
    const { ops } = faultyOps((op, target) => (op === 'open' && !target.endsWith('.lock') ? 'ENOSPC' : undefined));
    const documents = createGeneratedDocumentStore(dataDir, { ops });
    const bytes = new TextEncoder().encode('%PDF-1.7\n');
    await expect(
      documents.write({ kind: 'pakta-batch', title: 'Batch', fileName: 'batch.pdf', pages: 1, sourceIds: [], bytes, files: [{ fileName: '198503122010012004_Fiktif.pdf', bytes }] }),
    ).rejects.toMatchObject({ code: 'STORAGE_ERROR', message: expect.stringMatching(/^Ruang disk penuh/) as unknown });
    await expect(createBlobStore(dataDir, { ops }).put(bytes)).rejects.toMatchObject({ message: expect.stringMatching(/^Ruang disk penuh/) as unknown });
    expect(await treeOf(dataDir)).toEqual([]);
  });
});
