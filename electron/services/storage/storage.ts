import { promises as fsp, type Dirent } from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../../shared/result';
import { errorCode, nodeFileOps, toStorageFailure, type FileOps } from '../files/atomic';
import {
  documentsInBackups,
  loadDocument,
  markDocumentsRemoved,
  reloadDocument,
  removeDocumentFiles,
  restoreVanishedDocuments,
  unmarkDocumentsRemoved,
  type DocumentContext,
  type DocumentHandle,
} from './document';
import { FolderIndex } from './layout';
import { acquireDataDirLock } from './lock';
import { checkMigrationList } from './migrations';
import { parseListPrefix, validateDocumentName } from './names';
import type { DocumentSpec, RecoveryNotice, Storage, StorageCommit, StoredDocument } from './types';

/** Options of {@link createStorage}. */
export interface StorageOptions {
  /** Data folder, usually from `resolveDataDir`; created if missing. */
  dataDir: string;
  /** Clock for file-name stamps and notices (tests). */
  now?: () => Date;
  /** Test seam: rename/unlink/open, to simulate Windows sharing violations and full disks. */
  fileOps?: FileOps;
  /**
   * Called before a document on disk is migrated to a newer schema, before its own
   * `backups/<name>.v<n>-<stamp>.json` copy is made: the container takes one whole-folder
   * `before-migration` snapshot per start there. A rejection stops the open; the file stays as it is.
   */
  beforeMigration?: (name: string) => Promise<void>;
  /**
   * Told of every committed change (update, migration or recovery on open, removal, restore) once it
   * is on disk, before the update resolves: the audit trail. Receives the hashes of the bytes the
   * adapter wrote, so nothing is serialised twice; hashing is off without it. A rejection is ignored
   * (the data is already committed): the hook keeps its own failures.
   */
  onCommit?: (commit: StorageCommit) => Promise<void> | void;
}

/** The hook as storage calls it: awaited, never rejecting (the data is already on disk). */
function commitHook(hook: (commit: StorageCommit) => Promise<void> | void): (commit: StorageCommit) => Promise<void> {
  return async (commit) => {
    try {
      await hook(commit);
    } catch {
      // The hook keeps its own failures (see StorageOptions.onCommit).
    }
  };
}

/** Temp files this much older than the session start are certainly not the session's own. */
const SWEEP_MARGIN_MS = 2_000;

const closedFailure = (): AppFailure =>
  new AppFailure('STORAGE_ERROR', 'Penyimpanan data sudah ditutup. Buka kembali ZI Desk.');

/**
 * Opens the document store of a data folder: creates the folder, takes its exclusive lock
 * (`AppFailure('STORAGE_ERROR', 'Folder data sedang dipakai oleh ZI Desk lain …')` if another
 * process holds it), puts back documents whose files vanished while `backups/` holds them (with a
 * notice) and reads nothing else — documents are loaded on `open`.
 */
