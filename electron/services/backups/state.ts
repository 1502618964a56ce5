import { promises as fsp } from 'node:fs';
import type { ChangeKind, SnapshotCounts } from '../../../shared/backups';
import { sha256File, type CoveredFile } from './layout';

/** Size and SHA-256 of each file, by relative path. */
export type FileDigests = Map<string, { size: number; sha256: string }>;

/**
 * SHA-256 of files already hashed, by device, inode, size and modification time. Sound because no
 * writer of the data folder rewrites a file in place (see `linkOrCopy`): the same inode with the
 * same size and time is the same content, so a snapshot re-hashes only what changed since the last
 * one; a file edited in place gets a new time and is hashed again.
 */
export class DigestCache {
  private readonly known = new Map<string, string>();

  /** Records the SHA-256 of a file just written from bytes whose hash is known. */
  async remember(file: string, sha256: string): Promise<void> {
    const info = await fsp.stat(file, { bigint: true });
    this.known.set(`${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}`, sha256);
  }

  async sha256(file: string): Promise<{ size: number; sha256: string }> {
    const info = await fsp.stat(file, { bigint: true });
    const key = `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}`;
    let sha256 = this.known.get(key);
    if (sha256 === undefined) {
      sha256 = await sha256File(file);
      this.known.set(key, sha256);
    }
    return { size: Number(info.size), sha256 };
  }
}

export async function digestFiles(files: readonly CoveredFile[], cache: DigestCache = new DigestCache()): Promise<FileDigests> {
  const digests: FileDigests = new Map();
  for (const file of files) digests.set(file.rel, await cache.sha256(file.abs));
  return digests;
}

/** What the restore preview compares: per kind, record id → fingerprint. */
export type Fingerprints = Record<ChangeKind, Map<string, string>>;

/** The records of one state of the data folder, read from its document files. */
export interface StateSummary {
  counts: Omit<SnapshotCounts, 'blobs'>;
  fingerprints: Fingerprints;
  /** Digest of the `keys/` folder ('' when it holds nothing). */
  keys: string;
}

type Json = Record<string, unknown>;

async function readData(file: CoveredFile): Promise<Json> {
  const envelope = JSON.parse(await fsp.readFile(file.abs, 'utf8')) as unknown;
  const data = typeof envelope === 'object' && envelope !== null ? (envelope as Json).data : undefined;
  return typeof data === 'object' && data !== null ? (data as Json) : {};
}

function records(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter((item): item is Json => typeof item === 'object' && item !== null) : [];
}

function keyed(map: Map<string, string>, items: Json[]): void {
  for (const item of items) if (typeof item.id === 'string') map.set(item.id, JSON.stringify(item));
}

/**
 * Reads the records of a state: units and people from `master.json`, one worksheet per file under
 * `worksheets/` (fingerprint: its SHA-256), pledges from `pledges/<year>.json`, declarations.
 */
export async function summarizeState(files: readonly CoveredFile[], digests: FileDigests): Promise<StateSummary> {
  const fingerprints: Fingerprints = {
    units: new Map(),
    people: new Map(),
    worksheets: new Map(),
    pledges: new Map(),
    declarations: new Map(),
  };
  const keyParts: string[] = [];
  for (const file of files) {
    if (file.rel === 'master.json') {
      const data = await readData(file);
      keyed(fingerprints.units, records(data.units));
      keyed(fingerprints.people, records(data.people));
    } else if (file.rel === 'declarations.json') {
      keyed(fingerprints.declarations, records((await readData(file)).records));
    } else if (/^pledges\/\d{4}\.json$/.test(file.rel)) {
      keyed(fingerprints.pledges, records((await readData(file)).pledges));
    } else if (file.rel.startsWith('worksheets/')) {
      fingerprints.worksheets.set(file.rel, digests.get(file.rel)?.sha256 ?? '');
    } else if (file.rel.startsWith('keys/')) {
      keyParts.push(`${file.rel}:${digests.get(file.rel)?.sha256 ?? ''}`);
    }
  }
  return {
    counts: {
      units: fingerprints.units.size,
      people: fingerprints.people.size,
      worksheets: fingerprints.worksheets.size,
      pledges: fingerprints.pledges.size,
      declarations: fingerprints.declarations.size,
    },
    fingerprints,
    keys: keyParts.sort().join('\n'),
  };
}
