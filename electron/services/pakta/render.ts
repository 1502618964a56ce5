import { declarationPdf } from '../pdf/declaration';
import { IN_PROCESS_FALLBACK_WARNING, PdfWorker, bundledWorkerScript, sourceWorkerScript, type WorkerScript } from '../pdf/workerClient';
import { inProcessBatchRenderer, type BatchRenderer } from './batch';
import type { DeclarationPdfBuilder } from './declarations';

/**
 * Adapters from the pakta services to the PDF engine (electron/services/pdf), bound in one place:
 * the batch renderer (the engine's worker thread, so a 1,000-page batch never blocks the main
 * process or the web host) and the declaration builder.
 */

/** Bundle file name of the worker entry (scripts/build.mjs emits it next to main.js / web-host.js). */
export const PDF_WORKER_BUNDLE = 'pdf-worker.js';

/**
 * Where the worker thread's script is: the TypeScript entry when running from sources (vitest,
 * tsx), the bundled entry next to this bundle (unpacked from app.asar in a packaged app), or null
 * when neither is available.
 */
export function pdfWorkerScript(moduleUrl: string = import.meta.url): WorkerScript | null {
  if (/\.[cm]?ts$/.test(new URL(moduleUrl).pathname)) return sourceWorkerScript();
  return bundledWorkerScript(new URL(`./${PDF_WORKER_BUNDLE}`, moduleUrl));
}


/**
 * Renders a batch in a fresh worker thread (merged PDF, then per-person files), terminated
 * afterwards; cancelling terminates it at once. Falls back to the in-process renderer (which
 * yields between pages) when no worker script is available.
 */
export const workerBatchRenderer: BatchRenderer = async (request, onProgress, signal) => {
  const script = pdfWorkerScript();
  if (!script) {
    console.warn(`${IN_PROCESS_FALLBACK_WARNING}: no ${PDF_WORKER_BUNDLE} next to the bundle.`);
    return inProcessBatchRenderer(request, onProgress, signal);
  }
  const { documents, options, separateFiles } = request;
  const count = documents.length;
  const total = separateFiles ? count * 2 : count;
  const worker = new PdfWorker({ ...script, warmUp: false, inProcessFallback: true, ...(options.fontsDir === undefined ? {} : { fontsDir: options.fontsDir }) });
  try {
    await worker.start();
  } catch (error) {
    // A thread that cannot start (e.g. a packaging problem) must not make printing impossible.
    console.warn(`${IN_PROCESS_FALLBACK_WARNING}: ${error instanceof Error ? error.message : String(error)}`);
    await worker.terminate();
    return inProcessBatchRenderer(request, onProgress, signal);
  }
  try {
    const merged = await worker.run({ kind: 'pledgeBatch', documents, options }, { onProgress: (done) => onProgress(done, total), signal });
    const files = separateFiles
      ? await worker.run({ kind: 'pledgeFiles', documents, options }, { onProgress: (done) => onProgress(count + done, total), signal })
      : [];
    return { merged, files };
  } finally {
    await worker.terminate();
  }
};

/** Pages of a PDF written by pdfkit (its page objects). */
export function countPdfPages(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** The Piagam PDF (pdfmake, one document, in-process: a few dozen milliseconds). */
export const declarationPdfBuilder: DeclarationPdfBuilder = async ({ declaration, signatures, verification, eventTitle }, options) => {
  const bytes = await declarationPdf({ declaration, signatureImages: Object.fromEntries(signatures), verification, ...(eventTitle === undefined ? {} : { eventTitle }) }, options);
  return { bytes, pages: countPdfPages(bytes) };
};
