import type { ErrorCode } from '../../../shared/result';
import type { PdfJob } from './jobs';
import type { PledgeFile } from './pledge';
import type { WarmUpOptions } from './warmup';

/** Data given to the worker when it starts. */
export interface PdfWorkerData {
  fontsDir?: string;
  /** Render a throw-away pledge at start, so the first real job is fast. */
  warmUp?: WarmUpOptions | false;
}

/** Parent → worker. */
export type ToWorker = { type: 'run'; id: number; job: PdfJob };

/**
 * Worker → parent. The thread first loads pdfmake, pdfkit, fontkit and the fonts, then either
 * reports `ready` or `startFailed` with the reason (in English, for the log), and never runs a job
 * after `startFailed`. After `ready` it warms up when no job is waiting (jobs go first) and then
 * reports `warm` (also with the warm-up turned off, then with 0 ms).
 */
export type FromWorker =
  | { type: 'ready'; loadMs: number; warmUpMs: number }
  | { type: 'warm'; warmUpMs: number }
  | { type: 'startFailed'; reason: string }
  | { type: 'progress'; id: number; done: number; total: number }
  /** One file of a `pledgeFiles` job, posted as soon as it is made (its buffer transferred); the job's `result` then holds none. */
  | { type: 'file'; id: number; index: number; file: PledgeFile }
  /** `startedAt`/`endedAt`: when the thread began and finished the job (epoch ms, comparable across threads). */
  | { type: 'result'; id: number; result: unknown; startedAt?: number; endedAt?: number }
  /** `startUp`: the job failed because the thread lacks something it needs (a module it cannot resolve). */
  | { type: 'error'; id: number; code: ErrorCode; message: string; startUp?: boolean };

const MODULE_NOT_FOUND = new Set(['MODULE_NOT_FOUND', 'ERR_MODULE_NOT_FOUND']);

/** True for an error (or the cause of one) that says a module could not be resolved. */
export function isModuleResolutionError(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; current = (current as { cause?: unknown }).cause, depth += 1) {
    if (MODULE_NOT_FOUND.has(String((current as { code?: unknown }).code))) return true;
  }
  return false;
}
