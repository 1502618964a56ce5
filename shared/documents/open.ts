import { z } from 'zod';

/**
 * One way to open things: every button that opens a generated document, a file or a web address
 * goes through these channels, so Electron and the web host behave alike (ARCHITECTURE "Native UI
 * goes through one small port"). Electron shows a preview window, a save dialog, Explorer or the
 * default browser; the web host answers with a same-origin URL the renderer opens or downloads.
 */

/** Longest web address accepted from an evidence reference. */
export const MAX_EXTERNAL_URL_LENGTH = 2000;

/**
 * The web address a user may open outside ZI Desk: `http:` or `https:` only, with a host, without
 * a user name or password (`https://kab.go.id@contoh.test/` would show one host and open another).
 * Returns the normalised URL, or null.
 */
export function externalUrlOf(text: string): URL | null {
  const trimmed = text.trim();
  if (trimmed.length > MAX_EXTERNAL_URL_LENGTH || !/^https?:\/\//i.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url;
}

export const externalUrlSchema = z
  .string({ error: 'Alamat web harus berupa teks.' })
  .max(MAX_EXTERNAL_URL_LENGTH, `Alamat web paling panjang ${MAX_EXTERNAL_URL_LENGTH} karakter.`)
  .refine((text) => externalUrlOf(text) !== null, 'Hanya alamat web http:// atau https:// yang dapat dibuka.')
  .transform((text) => (externalUrlOf(text) ?? new URL('about:blank')).toString());

export const openExternalInputSchema = z.object({ url: externalUrlSchema });

/** `documents:save` ("Simpan salinan…"). */
export interface SaveDocumentResult {
  /** True when main wrote the copy (Electron save dialog); false when cancelled or in the browser. */
  saved: boolean;
  /** The real name of the copy, e.g. `Pakta Integritas 2022 - Budi Santoso.pdf`. */
  fileName: string;
  /** Where Electron saved it; null otherwise. */
  path: string | null;
  /** Web host: same-origin URL that downloads the copy under `fileName`; null in Electron. */
  url: string | null;
}

/** `documents:showInFolder` ("Tampilkan di folder"): false where there is no file manager (the web host). */
export interface ShowInFolderResult {
  shown: boolean;
}

/** `documents:openExternal`: Electron opened the default browser; the web host returns the URL for a new tab. */
export interface OpenExternalResult {
  opened: boolean;
  url: string | null;
}

/** Same-origin URL under which the web host serves a copy for download (attachment, real name). */
export function documentDownloadUrl(id: string): string {
  return `/documents/${encodeURIComponent(id)}?unduh=1`;
}
