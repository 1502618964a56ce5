import { walkTemplate, type Question, type Template } from '../../../shared/lke';

/**
 * The sheet layout shared by export and import: the LKE sheet's columns, its header row and the
 * hidden metadata sheet an import checks (template id/version and worksheet id).
 */

export const LKE_SHEET = 'LKE';
export const META_SHEET = 'ZI_Desk_Meta';
export const FORMAT_TAG = 'zi-desk-lke-xlsx-1';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' as const;

/** The LKE sheet's column headers, in column order (A, B, …). */
const COLUMN_HEADERS = {
  code: 'Kode',
  text: 'Uraian',
  criteria: 'Kriteria',
  answerType: 'Jenis Jawaban',
  weight: 'Bobot',
  unitAnswer: 'Jawaban Unit',
  unitValue: 'Nilai Unit',
  tpiAnswer: 'Jawaban TPI',
  tpiValue: 'Nilai TPI',
  unitNote: 'Catatan Unit',
  tpiNote: 'Catatan TPI',
  evidence: 'Bukti Dukung',
} as const;
export type ColumnKey = keyof typeof COLUMN_HEADERS;

/** One column of the LKE sheet: its 1-based number, its letter and its header. */
export interface SheetColumn {
  n: number;
  letter: string;
  header: string;
}

/** Columns of the LKE sheet; number and letter follow from the header order (fewer than 27 columns). */
export const COLUMNS = Object.fromEntries(
  Object.entries(COLUMN_HEADERS).map(([key, header], index) => [key, { n: index + 1, letter: String.fromCharCode(65 + index), header }]),
) as Readonly<Record<ColumnKey, SheetColumn>>;

/** The answer and note columns of each layer an import can read. */
export const IMPORT_COLUMNS: Readonly<Record<'unit' | 'tpi', { answer: ColumnKey; note: ColumnKey }>> = {
  unit: { answer: 'unitAnswer', note: 'unitNote' },
  tpi: { answer: 'tpiAnswer', note: 'tpiNote' },
};

/** Columns an import of `layer` cannot do without. */
export function requiredImportColumns(layer: 'unit' | 'tpi'): readonly ColumnKey[] {
  return ['code', IMPORT_COLUMNS[layer].answer, IMPORT_COLUMNS[layer].note];
}

/** Columns an import of the Unit layer cannot do without. */
export const REQUIRED_IMPORT_COLUMNS: readonly ColumnKey[] = requiredImportColumns('unit');

/** Row of the column headers; the header block (instansi, unit, year…) sits above it. */
export const HEADER_ROW = 8;

/** Short type labels in the "Jenis Jawaban" column. */
export function answerTypeText(question: Pick<Question, 'answerType'>): string {
  switch (question.answerType) {
    case 'YA_TIDAK':
      return 'Ya/Tidak';
    case 'ABC':
      return 'A/B/C';
    case 'ABCD':
      return 'A/B/C/D';
    case 'ABCDE':
      return 'A/B/C/D/E';
    case 'PERSEN':
      return '% (otomatis)';
    case 'JUMLAH':
      return 'Jumlah';
    case 'INDEKS':
      return 'Indeks 0–4';
  }
}

/** Codes of every heading node (components, halves, areas, sub-areas, Hasil sub-components). */
export function headingCodes(template: Template): Set<string> {
  const codes = new Set<string>();
  for (const entry of walkTemplate(template)) {
    if (entry.kind !== 'question' && entry.kind !== 'indicator') codes.add(entry.node.code);
  }
  return codes;
}
