/**
 * PDF signature benchmark — run with `npm run bench -- signing` (or `npx tsx tests/bench/signing.bench.ts [count]`).
 *
 * In one run, on the same pledges (kop with logo, signature image, QR; fictional people), signed by
 * the pipeline's signing hook (the installation's P-256 certificate, keys sealed by a machine
 * secret in a temporary folder).
 * CPU cost, one thread (render, then sign, one after the other in this thread):
 *  (a) one pledge: render vs signature, median over 40 pledges — goal: signing adds ≤ 10 ms;
 *  (b) `count` pledges merged into one PDF: render vs signature — goal: ≤ 15 % more;
 *  (c) `count` separate PDFs (pledgeFiles): render vs signing every file — goal: ≤ 15 % more.
 * What the user waits for (the product path): the app's PDF renderer (its worker thread, from the
 * bundle `dist/electron/pdf-worker.js` when `npm run build` made it, as the app runs it) renders
 * through the document pipeline (`documents.produce`) into a documents store in a temporary
 * folder, with the signature hook vs with no hook; wall clock, median of 3 (alternating):
 *  (d) `count` separate PDFs, streamed: each file signed while the thread renders the next ones
 *      (one pledge rendered beforehand is the main document);
 *  (e) the same with every file signed only after all were rendered (the pipeline before streaming);
 *  (f) a whole batch as "Cetak massal" runs it: `count` pledges merged plus `count` separate PDFs.
 * Prints a table whose goal column is informative, never an assertion, and the load average: two
 * cores shared with other work inflate the figures and shrink what overlapping can win.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDocumentsService, createGeneratedDocumentStore, type PostProcess, type RenderedDocument } from '../../electron/services/documents';
import { pdfBatchRenderer, pdfPledgeFiles, pdfWorkerScript } from '../../electron/services/pakta/render';
import { pledgeBatchPdf, pledgeFiles, pledgePdf, type PledgeDocument, type PledgePdfOptions } from '../../electron/services/pdf/pledge';
import { createPdfRenderer, type PdfRenderer } from '../../electron/services/pdf/renderer';
import { warmUpPdfEngine } from '../../electron/services/pdf/warmup';
import { createPdfSignatureHook, createSigningService, machineKeyProtector } from '../../electron/services/signing';
import { makeLogoPng, sampleInstitution } from '../unit/electron/services/pdf/fixtures';
import { benchDocuments } from './pdf.bench';

const OPTIONS: PledgePdfOptions = { institution: sampleInstitution(makeLogoPng()), paper: 'A4' };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

function ms(value: number): string {
  return `${value.toFixed(value < 20 ? 1 : 0)} ms`;
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

const loadAverage = (): string => os.loadavg().map((load) => load.toFixed(1)).join(' / ');

/** The bundled worker next to `dist/electron/main.js` (as the app finds it), else the TypeScript sources. */
function workerScript(): { script: NonNullable<ReturnType<typeof pdfWorkerScript>>; from: string } {
  const bundled = pdfWorkerScript(pathToFileURL(path.resolve('dist/electron/main.js')).href);
  if (bundled) return { script: bundled, from: 'the bundle (dist/electron/pdf-worker.js)' };
  const sources = pdfWorkerScript();
  if (!sources) throw new Error('No PDF worker script');
  return { script: sources, from: 'the TypeScript sources (tsx; run `npm run build` for the bundle)' };
}

type Variant = 'none' | 'streamed' | 'afterAll';

/**
 * Wall clock of one document through the pipeline into a store under `dataDir`, as the app makes it;
 * the stored document is removed afterwards (only the time is wanted).
 */
async function throughPipeline(dataDir: string, hook: PostProcess | null, render: () => Promise<RenderedDocument>): Promise<number> {
  const documents = createDocumentsService({ store: createGeneratedDocumentStore(dataDir), postProcess: hook ? [hook] : [] });
  const started = performance.now();
  const meta = await documents.produce({ kind: 'pakta-batch', title: 'Uji', fileName: 'uji.pdf', sourceIds: [], render });
  const elapsed = performance.now() - started;
  await documents.remove(meta.id);
  return elapsed;
}

