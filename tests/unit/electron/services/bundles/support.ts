import zlib from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import type { BundleKind } from '../../../../../shared/bundles';
import { expectOk, type Harness } from '../../handlers/harness';

/** Exports a bundle of `years` through the channels and follows the job to the written file. */
export async function exportBundle(h: Harness, destination: string, options: { years: number[]; kinds: BundleKind[]; unitIds?: string[] }): Promise<string> {
  const { jobId } = expectOk(await h.call('bundles:export', { destination, years: options.years, unitIds: options.unitIds ?? [], kinds: options.kinds }));
  for (;;) {
    const status = expectOk(await h.call('bundles:exportStatus', { jobId }));
    if (status.state === 'failed') throw new Error(status.error ?? 'failed');
    if (status.state === 'done' && status.result) return status.result.file;
    await new Promise((resolve) => setImmediate(resolve));
  }
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
