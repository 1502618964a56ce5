import { generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createSandbox, sandboxWorkerScript, signatureThreadCount } from '../../../../../electron/services/sandbox';
import { SandboxRunner } from '../../../../../electron/services/sandbox/runner';
import { verifySignatureBatch, type SignatureBatch } from '../../../../../electron/services/sandbox/signatures';
import { AppFailure } from '../../../../../shared/result';

const key = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');
const publicKeyPem = key.publicKey.export({ type: 'spki', format: 'pem' }).toString();

/** `count` messages signed with the key, every third one by another key (so it must fail). */
function batch(count: number): SignatureBatch {
  const messages = Array.from({ length: count }, (_, index) => `ZID1\npk-2022-${String(index).padStart(4, '0')}\n${'ab'.repeat(32)}`);
  const signatures = new Uint8Array(count * 64);
  for (const [index, message] of messages.entries()) signatures.set(sign(null, Buffer.from(message), index % 3 === 2 ? other.privateKey : key.privateKey), index * 64);
  return { publicKeyPem, messages, signatures };
}

const expected = (count: number): number[] => Array.from({ length: count }, (_, index) => (index % 3 === 2 ? 0 : 1));

describe('verifySignatureBatch', () => {
  it('flags each signature that holds under the key, in order', () => {
    expect([...verifySignatureBatch(batch(7))]).toEqual(expected(7));
    expect(verifySignatureBatch({ publicKeyPem: '', messages: [], signatures: new Uint8Array(0) })).toEqual(new Uint8Array(0));
  });

  it('refuses a batch whose sizes disagree, a key that is not Ed25519 or not a key', () => {
    const good = batch(2);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    for (const bad of [
      { ...good, signatures: good.signatures.subarray(0, 100) },
      { ...good, publicKeyPem: rsa },
      { ...good, publicKeyPem: '-----BEGIN PUBLIC KEY-----\nbukan kunci\n-----END PUBLIC KEY-----' },
      { ...good, messages: [good.messages[0] ?? '', 42 as unknown as string] },
    ]) {
      expect(() => verifySignatureBatch(bad)).toThrow(AppFailure);
    }
  });
});

describe('Sandbox.verifySignatures', () => {
  const sandbox = createSandbox();
  afterAll(() => sandbox.close());

  it('gives the same flags from the worker threads, two jobs at once', async () => {
    sandbox.startSignatureThreads();
    const [first, second] = await Promise.all([sandbox.verifySignatures(batch(30)), sandbox.verifySignatures(batch(31))]);
    expect([...(first ?? [])]).toEqual(expected(30));
    expect([...(second ?? [])]).toEqual(expected(31));
  });

  it('refuses a bad batch with the worker\'s message, and more pairs than one job may carry', async () => {
    await expect(sandbox.verifySignatures({ ...batch(2), publicKeyPem: 'bukan kunci' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const many = { publicKeyPem, messages: Array.from({ length: 5_001 }, () => 'x'), signatures: new Uint8Array(5_001 * 64) };
    await expect(sandbox.verifySignatures(many)).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});

describe('the signature threads', () => {
  it('number one per core up to two, then one fewer than the cores, at most four', () => {
    expect([1, 2, 3, 4, 5, 8, 64].map((cores) => signatureThreadCount(cores))).toEqual([1, 2, 2, 3, 4, 4, 4]);
  });

  it('run their own entry, which verifies signatures and refuses every parse job', async () => {
    const script = sandboxWorkerScript(undefined, 'signatures');
    if (!script) throw new Error('no signature worker entry');
    const runner = new SandboxRunner(script);
    try {
      expect([...((await runner.run({ kind: 'signatures', ...batch(4) })) as Uint8Array)]).toEqual(expected(4));
      await expect(runner.run({ kind: 'logo', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    } finally {
      await runner.close();
    }
  });

  it('send each job to the thread with the least work waiting, not in turn', async () => {
    // A stand-in entry that answers a signature job with its thread's id as the flags' bits (after a pause for a large job).
    const WHO = `
const { parentPort, threadId } = require('node:worker_threads');
parentPort.on('message', ({ id, job }) => {
  const until = Date.now() + (job.messages.length > 100 ? 300 : 0);
  while (Date.now() < until) {}
  parentPort.postMessage({ type: 'done', id, result: Uint8Array.from(job.messages, (_, bit) => (threadId >> bit) & 1) });
});
parentPort.postMessage({ type: 'ready' });
`;
    const sandbox = createSandbox({ script: null, signatureScript: { script: WHO, eval: true }, signatureThreads: 2 });
    try {
      const thread = (flags: Uint8Array) => flags.subarray(0, 16).reduce((id, flag, bit) => id | (flag << bit), 0);
      const large = sandbox.verifySignatures(batch(1_000));
      // Round robin would send the second small job to the busy thread; the least-waiting rule sends all three to the idle one.
      const small = await Promise.all([batch(16), batch(16), batch(16)].map((each) => sandbox.verifySignatures(each)));
      const busy = thread(await large);
      const idle = small.map(thread);
      expect(new Set(idle).size).toBe(1);
      expect(idle).not.toContain(busy);
    } finally {
      await sandbox.close();
    }
  });
});
