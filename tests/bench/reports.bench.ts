/**
 * Report benchmark (issue 5 "Benchmarks": LHE for one unit ≤ 1 s; recap of 70 units ≤ 3 s).
 *
 *   npx tsx tests/bench/reports.bench.ts      (or `npm run bench -- reports`)
 *
 * Seeds a temp data folder through the real dispatcher: 70 units, each with a fully answered 2022
 * worksheet (Unit and TPI layers, notes on every tenth item) and a 2021 worksheet for the change
 * column. Then times, end to end through the channels (scoring, model, pdfmake, atomic write):
 * `reports:lhePdf` for one unit, `reports:recapPdf` for the year, and `reports:dashboard`.
 * The engine is warmed first, as the app does in the background after start; first calls are
 * reported separately (pdfmake's own first layout), the rest are medians.
 * Figures are printed, never asserted.
 */
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAppDispatcher } from '../../electron/handlers';
import { createServices } from '../../electron/services/container';
import { warmUpPdfEngine } from '../../electron/services/pdf/warmup';
import { reportServiceFor } from '../../electron/services/reports';
import { getTemplate, type Answer } from '../../shared/lke';
import type { Unit } from '../../shared/masterdata/schemas';
import type { GeneratedPdf } from '../../shared/pledges';
import type { WorksheetDetail } from '../../shared/worksheets';
import { unitInput } from '../unit/electron/handlers/harness';
import { uniformAnswers } from '../unit/shared/lke/fixtures';
import { median, value } from './support';

const UNITS = 70;
const RUNS = 5;
const LHE_GOAL_MS = 1000;
const RECAP_GOAL_MS = 3000;

export interface ReportBenchFigures {
  seedMs: number;
  warmUpMs: number;
  lheFirstMs: number;
  lheMs: number;
  lheModelMs: number;
  lhePages: number;
  recapFirstMs: number;
  recapMs: number;
  recapModelMs: number;
  recapPages: number;
  recap3Ms: number;
  dashboardMs: number;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, value: result };
}

