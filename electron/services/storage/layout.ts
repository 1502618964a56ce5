import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { errorCode, isTempFileName, removeQuietly } from '../files/atomic';

/** Folder (under the data folder) holding migration backups, daily snapshots and removed documents. */
export const BACKUPS_FOLDER = 'backups';

/** `<dataDir>/<name>.json` for a validated document name. */
export function documentFile(dataDir: string, name: string): string {
  return `${path.join(dataDir, ...name.split('/'))}.json`;
}

/** Folder and file-name stem of a document's backups: `<dataDir>/backups/<folder>` + `<base>`. */
export function backupStem(dataDir: string, name: string): { dir: string; base: string } {
  const segments = name.split('/');
  const base = segments.pop() ?? name;
  return { dir: path.join(dataDir, BACKUPS_FOLDER, ...segments), base };
}

/** Path relative to the data folder with `/` separators, for notices and logs. */
export function relativeToDataDir(dataDir: string, file: string): string {
  return path.relative(dataDir, file).split(path.sep).join('/');
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function readNames(dir: string): Promise<string[]> {
  try {
    return await fsp.readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Per-session cache of folder listings. Reading a folder the first time also deletes temp files
 * older than the session (left by a process that died mid-write: this session holds the lock, so
 * no other writer can own them). Only this session writes the data folder, so a cached listing
 * stays exact when kept up to date with {@link FolderIndex.add} and {@link FolderIndex.delete}.
 */
export class FolderIndex {
  private readonly listings = new Map<string, Promise<Set<string>>>();
  private readonly sweeps = new Map<string, Promise<void>>();

  /**
   * @param sweepBeforeMs temp files modified before this time are garbage. Set it a little
   * before the session start: file timestamps can lag the wall clock by a few milliseconds.
   */
  constructor(private readonly sweepBeforeMs: number) {}

  /** Cached names in `dir` (empty if it does not exist), for backup folders. */
  entries(dir: string): Promise<Set<string>> {
    return cached(this.listings, dir, () => this.readAndSweep(dir));
  }

  /** Sweeps stale temp files of a document folder once per session; keeps no listing. */
  sweepOnce(dir: string): Promise<void> {
    return cached(this.sweeps, dir, async () => {
      await this.readAndSweep(dir);
    });
  }

  async add(dir: string, name: string): Promise<void> {
    (await this.entries(dir)).add(name);
  }

  async delete(dir: string, name: string): Promise<void> {
    (await this.entries(dir)).delete(name);
  }

  private async readAndSweep(dir: string): Promise<Set<string>> {
    const names = new Set(await readNames(dir));
    for (const name of names) {
      if (!isTempFileName(name)) continue;
      const file = path.join(dir, name);
      try {
        if ((await fsp.stat(file)).mtimeMs >= this.sweepBeforeMs) continue;
      } catch {
        continue;
      }
      await removeQuietly(file);
      names.delete(name);
    }
    return names;
  }
}

function cached<V>(map: Map<string, Promise<V>>, key: string, load: () => Promise<V>): Promise<V> {
  let value = map.get(key);
  if (value === undefined) {
    value = load();
    map.set(key, value);
    // A failed read is retried next time instead of being cached.
    value.catch(() => map.delete(key));
  }
  return value;
}
