import { randomBytes } from 'node:crypto';
import { promises as fsp, readFileSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppFailure } from '../../../shared/result';
import { errorCode, removeQuietly, toStorageFailure, withRetry } from '../files/atomic';

/** Name of the lock file inside the data folder. */
export const LOCK_FILE_NAME = '.zi-desk.lock';

/** Content of the lock file. */
interface LockInfo {
  pid: number;
  startedAt: string;
  /** Approximate boot time (ms since epoch): a lock written before a reboot is stale even if
   * Windows has since handed its pid to another program. */
  bootTime: number;
  hostname: string;
  token: string;
}

/** An exclusive claim on a data folder; release it when the folder is no longer written. */
export interface DataDirLock {
  readonly file: string;
  release(): Promise<void>;
  /** Releases at once, synchronously: for a session end or shutdown, where no promise finishes. */
  releaseSync(): void;
}

/** A reboot moves the computed boot time by far more than this clock jitter. */
const BOOT_TIME_TOLERANCE_MS = 120_000;
/** The holder touches the lock file this often while it runs. */
const HEARTBEAT_MS = 60_000;
/**
 * A lock not touched for this long is stale even if its pid runs: Windows reuses pids quickly, so
 * after a crash "pid still runs" may be some other program.
 */
export const LOCK_STALE_AFTER_MS = 10 * 60_000;

function currentBootTime(): number {
  return Math.round(Date.now() - os.uptime() * 1000);
}

function parseLock(text: string): LockInfo | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const info = value as Partial<LockInfo>;
    if (
      typeof info.pid !== 'number' ||
      typeof info.startedAt !== 'string' ||
      typeof info.bootTime !== 'number' ||
      typeof info.hostname !== 'string' ||
      typeof info.token !== 'string'
    ) {
      return null;
    }
    return info as LockInfo;
  } catch {
    return null;
  }
}

/** Whether a process with this pid exists (EPERM means it exists but belongs to someone else). */
function processRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/** A lock still held by a live ZI Desk: not stale. Different host: we cannot tell, so live. */
function isLive(info: LockInfo, mtimeMs: number): boolean {
  if (info.hostname !== os.hostname()) return true;
  if (Date.now() - mtimeMs > LOCK_STALE_AFTER_MS) return false;
  if (Math.abs(info.bootTime - currentBootTime()) > BOOT_TIME_TOLERANCE_MS) return false;
  return processRunning(info.pid);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function readLockText(file: string): Promise<string | null> {
  try {
    return await withRetry(() => fsp.readFile(file, 'utf8'));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw toStorageFailure(error, 'membaca', file);
  }
}

/** Modification time of the lock; "now" when it cannot be read (counts as fresh). */
async function mtimeOf(file: string): Promise<number> {
  try {
    return (await fsp.stat(file)).mtimeMs;
  } catch {
    return Date.now();
  }
}

function inUseFailure(info: LockInfo): AppFailure {
  const where = info.hostname === os.hostname() ? '' : ` di komputer ${info.hostname}`;
  return new AppFailure(
    'STORAGE_ERROR',
    `Folder data sedang dipakai oleh ZI Desk lain${where} (proses ${info.pid}, sejak ${info.startedAt}). ` +
      'Tutup ZI Desk yang lain terlebih dahulu, lalu buka kembali.',
  );
}

/**
 * Takes the exclusive lock `<dataDir>/.zi-desk.lock` (pid, start time, boot time, host) so two
 * processes never write the same folder; the holder touches it every minute. A lock whose process
 * no longer runs, that predates the last reboot, or that was not touched for
 * {@link LOCK_STALE_AFTER_MS} is stale and taken over. A live holder →
 * `AppFailure('STORAGE_ERROR', 'Folder data sedang dipakai oleh ZI Desk lain …')`.
 */
export async function acquireDataDirLock(dataDir: string, now: () => Date): Promise<DataDirLock> {
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const info: LockInfo = {
    pid: process.pid,
    startedAt: now().toISOString(),
    bootTime: currentBootTime(),
    hostname: os.hostname(),
    token: randomBytes(8).toString('hex'),
  };
  const text = JSON.stringify(info);

  for (let attempt = 0; attempt < 8; attempt += 1) {
    try {
      const handle = await fsp.open(file, 'wx');
      try {
        await handle.writeFile(text);
        await handle.sync();
      } catch (error) {
        await handle.close();
        await removeQuietly(file); // an empty lock would only delay the next start
        throw error;
      }
      await handle.close();
      const heartbeat = setInterval(() => {
        const touched = new Date();
        fsp.utimes(file, touched, touched).catch(() => undefined);
      }, HEARTBEAT_MS);
      heartbeat.unref();
      return {
        file,
        release: () => {
          clearInterval(heartbeat);
          return releaseLock(file, info.token);
        },
        releaseSync: () => {
          clearInterval(heartbeat);
          releaseLockSync(file, info.token);
        },
      };
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw toStorageFailure(error, 'menyimpan', file);
    }

    const existingText = await readLockText(file);
    if (existingText === null) continue; // released meanwhile: try again
    let existing = parseLock(existingText);
    if (existing === null) {
      // A holder writes its content right after creating the file; give it a moment.
      await sleep(100);
      const again = await readLockText(file);
      if (again === null) continue;
      existing = parseLock(again);
      if (existing === null && again !== existingText) continue;
    }
    if (existing !== null && isLive(existing, await mtimeOf(file))) throw inUseFailure(existing);

    // Stale: move it aside, then check we moved the lock we judged (not a fresh one that a
    // racing process created in between); if not, put it back and start over.
    const aside = `${file}.stale-${randomBytes(4).toString('hex')}`;
    try {
      await withRetry(() => fsp.rename(file, aside));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') continue;
      throw toStorageFailure(error, 'menyimpan', file);
    }
    const moved = await readLockText(aside);
    if (moved === null || existing === null || parseLock(moved)?.token === existing.token) {
      await removeQuietly(aside);
    } else {
      await fsp.link(aside, file).catch(() => undefined);
      await removeQuietly(aside);
    }
  }
  throw new AppFailure(
    'STORAGE_ERROR',
    'Folder data sedang dipakai oleh ZI Desk lain (berkas kunci terus berubah). Tutup ZI Desk yang lain lalu coba lagi.',
  );
}

async function releaseLock(file: string, token: string): Promise<void> {
  const text = await readLockText(file).catch(() => null);
  if (text === null || parseLock(text)?.token !== token) return; // not ours any more
  await removeQuietly(file);
}

function releaseLockSync(file: string, token: string): void {
  try {
    if (parseLock(readFileSync(file, 'utf8'))?.token === token) unlinkSync(file);
  } catch {
    // Gone or unreadable: nothing of ours to remove.
  }
}
