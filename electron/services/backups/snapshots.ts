import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import {
  BACKUP_FORMAT,
  manifestBytes,
  snapshotManifestSchema,
  type SnapshotKind,
  type SnapshotManifest,
  type SnapshotView,
} from '../../../shared/backups';
import { AppFailure } from '../../../shared/result';
import { errorCode, writeFileAtomic } from '../files/atomic';
import {
  BLOBS_PREFIX,
  DATA_PREFIX,
  MANIFEST_FILE,
  blobFiles,
  blobPath,
  coveredFiles,
  insideRoot,
  linkOrCopy,
  type CoveredFile,
} from './layout';
import { digestFiles, summarizeState, type DigestCache } from './state';

/** `yyyyMMdd-HHmmssSSS` in local time: ids sort by creation. */
function stampOf(date: Date): string {
  const p = (value: number, width = 2): string => String(value).padStart(width, '0');
  return `${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}-${p(date.getHours())}${p(date.getMinutes())}${p(date.getSeconds())}${p(date.getMilliseconds(), 3)}`;
}

/** A snapshot folder and its manifest. */
export interface SnapshotEntry {
  id: string;
  dir: string;
  manifest: SnapshotManifest;
}

export function viewOf(entry: SnapshotEntry): SnapshotView {
  const { manifest } = entry;
  return {
    id: entry.id,
    kind: manifest.kind,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    counts: manifest.counts,
    sizeBytes: manifestBytes(manifest),
    fileCount: manifest.files.length,
  };
}

export async function readManifest(dir: string): Promise<SnapshotManifest> {
  const parsed = snapshotManifestSchema.safeParse(JSON.parse(await fsp.readFile(path.join(dir, MANIFEST_FILE), 'utf8')));
  if (!parsed.success) throw new Error(`unreadable manifest in ${dir}`);
  return parsed.data;
}

/** Files of a snapshot folder's `data/` part, as covered files relative to the data folder. */
export function dataFilesOf(dir: string, manifest: SnapshotManifest): CoveredFile[] {
  return manifest.files
    .filter((file) => file.path.startsWith(DATA_PREFIX))
    .map((file) => ({ rel: file.path.slice(DATA_PREFIX.length), abs: insideRoot(dir, file.path) }));
}

/** The part of a capture that must happen while writes are held: links, no reading. */
export interface LinkedState {
  dir: string;
  data: CoveredFile[];
  blobs: { hash: string; abs: string }[];
}

/** Links every covered file and blob of `dataDir` into the new folder `dir`. */
export async function linkState(dataDir: string, dir: string): Promise<LinkedState> {
  await fsp.mkdir(dir, { recursive: true });
  const data: CoveredFile[] = [];
  for (const file of await coveredFiles(dataDir)) {
    const target = insideRoot(dir, `${DATA_PREFIX}${file.rel}`);
    await linkOrCopy(file.abs, target);
    data.push({ rel: file.rel, abs: target });
  }
  const blobs: { hash: string; abs: string }[] = [];
  for (const blob of await blobFiles(path.join(dataDir, 'blobs'))) {
    const target = insideRoot(dir, blobPath(blob.hash));
    await linkOrCopy(blob.abs, target);
    blobs.push({ hash: blob.hash, abs: target });
  }
  return { dir, data, blobs };
}

/** Hashes the linked files, counts the records and writes `manifest.json`. */
export async function describeLinked(state: LinkedState, kind: SnapshotKind, appVersion: string, createdAt: Date, cache: DigestCache): Promise<SnapshotManifest> {
  const digests = await digestFiles(state.data, cache);
  const summary = await summarizeState(state.data, digests);
  const blobs = await Promise.all(state.blobs.map(async (blob) => ({ path: blobPath(blob.hash), size: (await fsp.stat(blob.abs)).size, sha256: blob.hash })));
  const manifest: SnapshotManifest = {
    format: BACKUP_FORMAT,
    app: 'ZI Desk',
    appVersion,
    createdAt: createdAt.toISOString(),
    kind,
    counts: { ...summary.counts, blobs: blobs.length },
    files: [...state.data.map((file) => ({ path: `${DATA_PREFIX}${file.rel}`, ...(digests.get(file.rel) ?? { size: 0, sha256: '' }) })), ...blobs],
  };
  await writeFileAtomic(path.join(state.dir, MANIFEST_FILE), JSON.stringify(manifest));
  return manifest;
}

