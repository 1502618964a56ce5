import type { Sandbox } from '../sandbox';
import { MAX_SIGNATURE_BATCH } from '../sandbox/signatures';
import type { SigningService } from '../signing';
import type { QrPayload } from '../signing/codes';

/**
 * Many signatures of this installation verified off the main thread (the start-up integrity check
 * of pledges and of their status log), with the exact answers of `SigningService.verifyCode`.
 *
 * verifyCode decides in steps (payload, key, Ed25519 signature, document id, content hash); only
 * the Ed25519 step is costly (~0.1–0.3 ms). So the caller first checks, on main, every step but
 * that one for the plain case — a payload of this installation's current key, for the expected
 * document, over the content's SHA-256 — and queues only the (message, signature) pair; the
 * sandbox's threads verify the pairs (sandbox/signatures.ts), never seeing a key but the public
 * one. A pair that verifies settles the item as verifyCode would (valid, own issuer). Anything
 * else — another key (a retired or foreign one), a malformed payload, a failed signature, the
 * sandbox unavailable — goes to verifyCode itself on main, so every reason stays its own; those
 * are the rare, damaged records.
 */

/** Where the pairs are verified: the parsing sandbox's worker threads. */
export type SignatureVerifier = Pick<Sandbox, 'verifySignatures' | 'startSignatureThreads'>;

/** The key the pairs are checked against. */
export type OwnKey = Pick<SigningService, 'fingerprint' | 'exportPublicKey'>;

/** A pair the worker verifies: the message the Ed25519 signature covers, and the signature. */
interface Pair {
  message: string;
  signature: Uint8Array;
}

/**
 * The pair to verify when `payload` is this installation's current key's, for `docId`, over
 * `sha256`; null when verifyCode must decide. The message is codes.ts `signedMessage` as text.
 */
export function ownPair(payload: QrPayload | null, docId: string, sha256: string, key: OwnKey): Pair | null {
  if (!payload || payload.docId !== docId || payload.sha256 !== sha256 || payload.keyFingerprint !== key.fingerprint) return null;
  return { message: `ZID1\n${docId}\n${sha256}`, signature: payload.signature };
}

/**
 * Pairs per job: the threads start on the first ones while main prepares the rest (the pairs are
 * streamed, never collected first), and small jobs, each sent to the thread with the least work
 * waiting, keep every thread busy to the end even when one started later.
 */
const JOB_PAIRS = Math.min(500, MAX_SIGNATURE_BATCH);

/** Pairs queued for the sandbox, sent in jobs as they fill; {@link valid} after {@link done}. */
export class PairQueue {
  private readonly results: boolean[] = [];
  private messages: string[] = [];
  private signatures: Uint8Array[] = [];
  private first = 0;
  private readonly jobs: Promise<void>[] = [];
  private readonly publicKeyPem: string;

  constructor(
    private readonly verifier: SignatureVerifier | null,
    key: OwnKey,
  ) {
    this.publicKeyPem = verifier ? key.exportPublicKey().pem : '';
  }

  /** Queues a pair; returns its index for {@link valid}. */
  add(pair: Pair): number {
    const index = this.results.length;
    this.results.push(false);
    if (!this.verifier) return index;
    this.messages.push(pair.message);
    this.signatures.push(pair.signature);
    if (this.messages.length >= JOB_PAIRS) this.send();
    return index;
  }

  /** Waits for every job. */
  async done(): Promise<void> {
    this.send();
    await Promise.all(this.jobs);
  }

  /** True when the pair's signature verified in the sandbox (false: not verified there — verifyCode decides). */
  valid(index: number): boolean {
    return this.results[index] === true;
  }

  private send(): void {
    const { messages, first, verifier } = this;
    if (messages.length === 0 || !verifier) return;
    const signatures = new Uint8Array(messages.length * 64);
    for (const [index, signature] of this.signatures.entries()) signatures.set(signature, index * 64);
    this.first += messages.length;
    this.messages = [];
    this.signatures = [];
    this.jobs.push(
      verifier.verifySignatures({ publicKeyPem: this.publicKeyPem, messages, signatures }).then(
        (flags) => {
          for (const [offset, flag] of flags.entries()) this.results[first + offset] = flag === 1;
        },
        // A job that failed (no worker, time limit) leaves its pairs to verifyCode on main.
        () => undefined,
      ),
    );
  }
}

/**
 * A pause for the event loop whenever `budgetMs` of work ran since the last one: call it between
 * items of a long loop on main, so no turn of the loop blocks longer than that (setImmediate lets
 * I/O and other calls run).
 */
export function pacer(budgetMs = 8): () => Promise<void> | undefined {
  let since = performance.now();
  return () => {
    if (performance.now() - since < budgetMs) return undefined;
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        since = performance.now();
        resolve();
      }),
    );
  };
}
