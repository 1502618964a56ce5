import type { Workbook } from 'exceljs';
import { checkZipContainer } from '../sandbox/zip';

/**
 * The workbook in the bytes of an .xlsx file, or undefined when they cannot be read as one.
 * The zip is checked first (sandbox/zip.ts): a zip bomb throws `AppFailure('TOO_LARGE')` before
 * exceljs inflates anything, and exceljs then only inflates entries whose real sizes are known to
 * be within the caps. Runs inside the parsing sandbox (sandbox/worker.ts), never in the main
 * process. exceljs is loaded on first use: it costs ~0.5 s to import.
 */
export async function loadXlsx(bytes: Uint8Array): Promise<Workbook | undefined> {
  if (checkZipContainer(bytes) === 'unreadable') return undefined;
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    return undefined;
  }
  return workbook;
}
