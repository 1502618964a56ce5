import { generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createSandbox } from '../../../../../electron/services/sandbox';
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
