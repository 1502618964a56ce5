import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { AppFailure } from '../../shared/result';
import type { Services } from '../services/container';

/**
 * `GET /documents/<id>` of the web host: streams a generated PDF from the data folder (the
 * browser side of the native port). The id is resolved by the documents store, so no
 * path from the request ever reaches the file system. The token check happens before this runs.
 */

/**
 * RFC 6266 with RFC 5987 `filename*` so names with spaces or non-ASCII letters survive; the plain
 * `filename` is the ASCII fallback for old clients. `attachment` makes the browser download ("Simpan
 * salinan…"), `inline` shows it in the PDF viewer, whose own save button then suggests the same name.
 */
export function contentDisposition(fileName: string, disposition: 'inline' | 'attachment'): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function plain(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(message);
}

/**
 * Serves `/documents/<id>` (`?unduh=1`: as a download) under the document's real name; answers 404
 * in Indonesian for anything unknown.
 */
export async function serveGeneratedDocument(services: Services, pathname: string, res: ServerResponse, headOnly: boolean, download = false): Promise<void> {
  let id: string;
  try {
    id = decodeURIComponent(pathname.slice('/documents/'.length));
  } catch {
    plain(res, 404, 'Dokumen tidak ditemukan.');
    return;
  }
  try {
    const resolved = await services.documents.resolve(id);
    // No CSP here: Chromium's PDF viewer is blocked by `object-src 'none'`; the response is a PDF, never HTML.
    res.writeHead(200, {
      'Content-Type': 'application/pdf',
      'Content-Length': resolved.size,
      'Content-Disposition': contentDisposition(resolved.saveName, download ? 'attachment' : 'inline'),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
    if (headOnly) {
      res.end();
      return;
    }
    createReadStream(resolved.filePath).on('error', () => res.destroy()).pipe(res);
  } catch (error) {
    plain(res, error instanceof AppFailure && error.code === 'NOT_FOUND' ? 404 : 500, error instanceof AppFailure ? error.message : 'Dokumen tidak dapat dibaca.');
  }
}
