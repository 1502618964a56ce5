import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStorage, DAILY_SNAPSHOTS_KEPT } from '../../../../../electron/services/storage';
import { envelopeText, readJson, sheetSpec, treeOf, useTempDirs, writeRaw } from './helpers';

const temp = useTempDirs();

const NAME = 'worksheets/unit-a-2022';
const at = (day: number, hour = 9) => () => new Date(2026, 10, day, hour, 30, 0);
const sheet = (unitId: string) => ({ unitId, items: [] });

function layout(dataDir: string) {
  const file = path.join(dataDir, 'worksheets', 'unit-a-2022.json');
  return { file, bak: `${file}.bak`, backups: path.join(dataDir, 'backups', 'worksheets') };
}

describe('damaged documents', () => {
  it('keeps a corrupt file, restores .bak and records a notice', async () => {
    const dataDir = await temp.dir();
    const { file, bak } = layout(dataDir);
    await writeRaw(file, '{"schemaVersion":1,"data":{"unitId":"tor'); // torn write
    await writeRaw(bak, envelopeText(1, sheet('from-bak')));

    const storage = temp.track(await createStorage({ dataDir, now: at(28) }));
    const doc = await storage.open(sheetSpec());

    expect(doc.data.unitId).toBe('from-bak');
    const corruptCopy = 'worksheets/unit-a-2022.json.corrupt-20261128093000';
    expect(await fsp.readFile(path.join(dataDir, corruptCopy), 'utf8')).toBe(
      '{"schemaVersion":1,"data":{"unitId":"tor',
    );
    expect(storage.notices()).toEqual([
      {
        document: NAME,
        kind: 'restored-backup',
        corruptCopy,
        restoredFrom: 'worksheets/unit-a-2022.json.bak',
        at: new Date(2026, 10, 28, 9, 30, 0).toISOString(),
        reason: storage.notices()[0]?.reason,
      },
    ]);
    expect(storage.notices()[0]?.reason).toMatch(
      /rusak \(isi berkas bukan JSON yang utuh\).*dipulihkan dari cadangan/,
    );
    // The restored data is the document again, valid on disk.
    expect(await readJson(file)).toMatchObject({ data: { unitId: 'from-bak' } });
    await storage.close();
    const again = temp.track(await createStorage({ dataDir, now: at(28) }));
    expect((await again.open(sheetSpec())).data.unitId).toBe('from-bak');
    expect(again.notices()).toEqual([]);
  });

  it('starts empty, keeps the corrupt file and says so when no backup is usable', async () => {
    const dataDir = await temp.dir();
    const { file } = layout(dataDir);
    await writeRaw(file, '\0\0\0\0'); // what power loss can leave on NTFS
    const storage = temp.track(await createStorage({ dataDir, now: at(28) }));
    const doc = await storage.open(sheetSpec());

    expect(doc.data).toEqual({ unitId: 'unit-a', items: [] });
    const [notice] = storage.notices();
    expect(notice).toMatchObject({
      document: NAME,
      kind: 'reset-empty',
      corruptCopy: 'worksheets/unit-a-2022.json.corrupt-20261128093000',
    });
    expect(notice?.reason).toMatch(/tidak ada cadangan yang dapat dipakai/);
    expect(notice?.restoredFrom).toBeUndefined();
    expect(await fsp.readFile(path.join(dataDir, notice?.corruptCopy ?? ''), 'utf8')).toBe('\0\0\0\0');
  });

  it('treats a schema violation as damage too', async () => {
    const dataDir = await temp.dir();
    const { file, bak } = layout(dataDir);
    await writeRaw(file, envelopeText(1, { unitId: 42, items: 'no' }));
    await writeRaw(bak, envelopeText(1, sheet('good')));
    const storage = temp.track(await createStorage({ dataDir, now: at(28) }));
    expect((await storage.open(sheetSpec())).data.unitId).toBe('good');
    expect(storage.notices()[0]?.reason).toMatch(/tidak sesuai skema/);
  });

  it('skips invalid backups and restores the newest valid one', async () => {
    const dataDir = await temp.dir();
    const { file, bak, backups } = layout(dataDir);
    await writeRaw(file, 'garbage');
    await writeRaw(bak, '{"also":"garbage"}');
    const older = path.join(backups, 'unit-a-2022.20261120.json');
    const newer = path.join(backups, 'unit-a-2022.20261125.json');
    const newestButBroken = path.join(backups, 'unit-a-2022.20261127.json');
    const otherDocument = path.join(backups, 'unit-a-2022.b.20261127.json');
    await writeRaw(older, envelopeText(1, sheet('older')));
    await writeRaw(newer, envelopeText(1, sheet('newer')));
    await writeRaw(newestButBroken, '{"schemaVersion":1');
    await writeRaw(otherDocument, envelopeText(1, sheet('not-mine')));
    const day = (d: number) => new Date(2026, 10, d);
    await fsp.utimes(older, day(20), day(20));
    await fsp.utimes(newer, day(25), day(25));
    await fsp.utimes(newestButBroken, day(27), day(27));
    await fsp.utimes(otherDocument, day(27), day(27));
    await fsp.utimes(bak, day(26), day(26));

    const storage = temp.track(await createStorage({ dataDir, now: at(28) }));
    expect((await storage.open(sheetSpec())).data.unitId).toBe('newer');
    expect(storage.notices()[0]?.restoredFrom).toBe('backups/worksheets/unit-a-2022.20261125.json');
  });

  it('uses .bak when the file is missing (crash between the two renames), without a notice', async () => {
    const dataDir = await temp.dir();
    const { file, bak } = layout(dataDir);
    await writeRaw(bak, envelopeText(1, sheet('previous')));
    const storage = temp.track(await createStorage({ dataDir }));
    const doc = await storage.open(sheetSpec());
    expect(doc.data.unitId).toBe('previous');
    expect(storage.notices()).toEqual([]);
    expect(await readJson(file)).toMatchObject({ data: { unitId: 'previous' } });
    expect(await readJson(bak)).toMatchObject({ data: { unitId: 'previous' } });
  });

  it('keeps the previous version as .bak on every write', async () => {
    const dataDir = await temp.dir();
    const { bak } = layout(dataDir);
    const storage = temp.track(await createStorage({ dataDir }));
    const doc = await storage.open(sheetSpec());
    await doc.update((draft) => ({ ...draft, unitId: 'one' }));
    await doc.update((draft) => ({ ...draft, unitId: 'two' }));
    expect(await readJson(bak)).toMatchObject({ data: { unitId: 'one' } });
  });
});

