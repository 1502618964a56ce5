import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorksheetSummary } from '../../../shared/worksheets';
import { documentFile } from '../storage/layout';
import { worksheetDocumentName } from './documents';

/**
 * The derived score index: each worksheet's list summary with the identity of the source file it was
 * computed from, so a cold `worksheets:list` of every year reads one small file instead of opening
 * and scoring hundreds of worksheets. Never the source of truth: an entry counts only while its
 * source file is the very same (inode, size, modification time), the unit's master data and the
 * year's instansi record are unchanged and the same build of ZI Desk wrote it; anything else is
 * recomputed from the worksheet and the index rewritten. A missing or unreadable index is rebuilt.
 * It lives in `cache/`, outside the documents, backups and snapshots.
 *
 * Within one process an entry whose file stamp was checked once stays trusted without another
 * `stat`: the data-folder lock keeps every other writer out, and every write of this process opens
 * the worksheet's document first (the list then summarises the open snapshot instead). So a warm
 * list of every year costs map lookups, not 700 file-system calls.
 */

/** Identity of a worksheet's source file: every durable write replaces the file (a new inode). */
export interface FileStamp {
  ino: number;
  size: number;
  mtimeMs: number;
}

/** What a summary depends on besides the worksheet: its unit's master data and the year's instansi record. */
export interface SummaryKeys {
  unit: string;
  instansi: string;
}

interface Entry {
  stamp: FileStamp;
  instansi: string;
  summary: WorksheetSummary;
}

interface IndexFile {
  format: number;
  build: string;
  entries: Record<string, Entry>;
}

/** Bump when the shape of a summary changes. */
const FORMAT = 1;

export interface SummaryIndex {
  /** The stamp of a worksheet's source file now; undefined when it is not on disk. */
  stamp(id: string): Promise<FileStamp | undefined>;
  /** The indexed summary when it is still valid for this file and these inputs. */
  lookup(id: string, stamp: FileStamp, keys: (summary: WorksheetSummary) => SummaryKeys): Promise<WorksheetSummary | undefined>;
  /**
   * The summary of an entry already checked against its file in this process (see above), while
   * its inputs are unchanged; undefined when it must be looked up with a fresh stamp.
   */
  trusted(id: string, keys: (summary: WorksheetSummary) => SummaryKeys): WorksheetSummary | undefined;
  /** Records a summary computed from the file with `stamp` (written by the next `flush`). */
  record(id: string, stamp: FileStamp, instansi: string, summary: WorksheetSummary): void;
  /** Writes the index if it changed; with `present`, entries of worksheets no longer stored are dropped. */
  flush(present?: ReadonlySet<string>): Promise<void>;
}

/** The running build: the modification time and size of the bundle (or source file) this code came from. */
async function currentBuild(): Promise<string> {
  try {
    const info = await fsp.stat(fileURLToPath(import.meta.url));
    return `${info.size}:${info.mtimeMs}`;
  } catch {
    return 'unknown';
  }
}

const sameStamp = (a: FileStamp, b: FileStamp): boolean => a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

function isIndexFile(value: unknown): value is IndexFile {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<IndexFile>;
  return candidate.format === FORMAT && typeof candidate.build === 'string' && typeof candidate.entries === 'object' && candidate.entries !== null;
}

/** The index file of a data folder. */
export const summaryIndexFile = (dataDir: string): string => path.join(dataDir, 'cache', 'worksheet-summaries.json');

export function createSummaryIndex(dataDir: string, build: Promise<string> = currentBuild()): SummaryIndex {
  const file = summaryIndexFile(dataDir);
  let loaded: Promise<IndexFile> | undefined;
  let dirty = false;
  const pending = new Map<string, Entry>();
  /** Entries checked against their file's stamp in this process (see the note at the top). */
  const checked = new Map<string, Entry>();
  /** Each entry's unit as compared with the master data, serialised once. */
  const unitKeys = new WeakMap<Entry, string>();
  const unitKeyOf = (entry: Entry): string => {
    let key = unitKeys.get(entry);
    if (key === undefined) {
      key = JSON.stringify(entry.summary.unit);
      unitKeys.set(entry, key);
    }
    return key;
  };
  const current = (entry: Entry, keys: (summary: WorksheetSummary) => SummaryKeys): boolean => {
    const now = keys(entry.summary);
    return now.unit === unitKeyOf(entry) && now.instansi === entry.instansi;
  };
  let writing: Promise<void> = Promise.resolve();

  const load = (): Promise<IndexFile> =>
    (loaded ??= (async () => {
      const stamp = await build;
      try {
        const parsed = JSON.parse(await fsp.readFile(file, 'utf8')) as unknown;
        if (isIndexFile(parsed) && parsed.build === stamp) return parsed;
        // Another build or format: replaced on the next flush.
        dirty = true;
      } catch {
        // Missing or unreadable: rebuilt from the worksheets (an empty archive writes nothing).
      }
      return { format: FORMAT, build: stamp, entries: {} };
    })());

  return {
    async stamp(id) {
      try {
        const info = await fsp.stat(documentFile(dataDir, worksheetDocumentName(id)));
        return { ino: info.ino, size: info.size, mtimeMs: info.mtimeMs };
      } catch {
        return undefined;
      }
    },

    async lookup(id, stamp, keys) {
      const entry = (await load()).entries[id];
      if (entry === undefined || !sameStamp(entry.stamp, stamp)) return undefined;
      checked.set(id, entry);
      return current(entry, keys) ? entry.summary : undefined;
    },

    trusted(id, keys) {
      const entry = checked.get(id);
      return entry !== undefined && current(entry, keys) ? entry.summary : undefined;
    },

    record(id, stamp, instansi, summary) {
      const entry = { stamp, instansi, summary };
      pending.set(id, entry);
      checked.set(id, entry);
    },

    async flush(present) {
      const index = await load();
      for (const [id, entry] of pending) index.entries[id] = entry;
      if (pending.size > 0) dirty = true;
      pending.clear();
      if (present) for (const id of checked.keys()) if (!present.has(id)) checked.delete(id);
      if (present && Object.keys(index.entries).some((id) => !present.has(id))) {
        index.entries = Object.fromEntries(Object.entries(index.entries).filter(([id]) => present.has(id)));
        dirty = true;
      }
      if (!dirty) return;
      dirty = false;
      const text = JSON.stringify(index);
      // One write at a time; temporary file then rename, so a reader never sees half an index.
      writing = writing.then(async () => {
        try {
          await fsp.mkdir(path.dirname(file), { recursive: true });
          const temporary = `${file}.${process.pid}.tmp`;
          await fsp.writeFile(temporary, text);
          await fsp.rename(temporary, file);
        } catch {
          // A derived file: failing to write it only costs the next cold list its speed.
        }
      });
      await writing;
    },
  };
}
