import { EPSILON } from './numbers';
import type { WorksheetScore } from './scoring';
import type { Predicate, PredicateThresholds } from './thresholds';

/** The verdict of a scored worksheet against one predicate's score thresholds (DOMAIN §3). */

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
