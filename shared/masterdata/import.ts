import type { JenisAsn } from '../format/nip';

/** One row of a roster file as the importer saw it. */
export interface ImportRow {
  /** Row number as the user sees it in the spreadsheet (header is row 1). */
  row: number;
  status: 'valid' | 'invalid';
  reasons: string[];
  nama: string;
  nip: string;
  jenisAsn: JenisAsn | string;
  golongan: string;
  jabatan: string;
  unit: string;
}

export interface ImportPreview {
  previewId: string;
  fileName: string;
  rows: ImportRow[];
  validCount: number;
  invalidCount: number;
  /** Reasons that concern the whole file (missing columns …); when present nothing can be imported. */
  fileErrors: string[];
}

/** The roster columns, in the order of the sample files. */
export const ROSTER_COLUMNS = ['nama', 'nip', 'jenis', 'pangkat/golongan', 'jabatan', 'unit'] as const;
export const MAX_ROSTER_ROWS = 5000;
