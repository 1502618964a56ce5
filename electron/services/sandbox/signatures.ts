import { createPublicKey, verify } from 'node:crypto';
import { AppFailure } from '../../../shared/result';

/**
 * Ed25519 signatures verified in bulk, in the sandbox's worker threads (the start-up integrity
 * check of every pledge and status-log entry): only a public key and (message, signature) pairs
 * cross to the thread — never a private key, never a record. One flag per pair comes back.
 */

/** What crosses to the worker: the public key (SPKI PEM), the signed messages and their 64-byte signatures one after another. */
export interface SignatureBatch {
  publicKeyPem: string;
  messages: string[];
  signatures: Uint8Array;
}

/** Ed25519 signatures are 64 bytes. */
export const SIGNATURE_BYTES = 64;

/** Pairs in one job at most (a job stays well inside the sandbox's time limit even on a slow, loaded machine). */
export const MAX_SIGNATURE_BATCH = 5_000;

const REFUSED = 'Daftar tanda tangan yang diperiksa tidak valid. Mulai ulang aplikasi; jika berulang, hubungi pengelola aplikasi.';

/** 1 where the message's signature verifies under the key, else 0 (in the order given). */
export function verifySignatureBatch(batch: SignatureBatch): Uint8Array {
  const { publicKeyPem, messages, signatures } = batch;
  if (
    typeof publicKeyPem !== 'string' ||
    publicKeyPem.length > 1_000 ||
    !Array.isArray(messages) ||
    messages.length > MAX_SIGNATURE_BATCH ||
    !(signatures instanceof Uint8Array) ||
    signatures.length !== messages.length * SIGNATURE_BYTES
  ) {
    throw new AppFailure('INVALID_INPUT', REFUSED);
  }
  // An empty batch only starts the thread (the caller knows a large one is coming).
  if (messages.length === 0) return new Uint8Array(0);
  let key;
  try {
    key = createPublicKey(publicKeyPem);
  } catch {
    throw new AppFailure('INVALID_INPUT', REFUSED);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new AppFailure('INVALID_INPUT', REFUSED);
  const flags = new Uint8Array(messages.length);
  for (const [index, message] of messages.entries()) {
    if (typeof message !== 'string' || message.length > 1_000) throw new AppFailure('INVALID_INPUT', REFUSED);
    const signature = signatures.subarray(index * SIGNATURE_BYTES, (index + 1) * SIGNATURE_BYTES);
    flags[index] = verify(null, Buffer.from(message, 'utf8'), key, signature) ? 1 : 0;
  }
  return flags;
}
