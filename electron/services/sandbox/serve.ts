import { parentPort } from 'node:worker_threads';
import { AppFailure } from '../../../shared/result';
import { UNREADABLE_MESSAGE } from './messages';
import type { SandboxJob, SandboxReply, SandboxRequest } from './protocol';

/**
 * The sandbox's side of the thread protocol (protocol.ts), shared by its two worker entries
 * (worker.ts, signatureWorker.ts): jobs run one after another; a result goes back as `done`, a
 * failure as a code and an Indonesian message; `ready` once the entry's modules are loaded.
 */
export function serveJobs(run: (job: SandboxJob) => unknown): void {
  const port = parentPort;
  if (!port) throw new Error('a sandbox worker entry must run as a worker thread');
  const post = (reply: SandboxReply): void => port.postMessage(reply);
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (request: SandboxRequest) => {
    queue = queue.then(async () => {
      try {
        post({ type: 'done', id: request.id, result: await run(request.job as SandboxJob) });
      } catch (error) {
        // Parsers throw plain errors for broken files; the user sees the sandbox's generic message.
        const failure = error instanceof AppFailure ? error : new AppFailure('UNSUPPORTED_FILE', UNREADABLE_MESSAGE);
        post({ type: 'failed', id: request.id, code: failure.code, message: failure.message });
      }
    });
  });
  post({ type: 'ready' });
}
