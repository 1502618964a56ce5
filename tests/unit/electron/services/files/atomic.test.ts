import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RETRY_DELAYS_MS, toStorageFailure, writeFileAtomic } from '../../../../../electron/services/files';
import { AppFailure } from '../../../../../shared/result';
import { freshTempDirs } from '../../../support/tempDirs';
import { faultyOps, faultyRenames, systemError } from './faults';

const tempDir = freshTempDirs('zi-desk-atomic-');

describe('writeFileAtomic', () => {
  it('writes, overwrites and creates missing folders, leaving no temp file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'laporan', '2026', 'LHE Biro Umum.pdf');
    await writeFileAtomic(file, new Uint8Array([1, 2, 3]));
    await writeFileAtomic(file, 'second');
    expect(await fsp.readFile(file, 'utf8')).toBe('second');
    expect(await fsp.readdir(path.dirname(file))).toEqual(['LHE Biro Umum.pdf']);
  });

  it('keeps the previous content as .bak when asked', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'doc.json');
    await writeFileAtomic(file, 'one', { keepBackup: true });
    await writeFileAtomic(file, 'two', { keepBackup: true });
    expect(await fsp.readFile(`${file}.bak`, 'utf8')).toBe('one');
    expect(await fsp.readFile(file, 'utf8')).toBe('two');
  });

  it('retries a rename blocked by EPERM/EBUSY (antivirus) and succeeds', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'out.pdf');
    const failures = ['EPERM', 'EBUSY', 'EACCES'];
    const { ops, attempts } = faultyRenames(() => failures.shift());
    await writeFileAtomic(file, 'ok', { ops });
    expect(attempts()).toBe(4);
    expect(await fsp.readFile(file, 'utf8')).toBe('ok');
  });

  it('keeps retrying for seconds: a file an antivirus holds for 3 s is still written', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'out.pdf');
    const heldUntil = Date.now() + 3_000;
    const { ops, attempts } = faultyRenames(() => (Date.now() < heldUntil ? 'EPERM' : undefined));
    await writeFileAtomic(file, 'ok', { ops });
    expect(attempts()).toBeGreaterThan(6);
    expect(await fsp.readFile(file, 'utf8')).toBe('ok');
  }, 15_000);

  it('retries opening the temp file when it is refused (EPERM, EBUSY)', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'out.pdf');
    const failures = ['EPERM', 'EBUSY', 'EPERM'];
    const { ops, calls } = faultyOps((op) => (op === 'open' ? failures.shift() : undefined));
    await writeFileAtomic(file, 'ok', { ops });
    expect(calls.filter((call) => call.op === 'open')).toHaveLength(4);
    expect(await fsp.readFile(file, 'utf8')).toBe('ok');
  });

  it('gives up after about 5 s of retries, keeps the old file and removes the temp file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'out.pdf');
    await fsp.writeFile(file, 'old');
    const { ops, attempts } = faultyRenames(() => 'EPERM');
    const failure = await writeFileAtomic(file, 'new', { ops }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppFailure);
    expect((failure as AppFailure).code).toBe('STORAGE_ERROR');
    expect((failure as AppFailure).message).toMatch(/Akses ke berkas data ditolak/);
    expect(attempts()).toBe(RETRY_DELAYS_MS.length + 1);
    expect(await fsp.readdir(dir)).toEqual(['out.pdf']);
    expect(await fsp.readFile(file, 'utf8')).toBe('old');
  }, 15_000);

  it('does not retry errors that will not go away', async () => {
    const dir = await tempDir();
    const { ops, attempts } = faultyRenames(() => 'ENOSPC');
    const failure = await writeFileAtomic(path.join(dir, 'x'), 'x', { ops }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'STORAGE_ERROR' });
    expect((failure as AppFailure).message).toMatch(/Ruang disk penuh/);
    expect(attempts()).toBe(1);
  });
});

describe('toStorageFailure', () => {
  it.each([
    ['ENOSPC', /Ruang disk penuh/],
    ['EROFS', /hanya dapat dibaca/],
    ['EACCES', /Akses ke berkas data ditolak/],
    ['EPERM', /Akses ke berkas data ditolak/],
    ['EBUSY', /sedang dipakai aplikasi lain/],
    ['EIO', /Gagal menyimpan data \(master\.json\) \[EIO\]/],
  ])('%s → Indonesian STORAGE_ERROR', (code, message) => {
    const failure = toStorageFailure(systemError(code), 'menyimpan', '/data/master.json');
    expect(failure.code).toBe('STORAGE_ERROR');
    expect(failure.message).toMatch(message);
    expect(failure.cause).toMatchObject({ code });
  });

  it('passes an AppFailure through', () => {
    const original = new AppFailure('NOT_FOUND', 'x');
    expect(toStorageFailure(original, 'membaca', 'f')).toBe(original);
  });
});
