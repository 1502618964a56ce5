import { z } from 'zod';
import { formatAngka, formatDecimal } from '../format/number';
import { EPSILON } from './numbers';
import { isoDateFormatSchema, yearSchema } from '../schemas/common';
import { opiniBpkLevels, opiniBpkSchema, predikatLevels, predikatSchema, type Predicate, type PredicateThresholds } from './thresholds';
import type { Verdict } from './verdict';
import { prerequisiteRuleSets, type PrerequisiteRuleSet } from './prerequisiteRules';

/**
 * Proposal prerequisites: instansi-level and unit-level, on top of the verdict, under the table of
 * the round's year (prerequisiteRules.ts: PermenPANRB 5/2024 from 2024, information only before).
 */

/**
 * Instansi-level record for one year (the Pemda), checked before any of its units is proposed.
 * `null` means not known yet, which counts as not met.
 */
export const instansiYearRecordSchema = z.object({
  year: yearSchema,
  opiniBpk: opiniBpkSchema.nullable(),
  /** Predikat SAKIP of the instansi. */
  sakip: predikatSchema.nullable(),
  /** Predikat Indeks Reformasi Birokrasi of the Pemda. */
  indeksRb: predikatSchema.nullable(),
  /** Maturitas SPIP level, e.g. 3.12. */
  maturitasSpip: z.number().min(0).max(5).nullable(),
});
export type InstansiYearRecord = z.infer<typeof instansiYearRecordSchema>;

/** Unit-level checklist for a proposal; percentages 0–100, `null` = not known (not met). */
export const unitChecklistSchema = z.object({
  /** Tindak lanjut temuan audit (BPK/APIP), percent completed. */
  tindakLanjutTemuan: z.number().min(0).max(100).nullable(),
  /** Kepatuhan LHKPN, percent (may be prefilled from LKE item A.II.5.iii.a.a). */
  kepatuhanLhkpn: z.number().min(0).max(100).nullable(),
  /** Kepatuhan LHKASN, percent (may be prefilled from LKE item A.II.5.iii.b.a). */
  kepatuhanLhkasn: z.number().min(0).max(100).nullable(),
  /** Date of the pencanangan (ISO yyyy-mm-dd). */
  tanggalPencanangan: isoDateFormatSchema.nullable(),
  /** Predikat SAKIP of the unit. */
  sakipUnit: predikatSchema.nullable(),
});
export type UnitChecklist = z.infer<typeof unitChecklistSchema>;

export type ProposalStatusLabel = 'layak diusulkan' | 'layak melalui afirmasi' | 'belum layak';

export type PrerequisiteScope = 'NILAI' | 'INSTANSI' | 'UNIT';

/** One prerequisite, evaluated. */
export interface PrerequisiteCheck {
  id: string;
  scope: PrerequisiteScope;
  /** Name in Bahasa Indonesia. */
  label: string;
  passed: boolean;
  /** What was found against what is required, in Bahasa Indonesia. */
  detail: string;
  /**
   * Shown as information only: the round's regulation does not (confirmably) require it, so it
   * never makes the proposal fail, whatever `passed` says.
   */
  informasi?: boolean;
}

export interface ProposalStatus {
  status: ProposalStatusLabel;
  predicate: Predicate;
  /** Why the status is not plain 'layak diusulkan' (unmet checks, as messages in Bahasa Indonesia). */
  reasons: string[];
  /** Every check: score criteria, instansi-level and unit-level prerequisites. */
  checks: PrerequisiteCheck[];
  /** The prerequisite table applied (by the round's year). */
  rules: PrerequisiteRuleSet;
}

export interface ProposalInput {
  /** The score verdict for the predicate being proposed. */
  verdict: Verdict;
  /** Thresholds of that predicate (its `proposal` requirements are used). */
  thresholds: PredicateThresholds;
  /** The instansi's record for the evaluation year; null when not entered. */
  instansi: InstansiYearRecord | null;
  unit: UnitChecklist;
  /** The unit is an afirmasi unit (RSUD, Disdukcapil, SAMSAT, DPMPTSP, education/employment services). */
  afirmasi: boolean;
  /** Date of the proposal (ISO yyyy-mm-dd), against which "ZI dibangun ≥ 1 tahun" is measured. */
  tanggalUsulan: string;
  /**
   * The prerequisite table of the round (`prerequisiteRulesForYear(year)`); defaults to the
   * newest (PermenPANRB 5/2024), whose items are enforced.
   */
  rules?: PrerequisiteRuleSet;
}

