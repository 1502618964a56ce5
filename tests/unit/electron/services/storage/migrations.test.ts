import { existsSync, promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  applyMigrations,
  createStorage,
  type DocumentSpec,
  type Migration,
} from '../../../../../electron/services/storage';
import { AppFailure } from '../../../../../shared/result';
import { envelopeText, readJson, treeOf, useTempDirs, writeRaw } from './helpers';

const temp = useTempDirs();

/** Example history of a document: v1 `{name, score: "80"}` → v2 `{unitName, score}` → v3 numeric score + items. */
const migrations: readonly Migration[] = [
  {
    from: 1,
    migrate: (data) => {
      const { name, ...rest } = data as { name: string; score: string };
      return { ...rest, unitName: name };
    },
  },
  {
    from: 2,
    migrate: (data) => {
      const v2 = data as { unitName: string; score: string };
      return { unitName: v2.unitName, score: Number(v2.score), items: [] };
    },
  },
];

const v3Schema = z.object({ unitName: z.string(), score: z.number(), items: z.array(z.string()) });
type V3 = z.infer<typeof v3Schema>;

function spec(overrides: Partial<DocumentSpec<V3>> = {}): DocumentSpec<V3> {
  return {
    name: 'units/unit-a',
    schema: v3Schema,
    version: 3,
    migrations,
    empty: () => ({ unitName: '', score: 0, items: [] }),
    ...overrides,
  };
}

function deepFreeze<V>(value: V): V {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('applyMigrations (pure, step by step)', () => {
  it.each<[string, number, number, unknown, unknown]>([
    ['v1 → v3', 1, 3, { name: 'Biro Umum', score: '80' }, { unitName: 'Biro Umum', score: 80, items: [] }],
    ['v2 → v3', 2, 3, { unitName: 'Biro Umum', score: '75.5' }, { unitName: 'Biro Umum', score: 75.5, items: [] }],
    ['v1 → v2', 1, 2, { name: 'X', score: '1' }, { unitName: 'X', score: '1' }],
    ['already current', 3, 3, { unitName: 'X', score: 1, items: [] }, { unitName: 'X', score: 1, items: [] }],
  ])('%s', (_case, from, to, input, expected) => {
    const frozen = deepFreeze(structuredClone(input));
    expect(applyMigrations(frozen, from, to, migrations)).toEqual(expected);
    expect(frozen).toEqual(input); // input untouched (and frozen: a mutating step would throw)
  });

  it('refuses a gap in the migration list', () => {
    expect(() => applyMigrations({}, 1, 3, [migrations[1] as Migration])).toThrow(AppFailure);
  });

  it('wraps a failing step in STORAGE_ERROR', () => {
    const failing: Migration = {
      from: 1,
      migrate: () => {
        throw new Error('bug');
      },
    };
    expect(() => applyMigrations({}, 1, 2, [failing])).toThrow(
      expect.objectContaining({ code: 'STORAGE_ERROR' }),
    );
  });
});

describe('migrating on open', () => {
  it('backs the old file up before migrating, then writes the migrated file', async () => {
    const dataDir = await temp.dir();
    const file = path.join(dataDir, 'units', 'unit-a.json');
    const old = envelopeText(1, { name: 'Biro Umum', score: '80' });
    await writeRaw(file, old);
    const backup = path.join(dataDir, 'backups', 'units', 'unit-a.v1-20261128093000.json');
    let backupExistedBeforeMigration = false;
    const watched: Migration[] = [
      {
        from: 1,
        migrate: (data) => {
          backupExistedBeforeMigration = existsSync(backup);
          return (migrations[0] as Migration).migrate(data);
        },
      },
      migrations[1] as Migration,
    ];

    const storage = temp.track(
      await createStorage({ dataDir, now: () => new Date(2026, 10, 28, 9, 30, 0) }),
    );
    const doc = await storage.open(spec({ migrations: watched }));

    expect(backupExistedBeforeMigration).toBe(true);
    expect(await fsp.readFile(backup, 'utf8')).toBe(old);
    expect(doc.data).toEqual({ unitName: 'Biro Umum', score: 80, items: [] });
    expect(await readJson(file)).toEqual({
      schemaVersion: 3,
      data: { unitName: 'Biro Umum', score: 80, items: [] },
    });
    expect(await fsp.readFile(`${file}.bak`, 'utf8')).toBe(old);
    expect(storage.notices()).toEqual([]);
  });

  it('refuses a file written by a newer app and leaves it alone', async () => {
    const dataDir = await temp.dir();
    const file = path.join(dataDir, 'units', 'unit-a.json');
    const newer = envelopeText(4, { whatever: true });
    await writeRaw(file, newer);
    const storage = temp.track(await createStorage({ dataDir }));
    const failure = await storage.open(spec()).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'STORAGE_ERROR' });
    expect((failure as AppFailure).message).toMatch(/versi ZI Desk yang lebih baru/);
    expect(await fsp.readFile(file, 'utf8')).toBe(newer);
    expect(await treeOf(dataDir)).toEqual(['.zi-desk.lock', 'units/unit-a.json']);
  });

  it('refuses when a migration fails, leaving the file as it was (not treated as damage)', async () => {
    const dataDir = await temp.dir();
    const file = path.join(dataDir, 'units', 'unit-a.json');
    const old = envelopeText(2, { unitName: 'X' }); // score missing: v2→v3 yields NaN
    await writeRaw(file, old);
    const storage = temp.track(await createStorage({ dataDir }));
    await expect(storage.open(spec())).rejects.toMatchObject({ code: 'STORAGE_ERROR' });
    expect(await fsp.readFile(file, 'utf8')).toBe(old);
    expect(storage.notices()).toEqual([]);
    expect((await treeOf(dataDir)).filter((name) => name.includes('corrupt'))).toEqual([]);
  });
});
