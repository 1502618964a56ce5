import { formatTanggal } from '../../../shared/format';
import { itemsByCode, type Template } from '../../../shared/lke';
import { portalRbSoal, type PortalRbExport } from '../../../shared/proposal';
import { loadExcelJs } from '../files/xlsx';

/**
 * The manual-submission workbook of the proposal package: the PortalRB export as sheets people
 * read and paste — "Usulan" lists the proposed units (PortalRB id, name, category, afirmasi), then
 * one sheet per unit with every soal: soal id, LKE code, answer kind, question, the unit's and the
 * TPI's answers, both notes and the evidence (the columns of `GET /lke/jawaban-unit/{unit_id}`).
 */

export const PROPOSAL_SUMMARY_SHEET = 'Usulan';
export const PROPOSAL_UNIT_HEADERS = [
  'soal_id',
  'Kode LKE',
  'Jenis Jawaban',
  'Pertanyaan',
  'jawaban_unit',
  'jawaban_tpi',
  'catatan_unit',
  'bukti_dukung_unit',
  'catatan_tpi',
] as const;
/** Header row of the unit sheets (1-based); data starts below it. */
export const PROPOSAL_UNIT_HEADER_ROW = 4;

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, unique in the workbook. */
function sheetName(wanted: string, used: Set<string>): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim() || 'Unit';
  let name = clean.slice(0, 31);
  for (let index = 2; used.has(name.toLowerCase()); index += 1) name = `${clean.slice(0, 31 - String(index).length - 1)} ${index}`;
  used.add(name.toLowerCase());
  return name;
}

/** The workbook bytes (exceljs loaded on first use, files/xlsx.ts). */
export async function exportProposalXlsx(input: {
  data: PortalRbExport;
  /** Short names for the sheet tabs, by unit id (falls back to the name). */
  shortNames: ReadonlyMap<string, string>;
  templates: ReadonlyMap<string, Template>;
  now: Date;
}): Promise<Uint8Array> {
  const { data } = input;
  const Excel = await loadExcelJs();
  const workbook = new Excel.Workbook();
  workbook.creator = 'ZI Desk';
  workbook.created = input.now;
  const used = new Set<string>([PROPOSAL_SUMMARY_SHEET.toLowerCase()]);

  const summary = workbook.addWorksheet(PROPOSAL_SUMMARY_SHEET, { views: [{ state: 'frozen', ySplit: 4 }] });
  summary.getCell('A1').value = `Usulan Evaluasi Zona Integritas Tahun ${data.tahun}`;
  summary.getCell('A1').font = { bold: true, size: 13 };
  summary.getCell('A2').value = `${data.instansi} — dibuat ${formatTanggal(input.now)}`;
  const summaryHeader = summary.getRow(4);
  ['No', 'ID Unit (PortalRB)', 'Nama Unit', 'Kategori', 'Afirmasi', 'Lembar'].forEach((title, index) => {
    summaryHeader.getCell(index + 1).value = title;
  });
  summaryHeader.font = { bold: true };
  [5, 24, 50, 16, 10, 32].forEach((width, index) => {
    summary.getColumn(index + 1).width = width;
  });
  const units = [...data.pengusulan.unitWbk.units, ...data.pengusulan.unitWbbm.units];
  units.forEach((unit, index) => {
    const answers = data.jawabanUnit.find((entry) => entry.unit_id === unit.id);
    const template = input.templates.get(unit.id);
    const name = sheetName(input.shortNames.get(unit.id) || unit.nama, used);
    const row = summary.getRow(5 + index);
    [index + 1, unit.id, unit.nama, unit.kategori, unit.afirmasi ? 'Ya' : 'Tidak', name].forEach((value, column) => {
      row.getCell(column + 1).value = value;
    });
    if (answers === undefined || template === undefined) return;

    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: PROPOSAL_UNIT_HEADER_ROW }] });
    sheet.getCell('A1').value = `${unit.nama} — ${unit.kategori}${unit.afirmasi ? ' (afirmasi)' : ''}`;
    sheet.getCell('A1').font = { bold: true, size: 12 };
    sheet.getCell('A2').value = `unit_id: ${unit.id}; tahun: ${data.tahun}`;
    const header = sheet.getRow(PROPOSAL_UNIT_HEADER_ROW);
    PROPOSAL_UNIT_HEADERS.forEach((title, column) => {
      header.getCell(column + 1).value = title;
    });
    header.font = { bold: true };
    [9, 18, 12, 60, 13, 13, 40, 40, 40].forEach((width, column) => {
      sheet.getColumn(column + 1).width = width;
    });
    sheet.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
    const soal = new Map(portalRbSoal(template).map((entry) => [entry.soalId, entry]));
    const items = itemsByCode(template);
    answers.answers.forEach((answer, rowIndex) => {
      const entry = soal.get(answer.soal_id);
      const excelRow = sheet.getRow(PROPOSAL_UNIT_HEADER_ROW + 1 + rowIndex);
      const values = [
        answer.soal_id,
        entry?.code ?? '',
        entry?.jenisJawaban ?? '',
        entry === undefined ? '' : (items.get(entry.code)?.item.text ?? ''),
        answer.jawaban_unit,
        answer.jawaban_tpi,
        answer.catatan_unit,
        answer.bukti_dukung_unit,
        answer.catatan_tpi,
      ];
      values.forEach((value, column) => {
        // Answers stay text ("12", "3.45"), as PortalRB receives them.
        excelRow.getCell(column + 1).value = value ?? '';
      });
    });
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
