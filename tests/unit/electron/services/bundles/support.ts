import { promises as fsp } from 'node:fs';
import zlib from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import { vi } from 'vitest';
import type { BundleKind } from '../../../../../shared/bundles';
import { expectOk, type Harness } from '../../handlers/harness';

type ExportOptions = { years: number[]; kinds: BundleKind[]; unitIds?: string[] };

/** Starts an export of `years` through the channels and follows the job to its end: the written file, or the failure's message. */
async function exportOutcome(h: Harness, destination: string, options: ExportOptions): Promise<{ file: string } | { error: string }> {
  const { jobId } = expectOk(await h.call('bundles:export', { destination, years: options.years, unitIds: options.unitIds ?? [], kinds: options.kinds }));
  for (;;) {
    const status = expectOk(await h.call('bundles:exportStatus', { jobId }));
    if (status.state === 'failed') return { error: status.error ?? 'failed' };
    if (status.state === 'done' && status.result) return { file: status.result.file };
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Exports a bundle of `years` through the channels and follows the job to the written file. */
export async function exportBundle(h: Harness, destination: string, options: ExportOptions): Promise<string> {
  const outcome = await exportOutcome(h, destination, options);
  if ('error' in outcome) throw new Error(outcome.error);
  return outcome.file;
}

/** An export that must fail: the job's message (throws when a file was written). */
export async function failedExport(h: Harness, destination: string, options: ExportOptions): Promise<string> {
  const outcome = await exportOutcome(h, destination, options);
  if ('file' in outcome) throw new Error(`written: ${outcome.file}`);
  return outcome.error;
}

/** Runs `work` while the stick answers a read of a bundle just written (`*.part`) with `mangle`d bytes. */
export async function withStickReturning<T>(mangle: (bytes: Buffer) => Buffer, work: () => Promise<T>): Promise<T> {
  const readFile = fsp.readFile.bind(fsp);
  const spy = vi.spyOn(fsp, 'readFile').mockImplementation((async (...args: Parameters<typeof fsp.readFile>) => {
    const bytes = (await readFile(...args)) as Buffer;
    return String(args[0]).endsWith('.part') ? mangle(bytes) : bytes;
  }) as typeof fsp.readFile);
  try {
    return await work();
  } finally {
    spy.mockRestore();
  }
}

/** The bytes with the one in the middle inverted. */
export function flipMiddleByte(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  const at = Math.floor(copy.length / 2);
  copy[at] = (copy[at] ?? 0) ^ 0xff;
  return copy;
}

/** A container written the way ZI Desk writes bundles (fflate's Zip, Node's zlib at level 6, blobs stored). */
export function zideskContainer(files: Record<string, Uint8Array>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, bytes] of Object.entries(files)) {
    const deflate = !name.startsWith('blobs/');
    const entry: ZipInputFile = { filename: name, size: bytes.byteLength, crc: zlib.crc32(bytes), compression: deflate ? 8 : 0 };
    zip.add(entry);
    entry.ondata?.(null, deflate ? new Uint8Array(zlib.deflateRawSync(bytes, { level: 6 })) : Uint8Array.from(bytes), true);
  }
  zip.end();
  return Buffer.concat(chunks);
}
