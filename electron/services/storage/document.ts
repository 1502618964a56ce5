import { promises as fsp, type Dirent } from 'node:fs';
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
import { CorruptFileError, DurableJsonFile, parseEnvelope, serializeEnvelope, sha256Text, type Envelope } from './adapter';
import { BACKUPS_FOLDER, backupStem, documentFile, escapeRegExp, relativeToDataDir, type FolderIndex } from './layout';
import { applyMigrations } from './migrations';
import { validateDocumentName } from './names';
import { dayStamp, secondStamp } from './stamp';
import type { DocumentSpec, RecoveryNotice, StorageCommit, StoredDocument } from './types';

/** Daily snapshots kept per document (`backups/<name>.<yyyyMMdd>.json`). */
export const DAILY_SNAPSHOTS_KEPT = 7;

/** What loading a document needs from its storage session. */
export interface DocumentContext {
  dataDir: string;
  now: () => Date;
  ops: FileOps;
  folders: FolderIndex;
  notify(notice: RecoveryNotice): void;
  /** Rejects, with the reason for the user, when this session may no longer write (lock lost). */
  guard(): Promise<void>;
  /** Runs before a document on disk is migrated to its current schema (see `StorageOptions`). */
  beforeMigration?: (name: string) => Promise<void>;
  /** Told of every committed change once it is on disk (see `StorageOptions.onCommit`); never rejects. */
  commit?: (commit: StorageCommit) => Promise<void>;
}

/** The commit hook's view of one open document: the hash of its bytes on disk. */
interface CommitTracking {
  adapter: DurableJsonFile;
  hash: string | null;
  commit(commit: StorageCommit): Promise<void>;
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

/**
 * A deep, unfrozen copy of a document snapshot for an update to change. Written by hand rather than
 * `structuredClone` because documents are trees of plain objects and arrays, which a direct copy
 * handles several times faster (structuredClone's serialisation was the largest part of a one-answer
 * save on a big worksheet); anything else (a typed array, a date) is still copied by structuredClone.
 */
export function cloneDraft<V>(value: V): V {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => cloneDraft(item)) as V;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return structuredClone(value);
  const copy: Record<string, unknown> = prototype === null ? (Object.create(null) as Record<string, unknown>) : {};
  for (const key of Object.keys(value)) {
    const item = cloneDraft((value as Record<string, unknown>)[key]);
    // An own "__proto__" key (JSON.parse makes one) stays a key instead of setting the prototype.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
    else copy[key] = item;
  }
  return copy as V;
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
  /** Resolves true once the day's snapshot is on disk (taken now or earlier), false if it failed. */
  take(data: T): Promise<boolean>;
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
    private readonly tracking?: CommitTracking,
  ) {
    this.name = spec.name;
    this.current = deepFreeze(initial);
  }

  get data(): T {
    return this.current;
  }

  update(mutate: (draft: T) => T | void): Promise<T> {
    return this.enqueue(async () => {
      const draft = cloneDraft(this.current);
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
      // The day counts as backed up only once its snapshot is on disk and the write that needed it
      // succeeded: a failed first write of the day (full disk, lost lock) leaves the next one to try.
      const day = this.snapshot?.day();
      let snapshotTaken = false;
      if (this.snapshot && day !== this.snapshotDay) snapshotTaken = await this.snapshot.take(this.current);
      this.low.data = { schemaVersion: this.spec.version, data: parsed.data };
      await this.low.write();
      if (snapshotTaken && day !== undefined) this.snapshotDay = day;
      this.current = deepFreeze(parsed.data);
      await this.reportWrite();
      return this.current;
    });
  }

  /**
   * Tells the commit hook of the write just made, from the hashes the adapter took of the bytes it
   * wrote (nothing serialised again); a write that left the bytes as they were is no change.
   */
  private async reportWrite(): Promise<void> {
    const tracking = this.tracking;
    if (tracking === undefined) return;
    const before = tracking.hash;
    const after = tracking.adapter.lastWrittenHash;
    tracking.hash = after;
    if (before !== after) await tracking.commit({ name: this.name, op: 'write', before, after });
  }

  /** The hash of the bytes on disk as the commit hook knows them (null: no file, or no hook). */
  get diskHash(): string | null {
    return this.tracking?.hash ?? null;
  }

  /** After a restore read the file again: the hash of what is on disk now (the restore is one event). */
  trackDisk(text: string | null): void {
    if (this.tracking !== undefined) this.tracking.hash = text === null ? null : sha256Text(text);
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
    if (writeMissing(spec.name)) {
      await handle.overwrite(validEmpty(spec));
      handle.trackDisk(serializeEnvelope({ schemaVersion: spec.version, data: handle.data }));
    } else {
      handle.replace(validEmpty(spec));
      handle.trackDisk(null);
    }
    return;
  }
  const decoded = await decode(text, spec);
  if (!decoded.ok) {
    throw new AppFailure('STORAGE_ERROR', `Dokumen "${spec.name}" dari cadangan tidak dapat dibaca (${decoded.reason}).`);
  }
  handle.replace(decoded.data);
  handle.trackDisk(text);
}

