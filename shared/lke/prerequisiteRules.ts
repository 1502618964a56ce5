import { regulations, regulationsInForce, roundRuleDate, type RegulationId } from './regulations';

/**
 * The proposal prerequisites, versioned by effective date. The table of PermenPANRB 5/2024
 * (instansi: opini BPK, SAKIP, Indeks RB, maturitas SPIP; unit: tindak lanjut temuan, LHKPN,
 * LHKASN, ZI dibangun ≥ 1 tahun, SAKIP unit) decides proposals of rounds from its effective date
 * on (15 July 2024, so rounds 2024 onwards — see roundRuleDate). Rounds before it follow the
 * original PermenPANRB 90/2021, whose prerequisite list could not be confirmed from a source we
 * hold: there the same data is shown as information ("informasi") and never fails a proposal.
 * The score thresholds (total, Pengungkit, areas, Hasil) apply in both.
 */
export interface PrerequisiteRuleSet {
  /** The regulation whose table this is. */
  regulation: RegulationId;
  /** First day the table applies (ISO); `null` for the base regulation. */
  effectiveFrom: string | null;
  /** 'syarat': unmet instansi/unit items block the proposal; 'informasi': shown only. */
  mode: 'syarat' | 'informasi';
  /** One sentence for screens and reports, in Bahasa Indonesia. */
  description: string;
}

/** Every prerequisite table, oldest first. */
export const prerequisiteRuleSets: readonly PrerequisiteRuleSet[] = [
  {
    regulation: 'permenpanrb-90-2021',
    effectiveFrom: regulations['permenpanrb-90-2021'].effectiveFrom,
    mode: 'informasi',
    description:
      'Tahun evaluasi ini mengikuti PermenPANRB 90/2021 sebelum diubah PermenPANRB 5/2024. Persyaratan pengusulan tingkat instansi dan unit kerja pada peraturan tersebut belum dapat dipastikan, sehingga data di bawah ini dicatat sebagai informasi dan tidak menentukan kelayakan usulan.',
  },
  {
    regulation: 'permenpanrb-5-2024',
    effectiveFrom: regulations['permenpanrb-5-2024'].effectiveFrom,
    mode: 'syarat',
    description:
      'Tahun evaluasi ini mengikuti PermenPANRB 90/2021 sebagaimana diubah PermenPANRB 5/2024 (berlaku sejak 15 Juli 2024): persyaratan tingkat instansi dan unit kerja wajib dipenuhi.',
  },
];

/** The prerequisite table in force on `date` (ISO): the newest whose regulation is in force. */
export function prerequisiteRulesOn(date: string): PrerequisiteRuleSet {
  const inForce = new Set(regulationsInForce(date).map((regulation) => regulation.id));
  const applicable = prerequisiteRuleSets.filter((rules) => inForce.has(rules.regulation));
  // The base table has no start date, so `applicable` is never empty.
  return applicable[applicable.length - 1] ?? (prerequisiteRuleSets[0] as PrerequisiteRuleSet);
}

/** The prerequisite table of the round (evaluation year) `year`. */
export function prerequisiteRulesForYear(year: number): PrerequisiteRuleSet {
  return prerequisiteRulesOn(roundRuleDate(year));
}
