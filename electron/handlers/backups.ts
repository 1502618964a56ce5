import type { Services } from '../services/container';
import type { DomainHandlers } from './types';

export function backupsHandlers(services: Services): DomainHandlers<'backups'> {
  const { backups } = services;
  return {
    list: async () => backups.overview(),
    create: async () => backups.create(),
    previewRestore: async ({ snapshotId }) => backups.previewSnapshot(snapshotId),
    previewArchive: async ({ path }) => backups.previewArchive(path),
    restore: async (input) => backups.restore(input),
    undoRestore: async () => backups.undoRestore(),
    exportArchive: async (input) => backups.startExport(input),
    exportStatus: async ({ jobId }) => backups.exportStatus(jobId),
  };
}
