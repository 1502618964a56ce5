import type { Services } from '../services/container';
import type { DomainHandlers } from './types';

const BUNDLE_FILTERS = [{ name: 'Paket ZI Desk (.zidesk)', extensions: ['zidesk'] }];

export function bundlesHandlers(services: Services): DomainHandlers<'bundles'> {
  const { bundles } = services;
  return {
    export: async (input) => bundles.startExport(input),
    exportStatus: async ({ jobId }) => bundles.exportStatus(jobId),
    preview: async ({ path }) => bundles.preview(path),
    apply: async (input) => bundles.apply(input),
    trustSender: async ({ previewId, label }) => bundles.trustSender(previewId, label),
    stateHash: async ({ years, unitIds }) => bundles.stateHash(years, unitIds),
    // Dialog titles and filters are fixed here: the renderer only asks, it never names a path or a type.
    chooseFolder: async () => ({ path: await services.shell.chooseFolder('Pilih folder tujuan paket untuk rekan') }),
    chooseBundle: async () => ({ path: await services.shell.chooseFile('Pilih paket ZI Desk dari rekan', BUNDLE_FILTERS) }),
  };
}
