import { canonicalPledgeContent } from '../../../../shared/pakta/canonical';
import type { PledgeIntegrityView, YearIntegrity } from '../../../../shared/pledges';
import type { SigningService } from '../../signing';
import type { PledgeYearDocument, StoredPledge } from '../documents';
import type { PledgeEvents } from '../events';
import { toPledgeRecord } from './records';
import type { LocatedPledge, PledgeRepository } from './repository';

/**
 * Integrity of stored pledges: the signed content recomputed from each record must match its
 * code and QR signature, the code must be the record's own (not copied from another pledge), and
 * each status must agree with the signed status log (events/). Checked in the background at start,
 * cached per year document snapshot (a snapshot is replaced by every update), and before a reprint.
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

/** Checks every pledge of a year document and the year's status log. */
export async function checkYear(signing: Pick<SigningService, 'verifyCode'>, events: PledgeEvents, doc: PledgeYearDocument): Promise<YearIntegrity> {
  const pledges: Record<string, PledgeIntegrityView> = {};
  // A code copied from another record fails here too: its signed payload names the other record's id.
  for (const stored of doc.pledges) {
    const reason = await checkRecord(signing, stored, doc);
    if (reason) pledges[stored.id] = { state: 'ISI_BERUBAH', reason };
  }
  const chain = await events.check(doc.year);
  for (const stored of doc.pledges) {
    const reason = chain.broken ?? chain.pledges.get(stored.id);
    if (reason && !pledges[stored.id]) pledges[stored.id] = { state: 'RIWAYAT_RUSAK', reason };
  }
  return { year: doc.year, chainBroken: chain.broken, pledges, unchecked: null };
}

/** The integrity checks with their cache, as the pledge service uses them. */
export interface IntegrityCache {
  year(year: number): Promise<YearIntegrity>;
  all(): Promise<YearIntegrity[]>;
  /** One record's content check (before a reprint); null when intact. */
  record(located: LocatedPledge): Promise<string | null>;
}

export function createIntegrityCache(deps: { signing: () => Promise<SigningService> }, repo: PledgeRepository, events: PledgeEvents): IntegrityCache {
  const cache = new Map<number, { data: PledgeYearDocument; result: Promise<YearIntegrity> }>();
  const year = async (value: number): Promise<YearIntegrity> => {
    const doc = await repo.yearDocument(value);
    const hit = cache.get(value);
    if (hit && hit.data === doc.data) return hit.result;
    const signing = await deps.signing();
    // Checked against the snapshot it began with; a genesis written by the check replaces it, so it is checked again next time.
    const data = doc.data;
    const result = checkYear(signing, events, data);
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
