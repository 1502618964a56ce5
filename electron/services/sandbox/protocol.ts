import type { ImportLayer } from '../../../shared/exchange';
import type { Template } from '../../../shared/lke';
import type { Worksheet } from '../../../shared/worksheets';
import type { RosterContext } from '../roster/preview';
import type { SignatureBatch } from './signatures';

/**
 * Messages between the main process and the parsing sandbox's worker thread (worker.ts). Only
 * structured-clone data crosses; the main side checks every result with the schemas of results.ts.
 */

/** What the sandbox can parse: one job per kind of user-supplied file. */
export type SandboxJob =
  | { kind: 'roster'; fileName: string; bytes: Uint8Array; context: RosterContext }
  | { kind: 'worksheetXlsx'; bytes: Uint8Array; worksheet: Worksheet; template: Template; layer: ImportLayer }
  | { kind: 'signature'; bytes: Uint8Array; source: 'drawn' | 'scan' }
  | { kind: 'logo'; bytes: Uint8Array }
  | { kind: 'pdfVerification'; bytes: Uint8Array }
  | { kind: 'qrImage'; bytes: Uint8Array }
  | { kind: 'bundle'; bytes: Uint8Array }
  | ({ kind: 'signatures' } & SignatureBatch);

/** The jobs that parse a user's file (jobs.ts); `signatures` is answered by the worker itself, without loading any parser. */
export type ParseJob = Exclude<SandboxJob, { kind: 'signatures' }>;

/**
 * Long lists come back as JSON text in slices of {@link RESULT_SLICE} items: one message of a few
 * strings is copied in microseconds, and main parses and checks one slice per event-loop turn
 * (a 5,000-row roster as one structured clone would block main for 100 ms or more).
 */
export type Sliced = string[];

/** Items per slice of a {@link Sliced} list. */
export const RESULT_SLICE = 100;

/** Main → worker. */
export interface SandboxRequest {
  id: number;
  job: unknown;
}

/** Worker → main. */
export type SandboxReply =
  | { type: 'ready' }
  | { type: 'done'; id: number; result: unknown }
  | { type: 'failed'; id: number; code: string; message: string };
