import type ExcelJS from 'exceljs';
import { MAX_ROSTER_ROWS } from '../../../shared/masterdata/import';
import { formatAngka } from '../../../shared/format';
import { loadXlsx } from '../files';

/** The roster's columns after header matching. */
export type RosterField = 'nama' | 'nip' | 'jenis' | 'golongan' | 'jabatan' | 'unit';

export interface RawRosterRow {
  row: number;
  cells: Record<RosterField, string>;
  /** Problems found while reading the cells (formulas, NIP stored as a number …). */
  problems: string[];
}

export interface ParsedRoster {
  rows: RawRosterRow[];
  fileErrors: string[];
}

const HEADER_ALIASES: Record<RosterField, string[]> = {
  nama: ['nama', 'nama pegawai', 'nama lengkap'],
  nip: ['nip', 'nip/ni pppk', 'ni pppk', 'nomor induk', 'nip / ni pppk'],
  jenis: ['jenis', 'jenis asn', 'status', 'status kepegawaian'],
  golongan: ['pangkat/golongan', 'golongan', 'pangkat', 'gol', 'pangkat / golongan', 'gol/ruang'],
  jabatan: ['jabatan'],
  unit: ['unit', 'unit kerja', 'opd', 'satuan kerja'],
};

export const FIELD_LABEL: Record<RosterField, string> = {
  nama: 'nama',
  nip: 'nip',
  jenis: 'jenis',
  golongan: 'pangkat/golongan',
  jabatan: 'jabatan',
  unit: 'unit',
};

function normalizeHeader(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

function mapHeader(headers: string[]): { map: Map<number, RosterField>; missing: RosterField[] } {
  const map = new Map<number, RosterField>();
  headers.forEach((header, index) => {
    const key = normalizeHeader(header);
    for (const [field, aliases] of Object.entries(HEADER_ALIASES) as [RosterField, string[]][]) {
      if (aliases.includes(key) && ![...map.values()].includes(field)) map.set(index, field);
    }
  });
  const found = new Set(map.values());
  const missing = (Object.keys(HEADER_ALIASES) as RosterField[]).filter((f) => !found.has(f));
  return { map, missing };
}

function emptyCells(): Record<RosterField, string> {
  return { nama: '', nip: '', jenis: '', golongan: '', jabatan: '', unit: '' };
}

function tooManyRows(count: number): string {
  return `Berkas berisi ${formatAngka(count, 0)} baris data; paling banyak ${formatAngka(MAX_ROSTER_ROWS, 0)} baris per impor. Bagi berkas menjadi beberapa bagian.`;
}

function missingColumns(missing: RosterField[]): string {
  return `Kolom wajib tidak ditemukan: ${missing.map((f) => FIELD_LABEL[f]).join(', ')}. Baris pertama harus berisi judul kolom: nama, nip, jenis, pangkat/golongan, jabatan, unit.`;
}

// ---------------------------------------------------------------- CSV

/** Splits CSV text (RFC 4180 quoting; delimiter `,` or `;` as found in the header line). */
export function parseCsvText(text: string): string[][] {
  return csvRecords(text).map((record) => record.values);
}

/**
 * The non-blank records of CSV text with their row numbers as a spreadsheet shows them: blank
 * lines count as rows, a quoted cell spanning lines stays one row.
 */
function csvRecords(text: string): { row: number; values: string[] }[] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows
    .map((values, index) => ({ row: index + 1, values }))
    .filter((record) => record.values.some((cell) => cell.trim() !== ''));
}

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"): starting with `=`, `+`, `@`,
 * or `-` unless the cell is a plain dash or a plain negative number.
 */
const FORMULA_START = /^\s*[=+@]|^\s*-(?!\s*$|\d+(?:[.,]\d+)*\s*$)/;

