import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeBundles } from '../../../../../scripts/bundles.mjs';
import { IN_PROCESS_FALLBACK_WARNING, PdfWorker, sourceWorkerScript, type WorkerScript } from '../../../../../electron/services/pdf/workerClient';
import type { PledgeDocument } from '../../../../../electron/services/pdf/pledge';
import { pdfText, sampleInstitution, samplePledge } from './fixtures';

/**
 * The PDF worker's start-up: it loads pdfmake, pdfkit, fontkit and the fonts before it says ready;
 * a thread that cannot (or whose first job cannot resolve a module) makes the client render
 * in-process, with the reason logged once. A job's own error or a crash during a job never does.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const options = { institution: sampleInstitution(null), paper: 'A4' as const };
const document: PledgeDocument = {
  pledge: samplePledge(),
  signatureImage: null,
  verification: { code: 'ZI-20220001-00000001', qrPayload: `ZID1.pk-2022-0001.${'A'.repeat(43)}.${'B'.repeat(86)}.${'0'.repeat(16)}` },
};

let work = '';
let withoutPdfkit: WorkerScript;

beforeAll(async () => {
  // The bundled worker next to a node_modules that has pdfmake and its other dependencies, but no
  // pdfkit: what a packaging mistake looks like from inside the thread.
  work = mkdtempSync(path.join(tmpdir(), 'zi-worker-start-'));
  const [esm] = nodeBundles(path.join(work, 'dist'));
  await build({ ...esm, absWorkingDir: root, entryPoints: { 'pdf-worker': 'electron/services/pdf/worker.ts' }, sourcemap: false, logLevel: 'silent' });
  const modules = path.join(work, 'node_modules');
  mkdirSync(path.join(modules, 'pdfmake'), { recursive: true });
  // 'junction': a folder link Windows makes without privileges; other systems ignore the type.
  for (const name of ['pngjs', 'linebreak', 'xmldoc']) symlinkSync(path.join(root, 'node_modules', name), path.join(modules, name), 'junction');
  for (const entry of ['package.json', 'js']) cpSync(path.join(root, 'node_modules', 'pdfmake', entry), path.join(modules, 'pdfmake', entry), { recursive: true });
  withoutPdfkit = { script: pathToFileURL(path.join(work, 'dist', 'pdf-worker.js')) };
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A stand-in thread speaking the worker protocol (CommonJS source run with `eval`). */
function scriptedWorker(onRun: string): WorkerScript {
  return {
    eval: true,
    script: `const { parentPort } = require('node:worker_threads');
parentPort.postMessage({ type: 'ready', loadMs: 0, warmUpMs: 0 });
parentPort.on('message', (message) => { ${onRun} });`,
  };
}

describe('PDF worker start-up', () => {
  it('does not report ready when it cannot load pdfkit, and says why', async () => {
    const worker = new PdfWorker({ ...withoutPdfkit, warmUp: false });
    try {
      await expect(worker.start()).rejects.toMatchObject({ code: 'PDF_ERROR', message: expect.stringMatching(/tidak dapat dijalankan \(.*pdfkit/) });
    } finally {
      await worker.terminate();
    }
  });

  it('falls back to rendering in-process when the thread cannot load pdfkit, logging the reason once', async () => {
    const logged: string[] = [];
    const worker = new PdfWorker({ ...withoutPdfkit, warmUp: false, inProcessFallback: true, log: (message) => logged.push(message) });
    try {
      const bytes = await worker.run({ kind: 'pledge', document, options });
      expect(await pdfText(bytes)).toContain('PAKTA INTEGRITAS');
      await worker.run({ kind: 'pledge', document, options });
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatch(new RegExp(`^${IN_PROCESS_FALLBACK_WARNING}: .*pdfkit`));
    } finally {
      await worker.terminate();
    }
  });

  it('does not report ready without its fonts (the Indonesian reason comes back)', async () => {
    const worker = new PdfWorker({ ...sourceWorkerScript(), fontsDir: path.join(work, 'tidak-ada'), warmUp: false });
    try {
      await expect(worker.start()).rejects.toThrow(/Berkas huruf \(font\) untuk PDF tidak ditemukan/);
    } finally {
      await worker.terminate();
    }
  });

  it('falls back when the first job cannot resolve a module', async () => {
    const logged: string[] = [];
    const worker = new PdfWorker({
      ...scriptedWorker("parentPort.postMessage({ type: 'error', id: message.id, code: 'PDF_ERROR', message: 'Gagal membuat PDF: Cannot find module fontkit', startUp: true });"),
      inProcessFallback: true,
      log: (message) => logged.push(message),
    });
    try {
      const bytes = await worker.run({ kind: 'pledge', document, options });
      expect(Buffer.from(bytes).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(logged).toEqual([`${IN_PROCESS_FALLBACK_WARNING}: Gagal membuat PDF: Cannot find module fontkit`]);
    } finally {
      await worker.terminate();
    }
  });

  it('does not fall back for a job error or a crash during a job', async () => {
    const logged: string[] = [];
    const log = (message: string): void => {
      logged.push(message);
    };
    const refusing = new PdfWorker({
      ...scriptedWorker("parentPort.postMessage({ type: 'error', id: message.id, code: 'INVALID_INPUT', message: 'Nama penanda tangan wajib diisi.' });"),
      inProcessFallback: true,
      log,
    });
    const crashing = new PdfWorker({ ...scriptedWorker('process.exit(3);'), inProcessFallback: true, log });
    try {
      await expect(refusing.run({ kind: 'pledge', document, options })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await expect(crashing.run({ kind: 'pledge', document, options })).rejects.toThrow(/berhenti tiba-tiba/);
      expect(logged).toEqual([]);
    } finally {
      await refusing.terminate();
      await crashing.terminate();
    }
  });
});
