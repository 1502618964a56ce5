import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CHANGE_KINDS,
  diffKeyed,
  retainedSnapshotIds,
  type BackupsOverview,
  type ChangeKind,
  type ExportJobStatus,
  type KindChange,
  type LastRestoreView,
  type RestorePreview,
  type RestoreResult,
  type RestoreSource,
  type SnapshotKind,
  type SnapshotManifest,
  type SnapshotView,
} from '../../../shared/backups';
import { localDayKey } from '../../../shared/backups/retention';
import { AppFailure } from '../../../shared/result';
import { writeFileAtomic } from '../files/atomic';
import { validateDocumentName, type Storage } from '../storage';
import { ARCHIVE_LIMITS, readArchive, writeArchive, type ArchiveLimits } from './archive';
import { DATA_PREFIX, KEYS_FOLDER, MANIFEST_FILE, SNAPSHOTS_FOLDER, coveredFiles, insideRoot } from './layout';
import { swapIn } from './restore';
import { SnapshotFolder, dataFilesOf, describeLinked, linkState, verifySnapshot, viewOf, type SnapshotEntry } from './snapshots';
import { DigestCache, digestFiles, summarizeState, type StateSummary } from './state';

/**
 * Whole-folder backups: snapshots under `<data>/backups/snapshots/<id>/` (documents and keys hard-linked,
 * blobs linked: a snapshot costs only what changed since the previous one), retention, restore
 * with a preview and one-click undo, and .zip archives with progress and a check after writing.
 */
export interface BackupService {
  overview(): Promise<BackupsOverview>;
  /** "Buat cadangan sekarang". */
  create(): Promise<SnapshotView>;
  /**
   * Called after every successful write: after the first one of a day, starts the day's snapshot
   * as tracked background work ({@link BackupService.idle} waits for it) and returns it, so no
   * caller has to wait (never rejects).
   */
  afterWrite(): Promise<void>;
  /**
   * Called by storage before it migrates a document on disk: takes one `before-migration`
   * snapshot per start (later calls resolve at once). Best effort like the daily snapshot: storage's
   * own per-document copy is still made, and a failed snapshot is tried again on the next migration.
   */
  beforeMigration(): Promise<void>;
  previewSnapshot(snapshotId: string): Promise<RestorePreview>;
  /** Reads and checks an archive into a staging folder; `restore({ importId })` then restores it. */
  previewArchive(file: string): Promise<RestorePreview>;
  restore(input: { snapshotId: string } | { importId: string }): Promise<RestoreResult>;
  /** "Batalkan pemulihan": puts back the data as it was just before the last restore. */
  undoRestore(): Promise<RestoreResult>;
  startExport(input: { destination: string; snapshotId?: string | undefined }): { jobId: string };
  exportStatus(jobId: string): ExportJobStatus;
  /** Waits for background snapshots and archive jobs (before closing storage). */
  idle(): Promise<void>;
}

export interface BackupServiceDeps {
  storage: Storage;
  version: string;
  now: () => Date;
  /** Folder offered for archives; default `<home>/Cadangan ZI Desk`. */
  defaultExportFolder?: string;
  limits?: ArchiveLimits;
}

const LAST_RESTORE_FILE = 'last-restore.json';

interface Imported {
  dir: string;
  manifest: SnapshotManifest;
  fileName: string;
}

const failureOf = (error: unknown, message: string): AppFailure => {
  if (error instanceof AppFailure) return error;
  const failure = new AppFailure('STORAGE_ERROR', message);
  failure.cause = error;
  return failure;
};

/** Names of the documents on disk (`master`, `worksheets/<id>` …), from the files a snapshot covers. */
async function documentNames(dataDir: string): Promise<Set<string>> {
  const names = new Set<string>();
  for (const file of await coveredFiles(dataDir)) {
    if (!file.rel.endsWith('.json') || file.rel.startsWith(`${KEYS_FOLDER}/`)) continue;
    try {
      names.add(validateDocumentName(file.rel.slice(0, -'.json'.length)));
    } catch {
      // Not a document.
    }
  }
  return names;
}

async function currentState(dataDir: string, cache: DigestCache): Promise<StateSummary> {
  const files = await coveredFiles(dataDir);
  return summarizeState(files, await digestFiles(files, cache));
}

