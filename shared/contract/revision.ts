/**
 * Which channels change stored data. Every channel changes data unless its verb only reads (list,
 * get, preview, export, verify …) or the entry names that one channel (`'documents:save'`, where
 * other domains' `save` writes): a new channel is treated as a write until it is listed here, so a
 * missed entry costs a needless refresh, never a stale screen.
 */
export const READ_ONLY_VERBS: ReadonlySet<string> = new Set([
  'status',
  'revision',
  'get',
  'getYear',
  'getMeta',
  'list',
  'listTrustedKeys',
  'listTrustedCertificates',
  'exportKeys',
  'integrityNotice',
  'templates',
  'registry',
  'coverage',
  'batchStatus',
  // Signs a list and returns it; stores nothing.
  'exportRevocations',
  // Starts a job and stores nothing yet: its handler raises the revision when the job has written.
  'batch',
  'dashboard',
  'plan',
  'evidenceBlob',
  'importPreview',
  'exportWorksheet',
  'exportRecap',
  'exportPublicKey',
  'certificate',
  'verify',
  'open',
  // A copy of a generated document; `settings:save` and `proposal:save` store data.
  'documents:save',
  'showInFolder',
  'openExternal',
  'openEvidence',
  'previewRestore',
  'previewArchive',
  'exportStatus',
  'chooseFolder',
  'chooseArchive',
  // Bundles: a preview and a state hash only read (the change stamps they bring up to date are bookkeeping).
  'preview',
  'stateHash',
  'chooseBundle',
]);

/** True when a successful call of `channelName` (`'domain:verb'`) may have changed stored data. */
export function isMutatingChannel(channelName: string): boolean {
  const verb = channelName.slice(channelName.indexOf(':') + 1);
  return !READ_ONLY_VERBS.has(verb) && !READ_ONLY_VERBS.has(channelName);
}
