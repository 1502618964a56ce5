import { formatTanggal } from '../../../shared/format';
import { recapRows as sharedRecapRows, type RecapUnitRow } from '../../../shared/reports';
import { loadExcelJs } from '../files/xlsx';
import type { WorksheetSummary } from '../../../shared/worksheets';

/**
 * The annual recap as .xlsx: one row per unit for a year with Pemenuhan,
 * Reform, Pengungkit, Hasil, Total, the verdict, the change from last year and the rank. Totals
 * are those of the layer the verdicts are given on (TPI once it has answers, otherwise Unit).
 */

/** One row of the recap (shared with the recap PDF). */
export type RecapRow = RecapUnitRow;

/** Rows of the year's worksheet summaries, ranked (area percentages are not part of the .xlsx). */
export function recapRows(current: readonly WorksheetSummary[], previous: readonly WorksheetSummary[]): RecapRow[] {
  return sharedRecapRows(
    current.map((summary) => ({ summary, areaPercents: [] })),
    previous,
  );
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

/** The recap .xlsx bytes (exceljs loaded on first use or preloaded after start, see files/xlsx.ts). */
export async function exportRecapXlsx(input: { year: number; instansi: string; now: Date; rows: readonly RecapRow[] }): Promise<Uint8Array> {
  const Excel = await loadExcelJs();
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
