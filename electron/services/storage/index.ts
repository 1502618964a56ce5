/**
 * Storage layer of ZI Desk: schema-versioned JSON documents validated with zod, written durably
 * through lowdb with an fsync-ing atomic adapter, one small document per unit-year so an edit
 * costs the same whatever the size of the archive. The only module allowed to import lowdb.
 *
 * Layout of the data folder:
 * - `<name>.json` (+ `<name>.json.bak`, the previous version) — `master`, `worksheets/<unit>-<year>`;
 * - `backups/<name>.<yyyyMMdd>.json` daily snapshots (7 kept), `backups/<name>.v<n>-<stamp>.json`
 *   before each migration, `backups/<name>.removed-<stamp>.json` for removed documents;
 * - `<name>.json.corrupt-<stamp>` damaged files, kept for inspection; a document whose file and
 *   `.bak` vanished is restored from its newest backup (see `RecoveryNotice`);
 * - `blobs/` attachments (see `services/files`); `.zi-desk.lock` the single-writer lock.
 */
export type { DocumentSpec, Migration, RecoveryNotice, Storage, StorageCommit, StoredDocument } from './types';
export { createStorage, type StorageOptions } from './storage';
export { resolveDataDir, type DataDirInputs } from './dataDir';
export { applyMigrations } from './migrations';
export { validateDocumentName, MAX_DOCUMENT_NAME_LENGTH } from './names';
export { DAILY_SNAPSHOTS_KEPT } from './document';
export { LOCK_FILE_NAME, LOCK_HEARTBEAT_MS, LOCK_STALE_AFTER_MS } from './lock';
export { writeFileAtomic, type FileOps } from '../files/atomic';
