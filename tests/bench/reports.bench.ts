/**
 * Report benchmark (LHE for one unit ≤ 1 s; recap of 70 units ≤ 3 s).
 *
 *   npx tsx tests/bench/reports.bench.ts      (or `npm run bench -- reports`)
 *
 * Seeds a temp data folder through the real dispatcher: 70 units, each with a fully answered 2022
 * worksheet (Unit and TPI layers, notes on every tenth item) and a 2021 worksheet for the change
 * column. Then times, end to end through the channels (scoring, model, pdfmake, atomic write):
 * `reports:printLhe` for one unit, `reports:recapPdf` for the year, and `reports:dashboard`.
 * The engine is warmed first, as the app does in the background after start; first calls are
 * reported separately (pdfmake's own first layout), the rest are medians.
 * Figures are printed, never asserted.
 */
import { warmUpPdfEngine } from '../../electron/services/pdf/warmup';
import type { GeneratedPdf } from '../../shared/documents';
import type { Unit } from '../../shared/masterdata/schemas';
import type { PrintedLhe } from '../../shared/reports';
import { INSTITUTION, unitInput } from '../unit/electron/handlers/harness';
import { answeredWorksheet, openTempApp, templateAnswers, type AnswerChange } from './app';
import { median, runIfMain, timed, value } from './support';

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

export async function run(): Promise<ReportBenchFigures> {
  const app = await openTempApp('zi-desk-reports-bench-');
  try {
    const { dispatch, services } = app;
    const { best, worst } = templateAnswers();
    const mix = (level: number): AnswerChange[] =>
      best.map(([code, answer], index) => ({
        code,
        answer: index % 10 < level ? answer : (worst[index]?.[1] ?? answer),
        ...(index % 10 === 0 ? { note: `Catatan TPI atas butir ${code}: bukti dukung perlu dilengkapi.` } : {}),
      }));
    value(
      await dispatch('settings:save', {
        ...INSTITUTION,
        namaInspektorat: 'Inspektorat Daerah',
        alamat: 'Jl. Contoh Fiktif No. 1, Serang',
        inspektur: { nama: 'Drs. Bambang Fiktif Hartono, M.Si.', nip: '197005182005031005', golongan: 'IV/c' },
      }),
    );
    const seedStart = performance.now();
    const ids: string[] = [];
    for (let i = 0; i < UNITS; i += 1) {
      const unit = value<Unit>(await dispatch('units:create', unitInput({ nama: `Kecamatan Contoh ${i + 1}`, singkatan: `Kec. ${i + 1}` })));
      for (const year of [2021, 2022]) {
        const id = await answeredWorksheet(dispatch, unit.id, year, { unit: mix(3 + ((i + year) % 7)), tpi: mix(2 + ((i * 3 + year) % 8)) });
        if (year === 2022) ids.push(id);
      }
    }
    const seedMs = performance.now() - seedStart;
    const id = ids[0] ?? '';
    const reports = services.reports;

    // What the app does 1.5 s after start (web/main.ts, Electron main): load and warm the engine.
    const warmUpMs = (await timed(() => warmUpPdfEngine())).ms;
    const lheFirst = await timed(async () => value<PrintedLhe>(await dispatch('reports:printLhe', { id })));
    const lhe: number[] = [];
    const lheModel: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      lhe.push((await timed(async () => value<PrintedLhe>(await dispatch('reports:printLhe', { id: ids[i + 1] ?? id })))).ms);
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
      lhePages: lheFirst.value.pdf.pages,
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
    await app.close();
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

runIfMain(import.meta.url, main);