export async function run(): Promise<ReportBenchFigures> {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'zi-desk-reports-bench-'));
  const services = await createServices({ dataDir: dir, host: 'web', version: 'bench' });
  try {
    const dispatch = createAppDispatcher(services);
    const template = getTemplate('lke-zi-90-2021-5-2024');
    if (!template.ok) throw new Error(template.error.message);
    const best = Object.entries(uniformAnswers(template.value, 'best'));
    const worst = Object.entries(uniformAnswers(template.value, 'worst'));
    const mix = (level: number): { code: string; answer: Answer; note?: string }[] =>
      best.map(([code, answer], index) => ({
        code,
        answer: index % 10 < level ? answer : (worst[index]?.[1] ?? answer),
        ...(index % 10 === 0 ? { note: `Catatan TPI atas butir ${code}: bukti dukung perlu dilengkapi.` } : {}),
      }));
    value(
      await dispatch('settings:save', {
        pemerintahDaerah: 'Pemerintah Kabupaten Serang',
        namaInspektorat: 'Inspektorat Daerah',
        alamat: 'Jl. Contoh Fiktif No. 1, Serang',
        kota: 'Serang',
        inspektur: { nama: 'Drs. Bambang Fiktif Hartono, M.Si.', nip: '197005182005031005', golongan: 'IV/c' },
        kertas: 'F4',
      }),
    );
    const seedStart = performance.now();
    const ids: string[] = [];
    for (let i = 0; i < UNITS; i += 1) {
      const unit = value<Unit>(await dispatch('units:create', unitInput({ nama: `Kecamatan Contoh ${i + 1}`, singkatan: `Kec. ${i + 1}` })));
      for (const year of [2021, 2022]) {
        const detail = value<WorksheetDetail>(await dispatch('worksheets:create', { unitId: unit.id, year }));
        const id = detail.worksheet.id;
        value(await dispatch('worksheets:saveAnswers', { id, layer: 'unit', changes: mix(3 + ((i + year) % 7)) }));
        value(await dispatch('worksheets:saveAnswers', { id, layer: 'tpi', changes: mix(2 + ((i * 3 + year) % 8)) }));
        if (year === 2022) ids.push(id);
      }
    }
    const seedMs = performance.now() - seedStart;
    const id = ids[0] ?? '';
    const reports = reportServiceFor(services);

    // What the app does 1.5 s after start (web-host-main, Electron main): load and warm the engine.
    const warmUpMs = (await timed(() => warmUpPdfEngine())).ms;
    const lheFirst = await timed(async () => value<GeneratedPdf>(await dispatch('reports:lhePdf', { id })));
    const lhe: number[] = [];
    const lheModel: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      lhe.push((await timed(async () => value<GeneratedPdf>(await dispatch('reports:lhePdf', { id: ids[i + 1] ?? id })))).ms);
      lheModel.push((await timed(() => reports.lheModel(ids[i + 1] ?? id))).ms);
    }
    const recapFirst = await timed(async () => value<GeneratedPdf>(await dispatch('reports:recapPdf', { year: 2022 })));
    const recap: number[] = [];
    const recapModel: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      recap.push((await timed(async () => value<GeneratedPdf>(await dispatch('reports:recapPdf', { year: 2022 })))).ms);
      recapModel.push((await timed(() => reports.recapModel(2022))).ms);
    }
    const dashboard: number[] = [];
    for (let i = 0; i < 3; i += 1) dashboard.push((await timed(async () => value(await dispatch('reports:dashboard', { year: 2022 })))).ms);
    const figures: Omit<ReportBenchFigures, 'recap3Ms'> = {
      seedMs,
      warmUpMs,
      lheFirstMs: lheFirst.ms,
      lheMs: median(lhe),
      lheModelMs: median(lheModel),
      lhePages: lheFirst.value.pages,
      recapFirstMs: recapFirst.ms,
      recapMs: median(recap),
      recapModelMs: median(recapModel),
      recapPages: recapFirst.value.pages,
      dashboardMs: median(dashboard),
    };
    // Scaling: the same recap over 3 units (a fresh folder would cost another seed; reuse the PDF builder).
    const model = await reports.recapModel(2022);
    const { recapPdf } = await import('../../electron/services/pdf/recap');
    const small = { ...model, rows: model.rows.slice(0, 3) };
    const recap3: number[] = [];
    for (let i = 0; i < 3; i += 1) recap3.push((await timed(() => recapPdf(small))).ms);
    return { ...figures, recap3Ms: median(recap3) };
  } finally {
    await services.close();
    await fsp.rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const f = await run();
  const line = (name: string, ms: number, goal?: number): string =>
    `${name.padEnd(44)} ${ms.toFixed(1).padStart(9)} ms${goal === undefined ? '' : `   goal ≤ ${goal} ms   ${ms <= goal ? 'OK' : 'TOO SLOW'}`}`;
  console.log(`Reports: ${UNITS} units with 2021 and 2022 worksheets (seeded in ${(f.seedMs / 1000).toFixed(1)} s)`);
  console.log(line('Background engine warm-up at start (not waited for)', f.warmUpMs));
  console.log(line(`LHE PDF, one unit, first after warm-up (${f.lhePages} pages)`, f.lheFirstMs, LHE_GOAL_MS));
  console.log(line(`LHE PDF, one unit, median of ${RUNS}`, f.lheMs, LHE_GOAL_MS));
  console.log(line('  of which the model (scores, verdicts, notes)', f.lheModelMs));
  console.log(line(`Recap PDF, ${UNITS} units, first (${f.recapPages} pages)`, f.recapFirstMs, RECAP_GOAL_MS));
  console.log(line(`Recap PDF, ${UNITS} units, median of 3`, f.recapMs, RECAP_GOAL_MS));
  console.log(line('  of which the model (70 worksheets scored)', f.recapModelMs));
  console.log(line('Recap PDF render only, 3 units', f.recap3Ms));
  console.log(line(`Dashboard, ${UNITS} units × 2 years`, f.dashboardMs));
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
