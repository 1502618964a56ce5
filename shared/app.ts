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
  host: 'electron' | 'web';
  dataDir: string;
  userName: string;
  notices: RecoveryNoticeView[];
  isEmpty: boolean;
}
