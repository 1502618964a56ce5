import { createHash } from 'node:crypto';
import { canonicalPledgeContent } from '../../../../shared/pakta/canonical';
import type { PledgeIntegrityView, YearIntegrity } from '../../../../shared/pledges';
import type { SigningService } from '../../signing';
import { parsePayload } from '../../signing/codes';
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

/** Checks every pledge of a year document and the year's status log; what `listed` vouches for is not verified again. */
export async function checkYear(
  signing: Pick<SigningService, 'verifyCode'>,
  events: PledgeEvents,
  doc: PledgeYearDocument,
  listed: VerifiedList = NOTHING_LISTED,
  known: ReadonlySet<string> = new Set(),
): Promise<YearIntegrity & { verified: Set<string>; head: ChainHead | null }> {
  const pledges: Record<string, PledgeIntegrityView> = {};
  const now = new Set<string>();
  // A code copied from another record fails here too: its signed payload names the other record's id.
  for (const stored of doc.pledges) {
    const key = verifiedKey(stored);
    let reason: string | null;
    if (listed.keys.has(key) || known.has(key)) {
      const text = doc.texts[stored.textRef];
      const sha = text ? createHash('sha256').update(canonicalPledgeContent(toPledgeRecord(stored, text)), 'utf8').digest('hex') : null;
      reason = text ? (parsePayload(stored.qrPayload)?.sha256 === sha ? null : INTEGRITY_MESSAGES.contentChanged) : INTEGRITY_MESSAGES.missingText;
    } else {
      reason = await checkRecord(signing, stored, doc);
    }
    if (reason) pledges[stored.id] = { state: 'ISI_BERUBAH', reason };
    else now.add(key);
  }
  const chain = await events.check(doc.year, listed.head);
  for (const stored of doc.pledges) {
    const reason = chain.broken ?? chain.pledges.get(stored.id);
    if (reason && !pledges[stored.id]) pledges[stored.id] = { state: 'RIWAYAT_RUSAK', reason };
  }
  return { year: doc.year, chainBroken: chain.broken, pledges, unchecked: null, verified: now, head: chain.head };
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

export function createIntegrityCache(deps: { signing: () => Promise<SigningService>; storage: Storage }, repo: PledgeRepository, events: PledgeEvents): IntegrityCache {
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
      const { verified, head, ...checked } = await checkYear(signing, events, data, listed, lists.known(value));
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
      const results: YearIntegrity[] = [];
      for (const value of await repo.years()) results.push(await year(value));
      return results;
    },
    async record(located) {
      return checkRecord(await deps.signing(), located.stored, located.doc.data);
    },
    vouch: lists.vouch,
    idle: lists.idle,
  };
}
