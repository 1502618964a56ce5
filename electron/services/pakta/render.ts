import { Readable } from 'node:stream';
import type { ProgressCallback } from '../pdf/batch';
import type { PledgeDocument, PledgeFile, PledgePdfOptions } from '../pdf/pledge';
import type { PdfRenderer } from '../pdf/renderer';
import { bundledWorkerScript, sourceWorkerScript, type WorkerScript } from '../pdf/workerClient';
import type { BatchRenderer } from './batch';
import type { DeclarationPdfBuilder } from './declarations';

/**
 * Adapters from the pakta services to the app's PDF renderer (electron/services/pdf/renderer.ts,
 * one long-lived worker thread, so neither a 1,000-page batch nor a first document blocks the main
 * process or the web host), bound in one place: the batch renderer and the declaration builder.
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
 * Renders a batch on the app's PDF renderer (its long-lived worker thread): the merged PDF, then
 * the per-person files, which it resolves with as a stream while the thread is still rendering
 * them, so the documents pipeline signs the merged PDF and each file meanwhile (two cores at
 * work). Cancelling stops the thread at once (the renderer starts the next one), and so does
 * closing the stream early (the document failed): no file is rendered for nobody.
 */
export function pdfBatchRenderer(pdf: PdfRenderer): BatchRenderer {
  return async ({ documents, options, separateFiles }, onProgress, signal) => {
    const count = documents.length;
    const total = separateFiles ? count * 2 : count;
    const merged = await pdf.run({ kind: 'pledgeBatch', documents, options }, { onProgress: (done) => onProgress(done, total), signal });
    const files = separateFiles ? pdfPledgeFiles(pdf, documents, options, (done) => onProgress(count + done, total), signal) : [];
    return { merged, files };
  };
}

/**
 * The per-person files of `documents` rendered on the app's PDF renderer, as a stream that yields
 * each file as soon as the worker thread has made it (in order) and rejects with the job's failure
 * (CANCELLED on abort). Closing it early stops the thread.
 */
export function pdfPledgeFiles(pdf: PdfRenderer, documents: PledgeDocument[], options: PledgePdfOptions, onProgress: ProgressCallback, signal: AbortSignal): AsyncIterable<PledgeFile> {
  const abandoned = new AbortController();
  // No backpressure: the thread is never held back, so at most every file waits here (as before).
  const stream = new Readable({ objectMode: true, highWaterMark: Math.max(1, documents.length), read: () => undefined });
  stream.on('error', () => undefined); // the error reaches whoever iterates the stream
  stream.once('close', () => {
    if (!stream.readableEnded) abandoned.abort();
  });
  pdf
    .run({ kind: 'pledgeFiles', documents, options }, { onProgress, onFile: (file) => stream.push(file), signal: AbortSignal.any([signal, abandoned.signal]) })
    .then(
      () => stream.push(null),
      (error: unknown) => stream.destroy(error instanceof Error ? error : new Error(String(error))),
    );
  return closable(stream);
}

/**
 * The stream's files, whose iterator's `return()` destroys the stream even before the first file
 * was asked for (a Readable's own async iterator is a generator that only cleans up once started).
 */
function closable(stream: Readable): AsyncIterable<PledgeFile> {
  return {
    [Symbol.asyncIterator]: () => {
      const files = stream[Symbol.asyncIterator]() as AsyncIterator<PledgeFile>;
      return {
        next: () => files.next(),
        return: async () => {
          stream.destroy();
          return (await files.return?.()) ?? { done: true, value: undefined };
        },
      };
    },
  };
}

/** Pages of a PDF written by pdfkit (its page objects). */
export function countPdfPages(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** The Piagam PDF (pdfmake, one document) on the app's PDF renderer. */
export function pdfDeclarationBuilder(pdf: PdfRenderer): DeclarationPdfBuilder {
  return async ({ declaration, signatures, verification, eventTitle }, options) => {
    const document = { declaration, signatureImages: Object.fromEntries(signatures), verification, ...(eventTitle === undefined ? {} : { eventTitle }) };
    const bytes = await pdf.run({ kind: 'declaration', document, options });
    return { bytes, pages: countPdfPages(bytes) };
  };
}
