import { Worker } from 'node:worker_threads';
import { AppFailure } from '../../../shared/result';
import { OUT_OF_MEMORY_MESSAGE, SANDBOX_BROKEN_MESSAGE, UNREADABLE_MESSAGE, timeLimitMessage } from './messages';
import type { SandboxReply, SandboxRequest } from './protocol';
import { sandboxErrorCodeSchema } from './results';

/**
 * Runs parse jobs in one worker thread at a time, with a heap cap (`resourceLimits`) and a time
 * limit per job. The thread is started on first use and kept warm for the next job (a job then
 * costs a message round trip instead of a thread start and an exceljs import); it is terminated
 * after a time-out, after running out of memory, and after {@link SandboxLimits.idleMs} without
 * work. Whatever the thread sends back is only `unknown` here: the caller validates it.
 */

/** Where the worker script is and how Node must start it. */
export interface SandboxScript {
  /** A file URL, or (with `eval`) JavaScript source. */
  script: URL | string;
  eval?: boolean;
}

/** Heap and time limits of the sandbox thread. */
export interface SandboxLimits {
  /** V8 old-generation heap of the thread (MB); beyond it V8 stops the thread (ERR_WORKER_OUT_OF_MEMORY). */
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
  /** One job, from the moment the warm thread receives it. */
  timeLimitMs: number;
  /** Starting the thread (loading its modules) before the first job. */
  startLimitMs: number;
  /** A warm thread with nothing to do is stopped after this long. */
  idleMs: number;
}

export const DEFAULT_SANDBOX_LIMITS: SandboxLimits = {
  maxOldGenerationSizeMb: 256,
  maxYoungGenerationSizeMb: 32,
  timeLimitMs: 20_000,
  startLimitMs: 60_000,
  idleMs: 120_000,
};

interface Task {
  job: unknown;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  ready: Promise<void>;
  /** Why the thread ended, when it did: shown to the job that was running. */
  ended: AppFailure | null;
  /** The job waiting for its reply. */
  pending: { id: number; resolve: (value: unknown) => void; reject: (error: AppFailure) => void } | null;
}

export class SandboxRunner {
  private readonly source: SandboxScript;
  private readonly limits: SandboxLimits;
  private thread: Thread | null = null;
  private readonly queue: Task[] = [];
  private busy = false;
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(source: SandboxScript, limits: Partial<SandboxLimits> = {}) {
    this.source = source;
    this.limits = { ...DEFAULT_SANDBOX_LIMITS, ...limits };
  }

  /** Runs one job in the thread; the result is unvalidated structured-clone data. */
  run(job: unknown): Promise<unknown> {
    return new Promise<unknown>((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }

  /** Stops the thread (a later job starts a new one). */
  async close(): Promise<void> {
    this.clearIdle();
    const thread = this.thread;
    this.thread = null;
    if (thread) await thread.worker.terminate();
  }

  private pump(): void {
    if (this.busy) return;
    const task = this.queue.shift();
    if (!task) {
      this.scheduleIdle();
      return;
    }
    this.busy = true;
    this.clearIdle();
    this.execute(task.job).then(task.resolve, task.reject).finally(() => {
      this.busy = false;
      this.pump();
    });
  }

  private start(): Thread {
    const { maxOldGenerationSizeMb, maxYoungGenerationSizeMb } = this.limits;
    const worker = new Worker(this.source.script, {
      ...(this.source.eval ? { eval: true } : {}),
      resourceLimits: { maxOldGenerationSizeMb, maxYoungGenerationSizeMb },
    });
    const thread: Thread = { worker, ready: Promise.resolve(), ended: null, pending: null };
    const broken = (): AppFailure => thread.ended ?? new AppFailure('INTERNAL', SANDBOX_BROKEN_MESSAGE);
    thread.ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (reply: SandboxReply) => {
        if (reply.type === 'ready') {
          resolve();
          return;
        }
        const pending = thread.pending;
        if (pending?.id !== reply.id) return;
        thread.pending = null;
        if (reply.type === 'done') pending.resolve(reply.result);
        else pending.reject(failureFrom(reply.code, reply.message));
      });
      worker.once('exit', () => {
        if (this.thread === thread) this.thread = null;
        reject(broken());
        thread.pending?.reject(broken());
        thread.pending = null;
      });
    });
    thread.ready.catch(() => undefined);
    worker.on('error', (error: Error & { code?: string }) => {
      thread.ended ??= error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new AppFailure('TOO_LARGE', OUT_OF_MEMORY_MESSAGE) : new AppFailure('INTERNAL', SANDBOX_BROKEN_MESSAGE);
    });
    worker.unref();
    return thread;
  }

  private async execute(job: unknown): Promise<unknown> {
    const thread = (this.thread ??= this.start());
    const { worker } = thread;
    // A running job keeps the process alive (a command-line caller waits for it); an idle thread does not.
    worker.ref();
    try {
      await this.within(thread.ready, this.limits.startLimitMs, thread);
      const id = this.nextId;
      this.nextId += 1;
      const reply = new Promise<unknown>((resolve, reject) => {
        thread.pending = { id, resolve, reject };
      });
      const request: SandboxRequest = { id, job };
      worker.postMessage(request);
      return await this.within(reply, this.limits.timeLimitMs, thread);
    } finally {
      if (this.thread === thread) worker.unref();
    }
  }

  /** `promise`, or a time-limit failure after `ms` — the thread is then terminated. */
  private async within<T>(promise: Promise<T>, ms: number, thread: Thread): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        thread.ended ??= new AppFailure('TOO_LARGE', timeLimitMessage(Math.round(ms / 1000)));
        if (this.thread === thread) this.thread = null;
        void thread.worker.terminate();
        reject(thread.ended);
      }, ms);
    });
    try {
      return await Promise.race([promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private scheduleIdle(): void {
    if (!this.thread || this.idleTimer) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (!this.busy && this.queue.length === 0) void this.close();
    }, this.limits.idleMs);
    this.idleTimer.unref();
  }

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}

/** A failure the worker reported; codes outside the expected few are not trusted. */
function failureFrom(code: unknown, message: unknown): AppFailure {
  const known = sandboxErrorCodeSchema.safeParse(code);
  if (!known.success || typeof message !== 'string' || message.length > 2_000) return new AppFailure('UNSUPPORTED_FILE', UNREADABLE_MESSAGE);
  return new AppFailure(known.data, message);
}
