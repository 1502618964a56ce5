import { serveJobs } from './serve';
import { verifySignatureBatch } from './signatures';

/**
 * Entry point of the parsing sandbox's worker thread (runner.ts starts it with heap limits and
 * terminates it on time-out). Jobs run one after another (serve.ts); a failure is sent back as a
 * code and an Indonesian message. scripts/build.mjs bundles this file, with every package it
 * loads, as `dist/electron/sandbox-worker.js`. The parsers (jobs.ts: exceljs, pkijs, jsQR …) are
 * imported on the first parse job, not at start. Signature jobs are answered here too (a sandbox
 * given only this script), though the sandbox runs them in their own small entry,
 * signatureWorker.ts, whose thread does not read this 5 MB bundle.
 */

serveJobs(async (job) => (job.kind === 'signatures' ? verifySignatureBatch(job) : (await import('./jobs')).runSandboxJob(job)));
