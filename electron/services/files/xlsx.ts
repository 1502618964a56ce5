import type ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';
import { checkZipContainer } from '../sandbox/zip';

/** The exceljs module (its default export: Workbook and the value types). */
export type ExcelModule = typeof ExcelJS;

let excel: Promise<ExcelModule> | undefined;

/**
 * exceljs, imported once per process. It is loaded on first use, not at start: it costs ~0.3–0.5 s
 * to import and most sessions never touch a spreadsheet. The hosts call {@link preloadExcelJs} a few
 * seconds after start so that the first export or import does not pay for it either.
 */
export function loadExcelJs(): Promise<ExcelModule> {
  excel ??= import('exceljs').then(
    (module) => module.default,
    (error: unknown) => {
      excel = undefined;
      throw error;
    },
  );
  return excel;
}

let warming: Promise<void> | undefined;

/**
 * Imports exceljs and writes one tiny workbook: the first `writeBuffer` of a process also loads
 * exceljs's zip and XML writers and compiles them (~0.1 s even after the import), which the first
 * real export should not pay. Never rejects; an optimisation only.
 */
export function warmExcelJs(): Promise<void> {
  warming ??= (async () => {
    const Excel = await loadExcelJs();
    const workbook = new Excel.Workbook();
    workbook.addWorksheet('LKE').addRow(['Pemanasan', 1]);
    await workbook.xlsx.writeBuffer();
  })().catch(() => {
    // The first real use reports any problem properly.
  });
  return warming;
}

/** Starts importing (and warming) exceljs in the background (after start-up, once the first screen is shown). */
export function preloadExcelJs(): void {
  void warmExcelJs();
}

/**
 * The workbook in the bytes of an .xlsx file, or undefined when they cannot be read as one.
 * The zip is checked first (sandbox/zip.ts): a zip bomb throws `AppFailure('TOO_LARGE')` before
 * exceljs inflates anything, and exceljs then only inflates entries whose real sizes are known to
 * be within the caps. Runs inside the parsing sandbox (sandbox/worker.ts), never in the main
 * process.
 */
export async function loadXlsx(bytes: Uint8Array): Promise<Workbook | undefined> {
  if (checkZipContainer(bytes) === 'unreadable') return undefined;
  const Excel = await loadExcelJs();
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    return undefined;
  }
  return workbook;
}
