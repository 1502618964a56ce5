import { setImmediate as nextTurn } from 'node:timers/promises';
import { AppFailure } from '../../../shared/result';
import { loadFontBytes } from './fonts';
import type { DocumentFont } from '../../../shared/documents/page';
import { KitCanvas, type KitInfo } from './kit';

/**
 * Batch rendering: many pages into one PDF, or many small PDFs, with progress and cancellation.
 *
 * Why not pdfmake here (performance goals: 1,000 pledges in one PDF ≤ 3 s and ≥ 2.5× faster than
 * Chromium's --print-to-pdf, peak ≤ 500 MB; 1,000 separate PDFs ≤ 10 s; first pledge ≤ 300 ms).
 * Measured on the 2-core build machine with the real pledge (kop with logo, identity table, seven
 * points, signature image, QR):
 * - pdfmake, one docDefinition of 1,000 pages: ≈ 27 s and ≈ 470 MB. Two thirds of it is the QR
 *   node: pdfmake draws every dark module as its own vector (≈ 1,000 `rect` + colour operations per
 *   page) and its encoder tries all eight masks per code; without QR it is still ≈ 7.6 s, because
 *   every page re-runs the generic measure → layout → render pipeline, style stacks included.
 * - pdfkit with its public `text()` API: ≈ 7–9 s; each call re-shapes and re-encodes its string
 *   (≈ 60 µs) and the QR rectangles alone were 0.7 ms per page.
 * - pdfkit with the canvas in kit.ts: text is shaped and glyph-encoded once per distinct line or
 *   word and then reused (the seven points are identical on every page), the QR is one path of
 *   run-length rectangles with a fixed mask, the logo and identical signatures are embedded once,
 *   fonts are parsed once per process and subset once per document. That is the path below; the
 *   benchmark (tests/bench/pdf.bench.ts) prints the current figures next to Chromium and naive
 *   pdfmake.
 * Chunking a pdfmake document into parts was rejected: merging PDFs needs a dependency we do not
 * have, and it would not remove the per-page cost that dominates.
 * pdfmake stays the engine for one-off documents with real tables (the declaration, reports) via
 * engine.ts, where its layout features matter more than milliseconds.
 *
 * Rendering is synchronous CPU work. In-process it yields to the event loop every few pages so
 * progress events and an abort can get through; for a window that must never stutter, run it in
 * a worker thread (worker.ts / runInWorker in workerClient.ts). Nothing is written to disk here:
 * callers receive bytes and write them atomically, so a cancelled batch leaves no file behind.
 */

/** Progress of a batch: `done` of `total` pages (or files) finished. */
export type ProgressCallback = (done: number, total: number) => void;

/** The failure thrown when a batch is cancelled through its AbortSignal. */
export function cancelledFailure(): AppFailure {
  return new AppFailure('CANCELLED', 'Pembuatan PDF dibatalkan. Tidak ada berkas yang disimpan.');
}

/** Throws {@link cancelledFailure} when `signal` is aborted. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledFailure();
}

/** Options for {@link renderPages}. */
interface RenderPagesOptions {
  fontsDir?: string;
  /** Document family of the page standard; default its default (Arimo). */
  font?: DocumentFont;
  info: KitInfo;
  onProgress?: ProgressCallback;
  signal?: AbortSignal;
  /** Pages between two yields to the event loop (and progress events); default 20. */
  yieldEvery?: number;
  compress?: boolean;
}

/** Wraps anything thrown while rendering as `AppFailure('PDF_ERROR')`; AppFailures pass through. */
export function toPdfFailure(error: unknown): AppFailure {
  if (error instanceof AppFailure) return error;
  const failure = new AppFailure('PDF_ERROR', `Gagal membuat PDF: ${error instanceof Error ? error.message : String(error)}`);
  failure.cause = error;
  return failure;
}

/**
 * Renders one page per item into a single PDF. `draw` adds exactly the page content for one item
 * on a fresh page of the canvas. Cancellation is checked between pages.
 */
export async function renderPages<T>(
  items: readonly T[],
  pageSize: { width: number; height: number },
  draw: (canvas: KitCanvas, item: T, index: number) => void,
  options: RenderPagesOptions,
): Promise<Uint8Array> {
  const yieldEvery = Math.max(1, options.yieldEvery ?? 20);
  throwIfCancelled(options.signal);
  try {
    const canvas = new KitCanvas({
      fonts: loadFontBytes(options.fontsDir, options.font),
      info: options.info,
      ...(options.compress === undefined ? {} : { compress: options.compress }),
    });
    for (let index = 0; index < items.length; index += 1) {
      const item = items[index] as T;
      canvas.addPage(pageSize.width, pageSize.height);
      draw(canvas, item, index);
      const done = index + 1;
      if (done % yieldEvery === 0 && done < items.length) {
        options.onProgress?.(done, items.length);
        await nextTurn();
        throwIfCancelled(options.signal);
      }
    }
    const bytes = await canvas.finish();
    throwIfCancelled(options.signal);
    options.onProgress?.(items.length, items.length);
    return bytes;
  } catch (error) {
    throw toPdfFailure(error);
  }
}
