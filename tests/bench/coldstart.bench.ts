/**
 * Cold-start benchmark: the first document of each kind, and the first Excel export, in a process
 * that has just started — the moment a user who prints right after opening the app waits longest.
 *
 *   npx tsx tests/bench/coldstart.bench.ts        (or `npm run bench -- coldstart`)
 *
 * One data folder with the demo story of Kabupaten Serang (`demo:load` with the year: the 2022
 * declaration, the 2021 and 2022 worksheets, pledges) is made once. Then, for every kind, fresh
 * child processes open the services on it and start the PDF worker thread as the hosts do
 * (`services.pdf.start()`), and call the channel through the real dispatcher: "no warm-up" right
 * after the services are open (the worker is still loading the engine), "after warm-up" once the
 * worker reports warm (for Excel: once the exceljs preload has run). Each row is the median of RUNS
 * fresh processes; the time runs from the call to its answer (the process start and the module
 * imports before it are printed apart). The second call in the same process is printed for
 * comparison. The children run the TypeScript sources through tsx (the worker thread too), whose
 * module resolution hook makes every `require` of a library slower than in the bundled app: the
 * no-warm-up rows are upper bounds. "first cpu ms" is the CPU time of every thread, the worker's
 * background warm-up included.
 * Figures are printed, never asserted; the goal is ≤ 300 ms for the first document of each kind
 * and ≤ 1 s for the first Excel export.
 */
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BatchStarted, BatchStatus, PledgeRegistry } from '../../shared/pledges/views';
import type { DeclarationView } from '../../shared/declarations';
import type { WorksheetList } from '../../shared/worksheets';
import type { Dispatch } from '../../electron/handlers';
import { jsonFromChild, median, value } from './support';

const THIS_FILE = fileURLToPath(import.meta.url);
const RUNS = 3;
const GOAL_DOCUMENT_MS = 300;
const GOAL_EXCEL_MS = 1000;

/** The kinds measured, each as one channel call (a batch: started, then followed to its end). */
const KINDS = ['pledge', 'declaration', 'lhe', 'recap', 'batch', 'excel'] as const;
type Kind = (typeof KINDS)[number];

const LABELS: Record<Kind, string> = {
  pledge: 'Pakta Integritas (pledges:print)',
  declaration: 'Piagam Pencanangan (declarations:print)',
  lhe: 'LHE, one unit (reports:printLhe)',
  recap: 'annual recap PDF (reports:recapPdf)',
  batch: 'batch, one unit (pledges:batch → done)',
  excel: 'Excel export of a worksheet (exchange:exportWorksheet)',
};

/** What the children need to know about the prepared folder. */
interface Fixture {
  dataDir: string;
  personId: string;
  pledgeYear: number;
  declarationId: string;
  worksheetId: string;
  recapYear: number;
  batchUnitId: string;
}

interface ChildFigures {
  importMs: number;
  openMs: number;
  warmUpMs: number;
  firstMs: number;
  /** CPU time of the process (every thread) during the first call: steadier than wall time on a shared machine. */
  firstCpuMs: number;
  secondMs: number;
}

async function prepare(base: string): Promise<Fixture> {
  const dataDir = await fsp.mkdtemp(path.join(base, 'zi-desk-bench-coldstart-'));
  const { openApp } = await import('./app');
  const app = await openApp(dataDir);
  try {
    value(await app.dispatch('demo:load', { withYear: true }));
    const declarations = value<DeclarationView[]>(await app.dispatch('declarations:list', {}));
    const list = value<WorksheetList>(await app.dispatch('worksheets:list', {}));
    const worksheet = list.worksheets.find((row) => row.status === 'FINAL') ?? list.worksheets[0];
    const recapYear = Math.max(...list.worksheets.map((row) => row.year));
    const pledgeYear = recapYear + 1;
    const registry = value<PledgeRegistry>(await app.dispatch('pledges:registry', { year: pledgeYear }));
    const person = registry.rows[0];
    if (!worksheet || !person || declarations[0] === undefined) throw new Error('the demo story has a worksheet, people and a declaration');
    return {
      dataDir,
      personId: person.personId,
      pledgeYear,
      declarationId: declarations[0].id,
      worksheetId: worksheet.id,
      recapYear,
      batchUnitId: person.unitId,
    };
  } finally {
    await app.services.close();
  }
}

