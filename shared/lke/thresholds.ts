import { z } from 'zod';
import { fail, ok, type Result } from '../result';
import { formatAngka, formatDecimal } from '../format/number';
import { EPSILON } from './numbers';
import type { WorksheetScore } from './scoring';

/**
 * Predicate thresholds and proposal prerequisites, kept as versioned data per template (DOMAIN §3:
 * sources differ on some values, so they must be editable data, never constants in code).
 */

/** The two predicates a unit can be proposed for. */
export const predicates = ['WBK', 'WBBM'] as const;
export type Predicate = (typeof predicates)[number];

/** Opini BPK on the instansi's financial statements, best first. */
export const opiniBpkLevels = ['WTP', 'WDP', 'TW', 'TMP'] as const;
export type OpiniBpk = (typeof opiniBpkLevels)[number];

/** Letter grades used by SAKIP and Indeks RB, best first. */
export const predikatLevels = ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'] as const;
export type Predikat = (typeof predikatLevels)[number];

export const opiniBpkSchema = z.enum(opiniBpkLevels);
export const predikatSchema = z.enum(predikatLevels);

/** Minimum scores for one predicate (points unless noted). */
export const predicateThresholdsSchema = z.object({
  predicate: z.enum(predicates),
  /** 'Menuju WBK' / 'Menuju WBBM' */
  label: z.string().min(1),
  total: z.number().nonnegative(),
  pengungkit: z.number().nonnegative(),
  /** Minimum of every Pengungkit area, in Pemenuhan and in Reform, as a percentage of its weight. */
  areaPercent: z.number().min(0).max(100),
  ipak: z.number().nonnegative(),
  capaianKinerja: z.number().nonnegative(),
  birokrasiBersih: z.number().nonnegative(),
  ipkp: z.number().nonnegative(),
  /** Proposal prerequisites of PermenPANRB 5/2024 for this predicate. */
  proposal: z.object({
    opiniBpk: opiniBpkSchema,
    sakipInstansi: predikatSchema,
    /** Indeks RB of a Pemda. */
    indeksRb: predikatSchema,
    /** Maturitas SPIP level (1–5). */
    maturitasSpip: z.number().min(0).max(5),
    /** Tindak lanjut temuan audit, percent. */
    tindakLanjutTemuan: z.number().min(0).max(100),
    kepatuhanLhkpn: z.number().min(0).max(100),
    kepatuhanLhkasn: z.number().min(0).max(100),
    /** Years since the pencanangan of the ZI. */
    ziDibangunTahun: z.number().int().nonnegative(),
    sakipUnit: predikatSchema,
  }),
});
export type PredicateThresholds = z.infer<typeof predicateThresholdsSchema>;
export type ProposalRequirements = PredicateThresholds['proposal'];

/** The thresholds that go with one template version. */
export const thresholdSetSchema = z.object({
  templateId: z.string().min(1),
  templateVersion: z.string().min(1),
  basis: z.string().min(1),
  wbk: predicateThresholdsSchema,
  wbbm: predicateThresholdsSchema,
  /** Where sources disagree and which value was chosen. */
  notes: z.array(z.string()),
});
export type ThresholdSet = z.infer<typeof thresholdSetSchema>;

/**
 * Thresholds per template id. For PermenPANRB 90/2021 as amended by 5/2024 (DOMAIN §3, [M]):
 * WBK total 75, Pengungkit 40, every area 60 %, IPAK 15,75, capaian kinerja 2,5, birokrasi bersih
 * 18,25, IPKP 14; WBBM 85, 48, 75 %, 15,75, 3,75, 19,5, 15,75.
 */
