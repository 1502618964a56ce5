import type { Services } from '../services/container';
import { reportServiceFor } from '../services/reports';
import { userOf } from './pledges';
import type { DomainHandlers } from './types';

/** The `reports` channels (issue 5 items 1–3): LHE metadata and PDF, annual recap PDF, dashboard. */
export function reportsHandlers(services: Services): DomainHandlers<'reports'> {
  const reports = reportServiceFor(services);
  return {
    getMeta: async ({ id }) => reports.getMeta(id),
    saveMeta: async ({ id, meta }) => reports.saveMeta(id, meta, userOf(services)),
    lhePdf: async ({ id }) => reports.lhePdf(id),
    recapPdf: async ({ year }) => reports.recapPdf(year),
    dashboard: async ({ year }) => reports.dashboard(year),
  };
}
