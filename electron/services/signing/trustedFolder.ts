import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { errorCode, toStorageFailure } from '../files/atomic';

/** What one trusted file proves: the fingerprint of what it holds (its file-name form) and the entry. */
export interface TrustedFileEntry<T> {
  fingerprint: string;
  entry: T;
}

export interface TrustedFolderFormat<T> {
  /** The fingerprint part of a file name (`<fingerprint>.json`); other files are not looked at. */
  fingerprint: RegExp;
  /**
   * The entry a file's parsed JSON holds, with the fingerprint computed from its content, or
   * `undefined` when it is not an entry. May throw for content it cannot read (skipped too).
   */
  decode(parsed: unknown): TrustedFileEntry<T> | undefined;
}

/**
 * Every entry of a folder of trusted items kept one JSON file each as `<fingerprint>.json`
 * (foreign keys, foreign certificates), in file-name order. A missing folder holds none. A file
 * that cannot be read or parsed, is not an entry, or whose content's fingerprint is not its name
 * is skipped: an entry is never trusted by accident, and the user can import it again.
 */
export async function readTrustedFolder<T>(dir: string, format: TrustedFolderFormat<T>): Promise<T[]> {
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw toStorageFailure(error, 'membaca', dir);
  }
  const pattern = new RegExp(`^(?:${format.fingerprint.source})\\.json$`, format.fingerprint.flags);
  const found: T[] = [];
  for (const name of names.filter((n) => pattern.test(n)).sort()) {
    try {
      const decoded = format.decode(JSON.parse(await fsp.readFile(path.join(dir, name), 'utf8')));
      if (decoded !== undefined && `${decoded.fingerprint}.json` === name) found.push(decoded.entry);
    } catch {
      // A damaged entry is ignored (see above).
    }
  }
  return found;
}
