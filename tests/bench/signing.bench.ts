/**
 * PDF signature benchmark — run with `npm run bench -- signing` (or `npx tsx tests/bench/signing.bench.ts [count]`).
 *
 * In one run, on the same pledges (kop with logo, signature image, QR; fictional people), each
 * document rendered by our path and then signed by the pipeline's signing hook (the installation's
 * P-256 certificate, keys sealed by a machine secret in a temporary folder):
 *  (a) one pledge: render vs signature, median over 40 pledges — goal: signing adds ≤ 10 ms;
 *  (b) `count` pledges merged into one PDF: render vs signature — goal: ≤ 15 % more;
 *  (c) `count` separate PDFs (pledgeFiles): render vs signing every file — goal: ≤ 15 % more.
 * Prints a table whose goal column is informative, never an assertion.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PostProcess } from '../../electron/services/documents';
import { pledgeBatchPdf, pledgeFiles, pledgePdf, type PledgePdfOptions } from '../../electron/services/pdf/pledge';
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

    const rows = [
      ['one pledge (median of 40)', ms(median(renderTimes)), ms(median(signTimes)), `+${ms(median(signTimes))}`, '≤ 10 ms added'],
      [`${count} pledges, one merged PDF (${(merged.value.byteLength / 1e6).toFixed(1)} MB)`, ms(merged.ms), ms(mergedSigned.ms), `+${((100 * mergedSigned.ms) / merged.ms).toFixed(0)} %`, '≤ 15 %'],
      [`${count} separate PDFs`, ms(files.ms), ms(filesSigned.ms), `+${((100 * filesSigned.ms) / files.ms).toFixed(0)} %`, '≤ 15 %'],
    ];
    console.log('| case | render | signature | added | goal |');
    console.log('| --- | ---: | ---: | ---: | --- |');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
    await rm(secretDir, { recursive: true, force: true });
  }
}

await main();
