import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { AppFailure, type FieldIssue } from '../../../shared/result';
import {
  errorCode,
  readTextIfExists,
  removeQuietly,
  toStorageFailure,
  withRetry,
  writeFileAtomic,
  type FileOps,
} from '../files/atomic';
import { CorruptFileError, DurableJsonFile, parseEnvelope, serializeEnvelope, type Envelope } from './adapter';
import { backupStem, documentFile, escapeRegExp, relativeToDataDir, type FolderIndex } from './layout';
import { applyMigrations } from './migrations';
import { dayStamp, secondStamp } from './stamp';
import type { DocumentSpec, RecoveryNotice, StoredDocument } from './types';

/** Daily snapshots kept per document (`backups/<name>.<yyyyMMdd>.json`). */
export const DAILY_SNAPSHOTS_KEPT = 7;

/** What loading a document needs from its storage session. */
export interface DocumentContext {
  dataDir: string;
  now: () => Date;
  ops: FileOps;
  folders: FolderIndex;
  notify(notice: RecoveryNotice): void;
}

/** Field issues of a zod error, `path` joined with dots (`items.3.answer`). */
export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((key) => String(key)).join('.'),
    message: issue.message,
  }));
}

function describeIssues(error: z.ZodError): string {
  const first = issuesOf(error)[0];
  if (first === undefined) return 'tidak sesuai skema';
  return first.path ? `${first.path}: ${first.message}` : first.message;
}

