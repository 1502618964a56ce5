import { formatTanggal } from '../../../shared/format';
import type { WorksheetSummary } from '../../../shared/worksheets';

/**
 * The annual recap as .xlsx (issue 5 items 2 and 4): one row per unit for a year with Pemenuhan,
 * Reform, Pengungkit, Hasil, Total, the verdict, the change from last year and the rank. Totals
 * are those of the layer the verdicts are given on (TPI once it has answers, otherwise Unit).
 */

export interface RecapRow {
  unitId: string;
  unitName: string;
  layer: 'unit' | 'tpi';
  pemenuhan: number;
  reform: number;
  pengungkit: number;
  hasil: number;
  total: number;
  verdict: string;
  previousTotal: number | null;
  change: number | null;
  rank: number;
}

function verdictOf(summary: WorksheetSummary): string {
  if (summary.assessment.wbbm.passed) return 'WBBM';
  if (summary.assessment.wbk.passed) return 'WBK';
  return 'Belum memenuhi';
}

/** Rows sorted by rank (highest total first; equal totals share a rank). */
export function recapRows(current: readonly WorksheetSummary[], previous: readonly WorksheetSummary[]): RecapRow[] {
  const lastYear = new Map<string, number>();
  for (const summary of previous) lastYear.set(summary.unit.id, summary.layers[summary.assessment.layer].totals.total);
  const rows = current.map((summary): RecapRow => {
    const layer = summary.assessment.layer;
    const totals = summary.layers[layer].totals;
    const previousTotal = lastYear.get(summary.unit.id) ?? null;
    return {
      unitId: summary.unit.id,
      unitName: summary.unit.nama,
      layer,
      pemenuhan: totals.pemenuhan,
      reform: totals.reform,
      pengungkit: totals.pengungkit,
      hasil: totals.hasil,
      total: totals.total,
      verdict: verdictOf(summary),
      previousTotal,
      change: previousTotal === null ? null : totals.total - previousTotal,
      rank: 0,
    };
  });
  rows.sort((a, b) => b.total - a.total || a.unitName.localeCompare(b.unitName, 'id'));
  rows.forEach((row, index) => {
    const before = rows[index - 1];
    row.rank = before !== undefined && Math.abs(before.total - row.total) < 1e-9 ? before.rank : index + 1;
  });
  return rows;
}

export const RECAP_HEADER_ROW = 5;
export const RECAP_HEADERS = [
  'No',
  'Unit Kerja',
  'Pemenuhan',
  'Reform',
  'Pengungkit',
  'Hasil',
  'Total',
  'Predikat',
  'Lapisan Nilai',
  'Total Tahun Lalu',
  'Perubahan',
  'Peringkat',
] as const;

/** The recap .xlsx bytes (exceljs loaded lazily). */
export async function exportRecapXlsx(input: { year: number; instansi: string; now: Date; rows: readonly RecapRow[] }): Promise<Uint8Array> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'ZI Desk';
  workbook.created = input.now;
  const sheet = workbook.addWorksheet(`Rekap ${input.year}`, { views: [{ state: 'frozen', ySplit: RECAP_HEADER_ROW }] });
  sheet.getCell('A1').value = `Rekapitulasi Hasil Evaluasi Zona Integritas Tahun ${input.year}`;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  sheet.getCell('A2').value = input.instansi;
  sheet.getCell('A3').value = `Dibuat ${formatTanggal(input.now)}; ${input.rows.length} unit dievaluasi.`;
  const header = sheet.getRow(RECAP_HEADER_ROW);
  RECAP_HEADERS.forEach((title, index) => {
    header.getCell(index + 1).value = title;
  });
  header.font = { bold: true };
  const widths = [5, 45, 12, 12, 12, 12, 12, 16, 12, 14, 12, 10];
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  input.rows.forEach((row, index) => {
    const excelRow = sheet.getRow(RECAP_HEADER_ROW + 1 + index);
    const values: (string | number | null)[] = [
      index + 1,
      row.unitName,
      row.pemenuhan,
      row.reform,
      row.pengungkit,
      row.hasil,
      row.total,
      row.verdict,
      row.layer === 'tpi' ? 'TPI' : 'Unit',
      row.previousTotal,
      row.change,
      row.rank,
    ];
    values.forEach((value, column) => {
      excelRow.getCell(column + 1).value = value ?? '—';
    });
    for (const column of [3, 4, 5, 6, 7, 10, 11]) {
      const cell = excelRow.getCell(column);
      if (typeof cell.value === 'number') cell.numFmt = '0.00';
    }
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
