import { z } from 'zod';
import { formatFileSize } from '../limits';

/**
 * Bytes cross the boundary as base64 text, so IPC and HTTP carry the same payload. Size limits are
 * checked on the encoded length before anything is decoded.
 */
export function base64Bytes(maxBytes: number, label: string) {
  const maxChars = Math.ceil(maxBytes / 3) * 4;
  const limit = formatFileSize(maxBytes);
  return z
    .string({ error: `${label} harus dikirim sebagai berkas.` })
    .max(maxChars, `${label} terlalu besar (maksimal ${limit}).`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, `${label} rusak atau bukan berkas yang valid.`);
}

/** A file name as shown to the user, never used as a path by main. */
export const fileNameSchema = z
  .string()
  .trim()
  .min(1, 'Nama berkas kosong.')
  .max(200, 'Nama berkas terlalu panjang.');