describe('daily snapshots', () => {
  it('copies a valid document before its first write of each day and keeps the newest seven', async () => {
    const dataDir = await temp.dir();
    const { file, backups } = layout(dataDir);
    await writeRaw(file, envelopeText(1, sheet('daily')));

    for (let day = 1; day <= 10; day += 1) {
      for (const hour of [8, 15]) {
        const storage = await createStorage({ dataDir, now: at(day, hour) });
        const doc = await storage.open(sheetSpec());
        await doc.update(() => undefined);
        await storage.close();
      }
    }
    const kept = (await fsp.readdir(backups)).sort();
    expect(kept).toHaveLength(DAILY_SNAPSHOTS_KEPT);
    expect(kept).toEqual(
      [4, 5, 6, 7, 8, 9, 10].map((day) => `unit-a-2022.202611${String(day).padStart(2, '0')}.json`),
    );
    expect(await fsp.readFile(path.join(backups, kept[6] ?? ''), 'utf8')).toBe(
      envelopeText(1, sheet('daily')),
    );
  });

  it('writes nothing when a document is only read', async () => {
    const dataDir = await temp.dir();
    const { file } = layout(dataDir);
    await writeRaw(file, envelopeText(1, sheet('read-only')));
    const storage = temp.track(await createStorage({ dataDir }));
    await storage.open(sheetSpec());
    expect(await treeOf(dataDir)).toEqual(['.zi-desk.lock', path.relative(dataDir, file).split(path.sep).join('/')]);
  });

  it('takes no snapshot of a document that does not exist yet', async () => {
    const dataDir = await temp.dir();
    const storage = temp.track(await createStorage({ dataDir }));
    await storage.open(sheetSpec());
    expect(await treeOf(dataDir)).toEqual(['.zi-desk.lock']);
  });
});

describe('temp files left by a crash', () => {
  it('are swept when their folder is first used, fresh ones are kept', async () => {
    const dataDir = await temp.dir();
    const { file } = layout(dataDir);
    await writeRaw(file, envelopeText(1, sheet('x')));
    const stale = `${file}.tmp-0123456789ab`;
    await writeRaw(stale, '{"half');
    const longAgo = new Date(Date.now() - 60_000);
    await fsp.utimes(stale, longAgo, longAgo);
    const storage = temp.track(await createStorage({ dataDir }));
    await storage.open(sheetSpec());
    expect(await fsp.readdir(path.dirname(file))).toEqual(['unit-a-2022.json']);
  });
});
