import { createHash } from 'node:crypto';
import { canonicalJson, type CanonicalValue } from '../../../../shared/pakta/canonical';
import type { SigningService } from '../../signing';
import { parsePayload } from '../../signing/codes';
import { PairQueue, ownPair, pacer, type SignatureVerifier } from '../bulkVerify';
import type { StoredPledge } from '../documents';
import type { PledgeEvent } from './schema';

/**
 * The signed, hash-chained log of pledge status changes, one chain per year (stored in the year
 * document itself, so a status change and its event are written in one update). Each entry names
 * its sequence number, the SHA-256 of the previous entry, who, when and what, and is signed with
 * the installation's Ed25519 code key through the signing service's own sign/verify API (an
 * event is signed like a document: canonical JSON with an `id`). Rules checked on load:
 * - sequence numbers run 1, 2, 3 … and each entry names its predecessor's hash (a deleted or
 *   reordered event breaks the link);
 * - every signature verifies under a key of this installation (an edited event fails);
 * - every pledge's status in the record equals the status its events lead to (an undone
 *   revocation, a removed scan, a removed event at the end of the chain).
 *
 * A signed head spares the signatures of a log checked before. Once every entry up to `seq` has
 * been verified, the check hands back its {@link ChainHead} — `seq` and the hash of entry `seq` —
 * and the caller keeps it under one signature of the code key (pledges/verifiedList.ts). The next
 * check recomputes every entry's hash and link as always; when the links lead from the first
 * entry to the signed head's hash at `seq`, entries 1 … `seq` are byte for byte the entries that
 * were verified then (each entry's hash covers its content, its signature and the previous
 * entry's hash, so changing, removing, inserting or reordering any of them changes the hash at
 * `seq` unless SHA-256 collides), and only the entries after `seq` have their signatures
 * verified. Why this is safe: only this installation can sign a head (its key), and it signs one
 * only over entries whose signatures it verified or that an earlier signed head covered; an edited
 * event changes its hash, so the head no longer matches, every signature is verified again and the
 * edited one is reported as before. A head that does not match (an older one copied back, a log
 * cut short, a head from another folder) is simply not used: the result is the one of a full check.
 * The signatures still to verify go in bulk to the sandbox's threads (pakta/bulkVerify.ts) with the
 * same answers as one verifyCode each; the loops pause for the event loop every few milliseconds.
 *
 * Why a log without a signed head has every entry's signature verified, not only the last one's:
 * the last entry's signature covers its `prev`, hence (through the hashes) every earlier entry
 * byte for byte — but it vouches for them only if whoever signed it had checked them. This
 * installation does not: {@link appendEvent} links a new entry to whatever the file holds, without
 * verifying the entry before it (a status change must not wait for a check of the whole log). So a
 * last entry edited on disk, or one added with a foreign or made-up signature, would be sealed by
 * the next revocation's genuine signature, and a check trusting the last signature alone would miss
 * it; the same holds across a key rotation (a retired key's entries are the installation's own, but
 * an entry of a foreign key must never be vouched for by ours). Only the signed head is such a
 * check's record, since it is written after one — so it alone may stand for the entries before it.
 */

export { PLEDGE_EVENT_KINDS, pledgeEventSchema, type PledgeEvent, type PledgeEventKind } from './schema';

export const GENESIS_PREV = '0'.repeat(64);

/** The status of a pledge that the chain vouches for (prints are logged, not compared: a batch prints too). */
export interface ChainedStatus {
  revoked: boolean;
  wetSigned: boolean;
  scan: string | null;
}

export const INITIAL_STATUS: ChainedStatus = { revoked: false, wetSigned: false, scan: null };

export function statusOfRecord(pledge: StoredPledge): ChainedStatus {
  return { revoked: pledge.revoked !== null, wetSigned: pledge.wetSignedAt !== null, scan: pledge.scan?.blobHash ?? null };
}

/** Details of a genesis event: the status found when the log began. */
export function genesisDetails(pledge: StoredPledge): Record<string, string> {
  const status = statusOfRecord(pledge);
  return {
    revoked: String(status.revoked),
    wetSigned: String(status.wetSigned),
    scan: status.scan ?? '',
    ...(pledge.revoked ? { reason: pledge.revoked.reason } : {}),
  };
}

/** The status after `event`. */
export function applyEvent(status: ChainedStatus, event: Pick<PledgeEvent, 'kind' | 'details'>): ChainedStatus {
  switch (event.kind) {
    case 'genesis':
      return { revoked: event.details.revoked === 'true', wetSigned: event.details.wetSigned === 'true', scan: event.details.scan || null };
    case 'revoked':
    case 'revoked-elsewhere':
      return { ...status, revoked: true };
    case 'wet-signed':
      return { ...status, wetSigned: true };
    case 'scan-attached':
      return { ...status, wetSigned: true, scan: event.details.scan ?? null };
    case 'reprinted':
      return status;
  }
}

type Unsigned = Omit<PledgeEvent, 'signature'>;

/** The canonical content an event's signature covers (a document id the signing service accepts). */
export function eventContent(year: number, event: Unsigned): string {
  const content: { [key: string]: CanonicalValue } = {
    id: `ev-${year}-${event.seq}`,
    kind: 'pledge-event',
    year,
    seq: event.seq,
    prev: event.prev,
    at: event.at,
    by: event.by,
    event: event.kind,
    pledgeId: event.pledgeId,
    details: { ...event.details },
  };
  return canonicalJson(content);
}

/** SHA-256 of an entry from its canonical content and signature. */
function hashOf(content: string, signature: string): string {
  return createHash('sha256').update(`${content}\n${signature}`, 'utf8').digest('hex');
}

