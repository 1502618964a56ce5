import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFail, expectOk, folderSnapshot, personInput, TINY_PNG_BASE64, unitInput, useHarness, type Harness } from '../../handlers/harness';

const harness = useHarness();

async function seeded(): Promise<{ h: Harness; unitId: string }> {
  const h = await harness.open();
  const unit = expectOk(await h.call('units:create', unitInput({ nama: 'Dinas Komunikasi dan Informatika' })));
  expectOk(await h.call('people:create', personInput(unit.id)));
  expectOk(await h.call('settings:setLogo', { fileName: 'logo.png', dataBase64: TINY_PNG_BASE64 }));
  await h.services.backups.idle();
  return { h, unitId: unit.id };
}

async function unitNames(h: Harness): Promise<string[]> {
  return expectOk(await h.call('units:list', {})).map((unit) => unit.nama);
}

/** The data folder's own files: what a restore may change (snapshots are the backups themselves). */
async function dataFiles(dataDir: string): Promise<Map<string, string>> {
  const all = await folderSnapshot(dataDir);
  for (const key of [...all.keys()]) if (key.startsWith('backups/') || key.startsWith('cache/')) all.delete(key);
  return all;
}

async function exportTo(h: Harness, destination: string): Promise<string> {
  const { jobId } = expectOk(await h.call('backups:exportArchive', { destination }));
  for (;;) {
    const status = expectOk(await h.call('backups:exportStatus', { jobId }));
    if (status.state === 'failed') throw new Error(status.error ?? 'failed');
    if (status.state === 'done') {
      expect(status.result?.verified).toBe(true);
      return status.result?.file ?? '';
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('snapshots', () => {
  it('the first successful write of the day takes the daily snapshot, later writes do not', async () => {
    const { h, unitId } = await seeded();
    expectOk(await h.call('units:update', { id: unitId, data: unitInput({ nama: 'Dinas Kominfo' }) }));
    await h.services.backups.idle();
    const { snapshots } = expectOk(await h.call('backups:list', {}));
    expect(snapshots.map((s) => s.kind)).toEqual(['daily']);
    // Taken after the first write: it holds the unit.
    expect(snapshots[0]?.counts.units).toBe(1);
  });

  it("a write's answer does not wait for the day's snapshot, which closing the services still waits for", async () => {
    const h = await harness.open();
    const { backups } = h.services;
    const daily = backups.afterWrite.bind(backups);
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let snapshot: Promise<void> | null = null;
    // The day's snapshot is held back until the answer has arrived.
    backups.afterWrite = () => {
      snapshot ??= gate.then(daily);
      return snapshot;
    };
    const unit = expectOk(await h.call('units:create', unitInput({ nama: 'Dinas Komunikasi dan Informatika' })));
    expect(unit.nama).toBe('Dinas Komunikasi dan Informatika');
    expect(snapshot).not.toBeNull();
    release();
    await snapshot;
    await backups.idle();
    const { snapshots } = expectOk(await h.call('backups:list', {}));
    expect(snapshots.map((s) => s.kind)).toEqual(['daily']);
    expect(snapshots[0]?.counts.units).toBe(1);
  });

  it('"Buat cadangan sekarang" lists counts and sizes; documents and attachments are linked, not copied', async () => {
    const { h } = await seeded();
    const view = expectOk(await h.call('backups:create', {}));
    expect(view).toMatchObject({ kind: 'manual', appVersion: 'test', counts: { units: 1, people: 1, worksheets: 0, pledges: 0, declarations: 0, blobs: 1 } });
    expect(view.sizeBytes).toBeGreaterThan(0);
    const manifest = JSON.parse(await fsp.readFile(path.join(h.dataDir, 'backups', 'snapshots', view.id, 'manifest.json'), 'utf8')) as { files: { path: string; sha256: string }[] };
    const master = manifest.files.find((file) => file.path === 'data/master.json');
    expect(master?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const live = await fsp.stat(path.join(h.dataDir, 'master.json'));
    const copy = await fsp.stat(path.join(h.dataDir, 'backups', 'snapshots', view.id, 'data', 'master.json'));
    expect(copy.ino).toBe(live.ino);
    // A later write replaces the live file; the snapshot keeps its content.
    const before = await fsp.readFile(path.join(h.dataDir, 'backups', 'snapshots', view.id, 'data', 'master.json'), 'utf8');
    expectOk(await h.call('app:setUserName', { name: 'Penguji' }));
    expectOk(await h.call('units:create', unitInput({ nama: 'Dinas Kesehatan', singkatan: 'Dinkes' })));
    expect(await fsp.readFile(path.join(h.dataDir, 'backups', 'snapshots', view.id, 'data', 'master.json'), 'utf8')).toBe(before);
  });

  it('a snapshot waits for a write in progress and holds later ones until it is taken', async () => {
    const { h } = await seeded();
    const onDisk = async (): Promise<string> => fsp.readFile(path.join(h.dataDir, 'master.json'), 'utf8');
    const write = h.call('units:create', unitInput({ nama: 'Dinas Kesehatan', singkatan: 'Dinkes' }));
    // The update is queued (its fsync still running) before the exclusive section is asked for.
    await new Promise((resolve) => setImmediate(resolve));
    let later: Promise<unknown> = Promise.resolve();
    const seen = await h.services.storage.exclusive(async () => {
      const first = await onDisk();
      later = h.call('units:create', unitInput({ nama: 'Dinas Pendidikan', singkatan: 'Disdik' }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { first, last: await onDisk() };
    });
    expect(seen.first).toContain('Dinas Kesehatan');
    expect(seen.last).not.toContain('Dinas Pendidikan');
    expectOk(await write);
    await later;
    expect(await onDisk()).toContain('Dinas Pendidikan');
  });
});

describe('restore', () => {
  it('previews, restores, and "Batalkan pemulihan" puts the change back', async () => {
    const { h, unitId } = await seeded();
    const snapshot = expectOk(await h.call('backups:create', {}));
    expectOk(await h.call('units:update', { id: unitId, data: unitInput({ nama: 'Dinas Kominfo (diubah)' }) }));
    expectOk(await h.call('units:create', unitInput({ nama: 'Dinas Kesehatan', singkatan: 'Dinkes' })));

    const preview = expectOk(await h.call('backups:previewRestore', { snapshotId: snapshot.id }));
    expect(preview.changes.units).toEqual({ added: 0, removed: 1, changed: 1 });
    expect(preview.changes.people).toEqual({ added: 0, removed: 0, changed: 0 });
    expect(preview.keysChange).toBe(false);

    const result = expectOk(await h.call('backups:restore', { snapshotId: snapshot.id }));
    expect(await unitNames(h)).toEqual(['Dinas Komunikasi dan Informatika']);
    expect(result.lastRestore.restoredCreatedAt).toBe(snapshot.createdAt);
    const overview = expectOk(await h.call('backups:list', {}));
    expect(overview.lastRestore?.undoSnapshotId).toBe(result.lastRestore.undoSnapshotId);
    expect(overview.snapshots.find((s) => s.id === result.lastRestore.undoSnapshotId)?.kind).toBe('before-restore');
    // Retention is per kind: the restore's safety copy does not push out the day's daily snapshot.
    expect(overview.snapshots.map((s) => s.kind).sort()).toEqual(['before-restore', 'daily', 'manual']);

    // Writes after a restore land in the restored data and survive a restart.
    expectOk(await h.call('units:create', unitInput({ nama: 'Dinas Pendidikan', singkatan: 'Disdik' })));
    expectOk(await h.call('backups:undoRestore', {}));
    expect((await unitNames(h)).sort()).toEqual(['Dinas Kesehatan', 'Dinas Kominfo (diubah)']);
    expect(expectOk(await h.call('backups:list', {})).lastRestore).toBeNull();
    expectFail(await h.call('backups:undoRestore', {}), 'NOT_FOUND');

    await h.close();
    const again = await harness.open(h.dataDir);
    expect((await unitNames(again)).sort()).toEqual(['Dinas Kesehatan', 'Dinas Kominfo (diubah)']);
  });

  it('a document the backup does not have is emptied and stays empty after a restart', async () => {
    const h = await harness.open();
    expectOk(await h.call('app:setUserName', { name: 'Penguji' }));
    const snapshot = expectOk(await h.call('backups:create', {}));
    expectOk(await h.call('units:create', unitInput()));
    expectOk(await h.call('backups:restore', { snapshotId: snapshot.id }));
    expect(await unitNames(h)).toEqual([]);
    await h.close();
    const again = await harness.open(h.dataDir);
    expect(await unitNames(again)).toEqual([]);
    expect(expectOk(await again.call('app:status', {})).notices).toEqual([]);
  });

  it('a damaged snapshot is refused and nothing changes', async () => {
    const { h, unitId } = await seeded();
    const snapshot = expectOk(await h.call('backups:create', {}));
    expectOk(await h.call('units:update', { id: unitId, data: unitInput({ nama: 'Dinas Kominfo (diubah)' }) }));
    const copy = path.join(h.dataDir, 'backups', 'snapshots', snapshot.id, 'data', 'master.json');
    // Break the link first: the live file must stay intact.
    const text = await fsp.readFile(copy, 'utf8');
    await fsp.rm(copy);
    await fsp.writeFile(copy, text.replace('Komunikasi', 'Komunikasx'));
    const before = await dataFiles(h.dataDir);
    const error = expectFail(await h.call('backups:restore', { snapshotId: snapshot.id }), 'STORAGE_ERROR');
    expect(error.message).toMatch(/rusak.*data\/master\.json/);
    expect(await dataFiles(h.dataDir)).toEqual(before);
    expect(await unitNames(h)).toEqual(['Dinas Kominfo (diubah)']);
  });

  it('a restore that fails half-way puts every file back (all or nothing)', async () => {
    const { h, unitId } = await seeded();
    const snapshot = expectOk(await h.call('backups:create', {}));
    expectOk(await h.call('units:update', { id: unitId, data: unitInput({ nama: 'Dinas Kominfo (diubah)' }) }));
    // A snapshot whose master.json checks out but is from a newer app: reading it fails after the swap.
    const dir = path.join(h.dataDir, 'backups', 'snapshots', snapshot.id);
    const copy = path.join(dir, 'data', 'master.json');
    const text = (await fsp.readFile(copy, 'utf8')).replace(/"schemaVersion":\d+/, '"schemaVersion":99');
    await fsp.rm(copy);
    await fsp.writeFile(copy, text);
    const manifestFile = path.join(dir, 'manifest.json');
    const manifest = JSON.parse(await fsp.readFile(manifestFile, 'utf8')) as { files: { path: string; size: number; sha256: string }[] };
    const { createHash } = await import('node:crypto');
    for (const file of manifest.files) {
      if (file.path === 'data/master.json') Object.assign(file, { size: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex') });
    }
    await fsp.writeFile(manifestFile, JSON.stringify(manifest));
    const before = await dataFiles(h.dataDir);
    const error = expectFail(await h.call('backups:restore', { snapshotId: snapshot.id }), 'STORAGE_ERROR');
    expect(error.message).toMatch(/lebih baru/);
    expect(await dataFiles(h.dataDir)).toEqual(before);
    expect(await unitNames(h)).toEqual(['Dinas Kominfo (diubah)']);
    expectOk(await h.call('units:create', unitInput({ nama: 'Dinas Kesehatan', singkatan: 'Dinkes' })));
    expect(expectOk(await h.call('backups:list', {})).lastRestore).toBeNull();
  });
});

describe('archives', () => {
  it('exports a verified archive with progress and restores from it, with the same preview and undo', async () => {
    const { h, unitId } = await seeded();
    const out = await harness.tempDir();
    const file = await exportTo(h, path.join(out, 'usb'));
    expect(path.basename(file)).toMatch(/^ZI-Desk-cadangan-\d{8}-\d{9}\.zip$/);
    expect(await fsp.readdir(path.dirname(file))).toEqual([path.basename(file)]);

    expectOk(await h.call('units:update', { id: unitId, data: unitInput({ nama: 'Dinas Kominfo (diubah)' }) }));
    const preview = expectOk(await h.call('backups:previewArchive', { path: file }));
    expect(preview.source).toMatchObject({ type: 'archive', fileName: path.basename(file) });
    expect(preview.changes.units.changed).toBe(1);
    if (preview.source.type !== 'archive') throw new Error('archive expected');
    expectOk(await h.call('backups:restore', { importId: preview.source.importId }));
    expect(await unitNames(h)).toEqual(['Dinas Komunikasi dan Informatika']);
    expectOk(await h.call('backups:undoRestore', {}));
    expect(await unitNames(h)).toEqual(['Dinas Kominfo (diubah)']);
  });

  it('restores an archive into an empty data folder on another computer: data, attachments and keys', async () => {
    const { h } = await seeded();
    expectOk(await h.call('verification:exportPublicKey', {}));
    const file = await exportTo(h, await harness.tempDir());
    const fresh = await harness.open();
    const preview = expectOk(await fresh.call('backups:previewArchive', { path: file }));
    expect(preview.changes.units.added).toBe(1);
    if (preview.source.type !== 'archive') throw new Error('archive expected');
    const result = expectOk(await fresh.call('backups:restore', { importId: preview.source.importId }));
    expect(result.counts.blobs).toBe(1);
    expect(await unitNames(fresh)).toEqual(['Dinas Komunikasi dan Informatika']);
    expect(expectOk(await fresh.call('settings:get', {})).logoDataUrl).toMatch(/^data:image\/png/);
    expect((await fsp.readdir(path.join(fresh.dataDir, 'keys'))).length).toBeGreaterThan(0);
  });

  it('refuses a relative destination and reports an unwritable one as a failed job', async () => {
    const { h } = await seeded();
    expectFail(await h.call('backups:exportArchive', { destination: 'cadangan' }), 'INVALID_INPUT');
    const blocker = path.join(await harness.tempDir(), 'berkas');
    await fsp.writeFile(blocker, 'bukan folder');
    await expect(exportTo(h, path.join(blocker, 'sub'))).rejects.toThrow(/tidak dapat ditulis/);
  });
});
