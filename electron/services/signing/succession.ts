import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { keySuccessionSchema, type KeySuccession } from '../../../shared/bundles';
import { canonicalJson } from '../../../shared/pakta/canonical';
import { keyFingerprint, rawPublicKey } from './keys';

/**
 * Key succession: at "Ganti kunci" the code key being retired signs that the new one succeeds it,
 * so another installation can follow a sender from a key it knows to the sender's current key
 * without trusting the newer key's word alone. The statement is canonical JSON of the context
 * string, the installation, both raw public keys and the time; its Ed25519 signature is made with
 * the earlier key.
 */

/** Domain separation: no other signature of ZI Desk covers a statement with this context. */
export const KEY_SUCCESSION_CONTEXT = 'zi-desk/key-succession/v1';

export type { KeySuccession } from '../../../shared/bundles';

function statement(link: Omit<KeySuccession, 'signature'>): Buffer {
  return Buffer.from(canonicalJson({ context: KEY_SUCCESSION_CONTEXT, installation: link.installation, from: link.from, to: link.to, at: link.at }), 'utf8');
}

/** Raw 32-byte Ed25519 public key as the succession statement names it (base64url). */
function rawText(publicKey: KeyObject): string {
  return rawPublicKey(publicKey).toString('base64url');
}

/** The public key a statement names, or null when it is not one. */
function keyOfRaw(raw: string): KeyObject | null {
  try {
    return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw }, format: 'jwk' });
  } catch {
    return null;
  }
}

/** The earlier key (`previous`, with its private key) endorses `next` as its successor. */
export function endorseSuccessor(previous: { privateKey: KeyObject; publicKey: KeyObject }, next: KeyObject, installation: string, at: Date): KeySuccession {
  const unsigned = { installation, from: rawText(previous.publicKey), to: rawText(next), at: at.toISOString() };
  return { ...unsigned, signature: sign(null, statement(unsigned), previous.privateKey).toString('base64url') };
}

/** A well-formed link whose signature verifies with its `from` key: the fingerprints of both keys; else null. */
export function checkSuccession(value: unknown): { link: KeySuccession; from: string; to: string } | null {
  const parsed = keySuccessionSchema.safeParse(value);
  if (!parsed.success) return null;
  const link = parsed.data;
  const from = keyOfRaw(link.from);
  const to = keyOfRaw(link.to);
  if (from === null || to === null) return null;
  const { signature, ...unsigned } = link;
  if (!verify(null, statement(unsigned), from, Buffer.from(signature, 'base64url'))) return null;
  return { link, from: keyFingerprint(from), to: keyFingerprint(to) };
}

/**
 * The fingerprints of the keys from which an unbroken chain of valid links leads to `current`
 * (each link signed by the earlier key). Invalid links are ignored; `current` itself is not in it.
 * The installation a link names is not compared: a data folder given a new id keeps its keys' history.
 */
export function endorsedPredecessors(links: readonly unknown[], current: string): Set<string> {
  const endorsersOf = new Map<string, string[]>();
  for (const value of links) {
    const checked = checkSuccession(value);
    if (checked === null || checked.from === checked.to) continue;
    endorsersOf.set(checked.to, [...(endorsersOf.get(checked.to) ?? []), checked.from]);
  }
  const reached = new Set<string>();
  const queue = [current];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const earlier of endorsersOf.get(next) ?? []) {
      if (earlier === current || reached.has(earlier)) continue;
      reached.add(earlier);
      queue.push(earlier);
    }
  }
  return reached;
}
