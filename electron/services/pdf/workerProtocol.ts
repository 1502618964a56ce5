import type { ErrorCode } from '../../../shared/result';
import type { PdfJob } from './jobs';
import type { WarmUpOptions } from './warmup';

/** Data given to the worker when it starts. */
export interface PdfWorkerData {
  fontsDir?: string;
  /** Render a throw-away pledge at start, so the first real job is fast. */
  warmUp?: WarmUpOptions | false;
}

/** Parent → worker. */
export type ToWorker = { type: 'run'; id: number; job: PdfJob };

/** Worker → parent. */
export type FromWorker =
  | { type: 'ready'; warmUpMs: number }
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; result: unknown }
  | { type: 'error'; id: number; code: ErrorCode; message: string };
