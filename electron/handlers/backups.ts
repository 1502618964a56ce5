import type { Services } from '../services/container';
import type { DomainHandlers } from './types';

const ARCHIVE_FILTERS = [{ name: 'Arsip cadangan ZI Desk (.zip)', extensions: ['zip'] }];

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
    // Dialog titles and filters are fixed here: the renderer only asks, it never names a path or a type.
    chooseFolder: async () => ({ path: await services.shell.chooseFolder('Pilih folder tujuan arsip cadangan') }),
    chooseArchive: async () => ({ path: await services.shell.chooseFile('Pilih arsip cadangan ZI Desk', ARCHIVE_FILTERS) }),
  };
}
