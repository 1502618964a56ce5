import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox } from '../../../../../electron/services/sandbox';
import { SandboxRunner } from '../../../../../electron/services/sandbox/runner';
import { AppFailure } from '../../../../../shared/result';

/**
 * The runner's limits, with a stand-in worker (plain JavaScript, the sandbox's message protocol)
 * that spins or allocates on request: the real parsers refuse bombs before they could do either.
 */
const HOG = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, job }) => {
  if (job === 'spin') for (;;) {}
  if (job === 'grow') { const keep = []; for (;;) keep.push(new Array(100000).fill({ job })); }
  if (job === 'fail') { parentPort.postMessage({ type: 'failed', id, code: 'STORAGE_ERROR', message: 'x' }); return; }
  parentPort.postMessage({ type: 'done', id, result: { echo: job, thread: require('node:worker_threads').threadId } });
});
parentPort.postMessage({ type: 'ready' });
`;

const runners: SandboxRunner[] = [];
afterEach(async () => {
  await Promise.all(runners.splice(0).map((runner) => runner.close()));
});

function runner(limits: ConstructorParameters<typeof SandboxRunner>[1] = {}): SandboxRunner {
  const created = new SandboxRunner({ script: HOG, eval: true }, { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 8, ...limits });
  runners.push(created);
  return created;
}

async function failureOf(promise: Promise<unknown>): Promise<AppFailure> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppFailure)) throw new Error(`expected an AppFailure, got ${String(error)}`);
  return error;
}

describe('SandboxRunner', () => {
  it('reuses one warm thread for successive jobs', async () => {
    const sandbox = runner();
    const first = (await sandbox.run('a')) as { thread: number };
    const second = (await sandbox.run('b')) as { echo: string; thread: number };
    expect(second.echo).toBe('b');
    expect(second.thread).toBe(first.thread);
  });

  it('stops a job over its time limit with the Indonesian message, then works again in a new thread', async () => {
    const sandbox = runner({ timeLimitMs: 300 });
    const before = (await sandbox.run('a')) as { thread: number };
    const failure = await failureOf(sandbox.run('spin'));
    expect(failure.code).toBe('TOO_LARGE');
    expect(failure.message).toMatch(/^Berkas terlalu besar atau rusak: .*batas waktu.*Tidak ada data yang disimpan/);
    const after = (await sandbox.run('b')) as { thread: number };
    expect(after.thread).not.toBe(before.thread);
  });

  it('stops a job over its heap limit (ERR_WORKER_OUT_OF_MEMORY) without growing the main heap', async () => {
    const sandbox = runner();
    await sandbox.run('warm');
    const heapBefore = process.memoryUsage().heapUsed;
    const failure = await failureOf(sandbox.run('grow'));
    expect(failure.code).toBe('TOO_LARGE');
    expect(failure.message).toMatch(/^Berkas terlalu besar atau rusak: .*batas memori/);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(32 * 1024 * 1024);
    expect(await sandbox.run('again')).toMatchObject({ echo: 'again' });
  });

  it('does not trust error codes a worker should never report', async () => {
    const failure = await failureOf(runner().run('fail'));
    expect(failure.code).toBe('UNSUPPORTED_FILE');
    expect(failure.message).toContain('Berkas terlalu besar atau rusak');
  });
});

describe('createSandbox', () => {
  it('refuses a result of the wrong shape', async () => {
    const sandbox = createSandbox({ script: { script: HOG, eval: true } });
    try {
      const failure = await failureOf(sandbox.previewRoster('pegawai.csv', new Uint8Array([1]), { units: [], people: [] }));
      expect(failure.code).toBe('INTERNAL');
    } finally {
      await sandbox.close();
    }
  });

  it('refuses to open files when the installation has no sandbox worker', async () => {
    const sandbox = createSandbox({ script: null });
    const failure = await failureOf(sandbox.previewRoster('pegawai.csv', new Uint8Array([1]), { units: [], people: [] }));
    expect(failure.message).toContain('Pemeriksa berkas tidak tersedia');
  });

  it('parses in the real worker thread (TypeScript sources under vitest)', async () => {
    const sandbox = createSandbox();
    try {
      const parsed = await sandbox.previewRoster('pegawai.csv', new TextEncoder().encode('nama;nip\nBudi;1\n'), { units: [], people: [] });
      expect(parsed.fileErrors[0]).toContain('Kolom wajib tidak ditemukan');
    } finally {
      await sandbox.close();
    }
  });
});