const NEWEST_RULES = prerequisiteRuleSets[prerequisiteRuleSets.length - 1] as PrerequisiteRuleSet;

function rankAtLeast<T extends string>(levels: readonly T[], value: T, minimum: T): boolean {
  return levels.indexOf(value) <= levels.indexOf(minimum);
}

function percentCheck(
  id: string,
  label: string,
  value: number | null,
  minimum: number,
): PrerequisiteCheck {
  if (value === null) {
    return { id, scope: 'UNIT', label, passed: false, detail: `${label} belum diisi (syarat ${formatDecimal(minimum)}%).` };
  }
  const passed = value >= minimum - EPSILON;
  return {
    id,
    scope: 'UNIT',
    label,
    passed,
    detail: `${label} ${formatDecimal(value)}% (syarat ${formatDecimal(minimum)}%).`,
  };
}

function gradeCheck<T extends string>(
  id: string,
  scope: PrerequisiteScope,
  label: string,
  levels: readonly T[],
  value: T | null,
  minimum: T,
): PrerequisiteCheck {
  if (value === null) {
    return { id, scope, label, passed: false, detail: `${label} belum diisi (syarat minimal ${minimum}).` };
  }
  return {
    id,
    scope,
    label,
    passed: rankAtLeast(levels, value, minimum),
    detail: `${label} ${value} (syarat minimal ${minimum}).`,
  };
}

/** `date` plus whole years, as an ISO string (29 Feb + 1 year compares after 28 Feb, before 1 Mar). */
function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  return `${String(year).padStart(4, '0')}${date.slice(4)}`;
}

/**
 * Decides whether a unit may be proposed for a predicate (PermenPANRB 90/2021 as amended by
 * 5/2024, DOMAIN §3; for rounds before 5/2024 took effect the instansi and unit items are
 * information only, see prerequisiteRules.ts):
 * - 'belum layak' when any score criterion fails or the worksheet is incomplete, or when any
 *   instansi-level prerequisite (opini BPK, SAKIP instansi, Indeks RB, maturitas SPIP) is unmet
 *   or unknown — afirmasi does not relax these;
 * - 'layak diusulkan' when everything, including the unit-level checklist (tindak lanjut temuan,
 *   LHKPN, LHKASN, ZI dibangun ≥ 1 tahun, SAKIP unit), is met;
 * - otherwise (only unit-level prerequisites unmet): 'layak melalui afirmasi' for an afirmasi unit,
 *   'belum layak' for any other unit.
 * Interpretation: the regulation lets afirmasi units (RSUD, Disdukcapil, SAMSAT, DPMPTSP,
 * education and employment services) be proposed "while still meeting" the prerequisites; we read
 * that as relaxing the unit-level checklist only, so the unmet unit items are returned as reasons
 * the unit must still complete. Unknown (null) data never counts as met.
 */