function stateOf(dir: string, manifest: SnapshotManifest): Promise<StateSummary> {
  const digests = new Map(
    manifest.files.filter((file) => file.path.startsWith(DATA_PREFIX)).map((file) => [file.path.slice(DATA_PREFIX.length), { size: file.size, sha256: file.sha256 }]),
  );
  return summarizeState(dataFilesOf(dir, manifest), digests);
}

/** Whether a restore would change the signing keys (a backup without keys leaves them alone). */
const keysDiffer = (current: StateSummary, target: StateSummary): boolean => target.keys !== '' && target.keys !== current.keys;

export async function createBackupService(deps: BackupServiceDeps): Promise<BackupService> {
  const { storage, version, now } = deps;
  const dataDir = storage.dataDir;
  const limits = deps.limits ?? ARCHIVE_LIMITS;
  const folder = new SnapshotFolder(path.join(dataDir, ...SNAPSHOTS_FOLDER.split('/')), now);
  const lastRestoreFile = path.join(folder.root, LAST_RESTORE_FILE);
  const defaultExportFolder = deps.defaultExportFolder ?? path.join(os.homedir(), 'Cadangan ZI Desk');
  const digests = new DigestCache();
  await folder.sweepWork();

  /** Snapshots, restores and imports run one at a time. */
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <R>(op: () => Promise<R>): Promise<R> => {
    const result = tail.then(op, op);
    tail = result.catch(() => undefined);
    return result;
  };
  const background = new Set<Promise<unknown>>();
  const track = (promise: Promise<unknown>): void => {
    background.add(promise);
    void promise.finally(() => background.delete(promise));
  };

  const readLastRestore = async (): Promise<LastRestoreView | null> => {
    try {
      const value = JSON.parse(await fsp.readFile(lastRestoreFile, 'utf8')) as Partial<LastRestoreView>;
      if (typeof value.at !== 'string' || typeof value.restoredCreatedAt !== 'string' || typeof value.undoSnapshotId !== 'string') return null;
      await folder.get(value.undoSnapshotId);
      return { at: value.at, restoredCreatedAt: value.restoredCreatedAt, undoSnapshotId: value.undoSnapshotId };
    } catch {
      return null;
    }
  };

  /**
   * Retention, per automatic kind (a restore's safety copy never pushes the day's daily snapshot
   * out); manual snapshots and the undo target of the last restore are kept.
   */
  const prune = async (): Promise<void> => {
    const undoId = (await readLastRestore())?.undoSnapshotId;
    const all = await folder.list();
    for (const kind of ['daily', 'before-restore', 'before-migration'] as const) {
      const ofKind = all.filter((entry) => entry.manifest.kind === kind);
      const keep = retainedSnapshotIds(ofKind.map((entry) => ({ id: entry.id, createdAt: entry.manifest.createdAt })));
      for (const entry of ofKind) if (!keep.has(entry.id) && entry.id !== undoId) await folder.remove(entry.dir);
    }
  };

  /** Links the folder (writes held: by this call, or by the caller when `holding`), then describes it. */
  const capture = async (kind: SnapshotKind, holding: boolean): Promise<SnapshotEntry> => {
    const id = await folder.newId();
    const work = folder.workDir('tmp', id);
    const createdAt = now();
    try {
      const linked = holding ? await linkState(dataDir, work) : await storage.exclusive(() => linkState(dataDir, work));
      await describeLinked(linked, kind, version, createdAt, digests);
      return await folder.publish(work, id);
    } catch (error) {
      await folder.remove(work);
      throw failureOf(error, 'Cadangan tidak dapat dibuat. Periksa ruang kosong di disk, lalu coba lagi.');
    }
  };

  const captureAndPrune = async (kind: SnapshotKind): Promise<SnapshotEntry> => {
    const entry = await capture(kind, false);
    await prune().catch(() => undefined);
    return entry;
  };

  const preview = async (dir: string, manifest: SnapshotManifest, source: RestoreSource): Promise<RestorePreview> => {
    const [current, target] = await Promise.all([currentState(dataDir, digests), stateOf(dir, manifest)]);
    const changes = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, diffKeyed(current.fingerprints[kind], target.fingerprints[kind])])) as Record<ChangeKind, KindChange>;
    return {
      source,
      kind: manifest.kind,
      createdAt: manifest.createdAt,
      appVersion: manifest.appVersion,
      counts: manifest.counts,
      changes,
      keysChange: keysDiffer(current, target),
    };
  };

  /** Restores a checked snapshot folder; the current state is captured first (the undo target). */
  const restoreFrom = async (entry: { dir: string; manifest: SnapshotManifest }, recordUndo: boolean, consume = false): Promise<RestoreResult> => {
    await verifySnapshot(entry.dir, entry.manifest, digests);
    const keysChanged = keysDiffer(await currentState(dataDir, digests), await stateOf(entry.dir, entry.manifest));
    const lastRestore = await storage.exclusive(async ({ reload, markRemoved, unmarkRemoved }) => {
      const saved = await capture('before-restore', true);
      const before = await documentNames(dataDir);
      const record: LastRestoreView = { at: now().toISOString(), restoredCreatedAt: entry.manifest.createdAt, undoSnapshotId: saved.id };
      // Recorded before the swap: should the process die among its renames, "Batalkan pemulihan"
      // is still offered and puts the whole folder back.
      const previousRecord = await fsp.readFile(lastRestoreFile, 'utf8').catch(() => null);
      if (recordUndo) await writeFileAtomic(lastRestoreFile, JSON.stringify(record));
      // An extracted archive is used up: its data folder is the staging folder itself.
      const staging = consume ? path.join(entry.dir, 'data') : folder.workDir('staging');
      const aside = folder.workDir('replaced');
      try {
        await swapIn({
          dataDir,
          snapshotDir: entry.dir,
          manifest: entry.manifest,
          staging,
          staged: consume,
          aside,
          // Worksheets are listed from their folder: one the backup lacks is simply gone.
          afterSwap: async () => {
            await reload((name) => !name.startsWith('worksheets/'));
            // Storage's rule for removed documents applies to what the restore took away (their
            // daily copies must not bring them back at the next start) and no longer to what it
            // brought back ("Batalkan pemulihan" included).
            const after = await documentNames(dataDir);
            await unmarkRemoved([...after].filter((name) => !before.has(name)));
            await markRemoved([...before].filter((name) => !after.has(name)));
          },
          onUndone: () => reload(() => false),
        });
      } catch (error) {
        if (previousRecord === null) await fsp.rm(lastRestoreFile, { force: true });
        else await writeFileAtomic(lastRestoreFile, previousRecord);
        throw failureOf(error, 'Pemulihan gagal dan dibatalkan; data tidak berubah. Tutup program lain yang membuka folder data, lalu coba lagi.');
      } finally {
        await folder.remove(aside);
        await folder.remove(staging);
      }
      if (!recordUndo) await fsp.rm(lastRestoreFile, { force: true });
      return record;
    });
    await prune().catch(() => undefined);
    return { counts: entry.manifest.counts, lastRestore, keysChanged };
  };

  let imported: (Imported & { id: string }) | null = null;
  const dropImport = async (): Promise<void> => {
    if (imported !== null) await folder.remove(imported.dir);
    imported = null;
  };

  const jobs = new Map<string, ExportJobStatus>();
  let lastDailyDay = '';
  let migrationSnapshot: Promise<void> | null = null;

  return {
    async overview() {
      return { snapshots: (await folder.list()).map(viewOf), lastRestore: await readLastRestore(), defaultExportFolder };
    },

    create: () => serial(async () => viewOf(await captureAndPrune('manual'))),

    afterWrite() {
      const day = localDayKey(now());
      if (day === lastDailyDay) return Promise.resolve();
      lastDailyDay = day;
      const snapshot = serial(async () => {
        const today = (await folder.list()).some((entry) => entry.manifest.kind === 'daily' && localDayKey(new Date(entry.manifest.createdAt)) === day);
        if (!today) await captureAndPrune('daily');
      }).catch(() => {
        // Best effort (a full disk must not fail the user's write): retried on the next write.
        lastDailyDay = '';
      });
      track(snapshot);
      return snapshot;
    },

    beforeMigration() {
      // Not through `serial` or `Storage.exclusive`: storage calls this while it opens a document,
      // which an exclusive section waits for. Each file is linked as it is (files are replaced by
      // rename only), and at start nothing else writes yet.
      migrationSnapshot ??= (async () => {
        await capture('before-migration', true);
        await prune().catch(() => undefined);
      })().catch(() => {
        migrationSnapshot = null;
      });
      return migrationSnapshot;
    },

    async previewSnapshot(snapshotId) {
      const entry = await folder.get(snapshotId);
      return preview(entry.dir, entry.manifest, { type: 'snapshot', snapshotId });
    },

    previewArchive: (file) =>
      serial(async () => {
        await dropImport();
        const id = `imp-${randomBytes(8).toString('hex')}`;
        const dir = folder.workDir('import', id);
        const pending = new Set<Promise<void>>();
        const writeOne = async (rel: string, bytes: Uint8Array, sha256: string): Promise<void> => {
          const target = insideRoot(dir, rel);
          await fsp.mkdir(path.dirname(target), { recursive: true });
          await fsp.writeFile(target, bytes, { flush: true });
          // Checked against the manifest on the way in: the restore need not hash it again.
          await digests.remember(target, sha256);
        };
        try {
          const manifest = await readArchive(
            file,
            async (rel, bytes, sha256) => {
              // A few files flushed at a time: durable before a restore links them into place.
              const promise = writeOne(rel, bytes, sha256).finally(() => pending.delete(promise));
              pending.add(promise);
              if (pending.size >= 8) await Promise.race(pending);
            },
            limits,
          );
          await Promise.all(pending);
          await writeFileAtomic(path.join(dir, MANIFEST_FILE), JSON.stringify(manifest));
          imported = { id, dir, manifest, fileName: path.basename(file) };
          return await preview(dir, manifest, { type: 'archive', importId: id, fileName: imported.fileName });
        } catch (error) {
          await Promise.allSettled(pending);
          await folder.remove(dir);
          throw failureOf(error, 'Arsip tidak dapat dibaca. Periksa berkasnya, lalu coba lagi.');
        }
      }),

    restore: (input) =>
      serial(async () => {
        if ('snapshotId' in input) return restoreFrom(await folder.get(input.snapshotId), true);
        if (imported === null || imported.id !== input.importId) {
          throw new AppFailure('NOT_FOUND', 'Arsip yang diperiksa sudah tidak tersedia. Pilih berkas arsip lagi.');
        }
        try {
          return await restoreFrom(imported, true, true);
        } finally {
          await dropImport();
        }
      }),

    undoRestore: () =>
      serial(async () => {
        const last = await readLastRestore();
        if (last === null) throw new AppFailure('NOT_FOUND', 'Tidak ada pemulihan yang dapat dibatalkan.');
        return restoreFrom(await folder.get(last.undoSnapshotId), false);
      }),

    startExport({ destination, snapshotId }) {
      if (!path.isAbsolute(destination)) {
        throw new AppFailure('INVALID_INPUT', 'Tulis lokasi folder tujuan secara lengkap, misalnya E:\\Cadangan atau /media/usb/Cadangan.');
      }
      const jobId = `exp-${randomBytes(8).toString('hex')}`;
      const status: ExportJobStatus = { jobId, state: 'running', phase: 'snapshot', done: 0, total: 0, result: null, error: null };
      jobs.set(jobId, status);
      const progress = (done: number, total: number): void => {
        status.done = done;
        status.total = total;
      };
      let part: string | null = null;
      track(
        (async () => {
          try {
            const entry = snapshotId === undefined ? await serial(() => captureAndPrune('manual')) : await folder.get(snapshotId);
            status.phase = 'write';
            const target = path.resolve(destination);
            await fsp.mkdir(target, { recursive: true });
            const file = path.join(target, `ZI-Desk-cadangan-${entry.id}.zip`);
            part = `${file}.part`;
            await writeArchive(entry.dir, entry.manifest, part, progress);
            status.phase = 'verify';
            progress(0, 0);
            // Integrity after writing: read back, every checksum checked.
            await readArchive(part, async () => {}, limits, progress);
            await fsp.rename(part, file);
            part = null;
            status.result = { file, sizeBytes: (await fsp.stat(file)).size, verified: true };
            status.phase = 'done';
            status.state = 'done';
          } catch (error) {
            status.state = 'failed';
            status.error = failureOf(error, `Arsip tidak dapat ditulis ke ${destination}. Periksa bahwa folder itu ada, dapat ditulisi dan masih punya ruang kosong.`).message;
            if (part !== null) await fsp.rm(part, { force: true }).catch(() => undefined);
          }
        })(),
      );
      return { jobId };
    },

    exportStatus(jobId) {
      const status = jobs.get(jobId);
      if (status === undefined) throw new AppFailure('NOT_FOUND', 'Pekerjaan ekspor ini tidak dikenal. Mulai ekspor lagi.');
      return structuredClone(status);
    },

    async idle() {
      while (background.size > 0) await Promise.allSettled([...background]);
      await tail;
    },
  };
}

export { ARCHIVE_LIMITS, readArchive, writeArchive, type ArchiveLimits } from './archive';
