import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson, canonicalPledgeContent } from '../../../../shared/pakta/canonical';
import type { PledgeIntegrityView, YearIntegrity } from '../../../../shared/pledges';
import type { SigningService } from '../../signing';
import { parsePayload } from '../../signing/codes';
import type { Storage } from '../../storage';
import type { PledgeYearDocument, StoredPledge } from '../documents';
import type { PledgeEvents } from '../events';
import { toPledgeRecord } from './records';
import type { LocatedPledge, PledgeRepository } from './repository';

/**
 * Integrity of stored pledges: the signed content recomputed from each record must match its
 * code and QR signature, the code must be the record's own (not copied from another pledge), and
 * each status must agree with the signed status log (events/). Checked in the background at start,
 * cached per year document snapshot (a snapshot is replaced by every update), and before a reprint.
 *
 * Cost: an Ed25519 verification is ~0.2 ms, too slow for 10,000 records at every start. So the
 * records whose payload verified once are listed (a digest of id, code and payload) in
 * `pledge-integrity/<year>`, itself signed with the code key: at the next start one signature
 * covers them all, and each record only has its content hash recomputed and compared with its
 * payload. A forged list fails its signature and is ignored (everything is verified again).
 */

const verifiedSchema = z.object({ keys: z.array(z.string()), signature: z.string() });
type VerifiedList = z.infer<typeof verifiedSchema>;

/** The stored list of verified records of a year (exported for the benchmark and tests). */
export const verifiedSpec = (year: number) => ({
  name: `pledge-integrity/${year}`,
  schema: verifiedSchema,
  version: 1,
  migrations: [],
  empty: (): VerifiedList => ({ keys: [], signature: '' }),
});

/** The canonical content the list's signature covers. */
export const verifiedContent = (year: number, keys: readonly string[]): string => canonicalJson({ id: `integrity-${year}`, kind: 'pledge-integrity', year, keys: [...keys] });

/** The digest under which a record whose payload verified is listed. */
export function verifiedKey(stored: StoredPledge): string {
  return createHash('sha256').update(`${stored.id}\n${stored.code}\n${stored.qrPayload}`, 'utf8').digest('hex').slice(0, 32);
}

/** The records listed as verified, when the list's signature holds; else none. */
async function readVerified(signing: Pick<SigningService, 'verifyCode'>, storage: Storage, year: number): Promise<Set<string>> {
  const { data } = await storage.open(verifiedSpec(year));
  if (data.keys.length === 0) return new Set();
  const content = verifiedContent(year, data.keys);
  const result = await signing.verifyCode(data.signature, () => ({ canonicalContent: content, qrPayload: data.signature }));
  return result.valid && result.issuer.own ? new Set(data.keys) : new Set();
}

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

/** Checks every pledge of a year document and the year's status log. */
export async function checkYear(
  signing: Pick<SigningService, 'verifyCode'>,
  events: PledgeEvents,
  doc: PledgeYearDocument,
  verified: Set<string> = new Set(),
): Promise<YearIntegrity & { verified: Set<string> }> {
  const pledges: Record<string, PledgeIntegrityView> = {};
  const now = new Set<string>();
  // A code copied from another record fails here too: its signed payload names the other record's id.
  for (const stored of doc.pledges) {
    const key = verifiedKey(stored);
    let reason: string | null;
    if (verified.has(key)) {
      const text = doc.texts[stored.textRef];
      const sha = text ? createHash('sha256').update(canonicalPledgeContent(toPledgeRecord(stored, text)), 'utf8').digest('hex') : null;
      reason = text ? (parsePayload(stored.qrPayload)?.sha256 === sha ? null : INTEGRITY_MESSAGES.contentChanged) : INTEGRITY_MESSAGES.missingText;
    } else {
      reason = await checkRecord(signing, stored, doc);
    }
    if (reason) pledges[stored.id] = { state: 'ISI_BERUBAH', reason };
    else now.add(key);
  }
  const chain = await events.check(doc.year);
  for (const stored of doc.pledges) {
    const reason = chain.broken ?? chain.pledges.get(stored.id);
    if (reason && !pledges[stored.id]) pledges[stored.id] = { state: 'RIWAYAT_RUSAK', reason };
  }
  return { year: doc.year, chainBroken: chain.broken, pledges, unchecked: null, verified: now };
}

/** The integrity checks with their cache, as the pledge service uses them. */
export interface IntegrityCache {
  year(year: number): Promise<YearIntegrity>;
  all(): Promise<YearIntegrity[]>;
  /** One record's content check (before a reprint); null when intact. */
  record(located: LocatedPledge): Promise<string | null>;
}

export function createIntegrityCache(deps: { signing: () => Promise<SigningService>; storage: Storage }, repo: PledgeRepository, events: PledgeEvents): IntegrityCache {
  const cache = new Map<number, { data: PledgeYearDocument; result: Promise<YearIntegrity> }>();
  const year = async (value: number): Promise<YearIntegrity> => {
    const doc = await repo.yearDocument(value);
    const hit = cache.get(value);
    if (hit && hit.data === doc.data) return hit.result;
    const signing = await deps.signing();
    // Checked against the snapshot it began with; a genesis written by the check replaces it, so it is checked again next time.
    const data = doc.data;
    const result = (async (): Promise<YearIntegrity> => {
      const before = await readVerified(signing, deps.storage, value);
      const { verified, ...checked } = await checkYear(signing, events, data, before);
      if ([...verified].some((key) => !before.has(key))) {
        const keys = [...verified].sort();
        const signature = signing.signDocument(verifiedContent(value, keys)).qrPayload;
        await (await deps.storage.open(verifiedSpec(value))).update(() => ({ keys, signature }));
      }
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
  };
}