export function proposalStatus(input: ProposalInput): ProposalStatus {
  const { verdict: scoreVerdict, thresholds, instansi, unit, afirmasi, tanggalUsulan } = input;
  const rules = input.rules ?? NEWEST_RULES;
  const requirements = thresholds.proposal;
  const checks: PrerequisiteCheck[] = [];

  checks.push({
    id: 'lke:lengkap',
    scope: 'NILAI',
    label: 'Kelengkapan LKE',
    passed: scoreVerdict.complete,
    detail: scoreVerdict.complete
      ? 'Seluruh butir LKE telah diisi.'
      : 'Masih ada butir LKE yang belum diisi; nilai bersifat sementara.',
  });
  for (const entry of scoreVerdict.criteria) {
    checks.push({
      id: `nilai:${entry.id}`,
      scope: 'NILAI',
      label: entry.label,
      passed: entry.passed,
      detail: entry.passed
        ? `${entry.label} ${formatAngka(entry.value, 2)} (minimal ${formatAngka(entry.minimum, 2)}).`
        : `${entry.label} ${formatAngka(entry.value, 2)} di bawah batas ${formatAngka(entry.minimum, 2)} ` +
          `(kurang ${formatAngka(entry.shortfall, 2)}).`,
    });
  }

  if (instansi === null) {
    checks.push({
      id: 'instansi:data',
      scope: 'INSTANSI',
      label: 'Data instansi',
      passed: false,
      detail: 'Data instansi (opini BPK, SAKIP, Indeks RB, maturitas SPIP) untuk tahun ini belum diisi.',
    });
  } else {
    checks.push(
      gradeCheck('instansi:opiniBpk', 'INSTANSI', 'Opini BPK', opiniBpkLevels, instansi.opiniBpk, requirements.opiniBpk),
      gradeCheck('instansi:sakip', 'INSTANSI', 'Predikat SAKIP instansi', predikatLevels, instansi.sakip, requirements.sakipInstansi),
      gradeCheck('instansi:indeksRb', 'INSTANSI', 'Indeks RB', predikatLevels, instansi.indeksRb, requirements.indeksRb),
    );
    const spip = instansi.maturitasSpip;
    checks.push({
      id: 'instansi:spip',
      scope: 'INSTANSI',
      label: 'Maturitas SPIP',
      passed: spip !== null && spip >= requirements.maturitasSpip - EPSILON,
      detail:
        spip === null
          ? `Maturitas SPIP belum diisi (syarat minimal level ${formatDecimal(requirements.maturitasSpip)}).`
          : `Maturitas SPIP level ${formatDecimal(spip)} (syarat minimal level ${formatDecimal(requirements.maturitasSpip)}).`,
    });
  }

  checks.push(
    percentCheck('unit:tindakLanjut', 'Tindak lanjut temuan', unit.tindakLanjutTemuan, requirements.tindakLanjutTemuan),
    percentCheck('unit:lhkpn', 'Kepatuhan LHKPN', unit.kepatuhanLhkpn, requirements.kepatuhanLhkpn),
    percentCheck('unit:lhkasn', 'Kepatuhan LHKASN', unit.kepatuhanLhkasn, requirements.kepatuhanLhkasn),
  );
  const years = requirements.ziDibangunTahun;
  const pencanangan = unit.tanggalPencanangan;
  const usulanValid = isoDateFormatSchema.safeParse(tanggalUsulan).success;
  checks.push({
    id: 'unit:lamaZi',
    scope: 'UNIT',
    label: 'Lama pembangunan ZI',
    passed: usulanValid && pencanangan !== null && addYears(pencanangan, years) <= tanggalUsulan,
    detail: !usulanValid
      ? `Tanggal usulan "${tanggalUsulan}" tidak valid (format TTTT-BB-HH).`
      : pencanangan === null
        ? `Tanggal pencanangan ZI belum diisi (syarat ZI dibangun minimal ${years} tahun).`
        : `ZI dicanangkan ${pencanangan}, diusulkan ${tanggalUsulan} (syarat minimal ${years} tahun).`,
  });
  checks.push(
    gradeCheck('unit:sakip', 'UNIT', 'Predikat SAKIP unit', predikatLevels, unit.sakipUnit, requirements.sakipUnit),
  );

  if (rules.mode === 'informasi') {
    for (const check of checks) if (check.scope !== 'NILAI') check.informasi = true;
  }
  const unmet = (scope: PrerequisiteScope): PrerequisiteCheck[] =>
    checks.filter((check) => check.scope === scope && !check.passed && check.informasi !== true);
  const scoreUnmet = unmet('NILAI');
  const instansiUnmet = unmet('INSTANSI');
  const unitUnmet = unmet('UNIT');
  const reasons = [...scoreUnmet, ...instansiUnmet, ...unitUnmet].map((check) => check.detail);

  let status: ProposalStatusLabel;
  if (scoreUnmet.length > 0 || instansiUnmet.length > 0) status = 'belum layak';
  else if (unitUnmet.length === 0) status = 'layak diusulkan';
  else status = afirmasi ? 'layak melalui afirmasi' : 'belum layak';

  return { status, predicate: scoreVerdict.predicate, reasons, checks, rules };
}