/** Moves a damaged file aside as `<file>.corrupt-<yyyyMMddHHmmss>` and returns the new path. */
async function setAside(file: string, ctx: DocumentContext): Promise<string> {
  await ctx.guard();
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

/** A copy a document can be recovered from. */
interface Candidate {
  file: string;
  /** When the copy was made, `yyyyMMddHHmmss` (a daily snapshot counts from the start of its day). */
  stamp: string;
  mtimeMs: number;
  /** `.bak` (0) before `backups/` (1) at equal times. */
  rank: number;
}

/** `backups/<base>.<yyyyMMdd>.json` (daily) or `backups/<base>.v<n>-<yyyyMMddHHmmss>.json` (before a migration). */
const BACKUP_SUFFIX = /\.(?:(\d{8})|v\d+-(\d{14}))\.json$/;
/** `backups/<base>.removed-<yyyyMMddHHmmss>.json`: the document was removed on purpose at that time. */
const REMOVED_SUFFIX = /\.removed-(\d{14})\.json$/;

/** `yyyyMMddHHmmss` → `yyyy-MM-dd`. */
function isoDay(stamp: string): string {
  return `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}`;
}

/**
 * Backup copies of each document base name in a backups folder listing, and when each was last
 * removed on purpose. A copy made before the document's latest removal does not count as a lost
 * document: restoring it would bring back what the user deleted.
 */
function backupsByBase(entries: Iterable<string>): Map<string, { stamps: Map<string, string>; removed: string }> {
  const bases = new Map<string, { stamps: Map<string, string>; removed: string }>();
  const of = (base: string) => {
    let value = bases.get(base);
    if (value === undefined) {
      value = { stamps: new Map(), removed: '' };
      bases.set(base, value);
    }
    return value;
  };
  for (const entry of entries) {
    const removed = REMOVED_SUFFIX.exec(entry);
    if (removed?.[1] !== undefined) {
      const value = of(entry.slice(0, removed.index));
      if (removed[1] > value.removed) value.removed = removed[1];
      continue;
    }
    const backup = BACKUP_SUFFIX.exec(entry);
    if (backup === null) continue;
    const stamp = backup[1] !== undefined ? `${backup[1]}000000` : (backup[2] ?? '');
    of(entry.slice(0, backup.index)).stamps.set(entry, stamp);
  }
  return bases;
}

/**
 * `.bak` and `backups/<name>.(<yyyyMMdd>|v<n>-<yyyyMMddHHmmss>).json`, newest first. With
 * `sinceRemoval`, copies older than the document's latest deliberate removal are left out.
 */
async function recoveryCandidates(
  name: string,
  skip: string,
  ctx: DocumentContext,
  sinceRemoval = false,
): Promise<Candidate[]> {
  const found: Candidate[] = [];
  const consider = async (file: string, rank: number, stamp?: string): Promise<void> => {
    if (file === skip) return;
    try {
      const mtimeMs = (await fsp.stat(file)).mtimeMs;
      found.push({ file, mtimeMs, rank, stamp: stamp ?? secondStamp(new Date(mtimeMs)) });
    } catch {
      // Missing or unreadable: not a candidate.
    }
  };
  await consider(`${documentFile(ctx.dataDir, name)}.bak`, 0);
  const stem = backupStem(ctx.dataDir, name);
  const entries = await ctx.folders.entries(stem.dir).catch(() => new Set<string>());
  const backups = backupsByBase(entries).get(stem.base);
  const removed = sinceRemoval ? (backups?.removed ?? '') : '';
  for (const [entry, stamp] of backups?.stamps ?? []) {
    if (stamp <= removed) continue;
    await consider(path.join(stem.dir, entry), 1, stamp);
  }
  found.sort((a, b) => b.mtimeMs - a.mtimeMs || a.rank - b.rank);
  return found;
}

/**
 * Names (in `folder`, `''` for the top level) of documents whose file and `.bak` may be gone but
 * whose backups hold a copy made after their latest deliberate removal: `Storage.list` shows them,
 * and opening one restores it, so a vanished document never just disappears from a list.
 */
export async function documentsInBackups(folder: string, ctx: DocumentContext): Promise<string[]> {
  const dir = path.join(ctx.dataDir, BACKUPS_FOLDER, ...(folder === '' ? [] : folder.split('/')));
  const entries = await ctx.folders.entries(dir).catch(() => new Set<string>());
  const names: string[] = [];
  for (const [base, { stamps, removed }] of backupsByBase(entries)) {
    if ([...stamps.values()].some((stamp) => stamp > removed)) names.push(folder === '' ? base : `${folder}/${base}`);
  }
  return names;
}

/** The first candidate that decodes to valid data, or null. */
async function firstValid<T>(spec: DocumentSpec<T>, candidates: Candidate[]): Promise<{ data: T; candidate: Candidate } | null> {
  for (const candidate of candidates) {
    const text = await readTextIfExists(candidate.file).catch(() => null);
    if (text === null) continue;
    let decoded: Decoded<T>;
    try {
      decoded = await decode(text, spec);
    } catch {
      continue;
    }
    if (decoded.ok) return { data: decoded.data, candidate };
  }
  return null;
}

/**
 * Copies a valid document to `backups/<name>.<yyyyMMdd>.json` before its first write on a given
 * local day (and right after a recovery), keeping the newest {@link DAILY_SNAPSHOTS_KEPT}. Best effort: a full or
 * read-only disk must not stop the user from reading data.
 */
async function takeDailySnapshot(name: string, text: () => string, ctx: DocumentContext): Promise<boolean> {
  try {
    await ctx.guard();
    const stem = backupStem(ctx.dataDir, name);
    const entries = await ctx.folders.entries(stem.dir);
    const today = `${stem.base}.${dayStamp(ctx.now())}.json`;
    if (entries.has(today)) return true;
    await writeFileAtomic(path.join(stem.dir, today), text(), { ops: ctx.ops });
    entries.add(today);
    const pattern = new RegExp(`^${escapeRegExp(stem.base)}\\.\\d{8}\\.json$`);
    const daily = [...entries].filter((entry) => pattern.test(entry)).sort().reverse();
    for (const old of daily.slice(DAILY_SNAPSHOTS_KEPT)) {
      await removeQuietly(path.join(stem.dir, old), ctx.ops);
      entries.delete(old);
    }
    return true;
  } catch {
    // Best effort, see above.
    return false;
  }
}

/** Records that a vanished document was brought back from a backup copy. */
function notifyRestoredMissing(name: string, candidate: Candidate, ctx: DocumentContext): void {
  const restoredFrom = relativeToDataDir(ctx.dataDir, candidate.file);
  const copyDate = isoDay(candidate.stamp);
  ctx.notify({
    document: name,
    kind: 'restored-missing',
    restoredFrom,
    copyDate,
    at: ctx.now().toISOString(),
    reason:
      `Berkas ${relativeToDataDir(ctx.dataDir, documentFile(ctx.dataDir, name))} dan salinan .bak-nya tidak ditemukan. ` +
      `Data dipulihkan dari cadangan tanggal ${copyDate} (${restoredFrom}); perubahan sesudah cadangan itu mungkin hilang.`,
  });
}

/**
 * At start, puts back every document whose file and `.bak` vanished while `backups/` holds a copy
 * made after its latest deliberate removal: the newest copy that is a readable document envelope is
 * written under the document's name and a `restored-missing` notice recorded, so the user is told
 * at once, not when the document is first opened. The schema check happens on open as for any file
 * (a copy that fails it is set aside and the next backup tried). Folders scanned: the top level and
 * each folder of the data folder or of `backups/` (`worksheets/`, `pledges/` …), one level deep as
 * document names are; only files named like the daily or migration copies count.
 */
export async function restoreVanishedDocuments(ctx: DocumentContext): Promise<void> {
  const folders = new Set(['']);
  for (const root of [ctx.dataDir, path.join(ctx.dataDir, BACKUPS_FOLDER)]) {
    const entries = await fsp.readdir(root, { withFileTypes: true }).catch((): Dirent[] => []);
    for (const entry of entries) {
      if (entry.isDirectory() && entry.name !== BACKUPS_FOLDER) folders.add(entry.name);
    }
  }
  for (const folder of folders) {
    const dir = path.join(ctx.dataDir, folder);
    // One listing per folder instead of a stat per document: 700 worksheets cost one readdir.
    const present = new Set(await fsp.readdir(dir).catch((): string[] => []));
    for (const name of await documentsInBackups(folder, ctx)) {
      try {
        validateDocumentName(name);
      } catch {
        continue; // not a document's backup
      }
      const file = documentFile(ctx.dataDir, name);
      const base = path.basename(file);
      if (present.has(base) || present.has(`${base}.bak`)) continue;
      for (const candidate of await recoveryCandidates(name, '', ctx, true)) {
        const text = await readTextIfExists(candidate.file).catch(() => null);
        if (text === null) continue;
        try {
          parseEnvelope(text);
        } catch {
          continue;
        }
        await ctx.guard();
        await writeFileAtomic(file, text, { ops: ctx.ops });
        notifyRestoredMissing(name, candidate, ctx);
        break;
      }
    }
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

  const adapter = new DurableJsonFile(file, ctx.ops, () => ctx.guard());
  adapter.hashWrites = ctx.commit !== undefined;
  const low = new Low<Envelope>(adapter, { schemaVersion: spec.version, data: null });
  const tracked = (hash: string | null): CommitTracking | undefined =>
    ctx.commit === undefined ? undefined : { adapter, hash, commit: ctx.commit };
  /** Reports a rewrite made while opening (migration, recovery); returns the hash now on disk. */
  const reportOpen = async (op: StorageCommit['op'], before: string | null): Promise<string | null> => {
    const after = adapter.lastWrittenHash;
    if (ctx.commit !== undefined && before !== after) await ctx.commit({ name: spec.name, op, before, after });
    return after;
  };
  const hashOf = (text: string): string | null => (ctx.commit === undefined ? null : sha256Text(text));
  const persist = async (data: T): Promise<void> => {
    low.data = { schemaVersion: spec.version, data };
    await low.write();
  };
  const serialized = (data: T) => (): string => serializeEnvelope({ schemaVersion: spec.version, data });
  const daily: DailySnapshot<T> = {
    day: () => dayStamp(ctx.now()),
    take: (data) => takeDailySnapshot(spec.name, serialized(data), ctx),
  };

  const at = ctx.now().toISOString();
  let source = file;
  let text = await readTextIfExists(file);
  if (text === null) {
    source = bak;
    text = await readTextIfExists(bak);
  }
  if (text === null) {
    // Nothing lost quietly: a document whose file and `.bak` vanished comes back from its newest
    // valid backup (unless the user removed it after that backup was made), and the user is told.
    const restored = await firstValid(spec, await recoveryCandidates(spec.name, '', ctx, true));
    if (restored === null) return new DocumentHandle(spec, low, validEmpty(spec), undefined, tracked(null));
    await persist(restored.data);
    notifyRestoredMissing(spec.name, restored.candidate, ctx);
    return new DocumentHandle(spec, low, restored.data, daily, tracked(await reportOpen('recover', null)));
  }

  const original = text;
  const stem = backupStem(dataDir, spec.name);
  const decoded = await decode(original, spec, async (fromVersion) => {
    await ctx.beforeMigration?.(spec.name);
    await ctx.guard();
    const backupName = `${stem.base}.v${fromVersion}-${secondStamp(ctx.now())}.json`;
    await writeFileAtomic(path.join(stem.dir, backupName), original, { ops: ctx.ops });
    await ctx.folders.add(stem.dir, backupName).catch(() => undefined);
  });

  if (decoded.ok) {
    const bakStamp = source === bak ? await fsp.stat(bak).then((stat) => secondStamp(stat.mtime), () => secondStamp(ctx.now())) : '';
    const rewritten = decoded.fromVersion !== spec.version || source === bak;
    if (rewritten) await persist(decoded.data);
    const diskHash = rewritten
      ? await reportOpen(decoded.fromVersion !== spec.version ? 'migrate' : 'recover', hashOf(original))
      : hashOf(original);
    if (source === bak) {
      // A crash between the two renames of a write, or a deleted file: the `.bak` holds the last
      // acknowledged write. Nothing acknowledged is lost, but the user is told where data came from.
      const restoredFrom = relativeToDataDir(dataDir, bak);
      const copyDate = isoDay(bakStamp);
      ctx.notify({
        document: spec.name,
        kind: 'restored-bak',
        restoredFrom,
        copyDate,
        at,
        reason:
          `Berkas ${relativeToDataDir(dataDir, file)} tidak ditemukan; data dimuat dari salinan sebelumnya ` +
          `(${restoredFrom}, ${copyDate}). Perubahan yang sedang disimpan saat ZI Desk terhenti mungkin hilang.`,
      });
    }
    return new DocumentHandle(spec, low, decoded.data, daily, tracked(diskHash));
  }

  const damaged = relativeToDataDir(dataDir, source);
  const corruptCopy = relativeToDataDir(dataDir, await setAside(source, ctx));
  const restored = await firstValid(spec, await recoveryCandidates(spec.name, source, ctx));
  if (restored !== null) {
    await persist(restored.data);
    const restoredFrom = relativeToDataDir(dataDir, restored.candidate.file);
    ctx.notify({
      document: spec.name,
      kind: 'restored-backup',
      corruptCopy,
      restoredFrom,
      copyDate: isoDay(restored.candidate.stamp),
      at,
      reason:
        `Berkas ${damaged} rusak (${decoded.reason}). Data dipulihkan dari cadangan ${restoredFrom}; ` +
        `perubahan sesudah cadangan itu mungkin hilang. Salinan berkas yang rusak disimpan sebagai ${corruptCopy}.`,
    });
    await takeDailySnapshot(spec.name, serialized(restored.data), ctx);
    return new DocumentHandle(spec, low, restored.data, daily, tracked(await reportOpen('recover', hashOf(original))));
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
  return new DocumentHandle(spec, low, empty, daily, tracked(await reportOpen('recover', hashOf(original))));
}

/**
 * Deletes a document's file and `.bak`, keeping its last content as
 * `backups/<name>.removed-<yyyyMMddHHmmss>.json`. A no-op when nothing is on disk.
 */
export async function removeDocumentFiles(name: string, ctx: DocumentContext, knownHash: string | null = null): Promise<void> {
  const file = documentFile(ctx.dataDir, name);
  const bak = `${file}.bak`;
  const stem = backupStem(ctx.dataDir, name);
  const keptName = `${stem.base}.removed-${secondStamp(ctx.now())}.json`;
  const kept = path.join(stem.dir, keptName);
  const source = (await exists(file)) ? file : (await exists(bak)) ? bak : null;
  // The commit hook names what was removed: the open document's hash, else the file's bytes.
  const before =
    ctx.commit === undefined || source === null ? null : (knownHash ?? (await readTextIfExists(source).then((text) => (text === null ? null : sha256Text(text)), () => null)));
  await ctx.guard();
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
  if (source !== null) await ctx.commit?.({ name, op: 'remove', before, after: null });
}

/**
 * Records that documents left the data folder as a whole (a restore whose state lacks them):
 * `backups/<name>.removed-<yyyyMMddHHmmss>.json` holds no data, only the fact, so the rule above
 * (copies older than the latest removal do not count) keeps their daily copies from bringing them
 * back at the next start. A marker already there for the same second is kept as it is.
 */
export async function markDocumentsRemoved(names: readonly string[], ctx: DocumentContext): Promise<void> {
  const at = ctx.now();
  const note = `${JSON.stringify({ removedBy: 'restore', at: at.toISOString() })}\n`;
  for (const name of names) {
    const stem = backupStem(ctx.dataDir, name);
    const marker = `${stem.base}.removed-${secondStamp(at)}.json`;
    const entries = await ctx.folders.entries(stem.dir);
    if (entries.has(marker)) continue;
    await ctx.guard();
    await fsp.mkdir(stem.dir, { recursive: true });
    await writeFileAtomic(path.join(stem.dir, marker), note, { ops: ctx.ops });
    entries.add(marker);
  }
}

/**
 * The opposite, for documents a restore (or its undo) brings back: each removal marker is renamed
 * `<base>.removal-undone-<stamp>.json` (kept, never read), so the document's older daily copies
 * count again should its file vanish later.
 */
export async function unmarkDocumentsRemoved(names: readonly string[], ctx: DocumentContext): Promise<void> {
  for (const name of names) {
    const stem = backupStem(ctx.dataDir, name);
    const entries = await ctx.folders.entries(stem.dir);
    for (const entry of [...entries]) {
      const removed = REMOVED_SUFFIX.exec(entry);
      if (removed?.[1] === undefined || entry.slice(0, removed.index) !== stem.base) continue;
      const undone = `${stem.base}.removal-undone-${removed[1]}.json`;
      await ctx.guard();
      try {
        await withRetry(() => ctx.ops.rename(path.join(stem.dir, entry), path.join(stem.dir, undone)));
      } catch (error) {
        throw toStorageFailure(error, 'menyimpan', path.join(stem.dir, entry));
      }
      entries.delete(entry);
      entries.add(undone);
    }
  }
}
