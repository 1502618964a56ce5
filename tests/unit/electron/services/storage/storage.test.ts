import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createStorage, type StorageOptions } from '../../../../../electron/services/storage';
import { AppFailure } from '../../../../../shared/result';
import { faultyRenames } from '../files/faults';
import { envelopeText, readJson, sheetSpec, treeOf, useTempDirs, writeRaw } from './helpers';

const temp = useTempDirs();

const item = (id: string, answer: 'ya' | 'tidak' | null = null) => ({ id, answer, note: '' });

/** A storage over a fresh folder with the test sheet opened and item 1.a saved in its file. */
async function savedSheet(options: Omit<StorageOptions, 'dataDir'> = {}) {
  const dataDir = await temp.dir();
  const storage = temp.track(await createStorage({ dataDir, ...options }));
  const sheet = await storage.open(sheetSpec());
  await sheet.update((draft) => {
    draft.items.push(item('1.a'));
  });
  return { dataDir, storage, sheet, file: path.join(dataDir, 'worksheets', 'unit-a-2022.json') };
}

describe('createStorage / open / update', () => {
  it('round-trips a document through the disk in the envelope format', async () => {
    const dataDir = await temp.dir();
    const storage = temp.track(await createStorage({ dataDir }));
    const sheet = await storage.open(sheetSpec());
    expect(sheet.data).toEqual({ unitId: 'unit-a', items: [] });

    const saved = await sheet.update((draft) => {
      draft.items.push(item('1.a', 'ya'));
    });
    expect(saved.items).toEqual([item('1.a', 'ya')]);
    await storage.close();

    const file = path.join(dataDir, 'worksheets', 'unit-a-2022.json');
    expect(await readJson(file)).toEqual({
      schemaVersion: 1,
      data: { unitId: 'unit-a', items: [item('1.a', 'ya')] },
    });
    const again = temp.track(await createStorage({ dataDir }));
    expect((await again.open(sheetSpec())).data.items).toEqual([item('1.a', 'ya')]);
  });

  it('accepts a mutate that returns a new value instead of editing the draft', async () => {
    const storage = temp.track(await createStorage({ dataDir: await temp.dir() }));
    const sheet = await storage.open(sheetSpec());
    await sheet.update(() => ({ unitId: 'unit-b', items: [] }));
    expect(sheet.data.unitId).toBe('unit-b');
  });

  it('does not write anything for a document that was only opened', async () => {
    const dataDir = await temp.dir();
    const storage = temp.track(await createStorage({ dataDir }));
    await storage.open(sheetSpec());
    expect(await storage.list('worksheets/')).toEqual([]);
    expect(await treeOf(dataDir)).toEqual(['.zi-desk.lock']);
  });

  it('rejects invalid data with field issues and leaves memory and file untouched', async () => {
    const { sheet, file } = await savedSheet();
    const before = await fsp.readFile(file, 'utf8');
    const snapshot = sheet.data;

    const failure = await sheet
      .update((draft) => {
        draft.items.push({ id: '', answer: null, note: 'x' });
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppFailure);
    expect((failure as AppFailure).code).toBe('INVALID_INPUT');
    expect((failure as AppFailure).issues?.[0]?.path).toBe('items.1.id');
    expect(sheet.data).toBe(snapshot);
    expect(await fsp.readFile(file, 'utf8')).toBe(before);
  });

  it('leaves data untouched when mutate throws, and keeps serving later updates', async () => {
    const { sheet } = await savedSheet();
    const boom = new Error('boom');
    await expect(
      sheet.update((draft) => {
        draft.items.length = 0; // a partial edit before failing must not leak
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(sheet.data.items).toEqual([item('1.a')]);
    await sheet.update((draft) => {
      draft.items.push(item('1.b'));
    });
    expect(sheet.data.items.map((i) => i.id)).toEqual(['1.a', '1.b']);
  });

  it('hands out deep-frozen snapshots, so callers cannot edit data behind the store', async () => {
    const { sheet } = await savedSheet();
    const snapshot = sheet.data;
    expect(Object.isFrozen(snapshot)).toBe(true);
    expect(Object.isFrozen(snapshot.items[0])).toBe(true);
    expect(() => {
      snapshot.items.push(item('x'));
    }).toThrow(TypeError);
  });

  it('serializes concurrent updates: all land, in call order', async () => {
    const dataDir = await temp.dir();
    const storage = temp.track(await createStorage({ dataDir }));
    const sheet = await storage.open(sheetSpec());
    const order: number[] = [];
    const updates = Array.from({ length: 40 }, (_, index) =>
      sheet
        .update((draft) => {
          draft.items.push(item(`q${index}`));
        })
        .then(() => order.push(index)),
    );
    // One failing update in the middle does not break the queue.
    const failing = sheet.update(() => {
      throw new Error('nope');
    });
    const more = sheet.update((draft) => {
      draft.items.push(item('last'));
    });
    await Promise.all(updates);
    await expect(failing).rejects.toThrow('nope');
    await more;
    expect(order).toEqual(Array.from({ length: 40 }, (_, index) => index));
    expect(sheet.data.items).toHaveLength(41);
    await storage.close();
    const reopened = temp.track(await createStorage({ dataDir }));
    expect((await reopened.open(sheetSpec())).data.items).toHaveLength(41);
  });

  it('shares one instance between concurrent opens of the same name', async () => {
    const storage = temp.track(await createStorage({ dataDir: await temp.dir() }));
    const [a, b] = await Promise.all([storage.open(sheetSpec()), storage.open(sheetSpec())]);
    expect(a).toBe(b);
    expect(await storage.open(sheetSpec())).toBe(a);
    expect(await storage.open(sheetSpec('worksheets/unit-b-2022'))).not.toBe(a);
  });

  it('refuses to open the same name with another schema version', async () => {
    const storage = temp.track(await createStorage({ dataDir: await temp.dir() }));
    await storage.open(sheetSpec());
    await expect(
      storage.open({ ...sheetSpec(), version: 2, migrations: [{ from: 1, migrate: (data) => data }] }),
    ).rejects.toThrow(/already open/);
  });

  it('refuses a spec whose empty() does not satisfy the schema', async () => {
    const storage = temp.track(await createStorage({ dataDir: await temp.dir() }));
    const spec = { ...sheetSpec(), empty: () => ({ unitId: '', items: [] }) };
    await expect(storage.open(spec)).rejects.toThrow(/empty\(\)/);
  });
});

describe('lazy open', () => {
  it('does not read documents until they are opened', async () => {
    const dataDir = await temp.dir();
    const broken = path.join(dataDir, 'worksheets', 'unit-a-2022.json');
    await writeRaw(broken, '{ not json');
    const storage = temp.track(await createStorage({ dataDir }));
    expect(await storage.list('worksheets/')).toEqual(['worksheets/unit-a-2022']);
    expect(storage.notices()).toEqual([]);
    expect(await fsp.readFile(broken, 'utf8')).toBe('{ not json');
  });
});

describe('list', () => {
  it('lists documents of a folder by prefix, ignoring backups, temp and damaged copies', async () => {
    const dataDir = await temp.dir();
    const ws = path.join(dataDir, 'worksheets');
    const doc = envelopeText(1, { unitId: 'u', items: [] });
    await writeRaw(path.join(ws, 'unit-a-2021.json'), doc);
    await writeRaw(path.join(ws, 'unit-a-2021.json.bak'), doc);
    await writeRaw(path.join(ws, 'unit-a-2022.json.tmp-0123456789ab'), doc);
    await writeRaw(path.join(ws, 'unit-a-2023.json.bak'), doc); // crash between renames
    await writeRaw(path.join(ws, 'unit-b-2021.json'), doc);
    await writeRaw(path.join(ws, 'unit-c-2021.json.corrupt-20260101120000'), '{');
    await writeRaw(path.join(ws, 'Salinan unit-b.json'), doc);
    await writeRaw(path.join(dataDir, 'master.json'), doc);
    const storage = temp.track(await createStorage({ dataDir }));

    expect(await storage.list('worksheets/')).toEqual([
      'worksheets/unit-a-2021',
      'worksheets/unit-a-2023',
      'worksheets/unit-b-2021',
    ]);
    expect(await storage.list('worksheets/unit-a-')).toEqual([
      'worksheets/unit-a-2021',
      'worksheets/unit-a-2023',
    ]);
    expect(await storage.list('')).toEqual(['master']);
    expect(await storage.list('nothing-here/')).toEqual([]);
    await expect(storage.list('../')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(storage.list('/etc/')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('remove', () => {
  it('waits for pending writes, keeps a copy in backups/ and retires the old instance', async () => {
    const dataDir = await temp.dir();
    const now = () => new Date(2026, 10, 28, 9, 30, 0);
    const storage = temp.track(await createStorage({ dataDir, now }));
    const sheet = await storage.open(sheetSpec());
    const pending = sheet.update((draft) => {
      draft.items.push(item('1.a'));
    });
    await storage.remove('worksheets/unit-a-2022');
    await pending;

    expect(await storage.list('worksheets/')).toEqual([]);
    const kept = path.join(dataDir, 'backups', 'worksheets', 'unit-a-2022.removed-20261128093000.json');
    expect(await readJson(kept)).toMatchObject({ data: { items: [{ id: '1.a' }] } });
    await expect(sheet.update(() => undefined)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const fresh = await storage.open(sheetSpec());
    expect(fresh).not.toBe(sheet);
    expect(fresh.data.items).toEqual([]);
    await storage.remove('worksheets/never-existed');
  });
});

describe('close', () => {
  it('waits for pending writes, then refuses further use', async () => {
    const dataDir = await temp.dir();
    const storage = await createStorage({ dataDir });
    const sheet = await storage.open(sheetSpec());
    const pending = sheet.update((draft) => {
      draft.items.push(item('1.a'));
    });
    await storage.close();
    await pending;
    await expect(sheet.update(() => undefined)).rejects.toMatchObject({ code: 'STORAGE_ERROR' });
    await expect(storage.open(sheetSpec())).rejects.toMatchObject({ code: 'STORAGE_ERROR' });
    await storage.close(); // idempotent

    const reopened = temp.track(await createStorage({ dataDir }));
    expect((await reopened.open(sheetSpec())).data.items).toEqual([item('1.a')]);
  });
});

describe('Windows sharing violations (EPERM on rename)', () => {
  it('retries a rename that fails a few times, then succeeds', async () => {
    const failures = ['EPERM', 'EPERM', 'EPERM'];
    const { ops: fileOps, attempts } = faultyRenames(() => failures.shift(), (from) => from.includes('.tmp-'));
    const { sheet } = await savedSheet({ fileOps });
    expect(attempts()).toBe(4);
    expect(sheet.data.items).toHaveLength(1);
  });

  it('gives up with an Indonesian STORAGE_ERROR and changes nothing', { timeout: 15_000 }, async () => {
    let blocked = false;
    const { ops: fileOps } = faultyRenames(() => (blocked ? 'EPERM' : undefined));
    const { sheet, file } = await savedSheet({ fileOps });
    const before = await fsp.readFile(file, 'utf8');

    blocked = true;
    const failure = await sheet
      .update((draft) => {
        draft.items.push(item('1.b'));
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppFailure);
    expect((failure as AppFailure).code).toBe('STORAGE_ERROR');
    expect((failure as AppFailure).message).toMatch(/Akses ke berkas data ditolak/);
    expect(sheet.data.items).toHaveLength(1);
    expect(await fsp.readFile(file, 'utf8')).toBe(before);
    expect((await fsp.readdir(path.dirname(file))).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });
});

describe('schema errors reach the caller as data', () => {
  it('maps zod issues to FieldIssue paths', async () => {
    const storage = temp.track(await createStorage({ dataDir: await temp.dir() }));
    const doc = await storage.open({
      name: 'master',
      schema: z.object({ people: z.array(z.object({ nip: z.string().regex(/^\d{18}$/) })) }),
      version: 1,
      migrations: [],
      empty: () => ({ people: [] }),
    });
    await expect(
      doc.update((draft) => {
        draft.people.push({ nip: '123' });
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'people.0.nip' }] });
  });
});