/** One call of `kind` through the dispatcher; resolves when the document (or the workbook) is there. */
async function call(dispatch: Dispatch, kind: Kind, fixture: Fixture, batchYear: number): Promise<void> {
  switch (kind) {
    case 'pledge':
      value(
        await dispatch('pledges:print', {
          signer: { source: 'roster', personId: fixture.personId },
          year: fixture.pledgeYear,
          date: `${fixture.pledgeYear}-01-02`,
          witness: null,
          signature: { kind: 'basah' },
        }),
      );
      return;
    case 'declaration':
      value(await dispatch('declarations:print', { id: fixture.declarationId }));
      return;
    case 'lhe':
      value(await dispatch('reports:printLhe', { id: fixture.worksheetId }));
      return;
    case 'recap':
      value(await dispatch('reports:recapPdf', { year: fixture.recapYear }));
      return;
    case 'excel':
      value(await dispatch('exchange:exportWorksheet', { id: fixture.worksheetId }));
      return;
    case 'batch': {
      const { jobId } = value<BatchStarted>(await dispatch('pledges:batch', { unitIds: [fixture.batchUnitId], year: batchYear, separateFiles: false, date: `${batchYear}-01-02` }));
      for (;;) {
        const status = value<BatchStatus>(await dispatch('pledges:batchStatus', { jobId }));
        if (status.state === 'done') return;
        if (status.state !== 'running') throw new Error(`batch ended ${status.state}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
  }
}

/** The child: open the services as a host does, then time the first and the second call. */
async function childMain(kind: Kind, warm: boolean, fixture: Fixture, seq: number): Promise<ChildFigures> {
  // A batch prints only people without a pledge of the year: every batch call gets a year of its own.
  const batchYear = fixture.pledgeYear + 1 + seq * 2;
  const started = performance.now();
  const [{ createServices }, { createAppDispatcher }, { warmExcelJs }] = await Promise.all([
    import('../../electron/services/container'),
    import('../../electron/handlers'),
    import('../../electron/services/files/xlsx'),
  ]);
  const importMs = performance.now() - started;
  const opening = performance.now();
  const services = await createServices({ dataDir: fixture.dataDir, host: 'web', version: 'bench' });
  const dispatch = createAppDispatcher(services);
  // What the hosts do right after start: the PDF worker thread starts and the signing module loads in the background.
  services.warmUp();
  const openMs = performance.now() - opening;
  try {
    let t = performance.now();
    // "After warm-up": the PDF worker has warmed up (for Excel: the exceljs preload has run).
    if (warm) await (kind === 'excel' ? warmExcelJs() : services.pdf.warmed());
    const warmUpMs = warm ? performance.now() - t : 0;
    t = performance.now();
    const cpu = process.cpuUsage();
    await call(dispatch, kind, fixture, batchYear);
    const firstMs = performance.now() - t;
    const used = process.cpuUsage(cpu);
    const firstCpuMs = (used.user + used.system) / 1000;
    t = performance.now();
    await call(dispatch, kind, fixture, batchYear + 1);
    return { importMs, openMs, warmUpMs, firstMs, firstCpuMs, secondMs: performance.now() - t };
  } finally {
    await services.close();
  }
}

function inChild(kind: Kind, warm: boolean, fixture: Fixture, seq: number): Promise<ChildFigures> {
  return jsonFromChild<ChildFigures>(THIS_FILE, { ZI_BENCH_CHILD: JSON.stringify({ kind, warm, fixture, seq }) }, kind);
}

export interface ColdStartRow {
  kind: Kind;
  warm: boolean;
  runs: ChildFigures[];
  firstMs: number;
  secondMs: number;
}

export async function run(runs: number = RUNS): Promise<ColdStartRow[]> {
  const fixture = await prepare(process.env.ZI_DESK_BENCH_DIR ?? os.tmpdir());
  try {
    const rows: ColdStartRow[] = [];
    let seq = 0;
    for (const kind of KINDS) {
      for (const warm of [false, true]) {
        const results: ChildFigures[] = [];
        for (let i = 0; i < runs; i += 1) results.push(await inChild(kind, warm, fixture, seq++));
        rows.push({ kind, warm, runs: results, firstMs: median(results.map((r) => r.firstMs)), secondMs: median(results.map((r) => r.secondMs)) });
      }
    }
    return rows;
  } finally {
    await fsp.rm(fixture.dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const rows = await run();
  const round = (ms: number): number => Math.round(ms);
  console.log(`First call in a fresh process, median of ${RUNS} processes (ms); goal: document ≤ ${GOAL_DOCUMENT_MS} ms, Excel ≤ ${GOAL_EXCEL_MS} ms`);
  console.table(
    rows.map((row) => {
      const goal = row.kind === 'excel' ? GOAL_EXCEL_MS : GOAL_DOCUMENT_MS;
      return {
        first: `${LABELS[row.kind]}${row.warm ? (row.kind === 'excel' ? ', after the preload' : ', after warm-up') : ', no warm-up'}`,
        'first ms': round(row.firstMs),
        'all runs': row.runs.map((r) => round(r.firstMs)).join(' / '),
        'first cpu ms': round(median(row.runs.map((r) => r.firstCpuMs))),
        'second ms': round(row.secondMs),
        'imports + open ms': round(median(row.runs.map((r) => r.importMs + r.openMs))),
        [`≤ ${goal}`]: row.firstMs <= goal ? 'yes' : 'NO',
      };
    }),
  );
}

const child = process.env.ZI_BENCH_CHILD;
if (child) {
  const { kind, warm, fixture, seq } = JSON.parse(child) as { kind: Kind; warm: boolean; fixture: Fixture; seq: number };
  process.stdout.write(`${JSON.stringify(await childMain(kind, warm, fixture, seq))}\n`);
} else if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
