import type { ImportLayer } from '../../../shared/exchange';
import type { Template } from '../../../shared/lke';
import type { Worksheet } from '../../../shared/worksheets';

/**
 * Messages between the main process and the parsing sandbox's worker thread (worker.ts). Only
 * structured-clone data crosses; the main side checks every result with the schemas of results.ts.
 */

/** What the sandbox can parse: one job per kind of user-supplied file. */
export type SandboxJob =
  | { kind: 'roster'; fileName: string; bytes: Uint8Array }
  | { kind: 'worksheetXlsx'; bytes: Uint8Array; worksheet: Worksheet; template: Template; layer: ImportLayer }
  | { kind: 'signature'; bytes: Uint8Array; source: 'drawn' | 'scan' }
  | { kind: 'logo'; bytes: Uint8Array }
  | { kind: 'pdfVerification'; bytes: Uint8Array };

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
