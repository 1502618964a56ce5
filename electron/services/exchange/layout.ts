import { walkTemplate, type Question, type Template } from '../../../shared/lke';

/**
 * The sheet layout shared by export and import: the LKE sheet's columns, its header row and the
 * hidden metadata sheet an import checks (template id/version and worksheet id).
 */

export const LKE_SHEET = 'LKE';
export const META_SHEET = 'ZI_Desk_Meta';
export const FORMAT_TAG = 'zi-desk-lke-xlsx-1';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' as const;

/** Columns of the LKE sheet (1-based numbers and letters). */
export const COLUMNS = {
  code: { n: 1, letter: 'A', header: 'Kode' },
  text: { n: 2, letter: 'B', header: 'Uraian' },
  criteria: { n: 3, letter: 'C', header: 'Kriteria' },
  answerType: { n: 4, letter: 'D', header: 'Jenis Jawaban' },
  weight: { n: 5, letter: 'E', header: 'Bobot' },
  unitAnswer: { n: 6, letter: 'F', header: 'Jawaban Unit' },
  unitValue: { n: 7, letter: 'G', header: 'Nilai Unit' },
  tpiAnswer: { n: 8, letter: 'H', header: 'Jawaban TPI' },
  tpiValue: { n: 9, letter: 'I', header: 'Nilai TPI' },
  unitNote: { n: 10, letter: 'J', header: 'Catatan Unit' },
  tpiNote: { n: 11, letter: 'K', header: 'Catatan TPI' },
  evidence: { n: 12, letter: 'L', header: 'Bukti Dukung' },
} as const;
export type ColumnKey = keyof typeof COLUMNS;

/** Columns an import cannot do without. */
export const REQUIRED_IMPORT_COLUMNS: readonly ColumnKey[] = ['code', 'unitAnswer', 'unitNote'];

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
