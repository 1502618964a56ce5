import type { ProposalStatus } from '../lke';
import type { WorksheetProposal, WorksheetUnitRef } from '../worksheets/views';

/**
 * Which units of a year may be proposed to KemenPANRB (DOMAIN §1, §3; PermenPANRB 90/2021 jo.
 * 5/2024): a unit with a worksheet of the year is eligible when its **TPI** verdict passes and its
 * prerequisites pass (status "layak diusulkan"), or through afirmasi ("layak melalui afirmasi": an
 * afirmasi unit whose only open items are unit-level prerequisites). The Inspektorat proposes on its
 * own review, so a worksheet the TPI has not answered yet is not eligible, whatever the unit's
 * self-assessment says.
 */

export const proposalCategories = ['WBK', 'WBBM'] as const;
export type ProposalCategory = (typeof proposalCategories)[number];

/** Indonesian names of the categories. */
export const proposalCategoryLabels: Readonly<Record<ProposalCategory, string>> = {
  WBK: 'Menuju WBK',
  WBBM: 'Menuju WBBM',
};

/** One unit of the year, as the proposal screen lists it. */
export interface ProposalCandidate {
  worksheetId: string;
  unitId: string;
  nama: string;
  singkatan: string;
  /** The unit is an afirmasi unit (master data). */
  afirmasi: boolean;
  /** Every category the unit may be proposed for, lowest first; empty when not eligible. */
  categories: ProposalCategory[];
  /** The highest category it may be proposed for; null when not eligible. */
  kategori: ProposalCategory | null;
  eligible: boolean;
  /** Eligible only through afirmasi (unit-level prerequisites still open) for `kategori`. */
  melaluiAfirmasi: boolean;
  /**
   * In Bahasa Indonesia: why the unit is not eligible, or, through afirmasi, what it must still
   * complete. Empty for a unit eligible outright.
   */
  reasons: string[];
}

/** What eligibility reads of one worksheet (the worksheets service's detail has all of it). */
export interface CandidateInput {
  worksheetId: string;
  unit: WorksheetUnitRef;
  proposal: WorksheetProposal;
}

const ELIGIBLE: ReadonlySet<ProposalStatus['status']> = new Set(['layak diusulkan', 'layak melalui afirmasi']);

/** The reason given when the TPI has not answered the worksheet yet. */
export const TPI_MISSING_REASON = 'Penilaian TPI belum diisi; usulan didasarkan pada jawaban TPI. Isi lapisan TPI pada lembar kerja unit ini.';

/** The eligibility of one unit. */
export function proposalCandidate(input: CandidateInput): ProposalCandidate {
  const { unit, proposal } = input;
  const base = { worksheetId: input.worksheetId, unitId: unit.id, nama: unit.nama, singkatan: unit.singkatan, afirmasi: unit.afirmasi };
  const refuse = (reasons: string[]): ProposalCandidate => ({ ...base, categories: [], kategori: null, eligible: false, melaluiAfirmasi: false, reasons });
  if (!unit.aktif) return refuse(['Unit kerja tidak aktif lagi pada data master; aktifkan kembali bila unit ini akan diusulkan.']);
  if (proposal.layer !== 'tpi') return refuse([TPI_MISSING_REASON]);
  const statuses: Record<ProposalCategory, ProposalStatus> = { WBK: proposal.wbk, WBBM: proposal.wbbm };
  const categories = proposalCategories.filter((category) => ELIGIBLE.has(statuses[category].status));
  const kategori = categories[categories.length - 1];
  if (kategori === undefined) return refuse(proposal.wbk.reasons.length > 0 ? [...proposal.wbk.reasons] : ['Nilai belum memenuhi syarat predikat Menuju WBK.']);
  const status = statuses[kategori];
  const melaluiAfirmasi = status.status === 'layak melalui afirmasi';
  return { ...base, categories, kategori, eligible: true, melaluiAfirmasi, reasons: melaluiAfirmasi ? [...status.reasons] : [] };
}

/** Every unit of the year, eligible ones first, then by name. */
export function proposalCandidates(inputs: readonly CandidateInput[]): ProposalCandidate[] {
  return inputs
    .map(proposalCandidate)
    .sort((a, b) => Number(b.eligible) - Number(a.eligible) || a.nama.localeCompare(b.nama, 'id'));
}
