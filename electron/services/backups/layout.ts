import { createHash } from 'node:crypto';
import { createReadStream, promises as fsp, type Dirent } from 'node:fs';
import path from 'node:path';
import { errorCode, isTempFileName } from '../files/atomic';

/**
 * Folder under the data folder holding the whole-folder snapshots (`backups/snapshots/<id>/`): next
 * to storage's per-document copies, so one `backups` folder holds every kind of backup.
 */
export const SNAPSHOTS_FOLDER = 'backups/snapshots';
/** Inside a snapshot: the documents and keys, mirroring the data folder. */
export const DATA_PREFIX = 'data/';
/** Inside a snapshot: the attachments, as in the blob store. */
export const BLOBS_PREFIX = 'blobs/';
export const MANIFEST_FILE = 'manifest.json';

/**
 * Top-level folders a snapshot does not cover: `backups` (the snapshots themselves and storage's
 * per-document daily copies, a finer, separate safety net), attachments (added, never swapped: they are
 * content-addressed), derived caches and generated PDFs (made again from the records on demand), and
 * the audit trail (append-only: a restore never takes events back, it is recorded as one).
 */
const NOT_COVERED = new Set(['audit', 'backups', 'blobs', 'cache', 'documents']);
/** Copied whatever their names (the signing slice owns their layout; encrypted at rest). */
export const KEYS_FOLDER = 'keys';

const DOCUMENT_FILE = /^[a-z0-9][a-z0-9._-]*\.json$/;
const BLOB_FILE = /^[0-9a-f]{64}$/;

async function readDir(dir: string): Promise<Dirent[]> {
  try {
    return await fsp.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
}

/** A file a snapshot covers: its path relative to the data folder (`/`-separated) and on disk. */
export interface CoveredFile {
  rel: string;
  abs: string;
}

/**
 * The top-level entries of the data folder a restore swaps: document files (`<name>.json` and their
 * `.bak`) and every folder a snapshot covers. Dot entries (the lock) and damaged-file copies stay.
 */
export async function swappableEntries(dir: string): Promise<string[]> {
  const names: string[] = [];
  for (const entry of await readDir(dir)) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory() ? !NOT_COVERED.has(entry.name) : /^[a-z0-9][a-z0-9._-]*\.json(\.bak)?$/.test(entry.name)) {
      names.push(entry.name);
    }
  }
  return names.sort();
}

/** Every document file and key file of the data folder (no `.bak`, temp or damaged copies). */
export async function coveredFiles(dataDir: string): Promise<CoveredFile[]> {
  const found: CoveredFile[] = [];
  const walk = async (dir: string, rel: string, everything: boolean): Promise<void> => {
    for (const entry of await readDir(dir)) {
      const abs = path.join(dir, entry.name);
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (rel === '' && (NOT_COVERED.has(entry.name) || entry.name.startsWith('.'))) continue;
        await walk(abs, childRel, everything || (rel === '' && entry.name === KEYS_FOLDER));
      } else if (entry.isFile() && !isTempFileName(entry.name) && (everything ? /^[A-Za-z0-9._-]+$/.test(entry.name) : DOCUMENT_FILE.test(entry.name))) {
        found.push({ rel: childRel, abs });
      }
    }
  };
  await walk(dataDir, '', false);
  return found.sort((a, b) => (a.rel < b.rel ? -1 : 1));
}

/** Every blob of a blob-store folder (`<root>/<xx>/<sha256>`): its hash and path. */
export async function blobFiles(root: string): Promise<{ hash: string; abs: string }[]> {
  const found: { hash: string; abs: string }[] = [];
  for (const shard of await readDir(root)) {
    if (!shard.isDirectory() || !/^[0-9a-f]{2}$/.test(shard.name)) continue;
    for (const entry of await readDir(path.join(root, shard.name))) {
      if (entry.isFile() && BLOB_FILE.test(entry.name) && entry.name.startsWith(shard.name)) {
        found.push({ hash: entry.name, abs: path.join(root, shard.name, entry.name) });
      }
    }
  }
  return found.sort((a, b) => (a.hash < b.hash ? -1 : 1));
}

/** `blobs/<xx>/<sha256>`. */
export const blobPath = (hash: string): string => `${BLOBS_PREFIX}${hash.slice(0, 2)}/${hash}`;

/** SHA-256 of a file, streamed. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Makes `target` the same file as `source`: a hard link, or a copy where links are not possible
 * (another volume, FAT). Safe because every writer of the data folder replaces files by rename
 * (`writeFileAtomic`) and never rewrites one in place, so a linked file never changes.
 */
export async function linkOrCopy(source: string, target: string): Promise<void> {
  await fsp.mkdir(path.dirname(target), { recursive: true });
  try {
    await fsp.link(source, target);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return;
    await fsp.copyFile(source, target);
  }
}

/** A path relative to a snapshot → absolute, refusing anything that would leave `root`. */
export function insideRoot(root: string, rel: string): string {
  const abs = path.resolve(root, ...rel.split('/'));
  if (!abs.startsWith(path.resolve(root) + path.sep)) throw new Error(`path outside the snapshot: ${rel}`);
  return abs;
}
