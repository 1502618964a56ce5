import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPdfRenderer } from '../../../../../electron/services/pdf/renderer';
import { sourceWorkerScript, type WorkerScript } from '../../../../../electron/services/pdf/workerClient';
import type { PledgeDocument } from '../../../../../electron/services/pdf/pledge';
import { pdfText, sampleInstitution, samplePledge } from './fixtures';
import { sampleLheModel } from './lheFixture';
import { sampleRecapModel } from './recapFixture';

/**
 * The app's PDF renderer: one long-lived worker thread for every kind of document; a job whose
 * thread crashed runs once more on a fresh thread, and only once.
 */

const options = { institution: sampleInstitution(), paper: 'A4' as const };
const document: PledgeDocument = {
  pledge: samplePledge(),
  signatureImage: null,
  verification: { code: 'ZI-20220001-00000001', qrPayload: `ZID1.pk-2022-0001.${'A'.repeat(43)}.${'B'.repeat(86)}.${'0'.repeat(16)}` },
};

const work = mkdtempSync(path.join(tmpdir(), 'zi-pdf-renderer-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * A stand-in thread speaking the worker protocol that dies during its first `crashes` jobs (counted
 * across threads in a file, one line per thread started) and answers later ones with `%PDF`.
 */
function crashingWorker(name: string, crashes: number): { script: WorkerScript; threads: () => number } {
  const counter = path.join(work, name);
  return {
    script: {
      eval: true,
      script: `const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const counter = ${JSON.stringify(counter)};
fs.appendFileSync(counter, 'x\\n');
parentPort.postMessage({ type: 'ready', loadMs: 0, warmUpMs: 0 });
parentPort.on('message', (message) => {
  if (fs.readFileSync(counter, 'utf8').split('\\n').length - 1 <= ${crashes}) process.exit(3);
  parentPort.postMessage({ type: 'result', id: message.id, result: new Uint8Array([37, 80, 68, 70]) });
});`,
    },
    threads: () => (existsSync(counter) ? readFileSync(counter, 'utf8').split('\n').length - 1 : 0),
  };
}

/**
 * A stand-in thread that streams a per-person job's three files: the first thread dies after the
 * first two, the next one streams all three.
 */
function streamingWorker(name: string): WorkerScript {
  const counter = path.join(work, name);
  return {
    eval: true,
    script: `const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
fs.appendFileSync(${JSON.stringify(counter)}, 'x\\n');
const first = fs.readFileSync(${JSON.stringify(counter)}, 'utf8').split('\\n').length - 1 === 1;
parentPort.postMessage({ type: 'ready', loadMs: 0, warmUpMs: 0 });
parentPort.on('message', (message) => {
  for (let index = 0; index < 3; index += 1) {
    if (first && index === 2) process.exit(3);
    parentPort.postMessage({ type: 'file', id: message.id, index, file: { fileName: 'f' + index + '.pdf', bytes: new Uint8Array([index]) } });
  }
  parentPort.postMessage({ type: 'result', id: message.id, result: [] });
});`,
  };
}

describe('PDF renderer (one long-lived worker thread)', () => {
  it('renders a pledge, an LHE and a recap on one warmed-up thread', async () => {
    const renderer = createPdfRenderer({ script: sourceWorkerScript() });
    try {
      renderer.start();
      await renderer.warmed();
      const pledge = await renderer.run({ kind: 'pledge', document, options });
      expect(await pdfText(pledge)).toContain('PAKTA INTEGRITAS');
      const lhe = await renderer.run({ kind: 'lhe', model: sampleLheModel(), options: {} });
      expect(lhe.pages).toBeGreaterThan(0);
      expect(await pdfText(lhe.bytes)).toMatch(/LAPORAN HASIL EVALUASI/i);
      const recap = await renderer.run({ kind: 'recap', model: sampleRecapModel(), options: {} });
      expect(recap.pages).toBeGreaterThan(0);
      expect(await pdfText(recap.bytes)).toMatch(/REKAPITULASI/i);
    } finally {
      await renderer.close();
    }
  });

  it('a job asked for before the warm-up ran is answered without waiting for it', async () => {
    const renderer = createPdfRenderer({ script: sourceWorkerScript() });
    try {
      renderer.start();
      let warm = false;
      const warming = renderer.warmed().then(() => {
        warm = true;
      });
      const bytes = await renderer.run({ kind: 'pledge', document, options });
      expect(warm).toBe(false);
      expect(Buffer.from(bytes).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await warming;
      expect(warm).toBe(true);
    } finally {
      await renderer.close();
    }
  });

  it('restarts a crashed thread and runs the job once more, logging it', async () => {
    const logged: string[] = [];
    const stand = crashingWorker('once', 1);
    const renderer = createPdfRenderer({ script: stand.script, log: (message) => logged.push(message) });
    try {
      const bytes = await renderer.run({ kind: 'pledge', document, options });
      expect(Array.from(bytes)).toEqual([37, 80, 68, 70]);
      expect(stand.threads()).toBe(2);
      expect(logged).toEqual(['PDF worker stopped during a pledge job; retrying once on a new thread.']);
    } finally {
      await renderer.close();
    }
  });

  it('retries only once: a job that crashes its thread twice fails with the Indonesian message', async () => {
    const stand = crashingWorker('twice', 2);
    const renderer = createPdfRenderer({ script: stand.script, log: () => undefined });
    try {
      await expect(renderer.run({ kind: 'pledge', document, options })).rejects.toMatchObject({ code: 'PDF_ERROR', message: expect.stringMatching(/berhenti tiba-tiba/) });
      expect(stand.threads()).toBe(2);
    } finally {
      await renderer.close();
    }
  });

  it('a per-person job whose thread crashed midway hands each file on once after the retry', async () => {
    const renderer = createPdfRenderer({ script: streamingWorker('streaming'), log: () => undefined });
    try {
      const delivered: string[] = [];
      const files = await renderer.run({ kind: 'pledgeFiles', documents: [document, document, document], options }, { onFile: (file, index) => delivered.push(`${index} ${file.fileName}`) });
      expect(files).toEqual([]);
      expect(delivered).toEqual(['0 f0.pdf', '1 f1.pdf', '2 f2.pdf']);
    } finally {
      await renderer.close();
    }
  });

  it('does not retry a cancelled job', async () => {
    const stand = crashingWorker('cancel', 0);
    const renderer = createPdfRenderer({ script: stand.script, log: () => undefined });
    try {
      const controller = new AbortController();
      controller.abort();
      await expect(renderer.run({ kind: 'pledge', document, options }, { signal: controller.signal })).rejects.toMatchObject({ code: 'CANCELLED' });
    } finally {
      await renderer.close();
    }
  });

  it('renders in-process when there is no worker script, saying so once', async () => {
    const logged: string[] = [];
    const renderer = createPdfRenderer({ script: null, log: (message) => logged.push(message) });
    renderer.start();
    await renderer.warmed();
    const bytes = await renderer.run({ kind: 'pledge', document, options });
    expect(Buffer.from(bytes).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await renderer.run({ kind: 'pledge', document, options });
    expect(logged).toHaveLength(1);
    await renderer.close();
  });
});
