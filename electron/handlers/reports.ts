import type { Services } from '../services/container';
import type { DomainHandlers } from './types';

/** The `reports` channels: LHE metadata and PDF, annual recap PDF, dashboard. */
export function reportsHandlers(services: Services): DomainHandlers<'reports'> {
  const { reports } = services;
  return {
    getMeta: async ({ id }) => reports.getMeta(id),
    saveMeta: async ({ id, meta }) => reports.saveMeta(id, meta, services.currentUser()),
    printLhe: async ({ id, meta }) => reports.printLhe(id, meta, services.currentUser()),
    recapPdf: async ({ year }) => reports.recapPdf(year),
    dashboard: async ({ year }) => reports.dashboard(year),
  };
}
