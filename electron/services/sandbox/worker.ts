import { parentPort } from 'node:worker_threads';
import { AppFailure } from '../../../shared/result';
import { verifySignatureBatch } from './signatures';
import { UNREADABLE_MESSAGE } from './messages';
import type { SandboxJob, SandboxReply, SandboxRequest } from './protocol';

/**
 * Entry point of the parsing sandbox's worker thread (runner.ts starts it with heap limits and
 * terminates it on time-out). Jobs run one after another; a failure is sent back as a code and an
 * Indonesian message. scripts/build.mjs bundles this file, with every package it loads, as
 * `dist/electron/sandbox-worker.js`. The parsers (jobs.ts: exceljs, pkijs, jsQR …) are imported on
 * the first parse job, not at start: a thread started for signature jobs (signatures.ts, node:crypto
 * only) is ready without evaluating them.
 */

const port = parentPort;
if (!port) throw new Error('electron/services/sandbox/worker.ts must run as a worker thread');

const post = (reply: SandboxReply): void => port.postMessage(reply);

let queue: Promise<void> = Promise.resolve();
port.on('message', (request: SandboxRequest) => {
  queue = queue.then(async () => {
    try {
      const job = request.job as SandboxJob;
      post({ type: 'done', id: request.id, result: job.kind === 'signatures' ? verifySignatureBatch(job) : await (await import('./jobs')).runSandboxJob(job) });
    } catch (error) {
      // Parsers throw plain errors for broken files; the user sees the sandbox's generic message.
      const failure = error instanceof AppFailure ? error : new AppFailure('UNSUPPORTED_FILE', UNREADABLE_MESSAGE);
      post({ type: 'failed', id: request.id, code: failure.code, message: failure.message });
    }
  });
});
post({ type: 'ready' });
