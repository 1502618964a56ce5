import { createHash } from 'node:crypto';
import { canonicalPledgeContent } from '../../../../shared/pakta/canonical';
import type { PledgeIntegrityView, YearIntegrity } from '../../../../shared/pledges';
import type { SigningService } from '../../signing';
import { normalizeCode, parsePayload, parseTypedCode, shortDocId, type QrPayload } from '../../signing/codes';
import { PairQueue, ownPair, pacer, type OwnKey, type SignatureVerifier } from '../bulkVerify';
import type { Storage } from '../../storage';
import type { PledgeYearDocument, StoredPledge } from '../documents';
import type { ChainHead, PledgeEvents } from '../events';
import { toPledgeRecord } from './records';
import type { LocatedPledge, PledgeRepository } from './repository';
import { createVerifiedLists, verifiedKey, type VerifiedList } from './verifiedList';

export { verifiedContent, verifiedKey, verifiedSpec } from './verifiedList';

const NOTHING_LISTED: VerifiedList = { keys: new Set(), head: null };

/**
 * Integrity of stored pledges: the signed content recomputed from each record must match its
 * code and QR signature, the code must be the record's own (not copied from another pledge), and
 * each status must agree with the signed status log (events/). Checked in the background at start,
 * cached per year document snapshot (a snapshot is replaced by every update), and before a reprint.
 *
 * Cost: an Ed25519 verification is ~0.1–0.2 ms, too slow for 10,000 records at every start. So a
 * year's records known to carry a valid payload, and the head of its status log, are kept under
 * one signature in `pledge-integrity/<year>` (verifiedList.ts): a record is listed when this
 * installation signs it, or after the check verified it once. A start then verifies that one
 * signature, recomputes each record's content hash against its payload and each log entry's hash
 * link, and verifies only what the list does not cover. A forged list fails its signature and is
 * ignored (everything is verified again).
 *
 * A start without a valid list (a first start after an upgrade, a copied folder, a forged list)
 * verifies every signature — 11,000 for 10,000 records and their log, ~1.2 s of one core for
 * Ed25519 alone — so its time is the machine's CPU shared out, and the check keeps every core busy
 * from its first moment: the sandbox's signature threads are started before the year document is
 * read (they load a small entry of their own, sandbox/signatureWorker.ts, not the parsers' bundle),
 * records are hashed on main and their pairs sent in jobs as they fill (pakta/bulkVerify.ts), each
 * job to the thread with the least work waiting, while the status log's pairs join the same
 * threads. Main keeps the canonical content + SHA-256 of each record: moving it into the threads
 * would send every record across and spare no CPU on a two-core machine, where main and the
 * threads already share both cores. Verifying fewer signatures is not sound: every record carries
 * its own signature, and a log's last signature does not vouch for the entries before it
 * (events/chain.ts says why).
 */

export const INTEGRITY_MESSAGES = {
  contentChanged: 'Isi pakta di data tidak cocok dengan tanda tangan digitalnya: data pakta telah diubah di luar ZI Desk.',
  foreignCode: 'Kode verifikasi pakta ini milik pakta lain: data pakta telah diubah di luar ZI Desk.',
  missingText: 'Teks pakta ini tidak ditemukan di data tahunannya.',
};

/** Checks one record's content against its code and signature; null when intact. */
export async function checkRecord(signing: Pick<SigningService, 'verifyCode'>, stored: StoredPledge, doc: PledgeYearDocument): Promise<string | null> {
  const text = doc.texts[stored.textRef];
  if (!text) return INTEGRITY_MESSAGES.missingText;
  const canonicalContent = canonicalPledgeContent(toPledgeRecord(stored, text));
  // The typed code leads to this record's payload; the payload's document id must be this record's.
  const result = await signing.verifyCode(stored.code, (query) =>
    query.code !== undefined || query.docId === stored.id ? { canonicalContent, qrPayload: stored.qrPayload } : null,
  );
  if (result.valid && result.issuer.own) return null;
  return result.docId !== null && result.docId !== stored.id ? INTEGRITY_MESSAGES.foreignCode : INTEGRITY_MESSAGES.contentChanged;
}

/** What a check may take as already verified, and where it verifies the rest. */
export interface CheckOptions {
  /** The year's signed list: the records and the log head it vouches for are not verified again. */
  listed?: VerifiedList;
  /** Keys vouched for or verified in this process (trusted as the list is). */
  known?: ReadonlySet<string>;
  /** Where signatures are verified in bulk (the sandbox's threads); null: each on main, through verifyCode. */
  verifier?: SignatureVerifier | null;
}

/**
 * The pair to verify for a record in the plain case — a typed code of the current form or an
 * earlier one that names the record's payload, and a payload of this installation's current key
 * for this record over its content — so that a valid pair means verifyCode accepts the record;
 * null when verifyCode must decide (checkRecord).
 */
function recordPair(stored: StoredPledge, payload: QrPayload | null, sha256: string, key: OwnKey) {
  if (parsePayload(stored.code) !== null) return null;
  const typed = parseTypedCode(stored.code);
  if (!typed || normalizeCode(stored.code) === null || !payload) return null;
  if (shortDocId(payload.docId) !== typed.docIdShort || !payload.sha256.startsWith(typed.shaPrefix)) return null;
  return ownPair(payload, stored.id, sha256, key);
}

