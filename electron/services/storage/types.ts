import type { RecoveryNoticeView } from '../../../shared/app';
import type { z } from 'zod';

/**
 * One schema upgrade of a document, from version `from` to `from + 1`. Must be pure: return a new
 * value and never mutate `data` (the old file is backed up before, but the input may be frozen).
 */
export interface Migration {
  from: number;
  migrate(data: unknown): unknown;
}

/** Everything the storage layer needs to know about one kind of document. */
export interface DocumentSpec<T> {
  /**
   * Document name, e.g. `master` or `worksheets/unit-abc-2022`: `/`-separated segments of
   * `[a-z0-9][a-z0-9._-]*`. Stored as `<dataDir>/<name>.json`.
   */
  name: string;
  /** Validates the data on load and on every update. */
  schema: z.ZodType<T>;
  /** Current schema version (integer ≥ 1), written as `schemaVersion` in the file. */
  version: number;
  /** One step per older version, `from` = 1 … version − 1. */
  migrations: readonly Migration[];
  /** The data of a document that does not exist yet; must satisfy `schema`. */
  empty(): T;
}

/** A loaded document. Obtain it from {@link Storage.open}. */
export interface StoredDocument<T> {
  readonly name: string;
  /** Current snapshot; deep-frozen, replaced (never mutated) by each successful update. */
  readonly data: T;
  /**
   * Applies `mutate` to a deep copy of the data (mutate the draft, or return a new value), then
   * validates with the spec's schema and writes durably. Updates of one document run one after
   * another in call order. If `mutate` throws or validation fails (`AppFailure('INVALID_INPUT')`
   * with field issues) nothing changes and the promise rejects; write failures reject with
   * `AppFailure('STORAGE_ERROR')`. Resolves with the new snapshot once it is on disk.
   */
  update(mutate: (draft: T) => T | void): Promise<T>;
}

/**
 * One committed change of the data folder, reported to `StorageOptions.onCommit` after it is on disk:
 * `write` an update, `migrate` a document rewritten in a newer schema when opened, `recover` a
 * document rewritten from a backup when opened, `remove` a removal, `restore` a restore that swapped
 * the whole folder (`name` `*`). `before`/`after`: SHA-256 of the file's bytes, null when absent
 * (or unknown for a removed document never opened and no longer readable).
 */
export interface StorageCommit {
  name: string;
  op: 'write' | 'migrate' | 'recover' | 'remove' | 'restore';
  before: string | null;
  after: string | null;
}

/** A document that was found damaged on open and what was done about it (the renderer's view is the same shape). */
export type RecoveryNotice = RecoveryNoticeView;

/** What `Storage.exclusive` gives its operation (see there). */
export interface ExclusiveSession {
  reload(writeMissing: (name: string) => boolean): Promise<void>;
  markRemoved(names: readonly string[]): Promise<void>;
  unmarkRemoved(names: readonly string[]): Promise<void>;
}

/** The document store of one data folder. Create with `createStorage`. */
export interface Storage {
  /** Absolute data folder. */
  readonly dataDir: string;
  /**
   * Loads a document (migrating and validating it, recovering a damaged file from its backups),
   * or starts from `spec.empty()` if it does not exist yet (nothing is written until the first
   * update). Cached per name: later and concurrent opens return the same instance.
   */
  open<T>(spec: DocumentSpec<T>): Promise<StoredDocument<T>>;
  /**
   * Names of the documents stored in the folder of `prefix` whose name starts with `prefix`,
   * sorted: `list('worksheets/')`, `list('worksheets/unit-abc-')`, `list('')` for top level.
   * Not recursive. Documents opened but never updated are not on disk and not listed.
   */
  list(prefix: string): Promise<string[]>;
  /**
   * Deletes a document after its pending writes. Its last content is moved to
   * `backups/<name>.removed-<yyyyMMddHHmmss>.json`, not destroyed. A no-op if it does not exist.
   * The old instance rejects further updates; a later `open` starts again from disk.
   */
  remove(name: string): Promise<void>;
  /**
   * Runs `op` while no document is written: waits for every pending update, holds new updates,
   * opens and removals until `op` settles (a consistent copy of the folder; a restore that swaps
   * files). `reload` reads every open document again from disk, keeping each instance, so the
   * services holding them see restored data; a document whose file is gone becomes `spec.empty()`,
   * written to disk when `writeMissing(name)`. `markRemoved(names)` records documents a restore took
   * away (`backups/<name>.removed-<stamp>.json`: their older daily copies no longer bring them back
   * at start); `unmarkRemoved(names)` sets those records aside for documents a restore brought back.
   */
  exclusive<R>(op: (session: ExclusiveSession) => Promise<R>): Promise<R>;
  /** Recoveries performed since this storage was created, oldest first (show them to the user). */
  notices(): RecoveryNotice[];
  /** Waits for pending writes, then releases the data-folder lock. Later calls reject. */
  close(): Promise<void>;
  /** Releases the data folder's lock synchronously (session end, shutdown); writes after it fail. */
  releaseLockSync(): void;
}
