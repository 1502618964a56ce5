import { AppFailure } from '../../../shared/result';
import { SANDBOX_BROKEN_MESSAGE } from './messages';
import { serveJobs } from './serve';
import { verifySignatureBatch } from './signatures';

/**
 * Entry point of the sandbox's signature threads (index.ts `verifySignatures`): the same protocol,
 * runner and limits as the parsing thread (worker.ts), but it loads node:crypto and nothing else,
 * so a thread is up in a fraction of the parsing bundle's start (whose 5 MB of parsers V8 must
 * read even when no parser runs) — it matters at a first start, when every thread is started at
 * once and competes with main for the same cores. Bundled as `dist/electron/signature-worker.js`.
 * Any other job is refused: parsers never run here.
 */

serveJobs((job) => {
  if (job.kind !== 'signatures') throw new AppFailure('INVALID_INPUT', SANDBOX_BROKEN_MESSAGE);
  return verifySignatureBatch(job);
});
