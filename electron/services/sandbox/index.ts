import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import type { ImportLayer } from '../../../shared/exchange';
import type { Template } from '../../../shared/lke';
import { AppFailure } from '../../../shared/result';
import type { Worksheet } from '../../../shared/worksheets';
import type { ParsedImport } from '../exchange/importWorksheet';
import type { ImageInfo } from '../images';
import type { PreparedSignature } from '../pakta/signature';
import { personInputSchema } from '../../../shared/masterdata/schemas';
import type { ImportRow } from '../../../shared/masterdata/import';
import type { RosterContext, RosterValidation } from '../roster/preview';
import { SANDBOX_BROKEN_MESSAGE } from './messages';
import type { PdfVerificationCheck } from './pdf';
import type { QrImageRead } from './qr';
import type { BundleRead } from './bundle';
import { MAX_SIGNATURE_BATCH, type SignatureBatch } from './signatures';
import { RESULT_SLICE, type SandboxJob, type Sliced } from './protocol';
import {
  bundleReadSchema,
  imageInfoSchema,
  importRowSchema,
  parsedImportSchema,
  rosterPreviewSchema,
  pdfVerificationReadSchema,
  qrImageReadSchema,
  preparedSignatureSchema,
  signatureFlagsSchema,
} from './results';
import { SandboxRunner, type SandboxLimits, type SandboxScript } from './runner';

/**
 * The parsing sandbox: every user-supplied file (roster .xlsx/.csv, LKE .xlsx, signature and logo
 * images, PDFs dropped for verification) is opened in a worker thread with a heap cap and a time
 * limit (runner.ts), after the bomb checks (zip.ts, pdf/png.ts); the main process receives only
 * plain data that passed the zod schemas of results.ts. A thread stopped for memory or time gives
 * `AppFailure('TOO_LARGE')` with "Berkas terlalu besar atau rusak …"; nothing is saved, because
 * every caller stores only what the sandbox returned.
 */
export interface Sandbox {
  /** Reads a roster (.xlsx/.csv) and checks every row against `context` (roster/preview.ts). */
  previewRoster(fileName: string, bytes: Uint8Array, context: RosterContext): Promise<RosterValidation & { fileErrors: string[] }>;
  parseWorksheetXlsx(bytes: Uint8Array, worksheet: Worksheet, template: Template, layer: ImportLayer): Promise<ParsedImport>;
  /** Checks and cleans a signature image (pakta/signature.ts `prepareSignature`). */
  prepareSignature(bytes: Uint8Array, source: 'drawn' | 'scan'): Promise<PreparedSignature>;
  /** Decodes a logo once, at upload: its type and size when it is a usable PNG or JPEG. */
  checkLogo(bytes: Uint8Array): Promise<ImageInfo>;
  /** The PDF signature, page count, verification payload and content of a dropped PDF (sandbox/pdf.ts). */
  readPdfForVerification(bytes: Uint8Array): Promise<PdfVerificationCheck>;
  /** The QR text on a photo or scan (PNG/JPEG) of a paper document, or null when none is found (sandbox/qr.ts). */
  readQrFromImage(bytes: Uint8Array): Promise<QrImageRead>;
  /** Checks a `.zidesk` bundle's container and entries against its manifest (sandbox/bundle.ts); the signature is checked by the caller. */
  readBundle(bytes: Uint8Array): Promise<BundleRead>;
  /**
   * Verifies Ed25519 signatures (sandbox/signatures.ts): one flag per message, 1 when its signature
   * holds under the key. Jobs run in the signature threads ({@link signatureThreadCount} of them,
   * each on signatureWorker.ts), each job sent to the thread with the least work waiting — a thread
   * that started later gets fewer — so a large check is split across them; at most
   * {@link MAX_SIGNATURE_BATCH} pairs per call.
   */
  verifySignatures(batch: SignatureBatch): Promise<Uint8Array>;
  /** Starts the threads {@link verifySignatures} uses, ahead of a large check (they load while main reads the data). */
  startSignatureThreads(): void;
  /** Stops the worker thread (a later job starts a new one). */
  close(): Promise<void>;
}

/** Bundle file name of the worker entry (scripts/build.mjs emits it next to main.js and web-host.js). */
export const SANDBOX_WORKER_BUNDLE = 'sandbox-worker.js';

