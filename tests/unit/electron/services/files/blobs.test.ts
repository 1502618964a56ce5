import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBlobStore } from '../../../../../electron/services/files';
import { freshTempDirs } from '../../../support/tempDirs';

const tempDir = freshTempDirs('zi-desk-blobs-');

const bytes = new TextEncoder().encode('Pakta Integritas — Biro Umum 2026');
const hashOf = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('blob store', () => {
  it('stores by SHA-256 under blobs/<aa>/<hash> and reads back', async () => {
    const dataDir = await tempDir();
    const blobs = createBlobStore(dataDir);
    const ref = await blobs.put(bytes);
    expect(ref).toEqual({ hash: hashOf(bytes), size: bytes.byteLength });
    expect(blobs.pathOf(ref.hash)).toBe(path.join(dataDir, 'blobs', ref.hash.slice(0, 2), ref.hash));
    expect(await blobs.has(ref.hash)).toBe(true);
    expect(Buffer.from(await blobs.get(ref.hash)).equals(Buffer.from(bytes))).toBe(true);
    expect(await fsp.readdir(path.dirname(blobs.pathOf(ref.hash)))).toEqual([ref.hash]);
  });

  it('repairs a corrupt blob when the same file is uploaded again', async () => {
    const dataDir = await tempDir();
    const blobs = createBlobStore(dataDir);
    const ref = await blobs.put(bytes);
    const damaged = Buffer.from(bytes);
    damaged[3] = (damaged[3] ?? 0) ^ 0xff; // same size, one flipped byte: a bad sector
    await fsp.writeFile(blobs.pathOf(ref.hash), damaged);
    await expect(blobs.get(ref.hash)).rejects.toMatchObject({ code: 'STORAGE_ERROR', message: expect.stringMatching(/Unggah ulang/) as unknown });

    expect(await blobs.put(bytes)).toEqual(ref);
    expect(Buffer.from(await blobs.get(ref.hash)).equals(Buffer.from(bytes))).toBe(true);
    expect(await fsp.readdir(path.dirname(blobs.pathOf(ref.hash)))).toEqual([ref.hash]);
  });

  it('is idempotent: the same bytes twice give the same ref and one file', async () => {
    const dataDir = await tempDir();
    const blobs = createBlobStore(dataDir);
    const [a, b] = await Promise.all([blobs.put(bytes), blobs.put(bytes)]);
    const c = await blobs.put(new Uint8Array(bytes));
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(await fsp.readdir(path.dirname(blobs.pathOf(a.hash)))).toEqual([a.hash]);
  });

  it('stores an empty blob', async () => {
    const blobs = createBlobStore(await tempDir());
    const ref = await blobs.put(new Uint8Array());
    expect(ref.size).toBe(0);
    expect((await blobs.get(ref.hash)).byteLength).toBe(0);
  });

  it.each([
    ['too short', 'abc'],
    ['upper case', hashOf(bytes).toUpperCase()],
    ['path traversal', `../../${'a'.repeat(58)}`],
    ['non-hex', 'g'.repeat(64)],
    ['empty', ''],
  ])('refuses a bad hash (%s) with INVALID_INPUT', async (_why, hash) => {
    const blobs = createBlobStore(await tempDir());
    expect(() => blobs.pathOf(hash)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    await expect(blobs.get(hash)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(blobs.has(hash)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('reports a missing blob as NOT_FOUND and a tampered one as STORAGE_ERROR', async () => {
    const blobs = createBlobStore(await tempDir());
    const missing = hashOf(new TextEncoder().encode('nope'));
    expect(await blobs.has(missing)).toBe(false);
    await expect(blobs.get(missing)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const ref = await blobs.put(bytes);
    await fsp.writeFile(blobs.pathOf(ref.hash), 'tampered');
    await expect(blobs.get(ref.hash)).rejects.toMatchObject({ code: 'STORAGE_ERROR' });
  });
});