/** Checks every pledge of a year document and the year's status log. */
export async function checkYear(
  signing: Pick<SigningService, 'verifyCode' | 'fingerprint' | 'exportPublicKey'>,
  events: PledgeEvents,
  doc: PledgeYearDocument,
  options: CheckOptions = {},
): Promise<YearIntegrity & { verified: Set<string>; head: ChainHead | null }> {
  const { listed = NOTHING_LISTED, known = new Set<string>(), verifier = null } = options;
  // The log is checked alongside (its pairs join the sandbox's queue; both loops pause for the event loop).
  const chainCheck = events.check(doc.year, { head: listed.head, verifier });
  chainCheck.catch(() => undefined);
  const reasons: (string | null)[] = [];
  const keys: string[] = [];
  const queue = new PairQueue(verifier, signing);
  const queued: [record: number, pair: number][] = [];
  const later: number[] = [];
  const pause = pacer();
  for (const [index, stored] of doc.pledges.entries()) {
    await pause();
    reasons.push(null);
    const key = verifiedKey(stored);
    keys.push(key);
    const text = doc.texts[stored.textRef];
    if (!text) {
      reasons[index] = INTEGRITY_MESSAGES.missingText;
      continue;
    }
    const sha = createHash('sha256').update(canonicalPledgeContent(toPledgeRecord(stored, text)), 'utf8').digest('hex');
    const payload = parsePayload(stored.qrPayload);
    if (listed.keys.has(key) || known.has(key)) {
      reasons[index] = payload?.sha256 === sha ? null : INTEGRITY_MESSAGES.contentChanged;
      continue;
    }
    const pair = recordPair(stored, payload, sha, signing);
    if (pair) queued.push([index, queue.add(pair)]);
    else later.push(index);
  }
  await queue.done();
  for (const [index, pair] of queued) if (!queue.valid(pair)) later.push(index);
  // What the sandbox did not vouch for — damaged records, other keys, no worker — verifyCode decides, one by one.
  for (const index of later.sort((a, b) => a - b)) {
    await pause();
    const stored = doc.pledges[index];
    if (stored) reasons[index] = await checkRecord(signing, stored, doc);
  }
  const pledges: Record<string, PledgeIntegrityView> = {};
  const verified = new Set<string>();
  for (const [index, stored] of doc.pledges.entries()) {
    const reason = reasons[index];
    // A code copied from another record fails too: its signed payload names the other record's id.
    if (reason) pledges[stored.id] = { state: 'ISI_BERUBAH', reason };
    else verified.add(keys[index] ?? verifiedKey(stored));
  }
  const chain = await chainCheck;
  for (const stored of doc.pledges) {
    const reason = chain.broken ?? chain.pledges.get(stored.id);
    if (reason && !pledges[stored.id]) pledges[stored.id] = { state: 'RIWAYAT_RUSAK', reason };
  }
  return { year: doc.year, chainBroken: chain.broken, pledges, unchecked: null, verified, head: chain.head };
}

/** The integrity checks with their cache, as the pledge service uses them. */
export interface IntegrityCache {
  year(year: number): Promise<YearIntegrity>;
  all(): Promise<YearIntegrity[]>;
  /** One record's content check (before a reprint); null when intact. */
  record(located: LocatedPledge): Promise<string | null>;
  /** Lists a record this installation has just signed as verified (batched, in the background). */
  vouch(stored: StoredPledge): void;
  /** Resolves when the records vouched for are written (call before the storage closes). */
  idle(): Promise<void>;
}

export function createIntegrityCache(
  deps: { signing: () => Promise<SigningService>; storage: Storage; sandbox?: SignatureVerifier },
  repo: PledgeRepository,
  events: PledgeEvents,
): IntegrityCache {
  const cache = new Map<number, { data: PledgeYearDocument; result: Promise<YearIntegrity> }>();
  const lists = createVerifiedLists(deps);
  const year = async (value: number): Promise<YearIntegrity> => {
    const doc = await repo.yearDocument(value);
    const hit = cache.get(value);
    if (hit && hit.data === doc.data) return hit.result;
    const signing = await deps.signing();
    // Checked against the snapshot it began with; a genesis written by the check replaces it, so it is checked again next time.
    const data = doc.data;
    const result = (async (): Promise<YearIntegrity> => {
      const listed = await lists.read(value);
      const { verified, head, ...checked } = await checkYear(signing, events, data, { listed, known: lists.known(value), verifier: deps.sandbox ?? null });
      await lists.record(value, verified, head);
      return checked;
    })();
    cache.set(value, { data, result });
    result.catch(() => cache.delete(value));
    return result;
  };
  return {
    year,
    async all() {
      const years = await repo.years();
      // A year without a valid list (a first start, a copied folder) verifies every signature: the threads load meanwhile.
      if (deps.sandbox && years.length > 0) {
        await deps.signing();
        if ((await Promise.all(years.map((value) => lists.read(value)))).some((list) => list.keys.size === 0)) deps.sandbox.startSignatureThreads();
      }
      const results: YearIntegrity[] = [];
      for (const value of years) results.push(await year(value));
      return results;
    },
    async record(located) {
      return checkRecord(await deps.signing(), located.stored, located.doc.data);
    },
    vouch: lists.vouch,
    idle: lists.idle,
  };
}
