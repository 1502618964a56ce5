import type { Services } from '../container';
import {
  createPrerequisitesService,
  createWorksheetsService,
  type PrerequisitesService,
  type WorksheetsService,
} from './service';

/**
 * LKE worksheets and the instansi-level proposal prerequisites (issue 3), over the storage, blob
 * store, master data and preferences of one data folder. Plain Node; never imports `electron`.
 */
export { createWorksheetsService, type WorksheetsService } from './service';
export { createPrerequisitesService, type PrerequisitesService } from './prerequisites';
export { type WorksheetsDeps } from './repo';
export { type ListFilter } from './list';
export { type CreateInput } from './create';
export { type SavePrecondition } from './answers';
export { worksheetSpec, worksheetDocumentName, worksheetIdOfDocument, prerequisitesSpec, WORKSHEETS_FOLDER } from './documents';
export { evidenceMimeType, displayFileName, EVIDENCE_EXTENSIONS } from './evidence';

const instances = new WeakMap<Services, { worksheets: WorksheetsService; prerequisites: PrerequisitesService }>();

/**
 * The worksheets and prerequisites services of a Services container, created once per container
 * so both handler domains share them (the container itself is owned by the foundation).
 */
export function worksheetServicesFor(services: Services): { worksheets: WorksheetsService; prerequisites: PrerequisitesService } {
  let found = instances.get(services);
  if (found === undefined) {
    const prerequisites = createPrerequisitesService(services.storage);
    found = { worksheets: createWorksheetsService(services, prerequisites), prerequisites };
    instances.set(services, found);
  }
  return found;
}
