import { setImmediate as nextTurn } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { AppFailure } from '../../../shared/result';
import { runJob } from './jobs';
import { loadPdfEngine, warmUpPdfEngine, warmUpLhe, warmUpRecap, warmUpReportEngine } from './warmup';
import { isModuleResolutionError, type FromWorker, type PdfWorkerData, type ToWorker } from './workerProtocol';

/**
 * Entry point of the PDF worker thread (see workerClient.ts). Runs one job at a time, reports
 * progress, and posts the bytes back with their buffers transferred (no copy); the per-person files
 * of a `pledgeFiles` job each as soon as it is made. Cancellation is the parent terminating the
 * thread: the rest of the job never leaves it, and the documents pipeline stores nothing of a job
 * that did not finish.
 *
 * Build note: the esbuild bundle must emit this file as its own entry (e.g.
 * `dist/electron/pdf-worker.js`) and pass that path to `PdfWorker`.
 */

const port = parentPort;
if (!port) throw new Error('electron/services/pdf/worker.ts must run as a worker thread');
const data = (workerData ?? {}) as PdfWorkerData;

/** Milliseconds since the epoch with sub-ms precision, comparable with the parent thread's clock. */
function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

function post(message: FromWorker, transfer: ArrayBuffer[] = []): void {
  port?.postMessage(message, transfer);
}

function transferables(result: unknown): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  const add = (bytes: Uint8Array): void => {
    // Only whole, unshared buffers can be transferred; Node's pooled small Buffers are copied.
    if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer && !buffers.includes(bytes.buffer)) {
      buffers.push(bytes.buffer);
    }
  };
  if (result instanceof Uint8Array) add(result);
  else if (result && typeof result === 'object' && (result as { bytes?: unknown }).bytes instanceof Uint8Array) add((result as { bytes: Uint8Array }).bytes);
  else if (Array.isArray(result)) {
    for (const item of result) if (item && typeof item === 'object' && (item as { bytes?: unknown }).bytes instanceof Uint8Array) add((item as { bytes: Uint8Array }).bytes);
  }
  return buffers;
}

// Ready once the libraries and fonts are loaded (a thread that cannot load them says why and runs
// nothing). Jobs then run one after another; the warm-up steps run only while no job is waiting,
// so a document asked for right after start never waits for a throw-away one.
const jobs: Extract<ToWorker, { type: 'run' }>[] = [];
let wake: (() => void) | null = null;
/** Why the engine could not be loaded; every job is then refused with it. */
let startFailure: string | null = null;

function refuse({ id }: Extract<ToWorker, { type: 'run' }>): void {
  post({ type: 'error', id, code: 'PDF_ERROR', message: `Proses pembuat PDF tidak dapat dijalankan (${startFailure ?? 'unknown'}).`, startUp: true });
}

async function runOne(message: Extract<ToWorker, { type: 'run' }>): Promise<void> {
  const { id, job } = message;
  const startedAt = epochNow();
  try {
    // Files of a per-person job go back one by one, so the parent can sign each while the next renders.
    const result = await runJob(
      job,
      (done, total) => post({ type: 'progress', id, done, total }),
      undefined,
      (file, index) => post({ type: 'file', id, index, file }, transferables(file)),
    );
    post({ type: 'result', id, result, startedAt, endedAt: epochNow() }, transferables(result));
  } catch (error) {
    const failure =
      error instanceof AppFailure
        ? error
        : new AppFailure('PDF_ERROR', `Gagal membuat PDF: ${error instanceof Error ? error.message : String(error)}`);
    post({ type: 'error', id, code: failure.code, message: failure.message, ...(isModuleResolutionError(error) ? { startUp: true } : {}) });
  }
}

function warmUpSteps(): (() => Promise<number>)[] {
  if (data.warmUp === false) return [];
  const fonts = data.fontsDir === undefined ? {} : { fontsDir: data.fontsDir };
  const { paper, page } = data.warmUp ?? {};
  const reports = { ...fonts, ...(paper === undefined ? {} : { paper }), ...(page === undefined ? {} : { page }) };
  // The pledge first (the document printed most), then pdfmake's path (Piagam, LHE, recap), then a
  // whole LHE and a recap: each step is one throw-away document, and a real job waiting goes first.
  return [() => warmUpPdfEngine({ ...(data.warmUp ?? {}), ...fonts }), () => warmUpReportEngine(reports), () => warmUpLhe(reports), () => warmUpRecap(reports)];
}

async function serve(): Promise<void> {
  let loadMs: number;
  try {
    loadMs = loadPdfEngine(data.fontsDir);
  } catch (error) {
    startFailure = error instanceof Error ? error.message : String(error);
    post({ type: 'startFailed', reason: startFailure });
    for (const job of jobs.splice(0)) refuse(job);
    return;
  }
  post({ type: 'ready', loadMs, warmUpMs: 0 });
  const steps = warmUpSteps();
  let warmUpMs = 0;
  let warm = false;
  for (;;) {
    // One turn of the event loop first, so a job posted meanwhile is taken before a warm-up step.
    await nextTurn();
    const next = jobs.shift();
    if (next) {
      await runOne(next);
      continue;
    }
    const step = steps.shift();
    if (step) {
      warmUpMs += await step();
      continue;
    }
    if (!warm) {
      warm = true;
      post({ type: 'warm', warmUpMs });
    }
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
  }
}

port.on('message', (message: ToWorker) => {
  if (message?.type !== 'run') return;
  if (startFailure !== null) {
    refuse(message);
    return;
  }
  jobs.push(message);
  const resume = wake;
  wake = null;
  resume?.();
});

void serve();
