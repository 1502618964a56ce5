import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { z } from 'zod';
import type { DocumentSpec, Storage } from '../../../../../electron/services/storage';
import { freshTempDirs } from '../../../support/tempDirs';

/** Real temp folders, removed after each test (open storages are closed first). */
export function useTempDirs(): { dir(): Promise<string>; track(storage: Storage): Storage } {
  const dir = freshTempDirs('zi-desk-storage-');
  const storages: Storage[] = [];
  // Registered after the folders' clean-up, so it runs first (vitest runs after-hooks as a stack).
  afterEach(async () => {
    await Promise.all(storages.splice(0).map((storage) => storage.close().catch(() => undefined)));
  });
  return {
    dir,
    track(storage) {
      storages.push(storage);
      return storage;
    },
  };
}

export const itemSchema = z.object({
  id: z.string().min(1),
  answer: z.enum(['ya', 'tidak']).nullable(),
  note: z.string().max(200),
});

export const sheetSchema = z.object({
  unitId: z.string().min(1),
  items: z.array(itemSchema),
});

export type Sheet = z.infer<typeof sheetSchema>;

/** A small worksheet-like document spec for tests. */
export function sheetSpec(name = 'worksheets/unit-a-2022'): DocumentSpec<Sheet> {
  return {
    name,
    schema: sheetSchema,
    version: 1,
    migrations: [],
    empty: () => ({ unitId: 'unit-a', items: [] }),
  };
}

/** The on-disk envelope text of a document, as the store writes it. */
export function envelopeText(schemaVersion: number, data: unknown): string {
  return JSON.stringify({ schemaVersion, data });
}

/** Parsed JSON of a file, typed as unknown (compare with toMatchObject/toEqual). */
export async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await fsp.readFile(file, 'utf8')) as unknown;
}

/** Writes a file, creating its folder. */
export async function writeRaw(file: string, text: string): Promise<void> {
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await fsp.writeFile(file, text);
}

/** Names of all files under `dir`, relative, `/`-separated, sorted. */
export async function treeOf(dir: string): Promise<string[]> {
  const entries = await fsp.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
