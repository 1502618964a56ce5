import type { Cell, CellValue, Worksheet as Sheet } from 'exceljs';
import type { ExchangeChange, ExchangeRowProblem, ImportLayer } from '../../../shared/exchange';
import { checkAnswer, itemsByCode, parseDecimalInput, type Answer, type Template } from '../../../shared/lke';
import { MAX_NOTE_LENGTH, answerText, sameAnswer, type Worksheet } from '../../../shared/worksheets';
import { loadXlsx } from '../files';
import { COLUMNS, FORMAT_TAG, IMPORT_COLUMNS, LKE_SHEET, META_SHEET, headingCodes, requiredImportColumns, type ColumnKey } from './layout';

/**
 * Reads a filled LKE .xlsx (made by the export) back into changes of one layer (Unit or TPI): checks the file (an
 * xlsx at all, made for this worksheet and template version, required columns present), then every
 * row (known code, answer within the item's type, no formula, no merged cell) and lists what
 * differs from the worksheet. Pure apart from exceljs; nothing is written here.
 */

/** Most rows read below the header row (the shipped template has under 200). */
const MAX_ROWS = 5000;
/** Rows searched for the column headers. */
const HEADER_SEARCH_ROWS = 40;

export interface ParsedImport {
  changes: ExchangeChange[];
  problems: ExchangeRowProblem[];
  fileErrors: string[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function fileError(message: string): ParsedImport {
  return { changes: [], problems: [], fileErrors: [message] };
}

type Cellish = { kind: 'empty' } | { kind: 'text'; text: string } | { kind: 'number'; value: number } | { kind: 'formula' } | { kind: 'other'; what: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** What a cell holds, as far as an import cares. */
export function readCell(value: CellValue): Cellish {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: value };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'other', what: 'angka tidak valid' };
  if (typeof value === 'boolean') return { kind: 'other', what: 'nilai benar/salah' };
  if (value instanceof Date) return { kind: 'other', what: 'tanggal' };
  if (isObject(value)) {
    if ('formula' in value || 'sharedFormula' in value) return { kind: 'formula' };
    if ('richText' in value && Array.isArray(value.richText)) {
      const text = value.richText.map((part: unknown) => (isObject(part) && typeof part.text === 'string' ? part.text : '')).join('');
      return text.trim() === '' ? { kind: 'empty' } : { kind: 'text', text };
    }
    if ('text' in value && typeof value.text === 'string') return value.text.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: value.text };
    if ('error' in value) return { kind: 'other', what: `galat ${String(value.error)}` };
  }
  return { kind: 'other', what: 'isian tidak dikenal' };
}

function cellText(value: CellValue): string {
  const read = readCell(value);
  if (read.kind === 'text') return read.text.trim();
  if (read.kind === 'number') return String(read.value);
  return '';
}

function readMeta(sheet: Sheet | undefined): Map<string, string> | undefined {
  if (sheet === undefined) return undefined;
  const meta = new Map<string, string>();
  for (let row = 1; row <= Math.min(sheet.rowCount, 50); row += 1) {
    const key = cellText(sheet.getCell(row, 1).value);
    if (key !== '') meta.set(key, cellText(sheet.getCell(row, 2).value));
  }
  return meta;
}

function findHeader(sheet: Sheet): { row: number; columns: Map<ColumnKey, number> } | undefined {
  const wanted = new Map<string, ColumnKey>();
  for (const [key, column] of Object.entries(COLUMNS) as [ColumnKey, (typeof COLUMNS)[ColumnKey]][]) wanted.set(column.header.toLowerCase(), key);
  for (let row = 1; row <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); row += 1) {
    const columns = new Map<ColumnKey, number>();
    const count = Math.min(sheet.getRow(row).cellCount, 100);
    for (let col = 1; col <= count; col += 1) {
      const key = wanted.get(cellText(sheet.getCell(row, col).value).toLowerCase());
      if (key !== undefined && !columns.has(key)) columns.set(key, col);
    }
    if (columns.has('code')) return { row, columns };
  }
  return undefined;
}