/** Freezes a JSON-like value in place, recursively, so a snapshot cannot be edited by accident. */
export function deepFreeze<V>(value: V): V {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

type Decoded<T> = { ok: true; data: T; fromVersion: number } | { ok: false; reason: string };

/**
 * File text → validated data: parse the envelope, migrate step by step, validate. A damaged file
 * gives `{ ok: false }`. A file from a newer app, or a migration that fails, throws
 * `AppFailure('STORAGE_ERROR')`: that is not damage, and the file must stay as it is.
 */
async function decode<T>(
  text: string,
  spec: DocumentSpec<T>,
  beforeMigrate?: (fromVersion: number) => Promise<void>,
): Promise<Decoded<T>> {
  let envelope: Envelope;
  try {
    envelope = parseEnvelope(text);
  } catch (error) {
    if (error instanceof CorruptFileError) return { ok: false, reason: error.reason };
    throw error;
  }
  const fromVersion = envelope.schemaVersion;
  if (fromVersion > spec.version) {
    throw new AppFailure(
      'STORAGE_ERROR',
      `Dokumen "${spec.name}" dibuat oleh versi ZI Desk yang lebih baru (format ${fromVersion}; aplikasi ini hanya mengenal sampai format ${spec.version}). Perbarui ZI Desk. Data tidak diubah.`,
    );
  }
  let data = envelope.data;
  if (fromVersion < spec.version) {
    await beforeMigrate?.(fromVersion);
    data = applyMigrations(data, fromVersion, spec.version, spec.migrations);
  }
  const parsed = spec.schema.safeParse(data);
  if (!parsed.success) {
    if (fromVersion < spec.version) {
      throw new AppFailure(
        'STORAGE_ERROR',
        `Hasil pembaruan format dokumen "${spec.name}" dari versi ${fromVersion} tidak valid (${describeIssues(parsed.error)}). Data tidak diubah; hubungi admin TI.`,
      );
    }
    return { ok: false, reason: `isi data tidak sesuai skema: ${describeIssues(parsed.error)}` };
  }
  return { ok: true, data: parsed.data, fromVersion };
}

function validEmpty<T>(spec: DocumentSpec<T>): T {
  const parsed = spec.schema.safeParse(spec.empty());
  if (!parsed.success) {
    throw new Error(`storage: ${spec.name}: empty() does not satisfy the schema: ${parsed.error.message}`);
  }
  return parsed.data;
}

/** When and how a document is copied to its daily backup (method syntax keeps it bivariant in T). */
interface DailySnapshot<T> {
  day(): string;
  take(data: T): Promise<void>;
}

/**
 * One open document: the current snapshot, the lowdb instance that writes it, and a queue that
 * runs its updates one at a time.
 */
export class DocumentHandle<T> implements StoredDocument<T> {
  readonly name: string;
  private current: T;
  private tail: Promise<unknown> = Promise.resolve();
  private retired: AppFailure | null = null;

  private snapshotDay = '';

  /**
   * @param snapshot copies the on-disk state to the day's backup before the first write of a day
   *   (absent for a document that is not on disk yet). Reading never writes: opening 700
   *   worksheets to list them costs no backup I/O.
   */
  constructor(
    readonly spec: DocumentSpec<T>,
    private readonly low: Low<Envelope>,
    initial: T,
    private readonly snapshot?: DailySnapshot<T>,
  ) {
    this.name = spec.name;
    this.current = deepFreeze(initial);
  }

  get data(): T {
    return this.current;
  }

  update(mutate: (draft: T) => T | void): Promise<T> {
    return this.enqueue(async () => {
      const draft = structuredClone(this.current);
      const returned = mutate(draft);
      if (returned instanceof Promise) {
        throw new TypeError(`storage: ${this.name}: update() needs a synchronous mutate function`);
      }
      const parsed = this.spec.schema.safeParse(returned === undefined ? draft : returned);
      if (!parsed.success) {
        throw new AppFailure(
          'INVALID_INPUT',
          `Data tidak valid sehingga tidak disimpan (${describeIssues(parsed.error)}).`,
          issuesOf(parsed.error),
        );
      }
      if (this.snapshot && this.snapshotDay !== this.snapshot.day()) {
        this.snapshotDay = this.snapshot.day();
        await this.snapshot.take(this.current);
      }
      this.low.data = { schemaVersion: this.spec.version, data: parsed.data };
      await this.low.write();
      this.current = deepFreeze(parsed.data);
      return this.current;
    });
  }

  /** Runs `op` after every operation queued before it; rejects once the handle is retired. */
  enqueue<R>(op: () => Promise<R>): Promise<R> {
    const run = (): Promise<R> => (this.retired ? Promise.reject(this.retired) : op());
    const result = this.tail.then(run, run);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** From now on every queued or new operation rejects with `reason`. */
  retire(reason: AppFailure): void {
    this.retired = reason;
  }

  /** Replaces the snapshot with data read from disk again (a restore swapped the file); the instance keeps its identity. */
  replace(data: T): void {
    this.current = deepFreeze(data);
  }

  /** Writes `data` outside the queue: only for a caller that holds every queue (`Storage.exclusive`). */
  async overwrite(data: T): Promise<void> {
    this.low.data = { schemaVersion: this.spec.version, data };
    await this.low.write();
    this.replace(data);
  }
}

/**
 * Reads an open document's file again after a restore replaced it (absent: `spec.empty()`, written
 * to disk when `writeMissing(name)`).
 * Throws `AppFailure('STORAGE_ERROR')` when the file is damaged or from a newer app: the caller
 * puts the previous files back.
 */
export async function reloadDocument<T>(
  handle: DocumentHandle<T>,
  ctx: DocumentContext,
  writeMissing: (name: string) => boolean,
): Promise<void> {
  const { spec } = handle;
  const text = await readTextIfExists(documentFile(ctx.dataDir, spec.name));
  if (text === null) {
    // Written when asked, not only emptied in memory: a document the restored state does not
    // have must not come back from its daily copies on the next start.
    if (writeMissing(spec.name)) await handle.overwrite(validEmpty(spec));
    else handle.replace(validEmpty(spec));
    return;
  }
  const decoded = await decode(text, spec);
  if (!decoded.ok) {
    throw new AppFailure('STORAGE_ERROR', `Dokumen "${spec.name}" dari cadangan tidak dapat dibaca (${decoded.reason}).`);
  }
  handle.replace(decoded.data);
}

/** Moves a damaged file aside as `<file>.corrupt-<yyyyMMddHHmmss>` and returns the new path. */
async function setAside(file: string, ctx: DocumentContext): Promise<string> {
  const base = `${file}.corrupt-${secondStamp(ctx.now())}`;
  let target = base;
  for (let n = 2; await exists(target); n += 1) target = `${base}-${n}`;
  try {
    await withRetry(() => ctx.ops.rename(file, target));
  } catch (error) {
    throw toStorageFailure(error, 'menyimpan', file);
  }
  return target;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fsp.stat(file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw toStorageFailure(error, 'membaca', file);
  }
}

/** `.bak` and `backups/<name>.(<yyyyMMdd>|v<n>-<yyyyMMddHHmmss>).json`, newest first. */
async function recoveryCandidates(name: string, skip: string, ctx: DocumentContext): Promise<string[]> {
  const found: { file: string; mtimeMs: number; rank: number }[] = [];
  const consider = async (file: string, rank: number): Promise<void> => {
    if (file === skip) return;
    try {
      found.push({ file, mtimeMs: (await fsp.stat(file)).mtimeMs, rank });
    } catch {
      // Missing or unreadable: not a candidate.
    }
  };
  await consider(`${documentFile(ctx.dataDir, name)}.bak`, 0);
  const stem = backupStem(ctx.dataDir, name);
  const pattern = new RegExp(`^${escapeRegExp(stem.base)}\\.(\\d{8}|v\\d+-\\d{14})\\.json$`);
  const entries = await ctx.folders.entries(stem.dir).catch(() => new Set<string>());
  for (const entry of entries) {
    if (pattern.test(entry)) await consider(path.join(stem.dir, entry), 1);
  }
  found.sort((a, b) => b.mtimeMs - a.mtimeMs || a.rank - b.rank);
  return found.map((candidate) => candidate.file);
}

/**
 * Copies a valid document to `backups/<name>.<yyyyMMdd>.json` before its first write on a given
 * local day (and right after a recovery), keeping the newest {@link DAILY_SNAPSHOTS_KEPT}. Best effort: a full or
 * read-only disk must not stop the user from reading data.
 */
async function takeDailySnapshot(name: string, text: () => string, ctx: DocumentContext): Promise<void> {
  try {
    const stem = backupStem(ctx.dataDir, name);
    const entries = await ctx.folders.entries(stem.dir);
    const today = `${stem.base}.${dayStamp(ctx.now())}.json`;
    if (entries.has(today)) return;
    await writeFileAtomic(path.join(stem.dir, today), text(), { ops: ctx.ops });
    entries.add(today);
    const pattern = new RegExp(`^${escapeRegExp(stem.base)}\\.\\d{8}\\.json$`);
    const daily = [...entries].filter((entry) => pattern.test(entry)).sort().reverse();
    for (const old of daily.slice(DAILY_SNAPSHOTS_KEPT)) {
      await removeQuietly(path.join(stem.dir, old), ctx.ops);
      entries.delete(old);
    }
  } catch {
    // Best effort, see above.
  }
}

/**
 * Loads a document from disk: the file, or its `.bak` if a crash hit between the two renames of a
 * write. Migrates an older version (after backing the file up), validates; the daily snapshot
 * waits for the first write of the day. A damaged file is kept as `<file>.corrupt-<stamp>`, the newest valid backup is
 * restored (or `spec.empty()`), and a {@link RecoveryNotice} is recorded. A missing document
 * starts from `spec.empty()` without writing anything.
 */
export async function loadDocument<T>(spec: DocumentSpec<T>, ctx: DocumentContext): Promise<DocumentHandle<T>> {
  const { dataDir } = ctx;
  const file = documentFile(dataDir, spec.name);
  const bak = `${file}.bak`;
  await ctx.folders.sweepOnce(path.dirname(file)).catch(() => undefined);

  const low = new Low<Envelope>(new DurableJsonFile(file, ctx.ops), { schemaVersion: spec.version, data: null });
  const persist = async (data: T): Promise<void> => {
    low.data = { schemaVersion: spec.version, data };
    await low.write();
  };
  const serialized = (data: T) => (): string => serializeEnvelope({ schemaVersion: spec.version, data });
  const daily: DailySnapshot<T> = {
    day: () => dayStamp(ctx.now()),
    take: (data) => takeDailySnapshot(spec.name, serialized(data), ctx),
  };

  let source = file;
  let text = await readTextIfExists(file);
  if (text === null) {
    source = bak;
    text = await readTextIfExists(bak);
  }
  if (text === null) return new DocumentHandle(spec, low, validEmpty(spec));

  const original = text;
  const stem = backupStem(dataDir, spec.name);
  const decoded = await decode(original, spec, async (fromVersion) => {
    const backupName = `${stem.base}.v${fromVersion}-${secondStamp(ctx.now())}.json`;
    await writeFileAtomic(path.join(stem.dir, backupName), original, { ops: ctx.ops });
    await ctx.folders.add(stem.dir, backupName).catch(() => undefined);
  });

  if (decoded.ok) {
    const rewritten = decoded.fromVersion !== spec.version || source === bak;
    if (rewritten) await persist(decoded.data);
    return new DocumentHandle(spec, low, decoded.data, daily);
  }

  const damaged = relativeToDataDir(dataDir, source);
  const corruptCopy = relativeToDataDir(dataDir, await setAside(source, ctx));
  const at = ctx.now().toISOString();
  for (const candidate of await recoveryCandidates(spec.name, source, ctx)) {
    const candidateText = await readTextIfExists(candidate).catch(() => null);
    if (candidateText === null) continue;
    let restored: Decoded<T>;
    try {
      restored = await decode(candidateText, spec);
    } catch {
      continue;
    }
    if (!restored.ok) continue;
    await persist(restored.data);
    const restoredFrom = relativeToDataDir(dataDir, candidate);
    ctx.notify({
      document: spec.name,
      kind: 'restored-backup',
      corruptCopy,
      restoredFrom,
      at,
      reason:
        `Berkas ${damaged} rusak (${decoded.reason}). Data dipulihkan dari cadangan ${restoredFrom}; ` +
        `perubahan sesudah cadangan itu mungkin hilang. Salinan berkas yang rusak disimpan sebagai ${corruptCopy}.`,
    });
    await takeDailySnapshot(spec.name, serialized(restored.data), ctx);
    return new DocumentHandle(spec, low, restored.data, daily);
  }

  const empty = validEmpty(spec);
  await persist(empty);
  ctx.notify({
    document: spec.name,
    kind: 'reset-empty',
    corruptCopy,
    at,
    reason:
      `Berkas ${damaged} rusak (${decoded.reason}) dan tidak ada cadangan yang dapat dipakai, ` +
      `sehingga dokumen dimulai dari kosong. Salinan berkas yang rusak disimpan sebagai ${corruptCopy}.`,
  });
  return new DocumentHandle(spec, low, empty, daily);
}

/**
 * Deletes a document's file and `.bak`, keeping its last content as
 * `backups/<name>.removed-<yyyyMMddHHmmss>.json`. A no-op when nothing is on disk.
 */
export async function removeDocumentFiles(name: string, ctx: DocumentContext): Promise<void> {
  const file = documentFile(ctx.dataDir, name);
  const bak = `${file}.bak`;
  const stem = backupStem(ctx.dataDir, name);
  const keptName = `${stem.base}.removed-${secondStamp(ctx.now())}.json`;
  const kept = path.join(stem.dir, keptName);
  const source = (await exists(file)) ? file : (await exists(bak)) ? bak : null;
  try {
    if (source !== null) {
      await fsp.mkdir(stem.dir, { recursive: true });
      await withRetry(() => ctx.ops.rename(source, kept));
      await ctx.folders.add(stem.dir, keptName).catch(() => undefined);
    }
    if (source !== bak) {
      await withRetry(() => ctx.ops.unlink(bak)).catch((error: unknown) => {
        if (errorCode(error) !== 'ENOENT') throw error;
      });
    }
  } catch (error) {
    throw toStorageFailure(error, 'menghapus', file);
  }
}
