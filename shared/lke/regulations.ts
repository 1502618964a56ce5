/**
 * The regulations behind the LKE Zona Integritas and the date each took effect, so rules and
 * documents follow the evaluation year instead of today's law.
 *
 * Rule for rounds: the evaluation of year X is held in year X, so a round follows the regulations
 * in force on 31 December X ({@link roundRuleDate}). PermenPANRB 5/2024 took effect on
 * 15 July 2024, so rounds 2024 onwards follow PermenPANRB 90/2021 as amended by 5/2024 and rounds up
 * to 2023 follow the original PermenPANRB 90/2021. A document (the LHE) cites what was in force on
 * its own date ({@link regulationsInForce}).
 */

export const regulationIds = ['permenpanrb-90-2021', 'permenpanrb-5-2024'] as const;
export type RegulationId = (typeof regulationIds)[number];

export interface Regulation {
  id: RegulationId;
  /** Short citation: 'PermenPANRB 90/2021'. */
  short: string;
  /** Full title as cited in a legal basis list. */
  title: string;
  /**
   * First day in force (ISO). `null` for the base regulation: it is the earliest the app
   * implements, so it is cited on every date.
   */
  effectiveFrom: string | null;
}

const TITLE_90_2021 =
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah';

/** The regulations, oldest first (an amendment always follows what it amends). */
export const regulations: Readonly<Record<RegulationId, Regulation>> = {
  'permenpanrb-90-2021': {
    id: 'permenpanrb-90-2021',
    short: 'PermenPANRB 90/2021',
    title: TITLE_90_2021,
    effectiveFrom: null,
  },
  'permenpanrb-5-2024': {
    id: 'permenpanrb-5-2024',
    short: 'PermenPANRB 5/2024',
    title: `Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 5 Tahun 2024 tentang Perubahan atas ${TITLE_90_2021}`,
    // PermenPANRB 5/2024: in force from 15 July 2024.
    effectiveFrom: '2024-07-15',
  },
};

/** The date whose law governs the round (evaluation year) `year`: 31 December of that year. */
export function roundRuleDate(year: number): string {
  return `${String(year).padStart(4, '0')}-12-31`;
}

/** The regulations in force on `date` (ISO yyyy-mm-dd), oldest first. */
export function regulationsInForce(date: string): Regulation[] {
  return regulationIds
    .map((id) => regulations[id])
    .filter((regulation) => regulation.effectiveFrom === null || regulation.effectiveFrom <= date);
}

/** Whether `id` is in force on `date`. */
export function inForceOn(id: RegulationId, date: string): boolean {
  return regulationsInForce(date).some((regulation) => regulation.id === id);
}

/**
 * The short citation of a list of regulations, base first: 'PermenPANRB 90/2021' or
 * 'PermenPANRB 90/2021 jo. 5/2024' (an amendment joined with "jo." and its number only).
 */
export function citeRegulations(ids: readonly RegulationId[]): string {
  const [base, ...amendments] = ids.map((id) => regulations[id].short);
  if (base === undefined) return '';
  return [base, ...amendments.map((short) => short.replace(/^PermenPANRB /, ''))].join(' jo. ');
}

/** The short citation of the law in force on `date` (ISO), e.g. 'PermenPANRB 90/2021 jo. 5/2024'. */
export function regulationCitation(date: string): string {
  return citeRegulations(regulationsInForce(date).map((regulation) => regulation.id));
}

/**
 * The legal basis entries of the ZI regulations in force on `date` (full titles, base first),
 * e.g. for 2022 only PermenPANRB 90/2021, for 2025 PermenPANRB 90/2021 and 5/2024.
 */
export function legalBasisOn(date: string): string[] {
  return regulationsInForce(date).map((regulation) => regulation.title);
}
