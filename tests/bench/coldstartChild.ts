/**
 * One child process of the cold-start benchmark (coldstart.bench.ts): opens the services on the
 * prepared folder as a host does, calls one kind of document at one moment through the real
 * dispatcher, and prints its figures as one JSON line.
 *
 * It runs either from the TypeScript sources (`node --import tsx tests/bench/coldstartChild.ts`) or
 * as the bundle built from this file with the app's own esbuild options (scripts/bundles.mjs
 * `coldStartBenchBundles`, `node dist/bench-coldstart/coldstart-child.js`): the app's modules then
 * load as they do in the shipped app. Its modules are imported dynamically so that their loading
 * is timed.
 */
import diagnostics from 'node:diagnostics_channel';
import path from 'node:path';
import type { BatchStarted, BatchStatus } from '../../shared/pledges/views';
import type { Result } from '../../shared/result';
import type { Dispatch } from '../../electron/handlers';
import type { PostProcess } from '../../electron/services/documents';
import type { Services, SigningReadyTiming } from '../../electron/services/container';
import type { PdfJobTiming } from '../../electron/services/pdf/workerClient';

/** The kinds measured, each as one channel call (a batch: started, then followed to its end). */
export const KINDS = ['pledge', 'declaration', 'lhe', 'recap', 'batch', 'excel'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * When the first call is made: right after the services are open ("open"), at the earliest moment
 * a person can click — the first page shows ~800 ms after the host starts ("page") — or once every
 * background step of the start is done ("warm": the PDF worker's warm-up, the signing module and
 * key, the exceljs preload).
 */
export const MOMENTS = ['open', 'page', 'warm'] as const;
export type Moment = (typeof MOMENTS)[number];

/** Milliseconds after the process start at which the first page is shown (web host, idle machine). */
export const FIRST_PAGE_MS = 800;

/** What the children need to know about the prepared folder. */
export interface Fixture {
  dataDir: string;
  personId: string;
  pledgeYear: number;
  declarationId: string;
  worksheetId: string;
  recapYear: number;
  batchUnitId: string;
}

/** Where the first call's time went (ms). */
export interface Breakdown {
  /** The job waited for the worker thread (loading the engine, finishing a warm-up step). */
  workerWaitMs: number;
  /** Everything on the main thread: reading, the document's model, storing, answering. */
  mainMs: number;
  /** Rendering in the worker thread. */
  renderMs: number;
  /** The signature: waiting for the signing service, then the PDF signature hook. */
  signingMs: number;
  /** During the call: the signing module being imported (pkijs, node-forge, @signpdf), waited for or in the background. */
  signingImportMs: number;
  /** During the call: the key being unlocked, waited for or in the background. */
  keyUnlockMs: number;
}

export interface ChildFigures {
  importMs: number;
  openMs: number;
  /** When the first call was made, ms after the process start. */
  calledAtMs: number;
  firstMs: number;
  /** CPU time of the process (every thread) during the first call: steadier than wall time on a shared machine. */
  firstCpuMs: number;
  breakdown: Breakdown;
  secondMs: number;
}

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const epochNow = (): number => performance.timeOrigin + performance.now();

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

/** The length of [from, to] that lies inside [start, end]. */
function overlap(from: number, to: number, start: number, end: number): number {
  return Math.max(0, Math.min(to, end) - Math.max(from, start));
}

/** The child: open the services as a host does, then time the first and the second call. */
export async function childMain(kind: Kind, moment: Moment, fixture: Fixture, seq: number): Promise<ChildFigures> {
  // A batch prints only people without a pledge of the year: every batch call gets a year of its own.
  const batchYear = fixture.pledgeYear + 1 + seq * 2;
  const jobs: PdfJobTiming[] = [];
  const signings: SigningReadyTiming[] = [];
  const hooks: { startedAt: number; endedAt: number }[] = [];
  diagnostics.subscribe('zi-desk:pdf-job-timing', (message) => jobs.push(message as PdfJobTiming));
  diagnostics.subscribe('zi-desk:signing-ready', (message) => signings.push(message as SigningReadyTiming));

  const started = performance.now();
  const [{ enableCompileCache }, { createServices }, { createAppDispatcher }, { preloadExcelJs, warmExcelJs }, { exportFontsDir }, { createPdfSignatureHook }] = await Promise.all([
    import('../../electron/services/compileCache'),
    import('../../electron/services/container'),
    import('../../electron/handlers'),
    import('../../electron/services/files/xlsx'),
    import('../../electron/services/pdf/fonts'),
    import('../../electron/services/signing/pdfHook'),
  ]);
  const importMs = performance.now() - started;
  const opening = performance.now();
  // As the hosts do: the compile cache (Node 22+; nothing on Node 20), one fonts folder for the process and its worker threads.
  enableCompileCache();
  exportFontsDir(path.resolve('resources', 'fonts'));
  // The default signature hook, timed: built over the services' own signing service.
  let services: Services | null = null;
  const sign = createPdfSignatureHook({
    signing: () => (services as Services).signing(),
    institution: () => (services as Services).master.data().institution,
    now: () => new Date(),
  });
  const timedSign: PostProcess = async (bytes, meta) => {
    const startedAt = epochNow();
    try {
      return await sign(bytes, meta);
    } finally {
      hooks.push({ startedAt, endedAt: epochNow() });
    }
  };
  // As the hosts start (electron/web/main.ts): interactive, the PDF worker and the signing module a
  // second after start. ZI_COLDSTART_WARMUP_AT_ONCE=1: both at once (the worker before storage
  // opens), which prints sooner in the first second but slows the first page on 2 cores.
  const atOnce = process.env.ZI_COLDSTART_WARMUP_AT_ONCE === '1';
  services = await createServices({ dataDir: fixture.dataDir, host: 'web', version: 'bench', postProcess: [timedSign], interactive: true, warmUpAfterMs: atOnce ? 0 : 1000 });
  const opened = services;
  const dispatch = createAppDispatcher(opened);
  void opened.worksheets.prepareIndex();
  setTimeout(preloadExcelJs, 3000).unref();
  const openMs = performance.now() - opening;
  try {
    if (moment === 'page') await new Promise((resolve) => setTimeout(resolve, Math.max(0, FIRST_PAGE_MS - performance.now())));
    if (moment === 'warm') {
      // Every background step of the start done: the PDF worker's warm-up, the signing module and
      // key, and the exceljs preload (which would otherwise land on the main thread during the call).
      await Promise.all([opened.warmUp(), opened.pdf.warmed(), warmExcelJs()]);
    }
    const calledAtMs = performance.now();
    jobs.length = 0;
    hooks.length = 0;
    const callStart = epochNow();
    const cpu = process.cpuUsage();
    await call(dispatch, kind, fixture, batchYear);
    const callEnd = epochNow();
    const firstMs = callEnd - callStart;
    const used = process.cpuUsage(cpu);
    const firstCpuMs = (used.user + used.system) / 1000;

    const sum = (values: number[]): number => values.reduce((total, item) => total + item, 0);
    const workerWaitMs = sum(jobs.map((job) => job.startedAt - job.postedAt));
    const renderMs = sum(jobs.map((job) => job.endedAt - job.startedAt));
    const transferMs = sum(jobs.map((job) => job.receivedAt - job.endedAt));
    const hookMs = sum(hooks.map((hook) => hook.endedAt - hook.startedAt));
    const firstPost = Math.min(callEnd, ...jobs.map((job) => job.postedAt));
    // Waiting for the signing service before the document went to the worker (a pledge's code is signed first).
    // (An Excel export signs nothing: a key unlocked in the background meanwhile is not its time.)
    const signingBeforeRender = kind === 'excel' ? 0 : sum(signings.map((ready) => overlap(ready.requestedAt, ready.readyAt, callStart, firstPost)));
    const signingImportMs = sum(signings.map((ready) => overlap(ready.requestedAt, ready.importedAt, callStart, callEnd)));
    const keyUnlockMs = sum(signings.map((ready) => overlap(ready.importedAt, ready.readyAt, callStart, callEnd)));
    const signingMs = hookMs + signingBeforeRender;
    const breakdown: Breakdown = {
      workerWaitMs,
      renderMs,
      signingMs,
      signingImportMs,
      keyUnlockMs,
      mainMs: Math.max(0, firstMs - workerWaitMs - renderMs - transferMs - signingMs),
    };

    const t = performance.now();
    await call(dispatch, kind, fixture, batchYear + 1);
    return { importMs, openMs, calledAtMs, firstMs, firstCpuMs, breakdown, secondMs: performance.now() - t };
  } finally {
    await opened.close();
  }
}

const child = process.env.ZI_BENCH_CHILD;
if (child) {
  const { kind, moment, fixture, seq } = JSON.parse(child) as { kind: Kind; moment: Moment; fixture: Fixture; seq: number };
  process.stdout.write(`${JSON.stringify(await childMain(kind, moment, fixture, seq))}\n`);
}
