import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStorage, DAILY_SNAPSHOTS_KEPT } from '../../../../../electron/services/storage';
import { faultyOps } from '../files/faults';
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
        copyDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown,
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
    expect(storage.notices().find((notice) => notice.document === NAME)?.restoredFrom).toBe('backups/worksheets/unit-a-2022.20261125.json');
  });

  it('uses .bak when the file is missing (crash between the two renames), and reports it', async () => {
    const dataDir = await temp.dir();
    const { file, bak } = layout(dataDir);
    await writeRaw(bak, envelopeText(1, sheet('previous')));
    const storage = temp.track(await createStorage({ dataDir }));
    const doc = await storage.open(sheetSpec());
    expect(doc.data.unitId).toBe('previous');
    expect(storage.notices().map((notice) => notice.kind)).toEqual(['restored-bak']);
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

  it('takes the day\'s backup on the first successful write when the first write of the day failed (disk full)', async () => {
    const dataDir = await temp.dir();
    const { file, backups } = layout(dataDir);
    await writeRaw(file, envelopeText(1, sheet('yesterday')));
    let full = false;
    const { ops } = faultyOps((op) => (op === 'open' && full ? 'ENOSPC' : undefined));
    const storage = temp.track(await createStorage({ dataDir, now: at(28), fileOps: ops }));
    const doc = await storage.open(sheetSpec());
    full = true;

    const failure: unknown = await doc.update((draft) => {
      draft.unitId = 'first-try';
    }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'STORAGE_ERROR', message: expect.stringMatching(/^Ruang disk penuh/) as unknown });
    expect(await fsp.readdir(backups).catch(() => [])).toEqual([]);

    full = false;
    await doc.update((draft) => {
      draft.unitId = 'second-try';
    });
    expect(await fsp.readFile(path.join(backups, 'unit-a-2022.20261128.json'), 'utf8')).toBe(envelopeText(1, sheet('yesterday')));
    expect(await readJson(file)).toMatchObject({ data: { unitId: 'second-try' } });
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

describe('vanished documents', () => {
  it('restores a document whose file and .bak are gone from its newest valid backup, and says so', async () => {
    const dataDir = await temp.dir();
    const { file, backups } = layout(dataDir);
    await writeRaw(path.join(backups, 'unit-a-2022.20261125.json'), envelopeText(1, sheet('older')));
    await writeRaw(path.join(backups, 'unit-a-2022.20261126.json'), envelopeText(1, sheet('newest-valid')));
    await writeRaw(path.join(backups, 'unit-a-2022.20261127.json'), '{"schemaVersion":1,"da'); // torn
    await fsp.utimes(path.join(backups, 'unit-a-2022.20261125.json'), new Date(2026, 10, 25), new Date(2026, 10, 25));
    await fsp.utimes(path.join(backups, 'unit-a-2022.20261126.json'), new Date(2026, 10, 26), new Date(2026, 10, 26));
    await fsp.utimes(path.join(backups, 'unit-a-2022.20261127.json'), new Date(2026, 10, 27), new Date(2026, 10, 27));

    const storage = temp.track(await createStorage({ dataDir, now: at(28) }));
    // Put back at start, before anything opens it: the user is told at once, and a worksheet
    // never just disappears from the list.
    expect(storage.notices().map((notice) => notice.kind)).toEqual(['restored-missing']);
    expect(await storage.list('worksheets/')).toEqual([NAME]);
    const doc = await storage.open(sheetSpec());

    expect(doc.data.unitId).toBe('newest-valid');
    expect(storage.notices()).toEqual([
      {
        document: NAME,
        kind: 'restored-missing',
        restoredFrom: 'backups/worksheets/unit-a-2022.20261126.json',
        copyDate: '2026-11-26',
        at: new Date(2026, 10, 28, 9, 30, 0).toISOString(),
        reason: expect.stringMatching(/tidak ditemukan\. Data dipulihkan dari cadangan tanggal 2026-11-26/) as unknown,
      },
    ]);
    expect(await readJson(file)).toMatchObject({ data: { unitId: 'newest-valid' } });
    // The backups are left as they were (nothing lost, nothing overwritten).
    expect(await fsp.readFile(path.join(backups, 'unit-a-2022.20261127.json'), 'utf8')).toBe('{"schemaVersion":1,"da');

    await storage.close();
    const again = temp.track(await createStorage({ dataDir, now: at(28) }));
    expect((await again.open(sheetSpec())).data.unitId).toBe('newest-valid');
    expect(again.notices()).toEqual([]);
  });

  it('does not bring back a document the user removed', async () => {
    const dataDir = await temp.dir();
    const first = temp.track(await createStorage({ dataDir, now: at(27) }));
    await (await first.open(sheetSpec())).update((draft) => {
      draft.unitId = 'day-27';
    });
    await first.close();
    const second = temp.track(await createStorage({ dataDir, now: at(28) }));
    await (await second.open(sheetSpec())).update((draft) => {
      draft.unitId = 'day-28'; // takes the daily backup of the 28th
    });
    await second.remove(NAME);
    await second.close();
    expect(await treeOf(path.join(dataDir, 'backups'))).toEqual([
      'worksheets/unit-a-2022.20261128.json',
      'worksheets/unit-a-2022.removed-20261128093000.json',
    ]);

    const third = temp.track(await createStorage({ dataDir, now: at(29) }));
    expect(await third.list('worksheets/')).toEqual([]);
    expect((await third.open(sheetSpec())).data).toEqual({ unitId: 'unit-a', items: [] });
    expect(third.notices()).toEqual([]);
  });

  it('says which copy a document whose file is gone was loaded from (.bak)', async () => {
    const dataDir = await temp.dir();
    const { file, bak } = layout(dataDir);
    await writeRaw(bak, envelopeText(1, sheet('from-bak')));
    await fsp.utimes(bak, new Date(2026, 10, 27, 16), new Date(2026, 10, 27, 16));
    const storage = temp.track(await createStorage({ dataDir, now: at(28) }));

    expect((await storage.open(sheetSpec())).data.unitId).toBe('from-bak');
    const [notice] = storage.notices();
    expect(notice).toMatchObject({ document: NAME, kind: 'restored-bak', restoredFrom: 'worksheets/unit-a-2022.json.bak', copyDate: '2026-11-27' });
    expect(notice?.corruptCopy).toBeUndefined();
    expect(notice?.reason).toMatch(/tidak ditemukan; data dimuat dari salinan sebelumnya/);
    expect(await readJson(file)).toMatchObject({ data: { unitId: 'from-bak' } });
  });

  it('restores a document that vanishes during a session when it is first opened', async () => {
    const dataDir = await temp.dir();
    const { file, backups } = layout(dataDir);
    const storage = temp.track(await createStorage({ dataDir, now: at(28) }));
    await writeRaw(path.join(backups, 'unit-a-2022.20261127.json'), envelopeText(1, sheet('copy')));
    const doc = await storage.open(sheetSpec());
    expect(doc.data.unitId).toBe('copy');
    expect(storage.notices()).toEqual([expect.objectContaining({ kind: 'restored-missing', copyDate: '2026-11-27' })]);
    expect(await readJson(file)).toMatchObject({ data: { unitId: 'copy' } });
  });

  it('starts a never-saved document empty and silently', async () => {
    const dataDir = await temp.dir();
    const storage = temp.track(await createStorage({ dataDir, now: at(28) }));
    expect((await storage.open(sheetSpec())).data).toEqual({ unitId: 'unit-a', items: [] });
    expect(storage.notices()).toEqual([]);
    expect(await storage.list('worksheets/')).toEqual([]);
  });
});
