import { z } from 'zod';

/**
 * Whole-folder backups ("cadangan"): a snapshot is a consistent copy of every stored document, the
 * attachments they point to and the signing keys, described by a manifest with a SHA-256 per file.
 * An archive is one snapshot as a .zip. These are the views and inputs both sides share.
 */

/** Version of the snapshot and archive layout; an archive with a higher one is refused. */
export const BACKUP_FORMAT = 1;

export const SNAPSHOT_KINDS = ['daily', 'before-migration', 'before-restore', 'manual'] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

/** How each kind is named on screen. */
export const SNAPSHOT_KIND_LABELS: Record<SnapshotKind, string> = {
  daily: 'Harian',
  'before-migration': 'Sebelum pembaruan format',
  'before-restore': 'Sebelum pemulihan',
  manual: 'Dibuat manual',
};

/** What a snapshot holds, for the list and the restore preview. */
export interface SnapshotCounts {
  units: number;
  people: number;
  worksheets: number;
  pledges: number;
  declarations: number;
  /** Attachments (signatures, scans, evidence, logo). */
  blobs: number;
}

/** The kinds of record the restore preview compares. */
export const CHANGE_KINDS = ['units', 'people', 'worksheets', 'pledges', 'declarations'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  units: 'Unit kerja',
  people: 'Pegawai',
  worksheets: 'LKE',
  pledges: 'Pakta integritas',
  declarations: 'Pencanangan',
};

const relativePath = z
  .string()
  .min(1)
  .max(300)
  // Forward slashes, no empty, "." or ".." segment, no drive or absolute path.
  .regex(/^(?!.*(?:^|\/)\.{1,2}(?:\/|$))[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/);

const manifestFileSchema = z.object({
  path: relativePath,
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;

const countsSchema = z.object({
  units: z.number().int().nonnegative(),
  people: z.number().int().nonnegative(),
  worksheets: z.number().int().nonnegative(),
  pledges: z.number().int().nonnegative(),
  declarations: z.number().int().nonnegative(),
  blobs: z.number().int().nonnegative(),
});

/**
 * `manifest.json` of a snapshot and of an archive. `files` lists every file with its path relative
 * to the snapshot: `data/<document>.json`, `blobs/<xx>/<sha256>`, `keys/…`.
 */
export const snapshotManifestSchema = z.object({
  format: z.number().int().positive(),
  app: z.literal('ZI Desk'),
  appVersion: z.string().max(40),
  createdAt: z.iso.datetime({ offset: true }),
  kind: z.enum(SNAPSHOT_KINDS),
  counts: countsSchema,
  files: z.array(manifestFileSchema).max(1_000_000),
});
export type SnapshotManifest = z.infer<typeof snapshotManifestSchema>;

/** Total bytes of the files a manifest lists. */
export function manifestBytes(manifest: Pick<SnapshotManifest, 'files'>): number {
  return manifest.files.reduce((sum, file) => sum + file.size, 0);
}

/** A snapshot in the list. */
export interface SnapshotView {
  id: string;
  kind: SnapshotKind;
  createdAt: string;
  appVersion: string;
  counts: SnapshotCounts;
  /** Bytes of the data it holds (files shared with other snapshots counted in each). */
  sizeBytes: number;
  fileCount: number;
}

/** Added, removed and changed records of one kind, going from the current data to the backup's. */
export interface KindChange {
  added: number;
  removed: number;
  changed: number;
}

export type RestoreSource = { type: 'snapshot'; snapshotId: string } | { type: 'archive'; importId: string; fileName: string };

/** What a restore would change, shown before the user confirms. */
export interface RestorePreview {
  source: RestoreSource;
  kind: SnapshotKind;
  createdAt: string;
  appVersion: string;
  counts: SnapshotCounts;
  changes: Record<ChangeKind, KindChange>;
  /** The backup holds another signing key than the one in use. */
  keysChange: boolean;
}

/** The restore that "Batalkan pemulihan" undoes. */
export interface LastRestoreView {
  at: string;
  /** When the restored backup was made. */
  restoredCreatedAt: string;
  /** The snapshot of the data as it was just before the restore. */
  undoSnapshotId: string;
}

export interface RestoreResult {
  counts: SnapshotCounts;
  lastRestore: LastRestoreView;
  /** The signing key changed: it is used from the next start of ZI Desk. */
  keysChanged: boolean;
}

/** `backups:list`. */
export interface BackupsOverview {
  snapshots: SnapshotView[];
  lastRestore: LastRestoreView | null;
  /** Folder offered for archives until the user picks one. */
  defaultExportFolder: string;
}

export type ExportPhase = 'snapshot' | 'write' | 'verify' | 'done';

/** `backups:chooseFolder` / `chooseArchive`: what the native dialog gave (null: cancelled, or no dialogs on this host). */
export interface ChosenPath {
  path: string | null;
}

/** `backups:exportStatus`: polled while an archive is written, as batch printing is. */
export interface ExportJobStatus {
  jobId: string;
  state: 'running' | 'done' | 'failed';
  phase: ExportPhase;
  /** Bytes processed of `total` in the current phase. */
  done: number;
  total: number;
  result: { file: string; sizeBytes: number; verified: boolean } | null;
  /** Indonesian message when `state` is `failed`. */
  error: string | null;
}

export const SNAPSHOT_ID_PATTERN = /^\d{8}-\d{9}(?:-\d{1,3})?$/;
const snapshotIdSchema = z.string().regex(SNAPSHOT_ID_PATTERN, 'Cadangan tidak dikenal.');
const importIdSchema = z.string().regex(/^imp-[0-9a-f]{16}$/, 'Arsip tidak dikenal.');
const folderOrFile = z.string().trim().min(1, 'Isi lokasi berkas atau folder.').max(1_000).refine((value) => !value.includes('\0'), 'Lokasi tidak valid.');

export const snapshotRefInputSchema = z.object({ snapshotId: snapshotIdSchema });
export const restoreInputSchema = z.union([
  z.object({ snapshotId: snapshotIdSchema }),
  z.object({ importId: importIdSchema }),
]);
export const exportArchiveInputSchema = z.object({ destination: folderOrFile, snapshotId: snapshotIdSchema.optional() });
export const exportStatusInputSchema = z.object({ jobId: z.string().regex(/^exp-[0-9a-f]{16}$/, 'Pekerjaan tidak dikenal.') });
export const archiveFileInputSchema = z.object({ path: folderOrFile });
