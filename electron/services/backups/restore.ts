import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { SnapshotManifest } from '../../../shared/backups';
import { errorCode, withRetry } from '../files/atomic';
import { BLOBS_PREFIX, KEYS_FOLDER, insideRoot, linkOrCopy, swappableEntries } from './layout';
import { dataFilesOf } from './snapshots';

async function exists(file: string): Promise<boolean> {
  try {
    await fsp.lstat(file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

/** One rename done by a swap, undone in reverse order when a later step fails. */
interface Move {
  from: string;
  to: string;
}

async function undo(moves: Move[]): Promise<void> {
  for (const move of moves.reverse()) {
    // A document written after the swap (an emptied one) gives way to the original.
    await fsp.rm(move.from, { recursive: true, force: true });
    await withRetry(() => fsp.rename(move.to, move.from));
  }
}

/**
 * Replaces the data folder's documents and keys with a snapshot's, all or nothing. Call it while
 * `Storage.exclusive` holds every write. Steps:
 * 1. attachments the snapshot needs and the folder lacks are linked into `blobs/` (only added: a
 *    content-addressed blob never conflicts);
 * 2. the snapshot's files are linked into `staging` (a sibling folder on the same volume);
 * 3. each top-level entry (`master.json`, `worksheets/`, `keys/` …) is renamed into `aside`, and
 *    the staged one renamed into place;
 * 4. `afterSwap` runs (the open documents are read again).
 * If step 3 or 4 fails, every rename is undone and the error rethrown: the folder is as before.
 */
export async function swapIn(options: {
  dataDir: string;
  snapshotDir: string;
  manifest: SnapshotManifest;
  staging: string;
  /** The staging folder already holds the snapshot's data (an extracted archive): used as it is. */
  staged?: boolean;
  aside: string;
  afterSwap: () => Promise<void>;
  onUndone: () => Promise<void>;
}): Promise<void> {
  const { dataDir, snapshotDir, manifest, staging, aside } = options;
  for (const file of manifest.files) {
    if (!file.path.startsWith(BLOBS_PREFIX)) continue;
    const target = path.join(dataDir, ...file.path.split('/'));
    if (!(await exists(target))) await linkOrCopy(insideRoot(snapshotDir, file.path), target);
  }
  await fsp.mkdir(staging, { recursive: true });
  if (options.staged !== true) {
    for (const file of dataFilesOf(snapshotDir, manifest)) await linkOrCopy(file.abs, insideRoot(staging, file.rel));
  }

  const names = [...new Set([...(await swappableEntries(dataDir)), ...(await fsp.readdir(staging))])].sort();
  await fsp.mkdir(aside, { recursive: true });
  const moves: Move[] = [];
  try {
    for (const name of names) {
      const live = path.join(dataDir, name);
      const staged = path.join(staging, name);
      // A backup made before the installation had a key never takes the key away.
      if (name === KEYS_FOLDER && !(await exists(staged))) continue;
      if (await exists(live)) {
        const move = { from: live, to: path.join(aside, name) };
        await withRetry(() => fsp.rename(move.from, move.to));
        moves.push(move);
      }
      if (await exists(staged)) {
        const move = { from: staged, to: live };
        await withRetry(() => fsp.rename(move.from, move.to));
        moves.push(move);
      }
    }
    await options.afterSwap();
  } catch (error) {
    await undo(moves);
    await options.onUndone();
    throw error;
  }
}
