import { randomBytes } from 'node:crypto';
import { promises as fsp, readFileSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppFailure } from '../../../shared/result';
import { errorCode, nodeFileOps, openWith, removeQuietly, toStorageFailure, withRetry, type FileOps } from '../files/atomic';

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
  /**
   * Resolves while the lock file still carries this holder's token; otherwise (another ZI Desk
   * took the folder over, or the lock file was deleted) rejects with `AppFailure('STORAGE_ERROR')`
   * and keeps rejecting. Call it before every write so a holder that lost its lock writes nothing.
   */
  assertHeld(): Promise<void>;
  release(): Promise<void>;
  /** Releases at once, synchronously: for a session end or shutdown, where no promise finishes. */
  releaseSync(): void;
}

/** A reboot moves the computed boot time by far more than this clock jitter. */
const BOOT_TIME_TOLERANCE_MS = 120_000;
/** The holder touches the lock file this often while it runs. */
export const LOCK_HEARTBEAT_MS = 60_000;
/**
 * A lock whose heartbeat is older than this (ten missed refreshes) is stale: on this computer when
 * its pid runs all the same (Windows reuses pids quickly, so after a crash the pid may be another
 * program), and on another computer, whose processes cannot be seen from here.
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

/**
 * Whether a lock is still held. The rule:
 * - this computer: stale when its process is gone or the computer restarted since it was taken;
 *   a running pid with a fresh heartbeat is never taken over. A running pid whose heartbeat is
 *   older than {@link LOCK_STALE_AFTER_MS} is a reused pid or a frozen holder: taken over, and a
 *   holder that resumes finds its token gone before its next write and refuses to write;
 * - another computer (a shared or USB folder): its processes cannot be seen, so only the heartbeat
 *   counts — older than {@link LOCK_STALE_AFTER_MS} is stale. A live holder refreshes it every
 *   {@link LOCK_HEARTBEAT_MS}, so it is never taken over; one shut down with the app open is.
 */
function isLive(info: LockInfo, heartbeatAgeMs: number): boolean {
  if (heartbeatAgeMs > LOCK_STALE_AFTER_MS) return false;
  if (info.hostname !== os.hostname()) return true;
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

function inUseFailure(info: LockInfo, heartbeatAgeMs: number): AppFailure {
  if (info.hostname !== os.hostname()) {
    const minutes = Math.max(1, Math.ceil((LOCK_STALE_AFTER_MS - heartbeatAgeMs) / 60_000));
    return new AppFailure(
      'STORAGE_ERROR',
      `Folder data sedang dipakai oleh ZI Desk lain di komputer ${info.hostname} (sejak ${info.startedAt}). ` +
        `Tutup ZI Desk di komputer ${info.hostname}, lalu buka kembali ZI Desk di sini. Jika komputer itu sudah ` +
        `mati atau ZI Desk-nya tidak tertutup dengan benar, tunggu ${minutes} menit: folder itu lalu dapat dipakai di sini.`,
    );
  }
  return new AppFailure(
    'STORAGE_ERROR',
    `Folder data sedang dipakai oleh ZI Desk lain (proses ${info.pid}, sejak ${info.startedAt}). ` +
      'Tutup ZI Desk yang lain terlebih dahulu, lalu buka kembali.',
  );
}

/** What a holder that lost its lock says instead of writing. */
function lostLockFailure(): AppFailure {
  return new AppFailure(
    'STORAGE_ERROR',
    'Perubahan ini tidak disimpan: ZI Desk ini tidak lagi memegang kunci folder data (folder itu kini dipakai ' +
      'ZI Desk lain, atau berkas kuncinya terhapus). Data yang sudah tersimpan tidak diubah. Salin dulu isian ' +
      'yang belum tersimpan bila perlu, lalu tutup ZI Desk ini dan buka kembali.',
  );
}

/**
 * Takes the exclusive lock `<dataDir>/.zi-desk.lock` (pid, start time, boot time, host, token) so
 * two processes never write the same folder; the holder touches it every minute and checks its
 * token before each write ({@link DataDirLock.assertHeld}). Staleness: see `isLive`. A live holder →
 * `AppFailure('STORAGE_ERROR', 'Folder data sedang dipakai oleh ZI Desk lain …')`, naming the other
 * computer and how long to wait when it is on another computer.
 */
export async function acquireDataDirLock(dataDir: string, now: () => Date, ops: FileOps = nodeFileOps): Promise<DataDirLock> {
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
      // Retried like every open: antivirus can refuse a new file for a moment (EPERM on Windows).
      const handle = await withRetry(() => openWith(ops, file, 'wx'));
      try {
        await handle.writeFile(text);
        await handle.sync();
      } catch (error) {
        await handle.close();
        await removeQuietly(file, ops); // an empty lock would only delay the next start
        throw error;
      }
      await handle.close();
      let lost: AppFailure | null = null;
      const assertHeld = async (): Promise<void> => {
        if (lost !== null) throw lost;
        const current = await readLockText(file).catch(() => null);
        if (current !== null && parseLock(current)?.token === info.token) return;
        lost = lostLockFailure();
        clearInterval(heartbeat);
        throw lost;
      };
      // The heartbeat touches only a lock that is still ours (never a successor's).
      const heartbeat = setInterval(() => {
        assertHeld().then(
          () => {
            const touched = new Date();
            return fsp.utimes(file, touched, touched);
          },
        ).catch(() => undefined);
      }, LOCK_HEARTBEAT_MS);
      heartbeat.unref();
      return {
        file,
        assertHeld,
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
    const heartbeatAgeMs = Date.now() - (await mtimeOf(file));
    if (existing !== null && isLive(existing, heartbeatAgeMs)) throw inUseFailure(existing, heartbeatAgeMs);

    // Stale: move it aside, then check we moved the lock we judged (not a fresh one that a
    // racing process created in between); if not, put it back and start over.
    const aside = `${file}.stale-${randomBytes(4).toString('hex')}`;
    try {
      await withRetry(() => ops.rename(file, aside));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') continue;
      throw toStorageFailure(error, 'menyimpan', file);
    }
    const moved = await readLockText(aside);
    if (moved === null || existing === null || parseLock(moved)?.token === existing.token) {
      await removeQuietly(aside, ops);
    } else {
      await fsp.link(aside, file).catch(() => undefined);
      await removeQuietly(aside, ops);
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