export async function createStorage(options: StorageOptions): Promise<Storage> {
  const dataDir = path.resolve(options.dataDir);
  const now = options.now ?? (() => new Date());
  try {
    await fsp.mkdir(dataDir, { recursive: true });
  } catch (error) {
    throw toStorageFailure(error, 'menyimpan', dataDir);
  }
  const ops = options.fileOps ?? nodeFileOps;
  const lock = await acquireDataDirLock(dataDir, now, ops);
  const notices: RecoveryNotice[] = [];
  const ctx: DocumentContext = {
    dataDir,
    now,
    ops,
    folders: new FolderIndex(Date.now() - SWEEP_MARGIN_MS),
    notify: (notice) => notices.push(notice),
    guard: () => lock.assertHeld(),
    ...(options.beforeMigration === undefined ? {} : { beforeMigration: options.beforeMigration }),
    ...(options.onCommit === undefined ? {} : { commit: commitHook(options.onCommit) }),
  };
  // Nothing lost quietly: vanished documents come back from backups/ before anything is read.
  await restoreVanishedDocuments(ctx).catch(() => undefined);
  const handles = new Map<string, Promise<DocumentHandle<unknown>>>();
  let closing: Promise<void> | null = null;
  /** Settles when the running `exclusive` operation ends; opens and removals wait for it. */
  let gate: Promise<void> = Promise.resolve();

  const assertOpen = (): void => {
    if (closing !== null) throw closedFailure();
  };

  return {
    dataDir,

    async open<T>(spec: DocumentSpec<T>): Promise<StoredDocument<T>> {
      assertOpen();
      validateDocumentName(spec.name);
      checkMigrationList(spec.name, spec.version, spec.migrations);
      let pending = handles.get(spec.name);
      if (pending === undefined) {
        // The map holds documents of different types; each name is only ever opened with its spec.
        pending = gate.then(() => loadDocument(spec, ctx));
        handles.set(spec.name, pending);
        pending.catch(() => handles.delete(spec.name));
      }
      const handle = await pending;
      if (handle.spec.version !== spec.version) {
        throw new Error(`storage: ${spec.name} is already open with schema version ${handle.spec.version}`);
      }
      return handle as unknown as StoredDocument<T>;
    },

    async list(prefix) {
      assertOpen();
      const { folder, start } = parseListPrefix(prefix);
      const dir = folder === '' ? dataDir : path.join(dataDir, ...folder.split('/'));
      let entries: Dirent[];
      try {
        entries = await fsp.readdir(dir, { withFileTypes: true });
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw toStorageFailure(error, 'membaca', dir);
        entries = [];
      }
      const names = new Set<string>();
      // A document whose files vanished but whose backups hold it is listed: opening restores it.
      for (const name of await documentsInBackups(folder, ctx)) {
        if (!name.slice(folder === '' ? 0 : folder.length + 1).startsWith(start)) continue;
        try {
          names.add(validateDocumentName(name));
        } catch {
          // Not a document's backup.
        }
      }
      for (const entry of entries) {
        if (!entry.isFile()) continue;
        // `<name>.json`, or only `<name>.json.bak` after a crash between the two renames.
        const match = /^(.+)\.json(\.bak)?$/.exec(entry.name);
        const base = match?.[1];
        if (base === undefined || !base.startsWith(start)) continue;
        const name = folder === '' ? base : `${folder}/${base}`;
        try {
          names.add(validateDocumentName(name));
        } catch {
          // A file someone else put here (e.g. "Salinan master.json"): not a document.
        }
      }
      return [...names].sort();
    },

    async remove(name) {
      assertOpen();
      validateDocumentName(name);
      await gate;
      const pending = handles.get(name);
      const handle = pending ? await pending.catch(() => null) : null;
      if (handle === null) {
        await removeDocumentFiles(name, ctx);
      } else {
        // After the pending updates; if removing fails the document stays usable.
        await handle.enqueue(async () => {
          await removeDocumentFiles(name, ctx, handle.diskHash);
          handle.retire(new AppFailure('NOT_FOUND', `Dokumen "${name}" sudah dihapus.`));
        });
      }
      if (handles.get(name) === pending) handles.delete(name);
    },

    async exclusive(op) {
      assertOpen();
      const previous = gate;
      let release = (): void => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      gate = previous.then(() => released);
      // Loads started from now on wait for this operation and read the files it leaves.
      const loading = [...handles.values()];
      await previous;
      try {
        // Every open document's queue is held by one operation that waits for `released`: the
        // updates queued before it finish first, the ones queued after it wait.
        const open = (await Promise.all(loading.map((pending) => pending.catch(() => null)))).filter(
          (handle) => handle !== null,
        );
        await Promise.all(
          open.map(
            (handle) =>
              new Promise<void>((held) => {
                void handle
                  .enqueue(() => {
                    held();
                    return released;
                  })
                  .catch(() => held());
              }),
          ),
        );
        let reloaded = false;
        const reload = async (writeMissing: (name: string) => boolean): Promise<void> => {
          reloaded = true;
          for (const handle of open) await reloadDocument(handle, ctx, writeMissing);
        };
        const result = await op({
          reload,
          markRemoved: (names) => markDocumentsRemoved(names, ctx),
          unmarkRemoved: (names) => unmarkDocumentsRemoved(names, ctx),
        });
        // A restore that swapped the folder and kept it is one change of everything.
        if (reloaded) await ctx.commit?.({ name: '*', op: 'restore', before: null, after: null });
        return result;
      } finally {
        release();
      }
    },

    notices() {
      return notices.map((notice) => ({ ...notice }));
    },

    releaseLockSync() {
      closing ??= Promise.resolve();
      lock.releaseSync();
    },

    close() {
      if (closing === null) {
        closing = (async () => {
          const open = await Promise.all(
            [...handles.values()].map((pending) => pending.catch(() => null)),
          );
          const drained: Promise<void>[] = [];
          for (const handle of open) {
            if (handle === null) continue;
            // Queued behind every pending update: they finish, later ones are refused.
            const retire = (): Promise<void> => {
              handle.retire(closedFailure());
              return Promise.resolve();
            };
            drained.push(handle.enqueue(retire).catch(() => undefined));
          }
          await Promise.all(drained);
          handles.clear();
          await lock.release();
        })();
      }
      return closing;
    },
  };
}
