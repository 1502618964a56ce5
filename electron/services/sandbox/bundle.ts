import { createHash } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, MAX_BUNDLE_ENTRIES, MAX_BUNDLE_JSON_BYTES, bundleManifestSchema } from '../../../shared/bundles';
import { formatFileSize } from '../../../shared/limits';
import { AppFailure } from '../../../shared/result';
import { readZipDirectory, type ZipEntry } from './zip';

/**
 * Reads a `.zidesk` bundle inside the sandbox, before anything reaches the main process: the zip's
 * central directory (zip.ts, no inflating yet), the manifest first, then every entry against it —
 * same names in the same order with the methods ZI Desk writes (a bundle unpacked and zipped again
 * by another tool is refused: its signature no longer vouches for the container), JSON inflated
 * with its declared size as the cap (a bomb stops at the first byte past it), every SHA-256 checked.
 * The signature over the manifest is checked in main, which holds the trusted keys.
 */

/** What the sandbox hands back: the manifest and JSON entries as text, the blobs located in the bytes. */
export interface BundleRead {
  manifest: string;
  json: { name: string; text: string }[];
  blobs: { name: string; start: number; size: number }[];
}

const MANIFEST = 'manifest.json';
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
/** Deflate cannot exceed ~1032:1; JSON compresses up to ~50:1. */
const MAX_RATIO = 200;

const refuse = (message: string): AppFailure => new AppFailure('UNSUPPORTED_FILE', message);
const bomb = (detail: string): AppFailure =>
  new AppFailure('TOO_LARGE', `Paket ditolak: ${detail} Paket ZI Desk yang wajar tidak seperti ini; tidak ada data yang diubah. Minta pengirim membuat paket baru.`);

const TRUNCATED = 'Paket tidak utuh: berkasnya terpotong atau rusak (daftar isi ZIP tidak ditemukan). Salin ulang berkas .zidesk dari pengirimnya, lalu buka kembali.';
const REZIPPED =
  'Paket ini telah dikemas ulang atau diubah: susunan isinya bukan susunan asli ZI Desk. Minta pengirim mengirim berkas .zidesk aslinya tanpa membuka dan memampatkannya ulang.';
const CHANGED = 'Paket ini telah diubah setelah dibuat: isi salah satu bagiannya tidak cocok dengan daftar isinya. Minta pengirim mengirim ulang paketnya. Tidak ada data yang diubah.';

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function inflate(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.method !== 8) throw refuse(REZIPPED);
  if (entry.size > 1024 * 1024 && entry.size > MAX_RATIO * Math.max(1, entry.compressedSize)) {
    throw bomb(`bagian "${entry.name.slice(0, 80)}" dimampatkan tidak wajar (${formatFileSize(entry.compressedSize)} menjadi ${formatFileSize(entry.size)}).`);
  }
  try {
    const out = inflateRawSync(bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize), { maxOutputLength: Math.max(1, entry.size) });
    if (out.length !== entry.size) throw refuse(CHANGED);
    return out;
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    if (error instanceof RangeError) throw bomb(`bagian "${entry.name.slice(0, 80)}" berisi lebih banyak data daripada yang dinyatakan (paket rusak, diubah, atau sengaja dibuat membengkak).`);
    throw refuse(CHANGED);
  }
}

/** Reads and checks a bundle's container and entries (see the module comment); throws AppFailure with the reason. */
export function readBundle(bytes: Uint8Array): BundleRead {
  let entries: ZipEntry[] | null;
  try {
    entries = readZipDirectory(bytes);
  } catch {
    throw bomb(`berisi terlalu banyak bagian.`);
  }
  if (entries === null || entries.length === 0) throw refuse(TRUNCATED);
  if (entries.length > MAX_BUNDLE_ENTRIES + 1) throw bomb(`berisi ${entries.length} bagian.`);
  const [first, ...rest] = entries;
  if (first === undefined || first.name !== MANIFEST) throw refuse(`Berkas ini bukan paket ZI Desk (.zidesk): daftar isinya tidak ditemukan. ${REZIPPED}`);
  if (first.size > MAX_MANIFEST_BYTES) throw bomb(`daftar isinya ${formatFileSize(first.size)}.`);
  const manifestText = new TextDecoder().decode(inflate(bytes, first));
  let loose: unknown;
  try {
    loose = JSON.parse(manifestText);
  } catch {
    throw refuse(CHANGED);
  }
  const head = (typeof loose === 'object' && loose !== null ? loose : {}) as { format?: unknown; formatVersion?: unknown };
  if (head.format !== BUNDLE_FORMAT) throw refuse('Berkas ini bukan paket ZI Desk (.zidesk). Pilih berkas yang dibuat lewat "Kirim ke rekan".');
  if (typeof head.formatVersion === 'number' && head.formatVersion > BUNDLE_FORMAT_VERSION) {
    throw refuse(`Paket ini dibuat oleh ZI Desk versi yang lebih baru (format ${head.formatVersion}; versi ini membaca sampai format ${BUNDLE_FORMAT_VERSION}). Perbarui ZI Desk di laptop ini, lalu buka paketnya kembali.`);
  }
  const parsed = bundleManifestSchema.safeParse(loose);
  if (!parsed.success) throw refuse(CHANGED);
  const manifest = parsed.data;
  if (rest.length !== manifest.entries.length) throw refuse(REZIPPED);
  let jsonTotal = 0;
  for (const [index, entry] of rest.entries()) {
    const declared = manifest.entries[index];
    if (declared === undefined || declared.name !== entry.name || declared.size !== entry.size || declared.packed !== entry.compressedSize) throw refuse(REZIPPED);
    if (!entry.name.startsWith('blobs/')) jsonTotal += entry.size;
  }
  if (jsonTotal > MAX_BUNDLE_JSON_BYTES) throw bomb(`isinya akan menjadi ${formatFileSize(jsonTotal)} setelah dibuka (paling banyak ${formatFileSize(MAX_BUNDLE_JSON_BYTES)}).`);
  const json: BundleRead['json'] = [];
  const blobs: BundleRead['blobs'] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const [index, entry] of rest.entries()) {
    const declared = manifest.entries[index];
    if (declared === undefined) throw refuse(REZIPPED);
    if (entry.name.startsWith('blobs/')) {
      // Attachments are stored as they are (PDFs and images are compressed already).
      if (entry.method !== 0 || entry.compressedSize !== entry.size || entry.dataStart + entry.size > bytes.length) throw refuse(REZIPPED);
      const hash = sha256(bytes.subarray(entry.dataStart, entry.dataStart + entry.size));
      if (hash !== declared.sha256 || entry.name !== `blobs/${hash}`) throw refuse(CHANGED);
      blobs.push({ name: entry.name, start: entry.dataStart, size: entry.size });
      continue;
    }
    const data = inflate(bytes, entry);
    if (sha256(data) !== declared.sha256) throw refuse(CHANGED);
    let text: string;
    try {
      text = decoder.decode(data);
    } catch {
      throw refuse(CHANGED);
    }
    json.push({ name: entry.name, text });
  }
  return { manifest: manifestText, json, blobs };
}