/** Bundle file name of the signature threads' entry (signatureWorker.ts), emitted next to {@link SANDBOX_WORKER_BUNDLE}. */
export const SIGNATURE_WORKER_BUNDLE = 'signature-worker.js';

/** The sandbox's worker entries: the parsing thread's, and the signature threads' (node:crypto only). */
const ENTRIES = {
  parse: { source: './worker.ts', bundle: SANDBOX_WORKER_BUNDLE },
  signatures: { source: './signatureWorker.ts', bundle: SIGNATURE_WORKER_BUNDLE },
} as const;

/**
 * Signature threads for a machine with `cores` cores: one per core up to two (one core: one), and
 * beyond two cores one fewer than the cores (main keeps one), at most four — past that a start's
 * 11,000 signatures no longer gain what another thread costs to start.
 */
export function signatureThreadCount(cores: number = availableParallelism()): number {
  if (cores <= 2) return Math.max(1, Math.floor(cores));
  return Math.min(4, Math.floor(cores) - 1);
}

/**
 * Where the sandbox's worker script is: from the TypeScript sources (vitest, tsx), a bootstrap
 * that registers tsx's loader inside the thread and imports worker.ts; from the bundle, the
 * emitted `sandbox-worker.js` next to it — in a packaged app taken from `app.asar.unpacked`
 * (electron-builder.yml `asarUnpack`), since a worker thread cannot start from inside app.asar.
 * Null when the bundle has no worker next to it.
 */
export function sandboxWorkerScript(moduleUrl: string = import.meta.url, entry: keyof typeof ENTRIES = 'parse'): SandboxScript | null {
  const { source, bundle } = ENTRIES[entry];
  if (/\.[cm]?ts$/.test(new URL(moduleUrl).pathname)) {
    const tsxRoot = path.dirname(createRequire(moduleUrl).resolve('tsx/package.json'));
    const tsxApi = pathToFileURL(path.join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
    const entryUrl = new URL(source, moduleUrl).href;
    return { script: `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entryUrl)}); });`, eval: true };
  }
  const bundled = fileURLToPath(new URL(`./${bundle}`, moduleUrl)).replace(/([\\/])app\.asar(?=[\\/])/, '$1app.asar.unpacked');
  return existsSync(bundled) ? { script: pathToFileURL(bundled) } : null;
}

/** Options of {@link createSandbox}. */
export interface SandboxOptions {
  /** The worker script; default {@link sandboxWorkerScript}. */
  script?: SandboxScript | null;
  /**
   * The signature threads' script; default {@link sandboxWorkerScript}'s `signatures` entry, or
   * `script` when that is given (worker.ts answers signature jobs too) or the entry is missing.
   */
  signatureScript?: SandboxScript | null;
  /** Signature threads; default {@link signatureThreadCount}. */
  signatureThreads?: number;
  limits?: Partial<SandboxLimits>;
}

/** A sandbox over its own worker thread. */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const script = options.script === undefined ? sandboxWorkerScript() : options.script;
  const runner = script ? new SandboxRunner(script, options.limits) : null;
  // The signature threads run signature jobs only (never a parser's), each a runner of its own.
  const signatureScript = (options.signatureScript === undefined && options.script === undefined ? sandboxWorkerScript(import.meta.url, 'signatures') : options.signatureScript) ?? script;
  const verifiers = signatureScript ? Array.from({ length: options.signatureThreads ?? signatureThreadCount() }, () => new SandboxRunner(signatureScript, options.limits)) : [];
  /** Work sent to each signature thread and not answered yet: its pairs plus one per job (so empty jobs spread too). */
  const waiting = verifiers.map(() => 0);

  async function run<S extends z.ZodType>(job: SandboxJob, schema: S, on: SandboxRunner | null = runner): Promise<z.output<S>> {
    if (!on) {
      console.error(`Parsing sandbox unavailable: no ${SANDBOX_WORKER_BUNDLE} next to the bundle.`);
      throw new AppFailure('INTERNAL', 'Pemeriksa berkas tidak tersedia di instalasi ini, sehingga berkas tidak dibuka. Pasang ulang aplikasi.');
    }
    const result = schema.safeParse(await on.run(job));
    if (!result.success) throw new AppFailure('INTERNAL', SANDBOX_BROKEN_MESSAGE);
    return result.data;
  }

  return {
    previewRoster: async (fileName, bytes, context) => {
      const sent = await run({ kind: 'roster', fileName, bytes, context }, rosterPreviewSchema);
      const rows: ImportRow[] = await unslice(sent.rows, importRowSchema);
      const valid = await unslice(sent.valid, personInputSchema);
      if (valid.length > rows.length) throw new AppFailure('INTERNAL', SANDBOX_BROKEN_MESSAGE);
      return { rows, valid, fileErrors: sent.fileErrors };
    },
    parseWorksheetXlsx: (bytes, worksheet, template, layer) => run({ kind: 'worksheetXlsx', bytes, worksheet, template, layer }, parsedImportSchema),
    prepareSignature: (bytes, source) => run({ kind: 'signature', bytes, source }, preparedSignatureSchema),
    checkLogo: async (bytes) => {
      const { components, ...info } = await run({ kind: 'logo', bytes }, imageInfoSchema);
      return components === undefined ? info : { ...info, components };
    },
    readPdfForVerification: (bytes) => run({ kind: 'pdfVerification', bytes }, pdfVerificationReadSchema),
    readQrFromImage: (bytes) => run({ kind: 'qrImage', bytes }, qrImageReadSchema),
    readBundle: (bytes) => run({ kind: 'bundle', bytes }, bundleReadSchema),
    verifySignatures: async (batch) => {
      if (batch.messages.length > MAX_SIGNATURE_BATCH) throw new AppFailure('INTERNAL', SANDBOX_BROKEN_MESSAGE);
      if (verifiers.length === 0) return run({ kind: 'signatures', ...batch }, signatureFlagsSchema, null);
      // The thread with the least work waiting (the first of equals): one that started later, or runs slower, gets fewer jobs.
      const index = waiting.indexOf(Math.min(...waiting));
      const work = batch.messages.length + 1;
      waiting[index] = (waiting[index] ?? 0) + work;
      let flags: Uint8Array;
      try {
        flags = await run({ kind: 'signatures', ...batch }, signatureFlagsSchema, verifiers[index] ?? null);
      } finally {
        waiting[index] = (waiting[index] ?? work) - work;
      }
      if (flags.length !== batch.messages.length || flags.some((flag) => flag > 1)) throw new AppFailure('INTERNAL', SANDBOX_BROKEN_MESSAGE);
      return flags;
    },
    startSignatureThreads: () => {
      for (const on of verifiers) void on.run({ kind: 'signatures', publicKeyPem: '', messages: [], signatures: new Uint8Array(0) }).catch(() => undefined);
    },
    close: async () => {
      await Promise.all([runner?.close(), ...verifiers.map((on) => on.close())]);
    },
  };
}

