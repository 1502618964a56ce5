import { externalUrlOf } from '../../../../shared/documents/open';
import { api } from '../../api/client';
import { base64ToBytes } from '../../lib/download';

/**
 * One way to open things, on the renderer's side: every button that opens, saves or shows a
 * document, a file or a web address calls main through the typed contract. Electron acts natively
 * (preview window, save dialog, Explorer, default browser); the web host answers with a same-origin
 * URL that is opened or downloaded here. Each returns what to tell the user.
 */

export interface Outcome {
  /** A confirmation for a toast, or null when there is nothing to say (cancelled, shown). */
  message: string | null;
  error: string | null;
}

/** Shows an outcome as a toast: errors stay, confirmations go away by themselves. */
export function tell(notify: (kind: 'success' | 'error', message: string) => void, outcome: Outcome): void {
  if (outcome.error !== null) notify('error', outcome.error);
  else if (outcome.message !== null) notify('success', outcome.message);
}

const done = (message: string | null): Outcome => ({ message, error: null });
const failed = (error: string): Outcome => ({ message: null, error });

/** Follows a same-origin download URL (the web host answers with `Content-Disposition: attachment`). */
function download(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/** "Simpan salinan…": Electron's save dialog under the real name, or the browser's download. */
export async function saveDocumentCopy(id: string): Promise<Outcome> {
  const result = await api.documents.save({ id });
  if (!result.ok) return failed(result.error.message);
  const { saved, fileName, path, url } = result.value;
  if (url !== null) {
    download(url, fileName);
    return done(`${fileName} diunduh.`);
  }
  return done(saved ? `Salinan disimpan: ${path ?? fileName}` : null);
}

/** "Tampilkan di folder": Explorer with the file selected (Electron only; the button is hidden elsewhere). */
export async function showDocumentInFolder(id: string): Promise<Outcome> {
  const result = await api.documents.showInFolder({ id });
  if (!result.ok) return failed(result.error.message);
  return result.value.shown ? done(null) : failed('Folder tidak dapat ditampilkan dari peramban. Gunakan "Simpan salinan…".');
}

/** Opens a confirmed http(s) address: Electron's default browser, or a new tab here. */
export async function openExternalUrl(url: string): Promise<Outcome> {
  const result = await api.documents.openExternal({ url });
  if (!result.ok) return failed(result.error.message);
  if (result.value.url !== null) window.open(result.value.url, '_blank', 'noopener,noreferrer');
  return done(null);
}

/** The host name a confirmation names ("www.serangkab.go.id"), or null when the text is no web address. */
export function externalHostOf(text: string): string | null {
  return externalUrlOf(text)?.host ?? null;
}

/**
 * Opens an evidence file: Electron's preview window (PDF, images) or its own application; in the
 * browser, a new tab showing the bytes (a blob URL, so nothing leaves the page).
 */
export async function openEvidenceFile(worksheetId: string, evidenceId: string): Promise<Outcome> {
  const result = await api.documents.openEvidence({ id: worksheetId, evidenceId });
  if (!result.ok) return failed(result.error.message);
  if (result.value.opened) return done(null);
  const blob = await api.worksheets.evidenceBlob({ id: worksheetId, evidenceId });
  if (!blob.ok) return failed(blob.error.message);
  const url = URL.createObjectURL(new Blob([base64ToBytes(blob.value.dataBase64)], { type: blob.value.mimeType }));
  window.open(url, '_blank', 'noopener');
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return done(null);
}
