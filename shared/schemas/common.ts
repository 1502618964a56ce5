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
