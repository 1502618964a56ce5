import { spawn } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStorage, LOCK_FILE_NAME } from '../../../../../electron/services/storage';
import { AppFailure } from '../../../../../shared/result';
import { useTempDirs } from './helpers';

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

  it('refuses a lock from another computer (cannot tell whether it is alive)', async () => {
    const dataDir = await temp.dir();
    await fsp.writeFile(
      path.join(dataDir, LOCK_FILE_NAME),
      lockText({ pid: await deadPid(), hostname: 'PC-INSPEKTORAT-02' }),
    );
    expect((await refusal(dataDir)).message).toMatch(/PC-INSPEKTORAT-02/);
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
