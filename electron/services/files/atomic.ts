import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../../shared/result';

/**
 * The only file-system calls that can be swapped, so tests can simulate a Windows sharing
 * violation (antivirus or a sync tool holding the file) without mocking the whole `fs` module.
 */
export interface FileOps {
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  /** Opens a file (`fs.promises.open`); optional so older seams keep working. */
  open?(file: string, flags: string): Promise<fsp.FileHandle>;
}

/** The real file-system operations. */
export const nodeFileOps: FileOps = {
  rename: (from, to) => fsp.rename(from, to),
  unlink: (file) => fsp.unlink(file),
  open: (file, flags) => fsp.open(file, flags),
};

/** Opens through the seam when it has `open`, else the real file system. */
export function openWith(ops: FileOps, file: string, flags: string): Promise<fsp.FileHandle> {
  return ops.open ? ops.open(file, flags) : fsp.open(file, flags);
}

/**
 * Backoff between attempts when Windows reports a sharing violation (EPERM/EBUSY/EACCES): eleven
 * retries, about 5 s in total. Antivirus scanners, OneDrive and backup agents can hold a freshly
 * written file for seconds on a slow laptop; a permanent refusal (a read-only folder) costs the
 * user those 5 s once per write before the clear message.
 */
export const RETRY_DELAYS_MS: readonly number[] = [10, 20, 40, 80, 160, 320, 640, 1000, 1000, 1000, 1000];

const RETRYABLE_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** Directory fsync is unsupported on Windows (EISDIR/EPERM) and on some network file systems. */
const IGNORABLE_DIR_SYNC_CODES = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF']);

/** The `code` of a Node system error, or '' for anything else. */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    return typeof error.code === 'string' ? error.code : '';
  }
  return '';
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs `op`, retrying with a short backoff while it fails with a transient Windows sharing
 * violation. Any other error, or the last failure, is rethrown unchanged.
 */
export async function withRetry<T>(
  op: () => Promise<T>,
  delaysMs: readonly number[] = RETRY_DELAYS_MS,
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await op();
    } catch (error) {
      const delay = delaysMs[attempt];
      if (delay === undefined || !RETRYABLE_CODES.has(errorCode(error))) throw error;
      await sleep(delay);
    }
  }
}

/** What the failed operation was doing, in the words of the user-facing message. */
export type FileAction = 'menyimpan' | 'membaca' | 'menghapus';

/**
 * Turns a Node file-system error into an `AppFailure('STORAGE_ERROR')` with a message in Bahasa
 * Indonesia that says what the user can do. An `AppFailure` passes through unchanged.
 */
export function toStorageFailure(error: unknown, action: FileAction, file: string): AppFailure {
  if (error instanceof AppFailure) return error;
  const name = path.basename(file);
  const code = errorCode(error);
  let message: string;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      message = `Ruang disk penuh sehingga gagal ${action} data (${name}). Kosongkan sebagian ruang disk lalu coba lagi.`;
      break;
    case 'EROFS':
      message = `Folder data hanya dapat dibaca (read-only) sehingga gagal ${action} data (${name}). Pindahkan folder data ke lokasi yang dapat ditulisi.`;
      break;
    case 'EACCES':
    case 'EPERM':
      message = `Akses ke berkas data ditolak sehingga gagal ${action} data (${name}). Berkas mungkin sedang dikunci antivirus atau aplikasi sinkronisasi, atau folder tidak memiliki izin tulis. Tutup aplikasi tersebut lalu coba lagi.`;
      break;
    case 'EBUSY':
      message = `Berkas data sedang dipakai aplikasi lain sehingga gagal ${action} data (${name}). Tutup aplikasi tersebut lalu coba lagi.`;
      break;
    case 'EMFILE':
    case 'ENFILE':
      message = `Terlalu banyak berkas terbuka sehingga gagal ${action} data (${name}). Tutup beberapa aplikasi lalu coba lagi.`;
      break;
    default:
      message = `Gagal ${action} data (${name})${code ? ` [${code}]` : ''}. Coba lagi; jika masalah berlanjut, hubungi admin TI.`;
  }
  const failure = new AppFailure('STORAGE_ERROR', message);
  failure.cause = error;
  return failure;
}

