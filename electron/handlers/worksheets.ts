import type { Services } from '../services/container';
import type { DomainHandlers } from './types';

/**
 * The `worksheets` channels: inputs are already parsed with the contract's schemas by the
 * dispatcher; every answer is checked again against the worksheet's template by the service.
 */
export function worksheetsHandlers(services: Services): DomainHandlers<'worksheets'> {
  const { worksheets } = services;
  return {
    templates: async () => worksheets.templates(),
    list: async (input) => worksheets.list({ year: input?.year, unitId: input?.unitId }),
    get: async ({ id }) => worksheets.get(id),
    create: async (input) => worksheets.create(input),
    saveAnswers: async ({ id, layer, changes }) => worksheets.saveAnswers(id, layer, changes),
    confirmCarried: async ({ id, codes }) => worksheets.confirmCarried(id, codes),
    undoConfirmCarried: async ({ id, codes }) => worksheets.undoConfirmCarried(id, codes),
    transition: async ({ id, to, note }) => worksheets.transition(id, to, note),
    addEvidenceFile: async ({ id, code, fileName, dataBase64 }) =>
      worksheets.addEvidenceFile(id, code, fileName, new Uint8Array(Buffer.from(dataBase64, 'base64'))),
    addEvidenceReference: async ({ id, code, text }) => worksheets.addEvidenceReference(id, code, text),
    removeEvidence: async ({ id, code, evidenceId }) => worksheets.removeEvidence(id, code, evidenceId),
    evidenceBlob: async ({ id, evidenceId }) => worksheets.evidenceBlob(id, evidenceId),
    setPrerequisites: async ({ id, checklist, tanggalUsulan }) => worksheets.setPrerequisites(id, checklist, tanggalUsulan),
    plan: async ({ id, layer }) => worksheets.plan(id, layer),
  };
}
