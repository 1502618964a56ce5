import { spawn } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { createStorage, LOCK_FILE_NAME } from '../../../../../electron/services/storage';
import { LOCK_STALE_AFTER_MS } from '../../../../../electron/services/storage/lock';
import { AppFailure } from '../../../../../shared/result';
import { faultyOps } from '../files/faults';
import { startChild } from './child';
import { counterSpec } from './fixtures/counterSpec';
import { sheetSpec, useTempDirs } from './helpers';

const HOLDER = fileURLToPath(new URL('./fixtures/lockHolder.ts', import.meta.url));

const temp = useTempDirs();

/** The pid of a process that has certainly exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  const pid = child.pid;
  await new Promise((resolve) => child.once('exit', resolve));
  if (pid === undefined) throw new Error('no pid');
  return pid;
}

function lockText(overrides: Record<string, unknown>): string {
  return JSON.stringify({
    pid: process.pid,
    startedAt: '2026-11-28T01:00:00.000Z',
    bootTime: Math.round(Date.now() - os.uptime() * 1000),
    hostname: os.hostname(),
    token: 'someone-else',
    ...overrides,
  });
}

interface LockContent {
  pid: number;
  hostname: string;
  token: string;
}

async function readLock(dataDir: string): Promise<LockContent> {
  return JSON.parse(await fsp.readFile(path.join(dataDir, LOCK_FILE_NAME), 'utf8')) as LockContent;
}

async function refusal(dataDir: string): Promise<AppFailure> {
  const error: unknown = await createStorage({ dataDir }).then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(AppFailure);
  return error as AppFailure;
}

describe('data folder lock', () => {
  it('refuses a second storage on the same folder and frees it on close', async () => {
    const dataDir = await temp.dir();
    const first = await createStorage({ dataDir });
    expect(await readLock(dataDir)).toMatchObject({ pid: process.pid, hostname: os.hostname() });

    const failure = await refusal(dataDir);
    expect(failure.code).toBe('STORAGE_ERROR');
    expect(failure.message).toMatch(/^Folder data sedang dipakai oleh ZI Desk lain/);

    await first.close();
    await expect(fsp.stat(path.join(dataDir, LOCK_FILE_NAME))).rejects.toMatchObject({ code: 'ENOENT' });
    temp.track(await createStorage({ dataDir }));
  });

  it('releases the lock synchronously at a session end; later writes are refused', async () => {
    const dataDir = await temp.dir();
    const storage = await createStorage({ dataDir });
    storage.releaseLockSync();
    await expect(fsp.stat(path.join(dataDir, LOCK_FILE_NAME))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(storage.list('')).rejects.toMatchObject({ code: 'STORAGE_ERROR' });
    temp.track(await createStorage({ dataDir }));
  });

  it('takes over a stale lock whose process no longer runs', async () => {
    const dataDir = await temp.dir();
    await fsp.writeFile(path.join(dataDir, LOCK_FILE_NAME), lockText({ pid: await deadPid() }));
    const storage = temp.track(await createStorage({ dataDir }));
    expect((await readLock(dataDir)).pid).toBe(process.pid);
    expect(storage.dataDir).toBe(dataDir);
    expect((await fsp.readdir(dataDir)).filter((name) => name.includes('.stale-'))).toEqual([]);
  });

  it('takes over a lock written before the last reboot even if its pid is reused', async () => {
    const dataDir = await temp.dir();
    const beforeReboot = Math.round(Date.now() - os.uptime() * 1000) - 86_400_000;
    await fsp.writeFile(path.join(dataDir, LOCK_FILE_NAME), lockText({ bootTime: beforeReboot }));
    temp.track(await createStorage({ dataDir }));
  });

  it('takes over a lock not refreshed for a long time even if its pid runs (pid reuse)', async () => {
    const dataDir = await temp.dir();
    const lockFile = path.join(dataDir, LOCK_FILE_NAME);
    await fsp.writeFile(lockFile, lockText({ pid: process.ppid }));
    const longAgo = new Date(Date.now() - 11 * 60_000);
    await fsp.utimes(lockFile, longAgo, longAgo);
    temp.track(await createStorage({ dataDir }));
    expect((await readLock(dataDir)).pid).toBe(process.pid);
  });

  it('takes over an empty or unreadable lock file (crash right after creating it)', async () => {
    const dataDir = await temp.dir();
    await fsp.writeFile(path.join(dataDir, LOCK_FILE_NAME), '');
    temp.track(await createStorage({ dataDir }));
  });

  it('refuses a lock held by a live process', async () => {
    const dataDir = await temp.dir();
    await fsp.writeFile(path.join(dataDir, LOCK_FILE_NAME), lockText({ pid: process.ppid }));
    expect((await refusal(dataDir)).message).toMatch(/sedang dipakai/);
  });

  it('refuses a lock from another computer whose heartbeat is fresh, naming it and how to recover', async () => {
    const dataDir = await temp.dir();
    const lockFile = path.join(dataDir, LOCK_FILE_NAME);
    await fsp.writeFile(lockFile, lockText({ pid: await deadPid(), hostname: 'PC-INSPEKTORAT-02' }));
    const twoMinutesAgo = new Date(Date.now() - 2 * 60_000 - 5_000);
    await fsp.utimes(lockFile, twoMinutesAgo, twoMinutesAgo);
    const { message } = await refusal(dataDir);
    expect(message).toMatch(/^Folder data sedang dipakai oleh ZI Desk lain di komputer PC-INSPEKTORAT-02/);
    expect(message).toMatch(/Tutup ZI Desk di komputer PC-INSPEKTORAT-02/);
    expect(message).toMatch(/tunggu 8 menit/);
    expect(JSON.parse(await fsp.readFile(lockFile, 'utf8'))).toMatchObject({ hostname: 'PC-INSPEKTORAT-02' });
  });

  it('takes over a lock from another computer whose heartbeat is older than the stale limit', async () => {
    const dataDir = await temp.dir();
    const lockFile = path.join(dataDir, LOCK_FILE_NAME);
    // The pid runs here, but on the other computer it means nothing.
    await fsp.writeFile(lockFile, lockText({ pid: process.ppid, hostname: 'PC-INSPEKTORAT-02' }));
    const stale = new Date(Date.now() - LOCK_STALE_AFTER_MS - 60_000);
    await fsp.utimes(lockFile, stale, stale);
    temp.track(await createStorage({ dataDir }));
    expect(await readLock(dataDir)).toMatchObject({ pid: process.pid, hostname: os.hostname() });
  });

  it('never takes over a live holder: a real process holding the lock keeps it and keeps writing', async () => {
    const dataDir = await temp.dir();
    const holder = startChild(HOLDER, dataDir);
    try {
      await holder.waitFor('held');
      const before = await readLock(dataDir);
      expect(before.pid).toBe(holder.child.pid);
      expect((await refusal(dataDir)).message).toMatch(/^Folder data sedang dipakai oleh ZI Desk lain \(proses \d+/);
      expect(await readLock(dataDir)).toEqual(before);
      holder.child.stdin.write('write 7\n');
      expect(await holder.waitFor('ack ') ).toBe('ack 7');
    } finally {
      holder.child.stdin.end();
      await holder.exited;
    }
    expect(await fsp.readdir(dataDir)).not.toContain(LOCK_FILE_NAME);
  }, 30_000);

  it('a holder whose lock was taken over (frozen holder, reused pid) refuses to write; the new holder\'s data stays', async () => {
    const dataDir = await temp.dir();
    const holder = startChild(HOLDER, dataDir);
    try {
      await holder.waitFor('held');
      holder.child.stdin.write('write 1\n');
      await holder.waitFor('ack 1');
      // Ten missed heartbeats, as if the holder had been frozen: the lock is taken over.
      const stale = new Date(Date.now() - LOCK_STALE_AFTER_MS - 60_000);
      await fsp.utimes(path.join(dataDir, LOCK_FILE_NAME), stale, stale);
      const storage = temp.track(await createStorage({ dataDir }));
      const counter = await storage.open(counterSpec);
      expect(counter.data.count).toBe(1);
      await counter.update((draft) => {
        draft.count = 50;
      });

      holder.child.stdin.write('write 2\n');
      const refused = await holder.waitFor('refused ');
      expect(refused).toMatch(/^refused Perubahan ini tidak disimpan: ZI Desk ini tidak lagi memegang kunci folder data/);
      expect(await readLock(dataDir)).toMatchObject({ pid: process.pid });
      expect(JSON.parse(await fsp.readFile(path.join(dataDir, 'counters', 'kill-test.json'), 'utf8'))).toMatchObject({
        data: { count: 50 },
      });
    } finally {
      holder.child.stdin.end();
      await holder.exited;
    }
    // Closing the old holder does not remove the new holder's lock.
    expect((await readLock(dataDir)).pid).toBe(process.pid);
  }, 30_000);

  it('refuses to write once its lock file is gone or replaced, and keeps the data in memory', async () => {
    const dataDir = await temp.dir();
    const storage = temp.track(await createStorage({ dataDir }));
    const sheet = await storage.open(sheetSpec());
    await sheet.update((draft) => {
      draft.unitId = 'saved';
    });
    const file = path.join(dataDir, 'worksheets', 'unit-a-2022.json');
    const saved = await fsp.readFile(file, 'utf8');
    await fsp.writeFile(path.join(dataDir, LOCK_FILE_NAME), lockText({ pid: process.ppid, token: 'successor' }));

    await expect(
      sheet.update((draft) => {
        draft.unitId = 'not-saved';
      }),
    ).rejects.toMatchObject({ code: 'STORAGE_ERROR', message: expect.stringMatching(/tidak lagi memegang kunci/) as unknown });
    expect(sheet.data.unitId).toBe('saved');
    expect(await fsp.readFile(file, 'utf8')).toBe(saved);
    // Still refused after the lock file is removed altogether: a lost lock stays lost.
    await fsp.rm(path.join(dataDir, LOCK_FILE_NAME));
    await expect(storage.remove('worksheets/unit-a-2022')).rejects.toMatchObject({ code: 'STORAGE_ERROR' });
    expect(await fsp.readFile(file, 'utf8')).toBe(saved);
  });

  it('does not delete a lock that another process took after ours was removed', async () => {
    const dataDir = await temp.dir();
    const storage = await createStorage({ dataDir });
    const lockFile = path.join(dataDir, LOCK_FILE_NAME);
    await fsp.writeFile(lockFile, lockText({ pid: process.ppid, token: 'other' }));
    await storage.close();
    expect((await readLock(dataDir)).token).toBe('other');
  });
});

describe('data folder lock under antivirus', () => {
  it('retries creating the lock file while it is refused (EPERM, EBUSY)', async () => {
    const dataDir = await temp.dir();
    const failures = ['EPERM', 'EPERM', 'EBUSY'];
    const { ops, calls } = faultyOps((op, file) => (op === 'open' && file.endsWith(LOCK_FILE_NAME) ? failures.shift() : undefined));
    temp.track(await createStorage({ dataDir, fileOps: ops }));
    expect(calls.filter((call) => call.op === 'open' && call.file.endsWith(LOCK_FILE_NAME))).toHaveLength(4);
    expect((await readLock(dataDir)).pid).toBe(process.pid);
  });

  it('retries moving a stale lock aside while it is refused', async () => {
    const dataDir = await temp.dir();
    await fsp.writeFile(path.join(dataDir, LOCK_FILE_NAME), lockText({ pid: await deadPid() }));
    const failures = ['EPERM', 'EACCES'];
    const { ops } = faultyOps((op, file) => (op === 'rename' && file.endsWith(LOCK_FILE_NAME) ? failures.shift() : undefined));
    temp.track(await createStorage({ dataDir, fileOps: ops }));
    expect(failures).toEqual([]);
    expect((await readLock(dataDir)).pid).toBe(process.pid);
  });
});