/**
 * Flushes a directory entry table to disk so a completed rename survives power loss. Platforms
 * that cannot open or fsync a directory (Windows) are skipped: NTFS journals the rename itself.
 */
export async function fsyncDirectory(dir: string): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!IGNORABLE_DIR_SYNC_CODES.has(errorCode(error))) throw error;
  } finally {
    await handle?.close();
  }
}

/** Options for {@link writeFileAtomic}. */
export interface AtomicWriteOptions {
  /** Before replacing `file`, keep its previous content as `<file>.bak` (rename, not copy). */
  keepBackup?: boolean;
  /** Test seam for rename/unlink; defaults to the real file system. */
  ops?: FileOps;
}

/** Random suffix of temp files: `<file>.tmp-<12 hex>`; {@link isTempFileName} recognises it. */
function tempNameFor(file: string): string {
  return `${file}.tmp-${randomBytes(6).toString('hex')}`;
}

/** True for the temp files left behind when a process died inside {@link writeFileAtomic}. */
export function isTempFileName(fileName: string): boolean {
  return /\.tmp-[0-9a-f]{12}$/.test(fileName);
}

async function writeAndSync(file: string, bytes: Uint8Array | string, ops: FileOps): Promise<void> {
  const handle = await withRetry(() => openWith(ops, file, 'wx'));
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Deletes a file, ignoring "already gone"; retries sharing violations; never throws. */
export async function removeQuietly(file: string, ops: FileOps = nodeFileOps): Promise<void> {
  try {
    await withRetry(() => ops.unlink(file));
  } catch {
    // Best effort: a stray temp file is harmless and is swept on the next start.
  }
}

/**
 * Writes `bytes` to `file` so that the final name only ever holds a complete file: write a temp
 * file in the same folder, fsync it, optionally keep the previous content as `<file>.bak`, rename
 * the temp file over `file` (retrying Windows sharing violations), then fsync the folder. Resolves
 * only once the content is durable. Creates missing folders. Failures become
 * `AppFailure('STORAGE_ERROR')` with an Indonesian message; the temp file is removed.
 *
 * Use it for every generated file (PDF, export) as well as for the JSON documents.
 */
export async function writeFileAtomic(
  file: string,
  bytes: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const ops = options.ops ?? nodeFileOps;
  const dir = path.dirname(file);
  const temp = tempNameFor(file);
  /** Highest folder this call had to create, whose parent entry must be flushed too. */
  let created: string | undefined;
  let movedToBackup = false;
  try {
    try {
      await writeAndSync(temp, bytes, ops);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
      created = await fsp.mkdir(dir, { recursive: true });
      await writeAndSync(temp, bytes, ops);
    }
    if (options.keepBackup) {
      try {
        await withRetry(() => ops.rename(file, `${file}.bak`));
        movedToBackup = true;
      } catch (error) {
        // Nothing to keep on the first write, or after a crash between the two renames.
        if (errorCode(error) !== 'ENOENT') throw error;
      }
    }
    await withRetry(() => ops.rename(temp, file));
  } catch (error) {
    await removeQuietly(temp, ops);
    // The previous content goes back under its own name (best effort; `.bak` holds it otherwise).
    if (movedToBackup) await withRetry(() => ops.rename(`${file}.bak`, file)).catch(() => undefined);
    throw toStorageFailure(error, 'menyimpan', file);
  }
  try {
    await fsyncDirectory(dir);
    if (created !== undefined) {
      for (let folder = dir; folder !== path.dirname(created); folder = path.dirname(folder)) {
        await fsyncDirectory(path.dirname(folder));
      }
    }
  } catch (error) {
    throw toStorageFailure(error, 'menyimpan', file);
  }
}

/**
 * Reads a whole file as UTF-8, retrying Windows sharing violations. Resolves `null` when the file
 * does not exist; other errors become `AppFailure('STORAGE_ERROR')`.
 */
export async function readTextIfExists(file: string): Promise<string | null> {
  try {
    return await withRetry(() => fsp.readFile(file, 'utf8'));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw toStorageFailure(error, 'membaca', file);
  }
}
