/**
 * Cold-start benchmark: the first document of each kind, and the first Excel export, in a process
 * that has just started — the moment a user who prints right after opening the app waits longest.
 *
 *   npx tsx tests/bench/coldstart.bench.ts [bundle|tsx|both]     (or `npm run bench -- coldstart`)
 *
 * One data folder with the demo story of Kabupaten Serang (`demo:load` with the year: the 2022
 * declaration, the 2021 and 2022 worksheets, pledges) is made once. Then, for every kind, fresh
 * child processes (tests/bench/coldstartChild.ts) open the services on it, do what the web host
 * does right after start, and call the channel through the real dispatcher at one of three moments:
 * right after the services are open ("open"), at the first page's time — ~800 ms after the process
 * started, the earliest a person can click ("first page") — and once the background warm-up is done
 * ("warm"; for Excel: once the exceljs preload has run). Each row is the median of RUNS fresh
 * processes; the time runs from the call to its answer (the process start and the module imports
 * before it are printed apart), and is split into: waiting for the PDF worker thread, the main
 * thread's share (reading, the document's model, storing), rendering in the worker, and the
 * signature (waiting for the signing service, then signing; of that, the signing module's import
 * and the key unlock that fell inside the call). The second call in the same process is printed
 * for comparison; "first cpu ms" is the CPU time of every thread during the first call.
 *
 * Two ways to run the children: "bundle" (default) builds them with the app's own esbuild options
 * into dist/bench-coldstart (scripts/bundles.mjs `coldStartBenchBundles`) and runs them with plain
 * Node, as the shipped app loads its modules; "tsx" runs the TypeScript sources through tsx, whose
 * module hook makes every `require` slower (an upper bound); "both" prints both tables.
 * Figures are printed, never asserted; the goal is ≤ 300 ms for the first document of each kind
 * and ≤ 1 s for the first Excel export.
 */
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PledgeRegistry } from '../../shared/pledges/views';
import type { DeclarationView } from '../../shared/declarations';
import type { WorksheetList } from '../../shared/worksheets';
import { KINDS, MOMENTS, type Breakdown, type ChildFigures, type Fixture, type Kind, type Moment } from './coldstartChild';
import { jsonFromChild, median, runIfMain, value } from './support';

const CHILD_SOURCE = fileURLToPath(new URL('./coldstartChild.ts', import.meta.url));
const BUNDLE_DIR = path.resolve('dist', 'bench-coldstart');
const CHILD_BUNDLE = path.join(BUNDLE_DIR, 'coldstart-child.js');
const RUNS = 3;
const GOAL_DOCUMENT_MS = 300;
const GOAL_EXCEL_MS = 1000;

const LABELS: Record<Kind, string> = {
  pledge: 'Pakta Integritas (pledges:print)',
  declaration: 'Piagam Pencanangan (declarations:print)',
  lhe: 'LHE, one unit (reports:printLhe)',
  recap: 'annual recap PDF (reports:recapPdf)',
  batch: 'batch, one unit (pledges:batch → done)',
  excel: 'Excel export of a worksheet (exchange:exportWorksheet)',
};

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

/** How the children load the app: the bundle built with the app's options, or the sources through tsx. */
export type Loader = 'bundle' | 'tsx';

/** Builds the children's bundle (dist/bench-coldstart) from the current sources. */
async function buildChildBundle(): Promise<void> {
  const [{ build }, { coldStartBenchBundles }] = await Promise.all([import('esbuild'), import('../../scripts/bundles.mjs')]);
  await fsp.rm(BUNDLE_DIR, { recursive: true, force: true });
  await Promise.all(coldStartBenchBundles(BUNDLE_DIR).map((options) => build({ ...options, logLevel: 'error' })));
}

/** Runs one child and resolves with the figures it printed (its one JSON line). */
function inChild(loader: Loader, kind: Kind, moment: Moment, fixture: Fixture, seq: number): Promise<ChildFigures> {
  const env = { ZI_BENCH_CHILD: JSON.stringify({ kind, moment, fixture, seq }) };
  return loader === 'bundle' ? jsonFromChild(CHILD_BUNDLE, env, `${kind}/${moment}`, []) : jsonFromChild(CHILD_SOURCE, env, `${kind}/${moment}`);
}

export interface ColdStartRow {
  kind: Kind;
  moment: Moment;
  runs: ChildFigures[];
  firstMs: number;
  secondMs: number;
}

