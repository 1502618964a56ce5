/**
 * File helpers for the main process: a durable atomic write for generated files (PDF, exports),
 * a content-addressed blob store for attachments, the pending previews of imports, and
 * reading an .xlsx file. Plain
 * Node; never imports `electron`.
 */
export {
  writeFileAtomic,
  readTextIfExists,
  withRetry,
  toStorageFailure,
  nodeFileOps,
  RETRY_DELAYS_MS,
  type AtomicWriteOptions,
  type FileOps,
  type FileAction,
} from './atomic';
export { createBlobStore, assertBlobHash, sha256Hex, type BlobStore, type BlobRef } from './blobs';
export { createPreviewStore, type PreviewStore, type PreviewStoreOptions } from './previews';
export { loadExcelJs, loadXlsx, preloadExcelJs, warmExcelJs, type ExcelModule } from './xlsx';

/** ASCII letters, digits and single hyphens of `text`, for a generated file name ("Kec. Ciruas" → "Kec-Ciruas"); `fallback` when nothing is left. */
export function safeFileStem(text: string, fallback: string): string {
  return text.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || fallback;
}
