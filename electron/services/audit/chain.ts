import { createHash, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import type { AuditEvent } from '../../../shared/audit';
import { canonicalJson } from '../../../shared/pakta/canonical';
import { parsePayload, signedMessage } from '../signing/codes';
import { keyFingerprint } from '../signing/keys';

/**
 * The audit log's chain rules, pure apart from hashing. Each event is one JSON line; its hash is
 * the SHA-256 of the line's bytes as written (never re-serialised, so any changed byte shows), and
 * the next event names it as `prev`. The head (seq and hash of the last event it vouches for) is
 * signed with the installation's Ed25519 key through the signing service's document signature, so
 * a deleted, edited or inserted event, or a cut-off tail, breaks the chain or the head.
 */

export const GENESIS_PREV = '0'.repeat(64);

export const auditHeadSchema = z.object({
  installationId: z.string().uuid(),
  seq: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string().max(40),
  /** The signing service's payload over {@link headContent}. */
  signature: z.string().max(400),
  /** PEM of the Ed25519 key that signed. */
  publicKey: z.string().max(2000),
});
export type AuditHead = z.infer<typeof auditHeadSchema>;

/** SHA-256 (hex) of one line of the log. */
export function lineHash(line: string): string {
  return createHash('sha256').update(line, 'utf8').digest('hex');
}

/** The canonical content the head's signature covers (a document id the signing service accepts). */
export function headContent(head: Pick<AuditHead, 'installationId' | 'seq' | 'hash' | 'at'>): string {
  return canonicalJson({ id: `audit-${head.seq}`, kind: 'audit-head', installation: head.installationId, seq: head.seq, hash: head.hash, at: head.at });
}

/** Whether the head's signature is valid under `publicKey`; a reason (Indonesian) when not. */
export function headSignatureProblem(head: AuditHead, publicKey: KeyObject): string | null {
  const payload = parsePayload(head.signature);
  const content = headContent(head);
  if (
    payload === null ||
    payload.docId !== `audit-${head.seq}` ||
    payload.sha256 !== lineHash(content) ||
    payload.keyFingerprint !== keyFingerprint(publicKey) ||
    !verify(null, signedMessage(payload.docId, payload.sha256), publicKey, payload.signature)
  ) {
    return 'Tanda tangan ujung rantai riwayat tidak cocok: riwayat telah diubah di luar ZI Desk.';
  }
  return null;
}

/** Where a chain stands: the last event checked. */
export interface ChainPoint {
  seq: number;
  hash: string;
}

export const CHAIN_START: ChainPoint = { seq: 0, hash: GENESIS_PREV };

export interface LinesCheck {
  /** The events that link up, in order (all of them when not broken). */
  events: AuditEvent[];
  /** Hash of every line checked, by position (for the head and for joining an import). */
  hashes: string[];
  end: ChainPoint;
  /** Why the chain breaks (Indonesian), else null. */
  broken: string | null;
}

function isEvent(value: unknown): value is AuditEvent {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as Record<string, unknown>;
  return (
    typeof event.seq === 'number' &&
    typeof event.prev === 'string' &&
    typeof event.at === 'string' &&
    typeof event.inst === 'string' &&
    typeof event.by === 'string' &&
    typeof event.kind === 'string' &&
    typeof event.op === 'string' &&
    typeof event.doc === 'string' &&
    typeof event.summary === 'object' &&
    event.summary !== null
  );
}

/**
 * Checks lines that continue the chain at `from`: each parses, numbers `from.seq + 1, + 2 …`, names
 * its predecessor's hash and belongs to `installationId`. Stops at the first break.
 */
export function checkLines(lines: readonly string[], from: ChainPoint, installationId: string): LinesCheck {
  const events: AuditEvent[] = [];
  const hashes: string[] = [];
  let { seq, hash } = from;
  for (const line of lines) {
    const expected = seq + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = null;
    }
    if (!isEvent(value) || value.inst !== installationId) {
      return { events, hashes, end: { seq, hash }, broken: `Catatan riwayat ke-${expected} rusak atau telah diubah di luar ZI Desk.` };
    }
    if (value.seq !== expected || value.prev !== hash) {
      return {
        events,
        hashes,
        end: { seq, hash },
        broken: `Catatan riwayat sesudah ke-${seq} hilang, diubah, tertukar urutannya, atau disisipkan.`,
      };
    }
    seq = expected;
    hash = lineHash(line);
    events.push(value);
    hashes.push(hash);
  }
  return { events, hashes, end: { seq, hash }, broken: null };
}

/**
 * Whether the signed head vouches for the chain: it names an event that exists with the same hash.
 * Events after it are the unsigned tail (signed shortly after a save; left by a crash before).
 */
export function headMatchProblem(head: AuditHead, hashes: readonly string[]): string | null {
  if (head.seq > hashes.length) {
    return `Catatan riwayat ke-${hashes.length + 1} sampai ke-${head.seq} hilang (ujung rantai bertanda tangan menyebut ${head.seq} catatan).`;
  }
  if (head.seq > 0 && hashes[head.seq - 1] !== head.hash) {
    return `Catatan riwayat ke-${head.seq} telah diubah: tidak sama dengan yang ditandatangani.`;
  }
  return null;
}
