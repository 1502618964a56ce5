import type { Workbook } from 'exceljs';

/**
 * The workbook in the bytes of an .xlsx file, or undefined when they cannot be read as one.
 * exceljs is loaded on first use: it costs ~0.5 s to import and most sessions never read a
 * spreadsheet.
 */
export async function loadXlsx(bytes: Uint8Array): Promise<Workbook | undefined> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    return undefined;
  }
  return workbook;
}
