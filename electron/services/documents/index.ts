/**
 * Generated documents: the store under `<dataDir>/documents`, the native port that shows them, and
 * the one pipeline (render → post-process → store) every document kind goes through.
 */
export {
  createDocumentsService,
  type DocumentsService,
  type DocumentsOptions,
  type PostProcess,
  type PostProcessMeta,
  type ProduceRequest,
  type RenderedDocument,
  type RenderedFile,
} from './pipeline';
export { browserOpenDocument, browserShell, type DocumentToOpen, type FileFilterSpec, type FileToOpen, type OpenDocumentPort, type ShellPort } from './port';
export {
  createGeneratedDocumentStore,
  DOCUMENT_KINDS,
  DOCUMENTS_FOLDER,
  type DocumentKind,
  type GeneratedDocumentStore,
  type GeneratedMeta,
  type NewDocument,
  type ResolvedDocument,
} from './store';
