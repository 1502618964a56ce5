import { AppFailure } from '../../../shared/result';

/** One path segment of a document name: lowercase so names mean the same on NTFS and ext4. */
const SEGMENT = /^[a-z0-9][a-z0-9._-]*$/;
/** Windows device names are reserved with any extension (`con.json` cannot be created). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/;
/** Top-level folders of the data directory that are not documents. */
const RESERVED_ROOTS = new Set(['backups', 'blobs']);

/**
 * Longest accepted document name. Keeps `<dataDir>\backups\<name>.v1-yyyyMMddHHmmss.json` well
 * under the 260-character Windows path limit for a data folder under %LOCALAPPDATA%.
 */
export const MAX_DOCUMENT_NAME_LENGTH = 120;

function refuse(name: string, why: string): never {
  throw new AppFailure('INVALID_INPUT', `Nama dokumen data tidak valid ("${name}"): ${why}.`);
}

function checkSegment(name: string, segment: string): void {
  if (!SEGMENT.test(segment)) {
    refuse(name, 'hanya huruf kecil, angka, titik, garis bawah dan tanda hubung yang diizinkan');
  }
  if (segment.endsWith('.')) refuse(name, 'bagian nama tidak boleh diakhiri titik');
  if (WINDOWS_DEVICE.test(segment)) refuse(name, 'nama perangkat Windows tidak boleh dipakai');
}

/**
 * Checks a document name such as `master` or `worksheets/unit-abc-2022` and returns it. Refuses
 * with `AppFailure('INVALID_INPUT')` anything that could leave the data folder or mean different
 * files on different systems: `..`, absolute paths, backslashes, NUL, drive letters, upper case,
 * Windows device names and the reserved folders `backups/` and `blobs/`.
 */
export function validateDocumentName(name: string): string {
  if (typeof name !== 'string' || name.length === 0) refuse(String(name), 'nama kosong');
  if (name.length > MAX_DOCUMENT_NAME_LENGTH) {
    refuse(name, `lebih dari ${MAX_DOCUMENT_NAME_LENGTH} karakter`);
  }
  if (name.includes('\0')) refuse(name, 'mengandung karakter NUL');
  if (name.includes('\\')) refuse(name, 'garis miring terbalik tidak diizinkan');
  if (name.includes('..')) refuse(name, '".." tidak diizinkan');
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) refuse(name, 'path absolut tidak diizinkan');
  const segments = name.split('/');
  for (const segment of segments) checkSegment(name, segment);
  if (RESERVED_ROOTS.has(segments[0] ?? '')) refuse(name, 'folder ini dipakai sistem');
  return name;
}

/**
 * Checks a `list()` prefix: `''` (top folder), a folder ending in `/` (`worksheets/`), or a folder
 * plus the start of a name (`worksheets/unit-abc-`). Returns the folder part and the name start.
 */
export function parseListPrefix(prefix: string): { folder: string; start: string } {
  if (typeof prefix !== 'string') refuse(String(prefix), 'awalan harus berupa teks');
  if (prefix === '') return { folder: '', start: '' };
  if (prefix.startsWith('/')) refuse(prefix, 'path absolut tidak diizinkan');
  const slash = prefix.lastIndexOf('/');
  const folder = slash === -1 ? '' : prefix.slice(0, slash);
  const start = prefix.slice(slash + 1);
  if (folder !== '') validateDocumentName(folder);
  if (start !== '') {
    if (prefix.length > MAX_DOCUMENT_NAME_LENGTH) refuse(prefix, 'awalan terlalu panjang');
    if (!SEGMENT.test(start) || start.includes('..')) refuse(prefix, 'awalan tidak valid');
  }
  return { folder, start };
}
