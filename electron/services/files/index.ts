/**
 * File helpers for the main process: a durable atomic write for generated files (PDF, exports)
 * and a content-addressed blob store for attachments. Plain Node; never imports `electron`.
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
