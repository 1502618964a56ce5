import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect } from 'vitest';
import { createAppDispatcher, type Dispatch } from '../../../../electron/handlers';
import { createServices, type ServiceOptions, type Services } from '../../../../electron/services/container';
import type { ChannelName, Contract, InputOf, OutputOf } from '../../../../shared/contract';
import type { PersonInput, UnitInput } from '../../../../shared/masterdata/schemas';
import type { AppError, ErrorCode, Result } from '../../../../shared/result';

/** The contract entry behind a `'domain:verb'` name. */
export type ChannelOf<N extends ChannelName> = N extends `${infer D}:${infer V}`
  ? D extends keyof Contract
    ? V extends keyof Contract[D]
      ? Contract[D][V]
      : never
    : never
  : never;

/** Real services on a real temp data folder, driven through the real dispatcher. */
export interface Harness {
  dataDir: string;
  services: Services;
  dispatch: Dispatch;
  /** Typed call of one channel (input checked against the contract at compile time). */
  call<N extends ChannelName>(name: N, input: InputOf<ChannelOf<N>>): Promise<Result<OutputOf<ChannelOf<N>>>>;
  /** Untyped call, for hostile input. */
  raw(name: unknown, input: unknown): Promise<Result<unknown>>;
  /** Closes the services (the data folder stays until afterEach). */
  close(): Promise<void>;
}

/**
 * A data folder prepared once (for a whole file) by running channels on it; the services are closed
 * again. Open it through {@link useHarness}'s `openCopy` so each test starts from the same bytes.
 */
export async function prepareDataDir(prepare: (dispatch: Dispatch) => Promise<void>): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'zi-desk-template-'));
  const services = await createServices({ dataDir: dir, host: 'web', version: 'test' });
  try {
    await prepare(createAppDispatcher(services));
  } finally {
    await services.close();
  }
  return { dir, remove: () => fsp.rm(dir, { recursive: true, force: true }) };
}

/** Opens harnesses on fresh temp folders; closes services and removes folders after each test. */
/** Test seams of the composition root (fonts, renderers, post-process hooks, clock, port). */
export type HarnessOptions = Omit<ServiceOptions, 'dataDir' | 'host' | 'version'>;

export function useHarness(): {
  open(dataDir?: string, options?: HarnessOptions): Promise<Harness>;
  /** A fresh copy of a prepared folder (without its lock file), opened. */
  openCopy(template: string): Promise<Harness>;
  tempDir(): Promise<string>;
} {
  const dirs: string[] = [];
  const opened: Services[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((services) => services.close().catch(() => undefined)));
    await Promise.all(dirs.splice(0).map((dir) => fsp.rm(dir, { recursive: true, force: true })));
  });
  const tempDir = async (): Promise<string> => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'zi-desk-handlers-'));
    dirs.push(dir);
    return dir;
  };
  const open = async (existing?: string, options: HarnessOptions = {}): Promise<Harness> => {
    const dataDir = existing ?? (await tempDir());
    const services = await createServices({ ...options, dataDir, host: 'web', version: 'test' });
    opened.push(services);
    const dispatch = createAppDispatcher(services);
    let closed = false;
    return {
      dataDir,
      services,
      dispatch,
      call: async (name, input) => {
        const result = await dispatch(name, input);
        // The day's snapshot after a first write runs in the background (no answer waits for it);
        // tests compare data folders between calls, so it lands before the next step.
        await services.backups.idle();
        return result as never;
      },
      raw: (name, input) => dispatch(name, input),
      async close() {
        if (closed) return;
        closed = true;
        const index = opened.indexOf(services);
        if (index >= 0) opened.splice(index, 1);
        await services.close();
      },
    };
  };
  return {
    tempDir,
    open,
    async openCopy(template) {
      const dir = await tempDir();
      await fsp.cp(template, dir, { recursive: true, filter: (source) => path.basename(source) !== '.zi-desk.lock' });
      return open(dir);
    },
  };
}

/** The value of a successful Result; fails the test with the error otherwise. */
export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Messages a user may see: non-empty, short, Indonesian, no stack trace or English runtime text. */
export function expectUserMessage(message: string): void {
  expect(message.trim()).not.toBe('');
  expect(message.length).toBeLessThan(400);
  expect(message).not.toMatch(/\n\s+at\s|\bat .+:\d+:\d+|\w*Error\b|Cannot |Expected|Invalid input|Required|received|is not a function|of undefined|of null/);
}

/** The error of a failed Result with the given code, its messages checked with {@link expectUserMessage}. */
export function expectFail(result: Result<unknown>, code: ErrorCode): AppError {
  if (result.ok) throw new Error(`expected ${code}, got ok: ${JSON.stringify(result.value).slice(0, 300)}`);
  expect(result.error.code, result.error.message).toBe(code);
  expectUserMessage(result.error.message);
  for (const issue of result.error.issues ?? []) expectUserMessage(issue.message);
  return result.error;
}

/** Content of `master.json` (compared as text: fast, and a readable diff), or null when it does not exist. */
export async function masterFile(dataDir: string): Promise<string | null> {
  try {
    return await fsp.readFile(path.join(dataDir, 'master.json'), 'utf8');
  } catch {
    return null;
  }
}

/** Every file of the data folder (relative path → bytes), except the lock file. */
export async function folderSnapshot(dataDir: string): Promise<Map<string, string>> {
  const entries = await fsp.readdir(dataDir, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.isFile() || entry.name === '.zi-desk.lock') continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dataDir, file).split(path.sep).join('/'), (await fsp.readFile(file)).toString('base64'));
  }
  return files;
}

/** People stored in master.json on disk (what survives a restart). */
export async function peopleOnDisk(dataDir: string): Promise<{ nama: string; nip: string; unitId: string }[]> {
  const file = await masterFile(dataDir);
  if (!file) return [];
  const envelope = JSON.parse(file) as { data: { people: { nama: string; nip: string; unitId: string }[] } };
  return envelope.data.people;
}

/** The institution's settings (Kabupaten Serang, fictional Inspektur), F4 paper. */
export const INSTITUTION = {
  pemerintahDaerah: 'Pemerintah Kabupaten Serang',
  namaInspektorat: 'Inspektorat Kabupaten Serang',
  alamat: 'Jl. Contoh No. 1, Serang',
  kota: 'Serang',
  inspektur: { nama: 'Drs. Contoh Inspektur Fiktif', nip: '197005182005031005', golongan: 'IV/c' },
  kertas: 'F4' as const,
};

/** A valid work unit input. */
export function unitInput(overrides: Partial<UnitInput> = {}): UnitInput {
  return {
    nama: 'Dinas Pendidikan dan Kebudayaan',
    singkatan: 'Dindikbud',
    jenis: 'DINAS_BADAN_KANTOR',
    kepalaNama: 'Drs. Contoh Kepala',
    kepalaNip: '19700518 200503 1 005',
    kepalaJabatan: 'Kepala Dinas',
    afirmasi: false,
    ...overrides,
  };
}

/** A valid PNS person input in the given unit. */
export function personInput(unitId: string, overrides: Partial<PersonInput> = {}): PersonInput {
  return {
    nama: 'Rina Contoh',
    jenisAsn: 'PNS',
    nip: '198503122010012004',
    golongan: 'III/b',
    jabatan: 'Analis Kebijakan',
    unitId,
    ...overrides,
  };
}

/** A 1 × 1 transparent PNG. */
export const TINY_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
