import { PLEDGE_STATUSES, SIGNED_STATUSES, type CoverageSummary, type InvolvementOption, type PledgeStatus } from './views';

/**
 * Pledge coverage: how many people of a unit signed this year's Pakta Integritas. It is evidence for
 * the LKE item "Anggota organisasi terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM"
 * (Manajemen Perubahan, Pemenuhan iv, item d in the PermenPANRB 90/2021 worksheet).
 */

/** The LKE item the coverage is evidence for (shared/lke template code). */
export const INVOLVEMENT_ITEM_CODE = 'A.I.1.iv.d';

/** Counts per status and the signed percentage (full precision; show it with two decimals). */
export function summarizeCoverage(statuses: readonly PledgeStatus[]): CoverageSummary {
  const byStatus = Object.fromEntries(PLEDGE_STATUSES.map((status) => [status, 0])) as Record<PledgeStatus, number>;
  for (const status of statuses) byStatus[status] += 1;
  const signed = SIGNED_STATUSES.reduce((sum, status) => sum + byStatus[status], 0);
  const total = statuses.length;
  return { total, signed, byStatus, percent: total === 0 ? 0 : (signed / total) * 100 };
}

/**
 * The option the coverage points to. The item's criteria: A — all members involved *and* their
 * proposals taken into decisions; B — most members; C — a few; D — none. Pledges show involvement
 * only, so 100 % suggests A with a reminder that the second half needs its own evidence.
 *
 * @example suggestInvolvementOption(100) // 'A'
 * @example suggestInvolvementOption(50.01) // 'B'  (more than half: "sebagian besar")
 * @example suggestInvolvementOption(50) // 'C'
 * @example suggestInvolvementOption(0) // 'D'
 */
export function suggestInvolvementOption(percent: number): InvolvementOption {
  if (percent >= 100) return 'A';
  if (percent > 50) return 'B';
  if (percent > 0) return 'C';
  return 'D';
}

/** The sentence shown next to the suggestion. */
export function involvementNote(option: InvolvementOption, summary: CoverageSummary): string {
  const counts = `${summary.signed} dari ${summary.total} pegawai menandatangani Pakta Integritas`;
  switch (option) {
    case 'A':
      return `${counts}. Pilihan "a" juga mensyaratkan usulan anggota diakomodasi dalam keputusan; lampirkan buktinya.`;
    case 'B':
      return `${counts} (sebagian besar).`;
    case 'C':
      return `${counts} (sebagian kecil).`;
    case 'D':
      return summary.total === 0 ? 'Unit ini belum memiliki pegawai aktif.' : `${counts}.`;
  }
}