export async function run(loader: Loader, runs: number = RUNS): Promise<ColdStartRow[]> {
  if (loader === 'bundle') await buildChildBundle();
  const fixture = await prepare(process.env.ZI_DESK_BENCH_DIR ?? os.tmpdir());
  try {
    const rows: ColdStartRow[] = [];
    // Every batch child prints a year of its own (a batch prints only people without a pledge of the year).
    let batchSeq = 0;
    // ZI_COLDSTART_KINDS=lhe,recap and ZI_COLDSTART_MOMENTS=warm measure a subset (while working on one kind).
    const kinds = KINDS.filter((kind) => process.env.ZI_COLDSTART_KINDS?.split(',').includes(kind) ?? true);
    const moments = MOMENTS.filter((moment) => process.env.ZI_COLDSTART_MOMENTS?.split(',').includes(moment) ?? true);
    for (const kind of kinds) {
      for (const moment of moments) {
        const results: ChildFigures[] = [];
        for (let i = 0; i < runs; i += 1) results.push(await inChild(loader, kind, moment, fixture, kind === 'batch' ? batchSeq++ : 0));
        rows.push({ kind, moment, runs: results, firstMs: median(results.map((r) => r.firstMs)), secondMs: median(results.map((r) => r.secondMs)) });
      }
    }
    return rows;
  } finally {
    await fsp.rm(fixture.dataDir, { recursive: true, force: true });
  }
}

const MOMENT_LABELS: Record<Moment, string> = { open: 'right after open', page: 'at first page time', warm: 'after warm-up' };

function print(loader: Loader, rows: ColdStartRow[], loadAtStart: number[]): void {
  const round = (ms: number): number => Math.round(ms);
  const part = (row: ColdStartRow, key: keyof Breakdown): number => round(median(row.runs.map((r) => r.breakdown[key])));
  console.log(
    `\nChildren: ${loader === 'bundle' ? 'bundled (dist/bench-coldstart, plain Node)' : 'TypeScript sources through tsx'}; ` +
      `${process.env.ZI_COLDSTART_WARMUP_AT_ONCE === '1' ? 'warm-up at once (worker before storage opens); ' : 'warm-up 1 s after start, as the hosts; '}Node ${process.version}; ` +
      `load average (1 / 5 / 15 min) ${loadAtStart.map((load) => load.toFixed(2)).join(' / ')} at the start, ` +
      `${os.loadavg().map((load) => load.toFixed(2)).join(' / ')} at the end, on ${os.cpus().length} cores.`,
  );
  console.log(`First call in a fresh process, median of ${RUNS} processes (ms); goal: document ≤ ${GOAL_DOCUMENT_MS} ms, Excel ≤ ${GOAL_EXCEL_MS} ms`);
  console.table(
    rows.map((row) => {
      const goal = row.kind === 'excel' ? GOAL_EXCEL_MS : GOAL_DOCUMENT_MS;
      return {
        first: `${LABELS[row.kind]}, ${row.kind === 'excel' && row.moment === 'warm' ? 'after the preload' : MOMENT_LABELS[row.moment]}`,
        'called at': round(median(row.runs.map((r) => r.calledAtMs))),
        'first ms': round(row.firstMs),
        'all runs': row.runs.map((r) => round(r.firstMs)).join(' / '),
        'worker wait': part(row, 'workerWaitMs'),
        main: part(row, 'mainMs'),
        render: part(row, 'renderMs'),
        signing: part(row, 'signingMs'),
        'sig import': part(row, 'signingImportMs'),
        'key unlock': part(row, 'keyUnlockMs'),
        'first cpu ms': round(median(row.runs.map((r) => r.firstCpuMs))),
        'second ms': round(row.secondMs),
        'imports + open': round(median(row.runs.map((r) => r.importMs + r.openMs))),
        [`≤ ${goal}`]: row.firstMs <= goal ? 'yes' : 'NO',
      };
    }),
  );
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).find((arg) => ['bundle', 'tsx', 'both'].includes(arg)) ?? 'bundle';
  const loaders: Loader[] = wanted === 'both' ? ['bundle', 'tsx'] : [wanted as Loader];
  for (const loader of loaders) {
    const loadAtStart = os.loadavg();
    print(loader, await run(loader), loadAtStart);
  }
}

runIfMain(import.meta.url, main);
