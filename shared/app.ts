/** Which shell runs the handlers: the Electron main process or the plain-Node web host. */
export type HostKind = 'electron' | 'web';

/** What the main side tells the renderer about itself and about data it had to recover. */
export interface RecoveryNoticeView {
  document: string;
  kind: 'restored-backup' | 'reset-empty';
  corruptCopy: string;
  restoredFrom?: string;
  at: string;
  reason: string;
}

export interface AppStatus {
  version: string;
  host: HostKind;
  dataDir: string;
  userName: string;
  notices: RecoveryNoticeView[];
  isEmpty: boolean;
}
