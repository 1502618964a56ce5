import type { Services } from '../services/container';
import { integrityNotice } from '../../shared/pledges';
import { createDataRevision, type DataRevisionCounter } from './revision';
import type { DomainHandlers } from './types';

/**
 * The `pledgeTemplates` channels: every edit of the wording is a new version; pledges keep the
 * exact text they were signed with.
 */
export function pledgeTemplatesHandlers(services: Services): DomainHandlers<'pledgeTemplates'> {
  const { templates } = services;
  return {
    list: async () => templates.list(),
    saveVersion: async (input) => templates.saveVersion(input, services.currentUser()),
  };
}

/**
 * The `pledges` channels: one pledge, its PDF, the registry per unit and year with the coverage
 * for the LKE, and the batch print as a job with progress and cancel. A batch writes its pledges
 * when it finishes: the data revision is raised then (not when the job starts, which stores nothing),
 * so the screens reload once the records are there.
 */
export function pledgesHandlers(services: Services, revision: DataRevisionCounter = createDataRevision()): DomainHandlers<'pledges'> {
  const { pledges, batches } = services;
  return {
    create: async (input) => pledges.create(input, services.currentUser()),
    print: async (input) => pledges.print(input, services.currentUser()),
    get: async ({ id }) => pledges.get(id),
    pdf: async ({ id }) => pledges.pdf(id, services.currentUser()),
    registry: async ({ unitId, year }) => pledges.registry(unitId, year),
    coverage: async ({ unitId, year }) => pledges.coverage(unitId, year),
    markSigned: async ({ id, date }) => pledges.markSigned(id, date, services.currentUser()),
    attachScan: async ({ id, fileName, dataBase64 }) =>
      pledges.attachScan(id, fileName, new Uint8Array(Buffer.from(dataBase64, 'base64')), services.currentUser()),
    revoke: async ({ id, reason }) => pledges.revoke(id, reason, services.currentUser()),
    exportRevocations: async ({ year }) => pledges.exportRevocations(year),
    importRevocations: async ({ json }) => pledges.importRevocations(json, services.currentUser()),
    integrityNotice: async () => integrityNotice(await pledges.checkAllIntegrity()),
    batch: async (input) => {
      const started = await batches.start(input, services.currentUser());
      void batches.settled(started.jobId).then((status) => {
        if (status.state === 'done') revision.bump();
      });
      return started;
    },
    batchStatus: async ({ jobId }) => batches.status(jobId),
    cancel: async ({ jobId }) => batches.cancel(jobId),
  };
}
