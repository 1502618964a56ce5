import ExcelJS from 'exceljs';

/** Column titles as in the sample files. */
export const HEADER = ['nama', 'nip', 'jenis', 'pangkat/golongan', 'jabatan', 'unit'];

/**
 * A valid NIP PNS that the demo data never uses (its serials stay below 100): born in 1980,
 * TMT CPNS January 2010, male, serial 100 + i.
 */
export function nipFor(i: number): string {
  const day = String(1 + (i % 28)).padStart(2, '0');
  const serial = String(100 + (i % 900)).padStart(3, '0');
  const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
  return `1980${month}${day}2010011${serial}`;
}

/** A valid roster row in a demo unit. */
export function row(i: number, overrides: Partial<Record<'nama' | 'nip' | 'jenis' | 'golongan' | 'jabatan' | 'unit', string>> = {}): string[] {
  const cells = {
    nama: `Pegawai Impor ${i}`,
    nip: nipFor(i),
    jenis: 'PNS',
    golongan: 'III/a',
    jabatan: 'Analis Kebijakan',
    unit: 'Bapenda',
    ...overrides,
  };
  return [cells.nama, cells.nip, cells.jenis, cells.golongan, cells.jabatan, cells.unit];
}

/** Quotes a CSV field when needed (RFC 4180). */
function field(value: string, sep: string): string {
  return /["\r\n]/.test(value) || value.includes(sep) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text with the given separator and line ending. */
export function csvText(rows: string[][], sep: ',' | ';' = ';', eol = '\r\n'): string {
  return rows.map((cells) => cells.map((cell) => field(cell, sep)).join(sep)).join(eol) + eol;
}

export function csvBase64(rows: string[][], sep: ',' | ';' = ';'): string {
  return Buffer.from(csvText(rows, sep), 'utf8').toString('base64');
}

/** An .xlsx workbook; `cell` may set any ExcelJS value (formula, number …) per row/column. */
export async function xlsxBytes(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Pegawai');
  rows.forEach((values, r) => {
    values.forEach((value, c) => {
      sheet.getCell(r + 1, c + 1).value = value;
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
