import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createBackupService, type BackupService } from '../../../../../electron/services/backups';
import { createStorage, type DocumentSpec, type Storage } from '../../../../../electron/services/storage';

const notesSchema = z.object({ items: z.array(z.string()) });
type Notes = z.infer<typeof notesSchema>;

/** A document at schema 2 whose version 1 called its list `list`. */
const notesSpec = (name: string): DocumentSpec<Notes> => ({
  name,
  schema: notesSchema,
  version: 2,
  migrations: [{ from: 1, migrate: (data) => ({ items: (data as { list: string[] }).list }) }],
  empty: () => ({ items: [] }),
});

const dirs: string[] = [];
const open: Storage[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((storage) => storage.close().catch(() => undefined)));
  await Promise.all(dirs.splice(0).map((dir) => fsp.rm(dir, { recursive: true, force: true })));
});

/** Storage and backups wired as `createServices` wires them. */
async function start(dataDir: string): Promise<{ storage: Storage; backups: BackupService }> {
  let beforeMigration = (): Promise<void> => Promise.resolve();
  const storage = await createStorage({ dataDir, beforeMigration: () => beforeMigration() });
  open.push(storage);
  const backups = await createBackupService({ storage, version: 'test', now: () => new Date() });
  beforeMigration = () => backups.beforeMigration();
  return { storage, backups };
}

async function writeDoc(dataDir: string, name: string, schemaVersion: number, data: unknown): Promise<void> {
  const file = path.join(dataDir, `${name}.json`);
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await fsp.writeFile(file, JSON.stringify({ schemaVersion, data }));
}

describe('before-migration snapshot', () => {
  it('is taken once per start, before the first document on disk is migrated, holding the old files', async () => {
    const dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'zi-desk-migration-'));
    dirs.push(dataDir);
    await writeDoc(dataDir, 'notes', 1, { list: ['Rapat evaluasi Zona Integritas'] });
    await writeDoc(dataDir, 'worksheets/notes-2022', 1, { list: ['LKE 2022'] });

    const first = await start(dataDir);
    expect((await first.storage.open(notesSpec('notes'))).data).toEqual({ items: ['Rapat evaluasi Zona Integritas'] });
    expect((await first.storage.open(notesSpec('worksheets/notes-2022'))).data).toEqual({ items: ['LKE 2022'] });
    const { snapshots } = await first.backups.overview();
    expect(snapshots.map((s) => s.kind)).toEqual(['before-migration']);
    const kept = path.join(dataDir, 'backups', 'snapshots', snapshots[0]?.id ?? '', 'data');
    // Both documents as they were before any migration ran.
    expect(JSON.parse(await fsp.readFile(path.join(kept, 'notes.json'), 'utf8'))).toMatchObject({ schemaVersion: 1 });
    expect(JSON.parse(await fsp.readFile(path.join(kept, 'worksheets', 'notes-2022.json'), 'utf8'))).toMatchObject({ schemaVersion: 1 });
    // Storage's own per-document copy is still made.
    expect((await fsp.readdir(path.join(dataDir, 'backups'))).some((name) => /^notes\.v1-\d{14}\.json$/.test(name))).toBe(true);
    await first.storage.close();

    // Next start: the files are at the current version, nothing to migrate, no new snapshot.
    const second = await start(dataDir);
    expect((await second.storage.open(notesSpec('notes'))).data.items).toHaveLength(1);
    expect((await second.backups.overview()).snapshots.map((s) => s.kind)).toEqual(['before-migration']);
  });

  it('is not taken when no document needs a migration', async () => {
    const dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'zi-desk-migration-'));
    dirs.push(dataDir);
    await writeDoc(dataDir, 'notes', 2, { items: [] });
    const { storage, backups } = await start(dataDir);
    await storage.open(notesSpec('notes'));
    await storage.open(notesSpec('fresh'));
    expect((await backups.overview()).snapshots).toEqual([]);
  });
});
