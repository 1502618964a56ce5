import { z } from 'zod';

/** Zod fragments every domain's stored records and inputs share. */

/** Earliest and latest evaluation or pledge years. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** A year, 2000–2100. */
export const yearSchema = z
  .number({ error: 'Tahun harus berupa angka.' })
  .int({ error: 'Tahun harus bilangan bulat.' })
  .min(MIN_YEAR, { error: `Tahun paling awal ${MIN_YEAR}.` })
  .max(MAX_YEAR, { error: `Tahun paling akhir ${MAX_YEAR}.` });

/** A stored date `YYYY-MM-DD` (format only; inputs check the calendar too). */
export const isoDateFormatSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'Tanggal harus berformat TTTT-BB-HH.' });

/**
 * Characters no stored or printed text may carry: C0 controls except tab, line feed and carriage
 * return; DEL; C1 controls; and the bidirectional marks, embeddings, overrides and isolates
 * (U+200E/U+200F, U+061C, U+202A–U+202E, U+2066–U+2069), which can make a printed name read
 * differently from what was typed (a reversed NIP, a hidden word). Every letter, diacritic, digit,
 * punctuation mark and ordinary space stays.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** `value` without the characters of {@link UNSAFE_TEXT}. */
export function sanitizeText(value: string): string {
  return value.replace(UNSAFE_TEXT, '');
}

/**
 * `z.string(params)` that strips control and bidi characters before any other check (length,
 * trim …). The text helpers of every domain (master data, pledges, declarations, worksheet notes,
 * the user's name) start from it, so each channel's input and each stored record is cleaned —
 * also data that does not come through a channel (an imported roster).
 */
export function safeText(params?: Parameters<typeof z.string>[0]): z.ZodString {
  return z.string(params).overwrite(sanitizeText);
}