/** Reads the answer cell of an item; a string message when it cannot be an answer of that item. */
function parseAnswer(template: Template, code: string, cell: Cellish): Answer | null | string {
  const item = itemsByCode(template).get(code)?.item;
  if (item === undefined) return `Kode ${code} tidak ada di templat.`;
  if (cell.kind === 'empty') return null;
  if (cell.kind === 'formula') return `Sel jawaban butir ${code} berisi rumus; isikan jawabannya langsung.`;
  if (cell.kind === 'other') return `Jawaban butir ${code} tidak dikenali (${cell.what}).`;
  if (item.answerType === 'PERSEN') {
    return `Butir ${code} dihitung otomatis dari isian jumlahnya; kosongkan sel jawabannya.`;
  }
  let raw: unknown;
  switch (item.answerType) {
    case 'YA_TIDAK':
    case 'ABC':
    case 'ABCD':
    case 'ABCDE': {
      const text = cell.kind === 'text' ? cell.text.trim() : String(cell.value);
      const option = item.options.find((candidate) => candidate.key.toLowerCase() === text.toLowerCase());
      raw = { type: item.answerType, value: option?.key ?? text };
      break;
    }
    case 'JUMLAH':
    case 'INDEKS': {
      if (cell.kind === 'number') {
        raw = { type: item.answerType, value: cell.value };
      } else {
        const parsed = parseDecimalInput(cell.text);
        if (!parsed.ok) return `Butir ${code}: ${parsed.error.message}`;
        raw = { type: item.answerType, value: parsed.value };
      }
      break;
    }
  }
  const checked = checkAnswer(template, code, raw);
  return checked.ok ? checked.value : checked.error.message;
}

function parseNote(code: string, cell: Cellish): string | { problem: string } {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text': {
      const note = cell.text.trim();
      if (note.length > MAX_NOTE_LENGTH) return { problem: `Catatan butir ${code} terlalu panjang (maksimal ${MAX_NOTE_LENGTH} karakter).` };
      return note;
    }
    case 'number':
      return String(cell.value);
    case 'formula':
      return { problem: `Sel catatan butir ${code} berisi rumus; tuliskan catatannya langsung.` };
    case 'other':
      return { problem: `Catatan butir ${code} tidak dikenali (${cell.what}).` };
  }
}

function isMerged(cell: Cell): boolean {
  return cell.isMerged;
}

/**
 * Parses the bytes of a filled .xlsx against a worksheet and its template; every change of
 * `layer` (answer or note, read from that layer's columns) is listed, rows that cannot be read are
 * listed as problems.
 */
