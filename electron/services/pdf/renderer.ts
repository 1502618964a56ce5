import { runJob, type PdfJob, type PdfJobResult } from './jobs';
import type { PledgeFileCallback } from './pledge';
import { IN_PROCESS_FALLBACK_WARNING, PdfWorker, isWorkerCrash, type RunOptions, type WorkerScript } from './workerClient';

/**
 * The app's PDF renderer: one long-lived worker thread, started in the background once the host
 * has shown its first page (`start()`), warmed up there while no job waits, and reused for every
 * document of every kind — pledge, Piagam, LHE, recap, and batches. The main loop only sends plain
 * data and receives bytes (a per-person job's files one by one, with `onFile`, so the documents
 * pipeline can sign each while the thread renders the next); post-processing (the PDF signature)
 * stays in the documents pipeline. A job whose thread crashed is run once more on a fresh thread
 * (files it had already delivered are not delivered again); a cancelled job stops the thread
 * at once and the next one is started in the background. Without a worker script (nothing bundled
 * next to the app) every job renders in-process.
 */
export interface PdfRenderer {
  /** Renders one job in the worker (starting it if needed). */
  run<J extends PdfJob>(job: J, options?: RunOptions): Promise<PdfJobResult<J>>;
  /** Starts the worker in the background (idempotent; nothing once closed); never throws. */
  start(): void;
  /** Resolves once the worker has loaded the engine and warmed up (benchmarks, tests); never rejects. */
  warmed(): Promise<void>;
  /** Stops the worker; a later job starts a new one. */
  close(): Promise<void>;
}

/** Options of {@link createPdfRenderer}. */
export interface PdfRendererOptions {
  /** The worker entry (see pakta/render.ts `pdfWorkerScript`); null renders in-process. */
  script: WorkerScript | null;
  fontsDir?: string;
  /** Where problems are logged; default `console.warn`. */
  log?: (message: string) => void;
}

export function createPdfRenderer(options: PdfRendererOptions): PdfRenderer {
  const log = options.log ?? ((message: string) => console.warn(message));
  const { script } = options;
  if (!script) {
    let warned = false;
    return {
      run: (job, runOptions = {}) => {
        if (!warned) log(`${IN_PROCESS_FALLBACK_WARNING}: no worker script next to the bundle.`);
        warned = true;
        return runJob(job, runOptions.onProgress, runOptions.signal, runOptions.onFile);
      },
      start: () => undefined,
      warmed: () => Promise.resolve(),
      close: () => Promise.resolve(),
    };
  }
  const worker = new PdfWorker({ ...script, inProcessFallback: true, log, ...(options.fontsDir === undefined ? {} : { fontsDir: options.fontsDir }) });
  let closed = false;
  const start = (): void => {
    if (!closed) void worker.start().catch(() => undefined);
  };
  return {
    async run(job, options = {}) {
      const runOptions = options.onFile ? { ...options, onFile: onceEach(options.onFile) } : options;
      try {
        return await worker.run(job, runOptions);
      } catch (error) {
        if (runOptions.signal?.aborted) {
          // The cancelled job's thread was stopped: have the next one ready for the next document.
          start();
          throw error;
        }
        if (closed || !isWorkerCrash(error)) throw error;
        log(`PDF worker stopped during a ${job.kind} job; retrying once on a new thread.`);
        return worker.run(job, runOptions);
      }
    },
    start,
    async warmed() {
      await worker.warmed().catch(() => undefined);
    },
    async close() {
      closed = true;
      await worker.terminate();
    },
  };
}

/** Hands each file on once: a job run again after a crash renders from its first file. */
function onceEach(onFile: PledgeFileCallback): PledgeFileCallback {
  let delivered = 0;
  return (file, index) => {
    if (index < delivered) return;
    delivered = index + 1;
    onFile(file, index);
  };
}
