import type { Services } from '../services/container';
import { paktaServicesFor } from '../services/pakta';
import type { DomainHandlers } from './types';

/** Who did it, as recorded on pledges and template versions (the name asked at first run). */
export function userOf(services: Services): string {
  return services.preferences.data.userName.trim() || 'Pengguna ZI Desk';
}

/**
 * The `pledgeTemplates` channels (issue 4 item 1): every edit of the wording is a new version;
 * pledges keep the exact text they were signed with.
 */
export function pledgeTemplatesHandlers(services: Services): DomainHandlers<'pledgeTemplates'> {
  return {
    list: async () => (await paktaServicesFor(services)).templates.list(),
    saveVersion: async (input) => (await paktaServicesFor(services)).templates.saveVersion(input, userOf(services)),
  };
}

/**
 * The `pledges` channels (issue 4 items 2, 3, 5, 6): one pledge, its PDF, the registry per unit
 * and year with the coverage for the LKE, and the batch print as a job with progress and cancel.
 */
export function pledgesHandlers(services: Services): DomainHandlers<'pledges'> {
  const pakta = () => paktaServicesFor(services);
  return {
    create: async (input) => (await pakta()).pledges.create(input, userOf(services)),
    get: async ({ id }) => (await pakta()).pledges.get(id),
    pdf: async ({ id }) => (await pakta()).pledges.pdf(id),
    reprint: async ({ id }) => (await pakta()).pledges.pdf(id),
    registry: async ({ unitId, year }) => (await pakta()).pledges.registry(unitId, year),
    coverage: async ({ unitId, year }) => (await pakta()).pledges.coverage(unitId, year),
    markSigned: async ({ id, date }) => (await pakta()).pledges.markSigned(id, date),
    attachScan: async ({ id, fileName, dataBase64 }) =>
      (await pakta()).pledges.attachScan(id, fileName, new Uint8Array(Buffer.from(dataBase64, 'base64')), userOf(services)),
    revoke: async ({ id, reason }) => (await pakta()).pledges.revoke(id, reason, userOf(services)),
    batch: async (input) => (await pakta()).batches.start(input, userOf(services)),
    batchStatus: async ({ jobId }) => (await pakta()).batches.status(jobId),
    cancel: async ({ jobId }) => (await pakta()).batches.cancel(jobId),
  };
}
