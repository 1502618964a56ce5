/** Reading a chosen file into the base64 text the contract carries (see shared/schemas/bytes.ts). */

/** Bytes → base64, in chunks so a 10 MB roster does not overflow the argument list. */
export function bytesToBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + CHUNK));
  }
  return btoa(binary);
}

/** The file's content as base64 (FileReader-free: `Blob.arrayBuffer`). */
export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

export { formatFileSize } from '../../../shared/limits';
