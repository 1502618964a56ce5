/**
 * File names a user sees when ZI Desk saves a copy of a document ("Simpan salinan…", a download of
 * the web host, a per-employee file): real Indonesian names such as
 * `Pakta Integritas 2022 - Budi Santoso.pdf`, never an internal id, and valid on Windows. Shared
 * by main, the web host and the renderer.
 */

/** Longest name produced (Windows allows 255 per path component; shorter keeps whole paths under 260). */
export const MAX_FILE_NAME_LENGTH = 120;

/** Device names Windows reserves in any folder, with or without an extension (`CON`, `con.pdf`). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;

/** Characters Windows forbids in names; path separators become a hyphen so "800/12/2022" stays readable. */
const SEPARATORS = /[/\\]/g;
const FORBIDDEN = /[<>:"|?*]/g;

/** Cuts a string to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/**
 * A Windows-valid file name from a display text and an extension (`'pdf'`, `'.pdf'` or `''`):
 * control characters and `<>:"|?*` removed, `/` and `\` turned into `-`, spaces collapsed, an en
 * dash spaced like a hyphen, no trailing dots or spaces, a reserved device name prefixed with `_`,
 * at most {@link MAX_FILE_NAME_LENGTH} characters including the extension; `fallback` when nothing
 * is left.
 */
export function safeFileName(text: string, extension: string, fallback = 'Dokumen', maxLength = MAX_FILE_NAME_LENGTH): string {
  const ext = extension === '' ? '' : `.${extension.replace(/^\.+/, '').replace(/[^A-Za-z0-9]/g, '').toLowerCase()}`;
  const readable = (value: string): string =>
    [...value.normalize('NFC')]
      .map((char) => (char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f ? ' ' : char))
      .join('')
      .replace(SEPARATORS, '-')
      .replace(FORBIDDEN, ' ')
      .replace(/\s+[–—]\s+/g, ' - ')
      .replace(/\s+/g, ' ')
      .trim();
  const trimEnd = (value: string): string => value.replace(/[. ]+$/, '').replace(/^[ ]+/, '');
  let stem = trimEnd(cut(readable(text), Math.max(1, maxLength - ext.length)));
  if (stem === '' || /^\.+$/.test(stem)) stem = trimEnd(cut(readable(fallback), Math.max(1, maxLength - ext.length))) || 'Dokumen';
  if (WINDOWS_RESERVED.test((stem.split('.')[0] ?? '').trim())) stem = cut(`_${stem}`, Math.max(1, maxLength - ext.length));
  return `${stem}${ext}`;
}

/** The extension of a stored file name (`pdf` for `x.pdf`), '' when there is none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1);
}

/** A generated document or one per-employee file of a batch, as the document store knows it. */
export interface SavableDocument {
  /** The document's title (`Pakta Integritas 2022 – Budi Santoso`, `Laporan Hasil Evaluasi ZI … Tahun 2022`). */
  title: string;
  /** The name it is stored under (`198503122010012004_Budi Santoso.pdf`, `LHE-ZI-Dinkes-2022.pdf`). */
  fileName: string;
  /** For a per-employee file: the title of its batch (`Pakta Integritas 2022 – semua unit (…)`). */
  batchTitle?: string;
}

/**
 * The name a saved copy gets: the document's own title (every kind's title is its real Indonesian
 * name: `Pakta Integritas 2022 - Budi Santoso.pdf`, `Laporan Hasil Evaluasi ZI Dinas Kesehatan Tahun
 * 2022.pdf`, `Rekapitulasi Hasil Evaluasi Zona Integritas Tahun 2022.pdf`, the Piagam's title with
 * its date). A per-employee file of a batch: the batch title's head and the employee's name from
 * the stored `<NIP>_<Nama>.pdf` (`Pakta Integritas 2022 - Budi Santoso.pdf`).
 */
export function savedDocumentName(document: SavableDocument): string {
  const extension = extensionOf(document.fileName) || 'pdf';
  if (document.batchTitle !== undefined) {
    const head = document.batchTitle.split(/\s+[–—-]\s+/)[0]?.trim() ?? '';
    const stem = document.fileName.slice(0, document.fileName.length - extension.length - 1);
    const person = stem.replace(/^\d{8,20}_/, '').trim();
    return safeFileName(head === '' ? person : `${head} - ${person}`, extension, stem);
  }
  return safeFileName(document.title, extension, document.fileName.replace(/\.[^.]*$/, ''));
}