/** Rows (d)–(f): the product path, median of 3 runs per variant, alternating. */
async function productPath(pdf: PdfRenderer, hook: PostProcess, documents: PledgeDocument[], dataDir: string) {
  const mainDocument = await pledgePdf(documents[0] as PledgeDocument, OPTIONS);
  const signal = new AbortController().signal;
  const noProgress = (): void => undefined;
  const separate = (variant: Variant) => async (): Promise<RenderedDocument> => ({
    bytes: mainDocument,
    pages: 1,
    files: variant === 'afterAll' ? await pdf.run({ kind: 'pledgeFiles', documents, options: OPTIONS }) : pdfPledgeFiles(pdf, documents, OPTIONS, noProgress, signal),
  });
  const batch = async (): Promise<RenderedDocument> => {
    const rendered = await pdfBatchRenderer(pdf)({ documents, options: OPTIONS, separateFiles: true }, noProgress, signal);
    return { bytes: rendered.merged, pages: documents.length, files: rendered.files };
  };
  const times = { none: [] as number[], streamed: [] as number[], afterAll: [] as number[], batchNone: [] as number[], batchSigned: [] as number[] };
  for (let round = 0; round < 3; round += 1) {
    times.none.push(await throughPipeline(dataDir, null, separate('none')));
    times.streamed.push(await throughPipeline(dataDir, hook, separate('streamed')));
    times.afterAll.push(await throughPipeline(dataDir, hook, separate('afterAll')));
    times.batchNone.push(await throughPipeline(dataDir, null, batch));
    times.batchSigned.push(await throughPipeline(dataDir, hook, batch));
  }
  return { none: median(times.none), streamed: median(times.streamed), afterAll: median(times.afterAll), batchNone: median(times.batchNone), batchSigned: median(times.batchSigned) };
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 1000);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'zi-bench-signing-'));
  const secretDir = await mkdtemp(path.join(tmpdir(), 'zi-bench-secret-'));
  try {
    const signing = await createSigningService({ dataDir, protector: await machineKeyProtector(secretDir), inspektorat: () => OPTIONS.institution.namaInspektorat });
    const hook: PostProcess = createPdfSignatureHook({ signing: async () => signing, institution: () => ({ namaInspektorat: OPTIONS.institution.namaInspektorat, kota: 'Serang' }), now: () => new Date() });
    const meta = (part: 'document' | 'file') => ({ kind: 'pakta-batch' as const, title: 'Uji', fileName: 'uji.pdf', sourceIds: [], part });
    await warmUpPdfEngine({ institution: OPTIONS.institution });

    // (a) one pledge at a time.
    const singles = benchDocuments(41, 'distinct');
    const renderTimes: number[] = [];
    const signTimes: number[] = [];
    for (const [index, document] of singles.entries()) {
      const rendered = await timed(() => pledgePdf(document, OPTIONS));
      const signed = await timed(() => hook(rendered.value, meta('document')));
      if (index === 0) continue; // the first pays for loading the signing modules
      renderTimes.push(rendered.ms);
      signTimes.push(signed.ms);
    }

    // (b) one merged PDF.
    const documents = benchDocuments(count, 'distinct');
    const merged = await timed(() => pledgeBatchPdf(documents, OPTIONS));
    const mergedSigned = await timed(() => hook(merged.value, meta('document')));

    // (c) separate files, each signed like the per-person files of a batch.
    const files = await timed(() => pledgeFiles(documents, OPTIONS));
    const filesSigned = await timed(async () => {
      for (const file of files.value) await hook(file.bytes, meta('file'));
    });

    const loadBefore = loadAverage();

    // (d)–(f) the product path: the worker thread renders, the main thread signs and stores.
    const worker = workerScript();
    const pdf = createPdfRenderer({ script: worker.script });
    let product: Awaited<ReturnType<typeof productPath>>;
    try {
      pdf.start();
      await pdf.warmed();
      product = await productPath(pdf, hook, documents, dataDir);
    } finally {
      await pdf.close();
    }

    const percent = (signed: number, unsigned: number): string => `${signed >= unsigned ? '+' : '−'}${((100 * Math.abs(signed - unsigned)) / unsigned).toFixed(0)} %`;
    console.log('CPU cost of the signature, one thread (render, then sign each, in this thread):');
    console.log('| case | render | signature | added | goal |');
    console.log('| --- | ---: | ---: | ---: | --- |');
    for (const row of [
      ['(a) one pledge (median of 40)', ms(median(renderTimes)), ms(median(signTimes)), `+${ms(median(signTimes))}`, '≤ 10 ms added'],
      [`(b) ${count} pledges, one merged PDF (${(merged.value.byteLength / 1e6).toFixed(1)} MB)`, ms(merged.ms), ms(mergedSigned.ms), `+${((100 * mergedSigned.ms) / merged.ms).toFixed(0)} %`, '≤ 15 %'],
      [`(c) ${count} separate PDFs`, ms(files.ms), ms(filesSigned.ms), `+${((100 * filesSigned.ms) / files.ms).toFixed(0)} %`, '≤ 15 %'],
    ]) {
      console.log(`| ${row.join(' | ')} |`);
    }
    console.log('');
    console.log('What the user waits for (worker thread renders, document pipeline signs and stores; wall clock, median of 3):');
    console.log('| case | no signature | signed | added | goal |');
    console.log('| --- | ---: | ---: | ---: | --- |');
    for (const row of [
      [`(d) ${count} separate PDFs, signed while rendered`, ms(product.none), ms(product.streamed), percent(product.streamed, product.none), '≤ 15 %'],
      [`(e) ${count} separate PDFs, signed after all were rendered`, ms(product.none), ms(product.afterAll), percent(product.afterAll, product.none), '(before streaming)'],
      [`(f) batch: ${count} merged + ${count} separate PDFs`, ms(product.batchNone), ms(product.batchSigned), percent(product.batchSigned, product.batchNone), '≤ 15 %'],
    ]) {
      console.log(`| ${row.join(' | ')} |`);
    }
    console.log('');
    console.log(`PDF worker from ${worker.from}. Load average ${loadBefore} before (d)–(f), ${loadAverage()} after, on ${os.cpus().length} cores.`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
    await rm(secretDir, { recursive: true, force: true });
  }
}

await main();
