/**
 * Excel exchange benchmark (goal: export or import of a full worksheet .xlsx ≤ 1 s).
 *
 *   npx tsx tests/bench/exchange.bench.ts
 *
 * Creates one unit with a fully answered worksheet (Unit and TPI layers, notes on every tenth item)
 * on a temp data folder through the real dispatcher, then times `exchange:exportWorksheet` and
 * `exchange:importPreview` of the exported file (median of 5 each, after one warm-up run that
 * also pays the lazy exceljs import). Figures are printed, never asserted.
 */
import type { ExchangeFile, ExchangeImportPreview } from '../../shared/exchange';
import type { Unit } from '../../shared/masterdata/schemas';
import { unitInput } from '../unit/electron/handlers/harness';
import { answeredWorksheet, openTempApp, templateAnswers } from './app';
import { median, runIfMain, value } from './support';

const RUNS = 5;
const GOAL_MS = 1000;

export interface ExchangeBenchFigures {
  exportMs: number;
  importMs: number;
  firstExportMs: number;
  bytes: number;
  rows: number;
}

export async function run(): Promise<ExchangeBenchFigures> {
  const app = await openTempApp('zi-desk-exchange-bench-');
  try {
    const { dispatch } = app;
    const unit = value<Unit>(await dispatch('units:create', unitInput({ nama: 'Dinas Kependudukan dan Pencatatan Sipil', singkatan: 'Disdukcapil' })));
    const { best, worst } = templateAnswers();
    const id = await answeredWorksheet(dispatch, unit.id, 2022, {
      unit: best.map(([code, answer], i) => ({ code, answer, ...(i % 10 === 0 ? { note: `Catatan butir ${code}` } : {}) })),
      tpi: worst.map(([code, answer]) => ({ code, answer })),
    });

    let start = performance.now();
    const first = value<ExchangeFile>(await dispatch('exchange:exportWorksheet', { id }));
    const firstExportMs = performance.now() - start;
    const exports: number[] = [];
    const imports: number[] = [];
    let rows = 0;
    for (let i = 0; i < RUNS; i += 1) {
      start = performance.now();
      value<ExchangeFile>(await dispatch('exchange:exportWorksheet', { id }));
      exports.push(performance.now() - start);
      start = performance.now();
      const preview = value<ExchangeImportPreview>(await dispatch('exchange:importPreview', { id, fileName: first.fileName, dataBase64: first.dataBase64 }));
      imports.push(performance.now() - start);
      if (preview.fileErrors.length > 0 || preview.changes.length > 0) throw new Error('round trip was not clean');
      rows = best.length;
    }
    return { exportMs: median(exports), importMs: median(imports), firstExportMs, bytes: first.size, rows };
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const figures = await run();
  const line = (name: string, ms: number): string =>
    `${name.padEnd(34)} ${ms.toFixed(1).padStart(9)} ms   goal ≤ ${GOAL_MS} ms   ${ms <= GOAL_MS ? 'OK' : 'TOO SLOW'}`;
  console.log(`Excel exchange, full worksheet (${figures.rows} answered items, ${(figures.bytes / 1024).toFixed(0)} KB .xlsx), median of ${RUNS}`);
  console.log(line('exportWorksheet (first, cold)', figures.firstExportMs));
  console.log(line('exportWorksheet', figures.exportMs));
  console.log(line('importPreview', figures.importMs));
}

runIfMain(import.meta.url, main);
