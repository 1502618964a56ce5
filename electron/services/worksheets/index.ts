/**
 * LKE worksheets and the instansi-level proposal prerequisites, over the storage, blob store,
 * master data and current user of one data folder (built by the composition root, container.ts).
 * Plain Node; never imports `electron`.
 */
export { createWorksheetsService, type WorksheetsService } from './service';
export { createPrerequisitesService, type PrerequisitesService } from './prerequisites';
export { type WorksheetsDeps } from './repo';
export { type ListFilter } from './list';
export { type CreateInput } from './create';
export { type SavePrecondition } from './answers';
export { worksheetSpec, worksheetDocumentName, worksheetIdOfDocument, prerequisitesSpec, WORKSHEETS_FOLDER } from './documents';
export { evidenceMimeType, displayFileName, EVIDENCE_EXTENSIONS } from './evidence';