export async function parseWorksheetXlsx(bytes: Uint8Array, worksheet: Worksheet, template: Template, layer: ImportLayer = 'unit'): Promise<ParsedImport> {
  if (bytes.length < 4 || ZIP_MAGIC.some((byte, index) => bytes[index] !== byte)) {
    return fileError('Berkas bukan lembar kerja Excel (.xlsx) yang valid. Unggah berkas .xlsx hasil ekspor LKE.');
  }
  const workbook = await loadXlsx(bytes);
  if (workbook === undefined) {
    return fileError('Berkas .xlsx rusak atau tidak dapat dibaca. Simpan ulang dari Excel lalu unggah kembali.');
  }
  const meta = readMeta(workbook.getWorksheet(META_SHEET));
  if (meta === undefined || meta.get('format') !== FORMAT_TAG) {
    return fileError('Berkas ini bukan hasil ekspor LKE ZI Desk (lembar metadata tidak ditemukan). Ekspor LKE dari aplikasi, isi, lalu impor kembali.');
  }
  const fileErrors: string[] = [];
  const fileTemplate = meta.get('templateId') ?? '';
  const fileVersion = meta.get('templateVersion') ?? '';
  if (fileTemplate !== template.id || fileVersion !== template.version) {
    fileErrors.push(
      `Berkas dibuat dari templat ${fileTemplate || '……'} versi ${fileVersion || '……'}, sedangkan LKE ini memakai templat ` +
        `${template.id} versi ${template.version}. Ekspor ulang LKE dari aplikasi dan isi berkas yang baru.`,
    );
  }
  const fileWorksheet = meta.get('worksheetId') ?? '';
  if (fileWorksheet !== worksheet.id) {
    fileErrors.push(`Berkas ini milik LKE ${fileWorksheet || '……'}, bukan LKE ${worksheet.id}.`);
  }
  const sheet = workbook.getWorksheet(LKE_SHEET);
  if (sheet === undefined) {
    fileErrors.push(`Lembar "${LKE_SHEET}" tidak ditemukan di berkas.`);
    return { changes: [], problems: [], fileErrors };
  }
  const header = findHeader(sheet);
  const missing = requiredImportColumns(layer).filter((key) => header?.columns.get(key) === undefined);
  if (header === undefined || missing.length > 0) {
    fileErrors.push(`Kolom wajib tidak ditemukan: ${missing.map((key) => `"${COLUMNS[key].header}"`).join(', ')}. Jangan menghapus atau mengganti judul kolom.`);
    return { changes: [], problems: [], fileErrors };
  }
  if (sheet.rowCount - header.row > MAX_ROWS) {
    fileErrors.push(`Lembar "${LKE_SHEET}" berisi terlalu banyak baris (lebih dari ${MAX_ROWS}).`);
  }
  if (fileErrors.length > 0) return { changes: [], problems: [], fileErrors };

  const codeCol = header.columns.get('code') ?? COLUMNS.code.n;
  const layerColumns = IMPORT_COLUMNS[layer];
  const answerCol = header.columns.get(layerColumns.answer) ?? COLUMNS[layerColumns.answer].n;
  const noteCol = header.columns.get(layerColumns.note) ?? COLUMNS[layerColumns.note].n;
  const items = itemsByCode(template);
  const headings = headingCodes(template);
  const seen = new Map<string, number>();
  const changes: ExchangeChange[] = [];
  const problems: ExchangeRowProblem[] = [];
  for (let row = header.row + 1; row <= sheet.rowCount; row += 1) {
    const codeCell = sheet.getCell(row, codeCol);
    const answerCell = sheet.getCell(row, answerCol);
    const noteCell = sheet.getCell(row, noteCol);
    const codeRead = readCell(codeCell.value);
    const code = cellText(codeCell.value);
    const answerRead = readCell(answerCell.value);
    const noteRead = readCell(noteCell.value);
    const problem = (message: string): void => {
      problems.push({ row, code, message: `Baris ${row}: ${message}` });
    };
    if (code === '') {
      if (codeRead.kind === 'formula') problem('sel kode berisi rumus.');
      else if (answerRead.kind !== 'empty' || noteRead.kind !== 'empty') problem('kode butir kosong; baris tidak dapat dicocokkan.');
      continue;
    }
    if (headings.has(code) || code === 'TOTAL') continue;
    const location = items.get(code);
    if (location === undefined) {
      problem(`kode ${code} tidak ada di templat ${template.id} versi ${template.version}.`);
      continue;
    }
    if (isMerged(codeCell) || isMerged(answerCell) || isMerged(noteCell)) {
      problem(`sel butir ${code} digabung (merge); pisahkan sel kode, jawaban dan catatan.`);
      continue;
    }
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      problem(`kode ${code} sudah muncul di baris ${earlier}.`);
      continue;
    }
    seen.set(code, row);
    const answer = parseAnswer(template, code, answerRead);
    const note = parseNote(code, noteRead);
    if (typeof answer === 'string') problem(answer);
    if (typeof note !== 'string') problem(note.problem);
    if (typeof answer === 'string' || typeof note !== 'string') continue;
    const before = worksheet.items[code]?.[layer];
    const oldAnswer = before?.answer ?? null;
    const oldNote = before?.note ?? '';
    if (sameAnswer(oldAnswer, answer) && oldNote === note) continue;
    changes.push({
      row,
      code,
      question: location.item.text,
      oldAnswer,
      newAnswer: answer,
      oldAnswerText: answerText(oldAnswer),
      newAnswerText: answerText(answer),
      oldNote,
      newNote: note,
    });
  }
  return { changes, problems, fileErrors: [] };
}
