import { z } from 'zod';
import { instansiYearRecordSchema, type InstansiYearRecord } from '../../../shared/lke';
import { parseWorksheetId, worksheetDocumentSchema, type WorksheetDocument } from '../../../shared/worksheets';
import type { DocumentSpec } from '../storage';

/**
 * Storage layout of the worksheets domain (ARCHITECTURE "Data": the cost of one edit must not grow
 * with the archive): one document per unit-year, `worksheets/<unitId>-<year>`, and one small
 * `prerequisites` document with the instansi-level record of each year.
 */

/** Folder of the worksheet documents. */
export const WORKSHEETS_FOLDER = 'worksheets';

/** Document name of a worksheet id. */
export function worksheetDocumentName(id: string): string {
  return `${WORKSHEETS_FOLDER}/${id}`;
}

/** The worksheet id of a document name from `storage.list('worksheets/')`, if it is one. */
export function worksheetIdOfDocument(name: string): { id: string; unitId: string; year: number } | undefined {
  const prefix = `${WORKSHEETS_FOLDER}/`;
  if (!name.startsWith(prefix)) return undefined;
  const id = name.slice(prefix.length);
  const parsed = parseWorksheetId(id);
  return parsed === undefined ? undefined : { id, ...parsed };
}

/**
 * The spec of one worksheet document, version 1. `empty()` is `{ worksheet: null }`: a name that
 * was never created, or a damaged file the storage layer could not restore from a backup.
 */
export function worksheetSpec(id: string): DocumentSpec<WorksheetDocument> {
  return {
    name: worksheetDocumentName(id),
    schema: worksheetDocumentSchema,
    version: 1,
    migrations: [],
    empty: () => ({ worksheet: null }),
  };
}

/** The instansi-level records, one per year (PermenPANRB 5/2024 proposal prerequisites). */
export const prerequisitesDocumentSchema = z.object({
  years: z.array(instansiYearRecordSchema).refine(
    (years) => new Set(years.map((record) => record.year)).size === years.length,
    { error: 'Tahun data instansi tercatat lebih dari sekali.' },
  ),
});
/** The `prerequisites` document: the instansi-level record of each year. */
export interface PrerequisitesDocument {
  years: InstansiYearRecord[];
}

/** Spec of the `prerequisites` document, version 1. */
export const prerequisitesSpec: DocumentSpec<PrerequisitesDocument> = {
  name: 'prerequisites',
  schema: prerequisitesDocumentSchema,
  version: 1,
  migrations: [],
  empty: () => ({ years: [] }),
};