/** SHA-256 of an entry, signature included: what the next entry names as `prev`. */
export function eventHash(year: number, event: PledgeEvent): string {
  return hashOf(eventContent(year, event), event.signature);
}

/** An entry of the log whose signature, and every one before it, was verified: its `seq` and hash (kept signed by the caller). */
export interface ChainHead {
  seq: number;
  hash: string;
}

/** Appends a signed event to `events` (mutated: called inside the year document's update). */
export function appendEvent(
  signing: Pick<SigningService, 'signDocument'>,
  year: number,
  events: PledgeEvent[],
  event: Omit<Unsigned, 'seq' | 'prev'>,
): PledgeEvent {
  const last = events[events.length - 1];
  const unsigned: Unsigned = { ...event, seq: (last?.seq ?? 0) + 1, prev: last ? eventHash(year, last) : GENESIS_PREV };
  const entry: PledgeEvent = { ...unsigned, signature: signing.signDocument(eventContent(year, unsigned)).qrPayload };
  events.push(entry);
  return entry;
}

/** Result of checking one year's chain. */
export interface ChainCheck {
  /** Why the chain itself is broken (Indonesian), else null. */
  broken: string | null;
  /** Pledges whose record disagrees with their events, with the reason. */
  pledges: Map<string, string>;
  /** The last entry, every signature up to it verified (or covered by the signed head); null when broken or empty. */
  head: ChainHead | null;
}

const STATUS_WORDS = (status: ChainedStatus): string =>
  status.revoked ? 'dicabut' : status.scan ? 'berpindaian' : status.wetSigned ? 'ditandatangani basah' : 'belum ditandatangani';

/** What a chain check may take as verified, and where it verifies the rest. */
export interface ChainCheckOptions {
  /** A head this installation signed before (see the module comment): the entries it covers are not verified again. */
  head?: ChainHead | null;
  /** Where the other entries' signatures are verified in bulk (the sandbox's threads); null: each on main, through verifyCode. */
  verifier?: SignatureVerifier | null;
}

/** Checks a year's chain and each pledge's status against it. */
export async function checkChain(
  signing: Pick<SigningService, 'verifyCode' | 'fingerprint' | 'exportPublicKey'>,
  year: number,
  events: readonly PledgeEvent[],
  pledges: readonly StoredPledge[],
  options: ChainCheckOptions = {},
): Promise<ChainCheck> {
  const { head = null, verifier = null } = options;
  const result: ChainCheck = { broken: null, pledges: new Map(), head: null };
  const pause = pacer();
  // Links and hashes first; the first entry whose link fails ends the part that can be trusted.
  const contents: string[] = [];
  const hashes: string[] = [];
  let prev = GENESIS_PREV;
  for (const [index, event] of events.entries()) {
    await pause();
    if (event.seq !== index + 1 || event.prev !== prev) break;
    const content = eventContent(year, event);
    contents.push(content);
    prev = hashOf(content, event.signature);
    hashes.push(prev);
  }
  const linked = hashes.length;
  const covered = head !== null && head.seq <= linked && hashes[head.seq - 1] === head.hash ? head.seq : 0;
  // The other entries' signatures: the plain ones in bulk off main, then in order, so a failed one is reported before a later broken link.
  const queue = new PairQueue(verifier, signing);
  const pairs = new Map<number, number>();
  for (let index = covered; index < linked && verifier; index += 1) {
    await pause();
    const event = events[index];
    const content = contents[index];
    if (event === undefined || content === undefined) break;
    const pair = ownPair(parsePayload(event.signature), `ev-${year}-${event.seq}`, createHash('sha256').update(content, 'utf8').digest('hex'), signing);
    if (pair) pairs.set(index, queue.add(pair));
  }
  await queue.done();
  for (let index = covered; index < linked; index += 1) {
    const event = events[index];
    const content = contents[index];
    if (event === undefined || content === undefined) break;
    const pair = pairs.get(index);
    if (pair !== undefined && queue.valid(pair)) continue;
    await pause();
    const verified = await signing.verifyCode(event.signature, ({ docId }) =>
      docId === `ev-${year}-${event.seq}` ? { canonicalContent: content, qrPayload: event.signature } : null,
    );
    if (!verified.valid || !verified.issuer.own) {
      result.broken = `Catatan riwayat ke-${event.seq} tahun ${year} telah diubah: tanda tangannya tidak cocok.`;
      return result;
    }
  }
  if (linked < events.length) {
    result.broken = `Catatan riwayat ke-${linked + 1} tahun ${year} hilang, tertukar urutannya, atau disisipkan.`;
    return result;
  }
  const expected = new Map<string, ChainedStatus>();
  for (const event of events) expected.set(event.pledgeId, applyEvent(expected.get(event.pledgeId) ?? INITIAL_STATUS, event));
  for (const pledge of pledges) {
    await pause();
    const chained = expected.get(pledge.id) ?? INITIAL_STATUS;
    const actual = statusOfRecord(pledge);
    if (chained.revoked !== actual.revoked || chained.wetSigned !== actual.wetSigned || chained.scan !== actual.scan) {
      result.pledges.set(
        pledge.id,
        `Status di data pakta (${STATUS_WORDS(actual)}) tidak sama dengan riwayat bertanda tangan (${STATUS_WORDS(chained)}): data telah diubah di luar ZI Desk.`,
      );
    }
  }
  const last = hashes[linked - 1];
  result.head = last === undefined ? null : { seq: linked, hash: last };
  return result;
}
