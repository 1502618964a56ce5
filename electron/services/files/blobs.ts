import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../../shared/result';
import { errorCode, nodeFileOps, toStorageFailure, withRetry, writeFileAtomic, type FileOps } from './atomic';

const HASH_PATTERN = /^[0-9a-f]{64}$/;

/** Where a blob landed: its SHA-256 (lowercase hex) and its size in bytes. */
export interface BlobRef {
  hash: string;
  size: number;
}

/**
 * Content-addressed store for attachments (evidence scans, signatures, generated PDFs): a blob is
 * stored once under `<dataDir>/blobs/<first two hex>/<sha256>` and never changes afterwards.
 */
export interface BlobStore {
  /** Absolute folder holding the blobs. */
  readonly root: string;
  /** Stores `bytes` durably (temp + fsync + rename); storing the same bytes twice is a no-op. */
  put(bytes: Uint8Array): Promise<BlobRef>;
  /** Reads a blob and checks it still matches its hash; `NOT_FOUND` when absent. */
  get(hash: string): Promise<Uint8Array>;
  /** Whether a blob with this hash is stored. */
  has(hash: string): Promise<boolean>;
  /** Absolute path of a blob (for `shell.openPath` or streaming); validates the hash format. */
  pathOf(hash: string): string;
}

/** SHA-256 of `bytes` as 64 lowercase hex characters. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Throws `AppFailure('INVALID_INPUT')` unless `hash` is 64 lowercase hex characters. */
export function assertBlobHash(hash: string): void {
  if (typeof hash !== 'string' || !HASH_PATTERN.test(hash)) {
    throw new AppFailure('INVALID_INPUT', 'Kode berkas lampiran tidak valid.');
  }
}

/**
 * Opens the blob store of a data folder. Nothing is read until used.
 *
 * @param dataDir the folder from `resolveDataDir`
 * @param options.ops test seam for rename/unlink (simulated Windows sharing violations)
 */
export function createBlobStore(dataDir: string, options: { ops?: FileOps } = {}): BlobStore {
  const root = path.join(dataDir, 'blobs');
  const ops = options.ops ?? nodeFileOps;

  const pathOf = (hash: string): string => {
    assertBlobHash(hash);
    return path.join(root, hash.slice(0, 2), hash);
  };

  const sizeOf = async (file: string): Promise<number | null> => {
    try {
      return (await fsp.stat(file)).size;
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw toStorageFailure(error, 'membaca', file);
    }
  };

  /** Whether `file` exists and its content hashes to `hash`. */
  const intact = async (file: string, hash: string): Promise<boolean> => {
    let stored: Buffer;
    try {
      stored = await withRetry(() => fsp.readFile(file));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return false;
      throw toStorageFailure(error, 'membaca', file);
    }
    return sha256Hex(stored) === hash;
  };

  return {
    root,
    pathOf,

    async put(bytes) {
      const hash = sha256Hex(bytes);
      const file = pathOf(hash);
      // Skipped only when the stored blob still hashes to its name: a blob damaged on disk (bad
      // sector, a sync tool, a hand edit) is repaired by uploading the same file again.
      if (!(await intact(file, hash))) {
        await writeFileAtomic(file, bytes, { ops });
      }
      return { hash, size: bytes.byteLength };
    },

    async get(hash) {
      const file = pathOf(hash);
      let bytes: Buffer;
      try {
        bytes = await withRetry(() => fsp.readFile(file));
      } catch (error) {
        if (errorCode(error) === 'ENOENT') {
          throw new AppFailure('NOT_FOUND', 'Berkas lampiran tidak ditemukan di folder data.');
        }
        throw toStorageFailure(error, 'membaca', file);
      }
      if (sha256Hex(bytes) !== hash) {
        throw new AppFailure(
          'STORAGE_ERROR',
          'Berkas lampiran rusak (isinya tidak cocok dengan kodenya). Unggah ulang berkas tersebut.',
        );
      }
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },

    async has(hash) {
      return (await sizeOf(pathOf(hash))) !== null;
    },
  };
}
