/**
 * Saving bytes that main handed back as base64 (an exported .xlsx): the browser's own download
 * (Blob + object URL + `<a download>`); Electron turns it into a save dialog.
 */

/** base64 → bytes (the reverse of lib/files `bytesToBase64`). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Keep the object URL alive long enough for the browser to start reading it. */
const REVOKE_AFTER_MS = 60_000;

/** Starts a download of `bytes` named `fileName`. */
export function downloadBytes(fileName: string, mimeType: string, bytes: Uint8Array<ArrayBuffer>): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** Starts a download of a file main sent as base64. */
export function downloadBase64(file: { fileName: string; mimeType: string; dataBase64: string }): void {
  downloadBytes(file.fileName, file.mimeType, base64ToBytes(file.dataBase64));
}
