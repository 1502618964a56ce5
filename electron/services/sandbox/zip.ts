import { inflateRawSync } from 'node:zlib';
import {
  MAX_ZIP_ENTRIES,
  MAX_ZIP_ENTRY_RATIO,
  MAX_ZIP_UNCOMPRESSED_BYTES,
  ZIP_RATIO_FLOOR_BYTES,
  formatFileSize,
} from '../../../shared/limits';
import { formatAngka } from '../../../shared/format';
import { AppFailure } from '../../../shared/result';

/**
 * Zip-bomb checks for an .xlsx before exceljs sees it: the central directory's declared sizes
 * (total, per-entry ratio, entry count), then every entry inflated with its declared size as the
 * output cap, so a directory that lies is caught at the first byte past what it declared.
 *
 * Read by hand (a linear pass over the central directory, zip64 included) because fflate's
 * `unzipSync` filter shows the declared sizes but neither where an entry's data starts nor stops
 * inflating past the declared size (it writes into a buffer of that size and silently drops the
 * rest after decoding all of it); node:zlib's `maxOutputLength` stops at once.
 */

/** One central directory entry, located. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  compressedSize: number;
  size: number;
  /** Where the entry's data starts (after its local header). */
  dataStart: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U32_MAX = 0xffffffff;

/** The message of a refused container (TOO_LARGE): what was found, that nothing was saved, what to do. */
export function bombFailure(detail: string): AppFailure {
  return new AppFailure(
    'TOO_LARGE',
    `Berkas terlalu besar atau rusak: ${detail} Tidak ada data yang disimpan. Buka berkas di Excel, simpan ulang sebagai "Buku Kerja Excel (.xlsx)", lalu unggah kembali.`,
  );
}

/**
 * The entries of a zip as its central directory declares them; null when the bytes are not a
 * readable zip. Throws {@link bombFailure} when the directory declares more than
 * {@link MAX_ZIP_ENTRIES} entries, before reading any of them.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => (at >= 0 && at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  const u32 = (at: number): number => (at >= 0 && at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  const u64 = (at: number): number => (at >= 0 && at + 8 <= bytes.length ? Number(view.getBigUint64(at, true)) : -1);
  // The end record sits in the last 22 bytes plus at most a 65,535-byte comment.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at -= 1) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if (count === 0xffff || offset === U32_MAX) {
    const locator = eocd - 20;
    if (u32(locator) === ZIP64_LOCATOR) {
      const record = u64(locator + 8);
      if (u32(record) !== ZIP64_EOCD) return null;
      count = u64(record + 32);
      offset = u64(record + 48);
    }
  }
  if (count > MAX_ZIP_ENTRIES) {
    throw bombFailure(`berisi ${formatAngka(count, 0)} berkas di dalamnya (paling banyak ${formatAngka(MAX_ZIP_ENTRIES, 0)}).`);
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (u32(at) !== CENTRAL) return null;
    const method = u16(at + 10);
    let compressedSize = u32(at + 20);
    let size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let localOffset = u32(at + 42);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > bytes.length) return null;
    // zip64: the extra field 0x0001 holds, in this order, the fields the header set to 0xFFFFFFFF.
    for (let extra = nameEnd; extra + 4 <= nameEnd + extraLength; extra += 4 + u16(extra + 2)) {
      if (u16(extra) !== 0x0001) continue;
      let field = extra + 4;
      if (size === U32_MAX) [size, field] = [u64(field), field + 8];
      if (compressedSize === U32_MAX) [compressedSize, field] = [u64(field), field + 8];
      if (localOffset === U32_MAX) localOffset = u64(field);
      break;
    }
    if (u32(localOffset) !== LOCAL) return null;
    const dataStart = localOffset + 30 + u16(localOffset + 26) + u16(localOffset + 28);
    if (size < 0 || compressedSize < 0 || dataStart + compressedSize > bytes.length) return null;
    const name = Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength).toString('utf8');
    entries.push({ name, method, compressedSize, size, dataStart });
    at = nameEnd + extraLength + commentLength;
  }
  return entries;
}

/**
 * Checks a zip container before it is parsed: 'unreadable' for bytes that are no zip; throws
 * {@link bombFailure} (TOO_LARGE) for a bomb — declared total over {@link MAX_ZIP_UNCOMPRESSED_BYTES},
 * an entry over {@link ZIP_RATIO_FLOOR_BYTES} compressed more than {@link MAX_ZIP_ENTRY_RATIO}:1,
 * too many entries, or an entry that inflates to more than it declares.
 */
export function checkZipContainer(bytes: Uint8Array): 'ok' | 'unreadable' {
  const entries = readZipDirectory(bytes);
  if (entries === null || entries.length === 0) return 'unreadable';
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    if (entry.size > ZIP_RATIO_FLOOR_BYTES && entry.size > MAX_ZIP_ENTRY_RATIO * Math.max(1, entry.compressedSize)) {
      throw bombFailure(
        `bagian "${entry.name.slice(0, 80)}" dimampatkan ${formatAngka(entry.size / Math.max(1, entry.compressedSize), 0)} kali (${formatFileSize(entry.compressedSize)} menjadi ${formatFileSize(entry.size)}), tidak wajar untuk buku kerja Excel.`,
      );
    }
  }
  if (total > MAX_ZIP_UNCOMPRESSED_BYTES) {
    throw bombFailure(`isinya akan menjadi ${formatFileSize(total)} setelah dibuka (paling banyak ${formatFileSize(MAX_ZIP_UNCOMPRESSED_BYTES)}).`);
  }
  for (const entry of entries) {
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) return 'unreadable';
      continue;
    }
    if (entry.method !== 8) return 'unreadable';
    let inflated: Buffer;
    try {
      inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      if (error instanceof RangeError) throw bombFailure(`bagian "${entry.name.slice(0, 80)}" berisi lebih banyak data daripada yang dinyatakan.`);
      return 'unreadable';
    }
    if (inflated.length !== entry.size) return 'unreadable';
  }
  return 'ok';
}
