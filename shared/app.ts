/** Windows AppUserModelID: equals `appId` in electron-builder.yml (checked by check:builder). */
export const APP_USER_MODEL_ID = 'id.go.inspektorat.zidesk';

/** Which shell runs the handlers: the Electron main process or the plain-Node web host. */
export type HostKind = 'electron' | 'web';

/** What the main side tells the renderer about itself and about data it had to recover. */
export interface RecoveryNoticeView {
  /** Document name, e.g. `worksheets/unit-abc-2022`. */
  document: string;
  /**
   * `restored-backup`: the file was damaged, a backup was restored; `reset-empty`: damaged and no
   * usable backup; `restored-missing`: the file and its `.bak` were gone, a backup was restored;
   * `restored-bak`: the file was gone and its previous version (`.bak`) was loaded.
   */
  kind: 'restored-backup' | 'reset-empty' | 'restored-missing' | 'restored-bak';
  /** Where the damaged file was kept, relative to the data folder (`/`-separated); absent when nothing was damaged. */
  corruptCopy?: string;
  /** The copy the data came from, relative to the data folder, unless `reset-empty`. */
  restoredFrom?: string;
  /** Calendar day (`yyyy-MM-dd`, local) of the copy the data came from, unless `reset-empty`. */
  copyDate?: string;
  /** ISO timestamp of the recovery. */
  at: string;
  /** Explanation for the user, in Bahasa Indonesia. */
  reason: string;
}

export interface AppStatus {
  version: string;
  host: HostKind;
  dataDir: string;
  userName: string;
  notices: RecoveryNoticeView[];
  isEmpty: boolean;
  /**
   * The active evaluation year chosen in the app's header (default year of pledges, worksheets and
   * the dashboard), or `null` when never chosen: then the calendar year is used.
   */
  activeYear: number | null;
}

/**
 * The data revision of the running host: a number that changes after every successful write through
 * any window or tab, so each screen can reload what it shows when it differs from the last one seen.
 */
export interface DataRevision {
  revision: number;
}
