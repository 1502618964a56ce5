import type { FileHandle } from 'node:fs/promises';
import zlib from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';

/**
 * A zip written entry by entry into an open file: fflate writes the container; the bytes are
 * compressed (and their CRC computed) by Node's native zlib, 5–10 times faster than fflate's
 * JavaScript deflate on JSON. Used by backup archives and bundles.
 */
export interface ZipWriter {
  /** Adds an entry: deflated when `packed` is given (the raw deflate of `bytes`), else stored. */
  add(name: string, bytes: Uint8Array<ArrayBuffer>, packed?: Uint8Array<ArrayBuffer>): Promise<void>;
  /** Writes the central directory. */
  end(): Promise<void>;
  /** Bytes written so far. */
  readonly size: number;
}

/** The raw deflate of `bytes` at level 6, as entries are packed. */
export function deflateEntry(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  return new Uint8Array(zlib.deflateRawSync(bytes, { level: 6 }));
}

export function zipWriter(out: FileHandle): ZipWriter {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  let size = 0;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const flush = async (): Promise<void> => {
    if (failure) throw failure;
    for (const chunk of chunks.splice(0)) {
      size += chunk.byteLength;
      await out.write(chunk);
    }
  };
  return {
    async add(name, bytes, packed) {
      const entry: ZipInputFile = { filename: name, size: bytes.byteLength, crc: zlib.crc32(bytes), compression: packed === undefined ? 0 : 8 };
      zip.add(entry);
      entry.ondata?.(null, packed ?? bytes, true);
      await flush();
    },
    async end() {
      zip.end();
      await flush();
    },
    get size() {
      return size;
    },
  };
}
