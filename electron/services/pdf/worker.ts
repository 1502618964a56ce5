import { parentPort, workerData } from 'node:worker_threads';
import { AppFailure } from '../../../shared/result';
import { runJob } from './jobs';
import { loadPdfEngine, warmUpPdfEngine } from './warmup';
import { isModuleResolutionError, type FromWorker, type PdfWorkerData, type ToWorker } from './workerProtocol';

/**
 * Entry point of the PDF worker thread (see workerClient.ts). Runs one job at a time, reports
 * progress, and posts the bytes back with their buffers transferred (no copy). Cancellation is the
 * parent terminating the thread: the job's bytes then never leave it, so nothing is written.
 *
 * Build note: the esbuild bundle must emit this file as its own entry (e.g.
 * `dist/electron/pdf-worker.js`) and pass that path to `PdfWorker`.
 */

const port = parentPort;
if (!port) throw new Error('electron/services/pdf/worker.ts must run as a worker thread');
const data = (workerData ?? {}) as PdfWorkerData;

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
  else if (Array.isArray(result)) {
    for (const item of result) if (item && typeof item === 'object' && (item as { bytes?: unknown }).bytes instanceof Uint8Array) add((item as { bytes: Uint8Array }).bytes);
  }
  return buffers;
}

// Ready only once the libraries and fonts are loaded (a thread that cannot load them says why and
// runs nothing), then after the warm-up; jobs wait for that and run one after another.
let started = false;
let queue: Promise<unknown> = (async () => {
  let loadMs: number;
  try {
    loadMs = loadPdfEngine(data.fontsDir);
  } catch (error) {
    post({ type: 'startFailed', reason: error instanceof Error ? error.message : String(error) });
    return;
  }
  const warmUpMs =
    data.warmUp === false
      ? 0
      : await warmUpPdfEngine({ ...(data.warmUp ?? {}), ...(data.fontsDir === undefined ? {} : { fontsDir: data.fontsDir }) });
  started = true;
  post({ type: 'ready', loadMs, warmUpMs });
})();

port.on('message', (message: ToWorker) => {
  if (message?.type !== 'run') return;
  const { id, job } = message;
  queue = queue.then(async () => {
    if (!started) {
      post({ type: 'error', id, code: 'PDF_ERROR', message: 'Proses pembuat PDF tidak dapat dijalankan.', startUp: true });
      return;
    }
    try {
      const result = await runJob(job, (done, total) => post({ type: 'progress', id, done, total }));
      post({ type: 'result', id, result }, transferables(result));
    } catch (error) {
      const failure =
        error instanceof AppFailure
          ? error
          : new AppFailure('PDF_ERROR', `Gagal membuat PDF: ${error instanceof Error ? error.message : String(error)}`);
      post({ type: 'error', id, code: failure.code, message: failure.message, ...(isModuleResolutionError(error) ? { startUp: true } : {}) });
    }
  });
});