/**
 * Checks every file of a snapshot against its manifest (size and SHA-256) before it is restored.
 * Throws `AppFailure('STORAGE_ERROR')` naming the first damaged file.
 */
export async function verifySnapshot(dir: string, manifest: SnapshotManifest, cache: DigestCache): Promise<void> {
  for (const file of manifest.files) {
    const abs = insideRoot(dir, file.path);
    let good: boolean;
    try {
      if (file.path.startsWith(BLOBS_PREFIX)) {
        good = (await fsp.stat(abs)).size === file.size;
      } else {
        const digest = await cache.sha256(abs);
        good = digest.size === file.size && digest.sha256 === file.sha256;
      }
    } catch {
      good = false;
    }
    if (!good) {
      throw new AppFailure('STORAGE_ERROR', `Cadangan ini rusak: berkas ${file.path} hilang atau tidak cocok dengan catatannya. Pilih cadangan lain.`);
    }
  }
}

/** The snapshots folder: `<id>/` complete snapshots; `.tmp-*`, `.staging-*`, `.import-*` work folders. */
export class SnapshotFolder {
  constructor(
    readonly root: string,
    private readonly now: () => Date,
  ) {}

  /** A fresh work folder (`.tmp-…`, `.staging-…`, `.import-…`); not listed. */
  workDir(kind: 'tmp' | 'staging' | 'replaced' | 'import', id = randomBytes(8).toString('hex')): string {
    return path.join(this.root, `.${kind}-${id}`);
  }

  /** A new, unused snapshot id. */
  async newId(): Promise<string> {
    const base = stampOf(this.now());
    for (let n = 0; n < 1000; n += 1) {
      const id = n === 0 ? base : `${base}-${n}`;
      try {
        await fsp.stat(path.join(this.root, id));
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return id;
        throw error;
      }
    }
    throw new Error('no free snapshot id');
  }

  /** Moves a described work folder into place as snapshot `id`. */
  async publish(work: string, id: string): Promise<SnapshotEntry> {
    const dir = path.join(this.root, id);
    await fsp.rename(work, dir);
    return { id, dir, manifest: await readManifest(dir) };
  }

  /** Complete snapshots, newest first; a folder with an unreadable manifest is skipped. */
  async list(): Promise<SnapshotEntry[]> {
    let names: string[];
    try {
      names = await fsp.readdir(this.root);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    const entries: SnapshotEntry[] = [];
    for (const id of names.filter((name) => /^\d{8}-\d{9}(?:-\d{1,3})?$/.test(name))) {
      const dir = path.join(this.root, id);
      try {
        entries.push({ id, dir, manifest: await readManifest(dir) });
      } catch {
        // Half-deleted or damaged: not offered.
      }
    }
    return entries.sort((a, b) => (a.id < b.id ? 1 : -1));
  }

  async get(id: string): Promise<SnapshotEntry> {
    const dir = path.join(this.root, id);
    try {
      return { id, dir, manifest: await readManifest(dir) };
    } catch {
      throw new AppFailure('NOT_FOUND', 'Cadangan ini tidak ditemukan (mungkin sudah dihapus oleh aturan penyimpanan). Muat ulang daftar.');
    }
  }

  async remove(dir: string): Promise<void> {
    await fsp.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }

  /** Removes work folders left by an earlier session (this session's are removed as it goes). */
  async sweepWork(): Promise<void> {
    let names: string[];
    try {
      names = await fsp.readdir(this.root);
    } catch {
      return;
    }
    for (const name of names) {
      if (/^\.(tmp|staging|replaced|import)-/.test(name)) await this.remove(path.join(this.root, name));
    }
  }
}
