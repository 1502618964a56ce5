import diagnostics from 'node:diagnostics_channel';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppFailure, type ErrorCode } from '../../../shared/result';
import { cancelledFailure, type ProgressCallback } from './batch';
import { runJob, type PdfJob, type PdfJobResult } from './jobs';
import type { PledgeFile, PledgeFileCallback } from './pledge';
import { isModuleResolutionError, type FromWorker, type PdfWorkerData, type ToWorker } from './workerProtocol';
import type { WarmUpOptions } from './warmup';

/**
 * Runs PDF jobs in a worker thread so a 1,000-page batch never blocks the Electron main process
 * or the web host (TOOLCHAIN.md trap 5). The caller picks the worker script, because it differs
 * between the TS sources and the bundle:
 * - from sources (vitest, tsx, the web host in development): {@link sourceWorkerScript};
 * - from the esbuild bundle: the emitted worker entry, e.g.
 *   `new URL('./pdf-worker.js', import.meta.url)` next to `dist/electron/main.js`.
 * Jobs can also run in-process with `runJob` (jobs.ts) when blocking does not matter (tests).
 */

/** Where the worker script is and how Node must start it. */
export interface WorkerScript {
  /** A file path or URL, or (with `eval`) JavaScript source to run. */
  script: URL | string;
  /** `script` is source code, not a path. */
  eval?: boolean;
  /** Extra Node flags for the worker thread. */
  execArgv?: string[];
}

/**
 * The worker entry as TypeScript source: a one-line bootstrap registers tsx's ESM loader inside
 * the thread, then imports worker.ts (Node 20 ignores `--import` in a worker's execArgv). For
 * development and tests only; tsx is a dev dependency.
 */