export const thresholdSets: Readonly<Record<string, ThresholdSet>> = {
  'lke-zi-90-2021-5-2024': {
    templateId: 'lke-zi-90-2021-5-2024',
    templateVersion: '2024.1',
    basis:
      'PermenPANRB 90/2021 Lampiran II sebagaimana diubah PermenPANRB 5/2024 (syarat nilai dan syarat pengusulan)',
    wbk: {
      predicate: 'WBK',
      label: 'Menuju WBK',
      total: 75,
      pengungkit: 40,
      areaPercent: 60,
      ipak: 15.75,
      capaianKinerja: 2.5,
      birokrasiBersih: 18.25,
      ipkp: 14,
      proposal: {
        opiniBpk: 'WTP',
        sakipInstansi: 'B',
        indeksRb: 'CC',
        maturitasSpip: 3,
        tindakLanjutTemuan: 100,
        kepatuhanLhkpn: 100,
        kepatuhanLhkasn: 100,
        ziDibangunTahun: 1,
        sakipUnit: 'B',
      },
    },
    wbbm: {
      predicate: 'WBBM',
      label: 'Menuju WBBM',
      total: 85,
      pengungkit: 48,
      areaPercent: 75,
      ipak: 15.75,
      capaianKinerja: 3.75,
      birokrasiBersih: 19.5,
      ipkp: 15.75,
      proposal: {
        opiniBpk: 'WTP',
        sakipInstansi: 'BB',
        indeksRb: 'B',
        maturitasSpip: 3,
        tindakLanjutTemuan: 100,
        kepatuhanLhkpn: 100,
        kepatuhanLhkasn: 100,
        ziDibangunTahun: 1,
        sakipUnit: 'BB',
      },
    },
    notes: [
      'Capaian kinerja minimum WBBM: sumber berbeda (2,5 atau 3,75); dipakai 3,75.',
      'Birokrasi bersih dan akuntabel minimum WBBM: sumber berbeda (18,25 atau 19,5); dipakai 19,5 (= 15,75 + 3,75).',
      'IPAK 15,75 setara indeks 3,60; IPKP 14,00 setara indeks 3,20 dan 15,75 setara indeks 3,60 (indeks ÷ 4 × 17,5).',
    ],
  },
};

/** The threshold set of a template, or NOT_FOUND. */
export function thresholdsFor(templateId: string): Result<ThresholdSet> {
  const set = Object.hasOwn(thresholdSets, templateId) ? thresholdSets[templateId] : undefined;
  return set === undefined
    ? fail('NOT_FOUND', `Ambang batas predikat untuk templat "${templateId}" belum tersedia.`)
    : ok(set);
}

// ---------------------------------------------------------------------------------------------
// Verdict on the score criteria.

export type CriterionKind =
  | 'TOTAL'
  | 'PENGUNGKIT'
  | 'AREA'
  | 'IPAK'
  | 'CAPAIAN_KINERJA'
  | 'BIROKRASI_BERSIH'
  | 'IPKP';

/** One score criterion of a predicate, evaluated. */
export interface CriterionResult {
  /** Stable id: 'total', 'pengungkit', 'area:A.I.1', 'ipak', 'capaianKinerja', 'birokrasiBersih', 'ipkp'. */
  id: string;
  kind: CriterionKind;
  /** Code of the score node the criterion reads ('A', 'A.I.1', 'B.I.a'…; the template id for the total). */
  nodeCode: string;
  /** Name in Bahasa Indonesia. */
  label: string;
  /** Points reached (full precision). */
  value: number;
  /** Points required. */
  minimum: number;
  /** Maximum points of the node. */
  weight: number;
  /** For area criteria: the required share of the weight, in percent (60 or 75). */
  minimumPercent?: number;
  passed: boolean;
  /** Points missing, 0 when passed. */
  shortfall: number;
}

/** The score verdict for one predicate. */
export interface Verdict {
  predicate: Predicate;
  label: string;
  /** Every criterion passed. */
  passed: boolean;
  /** Every criterion, in the order of DOMAIN §3 (total, Pengungkit, 12 areas, IPAK, capaian, birokrasi bersih, IPKP). */
  criteria: CriterionResult[];
  /** The failing criteria only. */
  failing: CriterionResult[];
  /** The worksheet is fully answered; a verdict on an incomplete worksheet is provisional. */
  complete: boolean;
}

function criterion(
  id: string,
  kind: CriterionKind,
  nodeCode: string,
  label: string,
  value: number,
  minimum: number,
  weight: number,
  minimumPercent?: number,
): CriterionResult {
  // Float sums (0,67 + 0,33…) can land a hair below an exact boundary: allow EPSILON.
  const passed = value >= minimum - EPSILON;
  const result: CriterionResult = {
    id,
    kind,
    nodeCode,
    label,
    value,
    minimum,
    weight,
    passed,
    shortfall: passed ? 0 : minimum - value,
  };
  if (minimumPercent !== undefined) result.minimumPercent = minimumPercent;
  return result;
}