/**
 * The items of a sliced list, each checked with `schema`, one slice per event-loop turn so a long
 * list never blocks the main process for long. An item is kept as JSON.parse made it (a plain
 * object) when the schema's output equals it, so a 5,000-row preview is not allocated twice; an
 * item the schema would change (not already in its checked form) is refused.
 */
export async function unslice<S extends z.ZodType>(slices: Sliced, schema: S): Promise<z.output<S>[]> {
  const items: z.output<S>[] = [];
  for (const slice of slices) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    let parsed: unknown;
    try {
      parsed = JSON.parse(slice);
    } catch {
      parsed = null;
    }
    if (!Array.isArray(parsed) || parsed.length > RESULT_SLICE) throw new AppFailure('INTERNAL', SANDBOX_BROKEN_MESSAGE);
    for (const item of parsed as unknown[]) {
      const checked = schema.safeParse(item);
      if (!checked.success || !isDeepStrictEqual(checked.data, item)) throw new AppFailure('INTERNAL', SANDBOX_BROKEN_MESSAGE);
      items.push(item as z.output<S>);
    }
  }
  return items;
}

let shared: Sandbox | null = null;

/**
 * The process's sandbox: one warm worker thread shared by every data folder the process opens
 * (a thread pool, not a registry of services — it holds no data). The composition root uses it
 * unless given another.
 */
export function sharedSandbox(): Sandbox {
  shared ??= createSandbox();
  return shared;
}

export type { PdfVerificationCheck, PdfVerificationRead, PdfSignatureRead } from './pdf';
export type { SandboxLimits, SandboxScript } from './runner';
export { MAX_SIGNATURE_BATCH, type SignatureBatch } from './signatures';
