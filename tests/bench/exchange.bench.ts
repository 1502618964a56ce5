/**
 * Excel exchange benchmark (issue 5 "Benchmarks": export or import of a full worksheet .xlsx ≤ 1 s).
 *
 *   npx tsx tests/bench/exchange.bench.ts
 *
 * Creates one unit with a fully answered worksheet (Unit and TPI layers, notes on every tenth item)
 * on a temp data folder through the real dispatcher, then times `exchange:exportWorksheet` and
 * `exchange:importPreview` of the exported file (median of 5 each, after one warm-up run that
 * also pays the lazy exceljs import). Figures are printed, never asserted.
 */
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAppDispatcher } from '../../electron/handlers';
import { createServices } from '../../electron/services/container';
import type { ExchangeFile, ExchangeImportPreview } from '../../shared/exchange';
import { getTemplate } from '../../shared/lke';
import type { WorksheetDetail } from '../../shared/worksheets';
import type { Unit } from '../../shared/masterdata/schemas';
import { uniformAnswers } from '../unit/shared/lke/fixtures';
import { unitInput } from '../unit/electron/handlers/harness';
import { median, value } from './support';

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
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'zi-desk-exchange-bench-'));
  const services = await createServices({ dataDir: dir, host: 'web', version: 'bench' });
  try {
    const dispatch = createAppDispatcher(services);
    const template = getTemplate('lke-zi-90-2021-5-2024');
    if (!template.ok) throw new Error(template.error.message);
    const unit = value<Unit>(await dispatch('units:create', unitInput({ nama: 'Dinas Kependudukan dan Pencatatan Sipil', singkatan: 'Disdukcapil' })));
    const detail = value<WorksheetDetail>(await dispatch('worksheets:create', { unitId: unit.id, year: 2022 }));
    const id = detail.worksheet.id;
    const best = Object.entries(uniformAnswers(template.value, 'best'));
    const worst = Object.entries(uniformAnswers(template.value, 'worst'));
    value(await dispatch('worksheets:saveAnswers', { id, layer: 'unit', changes: best.map(([code, answer], i) => ({ code, answer, note: i % 10 === 0 ? `Catatan butir ${code}` : undefined })) }));
    value(await dispatch('worksheets:saveAnswers', { id, layer: 'tpi', changes: worst.map(([code, answer]) => ({ code, answer })) }));

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
    await services.close();
    await fsp.rm(dir, { recursive: true, force: true });
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

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