function fromGrid(grid: { row: number; values: string[]; problems: string[][] }[]): ParsedRoster {
  const [header, ...data] = grid;
  if (!header) return { rows: [], fileErrors: ['Berkas kosong: tidak ada judul kolom maupun data.'] };
  const { map, missing } = mapHeader(header.values);
  if (missing.length > 0) return { rows: [], fileErrors: [missingColumns(missing)] };
  if (data.length === 0) return { rows: [], fileErrors: ['Berkas tidak berisi baris data di bawah judul kolom.'] };
  if (data.length > MAX_ROSTER_ROWS) return { rows: [], fileErrors: [tooManyRows(data.length)] };
  const rows = data.map(({ row, values, problems }) => {
    const cells = emptyCells();
    const rowProblems: string[] = [];
    for (const [index, field] of map) {
      cells[field] = (values[index] ?? '').trim();
      for (const p of problems[index] ?? []) rowProblems.push(`Kolom ${FIELD_LABEL[field]}: ${p}`);
    }
    return { row, cells, problems: rowProblems };
  });
  return { rows, fileErrors: [] };
}

/**
 * The text of a CSV file: UTF-16 when it starts with a UTF-16 byte-order mark (Excel's "Unicode
 * Text" and some exports write it), UTF-8 otherwise. UTF-16 without a mark is not guessed: its NUL
 * bytes make it refused as binary below.
 */
function csvText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

/** Reads a CSV roster. Cells starting with `=` are refused as formulas. */
export function parseCsvRoster(bytes: Uint8Array): ParsedRoster {
  const text = csvText(bytes);
  if (text.includes('\u0000')) return { rows: [], fileErrors: ['Berkas bukan CSV teks yang valid.'] };
  const records = csvRecords(text);
  if (records.length - 1 > MAX_ROSTER_ROWS) return { rows: [], fileErrors: [tooManyRows(records.length - 1)] };
  return fromGrid(
    records.map(({ row, values }) => ({
      row,
      values,
      problems: values.map((v) => (FORMULA_START.test(v) ? ['berisi rumus; isi dengan nilai biasa.'] : [])),
    })),
  );
}

// ---------------------------------------------------------------- XLSX

function cellText(value: ExcelJS.CellValue): { text: string; problem?: string } {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'boolean') return { text: value ? 'Ya' : 'Tidak' };
  if (typeof value === 'number') {
    if (Math.abs(value) >= 1e15) {
      return { text: String(value), problem: 'angka terlalu panjang tersimpan sebagai bilangan sehingga digit terakhir hilang; format kolom sebagai Teks.' };
    }
    return { text: String(value) };
  }
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return { text: '', problem: 'berisi rumus; isi dengan nilai biasa.' };
    if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') };
    if ('text' in value && typeof value.text === 'string') return { text: value.text };
    if ('error' in value) return { text: '', problem: 'berisi galat Excel.' };
  }
  return { text: '' };
}

/** Reads the first worksheet of an .xlsx roster. */
export async function parseXlsxRoster(bytes: Uint8Array): Promise<ParsedRoster> {
  const workbook = await loadXlsx(bytes);
  if (workbook === undefined) {
    return { rows: [], fileErrors: ['Berkas bukan .xlsx yang valid atau rusak. Simpan ulang dari Excel sebagai "Buku Kerja Excel (.xlsx)".'] };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { rows: [], fileErrors: ['Berkas .xlsx tidak memiliki lembar kerja.'] };
  if (sheet.actualRowCount - 1 > MAX_ROSTER_ROWS) return { rows: [], fileErrors: [tooManyRows(sheet.actualRowCount - 1)] };
  const grid: { row: number; values: string[]; problems: string[][] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: string[] = [];
    const problems: string[][] = [];
    const count = Math.min(row.cellCount, 50);
    for (let c = 1; c <= count; c++) {
      const cell = row.getCell(c);
      const { text, problem } = cellText(cell.isMerged && cell.master !== cell ? null : cell.value);
      values.push(text);
      problems.push(problem ? [problem] : []);
    }
    if (values.some((v) => v.trim() !== '') || problems.some((p) => p.length > 0)) grid.push({ row: rowNumber, values, problems });
  });
  return fromGrid(grid);
}

/** Picks the parser from the file name's extension and the file's first bytes. */
export async function parseRoster(fileName: string, bytes: Uint8Array): Promise<ParsedRoster> {
  const lower = fileName.toLowerCase();
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (lower.endsWith('.xlsx')) {
    if (!isZip) return { rows: [], fileErrors: ['Berkas bernama .xlsx tetapi isinya bukan buku kerja Excel.'] };
    return parseXlsxRoster(bytes);
  }
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return parseCsvRoster(bytes);
  return { rows: [], fileErrors: ['Jenis berkas tidak didukung. Gunakan .xlsx atau .csv.'] };
}
