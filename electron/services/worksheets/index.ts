/**
 * LKE worksheets and the instansi-level proposal prerequisites, over the storage, blob store,
 * master data and preferences of one data folder (built by the composition root, container.ts).
 * Plain Node; never imports `electron`.
 */
export {
  createWorksheetsService,
  createPrerequisitesService,
  type WorksheetsService,
  type PrerequisitesService,
  type WorksheetsDeps,
  type ListFilter,
  type CreateInput,
} from './service';
export { worksheetSpec, worksheetDocumentName, worksheetIdOfDocument, prerequisitesSpec, WORKSHEETS_FOLDER } from './documents';
export { evidenceMimeType, displayFileName, EVIDENCE_EXTENSIONS } from './evidence';
