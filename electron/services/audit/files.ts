import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { errorCode, fsyncDirectory, readTextIfExists, withRetry, writeFileAtomic } from '../files/atomic';
import { auditHeadSchema, type AuditHead } from './chain';

/**
 * The audit log on disk, one folder per installation:
 * `audit/<installationId>/events-000001.jsonl` (10,000 events per segment, append-only, one JSON
 * line per event), `head.json` (the signed head) and, for another installation's log received in a
 * bundle, `installation.json` (its label and public key). Whole-folder backups leave `audit/` out:
 * a restore never takes events back (it is itself an event).
 */

export const AUDIT_FOLDER = 'audit';
/** Events per segment file: appends touch a small file, verification reads them in order. */
export const SEGMENT_EVENTS = 10_000;

const SEGMENT_FILE = /^events-(\d{6})\.jsonl$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function segmentName(index: number): string {
  return `events-${String(index).padStart(6, '0')}.jsonl`;
}

/** The segment holding event `seq`. */
export function segmentOf(seq: number): number {
  return Math.floor((seq - 1) / SEGMENT_EVENTS) + 1;
}

export function chainDir(dataDir: string, installationId: string): string {
  return path.join(dataDir, AUDIT_FOLDER, installationId);
}

/** Installation ids with a log folder. */
export async function listChainIds(dataDir: string): Promise<string[]> {
  const entries = await fsp.readdir(path.join(dataDir, AUDIT_FOLDER), { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory() && UUID.test(entry.name)).map((entry) => entry.name).sort();
}

async function segments(dir: string): Promise<number[]> {
  const names = await fsp.readdir(dir).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return [] as string[];
    throw error;
  });
  return names.flatMap((name) => {
    const match = SEGMENT_FILE.exec(name);
    return match?.[1] === undefined ? [] : [Number(match[1])];
  }).sort((a, b) => a - b);
}

function splitLines(text: string): { lines: string[]; torn: string | null } {
  const lines = text.split('\n');
  const last = lines.pop() ?? '';
  return { lines, torn: last === '' ? null : last };
}

/**
 * Every line of a log in order. A last line without its newline (a crash during an append) is
 * `torn`, not a line; a segment missing in the middle shows as a break when the lines are checked.
 */
export async function readLines(dir: string): Promise<{ lines: string[]; torn: string | null }> {
  const all: string[] = [];
  let torn: string | null = null;
  for (const index of await segments(dir)) {
    const text = (await readTextIfExists(path.join(dir, segmentName(index)))) ?? '';
    const split = splitLines(text);
    if (torn !== null) all.push(torn);
    all.push(...split.lines);
    torn = split.torn;
  }
  return { lines: all, torn };
}

/**
 * The last lines of the log (its last segment, or the one before when that is empty) and cuts off
 * a torn last line: an append a crash interrupted, whose write was never acknowledged.
 */
export async function readTail(dir: string): Promise<string[]> {
  const indexes = await segments(dir);
  for (let i = indexes.length - 1; i >= 0; i -= 1) {
    const file = path.join(dir, segmentName(indexes[i] ?? 0));
    const text = (await readTextIfExists(file)) ?? '';
    const { lines, torn } = splitLines(text);
    if (torn !== null) await fsp.truncate(file, Buffer.byteLength(text, 'utf8') - Buffer.byteLength(torn, 'utf8'));
    if (lines.length > 0) return lines;
  }
  return [];
}

const HEAD_FILE = 'head.json';
const META_FILE = 'installation.json';

/** A small JSON file checked with `schema`; null when absent; 'damaged' when unreadable. */
async function readChecked<T>(file: string, schema: z.ZodType<T>): Promise<T | null | 'damaged'> {
  const text = await readTextIfExists(file);
  if (text === null) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'damaged';
  } catch {
    return 'damaged';
  }
}

/** The signed head; null when absent; 'damaged' when unreadable. */
export function readHead(dir: string): Promise<AuditHead | null | 'damaged'> {
  return readChecked(path.join(dir, HEAD_FILE), auditHeadSchema);
}

export async function writeHead(dir: string, head: AuditHead): Promise<void> {
  await writeFileAtomic(path.join(dir, HEAD_FILE), `${JSON.stringify(head)}\n`);
}

const metaSchema = z.object({ label: z.string(), publicKey: z.string() });
export type ForeignMeta = z.infer<typeof metaSchema>;

/** Label and key of another installation's log; null for this installation's own logs. */
export function readMeta(dir: string): Promise<ForeignMeta | null | 'damaged'> {
  return readChecked(path.join(dir, META_FILE), metaSchema);
}

export async function writeMeta(dir: string, meta: ForeignMeta): Promise<void> {
  await writeFileAtomic(path.join(dir, META_FILE), `${JSON.stringify(meta)}\n`);
}

/**
 * Appends lines to a log durably (write + fdatasync), keeping the current segment open. A failed
 * append is cut back to the segment's previous size, so a retry never leaves half a line.
 */
export class SegmentAppender {
  private open: { index: number; handle: fsp.FileHandle; size: number } | null = null;

  constructor(readonly dir: string) {}

  private async segment(index: number): Promise<{ index: number; handle: fsp.FileHandle; size: number }> {
    if (this.open?.index === index) return this.open;
    await this.close();
    await fsp.mkdir(this.dir, { recursive: true });
    const file = path.join(this.dir, segmentName(index));
    const handle = await withRetry(() => fsp.open(file, 'a'));
    const { size } = await handle.stat();
    // A new segment's name must survive a crash too.
    if (size === 0) await fsyncDirectory(this.dir).catch(() => undefined);
    this.open = { index, handle, size };
    return this.open;
  }

  /** Appends `entries` (in seq order); resolves once they are on disk. */
  async append(entries: readonly { seq: number; line: string }[]): Promise<void> {
    let start = 0;
    while (start < entries.length) {
      const index = segmentOf(entries[start]?.seq ?? 1);
      let end = start;
      while (end < entries.length && segmentOf(entries[end]?.seq ?? 1) === index) end += 1;
      const text = entries.slice(start, end).map((entry) => `${entry.line}\n`).join('');
      const segment = await this.segment(index);
      try {
        await segment.handle.write(text);
        await segment.handle.datasync();
      } catch (error) {
        await segment.handle.truncate(segment.size).catch(() => undefined);
        throw error;
      }
      segment.size += Buffer.byteLength(text, 'utf8');
      start = end;
    }
  }

  async close(): Promise<void> {
    const open = this.open;
    this.open = null;
    await open?.handle.close().catch(() => undefined);
  }
}
