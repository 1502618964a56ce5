import { crc32, constants, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';

/**
 * Hand-made zip containers for the bomb tests: entries with any declared size, already-compressed
 * data, and central directories far larger than their data.
 */

export interface RawEntry {
  name: string;
  /** Deflated (method 8) data as stored. */
  data: Uint8Array;
  /** Size the headers declare. */
  size: number;
  crc?: number;
}

function u16(value: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(value);
  return b;
}
function u32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value >>> 0);
  return b;
}

function localHeader(entry: RawEntry, name: Buffer): Buffer {
  return Buffer.concat([u32(0x04034b50), u16(20), u16(0), u16(8), u16(0), u16(0), u32(entry.crc ?? 0), u32(entry.data.length), u32(entry.size), u16(name.length), u16(0), name]);
}

function centralHeader(entry: RawEntry, name: Buffer, offset: number): Buffer {
  return Buffer.concat([
    u32(0x02014b50), u16(20), u16(20), u16(0), u16(8), u16(0), u16(0), u32(entry.crc ?? 0), u32(entry.data.length), u32(entry.size),
    u16(name.length), u16(0), u16(0), u16(0), u16(0), u32(0), u32(offset), name,
  ]);
}

function endRecord(count: number, directorySize: number, directoryOffset: number): Buffer {
  return Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(Math.min(count, 0xffff)), u16(Math.min(count, 0xffff)), u32(directorySize), u32(directoryOffset), u16(0)]);
}

/** A zip of the given entries. */
export function zipOf(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.concat([localHeader(entry, name), entry.data]);
    centrals.push(centralHeader(entry, name, offset));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  return new Uint8Array(Buffer.concat([...locals, directory, endRecord(entries.length, directory.length, offset)]));
}

/** A honest entry: `content` deflated, its real size and CRC declared. */
export function entry(name: string, content: Uint8Array): RawEntry {
  return { name, data: deflateRawSync(content), size: content.length, crc: crc32(content) };
}

/**
 * A raw deflate stream that inflates to `megabytes` MB of `byte`, built in milliseconds: one
 * flushed block of 1 MB repeated (a full flush makes blocks independent), then an empty final block.
 */
export function deflateBomb(megabytes: number, byte = 0x20): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, byte), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const parts: Buffer[] = [];
  for (let i = 0; i < megabytes; i += 1) parts.push(block);
  parts.push(deflateRawSync(Buffer.alloc(0)));
  return new Uint8Array(Buffer.concat(parts));
}

/** The entries of a real .xlsx with `sheet` (xl/worksheets/sheet1.xml) replaced. */
export function xlsxWithSheet(xlsx: Uint8Array, sheet: RawEntry): Uint8Array {
  const files = unzipSync(xlsx);
  return zipOf(Object.entries(files).map(([name, content]) => (name === 'xl/worksheets/sheet1.xml' ? { ...sheet, name } : entry(name, content))));
}

/**
 * A zip of `count` empty files whose central directory entries all point to one local header:
 * 47 bytes per file, so 200,000 files fit in 9.4 MB.
 */
export function manyEmptyEntries(count: number): Uint8Array {
  const empty: RawEntry = { name: 'a', data: new Uint8Array(0), size: 0 };
  const name = Buffer.from('a');
  const local = localHeader(empty, name);
  const one = centralHeader(empty, name, 0);
  const directory = Buffer.alloc(one.length * count);
  for (let i = 0; i < count; i += 1) one.copy(directory, i * one.length);
  // Stored (method 0) so the single local header is consistent with any reader.
  directory.writeUInt16LE(0, 10);
  for (let i = 0; i < count; i += 1) directory.writeUInt16LE(0, i * one.length + 10);
  local.writeUInt16LE(0, 8);
  const zip64 = count > 0xffff;
  const end = endRecord(count, directory.length, local.length);
  if (!zip64) return new Uint8Array(Buffer.concat([local, directory, end]));
  const record = Buffer.concat([u32(0x06064b50), u32(44), u32(0), u16(45), u16(45), u32(0), u32(0), u32(count), u32(0), u32(count), u32(0), u32(directory.length), u32(0), u32(local.length), u32(0)]);
  const locator = Buffer.concat([u32(0x07064b50), u32(0), u32(local.length + directory.length), u32(0), u32(1)]);
  return new Uint8Array(Buffer.concat([local, directory, record, locator, end]));
}

function pngChunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])));
  return Buffer.concat([head, body, crc]);
}

/** A PNG (RGBA, 8-bit) whose header declares `width × height` and whose image data is `zlibData`. */
export function pngWithData(width: number, height: number, zlibData: Uint8Array): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, pngChunk('IHDR', ihdr), pngChunk('IDAT', zlibData), pngChunk('IEND', new Uint8Array(0))]));
}

/** A zlib stream (header, {@link deflateBomb}, no valid checksum) inflating to `megabytes` MB. */
export function zlibBomb(megabytes: number): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from([0x78, 0x9c]), deflateBomb(megabytes), Buffer.alloc(4)]));
}

/** A JPEG: SOI, a frame header declaring `width × height` with `components`, a bare scan, EOI. */
export function jpegDeclaring(width: number, height: number, components = 3, length = 8 + 3 * components): Uint8Array {
  const sof = [0xff, 0xc0, length >> 8, length & 0xff, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, components];
  for (let c = 0; c < components; c += 1) sof.push(c + 1, 0x11, 0);
  return Uint8Array.from([0xff, 0xd8, ...sof, 0xff, 0xda, 0x00, 0x02, 0x00, 0x00, 0xff, 0xd9]);
}