/**
 * Checks a scored worksheet against one predicate's thresholds and lists EVERY criterion with its
 * value, minimum, pass/fail and shortfall (DOMAIN §3: a verdict must show every failure):
 * total; Pengungkit; each Pengungkit area in Pemenuhan and in Reform ≥ areaPercent of its weight;
 * IPAK points; capaian kinerja points; Birokrasi yang Bersih dan Akuntabel; IPKP points.
 * A value equal to the minimum passes.
 */
export function verdict(score: WorksheetScore, thresholds: PredicateThresholds): Verdict {
  const criteria: CriterionResult[] = [];
  criteria.push(
    criterion('total', 'TOTAL', score.code, 'Nilai total', score.value, thresholds.total, score.weight),
  );
  const pengungkit = score.pengungkit;
  criteria.push(
    criterion(
      'pengungkit',
      'PENGUNGKIT',
      pengungkit.code,
      `Total komponen ${pengungkit.name}`,
      pengungkit.value,
      thresholds.pengungkit,
      pengungkit.weight,
    ),
  );
  for (const half of pengungkit.halves) {
    for (const area of half.areas) {
      criteria.push(
        criterion(
          `area:${area.code}`,
          'AREA',
          area.code,
          `${half.name} – ${area.name}`,
          area.value,
          (area.weight * thresholds.areaPercent) / 100,
          area.weight,
          thresholds.areaPercent,
        ),
      );
    }
  }
  const hasil = score.hasil;
  criteria.push(
    criterion('ipak', 'IPAK', hasil.ipak.code, `Nilai ${hasil.ipak.shortName}`, hasil.ipak.value, thresholds.ipak, hasil.ipak.weight),
    criterion(
      'capaianKinerja',
      'CAPAIAN_KINERJA',
      hasil.capaianKinerja.code,
      hasil.capaianKinerja.shortName,
      hasil.capaianKinerja.value,
      thresholds.capaianKinerja,
      hasil.capaianKinerja.weight,
    ),
    criterion(
      'birokrasiBersih',
      'BIROKRASI_BERSIH',
      hasil.birokrasiBersih.code,
      hasil.birokrasiBersih.name,
      hasil.birokrasiBersih.value,
      thresholds.birokrasiBersih,
      hasil.birokrasiBersih.weight,
    ),
    criterion('ipkp', 'IPKP', hasil.ipkp.code, `Nilai ${hasil.ipkp.shortName}`, hasil.ipkp.value, thresholds.ipkp, hasil.ipkp.weight),
  );
  const failing = criteria.filter((entry) => !entry.passed);
  return {
    predicate: thresholds.predicate,
    label: thresholds.label,
    passed: failing.length === 0,
    criteria,
    failing,
    complete: score.completeness.complete,
  };
}

// ---------------------------------------------------------------------------------------------
// Proposal prerequisites (PermenPANRB 5/2024).

const isoDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'Tanggal harus berformat TTTT-BB-HH.' });

/**
 * Instansi-level record for one year (the Pemda), checked before any of its units is proposed.
 * `null` means not known yet, which counts as not met.
 */
export const instansiYearRecordSchema = z.object({
  year: z.number().int().min(2000).max(2100),
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
  tanggalPencanangan: isoDateSchema.nullable(),
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
}

export interface ProposalStatus {
  status: ProposalStatusLabel;
  predicate: Predicate;
  /** Why the status is not plain 'layak diusulkan' (unmet checks, as messages in Bahasa Indonesia). */
  reasons: string[];
  /** Every check: score criteria, instansi-level and unit-level prerequisites. */
  checks: PrerequisiteCheck[];
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
}

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
 * 5/2024, DOMAIN §3):
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
  const usulanValid = isoDateSchema.safeParse(tanggalUsulan).success;
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

  const unmet = (scope: PrerequisiteScope): PrerequisiteCheck[] =>
    checks.filter((check) => check.scope === scope && !check.passed);
  const scoreUnmet = unmet('NILAI');
  const instansiUnmet = unmet('INSTANSI');
  const unitUnmet = unmet('UNIT');
  const reasons = [...scoreUnmet, ...instansiUnmet, ...unitUnmet].map((check) => check.detail);

  let status: ProposalStatusLabel;
  if (scoreUnmet.length > 0 || instansiUnmet.length > 0) status = 'belum layak';
  else if (unitUnmet.length === 0) status = 'layak diusulkan';
  else status = afirmasi ? 'layak melalui afirmasi' : 'belum layak';

  return { status, predicate: scoreVerdict.predicate, reasons, checks };
}
