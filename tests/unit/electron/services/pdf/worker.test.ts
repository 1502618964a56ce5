import { afterAll, describe, expect, it } from 'vitest';
import { PdfWorker, runInWorker, sourceWorkerScript } from '../../../../../electron/services/pdf/workerClient';
import type { PledgeDocument } from '../../../../../electron/services/pdf/pledge';
import { pdfInfo, pdfText, sampleInstitution, samplePledge } from './fixtures';

/** Documents with syntactically valid (unsigned) stamps: the worker does not check signatures. */
function documents(count: number): PledgeDocument[] {
  return Array.from({ length: count }, (_, i) => ({
    pledge: samplePledge({ id: `pk-2022-${String(i).padStart(4, '0')}` }),
    signatureImage: null,
    verification: { code: `ZI-2022${String(i).padStart(4, '0')}-0000000${i % 10}`, qrPayload: `ZID1.pk-2022-${String(i).padStart(4, '0')}.${'A'.repeat(43)}.${'B'.repeat(86)}.${'0'.repeat(16)}` },
  }));
}

const options = { institution: sampleInstitution(), paper: 'A4' as const };
const worker = new PdfWorker({ ...sourceWorkerScript() });
afterAll(async () => {
  await worker.terminate();
});

describe('PDF worker thread (from TS sources)', () => {
  it('renders a batch off the main thread, with progress, while the event loop keeps running', async () => {
    await worker.start();
    let ticks = 0;
    const timer = setInterval(() => {
      ticks += 1;
    }, 5);
    const progress: number[] = [];
    const bytes = await worker.run({ kind: 'pledgeBatch', documents: documents(45), options }, { onProgress: (done) => progress.push(done) });
    clearInterval(timer);
    // Two pages per pledge on A4 at the page standard's 12 pt body.
    expect(await pdfInfo(bytes)).toMatch(/Pages:\s+90\n/);
    expect(progress).toContain(45);
    expect(progress.length).toBeGreaterThan(1);
    expect(ticks).toBeGreaterThan(0);
  });

  it('cancels: the job rejects, nothing comes back, and the next job runs on a fresh thread', async () => {
    const controller = new AbortController();
    const run = worker.run({ kind: 'pledgeBatch', documents: documents(400), options }, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= 20) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    const bytes = await worker.run({ kind: 'pledge', document: documents(1)[0] as PledgeDocument, options: { ...options, paper: 'F4' } });
    expect(await pdfInfo(bytes)).toContain('609.45 x 935.43 pts');
  });

  it('reports bad input as the same AppFailure as in-process', async () => {
    const [doc] = documents(1);
    if (!doc) throw new Error('fixture');
    const bad = { ...doc, pledge: { ...doc.pledge, signer: { ...doc.pledge.signer, nama: '' } } };
    await expect(worker.run({ kind: 'pledge', document: bad, options })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: 'Nama penanda tangan wajib diisi.' });
  });

  it('streams per-person files one by one, in order, each before its progress step; the job then resolves with none', async () => {
    const events: string[] = [];
    const streamed: { fileName: string; bytes: Uint8Array }[] = [];
    const files = await worker.run(
      { kind: 'pledgeFiles', documents: documents(3), options },
      {
        onProgress: (done) => events.push(`progress ${done}`),
        onFile: (file, index) => {
          events.push(`file ${index}`);
          streamed.push(file);
        },
      },
    );
    expect(files).toEqual([]);
    expect(events).toEqual(['file 0', 'progress 1', 'file 1', 'progress 2', 'file 2', 'progress 3']);
    expect(await pdfText(streamed[1]?.bytes ?? new Uint8Array())).toContain('Budi Santoso Fiktif');
    expect(new Set(streamed.map((file) => file.fileName)).size).toBe(3);
  });

  it('runs a one-shot job (per-person files) in its own thread', async () => {
    const files = await runInWorker({ kind: 'pledgeFiles', documents: documents(3), options }, sourceWorkerScript());
    expect(files.map((f) => f.fileName)).toHaveLength(3);
    expect(await pdfText(files[0]?.bytes ?? new Uint8Array())).toContain('Budi Santoso Fiktif');
  });
});