export function sourceWorkerScript(): WorkerScript {
  // The ESM build of tsx's API ("import" condition of its exports map).
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(path.join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = new URL('./worker.ts', import.meta.url).href;
  return {
    script: `import(${JSON.stringify(tsxApi)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`,
    eval: true,
  };
}

/**
 * The same path outside the asar archive: `…/resources/app.asar/dist/x.js` becomes
 * `…/resources/app.asar.unpacked/dist/x.js`, where electron-builder puts the files listed in
 * `asarUnpack`. Paths not inside an `app.asar` are returned unchanged.
 */
export function asarUnpackedPath(filePath: string): string {
  return filePath.replace(/([\\/])app\.asar(?=[\\/])/, '$1app.asar.unpacked');
}

/**
 * The worker entry emitted by the esbuild bundle, or null when that file is missing. Inside a
 * packaged app the bundle lies in app.asar, but a worker thread starts from a real file and
 * resolves its packages from real folders: electron-builder.yml unpacks the worker and its
 * dependencies (`asarUnpack`), so the script is taken from app.asar.unpacked.
 */
export function bundledWorkerScript(bundle: URL): WorkerScript | null {
  try {
    const file = asarUnpackedPath(fileURLToPath(bundle));
    return existsSync(file) ? { script: pathToFileURL(file) } : null;
  } catch {
    return null;
  }
}

/**
 * Where the timing of every job run in a worker thread is published (node:diagnostics_channel), as a
 * {@link PdfJobTiming}: the cold-start benchmark splits a first document into waiting for the thread
 * and rendering in it. Nothing is computed or sent while nobody subscribes.
 */
export const PDF_JOB_TIMING_CHANNEL = 'zi-desk:pdf-job-timing';

/** One job's way through the thread, in epoch ms (`performance.timeOrigin + performance.now()`). */
export interface PdfJobTiming {
  kind: PdfJob['kind'];
  /** Posted to the thread by this one. */
  postedAt: number;
  /** Taken up by the thread (after it loaded the engine and finished what it was doing). */
  startedAt: number;
  /** Rendered by the thread. */
  endedAt: number;
  /** The bytes are back in this thread. */
  receivedAt: number;
}

const jobTiming = diagnostics.channel(PDF_JOB_TIMING_CHANNEL);

/** Logged (stderr) when a job falls back to rendering in-process: printing still works, only blocking. */
export const IN_PROCESS_FALLBACK_WARNING = 'PDF worker unavailable, rendering in-process';

/** Options of a {@link PdfWorker}. */
interface PdfWorkerOptions extends WorkerScript {
  fontsDir?: string;
  /** Warm the engine up when the thread starts (default: yes, with a throw-away pledge). */
  warmUp?: WarmUpOptions | false;
  /**
   * When the thread cannot start (it could not load pdfmake, pdfkit or the fonts, or it died before
   * it was ready), or its first job fails for such a start-up reason (a module it cannot resolve),
   * render in this thread instead — from then on, for every job of this worker — and log why once.
   * Never for a cancellation, a job's own error (bad input) or a crash during a job.
   */
  inProcessFallback?: boolean;
  /** Where the fallback's reason is logged; default `console.warn`. */
  log?: (message: string) => void;
}

/** Per-run options. */
export interface RunOptions {
  onProgress?: ProgressCallback;
  /**
   * Receives each file of a `pledgeFiles` job as soon as the thread has made it (its buffer
   * transferred, not copied); the job then resolves with no files. Without it the files are
   * collected and the job resolves with all of them, as in-process.
   */
  onFile?: PledgeFileCallback;
  /** Aborting terminates the thread; the job rejects with `AppFailure('CANCELLED')`. */
  signal?: AbortSignal;
}

interface Pending {
  worker: Worker;
  kind: PdfJob['kind'];
  postedAt: number;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  onProgress: ProgressCallback | undefined;
  onFile: PledgeFileCallback | undefined;
  /** Files of a `pledgeFiles` job received without an `onFile` to hand them to. */
  files: PledgeFile[];
}

/**
 * A long-lived PDF worker thread: started on first use (or by {@link PdfWorker.start}), warmed up,
 * reused for job after job, restarted after a cancellation or a crash.
 */
export class PdfWorker {
  private readonly options: PdfWorkerOptions;
  private worker: Worker | null = null;
  private ready: Promise<number> | null = null;
  private warm: Promise<number> | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private jobsDone = 0;
  /** Why jobs now run in-process ({@link PdfWorkerOptions.inProcessFallback}), or null. */
  private fallbackReason: string | null = null;
  /**
   * Failures that say the thread cannot work at all: it could not start (libraries, fonts) or a
   * job could not resolve a module. Not a crash during a job (that may be the job's size: rendering
   * it in-process would then hurt the main process), not a job's own error (bad input).
   */
  private readonly startUpFailures = new WeakSet<object>();
  /** Why the last thread could not start (its `startFailed` reason), for jobs it never ran. */
  private startFailure: AppFailure | null = null;
  /** Threads that reported `ready`. */
  private readonly readyWorkers = new WeakSet<Worker>();

  constructor(options: PdfWorkerOptions) {
    this.options = options;
  }

  /**
   * Starts the thread (if needed) and resolves once it has loaded the engine (it accepts jobs
   * before that; they wait), with the load time (ms). The warm-up follows in the thread while no
   * job is waiting: {@link PdfWorker.warmed}.
   */
  start(): Promise<number> {
    if (this.worker && this.ready) return this.ready;
    const data: PdfWorkerData = {
      ...(this.options.fontsDir === undefined ? {} : { fontsDir: this.options.fontsDir }),
      ...(this.options.warmUp === undefined ? {} : { warmUp: this.options.warmUp }),
    };
    const worker = new Worker(this.options.script, {
      workerData: data,
      ...(this.options.eval ? { eval: true } : {}),
      ...(this.options.execArgv ? { execArgv: this.options.execArgv } : {}),
    });
    this.worker = worker;
    this.ready = new Promise<number>((resolve, reject) => {
      const onReady = (message: FromWorker): void => {
        if (message.type === 'ready') {
          worker.off('message', onReady);
          this.readyWorkers.add(worker);
          resolve(message.loadMs);
        } else if (message.type === 'startFailed') {
          worker.off('message', onReady);
          this.startFailure = this.threadFailure(`Proses pembuat PDF tidak dapat dijalankan (${message.reason}).`);
          reject(this.startFailure);
          if (this.worker === worker) void this.terminate();
        }
      };
      worker.on('message', onReady);
      worker.once('error', (error: unknown) => reject(this.threadFailure(`Proses pembuat PDF tidak dapat dijalankan (${reasonOf(error)}).`)));
      worker.once('exit', () => reject(this.threadFailure('Proses pembuat PDF tidak dapat dijalankan.')));
    });
    this.ready.catch(() => undefined);
    this.warm = new Promise<number>((resolve, reject) => {
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'warm') resolve(message.warmUpMs);
      });
      worker.once('exit', () => reject(new AppFailure('PDF_ERROR', 'Proses pembuat PDF berhenti sebelum siap.')));
    });
    this.warm.catch(() => undefined);
    worker.on('message', (message: FromWorker) => this.onMessage(message));
    // A thread that dies before it was ready could not start (a start-up failure: the fallback may
    // take over); one that dies later crashed during a job.
    const notStarted = (): AppFailure => this.startFailure ?? this.threadFailure('Proses pembuat PDF tidak dapat dijalankan.');
    worker.on('error', (error: unknown) => {
      // The thread is dead: the next job starts a new one rather than posting to this one.
      this.forget(worker);
      this.failAll(worker, this.readyWorkers.has(worker) || isModuleResolutionError(error) ? error : notStarted());
    });
    worker.on('exit', () => {
      this.forget(worker);
      this.failAll(worker, this.readyWorkers.has(worker) ? crashFailure() : notStarted());
    });
    return this.ready;
  }

  /**
   * Resolves once the thread has loaded the engine and rendered its throw-away documents (or
   * right after loading, with `warmUp: false`), with the warm-up time (ms); starts it if needed.
   */
  warmed(): Promise<number> {
    void this.start();
    return this.warm ?? Promise.resolve(0);
  }

  private forget(worker: Worker): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.ready = null;
    this.warm = null;
  }

  private threadFailure(message: string): AppFailure {
    const failure = new AppFailure('PDF_ERROR', message);
    this.startUpFailures.add(failure);
    return failure;
  }

  private onMessage(message: FromWorker): void {
    if (message.type === 'ready' || message.type === 'startFailed' || message.type === 'warm') return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.type === 'progress') {
      pending.onProgress?.(message.done, message.total);
      return;
    }
    if (message.type === 'file') {
      if (pending.onFile) pending.onFile(message.file, message.index);
      else pending.files.push(message.file);
      return;
    }
    this.pending.delete(message.id);
    if (message.type === 'result') {
      this.jobsDone += 1;
      if (jobTiming.hasSubscribers && message.startedAt !== undefined && message.endedAt !== undefined) {
        const timing: PdfJobTiming = { kind: pending.kind, postedAt: pending.postedAt, startedAt: message.startedAt, endedAt: message.endedAt, receivedAt: performance.timeOrigin + performance.now() };
        jobTiming.publish(timing);
      }
      // The thread streams a `pledgeFiles` job's files (see worker.ts); its result holds none.
      pending.resolve(pending.kind === 'pledgeFiles' ? pending.files : message.result);
      return;
    }
    const failure = new AppFailure(message.code as ErrorCode, message.message);
    if (message.startUp) this.startUpFailures.add(failure);
    pending.reject(failure);
  }

  /** Rejects the jobs that were running on `worker` (a thread that failed or exited). */
  private failAll(worker: Worker, error: unknown): void {
    const failure = error instanceof AppFailure ? error : new AppFailure('PDF_ERROR', `Proses pembuat PDF gagal: ${reasonOf(error)}`);
    if (isModuleResolutionError(error)) this.startUpFailures.add(failure);
    else if (!(error instanceof AppFailure)) crashes.add(failure);
    for (const [id, pending] of this.pending) {
      if (pending.worker !== worker) continue;
      this.pending.delete(id);
      pending.reject(failure);
    }
  }

  /**
   * Runs a job in the thread. Jobs are processed one after another. With `inProcessFallback`, a
   * thread that cannot start, or whose first job fails for a start-up reason, makes this job (and
   * every later one) render in-process instead.
   */
  async run<J extends PdfJob>(job: J, options: RunOptions = {}): Promise<PdfJobResult<J>> {
    if (options.signal?.aborted) throw cancelledFailure();
    if (!this.options.inProcessFallback) return this.runInThread(job, options);
    if (this.fallbackReason === null) {
      try {
        // Posted at once, not after `ready`: the thread queues it ahead of its warm-up.
        return await this.runInThread(job, options);
      } catch (error) {
        const startUp = this.startUpFailures.has(error as object) && this.jobsDone === 0 && !options.signal?.aborted;
        if (!startUp) throw error;
        this.fallbackReason = reasonOf(error);
        (this.options.log ?? console.warn)(`${IN_PROCESS_FALLBACK_WARNING}: ${this.fallbackReason}`);
        await this.terminate();
      }
    }
    return runJob(job, options.onProgress, options.signal, options.onFile);
  }

  private async runInThread<J extends PdfJob>(job: J, options: RunOptions): Promise<PdfJobResult<J>> {
    void this.start();
    const worker = this.worker;
    if (!worker) throw new AppFailure('PDF_ERROR', 'Proses pembuat PDF tidak dapat dijalankan.');
    const id = this.nextId;
    this.nextId += 1;
    return new Promise<PdfJobResult<J>>((resolve, reject) => {
      const onAbort = (): void => {
        this.pending.delete(id);
        reject(cancelledFailure());
        // The only way to stop synchronous rendering at once; the next job gets a fresh thread.
        void this.terminate();
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        worker,
        kind: job.kind,
        postedAt: performance.timeOrigin + performance.now(),
        resolve: (value) => {
          options.signal?.removeEventListener('abort', onAbort);
          resolve(value as PdfJobResult<J>);
        },
        reject: (error) => {
          options.signal?.removeEventListener('abort', onAbort);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
        onProgress: options.onProgress,
        onFile: options.onFile,
        files: [],
      });
      const message: ToWorker = { type: 'run', id, job };
      worker.postMessage(message);
    });
  }

  /** Stops the thread; pending jobs reject. A later `run` starts a new one. */
  async terminate(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    this.warm = null;
    if (worker) await worker.terminate();
  }
}

/** Failures of jobs whose thread died under them (not a job's own error, not a cancellation). */
const crashes = new WeakSet<object>();

function crashFailure(): AppFailure {
  const failure = new AppFailure('PDF_ERROR', 'Proses pembuat PDF berhenti tiba-tiba. Coba lagi; jika berulang, kurangi jumlah dokumen per cetakan.');
  crashes.add(failure);
  return failure;
}

/** True when a job failed because its worker thread crashed or exited while running it. */
export function isWorkerCrash(error: unknown): boolean {
  return typeof error === 'object' && error !== null && crashes.has(error);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs one job in a fresh worker thread, then stops it. */
export async function runInWorker<J extends PdfJob>(job: J, options: Omit<PdfWorkerOptions, 'warmUp'> & RunOptions): Promise<PdfJobResult<J>> {
  const worker = new PdfWorker({ ...options, warmUp: false });
  try {
    return await worker.run(job, options);
  } finally {
    await worker.terminate();
  }
}
