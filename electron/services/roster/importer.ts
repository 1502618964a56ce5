import { randomUUID } from 'node:crypto';
import type { ImportPreview } from '../../../shared/masterdata/import';
import { AppFailure } from '../../../shared/result';
import { createPreviewStore } from '../files';
import type { Sandbox } from '../sandbox';
import type { MasterDataService } from '../masterdata';
import { rosterContext, type RosterValidation } from './preview';

/** How long a preview can wait for confirmation before the file must be uploaded again. */
const PREVIEW_TTL_MS = 30 * 60 * 1000;
const MAX_PENDING_PREVIEWS = 5;

/** The roster import: a preview of every row, then the valid rows added on confirmation. */
export interface RosterImport {
  preview(fileName: string, bytes: Uint8Array): Promise<ImportPreview>;
  commit(previewId: string): Promise<{ imported: number }>;
}

interface PendingRoster {
  valid: RosterValidation['valid'];
  /** What the preview was checked against (units and people): any change makes it stale. */
  rosterStamp: string;
}

/** Creates the roster import over the master data; files are parsed in the sandbox, previews wait in memory. */
export function createRosterImport(master: MasterDataService, now: () => Date, sandbox: Sandbox): RosterImport {
  const previews = createPreviewStore<PendingRoster>({ ttlMs: PREVIEW_TTL_MS, max: MAX_PENDING_PREVIEWS, now });

  /** What a preview was checked against: units and people, not settings or the logo. */
  function rosterStamp(): string {
    const { units, people } = master.data();
    return JSON.stringify([units, people]);
  }

  return {
    async preview(fileName, bytes) {
      if (bytes.length === 0) throw new AppFailure('INVALID_INPUT', 'Berkas kosong.');
      // What the rows are checked against, taken before the file is read.
      const stamp = rosterStamp();
      // Parsed and checked in the sandbox: a 5,000-row file never blocks the main process.
      const { rows, valid, fileErrors } = await sandbox.previewRoster(fileName, bytes, rosterContext(master.data()));
      const canCommit = fileErrors.length === 0 && valid.length > 0;
      return {
        previewId: canCommit ? previews.put({ valid, rosterStamp: stamp }) : randomUUID(),
        fileName,
        rows,
        validCount: valid.length,
        invalidCount: rows.length - valid.length,
        fileErrors,
      };
    },

    async commit(previewId) {
      const preview = previews.claim(previewId);
      // Settings or logo saves do not matter; a changed roster or unit list does.
      if (preview.rosterStamp !== rosterStamp()) {
        throw new AppFailure('CONFLICT', 'Data pegawai berubah sejak pratinjau dibuat. Unggah berkas sekali lagi agar diperiksa ulang.');
      }
      return { imported: await master.addPeople(preview.valid) };
    },
  };
}
